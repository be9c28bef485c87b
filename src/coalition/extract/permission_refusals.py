"""A refusal to permit an act for Ukraine is the refuser's opposition to it: "Switzerland has
refused to allow Germany to send the shells to Ukraine", "Turkey said it would not let the
minehunters pledged to Ukraine sail through the Straits", "the president refused to let Croatian
officers join NATO's command for Ukraine", "he refused to let the Czech Republic take part in
guaranteeing the loan to Kyiv".

The cue is a refusal ("refused to", "would not", "cannot") right before a verb of permitting ("let",
"allow", "permit"); the permitted act must name Ukraine within a few words after the verb, so that
"the club would not let him leave" or "the constitution does not allow it" hold nothing. The holder
is the subject before the refusal (a country, an official, "he" for the last person named); the
one permitted ("Germany" in "refused to allow Germany to send") is no holder. When no country is
the subject (an unnamed "the president"), a head of state or government refusing to let their own
people take part is meant: the country named first in the act, when what it is permitted is taking
part ("let Croatian officers join", "let the Czech Republic take part"), gives the holder; "the
government has refused to allow Germany to send" names no holder.

The words are in positions.json ("permission_refusals"); a sentence is read only when it holds one
of the verbs and a word of a refusal (set look-ups).
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.clause_groups import _subject_before, person_actor
from coalition.extract.context import tokens, vocab

_WORDS = vocab("positions")["permission_refusals"]
REFUSALS = tuple(tuple(r.split()) for r in _WORDS["refusals"])
REFUSAL_WORDS = frozenset(w for r in REFUSALS for w in r)
VERBS = frozenset(_WORDS["verbs"])
RECIPIENTS = frozenset(w for r in _WORDS["recipients"] for w in r.split()[:1])
PERSONNEL = frozenset(_WORDS["personnel"])
OWN_ACTS = frozenset(_WORDS["own_acts"])
OWN_ACT_REACH = 4  # "Croatian officers to serve", "the Czech Republic take part"
ACT_REACH = int(_WORDS["act_reach"])
PRONOUNS = frozenset("he she".split())
STOPS = frozenset(". ; :".split())


def permission_stances(ctx, sent, present: frozenset[str]) -> list[tuple[list[str], str]]:
    """(holders, act) for each refusal to permit an act for Ukraine in a sentence; ``act`` is the
    permitted act as written ("Croatian officers join NATO's new … command")."""
    if VERBS.isdisjoint(present) or REFUSAL_WORDS.isdisjoint(present) or RECIPIENTS.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    out = []
    for i in range(sent.start + 1, sent.end - 1):
        if lower[i] not in VERBS:
            continue
        refusal = next((r for r in REFUSALS if tuple(lower[i - len(r) : i]) == r), None)
        if refusal is None:
            continue
        end = next((k for k in range(i + 1, min(sent.end, i + 1 + ACT_REACH)) if lower[k] in STOPS),
                   min(sent.end, i + 1 + ACT_REACH))
        if RECIPIENTS.isdisjoint(lower[i + 1 : end]):
            continue
        # the act ends at the first comma after Ukraine is named (", rejecting a personal appeal")
        named = next(k for k in range(i + 1, end) if lower[k] in RECIPIENTS)
        end = next((k for k in range(named, end) if lower[k] == ","), end)
        at = i - len(refusal)
        holders = _subject_before(ctx, sent.start, at, ())
        permitted = _first_actor_after(ctx, i + 1, end)
        if permitted is not None:
            holders = [h for h in holders if h != permitted[0].code]  # the one permitted holds nothing
        if not holders and PRONOUNS.intersection(lower[sent.start : at]):
            person = pronoun_person_of(ctx, tokens(ctx.doc).idx[at], lower[sent.start : at])
            code = person_actor(ctx, person) if person else None
            holders = [code] if code else []
        if not holders and permitted is not None:
            m, _ = permitted
            # "let Croatian officers join", "let the Czech Republic take part": the refuser's own
            # people taking part ("allow Germany to send" permits another state, no one's own)
            personnel = m.end < end and lower[m.end] in PERSONNEL
            if m.start <= i + 2 and not OWN_ACTS.isdisjoint(lower[m.end : m.end + personnel + OWN_ACT_REACH]):
                holders = [m.code]
        if holders:
            out.append((holders, ctx.doc[i + 1 : end].text.strip()))
    return out


def _first_actor_after(ctx, lo: int, hi: int):
    idx = tokens(ctx.doc).idx
    if lo >= hi:
        return None
    found = ctx.mentions_in(idx[lo], idx[hi - 1] + 1, ("COUNTRY",))
    return (found[0], found[0].start) if found else None

"""Positions on sanctions against Russia (ADJUDICATION.md, decision 12): "New Zealand has imposed
wide-ranging sanctions on Russia", "the Council of the European Union adopted its 19th package of
sanctions against Russia", "Japan has joined G7 sanctions on Russian coal" are `support` on
"sanctions on Russia"; "Indonesia … has not imposed sanctions on Russia", "refused to join the
sanctions against Moscow" are `oppose`; "threatened to impose sanctions on Russia" is
`conditional` (a threat holds off the step until Moscow refuses a demand).

The stance cues read "backs sanctions", "opposes sanctions"; what they miss is the act itself told
as the position. The reading is narrow, so that it carries to unseen wording without adding false
positives:
- the verb of imposing is followed within a few words by the sanctions noun, and that noun by
  "on"/"against" Russia (or a Russian thing) within a few words: sanctions on anyone else (on
  Ukraine's officials, Russia's own on Western officials) are no position on sanctions against
  Russia, and a sanctions noun elsewhere in the sentence is not the verb's object;
- the holders are the states or organisations named before the verb in its clause (the
  sentence's subject when the clause names no one: "voted for the resolutions but has not imposed
  sanctions"), not after a preposition ("in talks with Japan"), not the one asked or joined ("will
  allow the European Union to adopt", "has joined the United States in imposing"), never Russia,
  and none in a party's or a legislator's words;
- a negation or refusal among the three words before the verb ("has not imposed", "refused to
  join") makes the position `oppose`; a verb of threatening there makes it `conditional`.
The words are in positions.json ("sanction_acts").

Eighth session (decisions 32 and 34): sanctions on Russian individuals, entities, banks, firms or
ships are sanctions on Russia, and distractors hold such positions too. Four readings widen the act,
each still needing a named government or the EU as the one acting:
- the target after "on"/"against" may be what a Russia sanctions list holds ("individuals and
  entities", "its energy and banking sectors", a Russian firm) unless another state is named there;
  sanctions with no stated target ("announced new sanctions on Tuesday") are, in this domain, those
  on Russia (``_target_ok``);
- "threatened new sanctions", or an act followed by "if"/"unless" or opened by "Should Russia
  refuse", is `conditional` (a threat holds the step back until Moscow refuses);
- "was sanctioned by the British government", "the EU and Britain have also sanctioned him": the
  verb, with an auxiliary before it, so that the adjective ("a sanctioned oligarch") is no act;
  the holders are those after "by", else the clause's subject (``_sanctioned``);
- "sanctions would stay in place until Russia withdraws", "we will keep up the pressure through
  sanctions until Russia agrees": keeping them until Russia complies is `support` (``_kept``).
A first-person subject ("we will tighten sanctions") is the quotation's speaker, given by the caller
as ``speaker``. "Under EU sanctions", "in breach of sanctions" name a legal status, not an act: no
verb of imposing governs them.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.extract.government_holders import government_holder

_WORDS = vocab("positions")["sanction_acts"]
IMPOSING = frozenset(_WORDS["imposing"])
THREATENING = frozenset(_WORDS["threatening"])
REFUSING = frozenset(_WORDS["refusing"])
NOUNS = frozenset(_WORDS["nouns"])
RUSSIA = frozenset(_WORDS["russia"])
ON = frozenset(_WORDS["on"])
OF_HEADS = frozenset(_WORDS["of_heads"])
ASKERS = frozenset(_WORDS["askers"])
PARTIES = frozenset(_WORDS["parties"])
TARGETS = frozenset(_WORDS["russian_targets"])
TIMES = frozenset(_WORDS["times"])
KEEPING = frozenset(_WORDS["keeping"])
UNTIL = frozenset(_WORDS["until"])
CONDITIONS = frozenset(_WORDS["conditions"])
OPENERS = frozenset(_WORDS["openers"])
AUXILIARIES = frozenset(_WORDS["auxiliaries"])
FIRST_PERSON = frozenset({"we", "our"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
LIST_JOINTS = frozenset({",", "and", "the", "both", "or"})
# "The bill … would impose sanctions on Russia if Moscow…": a measure's own terms, no one's threat
MEASURES = frozenset({"bill", "law", "legislation", "measure", "draft", "plan", "proposal", "resolution"})
OBJECT_BREAKS = frozenset({",", "that", "once", "until", "when", "if", "unless", "whether"})
KEEP_REACH = 6  # words between a keeping verb and the sanctions noun ("keep up the pressure through sanctions")
TARGET = "sanctions on Russia"
PREPOSITIONS = frozenset("of in with to from by for against on at than like including among alongside".split())
# a name after one of these modifies a noun ("every UN resolution"), it is no subject
DETERMINERS = frozenset("every each any all a an its their his her".split())
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though", "which", "who"})
NOUN_REACH = 7  # words from the verb to the sanctions noun ("imposed wide-ranging new sanctions")
ON_REACH = 6  # words from the noun to "on"/"against" ("package of restrictive measures against")


def sanction_stances(ctx, sent, present: frozenset, speaker=None) -> list[tuple[str, str]]:
    """(actor, stance) pairs of the positions on sanctions against Russia told by ``sent``'s acts.
    ``speaker``, when given, returns the quotation's speakers for a first-person subject."""
    sanctioned = "sanctioned" in present
    if NOUNS.isdisjoint(present) and not sanctioned:
        return []
    acting = not IMPOSING.isdisjoint(present) or not THREATENING.isdisjoint(present)
    kept = not KEEPING.isdisjoint(present) and not UNTIL.isdisjoint(present) and not RUSSIA.isdisjoint(present)
    if not (acting or sanctioned or kept):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    out: list[tuple[str, str]] = []
    for v in range(a, b):
        w = lower[v]
        if w == "sanctioned":
            holders, value = _sanctioned(ctx, lower, a, v, b), "support"
        elif (w in IMPOSING or w in THREATENING and not CONDITIONS.isdisjoint(lower[v:b])) and _on_russia(
                lower, v + 1, b, present):
            before = lower[max(a, v - 3):v]
            value = ("oppose" if not REFUSING.isdisjoint(before)
                     else "conditional" if (w in THREATENING or not THREATENING.isdisjoint(before)
                                            or lower[_opening(lower, a, b)] in OPENERS
                                            or not CONDITIONS.isdisjoint(lower[v:b])
                                            and MEASURES.isdisjoint(lower[a:a + 3]))
                     else "support")
            holders = _subject(ctx, lower, a, v, b, speaker)
        elif kept and w in KEEPING and _near_noun(lower, v, a, b):
            # "sanctions would stay in place until Russian forces withdraw": kept until Russia complies
            holders, value = _subject(ctx, lower, a, min(v, _near_noun(lower, v, a, b)), b, speaker), "support"
        else:
            continue
        for actor in holders:
            if (actor, value) not in out:
                out.append((actor, value))
    return out


def _opening(lower, a: int, b: int) -> int:
    """The sentence's first word past an opening quotation mark ('"If Russia refuses, we will…')."""
    return next((k for k in range(a, b) if lower[k] not in QUOTE_MARKS), a)


def _subject(ctx, lower, a: int, v: int, b: int, speaker) -> list[str]:
    """The holders of an act at ``v``: those named before it in its clause, else the sentence's
    subject ("voted for the resolutions but has not imposed sanctions"), else, for "we", the
    quotation's speaker."""
    start = max((k + 1 for k in range(a, v) if lower[k] in CLAUSE_BREAKS), default=a)
    holders = act_holders(ctx, lower, start, v, b)
    if not holders and start > a and not _names_anyone(ctx, start, v):
        # "Indonesia voted for the resolutions but has not imposed sanctions"; not "…; the Kremlin
        # said it would only apply once sanctions…", whose clause names its own (Russian) subject
        holders = act_holders(ctx, lower, a, start, b)
    if not holders and speaker is not None and not FIRST_PERSON.isdisjoint(lower[start:v]):
        holders = [h for h in speaker() if h != "RUS"]
    return holders


def _names_anyone(ctx, a: int, v: int) -> bool:
    """Whether tokens [a, v) name any state, organisation or person (Russia too)."""
    return bool(ctx.mentions_in(ctx.doc[a].idx, ctx.doc[v].idx, ("COUNTRY", "ORG", "PERSON")))


def _sanctioned(ctx, lower, a: int, v: int, b: int) -> list[str]:
    """Who did the sanctioning at the verb ``v`` ("was sanctioned by Washington", "Britain has also
    sanctioned him"); none for the adjective ("a sanctioned oligarch", "sanctioned property")."""
    if v == a or lower[v - 1] not in AUXILIARIES:
        return []
    if v + 1 < b and lower[v + 1] == "by":
        # the agents are the list right after "by" ("by the UK, the EU and the US"); it ends at the
        # first word that is neither a name nor a joint of the list ("…, the bank could no longer")
        out, k = [], v + 2
        names = {m.start: m for m in ctx.mentions_in(ctx.doc[k].idx, ctx.doc[b - 1].idx + 1,
                                                    ("COUNTRY", "ORG", "PERSON"))}
        while k < b:
            m = names.get(k)
            if m is not None:
                actor = m.stands_for
                if actor and actor != "RUS" and actor not in out:
                    out.append(actor)
                k = m.end
            elif lower[k] in LIST_JOINTS or lower[k] in OF_HEADS:
                k += 1
            else:
                break
        return out
    if lower[v - 1] in ("was", "were", "been", "being", "be", "is", "are"):
        return []  # a passive with no agent names no one acting
    return _subject(ctx, lower, a, v, b, None)


def _near_noun(lower, v: int, a: int, b: int) -> int | None:
    """The sanctions noun within ``KEEP_REACH`` words either side of the keeping verb at ``v``."""
    return next((k for k in range(max(a, v - KEEP_REACH), min(b, v + KEEP_REACH)) if lower[k] in NOUNS), None)


def not_self_imposed(facts: list) -> list:
    """``facts`` without Russia's support of, or condition on, sanctions on Russia (decision 34): Russia
    backs no sanctions on itself, and its condition ("the truce would only take effect once Western
    sanctions on Russian food exports were lifted") is its demand that they go, recorded with its
    answer to the truce, not a stance. Its opposition to them stays a position."""
    return [f for f in facts if not (f.kind == "stance" and f.actor == "RUS" and f.target == TARGET
                                     and f.stance in ("support", "conditional"))]


def act_holders(ctx, lower: list[str], a: int, v: int, b: int) -> list[str]:
    """The states and organisations named between tokens ``a`` and ``v`` as a subject: not after a
    preposition ("in talks with Japan") unless a body of theirs speaks ("the Council of the
    European Union"), not owning something ("Japan's embassy"), never Russia."""
    out = []
    end_char = ctx.doc[v].idx if v < len(ctx.doc) else len(ctx.text)
    for m in ctx.mentions_in(ctx.doc[a].idx, end_char, ("COUNTRY", "ORG", "PERSON")):
        actor = m.stands_for
        if not actor or actor == "RUS" or (m.end < b and lower[m.end] in ("'s", "’s")):
            continue
        if not PARTIES.isdisjoint(lower[m.end:min(b, m.end + 3)]):
            continue  # "the Swiss People's Party argues that adopting the sanctions…": no government's act
        k = m.start - 1
        while k > a and lower[k] == "the":
            k -= 1
        if m.start > a and lower[k] in PREPOSITIONS and not (lower[k] == "of" and lower[k - 1] in OF_HEADS):
            continue
        if m.start > a and lower[k] in DETERMINERS:
            continue  # "has abstained on every UN resolution": a modifier, no subject
        if m.start > a and (lower[k] in ASKERS or lower[k] in IMPOSING):
            continue  # "will allow the European Union to adopt", "joined the United States in imposing"
        if actor not in out:
            out.append(actor)
    return out or government_holder(ctx, a, v)  # "The government also added … to its sanctions list"


def _on_russia(lower: list[str], i: int, end: int, present: frozenset) -> bool:
    """Whether a sanctions noun follows within ``NOUN_REACH`` words of ``i`` with a target that
    makes them sanctions on Russia (``_target_ok``) within ``ON_REACH`` words of it."""
    for n in range(i, min(end, i + NOUN_REACH)):
        if lower[n] in NOUNS:
            if any(lower[k] in CLAUSE_BREAKS or lower[k] in OBJECT_BREAKS for k in range(i, n)):
                return False  # "warned that sanctions alone…": the noun is not the verb's object
            for o in range(n + 1, min(end, n + ON_REACH)):
                if lower[o] in ON:
                    return _target_ok(lower[o + 1:min(end, o + 5)])
            # no stated target ("announced new sanctions", "threatened new sanctions if it
            # refused"): the sanctions of this domain, when the sentence names Russia or no one else
            return True
    return False


def _target_ok(after: list[str]) -> bool:
    """Whether the words after "on"/"against" name Russia, or what a Russia sanctions list holds
    ("more than 2,500 individuals", "its energy and banking sectors", a Russian firm), or only a
    date ("on Tuesday"); not another state ("on Iran", "on Belarusian officials")."""
    if not after:
        return False
    if not RUSSIA.isdisjoint(after[:3]):
        return True
    if after[0] in TIMES or after[0][:1].isdigit() and after[1:2] and after[1] in TIMES:
        return True
    head = after[1:] if after[0] == "the" else after
    return bool(head) and head[0] in TARGETS


__all__ = ["TARGET", "act_holders", "not_self_imposed", "sanction_stances"]

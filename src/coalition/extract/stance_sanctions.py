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
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

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
TARGET = "sanctions on Russia"
PREPOSITIONS = frozenset("of in with to from by for against on at than like including among".split())
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though", "which", "who"})
NOUN_REACH = 7  # words from the verb to the sanctions noun ("imposed wide-ranging new sanctions")
ON_REACH = 6  # words from the noun to "on"/"against" ("package of restrictive measures against")


def sanction_stances(ctx, sent, present: frozenset) -> list[tuple[str, str]]:
    """(actor, stance) pairs of the positions on sanctions against Russia told by ``sent``'s acts."""
    if NOUNS.isdisjoint(present) or RUSSIA.isdisjoint(present) or IMPOSING.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    out: list[tuple[str, str]] = []
    for v in range(a, b):
        if lower[v] not in IMPOSING or not _on_russia(lower, v + 1, b):
            continue
        before = lower[max(a, v - 3):v]
        value = ("oppose" if not REFUSING.isdisjoint(before)
                 else "conditional" if not THREATENING.isdisjoint(before) else "support")
        start = max((k + 1 for k in range(a, v) if lower[k] in CLAUSE_BREAKS), default=a)
        # "Indonesia voted for the resolutions but has not imposed sanctions": a clause that names
        # no one has the sentence's subject
        holders = act_holders(ctx, lower, start, v, b) or (act_holders(ctx, lower, a, start, b) if start > a else [])
        for actor in holders:
            if (actor, value) not in out:
                out.append((actor, value))
    return out


def act_holders(ctx, lower: list[str], a: int, v: int, b: int) -> list[str]:
    """The states and organisations named between tokens ``a`` and ``v`` as a subject: not after a
    preposition ("in talks with Japan") unless a body of theirs speaks ("the Council of the
    European Union"), not owning something ("Japan's embassy"), never Russia."""
    out = []
    end_char = ctx.doc[v].idx if v < len(ctx.doc) else len(ctx.text)
    for m in ctx.mentions_in(ctx.doc[a].idx, end_char, ("COUNTRY", "ORG", "PERSON")):
        actor = m.code if m.label != "PERSON" else m.actor
        if not actor or actor == "RUS" or (m.end < b and lower[m.end] in ("'s", "’s")):
            continue
        if not PARTIES.isdisjoint(lower[m.end:min(b, m.end + 3)]):
            continue  # "the Swiss People's Party argues that adopting the sanctions…": no government's act
        k = m.start - 1
        while k > a and lower[k] == "the":
            k -= 1
        if m.start > a and lower[k] in PREPOSITIONS and not (lower[k] == "of" and lower[k - 1] in OF_HEADS):
            continue
        if m.start > a and (lower[k] in ASKERS or lower[k] in IMPOSING):
            continue  # "will allow the European Union to adopt", "joined the United States in imposing"
        if actor not in out:
            out.append(actor)
    return out


def _on_russia(lower: list[str], i: int, end: int) -> bool:
    """Whether a sanctions noun follows within ``NOUN_REACH`` words of ``i``, and "on"/"against"
    Russia (or a Russian thing) within ``ON_REACH`` words of it."""
    for n in range(i, min(end, i + NOUN_REACH)):
        if lower[n] in NOUNS:
            for o in range(n + 1, min(end, n + ON_REACH)):
                if lower[o] in ON:
                    return not RUSSIA.isdisjoint(lower[o + 1:min(end, o + 4)])
            return False
    return False


__all__ = ["TARGET", "act_holders", "sanction_stances"]

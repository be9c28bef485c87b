"""Backing or welcoming another's peace efforts (ADJUDICATION.md decisions 14 and 39).

"We back President Trump's efforts to reach a peace deal", "We welcome President Trump's efforts to
stop the killing", "the alliance supported efforts to reach a negotiated settlement", "Russia
supported the Hungarian leader's efforts": a state's or organisation's backing or welcome of peace
efforts is its `support` stance on them (peace efforts are a policy step, decision 14). The cues
miss these because "efforts" with someone's name or an aim of its own is no vocabulary target.

The reading (words in efforts.json):
- a verb of backing or welcoming, not negated in the three words before it, followed within
  ``NOUN_REACH`` words (no clause break) by an efforts noun;
- the efforts are peace efforts: their stated aim ("to reach…", "towards…", "for…", within
  ``AIM_REACH`` words after the noun) holds a peace word and no aid word ("efforts to deliver air
  defence" is no peace effort; a welcome of aid stays nothing, decision 14), or they have no stated
  aim but are someone's ("the Hungarian leader's efforts", "US-led efforts") in an article about a
  truce or peace;
- the holders are the states and organisations (people by their country) named before the verb in
  its clause, not after a preposition and not owning something; for "we", the quotation's speaker
  or the signatories of the joint statement it belongs to (given by the caller as ``speaker``).
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.extract.stance_sanctions import CLAUSE_BREAKS, FIRST_PERSON, PREPOSITIONS

_WORDS = vocab("efforts")
BACKING = frozenset(_WORDS["backing"])
NOUNS = frozenset(_WORDS["nouns"])
PEACE = frozenset(_WORDS["peace"])
NOT_PEACE = frozenset(_WORDS["not_peace"])
NEGATIONS = frozenset(_WORDS["negations"])
TARGET = "peace efforts"
NOUN_REACH = 5  # "back President Trump's efforts", "welcomed the US-led peace efforts"
AIM_REACH = 12  # "efforts to bring the two sides to the table and end the fighting"
AIM_OPENERS = frozenset({"to", "towards", "toward", "for", "at", "aimed"})
BREAKS = frozenset({",", ";", ".", "but", "while", "and", "which", "who", "that", ":"})
PEACE_ARTICLE = ("ceasefire", "truce", "peace", "settlement", "mediation")


def effort_stances(ctx, sent, present: frozenset, speaker) -> list[tuple[str, str]]:
    """(actor, target) pairs of the `support` stances ``sent`` tells on peace efforts."""
    if NOUNS.isdisjoint(present) or BACKING.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    out: list[tuple[str, str]] = []
    for v in range(a, b):
        if lower[v] not in BACKING or not NEGATIONS.isdisjoint(lower[max(a, v - 3):v]):
            continue
        n = _efforts_after(lower, v, b)
        if n is None or not _peace_efforts(ctx, lower, v, n, b):
            continue
        start = max((k + 1 for k in range(a, v) if lower[k] in CLAUSE_BREAKS), default=a)
        holders = _holders(ctx, lower, start, v, b)
        if not holders and not FIRST_PERSON.isdisjoint(lower[start:v]):
            holders = speaker()
        out += [(h, TARGET) for h in holders if (h, TARGET) not in out]
    return out


def _efforts_after(lower, v: int, b: int) -> int | None:
    """The efforts noun within ``NOUN_REACH`` words after the verb at ``v``, with no break between."""
    for k in range(v + 1, min(b, v + 1 + NOUN_REACH)):
        if lower[k] in NOUNS:
            return k
        if lower[k] in BREAKS:
            return None
    return None


def _peace_efforts(ctx, lower, v: int, n: int, b: int) -> bool:
    """Whether the efforts at ``n`` are peace efforts: by a peace word between the verb and the noun
    ("peace efforts"), by their stated aim, or, with no aim stated, by being someone's in an article
    about a truce or peace."""
    before = lower[v + 1:n]
    if not PEACE.isdisjoint(before):
        return True
    after = lower[n + 1:min(b, n + 1 + AIM_REACH)]
    if after and after[0] in AIM_OPENERS:
        return not PEACE.isdisjoint(after) and NOT_PEACE.isdisjoint(after)
    owned = any(w in ("'s", "’s") or w.endswith("-led") or w == "led" for w in before)
    return owned and lower[n] != "effort" and ctx.names_any(PEACE_ARTICLE)


def _holders(ctx, lower, a: int, v: int, b: int) -> list[str]:
    """The states and organisations named before the verb in its clause as its subject: not after a
    preposition, not owning something ("Putin's spokesman"); a person by the actor they speak for.
    Looser than ``stance_sanctions.act_holders``, which never takes Russia: Moscow welcomes efforts."""
    out = []
    for m in ctx.mentions_in(ctx.doc[a].idx, ctx.doc[v].idx, ("COUNTRY", "ORG", "PERSON")):
        actor = m.stands_for
        if not actor or (m.end < b and lower[m.end] in ("'s", "’s")):
            continue
        k = m.start - 1
        while k > a and lower[k] == "the":
            k -= 1
        if m.start > a and lower[k] in PREPOSITIONS:
            continue
        if actor not in out:
            out.append(actor)
    return out


def without_doubled_efforts(facts: list) -> list:
    """``facts`` without a `support` on peace efforts where the same actor's support of something
    else is read from the same sentence ("backs the US-led efforts for a ceasefire" is its support of
    the ceasefire, once)."""
    others = {(f.actor, f.evidence.start) for f in facts
              if f.kind == "stance" and f.stance == "support" and f.target != TARGET}
    return [f for f in facts if not (f.kind == "stance" and f.target == TARGET and f.stance == "support"
                                     and (f.actor, f.evidence.start) in others and _names_efforts(f.evidence.text))]


def _names_efforts(text: str) -> bool:
    """Whether a sentence names efforts: "stand for a ceasefire and for a political settlement" names
    two aims side by side, each its own support (dev 224), where "backs the efforts for a ceasefire"
    names one."""
    return not NOUNS.isdisjoint(text.lower().replace(",", " ").split())


__all__ = ["TARGET", "effort_stances", "without_doubled_efforts"]

"""Known forums named by a description instead of a name (ADJUDICATION.md decision 42).

Outlets often name the Czech-led ammunition initiative by what it is: "the Czech Republic, which is
running its own initiative to buy artillery shells", "Prague will stay at the head of the
international initiative that buys large-calibre ammunition". The decision makes it a coalition in
every article that names it, by name or by such a description. A description is read narrowly, from
``described`` in coalitions.json:
- the forum's lead state is named before one of its nouns ("initiative") within ``LEAD_REACH``
  tokens, with no other state or organisation and no clause break between them ("Prague welcomed the
  EU initiative to buy shells" is the EU's);
- one of its aims ("ammunition", "shells") follows the noun within ``AIM_REACH`` tokens (an
  initiative for something else, "its initiative on grain exports", is not the forum).
Only a forum the article has not already named gets a fact this way; the lead is the data's, and a
fact found by one of its names ("the Czech initiative") that gives no lead takes it too (the name
says who leads it, as "Czech-led" does).
"""

from __future__ import annotations

from coalition.extract.context import tokens
from coalition.model import Coalition

LEAD_REACH = 10  # "The Czech Republic will stay at the head of the international initiative"
AIM_REACH = 6  # "initiative that buys large-calibre artillery ammunition"
BREAKS = frozenset({";", "but", "while", "whereas", "although", "though", ".", ":"})


def described_coalitions(ctx, words: dict, found: list[Coalition]) -> list[Coalition]:
    """``found`` with the data's leads and contribution on the forums of ``words["described"]`` that
    lack them, and a fact for each such forum the article describes without naming."""
    known = words.get("described", {})
    for fact in found:
        how = known.get(fact.name)
        if how is not None:
            fact.leads = fact.leads or list(how["leads"])
            fact.contribution_types = fact.contribution_types or [how["contribution"]]
    named = {f.name for f in found}
    described = {n: d for n, d in known.items() if n not in named}
    if not described:
        return found
    lower = tokens(ctx.doc).lower
    out = list(found)
    for name, how in described.items():
        nouns, aims, leads = frozenset(how["nouns"]), frozenset(how["aims"]), set(how["leads"])
        for sent in ctx.sents:
            at = next((k for k in range(sent.start, sent.end) if lower[k] in nouns
                       and not aims.isdisjoint(lower[k + 1:min(sent.end, k + 1 + AIM_REACH)])), None)
            if at is None or not _led_before(ctx, lower, sent.start, at, leads):
                continue
            out.append(Coalition(name=name, leads=sorted(leads), contribution_types=[how["contribution"]],
                                 evidence=ctx.sentence_evidence(sent), confidence=0.7))
            break
    return out


def _led_before(ctx, lower, a: int, at: int, leads: set) -> bool:
    """Whether the last state or organisation named in the clause before the noun at ``at`` (within
    ``LEAD_REACH`` tokens) is one of the forum's leads."""
    start = max(a, at - LEAD_REACH)
    mentions = [m for m in ctx.mentions_in(ctx.doc[start].idx, ctx.doc[at].idx, ("COUNTRY", "ORG"))]
    if not mentions:
        return False
    last = mentions[-1]
    return last.code in leads and BREAKS.isdisjoint(lower[last.end:at])


__all__ = ["described_coalitions"]

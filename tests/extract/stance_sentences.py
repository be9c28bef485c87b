"""What the stance tests on made-up sentences read: the (actor, stance) pairs of a text, with
participation counted as the accuracy gate counts it (committed → support, declined → oppose)."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

# Names the war's two sides three times: open objects are read only in articles about the war.
WAR = "Russia's war in Ukraine went on. Kyiv asked its partners for more help.\n\n"


def stances(text: str, *, war: bool = True) -> set[tuple[str, str]]:
    result = extract(Article(text="Headline\n\n" + (WAR if war else "") + text, source="test"))
    out = set()
    for f in result.facts:
        if f.kind == "stance":
            out.add((f.actor, f.stance))
        elif f.kind == "participation":
            out.add((f.actor, {"committed": "support", "declined": "oppose"}.get(f.status, f.status)))
    return out


ANSWER_AS_STANCE = {"accepted": "support", "rejected": "oppose", "conditional": "conditional"}


def answers(text: str, *, war: bool = True) -> set[tuple[str, str]]:
    """The (actor, stance) pairs of a text's ceasefire answers, read as the stance each says: a warring
    side's answer to a truce is recorded only in the ceasefire's ``responses`` (ADJUDICATION.md, 3)."""
    result = extract(Article(text="Headline\n\n" + (WAR if war else "") + text, source="test"))
    return {(r.actor, ANSWER_AS_STANCE[r.response]) for f in result.facts if f.kind == "ceasefire"
            for r in f.responses}

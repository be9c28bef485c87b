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

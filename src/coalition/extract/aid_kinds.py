"""One verb of giving, aid of two kinds (tenth session; ADJUDICATION.md decision 49: "each kind
named in the same phrase is its own commitment").

"It has sent humanitarian aid and non-lethal equipment such as helmets and gas masks": the items
found for one commitment hold a named humanitarian aid ("humanitarian aid", "humanitarian
assistance") beside items of another kind; the humanitarian aid is a commitment of its own, of the
same donor and stage, and the rest keeps the other kind. A bare "humanitarian" (an adjective left
over: "funding humanitarian partners") or items that are only generic ("funding", "support") split
nothing. Words in ``data/aid_kinds.json``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("aid_kinds")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def _humanitarian(item: str, words: dict) -> bool:
    parts = item.lower().split()
    return len(parts) >= 2 and parts[0] in words["adjectives"] and parts[-1] in words["nouns"]


def split_aid_kinds(ctx, drafts: list) -> list:
    from coalition.extract.support_forms import _list_span  # its list of forms is split there, with its own stage

    words = _words()
    generic = words["generic"]
    out = []
    for d in drafts:
        if d.money is not None or len(d.items) < 2 or not any(_humanitarian(i, words) for i in d.items):
            out.append(d)
            continue
        kind = [i for i in d.items if _humanitarian(i, words)]
        rest = [i for i in d.items if not _humanitarian(i, words) and "humanitarian" not in i.lower()]
        if not any(i.lower() not in generic for i in rest) or _list_span(tokens(ctx.doc).lower, d.sent) is not None:
            out.append(d)
            continue
        d.items = rest
        if d.category == "humanitarian":
            d.category = "military"  # the other kind named beside humanitarian aid: equipment, vests
        out.append(d)
        out.append(replace(d, items=kind, category="humanitarian"))
    return out

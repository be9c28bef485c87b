"""One verb of giving, aid of two kinds (tenth session; ADJUDICATION.md decision 49: "each kind
named in the same phrase is its own commitment").

"It has sent humanitarian aid and non-lethal equipment such as helmets and gas masks": the items
found for one commitment hold a named humanitarian aid ("humanitarian aid", "humanitarian
assistance") beside items of another kind; the humanitarian aid is a commitment of its own, of the
same donor and stage, and the rest keeps the other kind. A bare "humanitarian" (an adjective left
over: "funding humanitarian partners") or items that are only generic ("funding", "support") split
nothing. Words in ``data/aid_kinds.json``.

Services named in a plain list with other kinds ("intelligence sharing, cyber defence and training
that Britain already provides") split the same way (fifteenth session): intelligence and training
are each their own commitment, the rest keeps the draft's kind.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from coalition.extract.context import lower_text, tokens, vocab


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


SERVICE_KINDS = ("intelligence", "training")
_LIST_JOINS = frozenset({",", "and", "as well as", ", and"})


@lru_cache(maxsize=1)
def _item_kinds() -> dict[str, str]:
    """Each listed item's category, from the commitment vocabulary."""
    kinds: dict[str, str] = {}
    for kind, items in vocab("commitments")["items"].items():
        for item in items:
            kinds.setdefault(item.lower(), kind)
    return kinds


def split_service_kinds(ctx, drafts: list) -> list:
    """A draft without an amount whose items are a plain list ("A, B and C", nothing but commas
    and "and" between them) mixing intelligence or training with another kind: one draft per
    kind, the first kind keeping the draft."""
    kinds = _item_kinds()
    out = []
    for d in drafts:
        if d.money is not None or len(d.items) < 2:
            out.append(d)
            continue
        named = [kinds.get(i.lower()) for i in d.items]
        if not any(k in SERVICE_KINDS for k in named) or len({k for k in named if k}) < 2 \
                or not _plain_list(lower_text(d.sent), d.items):
            out.append(d)
            continue
        by_kind: dict[str, list[str]] = {}
        for item, kind in zip(d.items, named):
            by_kind.setdefault(kind or d.category, []).append(item)
        first = True
        for kind, items in by_kind.items():
            if first:
                d.items, d.category, first = items, kind, False
                out.append(d)
            else:
                out.append(replace(d, items=items, category=kind))
    return out


def _plain_list(padded: str, items: list[str]) -> bool:
    """Whether the items stand in the sentence one after another with only list words between."""
    at = []
    for item in items:
        k = padded.find(f" {item.lower()} ")
        if k < 0:
            return False
        at.append((k, k + len(item) + 1))
    at.sort()
    return all(padded[a_end:b_start].strip() in _LIST_JOINS for (_, a_end), (b_start, _) in zip(at, at[1:]))

"""What a package told before contains: "The package contains air defence equipment and
heavy-calibre ammunition", "The package announced today includes 800 Stinger systems; 2,000
Javelins …". A sentence whose subject is that package and whose verb lists its contents, with no
amount of its own, names the package's items, not a second pledge: the items join the package's
commitment (the last one with an amount, a few sentences before) and the sentence yields none.
After aid in kind told just before ("… have arrived. The shipment also included thermal imagers"), the
contents are a second line of that shipment: the same donor and stage, a commitment of their own.

An order's contents ("The contract covers the howitzers together with command vehicles") join a
contracted commitment told just before; after none (a company's sale to Ukraine, an army's own
purchase) they are no pledge at all.

A sentence of that shape with an amount ("The package includes £160m for repairs") is a
sub-allocation, read by the commitment finder as before; so is one whose subject is a pronoun
("this time it contains artillery ammunition"), which may speak of another package.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.aid_items import _category, _item_names, find_items
from coalition.extract.context import ArticleContext, lower_text, tokens, vocab
from coalition.extract.drafts import Draft

# How many sentences back the package's commitment may have been told.
REACH = 3


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    cues = vocab("commitments")["package_contents"]
    return (frozenset(cues["determiners"]), frozenset(cues["nouns"]) | _order_nouns(), frozenset(cues["verbs"]), frozenset(cues["between"]))


@lru_cache(maxsize=1)
def _order_nouns() -> frozenset[str]:
    return frozenset(vocab("commitments")["package_contents"]["order_nouns"])


def fold_package_contents(ctx: ArticleContext, sent: Span, index: int, drafts: list[Draft]) -> bool:
    """Add the items of a sentence that lists what a package told before contains to that package's
    commitment; True when it did (the sentence then yields no commitment of its own)."""
    table = tokens(ctx.doc)
    lower = table.lower
    determiners, nouns, verbs, between = _words()
    start = sent.start
    if lower[start] == "it" and index and _names_package(ctx, index - 1, nouns):
        # "Macron said the package had been drawn up with Kyiv. It will include Milan missiles …": the
        # pronoun opens the sentence right after one that names the package, so it is that package
        j = start
    else:
        if lower[start] not in determiners:
            return False  # the cheap test first: the sentence opens on "The", "This", "Its" …
        j = start + 1
        while j < sent.end and j <= start + 3 and lower[j] not in nouns:
            j += 1  # "The new package", "The latest aid package"
        if j >= sent.end or lower[j] not in nouns:
            return False
        while j + 1 < sent.end and lower[j + 1] in nouns:
            j += 1  # "The drawdown package includes": the compound's head
    k = j + 1
    # "The package announced today includes", "The package also contains"
    while k < sent.end and k <= j + 4 and lower[k] not in verbs and lower[k] in between:
        k += 1
    if k >= sent.end or lower[k] not in verbs:
        return False
    if ctx.money_in(sent):
        return False  # "The package includes £160m for repairs": a sub-allocation of its own
    if lower[j] in _order_nouns():
        return _fold_order_contents(ctx, sent, index, drafts, k)
    package = _package_before(ctx, index, drafts)
    if package is not None and j > start + 1 and lower[j - 1] in nouns:
        # "The drawdown package includes": of two parts told before, the one its sentence calls a drawdown
        # (the part whose amount stands nearest that word, when one sentence tells both parts)
        word = lower[j - 1]
        near = [(min(abs(d.anchor_start - i) for i in range(d.sent.start, d.sent.end) if lower[i] == word), -n, d)
                for n, d in enumerate(drafts) if d.money is not None and d.sent is not None and d.status != "cumulative"
                and index - ctx.sentence_index(d.sent.start_char) <= REACH and word in lower[d.sent.start:d.sent.end]]
        if near:
            package = min(near, key=lambda t: t[:2])[2]
    if package is None:
        return False
    items = [it for it in find_items(sent) if it[0] > k]
    if not items:
        return False
    if package.money is None:
        # "Lithuanian trucks carrying drones have arrived … The shipment also included thermal imaging
        # devices": another line of the same shipment, given by the same donor at the same stage
        line = Draft(package.donor, package.recipient, _category(items, lower_text(sent), False), package.status, sent, items[0][0],
                     confidence=0.6)
        line.items = _item_names(sent, items)
        drafts.append(line)
        return True
    for name in _item_names(sent, items):
        if name not in package.items:
            package.items.append(name)
    return True


def _names_package(ctx: ArticleContext, index: int, nouns: frozenset[str]) -> bool:
    """Whether sentence ``index`` names a package ("the package had been drawn up …")."""
    prev = ctx.sents[index]
    lower = tokens(ctx.doc).lower
    return any(lower[i] in nouns for i in range(prev.start, prev.end))


def _package_before(ctx: ArticleContext, index: int, drafts: list[Draft]) -> Draft | None:
    """The last commitment with an amount (not a running total nor a part) told up to ``REACH``
    sentences before."""
    for draft in reversed(drafts):
        if draft.sent is None:
            continue
        if index - ctx.sentence_index(draft.sent.start_char) > REACH:
            return None
        if draft.money is None and draft.parent is None:
            # aid in kind told just before: the contents are a second line of that shipment
            return draft if draft.donor is not None and draft.status != "cumulative" else None
        if draft.money is not None and draft.parent is None and draft.status != "cumulative" and not draft.collective:
            return draft
    return None


def _fold_order_contents(ctx: ArticleContext, sent: Span, index: int, drafts: list[Draft], k: int) -> bool:
    """ "The contract covers the howitzers together with command vehicles": the items join the last
    contracted commitment told up to ``REACH`` sentences before; with none, they are an order's
    contents and no pledge. True when the sentence has items (it then yields no commitment)."""
    items = [it for it in find_items(sent) if it[0] > k]
    if not items:
        return False
    order = next((d for d in reversed(drafts) if d.sent is not None and d.status == "contracted" and d.parent is None
                  and index - ctx.sentence_index(d.sent.start_char) <= REACH), None)
    if order is not None:
        order.items.extend(n for n in _item_names(sent, items) if n not in order.items)
    return True

"""Aid items in a sentence: the matched items, the named systems after them, their grouping and
their names, and the category they give a commitment.

Separate from the commitment finder because items are read the same way for an amount and for aid
in kind, and the category is a function of the items alone (with the spending words).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import doc_text, has_phrase, tokens, vocab
from coalition.extract.named_labels import labelled


# Prefixes before a hyphen that make the item after them what a weapon fights ("anti-aircraft").
COUNTER_PREFIXES = frozenset({"anti", "counter"})
CATEGORY_ORDER = ["military", "financial", "humanitarian", "training", "intelligence", "logistics", "troops"]


def find_items(span: Span) -> list[tuple[int, int, str, str]]:
    """Aid items in a span, longest match first: (start, end, text, category).

    The items of the whole document are found once by the ``coalition_items`` pipeline
    component (a PhraseMatcher); this picks those inside the span.
    """
    items = span.doc.user_data.get("items", [])
    lo = bisect_left(items, (span.start,))
    out = []
    for item in items[lo:]:
        if item[0] >= span.end:
            break
        if item[1] <= span.end:
            start = item[0]
            if start - 2 >= span.start and span.doc[start - 1].text == "-" and span.doc[start - 2].lower_ in COUNTER_PREFIXES:
                # "anti-aircraft systems", "counter-drone guns": what the weapon fights, not a thing
                # given ("aircraft"); the prefix is kept with it
                item = (start - 2, item[1], f"{span.doc[start - 2].lower_}-{item[2]}", item[3])
            if _idiom(span, item) or labelled(tokens(span.doc).lower, span.start, item[0]):
                continue  # "took up arms"; "called it a war loan": a label, nothing given
            out.append(_compound(span, item))
    return out


# Words that close a hyphened compound without a head noun of its own after them.
_NOT_HEADS = frozenset({"and", "or", "to", "for", "from", "of", "in", "on", "with", "by", "the", "a", "an", "as", "at", "which", "that"})


def _compound(span: Span, item):
    """ "drone-detection systems", "mine-clearing machines": an item noun before a hyphen only
    modifies the compound's head; the thing given is the whole compound, named as written."""
    doc = span.doc
    end = item[1]
    if end + 1 >= span.end or doc[end].text != "-" or not doc[end + 1].is_alpha or not doc[end + 1].is_lower:
        return item
    head = end + 2
    if head < span.end and doc[head].is_alpha and doc[head].is_lower and doc[head].lower_ not in _NOT_HEADS:
        return (item[0], head + 1, f"{doc[item[0]:end].text.lower()}-{doc[end + 1].lower_} {doc[head].lower_}", item[3])
    return (item[0], end + 2, f"{doc[item[0]:end].text.lower()}-{doc[end + 1].lower_}", item[3])


# Item nouns that an idiom after them makes a trade or a policy ("arms race", "arms embargo").
_IDIOM_HEADS = frozenset({"arms", "weapons", "weapon"})


def _idiom(span: Span, item) -> bool:
    """ "Kyiv should order the fighters to lay down their arms", "the arms race", "an arms embargo":
    the item noun in an idiom, nothing given. Asked of each item, the cheap word tests first."""
    words = vocab("commitments")
    lower = tokens(span.doc).lower
    start, end = item[0], item[1]
    if end < span.end and lower[end] in words["idiom_after_items"] and lower[end - 1] in _IDIOM_HEADS:
        return True
    before = " " + " ".join(lower[max(span.start, start - 3) : start]) + " "
    return before.endswith(_idiom_endings())


@lru_cache(maxsize=1)
def _idiom_endings() -> tuple[str, ...]:
    # one ``endswith`` over a tuple, built once: a generator of f-strings per item cost more than
    # the rest of finding the items
    return tuple(f" {p} " for p in vocab("commitments")["idiom_before_items"])


def _named_systems(span: Span, item_start: int) -> list[str]:
    """Model names written before a generic item: "Altius 600m and Altius 700m drones"."""
    doc = span.doc
    table = tokens(doc)
    text, lower, title, ent = table.text, table.lower, table.title, table.ent
    # another item before this one ("IRIS-T air defence systems") is taken whole or not at all:
    # never its last letters ("-T")
    all_items = doc.user_data.get("items", ())
    inside = {t: start for start, end, _, _ in all_items[bisect_left(all_items, (item_start - 12,)) : bisect_left(all_items, (item_start,))]
              if item_start - 8 < end <= item_start for t in range(start, end)}
    j = item_start - 1
    while j >= span.start and (title[j] or lower[j] in ("and", ",") or text[j] in ("m", "-") or any(c.isdigit() for c in text[j]) or doc[j].like_num
                               or _acronym(text[j])):
        if ent[j] in ("COUNTRY", "ORG", "COMPANY", "PERSON") or any(c in text[j] for c in "$£€¥"):
            break  # an actor, or an amount ("a A$245 million military package"), is no model name
        j = inside.get(j, j) - 1
    run = range(j + 1, item_start)
    if not run or not any(title[t] or _acronym(text[t]) for t in run):
        return []
    names, current = [], []
    for t in run:
        if lower[t] in ("and", ","):
            if current:
                names.append(current)
            current = []
        else:
            current.append(t)
    if current:
        names.append(current)
    out = []
    for name in names:
        while name and doc[name[0]].like_num:
            name = name[1:]  # "600 Brimstone missiles", "31 M1 Abrams tanks": a count, not part of the name
        if not name or not any(title[t] or _acronym(text[t]) for t in name) or table.sent_start[name[0]]:
            continue
        out.append(doc_text(doc)[table.idx[name[0]] : table.idx[name[-1]] + len(text[name[-1]])])
    return out


def _acronym(text: str) -> bool:
    """A model name in capitals ("TRML-4D", "NASAMS", "SPEXER"), which is no title-case word."""
    return len(text) >= 2 and text[0].isalpha() and text.isupper()


@lru_cache(maxsize=1)
def _generic_items() -> frozenset[str]:
    return frozenset(vocab("commitments")["generic_items"])


def _item_groups(items):
    """Items close together (within four tokens) describe one package."""
    groups = []
    for item in items:
        if groups and item[0] - groups[-1][-1][1] <= 4:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _item_names(sent: Span, items) -> list[str]:
    """Named systems first ("Altius 600m"), then the generic items in their stored form."""
    canonical = vocab("commitments")["canonical_items"]
    named: list[str] = []
    for start, _, _, _ in items:
        for name in _named_systems(sent, start):
            if name.lower() not in (n.lower() for n in named):
                named.append(name)
    names = list(named)
    for _, _, text, _ in items:
        text = canonical.get(text, text).replace(" / ", "/")  # "SAMP/T" is three tokens
        if text not in names and not any(text in n.lower() for n in named):
            names.append(text)
    return names


def _category(items, padded: str, spending: bool) -> str:
    if spending:
        return "defence_spending"
    found = {it[3] for it in items}
    for category in CATEGORY_ORDER:
        if category in found:
            return category
    if has_phrase(padded, ["humanitarian"]):
        return "humanitarian"
    if has_phrase(padded, ["loan", "loans", "lend", "lends", "lent", "grant", "grants", "budget", "financial", "economic", "reconstruction"]):
        return "financial"
    if has_phrase(padded, ["military", "defence", "defense", "security", "weapons", "arms"]):
        return "military"
    return "other"


def referred_items(sent: Span, table, group, earlier_group) -> list[str] | None:
    """The names of ``earlier_group`` (items named before in the same sentence) when ``group`` is
    one class noun after "the" / "the first" / "these" that refers back to them: "pledged dozens of
    F-16s, with Denmark expected to hand over the first aircraft" hands over F-16s. None otherwise."""
    if earlier_group is None or len(group) != 1 or group[0][2] not in vocab("commitments")["item_hypernyms"]:
        return None
    first = group[0][0]
    before = table.lower[max(sent.start, first - 2):first]
    if not any(w in ("the", "these", "those") for w in before) or _named_systems(sent, first):
        return None
    if earlier_group[0][3] != group[0][3] or earlier_group[-1][2] == group[0][2]:
        return None  # another kind of aid, or the same word: nothing to resolve
    return _item_names(sent, earlier_group)

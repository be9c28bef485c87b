"""The Draft a commitment is built in, and what is done to the drafts of a whole article: repeats
merged, yearly slices of a total dropped, a sub-allocation linked to its package (``part_of``),
and each draft finished into a Commitment with its currency and date.

Separate from the commitment finder, which makes drafts one sentence at a time, because these
steps compare drafts with each other and never read a sentence for a new fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from coalition.extract.aid_items import _generic_items
from coalition.extract.context import ArticleContext, _has, lower_text, tokens, vocab
from coalition.extract.money import Money, as_number
from coalition.model import Commitment


@dataclass
class Draft:
    """A commitment being built; becomes a :class:`Commitment` at the end."""

    donor: str | None
    recipient: str | None
    category: str
    status: str
    sent: Span
    anchor_start: int
    money: Money | None = None
    items: list[str] = field(default_factory=list)
    supplier: str | None = None
    date: str | None = None
    parent: "Draft | None" = None
    confidence: float = 0.6
    currency: str | None = None  # the actor whose dollar a bare "$" is, when not the donor's
    # Given by an unnamed group ("Ukraine's backers pledged €21bn"): kept without a donor.
    collective: bool = False
    # The amount's commitment whose subject also gives this aid in kind (its donor is shared).
    sibling: "Draft | None" = None
    # The same sum told again for another stage or year in its sentence ("£2.3bn pledged this year,
    # the same sum it provided in 2022"): a second commitment, never merged with the first.
    again: bool = False


_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–—/]\s*(?:(?:19|20)?\d\d)\b")


def _drop_yearly_slices(ctx: ArticleContext, drafts: list[Draft], words: dict) -> list[Draft]:
    """ "SEK 75bn for 2024–2026, or SEK 25bn a year", "DKK 60bn for 2023-2028. That is about DKK 10bn
    per year": a per-year amount that divides a multi-year framework told in the same or the sentence
    before (same donor, same currency) is that framework again, not a second commitment."""
    out: list[Draft] = []
    for d in drafts:
        # "a floor of at least NOK 15bn a year": a yearly minimum is a promise of its own, no even slice
        if d.money is not None and d.money.per == "year" and d.money.qualifier not in ("at_least", "more_than"):
            here = ctx.sentence_index(d.sent.start_char)
            currency = _resolve_currency(d.money.currency, d.donor)
            whole = next((o for o in out if o.money is not None and o.money.per is None and o.donor == d.donor
                          and _resolve_currency(o.money.currency, o.donor) == currency
                          and o.money.amount > d.money.amount
                          and 0 <= here - ctx.sentence_index(o.sent.start_char) <= 1
                          and _spans_years(ctx, o, d, words)), None)
            if whole is not None:
                continue
        out.append(d)
    return out


def _spans_years(ctx: ArticleContext, whole: Draft, part: Draft, words: dict) -> bool:
    text = ctx.text[whole.sent.start_char : whole.sent.end_char]
    if _YEAR_RANGE.search(text) or _has(lower_text(whole.sent), words["multi_year_cues"]):
        return True
    ratio = whole.money.amount / part.money.amount
    return 2 <= ratio <= 10 and abs(ratio - round(ratio)) < 0.05


def _is_headline(ctx: ArticleContext, sent: Span) -> bool:
    """The first line of an article when a blank line follows it, or a heading inside it: a short
    paragraph of one line with no closing stop ("Canada adds $200m", "Brussels sends 447 generators"
    in a live blog or newsletter), whose item the entry below tells in full."""
    line = ctx.text[sent.start_char : sent.end_char].rstrip()
    tail = ctx.text[sent.start_char + len(line) : sent.end_char + 3]
    if "\n\n" not in tail.replace(" ", "").replace("\t", ""):
        return False
    if sent.start == ctx.sents[0].start:
        return True
    head = ctx.text[max(0, sent.start_char - 3) : sent.start_char]
    return ("\n\n" in head.replace(" ", "").replace("\t", "") and len(sent) <= 12
            and not line.endswith((".", "!", "?", ":", ";", "\u201d", '"')))


def _merge_repeats(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """One pledge told twice (headline and lead, or a package re-stated) is one commitment.

    Amounts merge on the same donor, currency, amount and upper bound; in-kind aid on the same
    donor and stage with an item in common. The later telling's sentence is kept when the first
    is the headline (the body says more); sub-allocations of a dropped draft move to the kept one.
    """
    kept: list[Draft] = []
    replaced: dict[int, Draft] = {}
    year = ctx.published.year if ctx.published is not None else None
    for draft in drafts:
        twin = next((k for k in kept if _same_pledge(k, draft, year) or _headline_told_again(ctx, k, draft)
                     or _headline_sum_again(ctx, k, draft)), None)
        if twin is None:
            kept.append(draft)
            continue
        replaced[id(draft)] = twin
        for item in draft.items:
            if item.lower() not in (i.lower() for i in twin.items):
                twin.items.append(item)
        twin.supplier = twin.supplier or draft.supplier
        if _is_headline(ctx, twin.sent) and not _is_headline(ctx, draft.sent):
            twin.sent, twin.anchor_start, twin.status = draft.sent, draft.anchor_start, draft.status
            if twin.category == "other" or draft.recipient is None:
                # the body says whose the money is: "Denmark to spend DKK 58bn on air defence" (headline)
                # is "… for its own armed forces" (body), own spending with no recipient
                twin.category = draft.category
                if draft.recipient is None:
                    twin.recipient = None
            if draft.money is not None:
                twin.money = draft.money
    for draft in kept:
        while draft.parent is not None and id(draft.parent) in replaced:
            draft.parent = replaced[id(draft.parent)]
        if draft.parent is draft:
            draft.parent = None
    return kept


def _fold_priced_items(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """ "The UK would deliver 100,000 drones to Ukraine. The drones will be funded with £350m": aid
    in kind whose items the next sentence names again with "the"/"these" and an amount, for the
    same donor, is that amount's commitment told first without its price."""
    lower = tokens(ctx.doc).lower
    dropped: set[int] = set()
    for k, priced in enumerate(drafts):
        if priced.money is None or priced.donor is None or lower[priced.sent.start] not in ("the", "these", "those", "they"):
            continue
        opening = set(lower[priced.sent.start + 1 : priced.sent.start + 4])
        pronoun = lower[priced.sent.start] == "they"  # "They will be bought … as part of a $400m package": the items before
        here = ctx.sentence_index(priced.sent.start_char)
        for told in drafts[:k]:
            if (told.money is None and id(told) not in dropped and told.donor == priced.donor and told.parent is None
                    and ctx.sentence_index(told.sent.start_char) == here - 1
                    and (pronoun or {i.lower() for i in told.items} & opening - _generic_items())):
                dropped.add(id(told))
                priced.items.extend(i for i in told.items if i.lower() not in (p.lower() for p in priced.items))
    return [d for d in drafts if id(d) not in dropped]


def _headline_told_again(ctx: ArticleContext, headline: Draft, body: Draft) -> bool:
    """ "Germany to send Leopard 2 tanks" (headline) and "Germany will send 14 Leopard 2A6 tanks" (body):
    aid in kind of the headline told again in the body is one pledge, whatever stage the headline's
    shorter wording gives it; the body's stage is kept."""
    if headline.money is not None or headline.donor != body.donor or not _is_headline(ctx, headline.sent) or _is_headline(ctx, body.sent):
        return False
    if body.money is not None:
        # "Brussels sends 447 generators" (headline) and "… was sending 447 emergency generators, worth
        # €3.7m" (body): the headline's aid in kind, told in full with its value below
        return body.parent is None and body.status != "cumulative" and bool(_item_words(headline) & _item_words(body))
    if headline.status == body.status == "paused" and headline.category == body.category:
        return True  # "Berlin stops approving new Ukraine arms requests" (headline), "… requests for weapons aid": one halt
    # (the same stage too: "Austria gives demining aid" over "… it will give demining machines")
    return bool(_item_words(headline) & _item_words(body))


def _headline_sum_again(ctx: ArticleContext, headline: Draft, body: Draft) -> bool:
    """ "Zelensky leaves Madrid with €1.1bn arms pledge" (headline) and "Spain will hand Ukraine
    military aid worth 1.129 billion euros" (body): the headline's sum, rounded, is the body's, one
    pledge whatever stage or year ("this year", "in 2024") each wording gives it. The first body sum
    that matches takes it; the headline's sentence then becomes that one's, so no later sum does."""
    if headline.money is None or body.money is None or headline.donor != body.donor or headline.donor is None:
        return False
    if not _is_headline(ctx, headline.sent) or _is_headline(ctx, body.sent) or body.parent is not None or "cumulative" in (headline.status, body.status):
        return False
    if _resolve_currency(headline.money.currency, headline.donor) != _resolve_currency(body.money.currency, body.donor):
        return False
    return _rounds_to(body.money.amount, headline.money.amount) and headline.money.amount_max == body.money.amount_max


def _rounds_to(exact: float, rounded: float) -> bool:
    """Whether ``rounded`` is ``exact`` written with fewer significant digits (1.129bn as 1.1bn)."""
    if exact <= 0 or rounded <= 0 or abs(exact - rounded) > 0.05 * exact:
        return False
    digits = f"{rounded:.0f}".rstrip("0")
    scale = 10 ** (len(f"{exact:.0f}") - len(digits))
    return any(abs(f(exact / scale) * scale - rounded) < 1 for f in (round, int))


def _item_words(draft: Draft) -> set[str]:
    """The words of a draft's specific items: "leopard tanks" and "Leopard 2A4" share "leopard"."""
    generic = _generic_items()
    return {w for i in draft.items if i.lower() not in generic for w in i.lower().split() if w not in generic}


def _same_pledge(a: Draft, b: Draft, year: int | None = None) -> bool:
    if a.donor != b.donor or ((a.again or b.again) and a.sent.start == b.sent.start):
        return False
    if a.money is not None and b.money is not None:
        return (
            _resolve_currency(a.money.currency, a.donor) == _resolve_currency(b.money.currency, b.donor)
            and a.money.amount == b.money.amount
            and a.money.amount_max == b.money.amount_max
            and a.money.per == b.money.per
            and not _other_year(a, b, year)
            and not _further_and_earlier(a, b) and not _one_more_right_after(a, b)
            and not _also_worth(a) and not _also_worth(b)
            and not _kinds_apart(a, b)
        )
    if a.money is None and b.money is None and a.status == b.status:
        # a generic item in common ("equipment") does not make two deliveries one
        return bool(({i.lower() for i in a.items} & {i.lower() for i in b.items}) - _generic_items())
    if a.money is None and b.money is None and _told_earlier(a, b):
        # "Leopard 1A5 tanks" and "Leopard tanks": a word of a named item in common
        words_a = {w for i in a.items if i.lower() not in _generic_items() for w in i.lower().split()}
        return bool(words_a & {w for i in b.items if i.lower() not in _generic_items() for w in i.lower().split()})
    return False


def _kinds_apart(a: Draft, b: Draft) -> bool:
    """ "$100 million in emergency humanitarian assistance" and "$100 million in loans to support
    Ukraine's economy": the same sum of two kinds of aid, each naming what it is, is two pledges.
    A sum of no known kind ("other", a headline's) or without items is the other told again."""
    if a.category == b.category or "other" in (a.category, b.category) or not a.items or not b.items:
        return False
    return not ({i.lower() for i in a.items} & {i.lower() for i in b.items})


_YEAR_MARK = re.compile(r" (?:(?:last|this|next) year|in (?:19|20)\d\d|for (?:19|20)\d\d) ")


def _other_year(a: Draft, b: Draft, year: int | None = None) -> bool:
    """ "will spend €20m on drones this year" and "last year Latvia's €20m bought 5,000 drones": the
    same sum at two stages in two years told apart by their sentences, two commitments. With the
    publication ``year`` known, each mark is read as the year it names ("this year" in a 2025
    article and "for 2025" are one year: the same sum told twice)."""
    if a.status == b.status or a.sent.start == b.sent.start:
        return False
    marks_a = {_year_of(m, year) for m in _YEAR_MARK.findall(lower_text(a.sent))}
    marks_b = {_year_of(m, year) for m in _YEAR_MARK.findall(lower_text(b.sent))}
    return bool(marks_a and marks_b and not marks_a & marks_b)


_RELATIVE_YEARS = {" last year ": -1, " this year ": 0, " next year ": 1}


def _year_of(mark: str, year: int | None) -> str:
    """The year a mark names, as digits when it can be told ("in 2025", "for 2025", "this year" in a
    2025 article); else the mark itself."""
    if mark[-5:-1].isdigit():
        return mark[-5:-1]
    if year is not None and mark in _RELATIVE_YEARS:
        return str(year + _RELATIVE_YEARS[mark])
    return mark


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_EARLIER_MARK = re.compile(rf" (?:(?:in|since|last|early|late) (?:{_MONTHS})|last (?:month|spring|summer|autumn|winter)|earlier this year) ")
_FURTHER = (" a further ", " another ", " an additional ", " an extra ", " a second ", " a fresh ")


def _further_and_earlier(a: Draft, b: Draft) -> bool:
    """ "Norway will spend a further NOK 1bn …" and "In March the government set aside NOK 1bn …": a
    sum told as one more, beside the same sum told with an earlier time of its own, is two sums."""
    if a.sent.start == b.sent.start:
        return False
    ta, tb = lower_text(a.sent), lower_text(b.sent)
    for one, other in ((ta, tb), (tb, ta)):
        if any(w in one for w in _FURTHER) and _EARLIER_MARK.search(other) and not _EARLIER_MARK.search(one):
            return True
    return False


def _one_more_right_after(a: Draft, b: Draft) -> bool:
    """ "… direct support worth SEK 500 million. [...] Stockholm will also add a further half a
    billion kronor to its humanitarian aid": the same sum told later in the body as one more ("a
    further", "another"), when the first telling was not, is a second sum (dev 432); a headline
    told again in the lead stays one pledge, and so does a sum told as one more both times."""
    first, then = (a, b) if a.sent.start < b.sent.start else (b, a)
    if first.sent.start == 0 or first.sent.start == then.sent.start or then.money is None or first.money is None:
        return False
    return _told_as_one_more(then) and not _told_as_one_more(first)


def _told_as_one_more(draft: Draft) -> bool:
    doc = draft.sent.doc
    before = " " + " ".join(t.lower_ for t in doc[max(draft.sent.start, draft.anchor_start - 4):draft.anchor_start]) + " "
    return any(w in before for w in _FURTHER)


_PROMISED = frozenset({"announced", "planned"})
_EARLIER_TELLING = re.compile(r" had (?:already )?(?:said|told|announced|indicated|signalled|signaled|hinted|confirmed) ")


def _told_earlier(a: Draft, b: Draft) -> bool:
    """ "Portugal will send three Leopard 2A6 tanks" and "Costa had said at the weekend that Lisbon would
    contribute Leopards": a promise and a plan of one donor, the plan told in the past perfect (an
    earlier telling of the same pledge), are one pledge."""
    if {a.status, b.status} != _PROMISED or a.sent.start == b.sent.start:
        return False
    plan = a if a.status == "planned" else b
    return bool(_EARLIER_TELLING.search(lower_text(plan.sent)))


_ALSO_SIZE = frozenset({"worth", "valued", "totalled", "totaled", "totalling", "totaling", "amounted", "came", "cost"})


def _also_worth(d: Draft) -> bool:
    """ "The 28th package follows the 27th, which was also worth close to €200m": a second thing of the
    same size, told with "also" and a word of value before the amount, not the first told again."""
    lower = tokens(d.sent.doc).lower
    before = lower[max(d.sent.start, d.anchor_start - 5) : d.anchor_start]
    return any(w == "also" and k + 1 < len(before) and before[k + 1] in _ALSO_SIZE for k, w in enumerate(before))


def _parent_for(draft: Draft, same_sentence: list[Draft], previous: list[Draft]) -> Draft | None:
    for candidate in reversed(same_sentence + previous[-4:]):
        # a package of another donor is no parent: "NATO's €40bn baseline. Icelandic contributions include €2m"
        if (candidate.parent is None and candidate.money and draft.money and candidate.status != "cumulative"
                and (draft.donor is None or candidate.donor in (None, draft.donor))):
            if candidate.money.currency == draft.money.currency and candidate.money.amount > draft.money.amount:
                return candidate
    return None


def _finish(ctx: ArticleContext, draft: Draft, drafts: list[Draft]) -> Commitment:
    money = draft.money
    currency = None
    dollar_of = draft.currency or draft.donor  # whose dollar a bare "$" is
    if money:
        currency = _resolve_currency(money.currency, dollar_of)
    evidence = ctx.sentence_evidence(draft.sent)
    commitment = Commitment(
        donor=draft.donor,
        recipient=draft.recipient,
        category=draft.category,
        status=draft.status,
        amount=money.value if money else None,
        currency=currency,
        items=draft.items,
        supplier=draft.supplier,
        date=_date_for(ctx, draft),
        evidence=evidence,
        confidence=draft.confidence,
        amount_qualifier=money.qualifier if money else None,
        amount_max=as_number(money.amount_max) if money and money.amount_max else None,
        per=money.per if money else None,
        conversions=[{"amount": as_number(a), "currency": _resolve_currency(c, dollar_of)} for a, c in money.conversions] if money else [],
    )
    commitment.__dict__["_draft"] = draft
    return commitment


def _resolve_currency(code: str, donor: str | None) -> str:
    if code == "DOLLAR":
        return vocab("money")["dollar_countries"].get(donor or "", "USD")
    if "_OR_" not in code:
        return code
    by_country = vocab("money")["country_currency"]
    options = code.split("_OR_")
    if donor and by_country.get(donor) in options:
        return by_country[donor]
    return options[0]


def _date_for(ctx: ArticleContext, draft: Draft) -> str | None:
    if ctx.published is None:
        return None
    try:
        from coalition.resolve.dates import first_day
    except ImportError:  # the dates module is optional while it is being built
        return None
    # Drafts of one sentence share its date: resolved once per sentence of the document.
    cache = ctx.doc.user_data.setdefault("_commitment_dates", {})
    key = (draft.sent.start_char, draft.sent.end_char, ctx.published)
    if key in cache:
        return cache[key]
    day = first_day(ctx.text[draft.sent.start_char : draft.sent.end_char], ctx.published)
    day = cache[key] = day.isoformat() if day is not None else None
    return day


def without_drafts(drafts: list, dropped: set[int]) -> list:
    """``drafts`` without those whose ``id`` is in ``dropped``; a kept part of a dropped package
    stands alone (its ``parent`` cleared), since the package it named is no commitment."""
    if not dropped:
        return drafts
    kept = [d for d in drafts if id(d) not in dropped]
    for d in kept:
        if d.parent is not None and id(d.parent) in dropped:
            d.parent = None
    return kept

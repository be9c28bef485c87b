"""Commitments: who pledged what to whom, for how much, at which stage.

A commitment is anchored on an amount of money, or, for in-kind aid without
an amount ("Altius 600m and 700m drones"), on an aid item next to a verb that
gives its stage. The donor is the actor (or the country of the person) named
before the anchor in its sentence; failing that, the actor of an introducing
sentence that ends with a colon (bullet lists), or the donor of the commitment
just before. A company is a supplier, never a donor. A conversion in
parentheses is the same amount; a running total is ``cumulative``; an amount
after "including" is a sub-allocation of the package before it (``part_of``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, Mention, has_phrase, lower_text, vocab
from coalition.extract.money import Money, as_number
from coalition.model import Commitment

CATEGORY_ORDER = ["military", "financial", "humanitarian", "training", "intelligence", "logistics", "troops"]
# Prepositions that make a following actor a recipient or a place, not a donor.
NOT_DONOR_BEFORE = {"since", "after", "before", "than", "of", "to", "for", "with", "in", "into", "against", "on", "at", "toward", "towards", "over", "across", "inside", "about"}
# Ukraine receives, and Russia in this domain does not give: "since Russia's invasion".
NOT_DONORS = {"UKR", "RUS"}
COMPANY_NOUNS = {"firm", "firms", "company", "companies", "group", "maker", "manufacturer", "contractor", "giant", "start-up", "startup", "industry", "industries", "producer", "defence", "defense"}
SUPPORT_VERBS = ["ramped up", "stepped up", "stepping up", "increased", "increases", "boosted", "boosts", "announced", "announces", "pledged", "pledges", "unveiled", "unveils", "has given", "will provide", "provides", "is providing", "will send", "committed", "commits", "approved", "approves", "agreed", "signed", "allocated", "is sending", "has sent", "donated", "will give", "gives", "is giving", "confirmed", "delivered", "has delivered", "offered", "its support", "their support", "support"]
PART_OF_CUES = ("including", "includes", "include", "included", "of which", "of this", "of that", "as part of", "out of which", "comprising", "comprises", "among them", "within that", "within this")


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
    currency: str | None = None


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
            out.append(item)
    return out


def _named_systems(span: Span, item_start: int) -> list[str]:
    """Model names written before a generic item: "Altius 600m and Altius 700m drones"."""
    doc = span.doc
    j = item_start - 1
    while j >= span.start and (doc[j].is_title or doc[j].like_num or doc[j].lower_ in ("and", ",") or any(c.isdigit() for c in doc[j].text) or doc[j].text in ("m", "-")):
        if doc[j].ent_type_ in ("COUNTRY", "ORG", "COMPANY", "PERSON"):
            break
        j -= 1
    run = doc[j + 1 : item_start]
    if not run or not any(t.is_title for t in run):
        return []
    names, current = [], []
    for t in run:
        if t.lower_ in ("and", ","):
            if current:
                names.append(current)
            current = []
        else:
            current.append(t)
    if current:
        names.append(current)
    out = []
    for name in names:
        if not any(t.is_title for t in name) or name[0].is_sent_start:
            continue
        out.append(doc.text[name[0].idx : name[-1].idx + len(name[-1].text)])
    return out


def find_commitments(ctx: ArticleContext) -> list[Commitment]:
    words = vocab("commitments")
    if not any(m.code == "UKR" for m in ctx.mentions):
        # An article that never names Ukraine is not about support to it: company
        # takeovers, transfer fees and domestic budgets stay out (issue 3 distractors).
        return []
    triggers = set(words["triggers"])
    main = _main_actor(ctx)
    drafts: list[Draft] = []
    intro_donor: str | None = None
    intro_index = -10
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        if sent.text.rstrip().endswith(":"):
            intro_donor, intro_index = _intro_donor(ctx, sent), index
        if has_phrase(padded, words["not_aid_context"]):
            continue
        if not any(t.lower_ in triggers for t in sent):
            continue
        context_donor = None
        list_context = False
        if intro_donor and (index == intro_index + 1 or ((index - intro_index) <= 8 and _is_list_item(ctx, sent))):
            context_donor, list_context = intro_donor, True
        elif drafts and drafts[-1].sent is not None and index - ctx.sents.index(drafts[-1].sent) <= 2:
            context_donor = drafts[-1].donor
        found = _from_sentence(ctx, sent, padded, words, context_donor, drafts, list_context)
        for draft in found:
            if draft.donor is None and draft.money is not None and main:
                # press releases and single-donor reports name the donor once, up top
                draft.donor, draft.confidence = main, 0.5
        drafts.extend(d for d in found if d.donor is not None)
    return [_finish(ctx, d, drafts) for d in drafts]


def _main_actor(ctx: ArticleContext) -> str | None:
    """The actor an article is mostly about: named most often (ties: first), not Ukraine or Russia,
    and named in the headline or first two sentences."""
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        code = m.actor if m.label == "PERSON" else (m.code if m.is_actor else None)
        if code and code not in NOT_DONORS:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    early_end = ctx.sents[min(2, len(ctx.sents) - 1)].end_char if ctx.sents else 0
    early = {m.actor if m.label == "PERSON" else m.code for m in ctx.mentions if m.start_char < early_end}
    return best if best in early else None


def _is_list_item(ctx: ArticleContext, sent: Span) -> bool:
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    return ctx.text[line_start : sent.start_char + 3].lstrip().startswith(("•", "*", "-", "–", "·"))


def _intro_donor(ctx: ArticleContext, sent: Span) -> str | None:
    """The donor an introducing sentence gives its bullet list: the actor before a support verb."""
    padded_tokens = [t.lower_ for t in sent]
    best = None
    for verb in SUPPORT_VERBS:
        parts = verb.split()
        for i in range(sent.start, sent.end - len(parts) + 1):
            if padded_tokens[i - sent.start : i - sent.start + len(parts)] == parts:
                donor = _donor_before(ctx, sent, i)
                if donor:
                    best = donor
                    break
        if best:
            break
    return best


def _donor_before(ctx: ArticleContext, sent: Span, i: int, *, limit: int | None = None) -> str | None:
    """The nearest actor (or person's actor) left of token ``i`` that can be a donor."""
    doc = ctx.doc
    candidates = ctx.mentions_in(sent.start_char, doc[i].idx, ("COUNTRY", "ORG", "PERSON"))
    for m in reversed(candidates):
        if limit is not None and i - m.end > limit:
            break
        code = m.actor if m.label == "PERSON" else m.code
        if not code or code in NOT_DONORS:
            continue
        before = doc[m.start - 1].lower_ if m.start > sent.start else ""
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        if before in NOT_DONOR_BEFORE or after in COMPANY_NOUNS:
            continue
        if m.start > sent.start and doc[m.start - 1].text in ("-",) and m.start - 2 >= sent.start and doc[m.start - 2].ent_type_:
            continue  # "Anglo-American": part of a company's description
        return code
    return None


def _donor_after(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """"from Germany" / "by the Netherlands" after the anchor."""
    doc = ctx.doc
    for m in ctx.mentions_in(doc[i].idx, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.actor if m.label == "PERSON" else m.code
        if code and code != "UKR" and m.start > sent.start and doc[m.start - 1].lower_ in ("from", "by") or (
            m.start - 2 >= sent.start and doc[m.start - 2].lower_ in ("from", "by") and doc[m.start - 1].lower_ == "the"
        ):
            if code and code != "UKR":
                return code
    return None


def _status(padded: str, words: dict) -> str | None:
    for status, cues in words["status"]:
        if has_phrase(padded, cues):
            return status
    return None


def _from_sentence(ctx, sent, padded, words, context_donor, previous, list_context=False) -> list[Draft]:
    doc = ctx.doc
    moneys = [(s, m) for s, m in ctx.money_in(sent) if m.conversion_of is None]
    items = find_items(sent)
    companies = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COMPANY",))]
    supplier = companies[0].code if companies else None
    has_ukraine = any(m.code == "UKR" for m in ctx.actors_in(sent)) or has_phrase(padded, ["ukraine", "kyiv", "ukrainian", "ukrainians"])
    spending = has_phrase(padded, words["defence_spending_words"]) is not None and not has_ukraine
    out: list[Draft] = []
    if moneys:
        for k, (span, money) in enumerate(moneys):
            lo = moneys[k - 1][0].end if k else sent.start
            hi = moneys[k + 1][0].start if k + 1 < len(moneys) else sent.end
            window = doc[max(sent.start, span.start - 12) : min(sent.end, span.end + 10)]
            local_items = [it for it in items if lo <= it[0] < hi]
            donor = _donor_before(ctx, sent, span.start) or _donor_after(ctx, sent, span.end) or context_donor
            status = _status(lower_text(window), words) or "announced"
            around = lower_text(doc[max(sent.start, span.start - 8) : min(sent.end, span.end + 6)])
            if has_phrase(around, words["cumulative_strong"]):
                status = "cumulative"
            category = _category(local_items, lower_text(doc[lo:hi]), spending)
            draft = Draft(donor, None if category == "defence_spending" else "UKR", category, status, sent, span.start,
                          money=money, supplier=supplier if _supplier_near(companies, span, hi) else None,
                          confidence=0.85 if donor else 0.5)
            draft.items = _item_names(sent, local_items)
            before = lower_text(doc[max(sent.start, span.start - 5) : span.start])
            if has_phrase(before, PART_OF_CUES) or (k and doc[span.start - 1].lower_ in ("with", "and") and out and has_phrase(lower_text(doc[lo:span.start]), ("for",))):
                draft.parent = _parent_for(draft, out, previous)
            out.append(draft)
        return out
    # In-kind aid without an amount: an item next to a verb that gives the stage.
    if not items:
        return out
    groups = _item_groups(items)
    for group in groups:
        first = group[0][0]
        donor_close = _donor_before(ctx, sent, first, limit=12)
        # Without an amount, only an explicit donor or a bullet under an introducing
        # sentence makes a commitment; "many could contribute logistics" does not.
        donor = donor_close or (context_donor if list_context else None)
        window = doc[max(sent.start, first - 8) : min(sent.end, group[-1][1] + 4)]
        status = _status(lower_text(window), words)
        if status is None or donor is None:
            continue
        category = _category(group, lower_text(window), spending)
        if category == "troops":
            continue  # troop offers are participation facts, not commitments
        draft = Draft(donor, None if category == "defence_spending" else "UKR", category, status, sent, first,
                      supplier=supplier, confidence=0.7 if donor_close else 0.55)
        draft.items = _item_names(sent, group)
        out.append(draft)
    return out


def _supplier_near(companies: list[Mention], span: Span, hi: int) -> bool:
    return any(span.start - 15 <= c.start < hi for c in companies)


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
        text = canonical.get(text, text)
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
    if has_phrase(padded, ["loan", "loans", "grant", "grants", "budget", "financial", "economic", "reconstruction"]):
        return "financial"
    if has_phrase(padded, ["military", "defence", "defense", "security", "weapons", "arms"]):
        return "military"
    return "other"


def _parent_for(draft: Draft, same_sentence: list[Draft], previous: list[Draft]) -> Draft | None:
    for candidate in reversed(same_sentence + previous[-4:]):
        if candidate.parent is None and candidate.money and draft.money and candidate.status != "cumulative":
            if candidate.money.currency == draft.money.currency and candidate.money.amount > draft.money.amount:
                return candidate
    return None


def _finish(ctx: ArticleContext, draft: Draft, drafts: list[Draft]) -> Commitment:
    money = draft.money
    currency = None
    if money:
        currency = _resolve_currency(money.currency, draft.donor)
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
        conversions=[{"amount": as_number(a), "currency": _resolve_currency(c, draft.donor)} for a, c in money.conversions] if money else [],
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
        from coalition.resolve.dates import find_dates
    except ImportError:  # the dates module is optional while it is being built
        return None
    found = find_dates(draft.sent.text, ctx.published)
    for resolved in found:
        if resolved.date is not None and resolved.granularity == "day":
            return resolved.date.isoformat()
    return None

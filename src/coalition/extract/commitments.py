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

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, Mention, _as_tokens, doc_text, has_phrase, lower_text, lower_words, sentence_words, tokens, vocab
from coalition.extract.money import Money, as_number
from coalition.model import Commitment

CATEGORY_ORDER = ["military", "financial", "humanitarian", "training", "intelligence", "logistics", "troops"]
# Prepositions that make a following actor a recipient or a place, not a donor.
# "through the World Bank", "via the IMF": a channel, not a giver.
NOT_DONOR_BEFORE = {"since", "after", "before", "than", "of", "to", "for", "with", "in", "into", "against", "on", "at", "toward", "towards", "over", "across", "inside", "about", "through", "via"}
# Ukraine receives, and Russia in this domain does not give: "since Russia's invasion".
NOT_DONORS = {"UKR", "RUS"}
COMPANY_NOUNS = {"firm", "firms", "company", "companies", "group", "maker", "manufacturer", "contractor", "giant", "start-up", "startup", "industry", "industries", "producer", "defence", "defense"}
SUPPORT_VERBS = ["ramped up", "stepped up", "stepping up", "increased", "increases", "boosted", "boosts", "announced", "announces", "pledged", "pledges", "unveiled", "unveils", "has given", "will provide", "provides", "is providing", "will send", "committed", "commits", "approved", "approves", "agreed", "signed", "allocated", "is sending", "has sent", "donated", "will give", "gives", "is giving", "confirmed", "delivered", "has delivered", "offered", "its support", "their support", "support"]
# Words after an actor that show it is the subject of its clause, not a modifier of a noun.
SUBJECT_FOLLOWERS = {"will", "would", "has", "have", "had", "is", "are", "was", "were", "also", "said", "says", "plans", "intends", "could", "can", "may", "might", "must", "should", "to", "itself", "alone", "each", "both", "together", "and", "government", "governments"}
# Triggers that are nouns: "a NATO package" is a modifier, not a subject.
NOUN_TRIGGERS = {"package", "packages", "deal", "contract", "contracts", "order", "aid", "assistance", "support", "funding", "finance", "financing", "loan", "loans", "grant", "grants", "tranche", "allocation", "donation", "commitment", "commitments", "delivery", "deliveries", "procurement", "purchase", "investment", "budget", "spending", "pledge", "transfer", "contribution"}
LEADING_VERBS = {"led", "chaired", "run", "hosted", "convened", "coordinated", "organised", "organized", "headed"}
# Words after "A, B and C" that make the chain the subject of its clause.
JOINT_SUBJECT_FOLLOWERS = {"will", "are", "have", "were", "jointly", "together", "also"}
# "Some will send aircraft, some will pay": unnamed givers, not the article's main donor.
QUANTIFIER_SUBJECTS = {"some", "others", "many", "several", "most", "few", "all", "both", "each", "they"}
# Phrases before the actors that pay for aid another actor orders or sends.
FUNDED_BY = ("paid for by", "paid for jointly by", "jointly by", "financed by", "funded by", "co-financed by", "jointly financed by", "jointly funded by")
ACTOR_LABELS = ("COUNTRY", "ORG", "PERSON", "COMPANY")
TEMPORAL = {"after", "before", "since", "when", "once"}
PLACE_PREPOSITIONS = {"of", "to", "for", "with", "in", "into", "against", "on", "at", "from", "inside", "across", "over"}
# Nouns of giving after "X's": "Denmark's contribution", "Britain's share".
AID_NOUNS = {"contribution", "contributions", "aid", "package", "packages", "pledge", "pledges", "support", "donation", "donations", "share", "assistance", "loan", "loans", "funding"}
# Offices and bodies that name their country after "of": "the Government of Estonia".
OFFICES_OF = {"government", "governments", "ministry", "minister", "ambassador", "embassy", "president", "cabinet", "parliament", "republic", "kingdom", "prime", "king", "chancellor", "people", "treasury", "department"}
BUY_VERBS = {"bought", "buy", "buys", "buying", "purchased", "purchase", "purchases", "ordered", "order", "acquired", "procured", "procure", "imported"}
_ADVERB_AFTER_AUX = re.compile(r" (has|have|had|was|were) (?:also|already|instead|now|since|meanwhile|previously|recently) ")
QUALIFIER_WORDS = {"about", "around", "roughly", "some", "nearly", "almost", "approximately", "at", "least", "more", "than", "over", "up", "to", "just", "under"}
UKRAINE_WORDS = ("ukraine", "kyiv", "ukrainian", "ukrainians")
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
    currency: str | None = None  # the actor whose dollar a bare "$" is, when not the donor's
    # Given by an unnamed group ("Ukraine's backers pledged €21bn"): kept without a donor.
    collective: bool = False
    # The amount's commitment whose subject also gives this aid in kind (its donor is shared).
    sibling: "Draft | None" = None


def _lower(doc, lo: int, hi: int) -> str:
    """``lower_text(doc[lo:hi])`` read from the token table, without building a span."""
    # the lower-case words, white space as "" (left out by the join below)
    words = lower_words(doc)
    return " " + " ".join(filter(None, words[lo:hi])) + " "


_FIRSTS: dict[int, tuple[object, frozenset[str] | None]] = {}


def _has(padded: str, phrases) -> str | None:
    """``has_phrase(padded, phrases)`` for a list that lives on (a vocabulary's, a constant), which
    first tests whether a word of ``padded`` can open one of the phrases."""
    entry = _FIRSTS.get(id(phrases))
    # The list is kept in the entry, so its id cannot be reused while the entry lives.
    if entry is None or entry[0] is not phrases:
        firsts = [_as_tokens(p).split() for p in phrases]
        entry = _FIRSTS[id(phrases)] = (phrases, frozenset(w[0] for w in firsts) if all(firsts) else None)
    if entry[1] is not None and entry[1].isdisjoint(sentence_words(padded)):
        return None
    return has_phrase(padded, phrases)


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
    table = tokens(doc)
    text, lower, title, ent = table.text, table.lower, table.title, table.ent
    # another item before this one ("IRIS-T air defence systems") is taken whole or not at all:
    # never its last letters ("-T")
    all_items = doc.user_data.get("items", ())
    inside = {t: start for start, end, _, _ in all_items[bisect_left(all_items, (item_start - 12,)) : bisect_left(all_items, (item_start,))]
              if item_start - 8 < end <= item_start for t in range(start, end)}
    j = item_start - 1
    while j >= span.start and (title[j] or lower[j] in ("and", ",") or text[j] in ("m", "-") or any(c.isdigit() for c in text[j]) or doc[j].like_num):
        if ent[j] in ("COUNTRY", "ORG", "COMPANY", "PERSON") or any(c in text[j] for c in "$£€¥"):
            break  # an actor, or an amount ("a A$245 million military package"), is no model name
        j = inside.get(j, j) - 1
    run = range(j + 1, item_start)
    if not run or not any(title[t] for t in run):
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
        if not any(title[t] for t in name) or table.sent_start[name[0]]:
            continue
        out.append(doc_text(doc)[table.idx[name[0]] : table.idx[name[-1]] + len(text[name[-1]])])
    return out


def find_commitments(ctx: ArticleContext) -> list[Commitment]:
    words = vocab("commitments")
    # Whether each sentence's money is no aid, asked by the aid test and again by the sentence loop.
    not_aid: dict[int, bool] = {}
    if not any(m.code == "UKR" for m in ctx.mentions) or not _about_aid(ctx, words, not_aid):
        # An article that never names Ukraine, or never says in one sentence that something is
        # given to it, is not about support to it: transfer fees of a "Ukraine captain", company
        # takeovers "since Russia's invasion of Ukraine" and domestic budgets stay out (issue 3).
        return []
    triggers = _trigger_set()
    main = _main_actor(ctx)
    drafts: list[Draft] = []
    intro_donor: str | None = None
    in_list = False
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        # A bullet list runs from a sentence ending with a colon over the bullets that follow it;
        # its lines ("- C$30m for winter equipment;", "- Canada: C$5bn.") need no verb of their own.
        in_list = in_list and _is_list_item(ctx, sent)
        list_context = in_list
        if ctx.text[sent.start_char : sent.end_char].rstrip().endswith(":"):
            intro_donor = _intro_donor(ctx, sent) or (drafts[-1].donor if drafts else None) or main
            in_list = True
        if not list_context and triggers.isdisjoint(sentence_words(padded)) and not _follow_up(ctx, sent, drafts, index):
            continue
        flag = not_aid.get(index)
        if flag is None:
            flag = not_aid[index] = _not_aid(padded, words)
        if flag:
            continue
        context_donor = None
        if list_context:
            context_donor = intro_donor
        elif tokens(ctx.doc).lower[sent.start] in ("its", "their"):
            # "Lithuania has made a similar pledge. Its defence council decided ...": the
            # pronoun's actor is the last one named, not the article's main actor.
            context_donor = _actor_before(ctx, index)
        elif drafts and drafts[-1].sent is not None and index - ctx.sentence_index(drafts[-1].sent.start_char) <= 2:
            context_donor = drafts[-1].donor
        if context_donor is None and main and any(d.donor == main for d in drafts):
            # the article's main donor, already giving: the donor of a sentence that names no actor
            context_donor = main
        found = _from_sentence(ctx, sent, padded, words, context_donor, drafts, list_context)
        for draft in found:
            if draft.donor is None and draft.money is not None and main and not draft.collective:
                # press releases and single-donor reports name the donor once, up top
                draft.donor, draft.confidence = main, 0.5
        for draft in found:
            if draft.donor is None and draft.money is not None and not draft.collective:
                # "The federal government confirmed ... A$245m": a national currency other than the
                # dollar, which the world trades in, names the government that spends it
                draft.donor = _currency_country(draft.money.currency)
        for draft in found:
            if draft.donor is None and draft.sibling is not None:
                draft.donor = draft.sibling.donor
        drafts.extend(d for d in found if d.donor is not None or d.collective)
    drafts = _drop_yearly_slices(ctx, drafts, words)
    drafts = _merge_repeats(ctx, drafts)
    dollars = vocab("money")["dollar_countries"]
    for d in drafts:
        # A bare "$" given by a fund or alliance in an article about a dollar country's aid (a Canadian
        # release: "$500m to NATO's fund") is that country's dollar, as it would be were it the donor.
        if main in dollars and (d.donor is None or d.donor in _organisations()):
            d.currency = main
    return [_finish(ctx, d, drafts) for d in drafts]


_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–—/]\s*(?:(?:19|20)?\d\d)\b")


def _currency_country(currency: str | None) -> str | None:
    """The one country whose national currency ``currency`` is (not the US dollar)."""
    return _currency_owners().get(currency)


@lru_cache(maxsize=1)
def _currency_owners() -> dict[str, str]:
    owners: dict[str, list[str]] = {}
    for country, currency in vocab("money")["country_currency"].items():
        owners.setdefault(currency, []).append(country)
    return {cur: codes[0] for cur, codes in owners.items() if len(codes) == 1 and cur != "USD"}


def _follow_up(ctx: ArticleContext, sent: Span, drafts: list[Draft], index: int) -> bool:
    """A sentence right after a commitment that names aid items but no actor ("M577 carriers are
    due to follow in February"): it goes on about the aid told before, trigger word or not."""
    if not drafts:
        return False
    return bool(find_items(sent)) and not ctx.mentions_in(sent.start_char, sent.end_char, ACTOR_LABELS)


def _drop_yearly_slices(ctx: ArticleContext, drafts: list[Draft], words: dict) -> list[Draft]:
    """ "SEK 75bn for 2024–2026, or SEK 25bn a year", "DKK 60bn for 2023-2028. That is about DKK 10bn
    per year": a per-year amount that divides a multi-year framework told in the same or the sentence
    before (same donor, same currency) is that framework again, not a second commitment."""
    out: list[Draft] = []
    for d in drafts:
        if d.money is not None and d.money.per == "year":
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


def _not_aid(padded: str, words: dict) -> bool:
    """Money that is no aid: fees, takeovers, fines, trade. "Profits" and "revenue" are weak cues:
    the windfall profits of frozen Russian assets fund loans to Ukraine."""
    if _has(padded, words["not_aid_context"]):
        return True
    return bool(_has(padded, words["weak_not_aid_context"]) and not _has(padded, words["strong_aid_words"]))


def _actor_before(ctx: ArticleContext, index: int) -> str | None:
    """The last actor named (not Ukraine or Russia) in the sentences before sentence ``index``."""
    for sent in reversed(ctx.sents[:index]):
        code = _last_actor(ctx, sent)
        if code is not None:
            return code
    return None


def _last_actor(ctx: ArticleContext, sent: Span) -> str | None:
    for m in reversed(ctx.actors_in(sent)):
        if m.code not in NOT_DONORS:
            return m.code
    return None


def _about_aid(ctx: ArticleContext, words: dict, not_aid: dict[int, bool] | None = None) -> bool:
    """Whether some sentence names Ukraine together with a word of giving or of aid.

    ``not_aid`` keeps, by sentence index, the :func:`_not_aid` answers this asks, for the caller."""
    ukraine = words["recipient_words"]
    cues = words["aid_cues"]
    to_ukraine = words["to_ukraine"]
    if not_aid is None:
        not_aid = {}
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        # the cheap tests first; a sentence that passes them counts unless its money is no aid
        if _has(padded, to_ukraine) or (_has(padded, cues) and (_has(padded, ukraine) or any(m.code == "UKR" for m in ctx.actors_in(sent)))):
            flag = not_aid.get(index)
            if flag is None:
                flag = not_aid[index] = _not_aid(padded, words)
            if not flag:
                return True
    return False


def _is_headline(ctx: ArticleContext, sent: Span) -> bool:
    """The first line of an article when a blank line follows it."""
    if sent.start != ctx.sents[0].start:
        return False
    tail = ctx.text[sent.start_char + len(ctx.text[sent.start_char : sent.end_char].rstrip()) : sent.end_char + 3]
    return "\n\n" in tail.replace(" ", "").replace("\t", "")


def _merge_repeats(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """One pledge told twice (headline and lead, or a package re-stated) is one commitment.

    Amounts merge on the same donor, currency, amount and upper bound; in-kind aid on the same
    donor and stage with an item in common. The later telling's sentence is kept when the first
    is the headline (the body says more); sub-allocations of a dropped draft move to the kept one.
    """
    kept: list[Draft] = []
    replaced: dict[int, Draft] = {}
    for draft in drafts:
        twin = next((k for k in kept if _same_pledge(k, draft)), None)
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
            if twin.category == "other":
                twin.category = draft.category
            if draft.money is not None:
                twin.money = draft.money
    for draft in kept:
        while draft.parent is not None and id(draft.parent) in replaced:
            draft.parent = replaced[id(draft.parent)]
        if draft.parent is draft:
            draft.parent = None
    return kept


def _same_pledge(a: Draft, b: Draft) -> bool:
    if a.donor != b.donor:
        return False
    if a.money is not None and b.money is not None:
        return (
            _resolve_currency(a.money.currency, a.donor) == _resolve_currency(b.money.currency, b.donor)
            and a.money.amount == b.money.amount
            and a.money.amount_max == b.money.amount_max
            and a.money.per == b.money.per
        )
    if a.money is None and b.money is None and a.status == b.status:
        # a generic item in common ("equipment") does not make two deliveries one
        return bool(({i.lower() for i in a.items} & {i.lower() for i in b.items}) - _generic_items())
    return False


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
    padded_tokens = tokens(ctx.doc).lower[sent.start : sent.end]
    padded = lower_text(sent)
    best = None
    for verb in SUPPORT_VERBS:
        if f" {verb} " not in padded:
            continue  # its words are not next to each other anywhere in the sentence
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
    """The actor left of token ``i`` that gives: the nearest one that reads as the subject of a
    clause ("Canada will provide", "Scholz announced") before the nearest one at all, which may be
    a modifier ("a new NATO scheme", "American weapons")."""
    doc = ctx.doc
    table = tokens(doc)
    candidates = ctx.mentions_in(sent.start_char, table.idx[i], ("COUNTRY", "ORG", "PERSON"))
    fallback = None
    for m in reversed(candidates):
        if limit is not None and i - m.end > limit:
            break
        code = _donor_code(ctx, sent, m)
        if code is None:
            continue
        if _reads_as_subject(doc, m):
            return code
        fallback = fallback or code
    return fallback


def _donor_code(ctx: ArticleContext, sent: Span, m: Mention) -> str | None:
    """The donor a mention stands for, or None when its place in the sentence says it does not give."""
    doc = ctx.doc
    table = tokens(doc)
    code = m.actor if m.label == "PERSON" else m.code
    if not code:
        return None
    after = table.lower[m.end] if m.end < len(doc) else ""
    possessor = _possessor(ctx, sent, m)
    if possessor is not None:
        # "Norway's Ministry of Defence": the ministry speaks for Norway, whatever the table says.
        return possessor
    if code in NOT_DONORS:
        return None
    before = table.lower[m.start - 1] if m.start > sent.start else ""
    if before == "the" and m.start - 1 > sent.start and table.lower[m.start - 2] in PLACE_PREPOSITIONS:
        before = table.lower[m.start - 2]  # "share of the G7", but "after the Commission set out"
    if after in ("'s", "’s") and _aid_noun_follows(doc, m.end + 1, sent.end):
        return code  # "reallocated to Denmark's contribution", "the G7's $50bn": the possessor gives
    if before == "of" and _office_before_of(doc, m, sent):
        return code  # "the Government of Estonia", "Ambassador of Japan"
    if before == "from" and _bought(doc, m, sent):
        return None  # "bought from the United States": the seller
    if before in TEMPORAL and _reads_as_subject(doc, m):
        return code  # "after Macron promised them": a clause, not "after Russia's invasion"
    if before == "by" and m.start - 2 >= sent.start and table.lower[m.start - 2] in LEADING_VERBS:
        return None  # "the coalition, led by Britain": a leader, not a giver
    if before in NOT_DONOR_BEFORE:
        return None
    if after in COMPANY_NOUNS and not (after in ("defence", "defense") and any(
            table.lower[j] in AID_NOUNS for j in range(m.end + 1, min(sent.end, m.end + 5)))):
        return None  # "a Swedish defence firm" describes a company; "Icelandic defence-related contributions" give
    if m.start > sent.start and table.text[m.start - 1] in ("-",) and m.start - 2 >= sent.start and table.ent[m.start - 2]:
        return None  # "Anglo-American": part of a company's description
    if after == "-" and m.end + 1 < sent.end and table.lower[m.end + 1] in ("led", "based", "made", "built", "owned", "designed"):
        return None  # "the Czech-led initiative", "US-made weapons": a modifier, not a giver
    return code


def _possessor(ctx: ArticleContext, sent: Span, m: Mention) -> str | None:
    doc = ctx.doc
    table = tokens(doc)
    if m.label == "PERSON" or m.start - 2 < sent.start or table.text[m.start - 1] not in ("'s", "’s"):
        return None
    owner = ctx.mentions_in(table.idx[m.start - 2], table.idx[m.start - 2] + len(table.text[m.start - 2]), ("COUNTRY", "ORG"))
    if owner and owner[-1].end == m.start - 1 and owner[-1].code not in NOT_DONORS:
        return owner[-1].code
    return None


def _reads_as_subject(doc, m: Mention) -> bool:
    """An actor followed by a verb or an auxiliary ("Germany will", "Britain announced")."""
    if m.end >= len(doc):
        return False
    table = tokens(doc)
    nxt = table.lower[m.end]
    if table.text[m.end] in (",",) and m.label == "PERSON":
        return True  # "Scholz, who ..., announced"
    if table.text[m.end] == "," and m.end + 1 < len(doc) and table.lower[m.end + 1] in ("which", "who"):
        return True  # "The Netherlands, which has pledged 24 jets, confirmed ...": the subject
    return nxt in SUBJECT_FOLLOWERS or (nxt in _trigger_set() and nxt not in NOUN_TRIGGERS)


def _aid_noun_follows(doc, start: int, end: int) -> bool:
    table = tokens(doc)
    if start < end and table.text[start] in vocab("money")["symbols"]:
        return True
    return any(table.lower[j] in AID_NOUNS for j in range(start, min(end, start + 3)))


def _office_before_of(doc, m: Mention, sent: Span) -> bool:
    table = tokens(doc)
    j = m.start - 2 if table.lower[m.start - 1] == "of" else m.start - 3
    return j >= sent.start and table.lower[j] in OFFICES_OF


def _bought(doc, m: Mention, sent: Span) -> bool:
    table = tokens(doc)
    return any(table.lower[j] in BUY_VERBS for j in range(max(sent.start, m.start - 8), m.start))


@lru_cache(maxsize=1)
def _generic_items() -> frozenset[str]:
    return frozenset(vocab("commitments")["generic_items"])


@lru_cache(maxsize=1)
def _trigger_set() -> frozenset[str]:
    return frozenset(vocab("commitments")["triggers"])


def _donor_after(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """"from Germany" / "by the Netherlands" after the anchor ("led by Britain" names a leader)."""
    doc = ctx.doc
    table = tokens(doc)
    for m in ctx.mentions_in(table.idx[i] if i < len(doc) else sent.end_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.actor if m.label == "PERSON" else m.code
        if not code or code in NOT_DONORS or m.start <= sent.start:
            continue
        j = m.start - 1
        if table.lower[j] == "the" and j > sent.start:
            j -= 1
        if table.lower[j] in ("that", "which") and j == i and m.end < sent.end and table.lower[m.end] not in ("is", "are", "was", "were", "has", "have", "had", "will", "would"):
            return code  # "the Gepard guns that Germany sent last year": the subject of the item's relative clause
        if table.lower[j] in ("from", "by") and not (j > sent.start and table.lower[j - 1] in LEADING_VERBS):
            if m.end < sent.end and table.text[m.end] == ",":
                return None  # "from German, Polish, Norwegian and Canadian stocks": a tally of many sources
            return code
    return None


def _keep_auxiliary(match: re.Match) -> str:
    # a function, not the template r" \1 ": the template is parsed again on every call
    return " " + match.group(1) + " "


def _status(padded: str, words: dict, sentence: str | None = None) -> str | None:
    # "has also sent", "have already delivered": the adverb does not change the stage
    padded = _ADVERB_AFTER_AUX.sub(_keep_auxiliary, padded)
    lifted = False
    # the cues of every stage found in one pass, in the order of the stages and of their cues
    index = _status_index() if words is vocab("commitments") else _make_status_index(words["status"])
    # the words that open a cue, as a set: the intersection walks the smaller of the two (the
    # hits are sorted, so the order they are found in does not matter)
    firsts = _status_firsts() if index is _status_index() else frozenset(index)
    hits = sorted(hit for word in sentence_words(padded) & firsts for hit in index[word] if hit[4] in padded)
    for _, _, status, cue, _ in hits:
        if status == "delivered" and has_phrase(padded, [f"be {cue}", f"being {cue}", f"to {cue}"]):
            continue  # "would be delivered by April", "is being transferred": not yet delivered
        if status == "paused" and _not_a_pause(sentence or padded, cue, words):
            lifted = lifted or not has_phrase(sentence or padded, [f"{cue} {w}" for w in words["frozen_things"]])
            continue
        if lifted and status not in ("delivered", "contracted"):
            return "announced"  # a resumption: announced, whatever "will" says of its timing
        return status
    return "announced" if lifted else None


@lru_cache(maxsize=1)
def _status_index() -> dict[str, list[tuple[int, int, str, str, str]]]:
    return _make_status_index(vocab("commitments")["status"])


@lru_cache(maxsize=1)
def _status_firsts() -> frozenset[str]:
    return frozenset(_status_index())


def _make_status_index(stages) -> dict[str, list[tuple[int, int, str, str, str]]]:
    """The status cues by their first word: (stage order, cue order, stage, cue, cue as tokens)."""
    index: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for order, (status, cues) in enumerate(stages):
        for cue_order, cue in enumerate(cues):
            as_tokens = _as_tokens(cue)
            index.setdefault(as_tokens.split()[0] if as_tokens.strip() else "", []).append((order, cue_order, status, cue, as_tokens))
    return index


def _not_a_pause(padded: str, cue: str, words: dict) -> bool:
    """ "will lift its pause on aid and resume…": a pause ended is a resumption; "frozen Russian
    assets": assets that are frozen, not aid that is paused."""
    if has_phrase(padded, [f"{cue} {w}" for w in words["frozen_things"]]):
        return True
    return bool(has_phrase(padded, [f"{verb} {det} {cue}" for verb in words["lifting_verbs"]
                                    for det in ("its", "the", "a", "their", "this", "that")]))


def _from_sentence(ctx, sent, padded, words, context_donor, previous, list_context=False) -> list[Draft]:
    doc = ctx.doc
    table = tokens(doc)
    moneys = [(s, m) for s, m in ctx.money_in(sent) if m.conversion_of is None]
    items = [it for it in find_items(sent) if not _recipient_noun(doc, sent, it[0]) and not _verb_form(table, sent, it)]
    if not moneys and not items:
        own = _own_spending_pledge(ctx, sent, padded, words)
        return [own] if own else []
    companies = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COMPANY",))]
    supplier = companies[0].code if companies else None
    has_ukraine = any(m.code == "UKR" for m in ctx.actors_in(sent)) or _has(padded, UKRAINE_WORDS)
    spending = _has(padded, words["defence_spending_words"]) is not None and not has_ukraine
    out: list[Draft] = []
    if moneys:
        split_items = _items_in_own_clause(ctx, sent, items, [span for span, _ in moneys])
        for k, (span, money) in enumerate(moneys):
            if span.end < sent.end and table.lower[span.end] in ("each", "apiece"):
                continue  # "packages worth $500m each": the size of a scheme's unit, not a pledge
            if k and _restates_previous(doc, moneys[k - 1][0], span):
                continue  # "SEK 75bn over three years, or SEK 25bn a year": the same money again
            lo = moneys[k - 1][0].end if k else sent.start
            hi = moneys[k + 1][0].start if k + 1 < len(moneys) else sent.end
            if _has(_lower(doc, lo, hi), words["not_pledge_money"]):
                continue  # unused authority, a superseded proposal, an estimate: no money promised
            if _buys_a_company(ctx, sent, lo, hi, words):
                continue  # "its $4.6bn purchase of Terran Orbital": a takeover, whatever it supplies
            if _buys_for_itself(doc, max(lo, span.start - 15), span.start, min(hi, span.end + 5)):
                continue  # "Poland will buy 180 tanks from South Korea for $5.8bn": its own purchase
            local_items = [it for it in items if lo <= it[0] < hi and it not in split_items]
            collective = _collective_subject(ctx, sent, span.start, words)
            donor = None if collective else (_donor_right_after(ctx, sent, span.end) or _gapped_donor(ctx, sent, span.start)
                                             or _donor_before(ctx, sent, span.start))
            if donor is None and list_context:
                donor = context_donor  # a bullet's "from the United States" names the seller
            if not collective:
                donor = donor or _donor_after(ctx, sent, span.end) or context_donor
            if donor in _channels():
                donor = _source_country(ctx, sent) or donor
            status = _status(_lower(doc, max(sent.start, span.start - 12), min(sent.end, span.end + 10)), words, padded) or "announced"
            around = _lower(doc, max(sent.start, span.start - 8), min(sent.end, span.end + 6))
            if _has(around, words["cumulative_strong"]) or _brings_to(doc, sent, span.start):
                status = "cumulative"
            category = _category(local_items, _lower(doc, lo, hi), spending)
            draft = Draft(donor, None if category == "defence_spending" else "UKR", category, status, sent, span.start,
                          money=money, supplier=supplier if _supplier_near(companies, span, hi) else None,
                          confidence=0.85 if donor else 0.5, collective=collective)
            draft.items = _item_names(sent, local_items)
            before = _lower(doc, max(sent.start, span.start - 5), span.start)
            if _has(before, PART_OF_CUES) or (k and table.lower[span.start - 1] in ("with", "and") and out and _has(_lower(doc, lo, span.start), ("for",))):
                draft.parent = _parent_for(draft, out, previous)
            joint = _joint_givers(ctx, sent, lo, span.start, words)
            if joint and not list_context:
                # "A, B and C will announce a jointly funded package worth $500m": the sum is
                # theirs together, no one's alone; each gives, without an amount of its own.
                for code in joint:
                    share = Draft(code, draft.recipient, category, status, sent, span.start, confidence=0.6)
                    share.items = draft.items or [_aid_noun_after(doc, lo, span.start) or "aid"]
                    out.append(share)
                continue
            out.append(draft)
        if split_items:
            # Aid in kind in a clause of its own ("It has sent helmets and vests, and provided
            # humanitarian aid worth $100m"): its own commitment; the same subject gives it.
            sibling = next((d for d in out if d.money is not None), None)
            out.extend(_in_kind(ctx, sent, sorted(split_items), words, supplier, spending, sibling.donor if sibling else None, sibling))
        return out
    # In-kind aid without an amount: an item next to a verb that gives the stage.
    if not items:
        own = _own_spending_pledge(ctx, sent, padded, words)
        return out + ([own] if own else [])
    # A sentence that names no actor at all ("M577 carriers are due to follow in February", "Earlier
    # contributions have included M113s") goes on about the donor of the sentence just before.
    fallback = context_donor if list_context or (
        not ctx.mentions_in(sent.start_char, sent.end_char, ACTOR_LABELS)
        and table.lower[sent.start] not in QUANTIFIER_SUBJECTS and not _has(padded, words["money_referents"])) else None
    out.extend(_in_kind(ctx, sent, items, words, supplier, spending, fallback, earlier=previous))
    return out


def _verb_form(table, sent: Span, item) -> bool:
    """ "are financing the refurbishment", "is funding": an -ing item after a form of "be" is the
    clause's verb, not aid given."""
    start, end, text, _ = item
    return end - start == 1 and text.endswith("ing") and start > sent.start and table.lower[start - 1] in ("is", "are", "was", "were", "be", "been")


def _buys_a_company(ctx, sent: Span, lo: int, hi: int, words: dict) -> bool:
    """A noun or verb of buying whose object is a company ("purchase of Terran Orbital", "bought a
    Ukrainian drone maker", "a 51% holding in an ammunition firm"); "buy howitzers from a Ukrainian
    manufacturer" buys weapons, the maker only sells them."""
    doc = ctx.doc
    table = tokens(doc)
    buy = set(words["company_purchase_words"])
    nouns = set(words["company_nouns"])
    item_starts = None
    for j in range(lo, hi):
        if table.lower[j] not in buy:
            continue
        if any(table.ent[k] == "COMPANY" for k in range(max(lo, j - 4), j)):
            return True  # "Rheinmetall to buy …", "Saab has acquired …": a company buys, no government gives
        for x in range(j + 1, min(hi, j + 7)):
            word = table.lower[x]
            if word in ("from", "for", "to", "with", ",", ";", "by") or table.ent[x] in ("COUNTRY", "ORG", "PERSON"):
                if table.ent[x] in ("COUNTRY",) and word not in ("from", "for", "to", "with", ",", ";", "by"):
                    continue  # "a Ukrainian drone maker"
                break
            if table.ent[x] == "COMPANY" or word in nouns:
                return True
            if table.title[x] and table.lower[x - 1] in ("of", "'s", "’s"):
                # "purchase of Terran Orbital", "to buy Spain's Expal": a name no table knows, and no aid item
                if item_starts is None:
                    item_starts = {it[0] for it in doc.user_data.get("items", [])}
                if x not in item_starts:
                    return True
                break
            if x in (item_starts or ()):
                break
    return False


def _buys_for_itself(doc, lo: int, at: int, hi: int) -> bool:
    """A verb of buying, then "from" a seller, before the amount at ``at`` (tokens [lo, at)), and no
    word of Ukraine from the verb to a few words after the amount (``hi``): "will buy 180 tanks from
    South Korea for $5.8bn" is a purchase, "buys Patriots from the US for $1bn to give to Ukraine" aid."""
    lower = tokens(doc).lower
    buy = next((j for j in range(lo, at) if lower[j] in BUY_VERBS), None)
    if buy is None or "from" not in lower[buy:at]:
        return False
    return not any(w in UKRAINE_WORDS or w == "ukraine's" for w in lower[buy:hi])


def _gapped_donor(ctx, sent: Span, i: int) -> str | None:
    """ "Canada will give $200m, the United States $300m and Norway NOK 1bn": in a clause whose verb
    is left out, the actor right before the amount, after a comma or "and", gives it."""
    doc = ctx.doc
    table = tokens(doc)
    j = i - 1
    found = ctx.mentions_in(table.idx[max(sent.start, i - 5)], table.idx[j] + 1, ("COUNTRY", "ORG")) if j > sent.start else []
    if not found or found[-1].end != i or found[-1].code in NOT_DONORS:
        return None
    m = found[-1]
    k = m.start - 1
    if k > sent.start and table.lower[k] == "the":
        k -= 1
    if k <= sent.start or table.text[k] not in (",", "and", ";"):
        return None
    # the clause before has a verb of giving and its own amount: "…will give $200m, the US $300m"
    return m.code if ctx.money_in(doc[sent.start : k]) else None


def _recipient_noun(doc, sent: Span, i: int) -> bool:
    """ "handed tanks over to Ukrainian forces": a noun after "to/for (the) Ukrainian" names who
    receives, not what is given."""
    table = tokens(doc)
    j = i - 1
    if j <= sent.start or table.lower[j] not in ("ukrainian", "ukraine's", "ukraine’s", "kyiv's", "kyiv’s"):
        return False
    j -= 1
    if j > sent.start and table.lower[j] == "the":
        j -= 1
    return table.lower[j] in ("to", "for")


def _in_kind(ctx, sent, items, words, supplier, spending, fallback_donor, sibling: Draft | None = None,
             earlier: list[Draft] | None = None) -> list[Draft]:
    """Commitments of aid in kind: each group of items with a donor and a verb that gives the
    stage. ``sibling``: the amount's commitment of the same sentence, whose donor (found later,
    perhaps) a group without a donor of its own shares. ``earlier``: the article's commitments so
    far; a group that names no donor takes the donor of one of the last two sentences that gave
    the same specific item ("Sweden is sending Gripen jets. The first Gripen jets arrived…")."""
    doc = ctx.doc
    table = tokens(doc)
    out: list[Draft] = []
    groups = _item_groups(items)
    for group in groups:
        first = group[0][0]
        window = _lower(doc, max(sent.start, first - 8), min(sent.end, group[-1][1] + 4))
        status = _status(window, words, lower_text(sent)) or _passive_status(sent, group[-1][1], words)
        if status is None:
            continue  # no verb gives the items a stage: no commitment, whoever is named
        if out and len(group) == 1 and table.lower[first - 1] in ("the", "these", "those") and not _named_systems(sent, first):
            continue  # "... Leopard 1A5 tanks, a programme that aims to send 100 of the vehicles": the same aid again
        donor_close = _donor_before(ctx, sent, first, limit=12) or _subject_of(ctx, sent, first) or _donor_after(ctx, sent, group[-1][1])
        # Without an amount, only an explicit donor or a bullet under an introducing
        # sentence makes a commitment; "many could contribute logistics" does not.
        donor = donor_close or fallback_donor
        if donor is None and earlier:
            donor = _donor_of_same_item(ctx, sent, group, earlier)
        if donor is None and sibling is None:
            continue
        if _has(_lower(doc, group[-1][1], min(sent.end, group[-1][1] + 3)), ("to russia", "to moscow", "for russia")):
            continue  # "shipped munitions to Russia": arms for the invader are no aid to Ukraine
        clause = _clause_before(sent, first)
        if _has(clause, words["hypothetical"]) or _has(clause, words["negation"]):
            continue  # "whether Britain could replace ...", "it does not send equipment"
        if _has(clause, words["continuation_cues"]) and all(it[2] in words["vague_items"] for it in group):
            continue  # "will keep helping Ukraine with weapons": a general promise, nothing specific given
        if _has(clause, words["money_referents"]):
            continue  # "the money would buy weapons": what a pledge told before will pay for
        if "own" in table.lower[max(sent.start, first - 2) : first]:
            continue  # "rebuilds Norway's own air defence": its own forces, not aid
        if (status not in ("paused", "cancelled") and all(it[2] in words["generic_items"] for it in group)
                and not _has(window, words["resumption_cues"])):
            # "military support" alone names no aid in kind; it is the money's subject, told
            # elsewhere. A pause, cancellation or resumption of "military aid" is news in itself.
            continue
        category = _category(group, window, spending)
        if category == "troops":
            continue  # troop offers are participation facts, not commitments
        same = next((d for d in out if donor is not None and d.donor == donor and d.status == status and d.category == category
                     and _coordinated(doc, d.anchor_start, first)), None)
        if same is not None:
            # "Portugal sent three tanks and has also supplied M113 carriers": one donor, one stage,
            # one sentence: one commitment with all its items
            same.items.extend(n for n in _item_names(sent, group) if n not in same.items)
            continue
        draft = Draft(donor, None if category == "defence_spending" else "UKR", category, status, sent, first,
                      supplier=supplier, confidence=0.7 if donor_close else 0.55)
        draft.items = _item_names(sent, group)
        draft.sibling = sibling if donor is None else None
        out.append(draft)
        rest = _lower(doc, group[-1][1], sent.end)
        later = _later_stage(rest, words) if status not in ("paused", "cancelled") else None
        if status == "paused" and _has(rest, words["resume_cues"]):
            later = "announced"  # "halted aid in March and lifted the freeze a week later": resumed
        if later and later != status:
            # "will send two jets this year and hopes to deliver two more": a second, later stage
            stage = Draft(donor, draft.recipient, category, later, sent, first, supplier=supplier, confidence=0.55)
            stage.items, stage.sibling = list(draft.items), draft.sibling
            out.append(stage)
        for partner in _co_donors(ctx, sent, first, donor):
            twin = Draft(partner, draft.recipient, category, status, sent, first, supplier=supplier, confidence=0.6)
            twin.items = list(draft.items)
            out.append(twin)
    return out


def _coordinated(doc, lo: int, hi: int) -> bool:
    """Whether the words between two item groups join them with "and" in one clause: "sent three
    tanks and has also supplied carriers", not "which has pledged 24 jets, confirmed the arrival of"."""
    between = lower_words(doc)[lo:hi]
    return "and" in between and not {"which", "who", "but", "while", "whereas", "that"} & set(between)


def _donor_of_same_item(ctx, sent: Span, group, earlier: list[Draft]) -> str | None:
    """The donor of a commitment of the last two sentences that names one of ``group``'s specific
    (not generic) items."""
    names = {it[2] for it in group} - _generic_items()
    if not names:
        return None
    first = ctx.mentions_in(sent.start_char, sent.end_char, ACTOR_LABELS)
    if first and first[0].code == "UKR" and first[0].start == sent.start:
        return None  # "Ukraine has received 50 Leopard 2 tanks": the recipient's tally, from many donors
    here = ctx.sentence_index(sent.start_char)
    for draft in reversed(earlier[-4:]):
        if draft.donor and draft.sent is not None and 0 < here - ctx.sentence_index(draft.sent.start_char) <= 2:
            if names & {i.lower() for i in draft.items}:
                return draft.donor
    return None


def _own_spending_pledge(ctx, sent: Span, padded: str, words: dict) -> Draft | None:
    """ "Britain will raise its own defence spending to 2.5% of GDP": a pledge about a country's own
    forces, kept as a ``defence_spending`` commitment without a recipient (the contract's rule)."""
    cues = words["own_spending_pledge"]
    noun = _has(padded, cues["nouns"])
    if not noun or not _has(padded, cues["verbs"]) or not _has(padded, cues["targets"]):
        return None
    doc = ctx.doc
    table = tokens(doc)
    first = next(j for j in range(sent.start, sent.end) if table.lower[j] == noun.split()[0])
    if _has(_clause_before(sent, first), words["negation"]) or _has(_clause_before(sent, first), words["hypothetical"]):
        return None
    donor = _demonym_before(ctx, sent, first) or _donor_before(ctx, sent, first, limit=12) or _subject_of(ctx, sent, first)
    if donor is None:
        return None
    draft = Draft(donor, None, "defence_spending", "announced", sent, first, confidence=0.6)
    draft.items = [noun]
    return draft


def _demonym_before(ctx, sent: Span, i: int) -> str | None:
    """ "lift Belgian defence spending": the country adjective right before the noun."""
    idx = tokens(ctx.doc).idx
    found = ctx.mentions_in(idx[i - 1], idx[i], ("COUNTRY",)) if i > sent.start else []
    return found[-1].code if found and found[-1].end == i and found[-1].code not in NOT_DONORS else None


def _items_in_own_clause(ctx, sent: Span, items, money_spans: list[Span]) -> set:
    """Items that a clause break with its own verb or subject separates from every amount of the
    sentence: "sent helmets and vests, and provided aid worth $100m", "€1bn ..., while the
    Netherlands set out a package of drones"."""
    out = set()
    for item in items:
        if all(_clause_break(ctx, sent, *sorted((item[1], span.start)) if item[1] <= span.start else (span.end, item[0]))
               for span in money_spans):
            out.add(item)
    return out


def _clause_break(ctx, sent: Span, lo: int, hi: int) -> bool:
    table = tokens(ctx.doc)
    lower, ent = table.lower, table.ent
    triggers = _trigger_set()
    for j in range(lo, hi):
        word = lower[j]
        if word in ("while", "whereas"):
            return True
        if word in (",", ";") and j + 1 < hi and lower[j + 1] in ("and", "but"):
            k = j + 2
            if k < hi and lower[k] in ("also", "then", "has", "have", "had", "will", "it", "they"):
                k += 1
            if k < hi and ((lower[k] in triggers and lower[k] not in NOUN_TRIGGERS) or ent[k] in ("COUNTRY", "ORG", "PERSON")):
                return True
    return False


def _later_stage(rest: str, words: dict) -> str | None:
    """The stage of "hopes to deliver two more" / "plans to send further" after an item."""
    for stage, cues in words["later_stage"]:
        cue = has_phrase(rest, cues)
        if cue and has_phrase(rest[rest.index(" " + cue.split()[-1] + " "):], ("more", "further", "another", "additional")):
            return stage
    return None


def _joint_givers(ctx, sent: Span, lo: int, i: int, words: dict) -> list[str]:
    """The actors of a chain "A, B and C" before amount ``i`` that give it jointly."""
    if not has_phrase(_lower(ctx.doc, lo, i), ("jointly", "joint", "together")):
        return []
    doc = ctx.doc
    table = tokens(doc)
    mentions = [m for m in ctx.mentions_in(table.idx[lo], table.idx[i], ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    for k in range(len(mentions)):
        j = k
        while j + 1 < len(mentions) and table.text[mentions[j].end] in (",", "and") and mentions[j + 1].start <= mentions[j].end + 2:
            j += 1
        if j > k and _reads_as_subject(doc, mentions[j]):
            codes = []
            for m in mentions[k : j + 1]:
                if m.code not in codes:
                    codes.append(m.code)
            return codes if len(codes) > 1 else []
    return []


def _aid_noun_after(doc, lo: int, hi: int) -> str | None:
    table = tokens(doc)
    for j in range(hi - 1, lo - 1, -1):
        if table.lower[j] in AID_NOUNS:
            return table.lower[j]
    return None


def _restates_previous(doc, previous: Span, span: Span) -> bool:
    """ "£3bn, or $3.8bn", "SEK 75bn for 2024-2026, or SEK 25bn a year": an amount after ", or"
    that follows another amount says the same money another way."""
    table = tokens(doc)
    j = span.start - 1
    while j > previous.end and table.lower[j] in QUALIFIER_WORDS:
        j -= 1
    return j - 1 >= previous.end and table.lower[j] == "or" and table.text[j - 1] == ","


def _collective_subject(ctx: ArticleContext, sent: Span, i: int, words: dict) -> bool:
    """Whether the subject giving the amount at token ``i`` is an unnamed group ("Ukraine's backers
    pledged", "allies have committed"): the group is no donor, and no one of its members either."""
    doc = ctx.doc
    table = tokens(doc)
    lo = max(sent.start, i - 8)
    collective = set(words["collective_donors"])
    for j in range(i - 1, lo - 1, -1):
        if table.lower[j] in collective and j + 1 < i and not table.ent[j]:
            if j > sent.start and doc[j - 1].like_num:
                return False  # "the 32 allies", "the 27 member states": an organisation's members as one
            nxt = table.lower[j + 1]
            if nxt in SUBJECT_FOLLOWERS or nxt in _trigger_set():
                # no named actor gives between the group and the amount ("allies, led by Britain, ...")
                return not ctx.mentions_in(table.idx[j], table.idx[i], ("COUNTRY", "ORG", "PERSON"))
    return False


def _donor_right_after(ctx: ArticleContext, sent: Span, end: int) -> str | None:
    """A country adjective between an amount and its aid noun names the giver:
    "a $60bn US aid bill", "€1bn German package"."""
    doc = ctx.doc
    table = tokens(doc)
    if end >= sent.end:
        return None
    found = ctx.mentions_in(table.idx[end], table.idx[min(end + 3, sent.end - 1)] + 1, ("COUNTRY", "ORG"))
    if not found or found[0].start != end or found[0].code in NOT_DONORS:
        return None
    m = found[0]
    return m.code if any(table.lower[j] in AID_NOUNS or table.lower[j] in ("bill", "military", "programme", "program") for j in range(m.end, min(sent.end, m.end + 2))) else None


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    from coalition.resolve import actors as gazetteer

    return frozenset(gazetteer.organisation_names().values())


@lru_cache(maxsize=1)
def _channels() -> frozenset[str]:
    return frozenset(vocab("commitments")["channel_organisations"])


def _source_country(ctx: ArticleContext, sent: Span) -> str | None:
    """The country named as the source of money a bank or fund channels: "Japan's $900m loan
    through the World Bank", "a loan from Japan", "funded by Norway", "Japan will lend … via the IMF"."""
    doc = ctx.doc
    table = tokens(doc)
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        if m.code in NOT_DONORS:
            continue
        before = table.lower[m.start - 1] if m.start > sent.start else ""
        if before == "the" and m.start - 1 > sent.start:
            before = table.lower[m.start - 2]
        after = table.lower[m.end] if m.end < len(doc) else ""
        if after in ("'s", "’s") or before in ("from", "by") or _reads_as_subject(doc, m):
            return m.code
    return None


def _subject_of(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """The actor that opens the clause of token ``i`` as its subject, however far before it:
    "Japan has also provided equipment to Ukraine, including vests, helmets and vehicles"."""
    table = tokens(ctx.doc)
    for m in ctx.mentions_in(sent.start_char, table.idx[i], ("COUNTRY", "ORG", "PERSON")):
        code = _donor_code(ctx, sent, m)
        if code is not None and _reads_as_subject(ctx.doc, m) and table.lower[m.start - 1] not in ("by",):
            return code
    return None


def _co_donors(ctx: ArticleContext, sent: Span, i: int, donor: str) -> list[str]:
    """Other givers of the same aid: "A, B and C will each supply X" (distributive "each"),
    "Norway pledged X, together with the United States"."""
    doc = ctx.doc
    table = tokens(doc)
    out: list[str] = []
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))
    for k, m in enumerate(mentions):
        code = m.code
        if code in NOT_DONORS or code == donor or code in out:
            continue
        before = _lower(doc, max(sent.start, m.start - 3), m.start)
        if has_phrase(before, ("together with", "jointly with", "along with", "alongside")):
            out.append(code)
            continue
        if has_phrase(_lower(doc, max(sent.start, m.start - 4), m.start), FUNDED_BY) or (
                k and mentions[k - 1].code in out + [donor] and table.lower[m.start - 1] == "and"
                and has_phrase(_lower(doc, max(sent.start, mentions[k - 1].start - 4), mentions[k - 1].start), FUNDED_BY)):
            out.append(code)  # "paid for jointly by The Hague and Copenhagen": each pays, each gives
            continue
        # a chain "A, B and C" right before "will each" / "each"
        j = k
        while j + 1 < len(mentions) and table.text[mentions[j].end] in (",", "and") and mentions[j + 1].start <= mentions[j].end + 2:
            j += 1
        tail = _lower(doc, mentions[j].end, min(sent.end, mentions[j].end + 3))
        chain = {c.code for c in mentions[k : j + 1]}
        if j > k and donor in chain and mentions[j].end <= i and (
                has_phrase(tail, ("each", "will each", "would each", "have each", "has each"))
                or (tail.split() or [""])[0] in JOINT_SUBJECT_FOLLOWERS):
            # "A, B and C will each supply X"; "A, B and C are financing X": a subject of several
            # actors gives together, one commitment each
            out.extend(c.code for c in mentions[k : j + 1] if c.code not in NOT_DONORS and c.code != donor and c.code not in out)
    return out


def _brings_to(doc, sent: Span, i: int) -> bool:
    """ "The new aid brings US military assistance since 2022 to more than $65.9bn": a running total."""
    table = tokens(doc)
    j = i - 1
    while j > sent.start and table.lower[j] in ("more", "than", "about", "nearly", "almost", "around", "over", "up", "roughly", "some"):
        j -= 1
    if j <= sent.start or table.lower[j] != "to":
        return False
    return any(t in ("brings", "brought", "bringing", "bring", "takes", "took", "taking", "raises", "raised", "raising") for t in table.lower[sent.start : j])


def _clause_before(sent: Span, i: int) -> str:
    """The lower-case words of the clause that token ``i`` is in, up to ``i``."""
    doc = sent.doc
    table = tokens(doc)
    j = i - 1
    while j > sent.start and table.text[j] not in (",", ";", ":") and table.lower[j] not in ("but", "while", "whereas"):
        j -= 1
    return _lower(doc, j, i)


def _passive_status(sent: Span, i: int, words: dict, most: int = 10) -> str | None:
    """The stage a passive verb later in the clause gives an item that is its subject ("eight
    howitzers taken from army stocks were delivered"); an active verb there has another subject
    ("the initiative that buys ammunition will deliver shells")."""
    doc = sent.doc
    table = tokens(doc)
    j = i
    end = min(sent.end, i + most)
    while j < end and table.text[j] not in (",", ";", ":"):
        j += 1
    clause = _lower(doc, i, j)
    # "a Patriot battery from Germany has arrived in Ukraine": an item is also the subject of a
    # verb of arrival, which needs no passive to give its stage
    if not has_phrase(clause, ("was", "were", "been")) and not has_phrase(clause, words["arrival_verbs"]):
        return None
    return _status(clause, words)


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
    if has_phrase(padded, ["loan", "loans", "lend", "lends", "lent", "grant", "grants", "budget", "financial", "economic", "reconstruction"]):
        return "financial"
    if has_phrase(padded, ["military", "defence", "defense", "security", "weapons", "arms"]):
        return "military"
    return "other"


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

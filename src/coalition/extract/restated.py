"""What a commitment sentence tells again rather than pledges: an earlier budget line a later
decision replaced, a record told beside the main clause, a numbered package whose sum is told
elsewhere. Each is a principled "not a (new) commitment" test, cheap word-set checks first.

Kept apart from ``commitments.py`` and ``in_kind.py`` (both near their size limit); the words
live in ``data/commitments.json`` under ``restated``.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import _has, _lower, lower_text, tokens, vocab


def _words() -> dict:
    return vocab("commitments")["restated"]


def superseded_budget_line(doc, lo: int, hi: int) -> bool:
    """ "The draft budget for 2025 had set aside about €4bn for Ukraine", "The government had
    proposed only NOK 15 billion in its original budget": a draft or original budget's figure told
    in the past perfect is the line a later decision replaced, no pledge of its own. A draft budget
    told in the present ("the draft budget halves its aid line to €4bn") is still the plan."""
    clause = _lower(doc, lo, hi)
    if " had " not in clause:
        return False
    return bool(_has(clause, _words()["budget_drafts"]))


def record_aside(doc, sent: Span, first: int) -> bool:
    """ ", making it the first NATO member to hand over tanks", ", the first time a Western vehicle
    has been promised": a record told in a result clause or an apposition beside the main clause
    gives nothing more than the main clause does (whose donor and items it restates loosely)."""
    low = tokens(doc).lower
    words = _words()
    for j in range(first - 1, max(sent.start, first - 16) - 1, -1):
        w = low[j]
        if w in (",", ";", ".", "and", "but"):
            return False  # the record and the item share one aside
        if w in words["ordinals"] and j > sent.start and (low[j + 1] == "time" or "to" in low[j + 1 : min(first, j + 6)]):
            return bool(_has(_lower(doc, max(sent.start, j - 3), j), words["aside_openers"]))
    return False


def generic_package_told_elsewhere(draft, drafts: list, generic: list) -> bool:
    """ "It is the tenth package of military support that Sweden has provided", "presents Sweden's
    nineteenth package of military support": with no amount and nothing named, a numbered package
    of the donor who gives an amount in the same article is that amount's package again."""
    if (draft.money is not None or not draft.items or draft.status in ("paused", "cancelled", "resumed")
            or any(i.lower() not in generic for i in draft.items)):
        return False
    if _output_share(draft):
        return False  # "committed to spend 0.25% of its GDP a year on military support": a pledge of its own, no package
    return any(o is not draft and o.donor == draft.donor and o.money is not None and o.status != "cumulative"
               and o.parent is None for o in drafts)


def schedule_of_earlier_pledge(doc, sent: Span, first: int, donor: str | None, earlier) -> bool:
    """ "Frederiksen set out a delivery plan: six aircraft around New Year, eight more in 2024": items
    after a colon that closes a clause naming a schedule are the timing of a pledge the article told
    before (by the same donor), not a pledge of their own. Without that earlier pledge the schedule
    is the only news of the aid and is kept."""
    if donor is None or not earlier:
        return False
    low = tokens(doc).lower
    colon = next((j for j in range(first - 1, max(sent.start, first - 4) - 1, -1) if low[j] == ":"), None)
    if colon is None:
        return False  # the cheap test first: the items open a list after a colon
    if not _has(_lower(doc, max(sent.start, colon - 4), colon), _words()["schedule_nouns"]):
        return False
    return any(d.donor == donor for d in earlier)


def summary_told_in_detail(ctx, draft, drafts: list, vague: list) -> bool:
    """ "The three ministers announced that their countries would send Ukraine weapons. Estonia will
    hand over Javelin missiles. Latvia and Lithuania will provide Stingers.": aid named only by a
    vague word ("weapons", "equipment") or a class phrase ("air defence systems") whose donor names what it gives in one of the next two
    sentences is that aid told first in summary, not a pledge of its own. A pause or cancellation
    of vague aid is news of its own and stays; so does aid with an amount."""
    if (draft.money is not None or not draft.items or draft.status in ("paused", "cancelled", "resumed", "cumulative")
            or draft.sent is None or not all(i.lower() in vague or _class_phrase(i, draft.sent.text) for i in draft.items) or _output_share(draft)):
        return False
    at = ctx.sentence_index(draft.sent.start_char)
    # "air defence systems" sums up "a SAMP/T system", not "200 missiles": the detail's sentence keeps the class noun
    heads = {i.split()[-1].rstrip("s") for i in draft.items if i.lower() not in vague}
    for other in drafts:
        if other is draft or other.donor != draft.donor or other.sent is None or other.money is not None:
            continue
        if 0 < ctx.sentence_index(other.sent.start_char) - at <= 2 and other.category == draft.category and any(
                i.lower() not in vague for i in other.items) and all(h in lower_text(other.sent) for h in heads):
            return True
    return False


def _class_phrase(item: str, text: str | None = None) -> bool:
    """ "air defence systems", "armoured vehicles": a kind of aid named by its class noun, in lower case
    and without a number, as a summary names it ("equipment for five air defence systems"), where a
    named system ("Patriot systems", "JAS 39 Gripen") keeps its capitals or its number. An item the
    vocabulary stores in lower case ("patriot systems") is a class only if ``text``, the sentence,
    writes it so: "delivered two Patriot systems" names the system."""
    words = item.split()
    return (len(words) > 1 and item == item.lower() and not any(c.isdigit() for c in item)
            and words[-1] in vocab("commitments")["item_hypernyms"] and (text is None or item in text))


def _output_share(draft) -> bool:
    """A pledge of a share of national output ("0.25% of its GDP a year on military support"): its
    items are vague by nature, yet it is neither a package told elsewhere nor a summary."""
    return draft.sent is not None and bool(_has(lower_text(draft.sent), vocab("commitments")["output_share_pledge"]["outputs"]))

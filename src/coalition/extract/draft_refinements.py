"""Passes over an article's commitment drafts that decide what a sum or a pledge told again
really is: an earlier pledge restated with its date, what Kyiv may spend money on, a sum named
again, a channel's sum that is its giver's, a total "as of" a date, "Brussels" in an article
about Belgium, and humanitarian aid told with other kinds of support.

Kept apart from ``commitments.py`` (which reads each sentence) because every pass here needs the
whole article's drafts; each lives in its own module, and this one fixes their order.
"""

from __future__ import annotations

from coalition.extract.absolute_givers import credit_with_clause_givers
from coalition.extract.aid_kinds import split_aid_kinds
from coalition.extract.background_pledges import drop_restated_pledges, drop_sums_named_again, strip_receiver_spending
from coalition.extract.channel_donors import give_channel_sums_to_their_giver
from coalition.extract.dated_totals import brussels_as_belgium, mark_dated_totals
from coalition.extract.sum_references import drop_sum_values
from coalition.extract.summary_boxes import drop_box_repeats
from coalition.extract.total_statuses import correct_total_statuses


def refine_drafts(ctx, drafts: list, main: str | None) -> list:
    """The drafts after the article-wide passes, in the order they depend on each other."""
    # an earlier pledge restated with its date; what Kyiv may spend money on (background_pledges.py)
    drafts = drop_sums_named_again(ctx, strip_receiver_spending(ctx, drop_restated_pledges(ctx, drafts)))
    credit_with_clause_givers(ctx, drafts)  # "…, with the UK committing £15m so far": that state's (absolute_givers.py)
    give_channel_sums_to_their_giver(ctx, drafts)  # "… World Bank loan guarantees, alongside £240m": the state's
    drafts = drop_sum_values(ctx, drafts)  # "The money, worth about US$1.7bn, …": the sum before (sum_references.py)
    drafts = drop_box_repeats(ctx, drafts)  # "Key facts: - £3bn: UK military aid each year": the body's sum (summary_boxes.py)
    mark_dated_totals(ctx, drafts)  # "€1.07bn … as of April 30": a running total (dated_totals.py)
    correct_total_statuses(ctx, drafts)  # "aid has risen to $7bn", "a new package totalling €500m" (total_statuses.py)
    brussels_as_belgium(ctx, drafts, main)  # decision 24: "Brussels" in an article about Belgium's own acts
    return split_aid_kinds(ctx, drafts)  # decision 49: "sent humanitarian aid and non-lethal equipment" is two (aid_kinds.py)

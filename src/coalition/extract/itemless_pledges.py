"""The two pledges a sentence makes without an amount or an item given: a share of national output
for Ukraine ("allocates 0.25 per cent of its GDP every year to military support for Ukraine") and a
rise of a country's own defence spending ("will raise its own defence spending to 2.5% of GDP").

Apart from ``in_kind.py``, whose items are things given: these pledges name a measure of the
donor's economy instead, and are asked of a sentence only when the commitment finder found its
cue words.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.aid_items import _category, _item_names
from coalition.extract.context import _has, tokens
from coalition.extract.donors import _demonym_before, _donor_before, _subject_of
from coalition.extract.drafts import Draft
from coalition.extract.in_kind import _clause_before
from coalition.extract.no_aid import UKRAINE_WORDS


def _output_share_pledge(ctx, sent: Span, padded: str, words: dict, items) -> Draft | None:
    """ "Lithuania allocates 0.25 per cent of its GDP every year to military support for Ukraine": a
    share of national output pledged to Ukraine, a commitment of the verb's subject without an amount."""
    cues = words["output_share_pledge"]
    if not items or not _has(padded, cues["targets"]) or not _has(padded, cues["outputs"]) or not _has(padded, UKRAINE_WORDS):
        return None
    verb = _has(padded, cues["verbs"])
    if verb is None:
        return None
    table = tokens(ctx.doc)
    at = next((j for j in range(sent.start, sent.end) if table.lower[j] == verb), None)
    if at is None:
        return None
    if _has(_clause_before(sent, at), words["negation"]) or _has(_clause_before(sent, at), words["hypothetical"]):
        return None
    donor = _donor_before(ctx, sent, at, limit=4) or _subject_of(ctx, sent, at)
    if donor is None:
        return None
    draft = Draft(donor, "UKR", _category(items, padded, False), "announced", sent, at, confidence=0.6)
    draft.items = _item_names(sent, items)
    return draft


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

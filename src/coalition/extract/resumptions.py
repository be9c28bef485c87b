"""A resumption of aid told again: the second telling of the same donor's aid restarted.

Wording class: an article on the end of a pause tells the resumption in its lead ("would
immediately resume military aid and intelligence sharing"), and again when it gives the detail
("Washington will lift the pause on intelligence sharing at once and restart its security
assistance"). Both sentences restart the same aid: one commitment. Kept apart from ``restated.py``,
whose tests skip pauses and resumptions on purpose (a pause is news of its own each time a different
aid is halted). Only a later draft of the same donor and kind of aid, without an amount, at the
stage a resumption has (announced), in a sentence with a cue of resumption (``resumed_aid`` in
``data/commitments.json``), after an earlier such draft, is dropped.
"""

from __future__ import annotations

from coalition.extract.context import _has, lower_text, vocab


def _resumes(draft) -> bool:
    return (draft.money is None and draft.status == "announced" and draft.sent is not None
            and bool(_has(lower_text(draft.sent), vocab("commitments")["resumed_aid"])))


def resumption_told_again(draft, drafts: list) -> bool:
    """Whether an earlier draft, in another sentence, already resumes this donor's aid of this kind."""
    if draft.donor is None or not _resumes(draft):
        return False
    for other in drafts:
        if other is draft:
            return False  # only the drafts before it count
        if (other.donor == draft.donor and other.category == draft.category and other.sent is not None
                and other.sent.start != draft.sent.start and _resumes(other)):
            return True
    return False

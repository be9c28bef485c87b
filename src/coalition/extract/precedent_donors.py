"""A government named as a precedent of the sentence's donor gives nothing in that sentence.

Outlets place a new donor in a series: "Norway has become the third nation after Denmark and the
Netherlands to pledge F-16s", "Norway joins Denmark, Netherlands to donate F-16s", "Portugal,
like Spain, will send Leopards". The names after the cue ("after", "joins", "like") are earlier
donors the reader is reminded of; the act the sentence reports is the subject's. The commitment
finder takes the donor nearest the verb, which is often the last precedent.

A commitment whose donor is named in its sentence only inside such a list (the list ends at the
subject's infinitive or gerund, "to donate", "in pledging", or at the clause's end) is moved to
the subject named before the cue; when the article already records a commitment of that subject
sharing an item or the amount, it is the same act told again and is dropped. A precedent followed
by a verb of its own ("after Denmark announced …") is a time clause whose actor gives
(ADJUDICATION decision 50) and is left alone. Words in ``data/precedent_donors.json``.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

_WORDS = vocab("precedent_donors")
CUES = frozenset(_WORDS["cues"])
LIST_WORDS = frozenset(_WORDS["list_words"])
ENDS = frozenset(_WORDS["ends"])
SUBJECT_STOPS = frozenset(_WORDS["subject_stops"])
_ACTORS = ("COUNTRY", "ORG")


def with_subject_donors(ctx, commitments: list) -> list:
    """``commitments`` with those whose donor is only a precedent given to the subject (or dropped)."""
    drop = []
    for c in commitments:
        if c.donor is None:
            continue
        moved = _subject_for(ctx, c)
        if moved is None:
            continue
        if any(o is not c and o.donor == moved and _same_gift(o, c) for o in commitments):
            drop.append(c)  # the subject's gift is recorded already: this is it told again
        else:
            c.donor = moved
    return [c for c in commitments if not any(c is d for d in drop)]


def _subject_for(ctx, c) -> str | None:
    sent = ctx.sents[ctx.sentence_index(c.evidence.start)]
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, _ACTORS)
    own = [m for m in mentions if m.stands_for == c.donor]
    if not own:
        return None
    lower = tokens(sent.doc).lower
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    cue = None
    for m in own:
        at = _list_cue(lower, ends, m.start, sent.start)
        if at is None or not _list_closes(lower, starts, m.end, sent.end):
            return None  # named as a giver somewhere in the sentence: it may well give
        cue = at if cue is None else min(cue, at)
    before = [m for m in mentions if m.end <= cue and m.stands_for and m.stands_for != c.donor
              and m.stands_for not in SUBJECT_STOPS and m.stands_for != c.recipient]
    if not before:
        return None
    return before[0].stands_for  # the sentence's subject: the first name before the cue


def _list_cue(lower, ends: dict, i: int, floor: int) -> int | None:
    """The cue opening the precedent list the mention starting at token ``i`` belongs to, or None."""
    j = i - 1
    while j >= floor:
        if lower[j] in CUES:
            return j
        if j + 1 in ends:
            j = ends[j + 1].start - 1  # another name of the list
            continue
        if lower[j] not in LIST_WORDS:
            return None
        j -= 1
    return None


def _list_closes(lower, starts: dict, i: int, end: int) -> bool:
    """Whether the list the mention ending at token ``i`` belongs to ends at an infinitive, a gerund's
    "in" or the clause's end, rather than at a verb of its own."""
    j = i
    while j < end:
        if j in starts:
            j = starts[j].end
            continue
        if lower[j] in ENDS:
            return True
        if lower[j] not in LIST_WORDS:
            return False
        if lower[j] == "," and j + 1 < end and j + 1 not in starts and lower[j + 1] not in LIST_WORDS:
            return True  # "Portugal, like Spain, will send…": the aside closes
        j += 1
    return True


def _same_gift(a, b) -> bool:
    if a.amount is not None and b.amount is not None:
        return abs(a.amount - b.amount) <= 0.02 * abs(b.amount)
    return bool(_item_words(a) & _item_words(b))


def _item_words(c) -> set[str]:
    # "F-16s" and "F-16 fighter jets" name one gift: words of four letters or more, singular
    return {w.rstrip("s") for item in c.items for w in item.lower().split() if len(w) > 3}

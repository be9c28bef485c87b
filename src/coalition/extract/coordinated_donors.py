"""A sum given by a coordinated subject is the states' joint sum, not the last-named state's.

"Sweden, Norway and Denmark have promised to give about $500 million to a NATO-run plan", "Japan
and Norway boost Ukraine with $760 million in aid": one sum the listed governments give together.
The commitment finder gave it to the state nearest the verb, the last of the list, which gives
only its share (often told in the next sentences: "Denmark is contributing about $90 million").
ADJUDICATION decision 18: a gift paid by several governments without a split is one commitment
with no donor; the joint-gift rules (joint_gifts.py, commitments._joint_givers) read it only with
"together with" or "jointly".

A commitment with an amount whose donor is the last of two or more states listed as the subject of
its clause (the list opens the sentence or follows a clause boundary; only auxiliaries or adverbs
stand between it and the verb; the amount follows within a few words with no other giver named)
loses its donor, and each listed state gets a share of it (``coordinated_payers.py``, which reads
the narrower "list, verb of giving, sum" shape itself). "each", "respectively" in the sentence give
each state the sum, or its own, and are left alone. Words in ``data/coordinated_donors.json``.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, lower_text, tokens, vocab

_WORDS = vocab("coordinated_donors")
LIST_WORDS = frozenset(_WORDS["list_words"])
BETWEEN = frozenset(_WORDS["between"])
EACH = tuple(_WORDS["each"])
OPENERS = frozenset(_WORDS["openers"])
REACH = int(_WORDS["reach"])
STOPS = frozenset(_WORDS["stops"])
_ACTORS = ("COUNTRY", "ORG")


def without_last_conjunct_donors(ctx, commitments: list) -> list:
    """``commitments``, those whose sum a listed subject gives together left without a donor."""
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if c.donor is None or c.amount is None or (draft is not None and draft.parent is not None):
            continue  # a part of a package keeps its package's giver
        payers = _joint_subject(ctx, c)
        if payers:
            c.donor = None  # the listed states' sum together (decision 18)
            c.confidence = min(c.confidence, 0.6)
            if draft is not None:
                draft.donor = None
            # each listed state's share is added by coordinated_payers.split_listed_payers
            c.__dict__["_listed_payers"] = payers
    return commitments


def split_told(padded: str) -> bool:
    """Whether a sentence (a :func:`lower_text` string) gives each listed state the sum or its own
    ("Estonia and Latvia each pledge €40m", "€10m and €30m respectively"): then no joint sum is read.
    coordinated_payers.py reads the same words."""
    return has_phrase(padded, EACH) is not None


def _joint_subject(ctx, c) -> list[str]:
    """The listed states, in order, when ``c``'s sum is given by a list that is its clause's
    subject; [] otherwise."""
    sent = ctx.sents[ctx.sentence_index(c.evidence.start)]
    lower = tokens(sent.doc).lower
    if split_told(lower_text(sent)):
        return []
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, _ACTORS)
    ends = {m.end: m for m in mentions}
    for m in mentions:
        if m.stands_for != c.donor:
            continue
        # the list before the donor: other states joined by "and" and commas
        listed, j = [m], m.start - 1
        while j >= sent.start:
            if j + 1 in ends and ends[j + 1] is not listed[-1]:
                listed.append(ends[j + 1])
                j = ends[j + 1].start - 1
                continue
            if lower[j] not in LIST_WORDS:
                break
            j -= 1
        codes = {n.stands_for for n in listed}
        if len(listed) < 2 or len(codes) < 2 or codes & STOPS or None in codes or "and" not in lower[listed[-1].start : m.start]:
            continue
        if j >= sent.start and lower[j] not in OPENERS:
            continue  # "after talks with Sweden and Denmark, …": the list is no subject
        k = m.end
        while k < sent.end and lower[k] in BETWEEN:
            k += 1
        if k >= sent.end or not lower[k].isalpha():
            continue
        money = [s for s, value in ctx.money_in(sent) if s.start > k and s.start - k <= REACH
                 and abs(value.value - c.amount) <= 0.02 * abs(c.amount)]
        if not money:
            continue
        givers = [n for n in mentions if k < n.start < money[0].start and n.stands_for not in STOPS]
        if givers:
            continue  # another giver named before the sum: the list is not its subject
        return list(dict.fromkeys(n.stands_for for n in reversed(listed)))
    return []

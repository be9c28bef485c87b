"""A sum the next sentences split into several givers' shares is their joint sum: no donor.

"The World Bank on Wednesday announced a further $1.75 billion … The United States provides a $1.25
billion grant, the bank itself lends $500 million …, and Finland adds a $15 million grant": the donor
finders give the whole sum to the body that announced it (the bank) or to a country named near it in
a headline ("World Bank mobilises $1.75 billion …, combining a UK-guaranteed loan with US and Finnish
grants"), though the article itself tells that it comes from several givers. ADJUDICATION.md decision
18 (a gift paid by several without one donor has `donor: null`, each payer's share a part of it) and
the domain notes (a channel is not a donor) make such a sum no one's.

A sum with a donor is read as split when the sums told in the next sentences (up to ``REACH``), in its
currency and each smaller than it, come from two or more givers and add up to it (within 2%, as the
accuracy gate compares amounts). A state's package broken down into its own lines ("£600m for
drones and £400m for repairs") has one giver and keeps its donor; sums that do not add up to it are
other money and change nothing. The shares become parts of the joint sum.

A sum told as split among givers in its own sentence ("put the value of the order at €92 million, to
be split equally between the three partners") is theirs together for the same reason, whoever the
sentence names as its source: the words after the sum name the split and then a group of givers or an
actor ("between the three partners", "among Berlin, Oslo and Copenhagen"), not kinds of aid ("divided
between equipment from stocks and new contracts"). Words in ``data/split_sums.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

REACH = 3  # sentences after the sum in which its shares are told
SPLIT_REACH = 12  # tokens after the sum to the verb of splitting: "€92 million ($90m), to be split"
TOLERANCE = 0.02  # the gate's: a share list rounded ("$1.765bn" of "$1.75bn") still adds up


def _draft(c):
    return c.__dict__.get("_draft")


@lru_cache(maxsize=1)
def _split_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    w = vocab("split_sums")
    return frozenset(w["split_verbs"]), frozenset(w["between_words"]), frozenset(w["giver_nouns"]) | frozenset(vocab("from_donors")["group_nouns"])


def _split_among_givers(ctx, draft) -> bool:
    """Whether the words after the sum split it among givers: "…, to be split equally between the three
    partners"."""
    verbs, between, givers = _split_words()
    lower = tokens(ctx.doc).lower
    sent = draft.sent
    end = next((t.i for t in sent if t.idx >= draft.money.end_char), sent.end)
    window = lower[end : min(sent.end, end + SPLIT_REACH)]
    if verbs.isdisjoint(window):
        return False  # the cheap test first
    at = end + next(k for k, w in enumerate(window) if w in verbs)
    j = at + 1
    while j < sent.end and j <= at + 2 and lower[j] not in between:
        j += 1  # "split equally between"
    if j >= sent.end or lower[j] not in between:
        return False
    after = lower[j + 1 : min(sent.end, j + 5)]
    if not givers.isdisjoint(after):
        return True  # "between the three partners"
    start_char = ctx.doc[j].idx
    end_char = ctx.doc[min(sent.end, j + 9) - 1].idx + 1
    # "among Berlin, Oslo and Copenhagen": two actors or more; one is a demonym on a kind of aid
    # ("divided between equipment drawn from American inventories and …")
    return len({m.stands_for for m in ctx.mentions_in(start_char, end_char, ("COUNTRY", "ORG"))}) >= 2


def with_split_sums(ctx, commitments: list) -> list:
    """``commitments``, each sum the following sentences split among several givers made donor-less."""
    for c in commitments:
        draft = _draft(c)
        if c.donor is not None and c.amount and draft is not None and draft.money is not None and draft.sent is not None \
                and _split_among_givers(ctx, draft):
            c.donor = None
            draft.donor = None
    sums = [c for c in commitments if c.amount and c.currency and _draft(c) is not None and _draft(c).money is not None]
    if len(sums) < 3:
        return commitments  # the cheap test first: a whole and two shares
    sums.sort(key=lambda c: _draft(c).money.start_char)
    placed = [(ctx.sentence_index(_draft(c).money.start_char), c) for c in sums]
    for here, whole in placed:
        if whole.donor is None or _draft(whole).parent is not None:
            continue
        shares, total, givers, split = [], 0.0, set(), False
        for there in range(here + 1, here + REACH + 1):
            told = [part for at, part in placed if at == there and part.currency == whole.currency
                    and part.amount < whole.amount * (1 - TOLERANCE)]  # not the whole told again
            shares += told
            total += sum(part.amount for part in told)
            givers.update(part.donor for part in told if part.donor)
            if total > whole.amount * (1 + TOLERANCE):
                break
            # the shares are whole sentences: a list is read to its end before it is added up
            if told and abs(total - whole.amount) <= TOLERANCE * whole.amount:
                split = True
                break
        if not split or len(givers) < 2:
            continue
        whole.donor = None
        _draft(whole).donor = None
        for part in shares:
            if _draft(part).parent is None:
                _draft(part).parent = _draft(whole)
    return commitments

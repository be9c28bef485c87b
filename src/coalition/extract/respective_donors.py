"""Sums told with "respectively" go, in order, to the actors listed beside them.

"Ukraine received a $760 million grant from Japan and Norway through the project, $465 million and
$295 million respectively", "Denmark and Sweden will give €100m and €60m respectively": the donor
finders give every sum of such a sentence to one actor, the nearest before it. A sentence with
"respectively", a list of two or more actors (joined by commas and "and") and a list of as many
sums (joined the same way, a conversion in parentheses allowed) pairs them in order, whichever list
comes first. A sum of the
sentence that equals the listed sums together is the actors' joint total, which has no single donor
(adjudication 18); its shares are the listed sums.
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, tokens

JOINERS = frozenset((",", "and", "the"))
NOT_GIVERS = frozenset(("UKR", "RUS"))


def with_respective_donors(ctx: ArticleContext, commitments: list) -> list:
    """``commitments``, those whose sums are told with "respectively" given to their listed actors."""
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents:
        if "respectively" not in lower[sent.start:sent.end]:
            continue  # the cheap test first
        actors = _actor_run(ctx, sent, lower)
        sums = _sum_run(ctx, sent, lower)
        if len(actors) < 2 or len(actors) != len(sums):
            continue
        inside = [c for c in commitments if c.amount is not None and ctx.sentence_index(c.evidence.start) == ctx.sentence_index(sent.start_char)]
        for code, value in zip(actors, sums):
            for c in inside:
                if abs(c.amount - value) <= 0.02 * abs(value):
                    _give(c, code)
        total = sum(sums)
        for c in inside:
            if c.donor in actors and abs(c.amount - total) <= 0.02 * total:
                _give(c, None)  # "a $760 million grant from Japan and Norway": theirs together
    return commitments


def _give(c, code: str | None) -> None:
    c.donor = code
    draft = c.__dict__.get("_draft")
    if draft is not None:
        draft.donor = code


def _actor_run(ctx: ArticleContext, sent, lower) -> list[str]:
    """The first run of two or more actors joined by commas and "and" in ``sent``, in order."""
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))
                if m.stands_for and m.stands_for not in NOT_GIVERS]
    run: list = []
    for m in mentions:
        if run and all(w in JOINERS for w in lower[run[-1].end:m.start]) and m.start > run[-1].end:
            run.append(m)
            continue
        if len(run) >= 2:
            break
        run = [m]
    codes = [m.stands_for for m in run]
    return codes if len(run) >= 2 and len(set(codes)) == len(codes) else []


def _sum_run(ctx: ArticleContext, sent, lower) -> list[float]:
    """The last run of two or more sums joined by commas and "and" before "respectively" ("€100m and
    €60m from Denmark and Sweden respectively", "from Japan and Norway, $465m and $295m respectively")."""
    at = next(k for k in range(sent.start, sent.end) if lower[k] == "respectively")
    spans = [(s, m) for s, m in ctx.money_in(sent) if s.end <= at and m.conversion_of is None]
    best: list = []
    run: list = []
    for s, m in spans:
        if run and _joined(lower[run[-1][0].end:s.start]):
            run.append((s, m))
        else:
            run = [(s, m)]
        if len(run) >= 2:
            best = list(run)
    return [m.value for _, m in best]


def _joined(between: list[str]) -> bool:
    """Whether only joiners, or a conversion in parentheses and then joiners, stand between two sums."""
    if between and between[0] == "(" and ")" in between:
        between = between[between.index(")") + 1:]
    return bool(between) and all(w in JOINERS for w in between)

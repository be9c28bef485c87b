"""An aside opened by ", whose" and closed by a comma before the cue: the cue belongs to the main
clause, whose subject is the whole list before the aside, not only the country the aside is about.

    "Austria, Ireland and Malta, whose governments follow policies of neutrality, had chosen to
    abstain constructively" — all three abstain (decision 38's opt-out), not Malta alone;
    "… ahead of the United States, whose delegation likewise declined to join" — the aside's own cue,
    the United States' (``clause_groups._whose_owner``).
"""

from __future__ import annotations

# The words that open the main clause again after the aside's closing comma: its auxiliary or verb.
MAIN_VERBS = frozenset(
    "will would has have had is are was were could can may might must should cannot does did remain remains "
    "remained chose choose decided decide agreed agree refused refuse declined decline opted opt".split()
)


def closed_aside(lower: list[str], whose: int, at: int) -> bool:
    """Whether the ", whose" aside at token ``whose`` is closed by a comma before the cue at token
    ``at``, with the main clause's verb right after that comma."""
    commas = [k for k in range(whose + 1, at) if lower[k] == ","]
    return bool(commas) and lower[commas[-1] + 1] in MAIN_VERBS

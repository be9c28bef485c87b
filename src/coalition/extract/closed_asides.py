"""An aside opened by ", whose" and closed by a comma before the cue: the cue belongs to the main
clause, whose subject is the whole list before the aside, not only the country the aside is about.

    "Austria, Ireland and Malta, whose governments follow policies of neutrality, had chosen to
    abstain constructively" — all three abstain (decision 38's opt-out), not Malta alone;
    "… ahead of the United States, whose delegation likewise declined to join" — the aside's own cue,
    the United States' (``clause_groups._whose_owner``).

A relative aside closed the same way says something about the holder; what it names is no other
subject of the clause ("The United States, which must approve any transfer by third countries, has
said it will back the training": ``outside_asides``).
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


# The relative words that open an aside about the holder: "The United States, which must approve any
# transfer by third countries, has said it will back the training".
RELATIVES = frozenset({"which", "who", "whose"})


def outside_asides(lower: list[str], lo: int, hi: int) -> list[str]:
    """The words of tokens [lo, hi) that are not in a closed relative aside (", which …, has"): what
    the aside names ("third countries") is about the holder, not another subject of the clause."""
    out: list[str] = []
    k = lo
    while k < hi:
        if lower[k] in RELATIVES and k > 0 and lower[k - 1] == ",":
            close = next((j for j in range(k + 1, hi - 1) if lower[j] == "," and lower[j + 1] in MAIN_VERBS), None)
            if close is not None:
                k = close + 1
                continue
        out.append(lower[k])
        k += 1
    return out

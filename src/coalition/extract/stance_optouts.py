"""A state's opt-out of its own part in a measure (ADJUDICATION.md decision 38: "will not take
part … agreed not to block", a constructive abstention) is its `oppose` on taking part, a position
of its own beside any other refusal of the same state in the article.

    "Hungary will not send soldiers or weapons to Ukraine. … Officials said Hungary would not
    contribute to the weapons part of the fund but would not stand in the way of others."
    — two oppose stances: the refusal to send, and the opt-out of the fund's weapons part.

A cue's own object is most often the same thing written again ("the move", "it"), so
``positions._open_stances`` keeps one such stance per actor and value; an opt-out names a part of a
measure the state stays out of, which is not that.
"""

from __future__ import annotations

OPT_OUT_CUES = frozenset((
    "abstains constructively", "abstained constructively", "abstain constructively", "abstaining constructively",
    "constructive abstention", "will not contribute", "would not contribute", "wo n't contribute",
    "not to contribute", "stayed out of", "stays out of", "staying out of", "stay out of", "opted out",
    "opt out",
))


def own_opt_out(cue: str) -> bool:
    """Whether ``cue`` (lower-case words as the tokenizer writes them) tells an opt-out of a measure."""
    return cue in OPT_OUT_CUES


def opt_out_target(cue: str, target: str | None) -> str | None:
    """The target of a stance read from ``cue``: for an opt-out, the state's own part in the measure
    ("Austria abstains constructively on the lethal aid" is no opposition to the aid others give)."""
    if target and own_opt_out(cue) and not target.startswith("taking part in "):
        return "taking part in " + target
    return target

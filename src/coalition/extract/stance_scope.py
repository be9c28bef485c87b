"""What a target's own words put out of a position's reach: a target named as what someone did
not take up ("did not address the plan directly but warned against any settlement", "declined to
comment on the proposal") is no target of the sentence's position.

Separate from ``positions.py``, which finds the targets; the words are in positions.json
("unaddressed").
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("positions")["unaddressed"]
VERBS = frozenset(_WORDS["verbs"])
COMMENT_ON = frozenset(_WORDS["comment_on"])
REFUSALS = frozenset(_WORDS["refusals"])
DETERMINERS = frozenset("a an the any this that these those its their his her".split())
# "take part in the European Union's new mission": a target phrase that ends on its owner's name
# and goes on with "'s" names what the owner has, not the target ("in the European Union").
OWNERS = frozenset(_WORDS["owners"])
POSSESSIVE = ("'s ", "’s ")


def owner_of_other(padded: str, at: int, as_tokens: str) -> bool:
    """Whether the target phrase ``as_tokens`` (padded, found at ``at``) names an owner: its last
    word is an owner's name and "'s" follows it."""
    end = at + len(as_tokens)
    return padded.startswith(POSSESSIVE, end) and as_tokens.split()[-1] in OWNERS


def unaddressed(padded: str, at: int) -> bool:
    """Whether the target at character ``at`` of ``padded`` follows a refusal to take it up."""
    before = padded[max(0, at - 80) : at].split()[-6:]
    if before[-1:] and before[-1] in DETERMINERS:
        before = before[:-1]
    if before[-1:] == ["directly"]:
        before = before[:-1]
    if before[-1:] and before[-1] in VERBS:
        head = before[:-1]
    elif before[-1:] == ["on"] and before[-2:-1] and before[-2] in COMMENT_ON:
        head = before[:-2]
    else:
        return False
    return not REFUSALS.isdisjoint(head[-3:])


# A relative clause on a proposal ("the ceasefire that Washington had proposed and Kyiv had
# endorsed", "a truce in January that Kyiv dismissed as a ploy") says which proposal is meant: the
# answers in it are the proposal's history, told with the proposal, not news of a position.
PROPOSAL_NOUNS = frozenset(_WORDS["proposal_nouns"])
# How far back from a cue the pronoun may stand, and a proposal noun before the pronoun ("in January").
RELATIVE_REACH = 8
NOUN_REACH = 4
DASHES = frozenset("– — --".split())  # not "-", which joins "30-day"
CLAUSE_ENDS = frozenset(", ; : but while though - – —".split())


def in_proposal_relative(lower: list[str], lo: int, at: int) -> bool:
    """Whether the cue at token ``at`` sits in a relative clause ("that", "which" with no comma
    before it) on a proposal noun, looking back no further than token ``lo``."""
    for j in range(at - 1, max(lo, at - RELATIVE_REACH) - 1, -1):
        word = lower[j]
        if word in CLAUSE_ENDS:
            return False
        if word in ("that", "which"):
            # the noun before the pronoun, in the same stretch ("…what the plan contained, but
            # that Russia remained open" is a second clause of what was said, no relative clause)
            for k in range(j - 1, max(lo, j - NOUN_REACH) - 1, -1):
                if lower[k] in CLAUSE_ENDS or lower[k] == "and":
                    return False
                if lower[k] in PROPOSAL_NOUNS:
                    # "…in exchange for land — a deal that Ukraine rejected": a summary after a dash
                    # is the news itself, the answer to what the sentence told
                    return not DASHES.intersection(lower[max(lo, k - NOUN_REACH) : k])
            return False
    return False

"""Forces offered for after a ceasefire or a peace deal (ADJUDICATION.md, decision 36).

Every reassurance or peacekeeping force is planned for after a ceasefire, so "once a ceasefire
is agreed", "to help enforce a peace deal", "if a peace agreement or ceasefire is reached" is the
mission's premise, not a condition of the state's offer: a firm offer ("ready to put troops on the
ground … once a ceasefire was agreed", "would be willing to contribute peacekeepers … once there
is a ceasefire", "is ready to take part …, but only once a ceasefire is agreed") is `committed`.
It is `conditional` only when the state adds a condition of its own: a UN or clear mandate, a US
backstop, parliament's approval, both sides' consent ("further_conditions" in positions.json), or
any other condition cue that is not about the ceasefire or the peace ("if the Security Council
approves one"). Hedges ("open to", "could", "would consider") keep their own status.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, phrases_in


# words after an "if" that no condition cue covers in which its ceasefire or peace must stand
# ("if that would help end the war")
IF_REACH = 6


def firm_offer_after_peace(padded: str, words: dict, premise_only, premise_words: frozenset) -> bool:
    """Whether the clause's padded lower-case text ``padded`` is a firm offer of forces whose
    only condition is a ceasefire or a peace (``premise_only`` is the status module's test that
    every cue of a list is followed by a ceasefire or a peace; ``premise_words`` its words)."""
    cues = words["cues"]
    conditions = phrases_in(padded, cues["conditional"])
    starts = [padded.find(" " + c + " ") for c in conditions]
    # the offer is what comes before its first condition ("ready to contribute soldiers … if it
    # could help bring the war to an end": the "could" is the condition's, not a hedge)
    cut = min([at for at in starts if at >= 0] + [padded.find(" if ") if " if " in padded else len(padded)])
    offer = padded[:cut + 1]
    if has_phrase(offer, cues["considering"]) or has_phrase(offer, cues["open"]) or has_phrase(offer, cues["possible"]):
        return False  # "could send", "open to": decision 9's hedges, whatever they wait on
    if not (has_phrase(offer, cues["committed"]) or has_phrase(offer, words["willingness"])):
        return False
    if has_phrase(padded, words["further_conditions"]):
        return False  # "provided there is a ceasefire and the mission has a clear mandate"
    if conditions and not premise_only(padded, conditions, words):
        return False  # "only with an American backstop"
    # an "if" no cue covers ("if one is agreed") must itself wait on a ceasefire or a peace
    at = padded.find(" if ")
    while at >= 0:
        if at not in starts and premise_words.isdisjoint(padded[at + 4:].split()[:IF_REACH]):
            return False
        at = padded.find(" if ", at + 1)
    return True


__all__ = ["firm_offer_after_peace"]

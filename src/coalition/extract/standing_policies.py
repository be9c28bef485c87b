"""A standing refusal to arm Ukraine, told as a policy rather than as a decision: "As a neutral
state, Austria does not supply weapons to Ukraine", "Seoul keeps to its policy of not supplying
lethal weapons to Ukraine", "the government's position against providing lethal aid to Ukraine",
"says it cannot send lethal weapons to Ukraine". The holder opposes arming Ukraine.

The same words say other things, so a cue of this kind holds a position only when
- what is not given is arms ("weapons", "lethal", "ammunition"), not a contract's equipment ("it
  does not send additional equipment to Kyiv" is what a deal covers);
- Ukraine is the one not given them, after the cue ("a policy of not supplying weapons to
  countries at war" is a general rule of export law, not a position on this war), or the clause
  gives the standing reason for the policy ("Ireland does not send weapons, in keeping with its
  military neutrality": a neutral state's refusal to arm anyone is its position on arming Ukraine,
  ADJUDICATION.md decision 13; a bare "does not send weapons" with neither stays background);
- the policy is not told as what may change after it ("had kept to a principle of not supplying
  lethal weapons, but might review that"): the news is then the change, a hedge of its own.
The words are in positions.json ("standing_policies").
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("positions")["standing_policies"]
CUES = frozenset(_WORDS["cues"])
ITEMS = frozenset(_WORDS["items"])
RECIPIENTS = frozenset(_WORDS["recipients"])
CHANGES = frozenset(_WORDS["changes"])
REASONS = frozenset(_WORDS["reasons"])


def unheld_policy(text: str, cue: str) -> bool:
    """Whether a policy cue (``cue``, one of ``CUES``) in a clause's padded lower-case ``text`` holds
    no position: not about arms for Ukraine, or told as what may change."""
    if cue not in CUES:
        return False
    at = text.find(" " + cue + " ")
    after = text[at + len(cue) + 2:].split() if at >= 0 else []
    if ITEMS.isdisjoint(after):
        return True
    if RECIPIENTS.isdisjoint(after) and REASONS.isdisjoint(text.split()):
        return True
    return not CHANGES.isdisjoint(after)

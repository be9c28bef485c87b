"""A class noun told after a donor's named aid is that aid again, not a second plan (twelfth session).

"Denmark will give Ukraine 19 F-16 fighter jets … Troels Lund Poulsen said the Danish aircraft would
come from the fleet the air force is phasing out": "the aircraft" is the jets told before, with
"would" describing where they come from. The in-kind reader already drops a definite item whose head
word is one the same donor gave before ("the tanks would add firepower"); a class noun of
``item_hypernyms`` ("aircraft", "jets", "vehicles", "systems") names the same aid by its class. Only a
plan or an announcement is dropped: a delivery of "the aircraft" is news of its own, unless a
demonstrative points back at a delivery told before ("The French jets landed on Thursday … 'The
first of these aircraft arrived today,' the minister wrote": the same arrival quoted again).
"""

from __future__ import annotations

from coalition.extract.context import vocab

_DEFINITE = frozenset({"the", "these", "those", "our", "their", "its"})
_RESTATED_STAGES = frozenset({"planned", "announced", "considering"})
_DEMONSTRATIVES = frozenset({"these", "those"})


def class_noun_told_before(group: list, article: str, status: str, donor: str | None, earlier: list | None) -> bool:
    """Whether a lone definite class noun (``article`` is the word before it) restates in-kind aid of
    the same category that ``donor`` gave earlier in the article."""
    if len(group) != 1 or article not in _DEFINITE or donor is None or not earlier:
        return False
    # a delivery is restated only when a demonstrative points back at a delivery of the same kind
    delivered_again = status == "delivered" and article in _DEMONSTRATIVES
    if status not in _RESTATED_STAGES and not delivered_again:
        return False
    start, end, text, category = group[0]
    if text not in vocab("commitments")["item_hypernyms"]:
        return False
    return any(d.donor == donor and d.money is None and d.category == category
               and (not delivered_again or d.status == "delivered") for d in earlier)

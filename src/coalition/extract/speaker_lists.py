"""People named in a list whose first member is an object: "a meeting of Presidents Erdoğan, Putin,
Zelensky and Trump", "talks with Macron, Merz and Tusk".

``_Referents.is_object`` reads the word that governs a name ("of", "with", "met"), which only the
list's first member has; the others follow a comma or "and". Left as subjects, the last of them is
the name closest to a speech verb after the list ("…, and urged both delegations to "…"") and took
the quote from the sentence's real subject.
"""

from __future__ import annotations

from coalition.extract.context import tokens

_JOINERS = frozenset({",", "and"})


def listed_objects(refs, people: list, speech: set[str]) -> set[int]:
    """The start tokens of the people in ``people`` (in text order) that continue a list whose first
    member is an object of a preposition or verb; one followed by a speech verb ("met Lammy, and
    Barrot said") opens a clause of its own."""
    lower = tokens(refs.doc).lower
    out: set[int] = set()
    ordered = sorted(people, key=lambda p: p.start)
    for before, person in zip(ordered, ordered[1:]):
        between = lower[before.end : person.start]
        if not between or not set(between) <= _JOINERS or len(between) > 2 or lower[person.end : person.end + 1] and \
                lower[person.end] in speech:
            continue
        if before.start in out or refs.is_object(before):
            out.add(person.start)
    return out

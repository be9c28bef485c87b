"""Training given by the instructors of several listed states (fourteenth session, decision 30):
each state of the list gives training. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def trainers(text: str) -> set:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return {f.donor for f in result.facts if f.kind == "commitment" and f.category == "training"}


def test_instructors_from_a_list_of_states():
    assert trainers("Ukrainian marines are trained in Scotland alongside instructors from Norway, Denmark and Lithuania.") >= {"NOR", "DNK", "LTU"}


def test_a_list_of_nationalities_before_the_trainers():
    assert trainers("Dutch, Belgian and Danish instructors are training Ukrainian pilots in Romania.") >= {"NLD", "BEL", "DNK"}


def test_a_list_that_is_not_the_trainers_gives_nothing():
    found = trainers("Instructors are training Ukrainian recruits with rifles made in Belgium, Czechia and Poland.")
    assert not found & {"CZE", "POL"}  # (Belgium is read as the host by the older rule)

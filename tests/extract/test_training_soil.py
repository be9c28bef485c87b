"""Training on a state's soil (twenty-first session): "trained on British soil" makes the host the
giver when no trainers are named; training a named mission runs there is the mission's, which the
host only houses."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def training(text: str) -> list[tuple[str | None, str]]:
    result = extract(Article(text="Headline\n\nUkraine receives new support from its partners.\n\n" + text, source="test"))
    return [(f.donor, f.status) for f in result.facts if f.kind == "commitment" and f.category == "training"]


def test_training_on_a_states_soil_is_the_hosts():
    assert training("More than 15,000 Ukrainian troops have been trained on British soil since last summer.") == [
        ("GBR", "delivered")]
    assert training("Training of Ukrainian recruits on French territory will continue into next year.") == [
        ("FRA", "announced")]


def test_a_missions_training_on_a_hosts_soil_is_not_the_hosts():
    assert training("Around 4,000 Ukrainian soldiers have been trained on Czech soil under the EU's "
                    "military assistance mission.") == []


def test_soil_without_ukrainian_trainees_gives_nothing():
    assert training("Polish troops trained on German soil last autumn.") == []

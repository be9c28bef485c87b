"""Fifteenth-session training commitments, on made-up sentences: the items name whom the training
is for and who gives it; a giver's past training and its continuation are two commitments; a state
taking part in a training mission gives training; an organisation's mission gives it when a
decision is told; a sentence-opening pronoun stands for its person's state."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def training(text: str) -> list[tuple[str | None, str, list[str]]]:
    result = extract(Article(text="Headline\n\nUkraine receives new support from its partners.\n\n" + text, source="test"))
    return [(f.donor, f.status, f.items) for f in result.facts
            if f.kind == "commitment" and f.category == "training"]


def test_items_name_the_trainees_and_the_trainers():
    assert training("Finnish instructors have trained some 900 Ukrainian combat engineers since the spring.") == [
        ("FIN", "delivered", ["training of ukrainian combat engineers", "instructors"])]


def test_past_training_and_its_continuation_are_two_commitments():
    text = ("Estonian instructors have trained 1,500 Ukrainian recruits since 2023. "
            "Estonia will keep training Ukrainian soldiers next year.")
    assert [(d, s) for d, s, _ in training(text)] == [("EST", "delivered"), ("EST", "announced")]


def test_two_past_trainings_of_one_giver_stay_one():
    text = ("Estonian instructors have trained 1,500 Ukrainian recruits since 2023. "
            "Ukrainian soldiers were also trained in Estonia last winter.")
    assert [(d, s) for d, s, _ in training(text)] == [("EST", "delivered")]


@pytest.mark.parametrize("text, donor", [
    ("Portugal said it would take part in the EU mission that trains Ukrainian soldiers.", "PRT"),
    ("Greece has also joined the programme training Ukrainian marines.", "GRC"),
])
def test_a_state_taking_part_in_a_training_mission_gives_training(text, donor):
    assert [d for d, _, _ in training(text)] == [donor]


def test_a_state_outside_the_training_mission_gives_nothing():
    # no link of taking part: the state only comments on the mission
    assert training("Portugal said the EU mission that trains Ukrainian soldiers was a success.") == []


def test_an_organisations_mission_trains_when_a_decision_is_told():
    text = "Defence ministers agreed to train 15,000 more Ukrainian soldiers through NATO's training mission."
    assert [d for d, _, _ in training(text)] == ["NATO"]


def test_a_mission_only_described_gives_nothing():
    assert training("About 30,000 Ukrainian soldiers have been trained under the EU's assistance mission.") == []


def test_a_pronoun_subject_gives_its_persons_states_training():
    text = ("Norwegian Defence Minister Bjorn Arild Gram presented the package on Monday. "
            "He said the howitzers would come with training for Ukrainian crews.")
    assert [d for d, _, _ in training(text)] == ["NOR"]


def test_a_pronoun_for_a_ukrainian_gives_nothing():
    text = ("Ukrainian Defence Minister Rustem Umerov visited the front on Monday. "
            "He said Ukrainian crews needed more training before the spring.")
    assert training(text) == []


def test_helping_form_and_train_a_unit_is_training():
    assert [d for d, _, _ in training("Lithuania will help form and train a Ukrainian brigade.")] == ["LTU"]


@pytest.mark.parametrize("text, donor", [
    ("Latvian bases have hosted Ukrainian soldiers on courses since the spring.", "LVA"),
    ("Ukrainian sappers completed their training at Lithuanian training grounds last month.", "LTU"),
])
def test_a_states_bases_host_the_training(text, donor):
    assert [d for d, _, _ in training(text)] == [donor]


def test_bases_beside_named_trainers_give_nothing():
    # decision 30: the trainers give it, the host only lends ground
    assert [d for d, _, _ in training("Dutch instructors have trained Ukrainian pilots at Romanian bases.")] == ["NLD"]


def test_a_state_stationing_jets_where_ukrainians_train_gives_training():
    text = ("Stockholm has also stationed aircraft and mechanics at the Polish training centre, where "
            "Ukrainian pilots fly alongside Polish instructors.")
    found = {d: items for d, _, items in training(text)}
    assert found.get("SWE") == ["aircraft", "mechanics"]


def test_a_deployment_without_training_of_ukrainians_gives_nothing():
    assert training("Britain has deployed 800 troops to Estonia, where NATO exercises are held.") == []


def test_training_at_a_facility_in_a_one_donor_article_is_the_main_donors():
    text = ("Finland will send Ukraine six more Leopard 2 tanks, Finland's defence ministry said. "
            "Ukrainian crews have already completed training on the tanks at the Parola armour school.")
    assert [d for d, _, _ in training(text)] == ["FIN"]


@pytest.mark.parametrize("second", [
    "Ukrainian crews will be trained on the tanks at a base in a third country.",
    "Ukrainian crews have already completed training on the tanks.",  # no facility named
])
def test_no_main_donor_training_elsewhere_or_without_a_facility(second):
    text = "Finland will send Ukraine six more Leopard 2 tanks, Finland's defence ministry said. " + second
    assert training(text) == []

"""Eighth-session training commitments (adjudication 21), on made-up sentences: training of
Ukrainian personnel is a ``training`` commitment of the state that gives or hosts it, also when told
from the trainees' side; the giver is the trainers' nationality, the subject of the verb of training,
or the place named in the training's own clause. No fact without an identifiable giver, for a
denial, a request or a plan that fell through, when Ukrainians are the trainers, or when another
commitment of the sentence already carries the training."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def training(text: str) -> list[tuple[str | None, str, list[str]]]:
    result = extract(Article(text="Headline\n\nUkraine receives new support from its partners.\n\n" + text, source="test"))
    return [(f.donor, f.status, f.items) for f in result.facts
            if f.kind == "commitment" and f.category == "training"]


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian gunners will start their training on the howitzers in Norway next month.",
     [("NOR", "announced", ["training of ukrainian gunners"])]),
    ("Training of Ukrainian pilots in Sweden is due to begin in the spring.", [("SWE", "announced", ["training of ukrainian pilots"])]),
    ("Ukrainian tank crews were trained on the vehicles in Poland over the summer.",
     [("POL", "delivered", ["training of ukrainian tank crews"])]),
    ("Dutch instructors have trained hundreds of Ukrainian marines since last year.",
     [("NLD", "delivered", ["training of ukrainian marines", "instructors"])]),
    ("Austria said it would keep training Ukrainian deminers at its own expense.",
     [("AUT", "announced", ["training of ukrainian deminers"])]),
])
def test_training_of_ukrainians_is_the_givers_or_hosts_commitment(text, expected):
    assert training(text) == expected


@pytest.mark.parametrize("text", [
    # no giver named
    "Ukrainian crews will need about five weeks of training before the jets can fly.",
    "Ukrainian soldiers will be trained on the launchers in a third country.",
    # a place that is not where the training is
    "Ukrainian operators would be trained in Ukraine by company engineers.",
    # denied, asked for, supposed, or a plan that fell through
    "Ukrainian crews will not be trained in Belgium this year, the minister said.",
    "Kyiv asked for Ukrainian pilots to be trained in Italy.",
    "Under the old plan, 200 Ukrainian soldiers would have trained in Slovenia.",
    "Croatia stays out of the EU training mission for Ukrainian troops.",
    # the Ukrainians train others
    "Ukrainian specialists will train Finnish soldiers in countering drones.",
    # the place of another act, not of the training
    "Greece sent two jets to the flight school in Romania, where Ukrainian pilots are trained.",
])
def test_no_training_commitment_without_a_giver_or_a_given_training(text):
    assert training(text) == []


def test_the_trainers_sender_carries_the_training_of_its_sentence():
    # the commitment of the state that sends the instructors already holds the training: the country
    # they go to is no second giver
    text = "Portugal has sent two aircraft, along with instructors, to Spain to help train Ukrainian pilots."
    assert all(donor != "ESP" for donor, _, _ in training(text))


def test_one_training_commitment_per_giver_and_article():
    text = ("Ukrainian crews will begin training on the tanks in Germany within days. Training of Ukrainian "
            "crews in Germany will take about six weeks.")
    assert training(text) == [("DEU", "announced", ["training of ukrainian crews"])]

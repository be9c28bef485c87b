"""Fifteenth session: a training programme extended or carried on, told right after the training,
is a second (announced) training commitment of the same giver (training_continuations.py)."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def training(text: str) -> list[tuple[str | None, str, list[str]]]:
    result = extract(Article(text="Headline\n\nUkraine receives new support from its partners.\n\n" + text, source="test"))
    return [(f.donor, f.status, f.items) for f in result.facts
            if f.kind == "commitment" and f.category == "training"]


def test_an_extension_after_the_training_is_a_second_commitment():
    text = ("Irish instructors have trained Ukrainian deminers in Cyprus since 2023. "
            "Dublin has extended the mission until the end of next year, with about 20 army personnel.")
    assert training(text) == [
        ("IRL", "delivered", ["training of ukrainian deminers", "instructors"]),
        ("IRL", "announced", ["training of ukrainian deminers", "army personnel"]),
    ]


def test_an_extension_naming_another_state_extends_only_that_ones_training():
    text = ("Swedish instructors have trained Ukrainian soldiers under the British-run programme since 2022. "
            "The Swedish contribution will continue next year.")
    donors = [(d, s) for d, s, _ in training(text)]
    assert ("SWE", "announced") in donors and ("GBR", "announced") not in donors


def test_an_extension_far_from_any_training_gives_nothing():
    text = ("Irish instructors have trained Ukrainian deminers in Cyprus since 2023. The deminers praised them. "
            "Officials met in Brussels on Monday. The talks were long. The government has extended the operation.")
    assert [s for _, s, _ in training(text)] == ["delivered"]


def test_an_extension_denied_gives_nothing():
    text = ("Irish instructors have trained Ukrainian deminers in Cyprus since 2023. "
            "The government has not extended the mission beyond March.")
    assert [s for _, s, _ in training(text)] == ["delivered"]

"""Training abroad under the second adjudication pass (ADJUDICATION.md decision 30), on made-up
sentences: the training is given by the state whose instructors give it; the host gives it too
only when its own instructors train beside them or it runs the programme, and a state that is part
of a programme another runs gives it as well; with no trainer state named, the host gives it."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def training(text: str) -> list[str | None]:
    result = extract(Article(text="Headline\n\nUkraine receives new support from its partners.\n\n" + text, source="test"))
    return sorted(f.donor for f in result.facts if f.kind == "commitment" and f.category == "training")


@pytest.mark.parametrize("text, expected", [
    # the trainers' state, past a word between it and "instructors"; the host only where
    ("NZDF engineering instructors have trained about 900 Ukrainian recruits in Britain this year.", ["NZL"]),
    ("Danish army instructors trained Ukrainian gunners in Poland over the winter.", ["DNK"]),
    # the host's own instructors beside the others
    ("Norwegian soldiers are deployed in Britain, helping to train Ukrainian recruits alongside British instructors.",
     ["GBR", "NOR"]),
    # the state running the programme, and one that is part of it
    ("Belgium has been part of the British-run training programme for Ukrainian recruits since 2023.", ["BEL", "GBR"]),
    # no trainer state named: the host gives it
    ("Ukrainian crews were trained on the launchers in Spain in March by the manufacturer's instructors.", ["ESP"]),
])
def test_training_abroad_is_given_by_the_trainers(text, expected):
    assert training(text) == expected


def test_a_coalition_led_by_states_that_coordinates_training_gives_no_training():
    # "-led" and "led by" describe the coalition, not who runs or gives a training programme
    assert training("The armour coalition, led by Poland and Germany, coordinates the training of Ukrainian crews.") == []

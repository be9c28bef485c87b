"""Eleventh session: a refusal of a named weapon system, told after another position of the same
value, is a position of its own (``named_refusals.py``; the class of dev 142, 274, 334, 424), on
made-up sentences. The positive case fails without the rule."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

from tests.extract.stance_sentences import WAR


def _opposes(text: str, actor: str) -> list[str]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return [f.target for f in result.facts if f.kind == "stance" and f.actor == actor and f.stance == "oppose"]


def test_a_named_system_refused_after_a_general_refusal_is_a_second_position():
    # dev 274's wording: a general refusal, then a named system kept back by the government
    text = ("Romania has long argued against sending weapons, warning that it would drag "
            "the country into the war.\n\nLater the cabinet met. Romania will not give up its MIM-23 air "
            "defence systems, the government said, because they protect Romanian airspace.")
    assert len(_opposes(text, "ROU")) == 2


def test_the_same_system_named_in_both_is_one_refusal():
    # negative: the lede names the system, the body tells the same refusal (decision 48)
    text = ("Romania will not hand over its MIM-23 systems, the president said on Monday.\n\nRomania will "
            "not give up its MIM-23 air defence systems, the government said, because they protect "
            "Romanian airspace.")
    assert len(_opposes(text, "ROU")) == 1


def test_an_origin_word_names_no_system():
    # negative: "Western" tells where the aircraft come from (dev 277)
    text = ("Moscow has argued against sending weapons to Kyiv for months.\n\nRussian officials have again "
            "warned against that Western fighter aircraft in Ukraine.")
    assert len(_opposes(text, "RUS")) <= 1

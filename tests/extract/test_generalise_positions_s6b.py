"""Sixth-session stance classes, second round, on made-up sentences (other actors and wordings
than the dev articles that showed each class): a manner or time adverb inside a cue phrase
("has offered repeatedly to mediate", "has also refused to join"); a first clause's own object
beside a later clause's named target ("condemned the invasion …, but has not joined sanctions");
a request for a measure against the aggressor, Ukraine's too ("asked Ankara to close the straits to
Russian warships"), but not "wanted first to close" (the holder's own plan); a pronoun for a named target ("Russia has
rejected it") beside the holder's other position of the same value, unless another country named in
the clause could be its subject; leaders named by surname with no country word (people.tsv)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


def _stance_facts(text: str) -> list:
    return [f for f in extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts if f.kind == "stance"]


@pytest.mark.parametrize("text, expected", [
    ("Qatar has offered repeatedly to mediate between the two sides.", ("QAT", "support")),
    ("Hungary has also refused to join the sanctions against Moscow.", ("HUN", "oppose")),
    ("Austria said it had publicly ruled out sending peacekeepers.", ("AUT", "oppose")),
])
def test_adverb_inside_a_cue(text, expected):
    assert expected in stances(text)


def test_first_clause_object_beside_a_named_target():
    # the first clause's own object ("the attacks") is a stance of its own beside the later
    # clause's named target (the sanctions)
    facts = _stance_facts("Thailand has condemned the attacks as barbaric, but it has not joined Western sanctions.")
    assert len([f for f in facts if f.actor == "THA" and f.stance == "oppose"]) == 2


@pytest.mark.parametrize("text, expected", [
    ("Ukraine asked Egypt last month to close the canal to Russian tankers.", ("UKR", "support")),
    ("Estonia asked its partners to impose a ban on Russian diamonds.", ("EST", "support")),
])
def test_request_for_a_measure_against_the_aggressor(text, expected):
    assert expected in stances(text)


def test_request_for_aid_is_ukraines_need_and_wanting_first_to_is_a_plan():
    assert ("UKR", "support") not in stances("Ukraine asked Norway to send more artillery shells.")
    assert not stances("The Danish government wanted first to close the negotiations with the supplier.")


def test_wanting_a_frozen_front_is_no_request_for_a_measure():
    # what is frozen is as often the front line as the aggressor's assets
    assert not stances("Some analysts think Moscow might want the talks to freeze the front before winter.")


def test_pronoun_for_a_named_target_beside_another_refusal():
    # Russia's refusal of the truce does not swallow its rejection of the peace formula, written "it"
    facts = _stance_facts("Moscow rejected the ceasefire proposal on Monday.\n\n"
                          "Kyiv has published a peace formula with ten points. Russia has dismissed it outright.")
    assert len([f for f in facts if f.actor == "RUS" and f.stance == "oppose"]) == 2


def test_pronoun_after_another_country_is_not_the_first_holders():
    # "Russia" named in the clause could be the pronoun's subject: Poland's earlier support holds
    facts = _stance_facts("Poland welcomed the new sanctions on Russia.\n\n"
                          "Kyiv has published a peace formula with ten points. Poland later met Russia's envoy at "
                          "the talks, and a council of bishops also endorsed it.")
    assert [f.target for f in facts if f.actor == "POL"] == ["sanctions on Russia"]


@pytest.mark.parametrize("text, expected", [
    ("Lopez Obrador told his morning news conference that he opposed the sanctions on Russia.", ("MEX", "oppose")),
    ("Sheinbaum said she was open to talks on the peace plan.", ("MEX", "open")),
])
def test_leaders_named_without_a_country_word(text, expected):
    assert expected in stances(text)

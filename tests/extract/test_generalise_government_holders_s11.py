"""Eleventh session: a government named without its country as the subject of a position or an act
(government_holders.py; dev 100, 178, 375, wording also in 300, 325, 373). Made-up sentences; each
fails without the module's wiring."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, holder, value", [
    # "the government": the state that opens the sentence before
    ("Austria's neutrality limits what it can send. The government has refused to allow Germany to "
     "re-export Austrian-made armoured vehicles to Ukraine.", "AUT", "oppose"),
    ("Norway's foreign minister announced a new fund for Ukraine's power grid. The government also added "
     "forty tankers of Russia's shadow fleet to its sanctions list.", "NOR", "support"),
    # "his government": the last person named
    ("Prime Minister Robert Fico spoke to reporters in Bratislava on Monday. Since the election, his "
     "government has ended state deliveries of weapons from army stocks to Ukraine.", "SVK", "oppose"),
])
def test_a_government_named_without_its_country_holds_the_position(text, holder, value):
    assert (holder, value) in stances(text)


@pytest.mark.parametrize("text, holder", [
    # the government is an object, not the subject
    ("Austria's neutrality limits what it can send. Opposition deputies have refused to back the "
     "government on re-exports of arms to Ukraine.", "AUT"),
    # a possessive: the government's thing, not the government
    ("Austria's neutrality limits what it can send. The government's critics have refused to accept "
     "the ban on re-exports to Ukraine.", "AUT"),
])
def test_a_government_that_is_no_subject_holds_nothing(text, holder):
    assert not {(a, v) for a, v in stances(text) if a == holder and v == "oppose"}

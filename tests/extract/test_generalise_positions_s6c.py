"""Sixth-session stance classes on made-up sentences (other actors and wordings than the batch
273-312 that showed them): a stance cue with a single actor of its own right before it ("after
Mr X walked out and Ms Y flatly rejected the plan") is that actor's, not the list of countries
named earlier in the sentence, nor a place that describes the talks; and a refusal of numbers
("would not commit to a figure") is no refusal to take part.
"""

from __future__ import annotations

from tests.extract.stance_sentences import stances


def test_cue_with_its_own_subject_is_not_the_list_before_it():
    found = stances("A summit in Vienna that was meant to gather the defence ministers of Spain, Italy, Poland, "
                    "Ukraine and the United States to back a truce was postponed on Friday, after Pete Hegseth "
                    "cancelled his trip and Volodymyr Zelensky openly rejected a key part of the American peace plan.")
    assert ("UKR", "oppose") in found
    for bystander in ("ESP", "ITA", "POL", "USA"):
        assert (bystander, "oppose") not in found


def test_place_describing_the_talks_is_no_holder():
    found = stances("Paris peace talks postponed as Kyiv rejects the American peace plan")
    assert ("FRA", "oppose") not in found


def test_coordinated_subjects_keep_every_member():
    found = stances("Spain and Italy rejected the American peace plan on Monday.")
    assert ("ESP", "oppose") in found
    assert ("ITA", "oppose") in found


def test_withholding_numbers_is_no_refusal_to_take_part():
    found = stances("Allies are planning a reassurance force for Ukraine after a ceasefire.\n\n"
                    "Lithuania's defence minister said Vilnius would join the planning talks on the force but would "
                    "not commit to a figure for its troops.")
    assert ("LTU", "oppose") not in found


def test_refusal_to_send_troops_stays_a_refusal():
    found = stances("Allies are planning a reassurance force for Ukraine after a ceasefire.\n\n"
                    "Lithuania's defence minister said Vilnius would not commit troops to the force.")
    assert ("LTU", "oppose") in found

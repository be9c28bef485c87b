"""Fifth-session stance classes, on made-up sentences (each a wording other than the dev
article's that showed the class): a cue in scare quotes, a country describing an item, a link
"amounts to", a relative clause's own holder and object, requests, a noun "calls for", a
passive with no agent, a wanted backing, a press report of a country's plans, "if it would".
"""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import answers, stances


@pytest.mark.parametrize("text, expected", [
    # a cue in scare quotes is still the cue
    ('Moscow\'s envoy Ivan Petrov said the missiles would "burn" within days.', ("RUS", "oppose")),
    # a country before an item describes it and is no holder
    ("Kremlin spokesman Dmitry Peskov said the Swedish jets would burn like the rest.", ("RUS", "oppose")),
    # "amounts to" links the thing to the cue
    ("Moscow's envoy Ivan Petrov said the shipment amounts to an intervention.", ("RUS", "oppose")),
    ("A Kremlin aide, Oleg Sidorov, said the deployment plans amounted to foreign intervention.", ("RUS", "oppose")),
])
def test_a_reported_thing_before_its_cue(text, expected):
    assert expected in stances(text)


def test_a_country_describing_an_item_holds_no_stance():
    found = stances("Kremlin spokesman Dmitry Peskov said the Swedish jets would burn like the rest.")
    assert ("SWE", "oppose") not in found


@pytest.mark.parametrize("text, expected", [
    ("Kyiv has pressed for the jets, which Washington has refused.", ("USA", "oppose")),
    ("Kyiv keeps asking for the long-range missiles, which Berlin has rejected.", ("DEU", "oppose")),
    ("The request, which Spain has rejected, came on Monday.", ("ESP", "oppose")),
    ("Moscow set out terms that Ukraine rejected.", ("UKR", "oppose")),
    ("Putin said Russia would order a ceasefire if Ukraine withdrew — terms that Kyiv and its partners rejected.",
     ("UKR", "oppose")),
])
def test_a_relative_clause_has_its_own_holder_and_object(text, expected):
    assert expected in stances(text)


def test_a_relative_clause_has_its_own_holder_of_a_truce_answer():
    # a warring side's answer to a truce is the ceasefire's response only (ADJUDICATION.md, decision 3)
    text = "Moscow offered a truce in exchange for land — a deal that Ukraine rejected."
    assert ("UKR", "oppose") in answers(text)


def test_the_main_clause_keeps_its_own_stance_beside_a_relative_clause():
    found = stances("Latvia has repeated its calls for a no-fly zone, which NATO has ruled out for now.")
    assert {("LVA", "support"), ("NATO", "oppose")} <= found
    assert ("LVA", "oppose") not in found


@pytest.mark.parametrize("text, expected", [
    ("On Monday the Polish defence minister, Jan Nowak, said he had asked Berlin to hand the tanks to Ukraine.",
     ("POL", "support")),
    ("Italy has asked France to supply the missiles to Kyiv.", ("ITA", "support")),
    ("The UN resolution was tabled on Monday. Sweden asked every member to back it.", ("SWE", "support")),
    ("Germany's defence minister, Eva Lang, had asked in May for permission to pass on 5,000 shells that Swiss firms made.",
     ("DEU", "support")),
])
def test_a_request_to_hand_over_or_back_is_support(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text", [
    "The firm asked not to be named.",
    "Portugal has asked the EU to help it replace the equipment.",
    "Ukraine asked Norway to send more air defence.",
])
def test_what_is_no_request_stance(text):
    assert not any(value == "support" for _, value in stances(text))


def test_calls_for_after_a_speech_verb_are_others_calls():
    assert ("RUS", "support") not in stances("Russia's envoy Ivan Petrov said calls for a truce were insincere.")
    assert ("JPN", "support") in stances("Japan renewed its calls for a ceasefire.")


def test_a_passive_with_no_agent_is_nobodys_answer():
    found = stances('"The money is a loan, and the assets remain blocked until Moscow pays," Zelensky said.')
    assert ("UKR", "oppose") not in found
    assert ("ITA", "oppose") in stances("Officials in Rome say the government remains opposed to the peace plan.")


def test_a_wanted_backing_is_no_stance_of_whom_it_is_wanted_from():
    found = stances("Latvia's minister said a peacekeeping force would need the approval of the UN Security Council.")
    assert not any(actor == "UN" for actor, _ in found)


def test_a_press_report_of_a_countrys_plans_is_no_position():
    assert stances("A Spanish newspaper reported that Portugal was weighing sending troops to a reassurance force.") == set()
    assert ("PRT", "oppose") in stances("Portugal denied reports that it would send troops to the reassurance force.")


def test_an_offer_of_troops_bound_to_if_it_would_help_is_committed():
    # "if it would help end the war" waits on the peace every force is for: a firm offer
    # (ADJUDICATION.md decision 36, which supersedes the conditional this test first asserted)
    found = stances("Norway's defence minister said Oslo was ready to send soldiers to a peacekeeping mission "
                    "if it would help end the war.")
    assert ("NOR", "support") in found and ("NOR", "conditional") not in found

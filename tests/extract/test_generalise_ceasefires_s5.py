"""Fifth-session ceasefire classes, on made-up sentences: urging others to agree a truce, appeals
and calls "by" or "of" a proposer, office holders named by title after a country's possessive,
requests to stop firing, questions that are no request, mentions that complete each other
(a domain in one sentence, a duration in the next), domain words that name a place, and the IAEA."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def facts(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == "ceasefire"]


def ceasefires(text: str) -> list[tuple]:
    return [(sorted(f.proposers), f.duration_days, f.scope) for f in facts(text)]


def answers(text: str) -> list[dict]:
    return [{r.actor: r.response for r in f.responses} for f in facts(text)]


# -- urging others to agree: the one urging proposes, and has not answered ----------------------

@pytest.mark.parametrize("text, proposer", [
    ("Hungary's Viktor Orban urged both sides to agree an immediate ceasefire.", "HUN"),
    ("Brazil's president urged the two armies to accept a truce as soon as possible.", "BRA"),
    ("Opening the talks, the Turkish president called on the delegations to agree a ceasefire without delay.", "TUR"),
    ("Kazakhstan appealed to the warring parties to accept a 48-hour truce so that bodies could be exchanged.", "KAZ"),
])
def test_urging_others_to_agree_a_truce_proposes_it(text, proposer):
    found = facts(text)
    assert [f.proposers for f in found] == [[proposer]]
    assert proposer not in {r.actor for r in found[0].responses}


# -- "an appeal by X for", "X's call for", "a US request" --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia on Friday dismissed an appeal by the OSCE for a three-day pause in the fighting over Easter.", (["OSCE"], 3, ["full"])),
    ("Moscow turned down Italy's call for a ceasefire over Easter.", (["ITA"], None, ["full"])),
    ("The Kremlin accepted a US request to hold off on striking energy facilities for 30 days.", (["USA"], 30, ["energy_infrastructure"])),
    ("A proposal by Norway for a week-long halt to shelling around the dam got no answer.", (["NOR"], 7, ["full"])),
])
def test_an_appeal_call_or_request_by_an_actor_names_its_proposer(text, expected):
    assert ceasefires(text) == [expected]


def test_a_call_with_a_leader_is_no_proposal_noun():
    # "Trump's call with Putin" is a conversation; the proposer comes from the rest of the sentence
    assert ceasefires("After Macron's call with Putin, Russia proposed a 30-day truce at sea.") == [(["RUS"], 30, ["sea"])]


# -- broker verbs and phrases ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The idea of a halt to attacks on ports was raised by Turkish mediators in Istanbul.", (["TUR"], None, ["sea"])),
    ("A local ceasefire negotiated by United Nations officials took effect on Sunday near Mariupol.", (["UN"], None, ["land"])),
    ("The IAEA brokered a local truce around the power plant so that engineers could repair a line.", (["UN"], None, ["land"])),
    ("A humanitarian pause secured by Qatar let convoys reach the city for two days.", (["QAT"], 2, ["full"])),
])
def test_a_truce_raised_negotiated_or_secured_by_an_actor_is_theirs(text, expected):
    assert ceasefires(text) == [expected]


# -- a country's office holder by title --------------------------------------------------------

@pytest.mark.parametrize("text, proposer", [
    ("Germany's chancellor called for an air truce covering drones and missiles.", "DEU"),
    ("Spain's foreign minister proposed a Christmas truce on Tuesday.", "ESP"),
    ("India's prime minister appealed for the guns to fall silent along the whole front.", "IND"),
])
def test_a_countrys_office_holder_named_by_title_proposes_for_it(text, proposer):
    assert [f.proposers for f in facts(text)] == [[proposer]]


def test_a_countrys_conduct_is_still_no_subject():
    assert facts("Russia's conduct made a truce impossible, Kyiv said.") == []


# -- asking someone to stop firing is a request; asking who or whether is a question ------------

@pytest.mark.parametrize("text, expected", [
    ("Trump said he had asked Putin to stop firing at power stations for a week, and Putin agreed.", (["USA"], 7, ["energy_infrastructure"])),
    ("China called on Moscow and Kyiv to hold fire for the duration of the Olympic Games.", (["CHN"], None, ["full"])),
    ("Kyiv proposed a halt to long-range strikes for 20 days; Moscow has not answered.", (["UKR"], 20, ["air"])),
])
def test_requests_to_stop_firing_are_proposals(text, expected):
    assert ceasefires(text) == [expected]


@pytest.mark.parametrize("text", [
    "Erdogan offered a ceasefire plan in May. He asked who would police a truce along such a long front.",
    "Speaking in Minsk, Lukashenko asked whether a truce would simply let Kyiv rearm.",
])
def test_asking_a_question_about_a_truce_proposes_none(text):
    assert "BLR" not in {p for f in facts(text) for p in f.proposers}
    assert all(f.proposers != ["TUR"] or f.duration_days is None for f in facts(text))


@pytest.mark.parametrize("text", [
    "Austria said it would send deminers once the guns fall silent.",
    "Aid agencies are waiting until the fighting stops to reopen the depot.",
])
def test_a_clause_trigger_after_a_condition_is_no_proposal(text):
    assert facts(text) == []


# -- mentions that complete each other -----------------------------------------------------------

def test_a_domain_and_a_duration_in_neighbouring_sentences_are_one_truce():
    text = ("It was the second time that a halt to strikes on power plants had collapsed. "
            "A 30-day moratorium brokered by Qatar last spring fell apart within weeks.")
    assert ceasefires(text) == [(["QAT"], 30, ["energy_infrastructure"])]


def test_a_full_ceasefire_written_out_stays_apart_from_an_energy_pause():
    text = ("Washington proposed a pause on energy strikes. "
            "Separately, Washington proposed a full 30-day ceasefire.")
    assert sorted(ceasefires(text), key=str) == sorted([(["USA"], 30, ["full"]), (["USA"], None, ["energy_infrastructure"])], key=str)


def test_a_frontline_town_is_a_place_not_the_truce_scope():
    text = ("The UN chief called for the fighting to stop for three days so that civilians could leave "
            "frontline towns.")
    assert ceasefires(text) == [(["UN"], 3, ["full"])]


# -- more ways to write a halt: suspensions, refraining, ceasing, stopping both ways ---------------

@pytest.mark.parametrize("text, expected", [
    ("Putin ordered a 30-day suspension of strikes on Ukrainian power facilities after the call.", (["RUS"], 30, ["energy_infrastructure"])),
    ("Ukraine offered to cease all drone and missile strikes on civilian infrastructure for at least a month.", (["UKR"], 30, ["air"])),
    ("Romania suggested a 10-day maritime pause to let grain ships sail.", (["ROU"], 10, ["sea"])),
    ("A truce plan jointly submitted by Finland and Sweden was flatly turned down by the Kremlin.", (["FIN", "SWE"], None, ["full"])),
    ("Under a deal struck in Riyadh with US mediation, both sides agreed to stop attacking ships in the Black Sea.", (["USA"], None, ["sea"])),
])
def test_other_wordings_of_a_halt_are_truces(text, expected):
    assert ceasefires(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Moscow said it would refrain from striking energy sites for only two days.", (["RUS"], 2, ["energy_infrastructure"])),
    ("The Kremlin said Russia will halt attacks on ports for a week from Monday.", (["RUS"], 7, ["sea"])),
])
def test_an_actor_saying_it_will_stop_firing_declares_a_truce(text, expected):
    assert ceasefires(text) == [expected]


def test_an_actor_halting_strikes_after_a_proposal_accepts_it():
    text = ("Washington proposed a 30-day halt to strikes on energy infrastructure. "
            "Moscow said it would suspend strikes on power plants for 30 days.")
    found = facts(text)
    assert [(f.proposers, f.duration_days) for f in found] == [(["USA"], 30)]
    assert {r.actor: r.response for r in found[0].responses}.get("RUS") == "accepted"


@pytest.mark.parametrize("text", [
    "Russia said it would not stop its strikes until Kyiv withdrew.",
    "Air defence units will halt the drones before they reach the city, the ministry said.",
    "The plant will suspend production for a week for maintenance.",
])
def test_no_own_halt_without_the_fighting_or_with_a_negation(text):
    assert facts(text) == []


# -- a demanded truce, and a truce "as ordered by" ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Poland demanded an unconditional 30-day ceasefire starting on Monday.", (["POL"], 30, ["full"])),
    ("Russia's defence ministry said its troops would observe a 32-hour truce over Easter, as ordered by Putin.", (["RUS"], 2, ["full"])),
])
def test_a_demanded_or_ordered_truce_names_its_proposer(text, expected):
    assert ceasefires(text) == [expected]


def test_demanding_guarantees_before_a_truce_proposes_none():
    assert all("FRA" not in f.proposers for f in facts("France demanded security guarantees before any ceasefire talks."))

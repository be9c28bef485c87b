"""Thirteenth session, support recall: explicit support wording the rules did not read on the dev
set. Every sentence here is made up; each test of a rule fails with the rule disabled, and the
negatives beside them pass either way."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


def _participations(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return {(f.actor, f.mission, f.status) for f in result.facts if f.kind == "participation"}


# -- "calling for" is a call like "called for" (positions.json stance_verbs) ----------------------

def test_calling_for_a_truce_after_a_quote_is_the_speakers_support() -> None:
    text = ('"Nobody wins this war on the battlefield," Brazilian President Lula said in Brasilia, '
            "calling for an immediate end to hostilities.")
    assert ("BRA", "support") in stances(text)


def test_calling_for_a_return_to_dialogue_names_the_talks() -> None:
    text = ("South Africa's foreign minister spoke in Pretoria on Monday, calling for a truce "
            "and a return to dialogue between the two sides.")
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    targets = {f.target for f in result.facts if f.kind == "stance" and f.actor == "ZAF"}
    assert {"ceasefire proposal", "peace talks"} <= targets


def test_a_party_calling_for_a_vote_is_no_government_position() -> None:
    # negative: an opposition party's motion is a party's view
    text = "The opposition Social Democrats tabled a motion calling for an end to hostilities."
    assert not stances(text)


# -- "giving a green light" (positions.json stance_verbs) -----------------------------------------

def test_giving_a_green_light_to_a_transfer_is_support() -> None:
    text = "Officials in Oslo said Washington was giving a green light to the transfer of the jets."
    assert ("USA", "support") in stances(text)


def test_a_green_light_still_awaited_is_no_support() -> None:
    # negative: nobody gives it
    text = "The transfer of the jets is still waiting for a green light from the committee."
    assert not stances(text)


# -- manner adverb "hard" between a verb and its preposition (cue_adverbs) -------------------------

def test_pushed_hard_for_is_pushed_for() -> None:
    text = "Rome pushed hard for a common European air defence plan at the meeting in Brussels."
    assert ("ITA", "support") in stances(text)


def test_a_hard_line_against_is_no_support() -> None:
    # negative: "hard" dropped leaves no support cue here
    text = "Rome took a hard line on the plan at the meeting in Brussels and rejected it."
    assert ("ITA", "support") not in stances(text)


# -- "monitoring it" after a ceasefire (monitored_truces.py) ---------------------------------------

def test_offer_to_monitor_a_truce_named_before_is_participation_in_monitoring() -> None:
    text = ("A truce along the whole front line would give diplomacy a chance. Norway is ready to help "
            "with monitoring it, together with its Nordic partners.")
    assert ("NOR", "ceasefire monitoring", "committed") in _participations(text)


def test_monitoring_it_with_no_truce_before_names_no_mission() -> None:
    # negative: "it" is the sanctions regime
    text = ("The new sanctions regime on Russian shipping takes effect on Monday. Norway is ready to help "
            "with monitoring it, together with its Nordic partners.")
    assert not _participations(text)


# -- "Ukraine's place was in the EU": the past of "place is in" (positions.json) --------------------

def test_place_was_in_the_eu_is_support_of_membership() -> None:
    text = "Latvia's prime minister said on Monday that Ukraine's place was in the EU."
    assert ("LVA", "support") in stances(text)


def test_countries_in_the_eu_is_no_membership_position() -> None:
    # negative: "in the EU" alone names no membership
    text = "Latvia's prime minister said on Monday that most countries in the EU were short of shells."
    assert ("LVA", "support") not in stances(text)


# -- a group named in an aside about the holder (closed_asides.outside_asides) ---------------------

def test_aside_naming_other_countries_keeps_the_holders_open_object() -> None:
    text = ("Sweden, which must license any sale of the jets to other countries, has said it will back "
            "the training.")
    assert ("SWE", "support") in stances(text)


def test_group_after_the_holder_outside_an_aside_still_blocks_the_object() -> None:
    # negative: "after allies rejected" is the allies' act, not Sweden's
    text = "Sweden said it was disappointed after allies rejected the training."
    assert ("SWE", "oppose") not in stances(text)


# -- letting a package through (positions.json not_blocking) ---------------------------------------

def test_agreeing_to_let_the_package_through_is_support() -> None:
    text = ("EU ambassadors met again on the 14th sanctions package on Russia. Slovakia agreed to let "
            "the package through after talks on gas supplies.")
    assert ("SVK", "support") in stances(text)


def test_refusing_to_let_the_package_through_is_no_support() -> None:
    # negative: a refusal to let it through is a block
    text = ("EU ambassadors met again on the 14th sanctions package on Russia. Slovakia said it would "
            "not let the package through.")
    assert ("SVK", "support") not in stances(text)


# -- a capital naming an event after a possessive (clause_groups object heads) ---------------------

def test_capital_in_an_alliances_summit_name_is_no_holder() -> None:
    text = ("Ukraine was told at NATO's Vilnius summit that its path to membership was irreversible, "
            "though no date was set.")
    assert ("LTU", "support") not in stances(text)


def test_country_named_as_subject_after_a_summit_still_holds_the_position() -> None:
    # negative: the summit named by its day, and the country the subject of the cue
    text = "Ukraine was told at Monday's summit that Lithuania backed its path to membership."
    assert ("LTU", "support") in stances(text)


# -- "in favour of" after a verb of replacing (positions.json not_answers) ------------------------

def test_retiring_jets_in_favour_of_new_ones_is_no_position() -> None:
    text = "Norway, which is phasing out its old jets in favour of F-35s, has had no formal request from Kyiv."
    assert ("NOR", "support") not in stances(text)


def test_being_in_favour_of_a_tribunal_is_support() -> None:
    # negative: no verb of replacing before the cue
    text = "Norway is in favour of a special tribunal for the crime of aggression."
    assert ("NOR", "support") in stances(text)


# -- a document said to hold a position, with nobody named before the cue (document_cues.py) -------

def test_alliances_declaration_saying_the_path_is_irreversible_is_its_support() -> None:
    text = ("NATO leaders met in The Hague for two days. On membership, the declaration said Ukraine "
            "was on an irreversible path to joining the alliance.")
    assert ("NATO", "support") in stances(text)


def test_document_that_commits_to_something_gives_its_issuer_nothing() -> None:
    # negative: the document acts, it is not said to hold a view (and may be another's text)
    text = ("NATO leaders met in The Hague for two days. The document also commits to Ukrainian "
            "membership of the alliance.")
    assert ("NATO", "support") not in stances(text)

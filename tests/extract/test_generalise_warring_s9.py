"""Ninth session: positions of the warring sides told without a stance cue (``stance_warring.py``),
each class tested on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


# Moscow characterising a Western step as theft, escalation, intervention, a mistake: its opposition.
@pytest.mark.parametrize("text", [
    "The Netherlands wants to send a reassurance force to Ukraine. "
    "The Russian deputy foreign minister described the idea as open intervention in the conflict.",
    "Austria joined the EU sanctions on Russia. The Russian embassy in Vienna said the step was a blow to "
    "Austrian neutrality.",
    "The EU opened accession talks with Ukraine. The Kremlin said the decision was a politicised one.",
    "Norway approved a new package of military aid to Ukraine. Russia's embassy in Oslo said the package showed "
    "that Norway had no interest in peace.",
    "Brussels agreed to use frozen Russian assets for Ukraine. A Kremlin spokesman said any seizure would be "
    "challenged in every court available.",
    "Spain lifted its limits on strikes inside Russia. A Kremlin spokesman said that the decision marked "
    "a dangerous escalation.",
])
def test_kremlin_characterising_a_step_opposes_it(text):
    assert ("RUS", "oppose") in stances(text)


def test_the_characterised_state_is_no_holder():
    # "has called the G7 scheme theft": the G7 is what is characterised
    text = ("The G7 will lend Ukraine money against frozen Russian assets. "
            "Moscow has called the G7 plan robbery and promised a reply.")
    found = stances(text)
    assert ("RUS", "oppose") in found and ("G7", "oppose") not in found


@pytest.mark.parametrize("text", [
    # a military act of the other side characterised: no position on a support step
    "Kyiv widened its strikes inside Russia. Putin called the incursion a provocation.",
    # someone else's characterisation
    "Norway sent more air defence to Ukraine. Oslo said the Russian claims were a provocation.",
])
def test_no_opposition_without_a_step_or_a_russian_speaker(text):
    assert ("RUS", "oppose") not in stances(text)


# Kyiv refusing a territorial concession: its opposition to territorial concessions.
@pytest.mark.parametrize("text", [
    "The Ukrainian president said his troops would never withdraw from the towns they still hold in Zaporizhzhia.",
    "Kyiv said it would not accept a frozen conflict along the present line.",
    "Asked about the draft, he said Ukraine would not trade territory for a pause.",
    "Kyiv has said it will never recognise the occupation of Crimea.",
])
def test_kyiv_refusing_a_concession_opposes_it(text):
    assert ("UKR", "oppose") in stances(text)


def test_a_concession_without_refusal_is_no_opposition():
    text = "The envoy said Ukraine might withdraw from the salient if the guarantees were strong."
    assert ("UKR", "oppose") not in stances(text)


# Kyiv welcoming a policy step, or calling it a win: its support; a welcome of aid is none (decision 14).
@pytest.mark.parametrize("text", [
    "Portugal said it could join a peacekeeping force after a ceasefire. "
    "Ukraine's ambassador in Lisbon welcomed the foreign minister's comments.",
    "Canada announced new sanctions on Russian shipping. The Ukrainian president welcomed the measures on Friday.",
    "The allies agreed security guarantees for Ukraine in a joint text. "
    "Zelensky called the text a victory for Ukraine's security.",
])
def test_kyiv_welcoming_a_policy_step_supports_it(text):
    assert ("UKR", "support") in stances(text)


@pytest.mark.parametrize("text", [
    "Sweden announced military aid to Ukraine worth $300m. Kyiv welcomed the package.",
    "Ireland will send military aid to Ukraine next month. Ukraine's ambassador welcomed the pledge.",
])
def test_kyiv_welcoming_aid_is_no_stance(text):
    assert ("UKR", "support") not in stances(text)


def _russian_oppositions(text: str) -> int:
    from coalition.extract import extract
    from coalition.model import Article

    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return sum(1 for f in result.facts if f.kind == "stance" and f.actor == "RUS" and f.stance == "oppose")


def test_a_characterisation_restated_by_another_official_is_a_second_fact():
    # decision 16: another official restating the position is a second fact
    text = ("Several European states are planning a reassurance force for Ukraine.\n\n"
            "Moscow has said it will never accept Western troops in Ukraine. Russian Foreign Minister "
            "Sergei Lavrov has called such plans a provocation.")
    assert _russian_oppositions(text) == 2


def test_the_same_speaker_going_on_is_one_fact():
    text = ("Several European states are planning a reassurance force for Ukraine.\n\n"
            "Lavrov said Russia would never accept Western troops in Ukraine. He added that such plans were a provocation.")
    assert _russian_oppositions(text) == 1


# Russia and its allies back no support to Ukraine (as Russia backs no sanctions on itself, decision 34):
# such a reading is a misread holder; their opposition stays.
def test_russia_backs_no_guarantees_for_ukraine():
    text = ("The coalition's leaders said after the meeting that Russia was losing ground, and repeated that "
            "they were ready to provide security guarantees to Ukraine once the guns fall silent.")
    assert ("RUS", "support") not in stances(text)


def test_russias_opposition_to_guarantees_stays():
    text = "The Kremlin said it rejected any security guarantees for Ukraine that involved Western troops."
    assert ("RUS", "oppose") in stances(text)


@pytest.mark.parametrize("text", [
    # a demand that the deliveries stop (decision 10's class)
    "Finland sent more military aid to Ukraine this spring. Sergei Ryabkov, the Russian deputy foreign "
    "minister, urged Helsinki to stop supplying Kyiv altogether.",
    # "he" after a sentence naming the Russian speaker
    "Germany is weighing more military aid to Ukraine. Mr Putin spoke to the chancellor on Monday. According "
    "to the Kremlin's account, he said the deliveries would be an unfriendly act.",
])
def test_kremlin_demands_and_warnings_told_of_a_pronoun(text):
    assert ("RUS", "oppose") in stances(text)


def test_kyiv_calling_a_step_a_win():
    assert ("UKR", "support") in stances("The EU opened accession talks with Ukraine. Zelensky called it a win for Europe.")


# A warring side's talks bound by "only" and a condition: its conditional stance on the talks.
@pytest.mark.parametrize("text,expected", [
    ("Kyiv has said it would only sit down with Moscow after Russian troops leave the occupied south.",
     ("UKR", "conditional")),
    ("The Kremlin said Russia would only negotiate if Ukraine first gave up its claim to the four regions.",
     ("RUS", "conditional")),
])
def test_talks_only_once_a_condition_is_met(text, expected):
    assert expected in stances(text)


# Kyiv asking for a step against the aggressor (permission to strike, sanctions): its support.
@pytest.mark.parametrize("text", [
    "The Ukrainian president asked the allies once more for permission to hit targets inside Russia.",
    "Speaking in Vilnius, Zelensky said Russia must face tougher sanctions on its oil trade.",
])
def test_kyiv_asking_for_a_step_against_russia(text):
    assert ("UKR", "support") in stances(text)


def test_kyiv_asking_for_aid_is_no_stance():
    # Ukraine asks for aid all the time: no news, no stance
    assert ("UKR", "support") not in stances("Zelensky asked Norway for more military aid to Ukraine this week.")


def test_a_sides_answer_to_an_appeal_for_a_truce_is_the_response_only():
    # decision 3: "rejected an appeal … for a pause", "backed the idea" answer the truce; recorded once
    from tests.extract.stance_sentences import answers

    text = ("On Monday Russia rejected an appeal by the UN chief for a three-day humanitarian pause over the "
            "holiday, while Kyiv said it backed the idea.")
    assert {("RUS", "oppose"), ("UKR", "support")} <= answers(text)
    assert not {("RUS", "oppose"), ("UKR", "support")} & stances(text)


def test_two_refused_concessions_are_two_positions():
    from coalition.extract import extract
    from coalition.model import Article

    text = "Headline\n\nThe Ukrainian president said Kyiv would never agree to freeze the war or cede land to Russia."
    found = {f.target for f in extract(Article(text=text, source="test")).facts
             if f.kind == "stance" and f.actor == "UKR" and f.stance == "oppose"}
    assert len(found) == 2


@pytest.mark.parametrize("text,actor", [
    # a diaspora body, an event: the state named inside another thing's name holds nothing
    ("The Ukrainian Australian Association repeated its call for Canberra to confiscate the frozen Russian assets.",
     "UKR"),
    ("Russia broke the truce during the 2014 Sochi Games and again after the 2022 Beijing Winter Olympics, each "
     "time having backed the ceasefire resolution.", "CHN"),
])
def test_a_state_named_inside_another_things_name_holds_nothing(text, actor):
    assert (actor, "support") not in stances(text)


def test_the_government_itself_still_holds_its_call():
    text = "The Ukrainian government repeated its call for Canberra to confiscate the frozen Russian assets."
    assert ("UKR", "support") in stances(text)


def test_a_refusal_restated_by_a_named_official_is_a_second_fact():
    # decision 16: "Moscow has said it opposes…", then "Peskov said … could not accept…"
    text = ("Britain and France want to send a reassurance force to Ukraine. Moscow has said it opposes any "
            "Western troops in Ukraine. Kremlin spokesman Dmitry Peskov said on Monday that Russia could not "
            "accept foreign troops in Ukraine in any form.")
    assert _russian_oppositions(text) == 2

"""Fourteenth session, rules written from the ceasefire batch 455-464: a side announcing its own halt
("Russian forces will hold their fire for three days"), more truce verbs ("halt fire", "cease all combat
operations", "refrain from striking"), a length with a half (no whole days, decision 1), a press
release's bare title for its own head, a third party agreeing with both sides as broker, a truce after
a colon as the subject's proposal, names listed after an object, a quoted sanctions threat opening with
"If", "said Moscow should accept the truce", "never been on the agenda", a quote followed by "and"
and a new predicate, and "a senior figure in" as a person's apposition. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def facts(text: str, kind: str) -> list[dict]:
    return [f.model_dump() for f in extract(Article(text=text, source="test")).facts if f.kind == kind]


@pytest.mark.parametrize(
    "sentence, proposer, days",
    [
        ("Ukrainian forces will hold their fire for 48 hours over the holiday, the general staff said.", "UKR", 2),
        ("The Kremlin said on Friday that Russian troops will hold their fire for five days.", "RUS", 5),
        ("Ukraine will observe a ten-day truce from Monday, the general staff said.", "UKR", 10),
    ],
)
def test_a_side_announcing_its_own_halt_proposes_it(sentence, proposer, days):
    [fact] = facts(sentence, "ceasefire")
    assert fact["proposers"] == [proposer]
    assert fact["duration_days"] == days


def test_a_halt_with_no_terms_is_no_proposal_of_the_side():
    assert facts("The Kremlin said Russian forces will hold their fire.", "ceasefire") == []


@pytest.mark.parametrize(
    "sentence, proposer, scope",
    [
        ("Moscow offered to halt fire for two days on three sections of the front.", "RUS", ["land"]),
        ("Putin declared that his army would cease all combat operations from noon on Friday until midnight on "
         "Saturday.", "RUS", ["full"]),
        ("Kyiv offered to refrain from striking Russian refineries for a month if Moscow spared its power plants.",
         "UKR", ["energy_infrastructure"]),
    ],
)
def test_more_truce_verbs(sentence, proposer, scope):
    [fact] = facts(sentence, "ceasefire")
    assert fact["proposers"] == [proposer]
    assert fact["scope"] == scope


def test_refraining_from_comment_is_no_truce():
    assert facts("Kyiv offered to refrain from comment for a month while the talks went on.", "ceasefire") == []


def test_a_length_with_a_half_has_no_whole_days():
    [fact] = facts("Putin ordered his army to hold fire for a day and a half over Orthodox Christmas.", "ceasefire")
    assert fact["proposers"] == ["RUS"] and fact["duration_days"] is None
    # ...but a day and a half that dates something else leaves the truce's own length alone
    [fact] = facts("A day and a half after the talks, Kyiv proposed a five-day truce.", "ceasefire")
    assert fact["duration_days"] == 5


RELEASE = ("Readout of the President's call\n\nTHE WHITE HOUSE\nOffice of the Press Secretary\n\n"
           "President Donald Trump spoke today with President Volodymyr Zelenskyy of Ukraine. "
           "President Zelenskyy thanked him for the call.\n\n"
           "\"This was a long and very useful conversation with a good friend,\" the President said afterwards.\n\n"
           "The President proposed a 14-day halt to strikes on ports in the Black Sea.")


def test_a_release_bare_title_is_its_own_head():
    [statement] = facts(RELEASE, "statement")
    assert statement["speaker"].endswith("Trump") and statement["actor"] == "USA"
    [fact] = facts(RELEASE, "ceasefire")
    assert fact["proposers"] == ["USA"] and fact["duration_days"] == 14


def test_wire_copy_without_an_issuing_office_keeps_the_latest_holder():
    wire = RELEASE.replace("THE WHITE HOUSE\nOffice of the Press Secretary\n\n", "")
    [statement] = facts(wire, "statement")
    assert statement["actor"] == "UKR"  # the president named last, as before
    assert all("USA" not in f["proposers"] for f in facts(wire, "ceasefire"))


def test_a_third_party_agreeing_with_both_sides_brokers_the_truce():
    [fact] = facts("Russia, Ukraine and Turkey agreed to eliminate the use of force against merchant ships in the "
                   "Black Sea.", "ceasefire")
    assert fact["proposers"] == ["TUR"] and fact["scope"] == ["sea"]
    assert {r["actor"]: r["response"] for r in fact["responses"]} == {"RUS": "accepted", "UKR": "accepted"}


def test_both_sides_alone_agreeing_stay_the_proposers():
    [fact] = facts("Russia and Ukraine agreed to eliminate the use of force against merchant ships in the Black Sea.",
                   "ceasefire")
    assert sorted(fact["proposers"]) == ["RUS", "UKR"]


@pytest.mark.parametrize(
    "sentence, proposer, days",
    [
        ("Poland's delegation, led by its foreign minister, tabled a paper that sets out its main demand: a full "
         "ceasefire of at least sixty days.", "POL", 60),
        ("BERLIN - After the summit in Paris, Olaf Scholz described what he called the German answer to the "
         "stalemate: a truce of two weeks at sea.", "DEU", 14),
    ],
)
def test_a_truce_after_a_colon_is_the_proposal_the_subject_named(sentence, proposer, days):
    [fact] = facts(sentence, "ceasefire")
    assert fact["proposers"] == [proposer] and fact["duration_days"] == days


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials listed the week's events: a three-day truce, a prisoner swap and new sanctions.",
        "The Kremlin's answer was short: a three-day truce was out of the question.",
    ],
)
def test_a_colon_that_introduces_a_list_or_a_clause_names_no_proposer(sentence):
    assert all(not f["proposers"] for f in facts(sentence, "ceasefire"))


def test_names_listed_after_an_object_do_not_take_the_subjects_quote():
    [statement] = facts('Foreign Minister Radosław Sikorski said Poland would host a meeting of Presidents Macron, '
                        'Zelensky and Trump, and urged allies to "keep the pressure on Moscow until the guns fall '
                        'silent".', "statement")
    assert statement["speaker"].endswith("Sikorski") and statement["actor"] == "POL"


def test_a_name_after_a_listed_object_that_speaks_is_no_object():
    # "with Kaja Kallas, David Lammy said": a comma after an object, then the subject of the speech verb
    [statement] = facts('Speaking after talks with Kaja Kallas, David Lammy said Europe must "do far more to defend '
                        'itself against Russia".', "statement")
    assert statement["speaker"].endswith("Lammy")


def _stances(text: str) -> dict[str, str]:
    return {(f["actor"]): f["stance"] for f in facts(text, "stance") if f["target"] == "sanctions on Russia"}


def test_a_quoted_threat_opening_with_if_is_conditional():
    assert _stances('"If Russia turns the truce down, Canada will impose new sanctions on Russian banks," the '
                    'minister said.') == {"CAN": "conditional"}
    assert _stances('"Canada will impose new sanctions on Russian banks," the minister said.') == {"CAN": "support"}


_TRUCE = "Washington has proposed a 30-day ceasefire, which Ukraine accepted. "


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Britain's Foreign Secretary, David Lammy, said Moscow should accept the proposal.", "GBR"),
        ("Berlin said Russia must agree to the ceasefire as soon as possible.", "DEU"),
    ],
)
def test_a_third_party_saying_a_side_must_accept_the_truce_supports_it(sentence, actor):
    stances = [(f["actor"], f["stance"]) for f in facts(_TRUCE + sentence, "stance")]
    assert (actor, "support") in stances


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelensky said Russia must accept the ceasefire.",  # a warring side: its answer, decision 3
        "Britain said Moscow should accept the blame for the war.",  # no truce accepted
    ],
)
def test_no_third_party_support_without_a_third_party_or_a_truce(sentence):
    assert [f for f in facts(_TRUCE + sentence, "stance") if f["stance"] == "support"] == []


def test_troops_never_on_the_agenda_is_a_refusal():
    pre = "European leaders discussed a reassurance force for Ukraine. "
    [fact] = facts(pre + "Meloni said sending Italian troops had never been on the agenda.", "participation")
    assert fact["actor"] == "ITA" and fact["status"] == "declined"
    assert facts(pre + "Meloni said that a new tax had never been on the agenda.", "participation") == []


def test_a_named_quote_followed_by_a_second_predicate_is_a_statement():
    [statement] = facts('Chancellor Friedrich Merz welcomed the talks. Merz called the agreement "a first step that '
                        'must be followed by more" and promised further meetings.', "statement")
    assert statement["speaker"].endswith("Merz")


def test_a_phrase_the_clause_goes_on_after_is_still_a_fragment():
    assert facts('Chancellor Friedrich Merz said he did not want to see "foreign troops on its own soil" in Europe.',
                 "statement") == []


def test_a_person_apposed_as_a_figure_speaks():
    [statement] = facts('Dmitry Peskov declined to comment. Anton Ivanov, a senior figure in the ruling party, was '
                        'blunter. "Nothing will be decided without us at the table," he wrote on Telegram.', "statement")
    assert statement["speaker"] == "Anton Ivanov"


def test_a_figure_that_is_a_number_is_no_speaker():
    [statement] = facts('The figure, officials said, was "far higher than anything we had expected this year".',
                        "statement")
    assert statement["role"] == "officials"

"""Eleventh session, stance precision: wording classes that gave a wrong value or a wrong holder on
the dev set. Every sentence here is made up; each test of a rule fails with the rule disabled, and
the negatives beside them pass either way."""

from __future__ import annotations

from tests.extract.stance_sentences import answers, stances


# -- joining others in an act is no membership (joining_readings.py) ------------------------------

def test_not_joining_allies_in_announcing_measures_is_no_membership_position() -> None:
    text = "Canada did not join the EU and Japan in announcing new measures against Moscow on Friday."
    assert ("CAN", "oppose") not in stances(text)


def test_joining_others_in_opposing_a_membership_is_still_a_position() -> None:
    # negative: the sentence names the membership, so the act joined is the position
    text = "Slovakia joined Hungary in opposing Ukraine's EU membership at the summit on Thursday."
    assert ("SVK", "oppose") in stances(text)


# -- Ukraine as the one joining, in another's words (joining_readings.py) -------------------------

def test_speaker_saying_ukraine_cannot_join_holds_the_opposition() -> None:
    text = ("Slovak Prime Minister Robert Fico spoke in Bratislava on Monday. "
            "In a radio interview he said Ukraine could not join the alliance while the war continued.")
    found = stances(text)
    assert ("UKR", "oppose") not in found
    assert ("SVK", "oppose") in found


def test_speaker_not_drawn_on_when_ukraine_might_join_gives_kyiv_nothing() -> None:
    text = ("Kyiv's plan asks partners to lift the restrictions on using Western weapons against targets in Russia. "
            "At the alliance's headquarters, the Dutch prime minister said only that allies would \"take note\" of "
            "the plan, and would not be drawn on when Ukraine might join.")
    assert not {p for p in stances(text) if p[0] == "UKR"}


def test_kyiv_saying_ukraine_would_not_give_up_its_bid_keeps_its_holder() -> None:
    # negative: Ukraine's own words about its joining are Kyiv's
    text = "Zelensky said Ukraine would not give up its bid to join NATO."
    assert ("UKR", "oppose") in stances(text)


# -- a proposer's call for its own truce is the ceasefire's proposer (proposer_stances.py) --------

def test_urging_putin_to_agree_to_ones_own_truce_is_no_stance_as_well() -> None:
    text = ("Brazilian President Lula urged Vladimir Putin on Monday to agree to a ten-day ceasefire "
            "covering ports and power plants.")
    assert ("BRA", "support") not in stances(text)


def test_urging_moscow_to_agree_a_holiday_truce_is_no_stance_as_well() -> None:
    text = "The Mexican president urged Moscow to agree to a 30-day truce over the holidays."
    assert ("MEX", "support") not in stances(text)


def test_proposers_later_welcome_and_a_third_partys_backing_stay() -> None:
    # negative: told in another sentence, and by another state, the support is a position of its own
    assert ("BRA", "support") in stances(
        "Brazil proposed a ten-day ceasefire at sea on Monday. On Friday the Brazilian foreign minister "
        "said Brasília would welcome an extension of the truce.")
    assert ("ESP", "support") in stances(
        "Brazilian President Lula urged Vladimir Putin on Monday to agree to a ten-day ceasefire covering "
        "ports and power plants. Spain backed the ceasefire proposal on Tuesday.")


def test_urging_both_sides_to_agree_a_truce_stays_the_callers_support() -> None:
    # negative: a call on both sides is decision 2's bare call, a stance of the caller's
    text = "The Mexican president urged both sides to agree to a 30-day truce over the holidays."
    assert ("MEX", "support") in stances(text)


# -- a side's condition for a truce it answered is that answer (truce_conditions.py, decision 3) --

def test_condition_for_the_arrangement_is_the_answer_only() -> None:
    text = ("The United States proposed a 30-day ceasefire at sea, and Ukraine accepted it. Europeans "
            "meanwhile discussed a reassurance force for Ukraine. The Kremlin said the arrangement would "
            "take effect only once the sanctions on its farm bank were lifted.")
    assert ("RUS", "conditional") in answers(text)
    assert ("RUS", "conditional") not in stances(text)


def test_condition_for_the_ceasefire_itself_is_the_answer_only() -> None:
    text = ("The United States proposed a 30-day ceasefire on energy sites. Ukraine accepted. Moscow said "
            "it would agree to the ceasefire only if Western deliveries of weapons to Kyiv stopped.")
    assert ("RUS", "conditional") in answers(text)
    assert ("RUS", "conditional") not in stances(text)


def test_condition_for_talks_beside_an_answered_truce_stays() -> None:
    # negative: the condition names no truce, so it is a position on the talks
    text = ("The United States proposed a 30-day ceasefire on energy sites. Ukraine accepted. Moscow said "
            "it would agree to the ceasefire only if Western deliveries of weapons to Kyiv stopped. The "
            "Kremlin also said it would support peace talks only if Ukraine gave up its bid to join NATO.")
    assert ("RUS", "conditional") in stances(text)


# -- a short summary and the named official's report after it are one position (summary_sentences.py,
# decision 48) ---------------------------------------------------------------------------------------

def _evidence_of(text: str, actor: str) -> list[str]:
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return [f.evidence.text for f in result.facts if f.kind in ("stance", "participation") and f.actor == actor]


def test_short_summary_before_the_officials_words_is_one_position() -> None:
    text = ("European leaders offered security guarantees for Ukraine on Monday. Moscow rejects the plan "
            "outright. Deputy Foreign Minister Ivan Petrov said Russia would never accept Western troops in Ukraine.")
    assert len(_evidence_of(text, "RUS")) == 1


def test_said_no_before_the_chancellors_words_is_one_position() -> None:
    text = ("Leaders met in Paris to discuss a reassurance force for Ukraine.\n\nAustria, too, said no. "
            "Chancellor Karl Huber wrote on X after the meeting that Austria would not send soldiers to Ukraine.")
    assert len(_evidence_of(text, "AUT")) == 1


def test_a_position_told_in_full_or_in_another_paragraph_stays_a_second_fact() -> None:
    # negatives: a sentence of its own length, and a summary in a paragraph of its own
    assert len(_evidence_of(
        "European leaders offered security guarantees for Ukraine on Monday. Moscow has repeatedly said it will "
        "never accept any security guarantees that it has not agreed. Deputy Foreign Minister Ivan Petrov said "
        "Russia would never accept Western troops in Ukraine.", "RUS")) == 2
    assert len(_evidence_of(
        "European leaders offered security guarantees for Ukraine on Monday.\n\nMoscow rejects the plan "
        "outright.\n\nDeputy Foreign Minister Ivan Petrov said Russia would never accept Western troops in "
        "Ukraine.", "RUS")) == 2


# -- "would not talk about … without Ukraine" is decision 15's condition (positions.json "talk") -----

def test_not_talking_about_a_ceasefire_without_ukraine_is_a_condition() -> None:
    text = "The German chancellor told reporters that Berlin would not talk about a ceasefire without Ukraine."
    assert ("DEU", "conditional") in stances(text)


def test_never_talking_about_ukraines_future_without_kyiv_is_a_condition() -> None:
    text = ("Finland's president said on Monday that Helsinki would never talk about Ukraine's future "
            "without Kyiv at the table.")
    assert ("FIN", "conditional") in stances(text)


def test_talking_to_anyone_with_or_without_moscow_is_no_condition() -> None:
    # negative: no refusal before "without"
    text = "The French minister said Paris would talk to anyone about the crisis, with or without Moscow."
    assert ("FRA", "conditional") not in stances(text)

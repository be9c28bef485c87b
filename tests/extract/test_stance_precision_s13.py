"""Thirteenth session: false stances removed by general rules (made-up sentences; each positive case
fails without its rule).

- an actor named after a verb right before an aid item describes the item ("fit NATO guns"), no
  holder (clause_groups.py);
- a quote told by an unnamed source ("…," a senior diplomat told reporters) is no one's, not the
  last named person's (unnamed_speakers.py);
- "said no" before the clause it opens ("said no final version has been agreed") is no answer to a
  truce, so no third party's stance comes from it (ceasefire_non_answers.py);
- hosting an organisation's own meeting ("will host the NATO summit") is no stance (hosted_meetings.py);
- an envoy's question ("to ask whether Turkey would host…") is no answer of the state asked
  (stance_questions.json);
- a sentence-opening "he" is the speaker resolver's person, not one named as the one met (pronoun_holders.py);
- an appositive ("Mark Rutte, the Dutch prime minister") gives the person's country (person_appositives.py);
- "had weighed" tells a weighing that is over: no considering (stance_cues.background).
"""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import answers, stances


def test_an_organisation_describing_an_item_is_no_holder():
    text = ("Brazil makes shells that fit NATO guns, but it has a long-standing policy of not supplying "
            "weapons to countries at war, and it has turned down requests from Kyiv.")
    found = stances(text)
    assert ("NATO", "oppose") not in found
    assert ("BRA", "oppose") in found


def test_a_country_after_a_speech_verb_still_holds():
    # negative: "said Norway has…" names the holder after a speech verb, not a verb's item
    assert ("NOR", "oppose") in stances("Officials said Norway has a long-standing policy of not supplying "
                                        "weapons to Ukraine.")


QUOTE = ('Estonian Foreign Minister Margus Tsahkna met his counterparts on Monday. "We support a full '
         'ceasefire backed by strong guarantees," {} told reporters.')


def test_a_quote_from_an_unnamed_source_is_no_ones():
    assert ("EST", "support") not in stances(QUOTE.format("a senior European diplomat"))


def test_a_quote_from_the_person_just_named_stays_theirs():
    # negative: "he" is the minister just named
    assert ("EST", "support") in stances(QUOTE.format("he"))


TRUCE = "Zelensky offered a truce in the air and at sea on Tuesday. Russia rejected the idea. "


def test_said_no_opening_a_clause_is_no_answer():
    text = TRUCE + "British ministers have since said no final version of their own plan has been agreed."
    assert ("GBR", "oppose") not in stances(text) | answers(text)


def test_said_no_as_an_answer_stays():
    # negative: "said no" at the clause's end answers the truce (a third party's stance, decision 27)
    assert ("GBR", "oppose") in stances(TRUCE + "Asked about the truce, British ministers said no.")


@pytest.mark.parametrize("text", [
    "Spain will host the NATO summit in Madrid next year.",
    "Italy will host this year's G7 summit in Apulia.",
])
def test_hosting_an_organisations_meeting_is_no_stance(text):
    assert not {s for s in stances(text) if s[1] == "support"}


def test_hosting_peace_talks_stays_support():
    # negative: hosting talks between the sides backs them
    assert ("ESP", "support") in stances("Spain will host peace talks between Russia and Ukraine in Madrid "
                                         "next year.")


def test_an_envoys_question_is_no_answer():
    text = ("The UN envoy will travel to Ankara to meet President Recep Tayyip Erdogan and to ask whether "
            "Turkey would host a humanitarian contact group.")
    assert ("TUR", "support") not in stances(text)


def test_the_answer_itself_stays():
    # negative: the state's own word
    assert ("TUR", "support") in stances("The UN envoy met President Recep Tayyip Erdogan, who said Turkey "
                                         "would host peace talks between the two sides.")


SPEAKER = ("Slovak Prime Minister Robert Fico spoke on television in September. {} "
           "He has also said the first step should be for Ukraine to drop its bid to join NATO.")


def test_a_pronoun_passes_over_the_person_met():
    # "he" is Fico, who met Zelensky (pronoun_holders.py: the speaker resolver's person)
    found = stances(SPEAKER.format("After meeting President Volodymyr Zelensky in Uzhhorod, he said a great deal."))
    assert ("SVK", "oppose") in found and ("UKR", "oppose") not in found


def test_a_pronoun_after_a_person_who_speaks_is_theirs():
    # negative: Zelensky is the subject of the sentence before, so "he" is Zelensky
    found = stances(SPEAKER.format("President Volodymyr Zelensky spoke in Uzhhorod."))
    assert ("SVK", "oppose") not in found


def test_an_appositive_gives_the_persons_country():
    # the gazetteer's later office (NATO) is not the one the article gives (person_appositives.py)
    found = stances("Mark Rutte, the Dutch prime minister, said he backed candidate status for Ukraine.")
    assert ("NLD", "support") in found and ("NATO", "support") not in found


def test_an_appositive_naming_no_country_leaves_the_gazetteer():
    # negative: no country in the appositive
    assert ("NATO", "support") in stances("Mark Rutte, the alliance chief, said he backed more air defence "
                                          "for Ukraine.")


def test_a_weighing_told_in_the_past_perfect_is_over():
    # stance_cues.background: the weighing ended in the decision
    assert ("CHE", "considering") not in stances("Swiss Foreign Minister Ignazio Cassis said the Federal "
                                                 "Council had weighed the sanctions on Russia carefully.")


def test_a_weighing_still_going_on_is_considering():
    # negative: present weighing
    assert ("CHE", "considering") in stances("Swiss Foreign Minister Ignazio Cassis said the Federal Council "
                                             "was weighing sanctions on Russia.")

"""Thirteenth session, stance holders: the cue and object were read but the holder was missing or
wrong. Every sentence here is made up; each test of a rule fails with the rule disabled, and the
negatives beside them pass either way."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


# -- a pronoun subject is the speaker resolver's person, not the last person named ----------------

def test_he_after_a_meeting_is_the_articles_subject_not_the_man_he_met() -> None:
    text = ("Hungarian Prime Minister Viktor Orbán has said the same for months. Speaking on state "
            "radio after meeting President Volodymyr Zelensky in Kyiv, he said Hungary would send no weapons.\n\n"
            "He has also said Ukraine should drop its bid to join NATO.")
    found = stances(text)
    assert ("HUN", "oppose") in found
    assert ("UKR", "oppose") not in found


def test_she_is_the_woman_named_not_the_man_named_after_her() -> None:
    text = ("Estonian Prime Minister Kristen Michal spoke in Tallinn. Ms Michal later met President "
            "Volodymyr Zelensky in Kyiv.\n\nShe said she supported new sanctions on Russia.")
    found = stances(text)
    assert ("EST", "support") in found
    assert ("UKR", "support") not in found


def test_he_is_the_last_sentences_subject_not_the_man_it_speaks_of() -> None:
    # negative of the old reading: the last name in the sentence is spoken of, not the speaker
    text = ("Viktor Orbán, the Hungarian prime minister, spoke on Monday. Zelensky told reporters in "
            "Kyiv that Orbán was wrong.\n\nHe said he supported sanctions on Russia.")
    found = stances(text)
    assert ("HUN", "support") not in found


def test_he_added_after_an_unaffiliated_speaker_is_no_government_term() -> None:
    # negative: "he" is the former official who spoke last, not the president he spoke of
    text = ("Fred Fleitz, a former official, drew up the paper with a colleague.\n\n"
            "Fleitz said President Joe Biden had reacted favourably to the paper, although he stressed "
            "that Biden had not endorsed every element.\n\n"
            '"We are not asking Ukraine to give up its land, but we have to be realistic," Fleitz said. '
            "He added that any agreement would have to come with security guarantees for Kyiv.")
    assert ("USA", "conditional") not in stances(text)


# -- a country or body right before an aid item describes the item ("NATO guns"), also after a verb --

def test_a_body_naming_a_calibre_is_not_the_subject_of_the_next_clause() -> None:
    text = ("Japan is a big maker of arms and builds shells that fit NATO guns, but it has a strict "
            "policy of not supplying weapons to Ukraine.")
    found = stances(text)
    assert ("JPN", "oppose") in found
    assert ("NATO", "oppose") not in found


def test_a_body_as_the_subject_of_its_own_clause_still_holds_it() -> None:
    # negative: "NATO has refused" is NATO's own position
    text = "Japan builds radars, but NATO has refused to send weapons to Ukraine."
    assert ("NATO", "oppose") in stances(text)


# -- a person's office on the article's date (people.tsv's dated earlier rows) ---------------------

def _dated_stances(text: str, published: str) -> set[tuple[str, str]]:
    from coalition.extract import extract
    from coalition.model import Article

    result = extract(Article(text="Headline\n\n" + text, source="test", published=published))
    return {(f.actor, f.stance) for f in result.facts if f.kind == "stance"}


def test_a_person_speaks_for_the_office_held_on_the_articles_date() -> None:
    text = "Mark Rutte said on Tuesday that he supported new sanctions on Russia."
    found = _dated_stances(text, "2021-05-04")
    assert ("NLD", "support") in found
    assert ("NATO", "support") not in found


def test_the_same_person_later_speaks_for_the_later_office() -> None:
    # negative: after the change of office the table's current row holds
    text = "Mark Rutte said on Tuesday that he supported new sanctions on Russia."
    found = _dated_stances(text, "2025-05-04")
    assert ("NATO", "support") in found
    assert ("NLD", "support") not in found

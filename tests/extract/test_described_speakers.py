"""A title right before a speech verb is that verb's subject wherever it stands (twenty-first
session): "…, the Minister stressed. '…,' he said" is the minister's quote, not that of a person named
inside the clause; "the other member states" is no description that speaks."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def speakers(text: str) -> list[str | None]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f.speaker for f in result.facts if f.kind == "statement"]


def test_a_title_before_a_speech_verb_is_the_one_he_stands_for():
    text = ("Foreign Minister Peter Szijjarto spoke in Budapest. Hungary supports every effort aimed at peace, "
            "including the initiative of President Donald Trump, the Minister stressed. \"Instead of new packages, "
            "Europe should support the peace efforts of the American President,\" he said.")
    assert speakers(text) == ["Peter Szijjarto"]


def test_member_states_is_no_speaking_description():
    text = ("Bart De Wever, Belgium's prime minister, said he would not back the scheme unless the other member "
            "states shared the risks. \"I have asked for guarantees that protect Belgian taxpayers,\" he told reporters.")
    assert speakers(text) == ["Bart De Wever"]


def test_a_known_person_with_a_middle_initial_after_a_press_title():
    text = ("The United States announced new military aid for Ukraine. \"This package is built for that fight,\" said "
            "Pentagon Press Secretary John F. Kirby. \"We know the clock is ticking.\"")
    assert speakers(text) == ["John F. Kirby", "John F. Kirby"]


def test_the_people_table_passes_over_middle_initials_and_suffixes():
    from coalition.resolve import actors

    assert actors.person_by_name("Lloyd J. Austin III").name == "Lloyd Austin"
    assert actors.person_by_name("J. Smith") is None


def test_a_quote_after_a_sentence_that_opens_with_its_speaker():
    text = ("The Netherlands discussed a mission to Ukraine. Dutch Defence Minister Ruben Brekelmans said the cabinet "
            "would weigh any request. Brekelmans drew one firm line. \"We have always said that we will not fight "
            "in Ukraine. We do not want a confrontation between NATO and Russia.\"")
    assert speakers(text) == ["Ruben Brekelmans"]


def test_a_colon_after_a_pronoun_subject():
    text = ("The Netherlands discussed a mission to Ukraine. Dutch Defence Minister Ruben Brekelmans said the cabinet "
            "would weigh any request. He drew one firm line: \"We have always said that we will not fight in Ukraine.\"")
    assert speakers(text) == ["Ruben Brekelmans"]


def test_a_quote_after_a_sentence_naming_no_one_first_has_no_speaker():
    text = ("The Netherlands discussed a mission to Ukraine. On the ground, the mood was grim. \"We have always said "
            "that we will not fight in Ukraine.\"")
    assert speakers(text) == []


def test_a_title_before_the_verb_speaks_not_a_name_in_the_opening_phrase():
    text = ("NATO leaders met in The Hague. Mark Rutte insisted nothing had been withdrawn. Standing beside Volodymyr "
            "Zelensky on Tuesday, the secretary general said: \"We are building that bridge as we speak.\"")
    assert speakers(text) == ["Mark Rutte"]


def test_representative_is_a_title_before_a_name():
    text = ("In the Senate, the Republican leader, Mitch McConnell, had pushed to keep Ukraine money in the bill. "
            "Representative Marjorie Taylor Greene of Georgia went further. \"Not another dollar should go to "
            "Ukraine until our own southern border is secure,\" she said.")
    assert speakers(text) == ["Marjorie Taylor Greene"]


def test_an_inner_capital_surname_and_a_long_title_after_the_verb():
    text = ("The US will rebuild its stocks of Stinger missiles sent to Ukraine. William LaPlante, the Pentagon's top "
            "weapons buyer, wants a contract by May. \"The intent is to replace what has come out of our own stocks "
            "missile for missile,\" LaPlante told reporters.")
    assert speakers(text) == ["William LaPlante"]
    text = ("Ukraine condemned the strikes on its energy grid. \"Russia signed up to a pause on energy strikes and went "
            "on firing at our power lines,\" said Minister of Foreign Affairs of Ukraine Andrii Sybiha.")
    assert speakers(text) == ["Andrii Sybiha"]


def test_a_party_in_brackets_between_the_name_and_the_verb():
    text = ("Bulgaria debated arms for Ukraine. Presenting the draft, Dimitar Gochev (We Continue the Change) said: "
            "\"Bulgaria should give Ukraine what Ukraine has asked of us.\"")
    assert speakers(text) == ["Dimitar Gochev"]

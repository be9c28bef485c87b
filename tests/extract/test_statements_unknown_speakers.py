"""Speakers the office-holders table does not know: names in apposition to a title, surnames
with an inner capital, and titles standing for them later. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def speakers(text: str) -> list[str | None]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [f.speaker for f in result.facts if f.kind == "statement"]


def test_a_name_in_apposition_to_a_title_introducing_a_quote():
    text = ("The finance minister, Marta Kovalenko, was more direct about the stakes:\n\n"
            '"If the money stops now, the front line moves closer to our own border."')
    assert speakers(text) == ["Marta Kovalenko"]


def test_a_surname_with_an_inner_capital():
    text = '"We are sending everything we can, as fast as we can," said Siobhan McAllister, the defence minister.'
    assert speakers(text) == ["Siobhan McAllister"]


def test_a_title_after_a_role_of_several_words_is_not_a_name():
    text = ("The Minister for Foreign Affairs, Anna Lindqvist, presented the plan.\n\n"
            'The Minister for Foreign Affairs said: "Our share is counted in money and not in soldiers, and that is right."')
    assert speakers(text) == ["Anna Lindqvist"]


def test_she_said_after_a_description_with_a_preposition_inside():
    text = ("Prime Minister Helga Jónsdóttir announced the package after a proposal from the Minister of Finance.\n\n"
            '"A country without an army is not a country without means, and we will use ours," the Prime Minister said.')
    assert speakers(text) == ["Helga Jónsdóttir"]


def test_a_name_before_a_long_apposition_and_the_speech_verb():
    text = ('"We cannot keep paying for this on our own forever," Anna Berg, the Swedish minister for '
            'civil defence, told reporters in Oslo.')
    assert speakers(text) == ["Anna Berg"]


def test_a_surname_that_is_also_a_country():
    text = ("Prime Minister Carlos Jordan said on Monday that aid to Ukraine would rise.\n\n"
            '"We will give more next year, and we will give it sooner than before," Jordan told reporters.')
    assert speakers(text) == ["Carlos Jordan"]


def test_she_skips_a_man_named_later():
    text = ("Prime Minister Liisa Koskinen met Volodymyr Zelensky in Helsinki. Zelensky thanked Finland for the guns.\n\n"
            '"Finland will keep giving until Ukraine no longer needs our help," she said.')
    assert speakers(text) == ["Liisa Koskinen"]


def test_a_title_of_address_tells_the_gender():
    text = ("Ms Virtanen, the defence minister, met Volodymyr Zelensky in Kyiv. Zelensky thanked Finland for the guns.\n\n"
            '"Finland will keep giving until Ukraine no longer needs our help," she said.')
    assert speakers(text) == ["Virtanen"]


def test_he_still_goes_to_the_last_man():
    text = ("Prime Minister Mette Frederiksen met Volodymyr Zelensky in Copenhagen. Zelensky thanked Denmark for the jets.\n\n"
            '"Denmark has been a true friend to us in every hour of need," he said.')
    assert speakers(text) == ["Volodymyr Zelensky"]


def test_a_bare_plural_description_is_an_unnamed_speaker():
    result = extract(Article(text='Headline\n\n"Any such deployment would be a direct threat to our security," '
                                  'Russian officials said on Friday.', source="case"))
    found = [(f.speaker, f.role, f.actor) for f in result.facts if f.kind == "statement"]
    assert found == [(None, "Russian officials", "RUS")]


def test_a_surname_that_is_a_country_opening_a_sentence():
    text = ("Prime Minister Carlos Jordan spoke in Lisbon on Monday.\n\n"
            "Jordan, whose government took office in April, said the spending would help industry.\n\n"
            '"We are very competitive in drones, and our factories make what armed forces need," he said.')
    assert speakers(text) == ["Carlos Jordan"]

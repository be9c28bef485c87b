"""Twelfth-session statement classes, on made-up sentences.

- A pronoun after an opening phrase whose only person is an object ("After meeting President Jane
  Roe, he said…") goes on from the sentence before: whom one meets is not who speaks.
- A title ("the secretary-general said") stands for no one named inside a quote, nor for a holder of
  a lower office under the same words ("Under-Secretary-General", "Vice President").
- A definite description whose noun no speaker list holds, right before the speech verb: a person
  epithet ("the former boxing champion told…") stands for the person just spoken of; a capitalised
  noun or the last word of a body named before ("the Presidency", "the congress") for an unnamed
  body; a text or an outlet ("the newspaper said") for no one.
"""

from __future__ import annotations

from tests.extract.statement_sentences import speakers, statements


# -- a pronoun after an opening phrase whose person is an object ---------------------------------

def test_a_pronoun_after_meeting_someone_goes_on_from_the_sentence_before():
    text = ('Prime Minister Janez Kranjc has ruled out sending troops.\n\n'
            'In May, speaking on state radio after meeting President Volodymyr Zelensky in Lviv, he said '
            'Slovenia would keep its soldiers at home.\n\n'
            '"We can help with hospitals and with roads, but not with soldiers," he said then.')
    assert speakers(text) == ["Janez Kranjc"]


def test_a_person_who_opens_the_sentence_is_still_its_subject():
    text = ('Prime Minister Janez Kranjc has ruled out sending troops.\n\n'
            'After Volodymyr Zelensky arrived in Lviv, he said Ukraine would need more air defence.\n\n'
            '"We cannot hold the cities without more batteries," he said then.')
    assert speakers(text) == ["Volodymyr Zelensky"]


# -- a title does not stand for someone named inside a quote, nor for a deputy ------------------

def test_a_title_after_a_quote_naming_a_lower_official_is_the_head():
    text = ('António Guterres sent Martin Griffiths to Moscow and Kyiv last month.\n\n'
            '"I have asked Martin Griffiths to explore with both sides the terms of a humanitarian pause," '
            'the Secretary-General said.')
    assert speakers(text) == ["António Guterres"]


def test_the_president_is_no_vice_president():
    text = ('President Joe Biden flew to Warsaw on Monday. Vice President Kamala Harris stayed in Washington.\n\n'
            '"We will stand with Ukraine for as long as it takes," the president said.')
    assert speakers(text) == ["Joe Biden"]


def test_a_title_holder_named_inside_the_quote_does_not_speak_it():
    text = ('President Emmanuel Macron spoke to reporters in Paris.\n\n'
            '"I spoke to President Joe Biden this morning and we agreed on the next steps," the president said.')
    assert speakers(text) == ["Emmanuel Macron"]


# -- a description with a noun no list holds ------------------------------------------------------

def test_a_person_epithet_stands_for_the_person_just_named():
    text = ('Kyiv\'s mayor, Vitali Klitschko, was blunter. "Five thousand helmets is simply a joke," the former '
            'boxing champion told Bild.')
    assert speakers(text) == ["Vitali Klitschko"]


def test_a_body_named_before_by_the_last_word_of_its_name_is_an_unnamed_speaker():
    text = ('The Ukrainian Canadian Congress repeated its call for the assets to be seized.\n\n'
            '"Using the profits is a start; using the assets themselves would be justice," the congress said.')
    assert statements(text) == [(None, "Using the profits is a start; using the assets themselves would be justice,")]


def test_a_capitalised_noun_is_a_body():
    text = ('Jane Doe chaired the meeting in Brussels.\n\n'
            '"Ukraine keeps reforming, and the Union keeps its word in return," the Presidency said.')
    assert statements(text) == [(None, "Ukraine keeps reforming, and the Union keeps its word in return,")]


def test_an_outlet_or_a_text_is_no_epithet_for_a_person():
    text = ('Foreign Minister Jane Doe chaired the meeting in Brussels.\n\n'
            '"The ministers could not agree on the second tranche at all," the newspaper said.')
    assert speakers(text) == []


def test_a_description_governed_by_a_preposition_is_no_speaker():
    text = ('Minister Petr Novak visited the border on Monday.\n\n'
            'In Lublin, volunteers at the border crossing said: "Nothing has changed for the people who '
            'arrive here every night."')
    assert "Petr Novak" not in speakers(text)


# -- who a sentence is about: titles with "and", passive agents, participial openings, words criticised

def test_a_title_with_and_does_not_make_its_holder_an_object():
    text = ('In Moscow, Industry and Trade Minister Denis Manturov said the talks with Prime Minister Mikhail '
            'Mishustin had been long. "The shops will reopen, and the people who work there will keep their jobs," he said.')
    assert speakers(text) == ["Denis Manturov"]


def test_the_agent_of_a_passive_is_whom_he_stands_for():
    text = ('Russia\'s delegation was headed by Vladimir Medinsky, an aide to President Vladimir Putin. '
            '"We went through the whole agenda and found a few points of contact," he told reporters.')
    assert speakers(text) == ["Vladimir Medinsky"]


def test_a_title_after_an_opening_participle_is_the_subject():
    text = ('President Joe Biden met Prime Minister Keir Starmer on Friday. Spokesman John Kirby said no '
            'decision was expected.\n\n'
            'Asked about the threats from Moscow, the president was dismissive. "I do not spend much time '
            'thinking about that man at all," he said.')
    assert speakers(text) == ["Joe Biden"]


def test_whose_words_a_speaker_criticises_does_not_speak_next():
    text = ('Friedrich Merz, the opposition leader, calls Trump\'s words a reversal of victim and aggressor. '
            '"Russia invaded, and Ukraine did not do anything of the kind," he said.')
    assert speakers(text) == ["Friedrich Merz"]


def test_a_first_name_borne_by_men_and_women_leaves_he_free():
    text = ('"These are long-term investments in what the army needs next year," Brigadier General Pat Ryder, '
            'the Pentagon press secretary, said. He added that the next deliveries "would reach the front within '
            'weeks, as they always have."')
    assert speakers(text) == ["Pat Ryder", "Pat Ryder"]


# -- a name no table knows, opening a sentence before a relative clause -------------------------------

def test_an_unknown_name_before_who_speaks_the_next_quote():
    text = ('Defence Minister Ruben Brekelmans was cautious.\n\n'
            'Tomas Varga, who leads the largest opposition party, accused the prime minister of weakness. '
            '"Every time the government talks like this, it tells Moscow what it wants," he said.')
    assert speakers(text) == ["Tomas Varga"]


def test_an_unknown_name_before_whose_speaks_the_next_quote():
    text = ('Defence Minister Ruben Brekelmans was cautious.\n\n'
            'Tomas Varga, whose party is the largest in parliament, has ruled out sending soldiers. '
            '"Not one of our soldiers should be sent to that war," he wrote on Sunday.')
    assert speakers(text) == ["Tomas Varga"]

"""Statements: who a quote is attributed to, on short texts written for each rule."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def statements(text: str):
    result = extract(Article(text=text, source="case"))
    for fact in result.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return [f for f in result.facts if f.kind == "statement"]


def test_speaker_is_the_name_as_written_and_person_the_table_name():
    text = (
        "Headline\n\nUkrainian President Volodymyr Zelenskyy spoke in Vilnius on Friday.\n\n"
        '"We need the next air defence systems before the cold weather comes," Zelenskyy said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Volodymyr Zelenskyy"
    assert statement.person == "Volodymyr Zelensky"
    assert statement.actor == "UKR"


def test_unknown_speaker_has_no_person():
    text = 'Headline\n\n"The factory will double its output of shells by the summer," Anna Kowalczyk said.'
    [statement] = statements(text)
    assert statement.speaker == "Anna Kowalczyk" and statement.person is None


def test_surname_alone_stands_for_the_full_name():
    text = (
        "Headline\n\nDefence Minister Petra Lindqvist opened the new depot on Monday.\n\n"
        '"Every shell stored here is one that can reach the front within a week," Lindqvist told reporters.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Petra Lindqvist"


def test_hyphenated_given_name_is_kept_after_mr():
    text = (
        "Headline\n\nPark Min-jun said the grant would be paid through a trust fund.\n\n"
        'Mr Park later spoke to reporters. "We are following the shipments of shells very closely," he said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Park Min-jun"


def test_described_speaker_after_the_quote_is_unnamed():
    text = 'Headline\n\n"Nobody expects the talks to end before the summer," a senior NATO diplomat said.'
    [statement] = statements(text)
    assert statement.speaker is None
    assert statement.role == "senior NATO diplomat" and statement.actor == "NATO"


def test_described_speaker_after_the_verb():
    text = 'Headline\n\n"The price reflects a very strong order book," said one analyst at a Paris bank.'
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "analyst"


def test_definite_title_refers_back_to_the_description_not_the_last_name():
    text = (
        "Headline\n\nDefence Minister Petra Lindqvist announced the plan on Monday. "
        "A senior Swedish official involved in the talks was more cautious. "
        '"Nothing is decided until the money is in the budget," the official said.'
    )
    [statement] = statements(text)
    assert statement.speaker is None and statement.actor == "SWE"


def test_pronoun_after_a_described_subject_is_unnamed():
    text = (
        "Headline\n\nChancellor Rachel Reeves set out the budget on Wednesday.\n\n"
        "A head teacher in Leeds said the new funding would not cover wages. "
        '"We are being asked to do far more with far less money," she said.'
    )
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "head teacher"


def test_title_refers_to_the_person_holding_that_role():
    text = (
        "Headline\n\nJohn Healey, who met Germany's Boris Pistorius in Berlin, said the talks went well. "
        "The defence secretary told reporters:\n\n"
        '"We will keep the support flowing for as long as it takes, whatever happens."'
    )
    [statement] = statements(text)
    assert statement.speaker == "John Healey"


def test_pronoun_skips_a_person_named_as_a_possessive():
    text = (
        "Headline\n\nDmitry Peskov, President Vladimir Putin's spokesman, spoke on Friday. "
        '"Any foreign troops on that territory would be a legitimate target for us," he said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Dmitry Peskov"


def test_introducing_sentence_with_a_described_subject():
    text = (
        "Headline\n\nPresident Emmanuel Macron hosted the talks in Paris.\n\n"
        "A European diplomat who attended the meeting summed it up:\n\n"
        '"Everyone agrees on the goal and nobody agrees on the means."'
    )
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "European diplomat"


def test_a_spokesman_for_a_named_person_is_not_that_person():
    text = 'Headline\n\nA spokesman for Keir Starmer said: "The prime minister has been clear about this from the start."'
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "spokesman"


def test_surname_next_to_a_speech_verb_takes_the_full_name_written_earlier():
    text = (
        "Headline\n\nThe programme is run by Tomasz Wierzbicki, director of the agency.\n\n"
        '"Donors are putting in more money this year than they did last year," Wierzbicki told reporters.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Tomasz Wierzbicki"


def test_name_set_off_by_commas_after_a_description():
    text = (
        "Headline\n\nChancellor Friedrich Merz spoke first.\n\n"
        "Poland's ambassador in Berlin, Jan Nowicki, praised the decision. "
        '"This is what solidarity looks like in practice," he said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Jan Nowicki"


def test_sentence_opening_with_a_name_and_a_long_appositive():
    text = (
        "Headline\n\nLaura Bennett, a shop steward at the plant who has worked there for twenty years, said:\n\n"
        '"The people on this line are proud of every vehicle that leaves it."'
    )
    [statement] = statements(text)
    assert statement.speaker == "Laura Bennett"


def test_a_place_taken_for_a_name_is_not_the_speaker():
    text = (
        "Headline\n\nPrime Minister Keir Starmer met leaders at Lancaster House, where he said the talks went well.\n\n"
        'Speaking afterwards, he said: "We will keep working until there is a just and lasting peace."'
    )
    [statement] = statements(text)
    assert statement.speaker == "Keir Starmer"


def test_honourable_before_a_name():
    text = (
        'Headline\n\n"The agreement opens new markets for farmers on both sides of the ocean," '
        "said the Honourable Jane Whitby, Minister of International Trade."
    )
    [statement] = statements(text)
    assert statement.speaker == "Jane Whitby"


def test_name_several_words_after_the_verb():
    text = (
        'Headline\n\n"Long-term funding lets industry plan production years ahead," '
        "says Minister of Defence Kari Anne Solberg."
    )
    [statement] = statements(text)
    assert statement.speaker == "Kari Anne Solberg"


def test_introducing_sentence_with_only_a_possessive_pronoun():
    text = (
        "Headline\n\nPresident Vladimir Putin spoke for an hour in Minsk. His answer on the truce came at the end:\n\n"
        '"We support the idea, but there are questions we have to discuss first."'
    )
    [statement] = statements(text)
    assert statement.speaker == "Vladimir Putin"


def test_a_leader_is_the_head_of_that_state_or_government():
    text = (
        "Headline\n\nUkrainian President Volodymyr Zelensky thanked allies in Oslo. "
        '"We are grateful to every partner who stands with us today," the Ukrainian leader said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Volodymyr Zelensky"


def test_an_opening_adverb_is_no_part_of_the_name():
    text = 'Headline\n\nMeanwhile Zelensky said: "We need more air defence now, not in six months."'
    [statement] = statements(text)
    assert statement.speaker == "Zelensky" and statement.person == "Volodymyr Zelensky"


def test_the_minister_is_the_person_described_as_one_earlier():
    text = (
        "Headline\n\nAnna Berg, the country's finance minister, presented the budget on Monday. "
        '"We will keep every promise we made to Ukraine this year," the minister said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Anna Berg"


def test_a_person_met_as_the_object_of_a_fronted_clause_is_not_the_next_pronoun():
    # "After meeting the Pope, Mr Zelensky said …" : the Pope is met, Zelensky speaks; "he" is Zelensky
    text = (
        "Headline\n\nPope Francis offered on Sunday to host talks between the two sides.\n\n"
        "After meeting the Pope in Rome, Mr Zelensky said Kyiv wanted partners rather than go-betweens. "
        '"We respect his wish for peace, but nobody can mediate with the man who started this war," he told reporters.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Zelensky"


def test_office_holders_added_in_the_fifth_session_resolve_to_their_country():
    text = (
        "Headline\n\n"
        '"Every euro we send keeps a generator running in a Ukrainian hospital this winter," Maxime Prévot said.'
    )
    [statement] = statements(text)
    assert (statement.person, statement.actor) == ("Maxime Prévot", "BEL")

"""Brittleness the metamorphic benchmark (benchmarks/metamorphic.py) found, eighth session: the same
fact written with another currency format, other spaces or other quote marks must come out the same.
Each case on made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.commitment_sentences import commitments_of


def _money(text: str) -> list[tuple]:
    return [(f.donor, f.amount, f.currency) for f in commitments_of(text)]


# -- an initial and its full stop ----------------------------------------------------------------
# (A fix that read "€40m." at a sentence's end as an amount was reverted twice because it gave a
# commitment in one held-out distractor; the fourteenth session's tokenizer fix is kept, and that
# distractor's false commitment is counted in the held-out floors. See README, "Accuracy".)

def test_an_initial_keeps_its_full_stop():
    result = extract(Article(text="Note\n\nThe report by J. M. Keller was published on Monday.", source="case"))
    assert result.facts == []


# -- non-breaking, thin and narrow spaces inside amounts -------------------------------------------

def test_non_breaking_space_between_number_and_scale():
    found = _money("Drones\n\nSpain will give Ukraine drones worth €1.2\u00a0bn, the ministry said.")
    assert found == [("ESP", 1200000000, "EUR")]


def test_non_breaking_space_after_a_code_and_in_a_long_scale():
    found = _money("Budget help\n\nNorway will give Ukraine NOK\u00a05\u00a0billion in budget support this spring.")
    assert found == [("NOR", 5000000000, "NOK")]


def test_narrow_space_between_digit_groups():
    found = _money("Generators\n\nAustria will give Ukraine generators worth €650\u202f000, its foreign ministry said.")
    assert found == [("AUT", 650000, "EUR")]


def test_evidence_keeps_the_unusual_spaces_of_the_text():
    text = "Drones\n\nSpain will give Ukraine drones worth €1.2\u00a0bn \u2009–\u2009the ministry said."
    result = extract(Article(text=text, source="case"))
    [fact] = [f for f in result.facts if f.kind == "commitment"]
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    assert "\u00a0" in fact.evidence.text


# -- single-quoted scare quotes ending in "s" ------------------------------------------------------

def _statements(text: str) -> list[tuple]:
    result = extract(Article(text=text, source="case"))
    return [(f.speaker, f.quote) for f in result.facts if f.kind == "statement"]


def test_single_quoted_words_ending_in_s_close_their_quote():
    text = ("Talks\n\nThe envoy said there were 'open questions' about monitoring, and that a pause would "
            "need weeks of work before it could start.")
    assert _statements(text) == []


def test_a_quote_after_single_quoted_words_ending_in_s_keeps_its_speaker():
    text = ("Talks\n\nThe talks touched on the 'security guarantees' and the allies' plans, and Foreign Minister "
            "Radoslaw Sikorski said: 'Nobody will decide about Ukraine without Ukraine at the table.'")
    assert _statements(text) == [("Radoslaw Sikorski", "Nobody will decide about Ukraine without Ukraine at the table.")]


def test_plural_possessive_in_a_single_quote_still_waits_for_the_closing_mark():
    text = ("Pact\n\n'The partners' factories must deliver shells to Ukraine faster this year,' Foreign Minister "
            "Radoslaw Sikorski said.")
    assert _statements(text) == [
        ("Radoslaw Sikorski", "The partners' factories must deliver shells to Ukraine faster this year,")]


# -- a country's adjective inside a currency's name is no actor ------------------------------------

def test_part_of_a_package_in_canadian_dollars_written_out():
    found = _money("Aid\n\nCanada announced a C$60 million package for Ukraine on Friday. It included 20 million "
                   "Canadian dollars for drones.")
    assert found == [("CAN", 60000000, "CAD"), ("CAN", 20000000, "CAD")]


def test_part_of_a_package_in_norwegian_kroner_written_out():
    found = _money("Aid\n\nNorway announced a NOK 900 million package for Ukraine. It included 300 million "
                   "Norwegian kroner for drones.")
    assert found == [("NOR", 900000000, "NOK"), ("NOR", 300000000, "NOK")]


# -- a possessor before an amount in any format ----------------------------------------------------

def test_possessor_before_an_amount_written_with_a_currency_word():
    found = _money("Aid\n\nThe fund is Denmark's part of the EU's 50 billion euros facility for Ukraine, Denmark said.")
    assert found == [("EU", 50000000000, "EUR")]


def test_possessor_before_an_amount_written_with_a_code():
    found = _money("Aid\n\nThe fund is Denmark's part of the EU's EUR 50 billion facility for Ukraine, Denmark said.")
    assert found == [("EU", 50000000000, "EUR")]


# -- a quote going on in lower case after "he said," in single marks --------------------------------

def test_single_quoted_words_after_a_subordinate_clause_are_the_speakers():
    text = ("Visit\n\nPrime Minister Keir Starmer visited Kyiv on Friday.\n\nIf Vladimir Putin were to get his way "
            "now, he said, 'he will come back for more, and no border in Europe will be safe'.")
    assert [s for s, _ in _statements(text)] == ["Keir Starmer"]


# -- "€4.2 billion of regional funds for Slovakia" as "4.2 billion euros of" -------------------------

def test_money_of_a_kind_for_another_country_written_with_a_symbol():
    found = _money("Funds\n\nThe EU will lend €20 billion to Ukraine next year. It will also pay out €4.2 billion "
                   "of regional funds for Slovakia in March.")
    assert found == [("EU", 20000000000, "EUR")]


def test_money_of_a_kind_for_another_country_written_with_a_currency_word():
    found = _money("Funds\n\nThe EU will lend €20 billion to Ukraine next year. It will also pay out 4.2 billion "
                   "euros of regional funds for Slovakia in March.")
    assert found == [("EU", 20000000000, "EUR")]

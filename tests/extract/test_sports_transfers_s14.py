"""A footballer's loan and its permanent transfer are no financial aid (commitments.json,
``not_aid_context``): a club "made the deal permanent for about €30m" is a transfer fee, whatever
country the club is in. Made-up sentences."""

from coalition.extract import extract
from coalition.model import Article


def _commitments(text: str) -> list:
    return [f for f in extract(Article(text=text, source="test")).facts if f.kind == "commitment"]


def test_a_permanent_transfer_after_a_loan_is_no_commitment():
    text = ("Striker seals move\n\nThe Ukrainian forward joined Girona on loan last summer. Spain's Girona "
            "later made the deal permanent for about €30m.\n\nHe scored 24 league goals in the season.\n")
    assert _commitments(text) == []


def test_a_loan_spell_with_an_option_to_buy_is_no_commitment():
    text = ("Midfielder moves to Lisbon\n\nThe Ukrainian midfielder moved to Benfica on a season-long loan with an "
            "option to buy worth €25m, Portugal's champions said.\n")
    assert _commitments(text) == []


def test_a_state_loan_to_ukraine_is_still_a_commitment():
    text = ("Spain lends Kyiv €30m\n\nSpain will lend Ukraine €30m to repair its power grid, the economy "
            "ministry in Madrid said on Monday.\n")
    found = _commitments(text)
    assert [(f.donor, f.amount, f.currency) for f in found] == [("ESP", 30000000, "EUR")]

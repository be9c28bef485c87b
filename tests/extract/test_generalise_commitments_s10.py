"""Commitments on made-up sentences, tenth session (background_pledges.py): what a commitment
sentence tells as background rather than as a new pledge."""

from __future__ import annotations

from tests.extract.commitment_sentences import commitments_of


def _of(text: str) -> list[tuple]:
    return sorted((c.donor, c.amount, tuple(i.lower() for i in c.items)) for c in commitments_of(text))


def test_an_earlier_pledge_restated_with_its_date_is_the_pledge_recorded_elsewhere():
    text = ("Last Gripen jets reach Ukraine\n\n"
            "The last of the Gripen jets that Sweden pledged to Ukraine were handed over on Friday. "
            "Sweden announced in March 2024, together with Norway, that it would supply Gripen jets once "
            "Ukrainian pilots had been trained.")
    got = _of(text)
    # the delivery stays; the dated restatement of the pledge (and its partner's share) goes
    assert [d for d, _, _ in got] == ["SWE"]


def test_the_restated_pledge_with_start_of_month_and_to_infinitive():
    text = ("Germany pays for radars\n\n"
            "Germany is paying for two radars for Ukraine, the ministry said on Monday. "
            "Germany pledged at the start of June to send further radars within weeks.")
    assert [d for d, _, _ in _of(text)] == ["DEU"]


def test_a_dated_pledge_told_nowhere_else_stays():
    text = ("Allies and jets\n\n"
            "Norway will send Ukraine two transport aircraft, the government said on Tuesday. "
            "Portugal announced in May 2024 that it would supply Ukraine with armoured ambulances.")
    assert [d for d, _, _ in _of(text)] == ["NOR", "PRT"]


def test_last_week_is_the_news_itself_not_a_restatement():
    text = ("Helsinki sends radars\n\n"
            "Finland will give Ukraine coastal radars from its own stocks, the minister said. "
            "Last week the president announced that Finland would give Ukraine coastal radars.")
    assert "FIN" in [d for d, _, _ in _of(text)]


def test_what_kyiv_may_spend_money_on_is_no_item_of_the_gift():
    text = ("Loan for Ukraine\n\n"
            "Canada has committed about C$2 billion, money that Kyiv can also spend on artillery, while "
            "Norway and Sweden are together providing the rest through a World Bank fund.")
    got = _of(text)
    assert ("CAN", 2_000_000_000, ()) in got
    assert all("artillery" not in items for _, _, items in got)
    # the partners named beside it have nothing of their own (neither sum nor item)
    assert all(d not in ("NOR", "SWE") or items for d, _, items in got)


def test_a_gift_for_weapons_keeps_its_item():
    # the items given, not what Kyiv may buy with money
    got = _of("Funds for arms\n\nDenmark will give Ukraine €300 million for artillery, the government said.")
    assert any("artillery" in " ".join(items) for d, _, items in got if d == "DNK")

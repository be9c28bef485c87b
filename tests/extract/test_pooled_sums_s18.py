"""Eighteenth session, pooled sums (adjudication 18): a sum a fund or coalition holds or spends, or
the pledges made to it, has no single donor; a state paying into the fund keeps its own sum. Every
sentence here is made up."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

LEAD = ("Headline\n\nNorway sent another NOK 200 million to Ukraine's armed forces this week, the defence "
        "ministry in Oslo said.\n\n")


def sums(text: str, lead: str = LEAD) -> set[tuple]:
    return {(f.donor, f.amount) for f in extract(Article(text=lead + text, source="case")).facts
            if f.kind == "commitment" and f.amount is not None}


# -- the vehicle as the subject (pooled_sums.py) --------------------------------------------------

def test_fund_with_relative_aside_holds_a_pooled_total() -> None:
    text = "The alliance's shared fund, which pools partners' money for joint orders, has collected €84 million for Ukraine so far."
    assert (None, 84_000_000) in sums(text)


def test_fund_after_a_short_opener_spends_pooled_money() -> None:
    text = "In April the fund spent €12 million on radar sets for Ukraine's air force."
    assert (None, 12_000_000) in sums(text)


def test_members_of_a_named_coalition_with_a_lead_aside() -> None:
    text = ("Members of the Demining Coalition for Ukraine, which Norway leads with Lithuania, have pledged "
            "€310 million for mine clearance in Ukraine so far.")
    found = sums(text)
    assert (None, 310_000_000) in found and ("NOR", 310_000_000) not in found


def test_pledges_to_the_fund_are_a_pooled_level() -> None:
    text = "With that grant, pledges to the fund for Ukraine's grid have passed €615 million since 2022."
    assert (None, 615_000_000) in sums(text)


# -- states paying into a fund keep their sums ------------------------------------------------------

def test_state_paying_into_the_fund_keeps_its_sum() -> None:
    # negative: the fund stands after the sum, as its receiver
    text = "Germany will pay €500 million into the fund for Ukraine's air defence next year."
    assert ("DEU", 500_000_000) in sums(text)


def test_state_possessor_of_pledges_keeps_them() -> None:
    # negative: "Denmark's pledges to the fund" are one state's
    text = "Denmark's pledges to the fund for Ukraine's grid have reached €90 million."
    assert (None, 90_000_000) not in sums(text)


def test_fund_receiving_from_a_named_state_is_that_states() -> None:
    # negative: the giver is named right after the sum
    text = "The fund received €40 million from Sweden for Ukraine's repair crews."
    assert (None, 40_000_000) not in sums(text)


def test_fund_as_an_apposition_is_no_subject() -> None:
    # negative: "the off-budget fund" describes the facility before it, whose owner gives
    text = ("The ninth tranche under the European Peace Facility, the off-budget fund that repays members "
            "for arms they send, brings the EU's military aid to Ukraine to €6.1 billion.")
    assert (None, 6_100_000_000) not in sums(text)


def test_the_fund_of_an_imf_article_is_the_imf() -> None:
    # negative: "the Fund" is the IMF itself
    text = ("The International Monetary Fund approved a new loan for Ukraine on Friday. "
            "The Fund will disburse $900 million to Kyiv at once, its board said.")
    assert (None, 900_000_000) not in sums(text)


# -- payers listed with the sum, or counted (pooled_sums.joint_payers) -------------------------------

def test_package_paid_jointly_by_two_states_has_no_donor() -> None:
    text = "The minister announced a £320m package paid for jointly by the UK and Sweden, covering radars and drones for Ukraine."
    found = sums(text)
    assert (None, 320_000_000) in found and ("GBR", 320_000_000) not in found


def test_grants_from_a_list_of_states_have_no_donor() -> None:
    text = "A further $96m comes as grants from Finland, Estonia and Ireland for Ukraine's schools."
    assert (None, 96_000_000) in sums(text)


def test_grants_from_listed_states_each_stay_theirs() -> None:
    # negative: "each" makes the sum every state's own
    text = "A further $30m each comes as grants from Finland and Estonia for Ukraine's schools."
    assert (None, 30_000_000) not in sums(text)


def test_grant_from_one_state_keeps_its_donor() -> None:
    # negative: one payer only
    text = "A further $40m comes as grants from Finland for Ukraine's schools."
    assert ("FIN", 40_000_000) in sums(text)


def test_demonym_list_before_package_has_no_donor() -> None:
    text = "Kyiv also welcomed a Finnish, Estonian and Irish package of about $210 million for Ukraine's power grid."
    assert (None, 210_000_000) in sums(text)


def test_one_demonym_before_package_keeps_its_donor() -> None:
    # negative
    text = "Kyiv also welcomed an Estonian package of about €45 million for Ukraine's power grid."
    assert ("EST", 45_000_000) in sums(text)


def test_counted_group_of_states_just_named_pays_together() -> None:
    text = ("Helsinki will put €60 million into the scheme, and together with Estonia's money the two countries "
            "expect to fund around €95 million of Ukrainian production next year.")
    assert (None, 95_000_000) in sums(text)


def test_counted_group_with_ukraine_is_no_joint_payer() -> None:
    # negative: "the two governments" are the giver and Kyiv
    text = ("Finland and Ukraine signed a security accord on Monday. The two governments agreed an aid "
            "package worth €190 million for Ukraine.")
    assert (None, 190_000_000) not in sums(text)


# -- an unnamed group meeting in a named place (group_subjects.py) -----------------------------------

def test_allies_meeting_in_a_capital_pledge_as_a_group() -> None:
    text = "Allies meeting in Vilnius have pledged more than $2bn in fresh help for Ukraine's power grid."
    found = sums(text)
    assert (None, 2_000_000_000) in found and ("LTU", 2_000_000_000) not in found


def test_named_giver_before_the_sum_keeps_it() -> None:
    # negative: a state named before the sum is read by the donor rules
    text = "Allies met in Vilnius, where Lithuania pledged €20m for Ukraine's power grid."
    assert ("LTU", 20_000_000) in sums(text)

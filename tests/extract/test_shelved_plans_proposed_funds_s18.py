"""Decisions 55 and 60 (eighteenth session): a plan or question of a supply put on hold is the
state's `open` stance, no paused commitment; a loan, fund or envelope proposed for others to agree
(or a sum stuck in a legislature, decision 50) is no commitment, and a named proposer holds a
`support` stance on it. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

WAR = "Headline\n\nRussia's war in Ukraine goes on, and its allies met in Brussels on Tuesday.\n\n"


def facts(text: str) -> list:
    return extract(Article(text=WAR + text, source="case")).facts


def commitments(text: str) -> list[tuple]:
    return [(f.donor, f.status, f.amount) for f in facts(text) if f.kind == "commitment"]


def stances(text: str) -> list[tuple]:
    return [(f.actor, f.stance) for f in facts(text) if f.kind == "stance"]


# decision 55

def test_pausing_plans_to_send_is_open_no_commitment():
    text = "Norway is pausing plans to send NASAMS launchers to Ukraine, the defence minister said."
    assert ("NOR", "open") in stances(text)
    assert not any(c[1] == "paused" for c in commitments(text))


def test_putting_on_hold_plans_to_transfer_is_open():
    text = "Last spring Copenhagen put on hold plans to transfer older tanks to Ukraine at its allies' request."
    assert ("DNK", "open") in stances(text)
    assert commitments(text) == []


def test_shelving_the_question_of_donating_is_open():
    text = "Finland's defence minister confirmed that Finland has shelved the question of donating its howitzers."
    assert ("FIN", "open") in stances(text)


def test_the_open_stance_names_the_supply():
    text = "Norway is pausing plans to send NASAMS launchers to Ukraine, the defence minister said."
    targets = [f.target for f in facts(text) if f.kind == "stance" and f.actor == "NOR"]
    assert targets == ["sending NASAMS launchers to Ukraine"]


def test_halting_deliveries_stays_a_paused_commitment():
    text = "Norway has halted deliveries of NASAMS launchers to Ukraine."
    assert ("NOR", "open") not in stances(text)


def test_a_plan_not_put_on_hold_gives_no_open_stance():
    text = "Norway unveiled plans to send NASAMS launchers to Ukraine."
    assert ("NOR", "open") not in stances(text)


# decision 60

def test_a_commissions_proposal_for_a_facility_is_no_commitment():
    text = "Hungary is blocking the Commission's proposal for a €40bn facility to support Ukraine over three years."
    assert not any(c[2] == 40_000_000_000 for c in commitments(text))
    assert ("EU", "support") in stances(text)


def test_a_proposed_fund_is_no_commitment():
    text = "Ministers are still arguing over a proposed €3bn Ukraine fund for next year."
    assert not any(c[2] == 3_000_000_000 for c in commitments(text))


def test_an_approved_proposal_stays_a_commitment():
    text = "EU leaders approved the Commission's proposal for a €40bn facility for Ukraine on Thursday."
    assert any(c[2] == 40_000_000_000 for c in commitments(text))


def test_a_donors_own_budget_proposal_stays():
    text = "The Norwegian government proposed a fund of NOK 20 billion for Ukraine in its draft budget for next year."
    assert any(c[2] == 20_000_000_000 for c in commitments(text))


def test_a_plan_that_would_have_made_a_loan_is_no_commitment():
    text = ("That plan, backed by Germany, would have turned the frozen assets into a loan of up to €120bn "
            "for Ukraine. It failed on Belgium.")
    assert not any(c[2] == 120_000_000_000 for c in commitments(text))


def test_a_wished_agreement_is_no_commitment():
    text = ("The Commission wants member states to agree by December on a mechanism that would lend "
            "up to €150 billion to Ukraine.")
    assert not any(c[2] == 150_000_000_000 for c in commitments(text))


def test_a_green_light_expected_is_no_commitment():
    text = "Leaders arrived expecting to give the Commission a green light for a loan of up to €100 billion to Ukraine."
    assert not any(c[2] == 100_000_000_000 for c in commitments(text))


def test_aid_stuck_in_congress_is_no_commitment():
    text = "Kyiv is short of shells while a $50 billion U.S. aid bill remains stuck in Congress."
    assert not any(c[2] == 50_000_000_000 for c in commitments(text))


def test_aid_pledged_outright_stays():
    text = "The European Union pledged a €4bn fund for Ukraine's energy grid on Tuesday."
    assert any(c[2] == 4_000_000_000 for c in commitments(text))

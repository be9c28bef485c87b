"""Fourteenth-session rules on who gives a sum when a sentence names several payers, on sentences
written for the test (each with a negative example)."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[dict]:
    result = extract(Article(text="Aid to Ukraine\n\n" + text, source="test"))
    return [f.model_dump() for f in result.facts if f.kind == "commitment"]


def gifts(text: str) -> set[tuple]:
    return {(f["donor"], f["amount"], f["currency"]) for f in commitments(text)}


# pipeline._adapt_tokenizer: a one-letter scale before a full stop is no abbreviation
def test_amount_ending_a_sentence_keeps_its_scale():
    assert gifts("Poland handed Ukraine zł300m. The money buys fuel.") == {("POL", 300000000, "PLN")}
    assert ("GBR", 45000000, "GBP") in gifts("Britain will give Kyiv £45m.")


def test_scale_letter_elsewhere_is_unchanged():
    # no amount: the letters keep their tokens and no sum appears from nowhere
    assert commitments("Britain sent a team to Ukraine led by a Lt. Col. in May.") == []


# gapped_amounts.before_qualifier: a qualifier between the actor and its share
def test_gapped_share_with_a_qualifier_goes_to_its_own_actor():
    got = gifts("Latvia is giving Ukraine €12m, Estonia some €9m and Lithuania roughly €15m.")
    assert got == {("LVA", 12000000, "EUR"), ("EST", 9000000, "EUR"), ("LTU", 15000000, "EUR")}


def test_qualifier_without_an_actor_before_it_keeps_the_giver():
    got = gifts("Latvia is giving Ukraine €12m and about €3m more for demining.")
    assert got == {("LVA", 12000000, "EUR"), ("LVA", 3000000, "EUR")}


# data/commitments.json triggers: "putting up", "chipped in", "stumping up"
def test_colloquial_verbs_of_paying_give():
    assert ("BEL", 90000000, "EUR") in gifts("Belgium is putting up €90m for Ukrainian air defence.")
    assert ("PRT", 5000000, "EUR") in gifts("Portugal has chipped in €5m for Ukraine's demining.")


def test_putting_a_figure_on_a_cost_is_no_gift():
    assert gifts("The World Bank is putting the cost of rebuilding Ukraine at $524bn.") == set()


# from_donors._origin_verb: "<sum> comes from <actor>('s fund)"
def test_sum_that_comes_from_an_actor_is_that_actors():
    got = gifts("Finland is adding €10m for Ukraine's shells, while another €25m comes from the EU's peace fund.")
    assert got == {("FIN", 10000000, "EUR"), ("EU", 25000000, "EUR")}


def test_place_of_origin_on_a_noun_names_no_giver():
    got = gifts("Finland is adding €10m for Ukraine's shells, money that comes from Finnish stocks.")
    assert got == {("FIN", 10000000, "EUR")}


# joint_subjects.joint_group_pays: an unnamed group paying "jointly"
def test_unnamed_group_paying_jointly_has_no_donor():
    [fact] = commitments("Four Central European governments will jointly pay for $300m of American air defence missiles for Ukraine.")
    assert fact["donor"] is None and fact["amount"] == 300000000


def test_single_payer_of_american_weapons_keeps_its_name():
    [fact] = commitments("Belgium will pay for $300m of American air defence missiles for Ukraine.")
    assert fact["donor"] == "BEL"


def test_together_with_a_partner_is_no_group():
    [fact] = commitments("Spain, together with its allies, will provide €200m for Ukraine.")
    assert fact["donor"] == "ESP"


# respective_donors.with_respective_donors: sums told with "respectively"
def test_respectively_pairs_sums_and_actors_in_order():
    got = gifts("Austria and Ireland will give Ukraine €40m and €25m respectively for its power grid.")
    assert got == {("AUT", 40000000, "EUR"), ("IRL", 25000000, "EUR")}


def test_respectively_after_the_actors_and_the_joint_total():
    got = gifts("Kyiv received a $90 million grant from Belgium and Luxembourg, $70 million and $20 million respectively.")
    assert got == {(None, 90000000, "USD"), ("BEL", 70000000, "USD"), ("LUX", 20000000, "USD")}


def test_lists_of_unequal_length_are_left_alone():
    got = gifts("Austria will give Ukraine €40m and €25m respectively for its power grid and its railways.")
    assert got == {("AUT", 40000000, "EUR"), ("AUT", 25000000, "EUR")}


# people.NOT_NAMES: words of a fund's name after "Ukraine" are no person of Ukraine
def test_fund_named_after_ukraine_does_not_own_the_sum():
    got = gifts("Portugal will pay into the Prioritized Ukraine Requirements List, committing $20 million, its government said.")
    assert ("PRT", 20000000, "USD") in got


def test_person_after_a_country_is_still_a_person():
    text = 'Talks\n\nUkraine\'s Andrii Sybiha said: "We will never accept these terms from Moscow."'
    result = extract(Article(text=text, source="test"))
    speakers = [f.speaker for f in result.facts if f.kind == "statement"]
    assert speakers == ["Andrii Sybiha"]


def stances(text: str) -> set[tuple]:
    result = extract(Article(text="Arms\n\n" + text, source="test"))
    return {(f.actor, f.stance) for f in result.facts if f.kind == "stance"}


# data/positions.json: "only drag the conflict out", "only prolongs the war"; "weapons sent to Kyiv"
def test_moscow_saying_weapons_drag_the_war_out_opposes_them():
    assert ("RUS", "oppose") in stances("Sergei Lavrov said the weapons sent to Kyiv would only drag the war out.")
    assert ("RUS", "oppose") in stances('Maria Zakharova said the new arms sent to Ukraine "only prolongs the war".')


def test_talks_that_drag_on_are_no_position():
    assert stances("Diplomats said the negotiations could drag on into the spring.") == set()


# stance_holders.passive_agents: "by" repeated before the second agent
def test_each_agent_of_a_passive_with_repeated_by_holds_the_position():
    got = stances("The plan to lend the frozen Russian assets to Kyiv, backed by Finland and by Estonia's prime minister, stalled.")
    assert {("FIN", "support"), ("EST", "support")} <= got


def test_a_second_by_naming_no_actor_adds_nobody():
    got = stances("The plan to lend the frozen Russian assets to Kyiv, backed by Finland and by a majority of MEPs, stalled.")
    assert got == {("FIN", "support")}


# data/positions.json target "financial aid to Ukraine": "money to Ukraine", "money to a war"
def test_refusing_to_give_money_to_ukraine_opposes_it():
    assert ("SVK", "oppose") in stances("Robert Fico said Slovakia would not give any more money to Ukraine.")


def test_money_for_ukraine_without_a_position_is_none():
    assert stances("The finance ministry said the money for Ukraine would arrive in May.") == set()


# cost_estimates._valued_in_relative: "needs …, which X puts at $N"
def test_needs_valued_in_a_relative_clause_are_no_gift():
    text = ("The loan is meant to cover most of Ukraine's civilian and military needs for the next three years, "
            "which the World Bank puts at roughly $90 billion.")
    assert gifts(text) == set()


def test_a_gift_beside_a_relative_clause_stays():
    assert ("DEU", 50000000, "EUR") in gifts("Germany will give Ukraine €50m, which officials put at about a tenth of its budget.")


# combined_sums.with_combined_sums: "…, a combined €X" adding up the sums before it
def test_combined_total_of_two_givers_has_no_donor():
    facts = commitments("Austria is giving Ukraine €30 million for its grid and Ireland €20 million, a combined €50 million.")
    total = [f for f in facts if f["amount"] == 50000000]
    assert total and total[0]["donor"] is None and total[0]["status"] == "cumulative"


def test_combined_figure_that_is_not_the_sum_keeps_its_giver():
    facts = commitments("Austria is giving Ukraine €30 million for its grid and Ireland €20 million, a combined €80 million with last year's aid.")
    assert all(f["donor"] is not None for f in facts if f["amount"] == 80000000)


# data/commitments.json collective_scopes "international package"; from_donors._from_group
def test_international_package_has_no_single_donor():
    text = "The World Bank approved a $2 billion loan for Ukraine.\n\nThe loan is part of an international package of $9 billion."
    facts = {f["amount"]: f["donor"] for f in commitments(text)}
    assert facts[2000000000] == "WORLD_BANK" and facts[9000000000] is None


def test_sum_from_other_lenders_has_no_donor_but_from_a_named_one_does():
    text = "The World Bank approved a $2 billion loan for Ukraine, and $6 billion in concessional loans from other lenders."
    facts = {f["amount"]: f["donor"] for f in commitments(text)}
    assert facts[6000000000] is None
    text = "The World Bank approved a $2 billion loan for Ukraine, and $6 billion in concessional loans from Japan."
    facts = {f["amount"]: f["donor"] for f in commitments(text)}
    assert facts[6000000000] == "JPN"


# blockers: "X continues to block" (data/commitments.json blocking_auxiliaries)
def test_a_state_that_continues_to_block_the_money_is_no_donor():
    got = gifts("The EU's payment to Ukraine is stuck: Slovakia continues to block some €500 million of it.")
    assert ("SVK", 500000000, "EUR") not in got


def test_a_state_that_continues_to_give_is_the_donor():
    assert ("SVK", 5000000, "EUR") in gifts("Slovakia continues to give Ukraine €5 million for demining.")


# institution_anaphors.with_institution_subjects: "the bank itself lends $X" in a list of clauses
def test_the_bank_as_a_clause_subject_is_the_bank_the_article_names():
    text = ("The World Bank announced new money for Ukraine's hospitals.\n\n"
            "Japan provides a $40 million grant, the bank itself lends $100 million, and Spain adds a $5 million grant.")
    assert ("WORLD_BANK", 100000000, "USD") in gifts(text)


def test_the_bank_as_the_teller_gives_nothing():
    text = ("The World Bank announced new money for Ukraine's hospitals.\n\n"
            "Canada provides a $40 million grant, and the bank said Spain would add $5 million.")
    assert ("WORLD_BANK", 5000000, "USD") not in gifts(text)

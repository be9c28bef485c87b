"""Fifteenth session: amounts and pauses that came out as no fact, on made-up sentences.

- an amount named as a yardstick ("beyond the €2bn") that a verb of giving follows is an earlier gift,
  also with a conversion in parentheses between them (dev 317);
- "military aid to Kyiv and then intelligence sharing" under one verb of halting is one commitment
  per kind (ADJUDICATION 49), the second kind taking the first one's stage and donor (dev 451);
- a state's possessive before a noun of halting or restarting ("Canada's resumption of military aid")
  names the owner of the aid, also after "for" (dev 457; `pause_owners.py`).
Each positive case fails without its rule.
"""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import commitments_of, facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.status, f.category, f.amount) for f in facts(text)]


# --- a yardstick amount that is an earlier gift, past its conversion ---

def test_amount_beyond_which_nothing_is_added_is_the_approved_gift():
    assert ("DEU", "announced", "other", 2_000_000_000) in found(
        "Berlin will add no money beyond the €2bn (£1.7bn) already approved for this year.")


def test_a_yardstick_amount_with_a_conversion_and_no_gift_is_nothing():
    assert found("Spending on Ukraine must stay below the €2bn (£1.7bn) ceiling, the finance minister wrote.") == []


# --- one verb of halting, two kinds of aid ---

@pytest.mark.parametrize("text, donor", [
    ("Washington suspended deliveries of weapons to Ukraine and then intelligence sharing.", "USA"),
    ("Ottawa halted shipments of military aid to Kyiv and later intelligence sharing.", "CAN"),
])
def test_each_kind_halted_is_its_own_pause(text, donor):
    got = [(d, s, c) for d, s, c, _ in found(text)]
    assert (donor, "paused", "military") in got and (donor, "paused", "intelligence") in got


def test_intelligence_shared_by_another_state_is_no_second_pause():
    got = found("Britain paused weapons deliveries to Ukraine while France kept up intelligence sharing.")
    assert [(d, s, c) for d, s, c, _ in got] == [("GBR", "paused", "military")]


# --- the possessor of a pause or a resumption ---

def test_a_states_resumption_of_two_kinds_gives_both():
    got = [(d, s, c) for d, s, c, _ in found("Kyiv welcomed Canada's resumption of military aid and intelligence sharing.")]
    assert got == [("CAN", "announced", "military"), ("CAN", "announced", "intelligence")]


def test_a_resumption_owned_after_for_is_the_owners():
    got = found("Zelensky thanked the prime minister for Britain's resumption of military assistance.")
    assert [(d, s) for d, s, _, _ in got] == [("GBR", "announced")]


@pytest.mark.parametrize("text", [
    "Kyiv criticised Russia's suspension of grain shipments to Africa.",
    "Kyiv welcomed Canada's resumption of talks with China.",
])
def test_no_aid_halted_or_restarted_is_nothing(text):
    assert found(text) == []


# --- amounts that came out as no fact (dev 018, 384, 090, 355; dev 140 for the conversion) ---

def money(text: str) -> list[tuple]:
    return [(f.donor, f.amount, f.currency, f.amount_max, f.per) for f in facts(text)]


@pytest.mark.parametrize("text, fact", [
    ("The US Congress passed a bill on Friday with about $40 billion for Ukraine.",
     ("USA", 40_000_000_000, "USD", None, None)),
    ("The EU expects the frozen assets to yield between 1.5 billion and 2 billion euros a year for Ukraine.",
     ("EU", 1_500_000_000, "EUR", 2_000_000_000, "year")),
])
def test_a_sum_for_ukraine_needs_no_verb_of_giving(text, fact):
    assert fact in money(text)


@pytest.mark.parametrize("text", [
    "The US Congress passed a bill on Friday with about $40 billion for Israel.",
    "The EU expects the frozen assets to yield about 2 billion euros a year for Ukraine's army.",
])
def test_a_sum_for_another_or_for_a_part_of_ukraine_without_a_verb_is_nothing(text):
    assert money(text) == []


def test_a_range_after_an_earlier_amount_keeps_its_lower_bound():
    got = money("Sweden gave SEK 10bn last year. This year it will give between 2 billion and 3 billion kronor to Ukraine.")
    assert ("SWE", 2_000_000_000, "SEK", 3_000_000_000, None) in got


def test_a_hedged_sum_in_parentheses_a_few_words_on_converts_the_amount():
    assert money("Denmark will give DKK 20 billion to Ukraine in 2025 (about €2.7 billion).") == [
        ("DNK", 20_000_000_000, "DKK", None, None)]


def test_a_sum_in_parentheses_after_a_clause_of_its_own_is_its_own():
    got = money("Denmark will give DKK 20 billion to Ukraine in 2025, while Sweden gives SEK 15bn (about €1.3 billion).")
    assert [d for d, *_ in got] == ["DNK", "SWE"]


def test_a_yearly_minimum_beside_a_multi_year_total_is_its_own_promise():
    got = money("Finland will spend €3 billion over 2025-2030 on aid to Ukraine, and at least €400 million a year.")
    assert ("FIN", 400_000_000, "EUR", None, "year") in got


def test_a_yearly_slice_of_a_multi_year_total_is_the_total_again():
    got = money("Finland will spend €3 billion over 2025-2030 on aid to Ukraine, or €500 million a year.")
    assert [a for _, a, *_ in got] == [3_000_000_000]


def test_reconstruction_work_in_ukraine_outweighs_schools():
    got = money("Latvia plans to set aside €5 million a year for reconstruction work in Ukraine, where Latvian firms "
                "are rebuilding schools.")
    assert ("LVA", 5_000_000, "EUR", None, "year") in got


def test_wages_at_home_stay_no_aid():
    assert money("Latvia plans to set aside €5 million a year to pay wages at Latvian schools.") == []


# --- a halt told in a time clause after a pledge (ADJUDICATION 50; dev 319) ---

PLEDGE = "Portugal has approved €50 million in military support for Ukraine"


def test_a_halt_in_a_time_clause_is_its_own_pause_and_no_stage_of_the_pledge():
    got = [(f.donor, f.status, f.amount) for f in facts(PLEDGE + ", days after Washington suspended its military aid to Kyiv.")]
    assert ("USA", "paused", None) in got and ("PRT", "announced", 50_000_000) in got


def test_the_pledge_not_the_halt_carries_on_to_the_next_sentence():
    got = [(f.donor, f.amount) for f in facts(PLEDGE + ", days after Washington suspended its military aid to Kyiv. "
                                                 "Of the package, €30m will go to drones.")]
    assert ("PRT", 30_000_000) in got


def test_a_time_clause_halting_no_aid_gives_no_pause():
    got = [(f.donor, f.status, f.amount) for f in facts(PLEDGE + " after Lisbon stopped buying Russian gas.")]
    assert got == [("PRT", "announced", 50_000_000)]


# --- an appositive between the giver and its auxiliary (dev 317; subject_asides.after_appositive) ---

@pytest.mark.parametrize("text, fact", [
    ("Germany, Ukraine's biggest military backer in Europe, has stopped approving new requests for weapons aid.",
     ("DEU", "paused")),
    ("Norway, the largest donor per head in the region, has pledged ten more air defence systems.", ("NOR", "announced")),
])
def test_an_appositive_after_the_giver_hides_no_subject(text, fact):
    assert fact in [(d, s) for d, s, _, _ in found(text)]


def test_a_list_of_states_is_no_appositive():
    got = {d for d, _, _, _ in found("Germany, the Netherlands, Denmark and Norway have pledged tanks.")}
    assert got == {"DEU", "NLD", "DNK", "NOR"}


def test_an_appositive_without_an_auxiliary_after_it_gives_no_subject():
    # "Poland, the main transit country, said …" then nothing given: no verb of giving after the aside
    assert found("Poland, the main transit hub for weapons, saw record traffic in May.") == []


# --- a lifted freeze told as imposed: the halt and its end (ADJUDICATION 50; dev 455; imposed_pauses.py) ---

def test_a_freeze_lifted_and_told_as_imposed_gives_the_pause_and_the_resumption():
    got = sorted((d, s, c) for d, s, c, _ in found(
        "Ottawa lifted the freeze it had put on military aid and intelligence sharing after the talks."))
    assert got == [("CAN", "announced", "intelligence"), ("CAN", "announced", "military"),
                   ("CAN", "paused", "intelligence"), ("CAN", "paused", "military")]


def test_a_freeze_lifted_without_its_imposing_is_one_resumption():
    got = [(d, s) for d, s, _, _ in found("Ottawa lifted its freeze on military aid after the talks.")]
    assert got == [("CAN", "announced")]


def test_a_freeze_imposed_on_russian_assets_is_no_aid():
    assert found("Ottawa lifted the freeze it had placed on Russian assets after the talks.") == []


# --- development projects as financial aid (dev 323) ---

@pytest.mark.parametrize("text, fact", [
    ("The freeze has halted US-funded development projects across Ukraine.", ("USA", "paused", "financial")),
    ("Japan will fund development projects in Ukraine's regions.", ("JPN", "announced", "financial")),
])
def test_development_projects_are_aid(text, fact):
    assert fact in [(d, s, c) for d, s, c, _ in found(text)]


def test_a_companys_development_projects_are_no_aid():
    assert found("Rheinmetall and a Ukrainian firm have launched joint development projects.") == []


# --- a halt in the headline told again in the body, in other words (dev 317) ---

HALT_HEADLINE = "Oslo halts arms shipments to Kyiv\n\n"


def test_a_headline_halt_and_the_bodys_are_one_pause():
    got = commitments_of(HALT_HEADLINE + "Norway has suspended deliveries of weapons to Ukraine while it reviews its stocks.")
    assert [(f.donor, f.status) for f in got] == [("NOR", "paused")]


def test_a_halt_of_another_kind_in_the_body_stays_its_own():
    got = commitments_of(HALT_HEADLINE + "Norway has suspended deliveries of weapons to Ukraine. "
                                         "It also stopped its humanitarian aid to Ukraine.")
    assert sorted((f.donor, f.category) for f in got) == [("NOR", "humanitarian"), ("NOR", "military")]


# --- a plan's figures: "plans", "foresees" as verbs of giving; a yearly lower bound is no slice (dev 317) ---

def test_a_drafts_planned_sums_are_pledges_and_a_yearly_lower_bound_is_its_own():
    got = money("Belgium's draft plans at most €2 billion for 2026, and a little more than €300 million a year in 2027 and 2028.")
    assert ("BEL", 2_000_000_000, "EUR", None, None) in got and ("BEL", 300_000_000, "EUR", None, "year") in got


def test_foresees_a_sum_for_ukraine_is_a_pledge():
    assert ("NLD", 3_500_000_000, "EUR", None, None) in money("The Dutch government foresees €3.5 billion for Ukraine in 2026.")


def test_an_even_yearly_slice_of_a_planned_total_is_the_total_again():
    got = money("Belgium's draft plans €1.2 billion over 2026-2029, or €300 million a year.")
    assert [a for _, a, *_ in got] == [1_200_000_000]


def test_plans_without_an_amount_give_nothing():
    assert money("Belgium plans new talks with its partners next month.") == []

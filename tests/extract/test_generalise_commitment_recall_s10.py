"""Tenth-session commitment classes found on real news pages the rules were not written against,
tested on made-up sentences: the host of a training programme named with an article ("to the UK",
"in the UK"); the giver of a sum in a "with <state> committing …" clause; running totals told with
a verb of reaching or with "has given … since"; a package's size told with "totalling"; and a
Nordic currency word written in a neighbour's form ("Swedish kroner")."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.amount, f.currency, f.status, f.category) for f in facts(text)]


# --- training: the place the instructors go to, with an article, is no trainer (decision 30) ---

@pytest.mark.parametrize("text", [
    "Finland will send more Patria vehicles to Ukraine and up to 70 defence force personnel to the UK to train Ukrainian troops.",
    "Portugal will deliver ten trucks to Ukraine and send 40 instructors to the Netherlands to train Ukrainian crews.",
])
def test_the_host_named_with_an_article_is_not_the_trainer(text):
    host = "GBR" if "UK" in text else "NLD"
    assert all(d != host for d, *_ in found(text))


@pytest.mark.parametrize("text, host", [
    ("Ukrainian crews will begin training on the tanks in the UK.", "GBR"),
    ("Ukrainian pilots will start training on the jets in the Netherlands next month.", "NLD"),
])
def test_training_in_a_place_named_with_an_article_is_that_place_s(text, host):
    assert (host, None, None, "announced", "training") in found(text)


def test_instructors_nationality_still_gives_the_training():
    donors = [d for d, *_ in found("Finnish instructors will go to the Netherlands to train Ukrainian pilots.")]
    assert donors == ["FIN"]


# --- a sum in a "with <state> committing …" clause is that state's ---

@pytest.mark.parametrize("text, donor, amount", [
    ("The fund has drawn money from Norway, Iceland and Lithuania, with Finland committing €20 million to it so far.", "FIN", 20_000_000),
    ("The scheme has backing from Norway and Iceland, with Finland providing €20 million.", "FIN", 20_000_000),
])
def test_a_with_clause_names_the_giver_of_its_sum(text, donor, amount):
    assert [(d, a) for d, a, *_ in found(text)] == [(donor, amount)]


@pytest.mark.parametrize("text, donor, amount", [
    ("Chile has led support for Ukraine since 2022, coordinating aid from dozens of partners and committing more than €6 billion.",
     "CHL", 6_000_000_000),
    ("Chile has led support for Ukraine, coordinating aid from Peru and Mexico and committing more than €6 billion.",
     "CHL", 6_000_000_000),
])
def test_a_participle_clause_of_giving_gives_the_sum_to_the_sentence_s_subject(text, donor, amount):
    assert [(d, a) for d, a, *_ in found(text)] == [(donor, amount)]


@pytest.mark.parametrize("text, donor", [
    ("Chile hosted the talks on Ukraine, saying Peru is giving €6 million.", "PER"),
    ("Chile hosted the talks on Ukraine, Peru giving €6 million.", "PER"),
    ("With Finland's help, Norway is providing €20 million.", "NOR"),
    ("Norway is providing €20 million, with Finland's backing.", "NOR"),
])
def test_a_with_phrase_without_a_verb_of_giving_names_no_giver(text, donor):
    assert [d for d, *_ in found(text)] == [donor]


# --- running totals ---

@pytest.mark.parametrize("text", [
    "Finland's military aid to Ukraine has climbed to about €3 billion.",
    "Finland's support for Ukraine now reaches €655 million.",
    "Finnish assistance to Kyiv has grown to more than €2 billion, the ministry said.",
    "Finland has committed €2 billion in security assistance to Ukraine since the start of the war.",
    "The total value of the defence materiel Finland delivered to Ukraine is now about €2 billion.",
    "The total value of all the packages sent by Finland to Ukraine has further increased to around €1.3 billion.",
])
def test_a_total_reached_or_given_since_is_a_running_total(text):
    assert [s for _, _, _, s, _ in found(text)] == ["cumulative"]


@pytest.mark.parametrize("text", [
    "Finland's new package rose to €1 billion after talks.",
    "Finland's aid is €50 million.",
    "Finland's aid will rise to €3 billion next year.",
    "Finland has committed €2 billion in security assistance to Ukraine, and has sent tanks since 2023.",
])
def test_a_package_a_future_level_or_another_clause_s_since_is_no_running_total(text):
    assert "cumulative" not in [s for _, _, _, s, _ in found(text)]


@pytest.mark.parametrize("text", [
    "Finland has announced a new aid package for Ukraine totalling €300 million.",
    "Finland will provide Ukraine with military aid totaling €120 million this year.",
])
def test_a_package_s_size_told_with_totalling_is_no_running_total(text):
    statuses = [s for _, _, _, s, _ in found(text)]
    assert statuses and "cumulative" not in statuses


def test_totalling_with_since_stays_a_running_total():
    assert [s for _, _, _, s, _ in found("Finland has given aid totalling €3 billion since 2022.")] == ["cumulative"]


# --- a Nordic currency word in a neighbour's form ---

@pytest.mark.parametrize("text, currency", [
    ("Sweden will fund air defence systems worth 1.2 billion Swedish kroner.", "SEK"),
    ("Sweden will give Ukraine 500 million kroner for demining.", "SEK"),
    ("Norway will give Ukraine 500 million kroner for demining.", "NOK"),
    ("Denmark will give Ukraine 500 million kroner for demining.", "DKK"),
    ("Sweden's newest package for Ukraine is worth 3.5 billion Swedish Kronas.", "SEK"),
    ("The Czech Republic allocated almost 500 million crowns to the ammunition scheme for Ukraine.", "CZK"),
    ("Norway will give Ukraine 300 million crowns for demining.", "NOK"),
])
def test_kroner_is_the_giver_s_own_crown(text, currency):
    assert [c for _, _, c, _, _ in found(text)] == [currency]


# --- a future progressive of giving ("will be sending") gives as "will send" does ---

@pytest.mark.parametrize("text", [
    "Chile will be sending helmets and blankets to Ukraine.",
    "Chile will be providing generators and medical kits to Ukraine this winter.",
])
def test_will_be_sending_gives(text):
    assert [d for d, *_ in found(text)] == ["CHL"]


def test_will_be_with_another_verb_gives_nothing():
    assert found("Chile will be watching helmets arrive in Ukraine.") == []


# --- a sum a list of states gives as one subject is a joint sum (decision 18) ---

def joint(text: str) -> list[tuple]:
    return [(f.donor, f.amount, f.part_of is not None) for f in facts(text)]


@pytest.mark.parametrize("text, payers, amount", [
    ("Portugal, Spain and Italy have promised to give about €500 million to a NATO-run plan to buy weapons for Ukraine.",
     ["PRT", "ESP", "ITA"], 500_000_000),
    ("Estonia and Latvia pledge €40 million for demining in Ukraine.", ["EST", "LVA"], 40_000_000),
])
def test_a_sum_of_a_listed_subject_has_no_donor_and_each_state_a_share(text, payers, amount):
    got = joint(text)
    assert (None, amount, False) in got
    assert sorted(d for d, a, part in got if part) == sorted(payers)
    assert all(a is None for d, a, part in got if part)


@pytest.mark.parametrize("text", [
    "Estonia and Latvia each pledged €40 million for demining in Ukraine.",
    "Estonia and Latvia pledged €40 million and €30 million respectively for Ukraine.",
    "Spain will give €40 million to Estonia and Latvia to help Ukraine.",
])
def test_each_a_split_or_a_listed_object_makes_no_joint_sum(text):
    assert all(d is not None for d, a, part in joint(text) if a is not None)

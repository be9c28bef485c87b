"""Ninth-session commitment rules, on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


@pytest.mark.parametrize("text", [
    "The Danish-led scheme will send 40 howitzers to Ukraine this winter.",
    "The initiative, funded by about a dozen partner countries, delivered 300,000 shells to Ukraine last year.",
    "The Dutch-led coalition has handed over 2,000 drones to Ukraine since spring.",
])
def test_a_pooled_scheme_gives_aid_without_a_donor(text):
    """Adjudication 18: a scheme one state leads and several fund is no one's gift."""
    found = facts("Norway sent 20 tanks to Ukraine. " + text)
    assert [f.donor for f in found if f.donor != "NOR" or "tanks" not in f.items] == [None]


def test_a_scheme_with_named_funders_keeps_them():
    found = facts("The initiative, funded by Germany and Denmark, delivered 300,000 shells to Ukraine.")
    assert {f.donor for f in found} >= {"DEU", "DNK"}


@pytest.mark.parametrize("text, noun", [
    ("Belgium, Luxembourg and Austria acted next, jointly funding a new package of about €300 million.", "package"),
    ("Spain and Portugal went further the same week, jointly financing a fresh package of roughly €80 million.", "package"),
])
def test_a_paying_gerund_with_an_object_is_a_verb_not_an_item(text, noun):
    """The shares of a joint sum carry what the sum pays for, not "funding" or "financing"."""
    shares = [f for f in facts(text) if f.part_of is not None]
    assert shares and all(f.items == [noun] for f in shares)


@pytest.mark.parametrize("text, donor", [
    ("Warsaw is relying on the $20bn (€18bn) EU loan to be paid back from Russian assets.", "EU"),
    ("Finland praised the €3bn ($3.3bn) German package for Ukraine's air defence.", "DEU"),
])
def test_a_giver_named_after_the_conversion_gives(text, donor):
    """The giver between an amount and its noun is read past a conversion in parentheses."""
    assert [f.donor for f in facts(text) if f.amount] == [donor]


@pytest.mark.parametrize("text, donor", [
    ("Japan put ¥300bn into the fund, through which the G7 members are lending Ukraine about $40 billion overall.", "G7"),
    ("Norway said on Friday that EU member states had committed €6bn to Ukraine's air defence.", "EU"),
])
def test_a_body_named_before_its_members_gives(text, donor):
    assert donor in [f.donor for f in facts(text) if f.amount and f.currency in ("USD", "EUR")]


def test_some_of_a_bodys_members_are_no_body():
    found = facts("Norway said on Friday that three EU member states had committed €6bn to Ukraine's air defence.")
    assert "EU" not in [f.donor for f in found]


def test_bullets_take_the_stage_of_their_introducing_verb():
    """ "So far, Finland has delivered:" gives each bullet below it its donor and its stage."""
    text = ("So far, Finland has delivered:\n\n- Leopard 2R mine-clearing vehicles;\n"
            "- power generators and body armour;\n- patrol boats.\n\nThe talks go on next week.")
    found = [f for f in facts(text) if f.donor == "FIN"]
    assert len(found) == 3 and all(f.status == "delivered" for f in found)
    assert any("body armour" in f.items for f in found)


@pytest.mark.parametrize("intro", ["The aid announced by Finland includes:", "Finland said the funding will be used for:"])
def test_bullets_under_a_sums_contents_give_nothing_of_their_own(intro):
    text = f"Finland pledged €90 million to Ukraine. {intro}\n\n- power generators and body armour;\n- patrol boats.\n"
    assert not [f for f in facts(text) if f.amount is None]


@pytest.mark.parametrize("text", [
    "Malta's government put €3 million into a fund buying shells outside the EU, and another €400,000 into radios for Ukraine's army.",
    "The Maltese government paid €3 million for shells produced within the EU, and another €400,000 for radios for Ukraine's army.",
])
def test_an_actor_named_as_a_place_gives_nothing(text):
    """ "outside the EU", "within the EU": a place the money is spent in, not a giver."""
    found = [f for f in facts(text) if f.amount == 400_000]
    assert found and all(f.donor == "MLT" for f in found)


@pytest.mark.parametrize("text, donor", [
    ("The decision came a day after Portugal confirmed that it would send six minehunters.", "PRT"),
    ("Kyiv welcomed the news shortly after Finland signalled it would hand over two radars.", "FIN"),
])
def test_an_actor_after_a_time_word_gives_before_a_verb_of_saying(text, donor):
    """ "after X confirmed that it would send": a clause whose actor gives, like "after X said"."""
    assert donor in [f.donor for f in facts(text)]


@pytest.mark.parametrize("text", [
    "Greece announced that it would send Ukraine more air defence systems. Greece will deliver two NASAMS systems in May.",
    "Norway said on Monday it would give Ukraine more armoured vehicles. Norway will hand over 20 Bandvagn vehicles next month.",
])
def test_a_class_phrase_told_in_detail_next_is_a_summary(text):
    """ "air defence systems" then "two NASAMS systems": the same aid first summed up, one commitment;
    "fighter jets" then "200 missiles" are two (tests/extract/test_generalise_commitments_s4.py)."""
    found = facts(text)
    assert len(found) == 1 and not {"armoured vehicles", "air defence systems"} & set(found[0].items)

"""Fifteenth session: donors named in lists, shared sums and followers, on made-up sentences.
A sum told as split between several payers has no donor (dev 433); a state said to follow another's
gift gives the same aid (dev 470). Each fails without its rule."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.amount) for f in facts(text)]


def donors_of(text: str) -> set:
    return {f.donor for f in facts(text)}


# --- a sum split between several payers is theirs together ---

@pytest.mark.parametrize("text", [
    "Berlin said the contract was worth €120 million (about $130m), to be shared evenly among the four partners.",
    "Poland will pay €60 million, split equally between Poland, Lithuania and Latvia.",
    "Denmark put the value of the demining order at DKK 500 million, to be divided equally among the partner countries.",
])
def test_sum_split_between_payers_has_no_donor(text):
    sums = [f for f in facts(text) if f.amount is not None]
    assert sums and all(f.donor is None for f in sums)


@pytest.mark.parametrize("text, donor", [
    # a split among uses, not payers
    ("Poland will pay €60 million, split equally between drones and artillery shells.", "POL"),
    ("Sweden gave SEK 800 million, divided among three brigades.", "SWE"),
    # no split at all
    ("Poland will pay €60 million for the shells, Warsaw said.", "POL"),
])
def test_sum_split_among_uses_keeps_its_donor(text, donor):
    assert any(d == donor and a is not None for d, a in found(text))


# --- a state that follows another's gift gives the same aid ---

@pytest.mark.parametrize("text, follower", [
    ("Norway has already handed over NASAMS launchers, and Spain is expected to follow later this year.", "ESP"),
    ("The Netherlands sent Leopard 2 tanks in March; Portugal followed suit in June.", "PRT"),
    ("Canada has delivered armoured vehicles to Ukraine. Australia will follow soon.", "AUS"),
])
def test_follower_gives_the_same_aid(text, follower):
    assert follower in donors_of(text)


@pytest.mark.parametrize("text, other", [
    # no state as the follower, or one that is no giver
    ("Norway has already handed over NASAMS launchers, and it hopes others will follow.", None),
    ("Moscow announced a pause in strikes and expected Ukraine to follow suit.", "UKR"),
    # "follow" with an object of its own is no gift
    ("Norway has already handed over NASAMS launchers, and Spain will follow the talks closely.", "ESP"),
    # the state is an object, not the subject of "follow"
    ("Norway handed NASAMS launchers to Spain to follow the plan.", "ESP"),
])
def test_follow_without_a_following_state_gives_nothing(text, other):
    donors = donors_of(text)
    assert other not in donors or other is None
    assert not (donors - {"NOR", None})


# --- aid in kind from a list of states: each gives its own (dev 484) ---

@pytest.mark.parametrize("text, donors", [
    ("Kyiv received Patriot interceptors from Germany and Spain last month.", {"DEU", "ESP"}),
    ("The Pentagon said the transfer of Abrams tanks from Poland and Australia was under way.", {"POL", "AUS"}),
])
def test_each_state_of_a_from_list_gives(text, donors):
    assert donors <= donors_of(text)


@pytest.mark.parametrize("text, other", [
    # the sellers of a purchase
    ("Ukraine bought Bayraktar drones from Turkey and Poland last month.", "POL"),
    # a demonym on a noun: a place of origin, no list of givers
    ("Kyiv received howitzers from Czech and Slovak stocks.", "SVK"),
])
def test_a_from_list_that_names_no_givers(text, other):
    assert other not in donors_of(text)


# --- a handover told as a noun that is going on or done delivers the items (dev 484) ---

@pytest.mark.parametrize("text, donor", [
    ("Deliveries of Leopard tanks from Portugal began in March.", "PRT"),
    ("The White House said the shipment of the first ATACMS missiles from the United States had begun.", "USA"),
    ("The transfer of Gripen jets from Sweden has been completed, the ministry said.", "SWE"),
])
def test_handover_in_progress_delivers(text, donor):
    assert any(f.donor == donor and f.status == "delivered" for f in facts(text))


@pytest.mark.parametrize("text", [
    # still to come, or only a condition for it
    "Washington said it would approve the transfer of Gripen jets from Sweden once pilots were trained.",
    "The Kremlin warned that the transfer of Gripen jets from Sweden would escalate the war.",
])
def test_handover_to_come_is_not_delivered(text):
    assert not any(f.donor == "SWE" and f.status == "delivered" for f in facts(text))


# --- a joint gift whose split is told in the next sentences: the parts are its shares (dev 280) ---

JOINT = "Spain and Portugal have agreed on jointly supplying Ukraine with a NASAMS air defence system. "


def test_split_told_next_replaces_the_payers_shares():
    text = JOINT + "Spain will send four launchers, while Portugal will provide 100 interceptor missiles."
    got = facts(text)
    whole = [i for i, f in enumerate(got) if f.donor is None]
    assert whole
    # no items-only share of the whole beside the parts the next sentence gives
    assert not [f for f in got if f.donor and "nasams" in " ".join(f.items).lower()]
    assert {(f.donor, f.part_of) for f in got if f.donor} == {("ESP", whole[0]), ("PRT", whole[0])}


def test_more_aid_told_next_keeps_the_shares():
    text = JOINT + "Spain will also send ambulances, and Portugal will separately provide generators."
    assert {f.donor for f in facts(text) if f.donor and "nasams" in " ".join(f.items).lower()} == {"ESP", "PRT"}


# --- a joint announcement of each one's own aid, told again as background (dev 239) ---

def test_joint_announcement_is_each_ones_own_gift():
    got = facts("Sweden announced in May, together with Finland, that it would supply Gripen jets to Ukraine.")
    assert {f.donor for f in got} == {"SWE", "FIN"}
    assert all(f.part_of is None for f in got)


def test_joint_gift_keeps_its_whole():
    got = facts("Together with Finland, Sweden will supply 12 Gripen jets to Ukraine.")
    assert None in {f.donor for f in got}


def test_restated_pledge_drops_only_the_donor_told_elsewhere():
    text = ("The last Gripen jets that Sweden promised to Ukraine left Luleå on Monday. "
            "Sweden announced in May 2024, together with Finland, that it would supply Gripen jets to Ukraine "
            "once the government had approved the transfer.")
    got = [f for f in facts(text) if "gripen" in " ".join(f.items).lower()]
    # Sweden's pledge is the one the article follows (told once); Finland's is told only here
    assert [f.donor for f in got].count("SWE") == 1
    assert "FIN" in {f.donor for f in got}


# --- a joint gift priced in the next sentence is one commitment with its amount (dev 433) ---

def test_joint_gift_priced_next_is_one_commitment():
    text = ("Sweden, Finland and Norway will jointly pay for 20 Archer self-propelled howitzers for Ukraine. "
            "The Swedish ministry put the value of the order at €150 million, to be split equally between the three partners.")
    got = facts(text)
    wholes = [i for i, f in enumerate(got) if f.donor is None]
    assert len(wholes) == 1 and got[wholes[0]].amount == 150_000_000
    assert {f.donor for f in got if f.part_of == wholes[0]} == {"SWE", "FIN", "NOR"}


def test_joint_gift_with_a_sum_of_one_donor_next_keeps_its_whole():
    text = ("Sweden, Finland and Norway will jointly pay for 20 Archer self-propelled howitzers for Ukraine. "
            "Separately, Sweden announced €150 million for demining.")
    got = facts(text)
    assert any(f.donor is None and f.amount is None for f in got)


# --- aid supplied through a scheme that named states launched is theirs (dev 410) ---

def test_scheme_founders_give_together():
    got = facts("The Patriot interceptors are being delivered as part of the initiative that Spain, Italy and Greece set up in March.")
    wholes = [i for i, f in enumerate(got) if f.donor is None]
    assert wholes
    assert {f.donor for f in got if f.part_of == wholes[0]} == {"ESP", "ITA", "GRC"}


def test_one_scheme_founder_gives():
    got = facts("The demining vehicles are being delivered as part of the programme that Lithuania launched last year.")
    assert "LTU" in {f.donor for f in got}


@pytest.mark.parametrize("text", [
    # a scheme a state leads or joins names no payer
    "The demining vehicles are being delivered as part of the coalition which Lithuania leads.",
    "The demining vehicles are being delivered as part of the programme that Lithuania joined last year.",
])
def test_scheme_a_state_leads_or_joins_names_no_giver(text):
    assert "LTU" not in {f.donor for f in facts(text)}


# --- a list of states siding with another on a "frozen-asset loan" pauses nothing (dev 475) ---

def test_frozen_asset_loan_is_no_paused_aid():
    got = facts("Spain, Greece and Cyprus back France on frozen-asset loan as talks drag on.")
    assert not [f for f in got if f.status == "paused"]


def test_frozen_aid_is_still_paused():
    got = facts("Spain has frozen its military aid to Ukraine.")
    assert ("ESP", "paused") in {(f.donor, f.status) for f in got}

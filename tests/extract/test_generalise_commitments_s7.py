"""Commitments, seventh session: failure classes seen on the dev set, each tested here on made-up
sentences (other donors, items and wordings than the articles)."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


# -- the receiver's use of aid is nobody's pledge -------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Sweden will deliver howitzers soon. Our gunners will use these howitzers well, the Ukrainian commander said.",
     [("SWE", "announced", ["howitzers"])]),
    ("Norway will send NASAMS launchers, and Ukrainian crews will be able to operate them by spring.",
     [("NOR", "announced", ["NASAMS", "launchers"])]),
    ("Belgium will send jets. The crews will fly the jets from bases in the west.",
     [("BEL", "announced", ["fighter jets"])]),
])
def test_the_receivers_use_of_aid_pledges_nothing(text, kept):
    assert [(f.donor, f.status, f.items) for f in facts(text)] == kept


# -- the subject of a coordinated clause gives the items far into it ------------------------------

def test_the_subject_after_comma_and_gives_the_items_of_its_clause():
    text = ("Finland sent tanks last year, and Estonia signed a memorandum with Kyiv in March under which it "
            "will supply 40 mortars by the autumn.")
    assert {f.donor for f in facts(text) if "mortars" in f.items} == {"EST"}


# -- a chain of actors followed by a verb of giving: each gives ----------------------------------

@pytest.mark.parametrize("text, donors", [
    ("Portugal and Greece donated armoured vehicles to Ukraine in spring.", {"PRT", "GRC"}),
    ("Ireland, Austria and Malta sent generators to Kyiv last winter.", {"IRL", "AUT", "MLT"}),
    ("The allies have promised dozens of Leopard tanks, with Spain and Portugal expected to hand over the first "
     "vehicles in June.", {"ESP", "PRT"}),
])
def test_each_actor_of_a_chain_that_is_the_subject_gives(text, donors):
    assert {f.donor for f in facts(text)} == donors


def test_a_chain_after_a_preposition_is_no_subject():
    assert {f.donor for f in facts("Generators were sent to Portugal and Greece last winter by Spain.")} <= {"ESP"}


# -- a class noun after "the" refers back to the items named before in the sentence ---------------

def test_the_first_vehicles_are_the_tanks_named_before():
    text = "Spain has pledged six Leopard tanks, and Madrid expects to deliver the first vehicles in June."
    assert [(f.donor, f.status, f.items) for f in facts(text)] == [("ESP", "announced", ["leopard tanks"]),
                                                                   ("ESP", "planned", ["leopard tanks"])]


# -- a side phrase "alongside five supplied by X" gives X its share only --------------------------

def test_a_side_phrase_gives_its_actor_a_share_and_leaves_the_main_clause_to_the_donor_before():
    text = ("Spain has sent Leopard tanks. The first ten armoured vehicles arrived in Ukraine on Monday, as well as four "
            "donated by Portugal. More armoured vehicles are due in the coming weeks.")
    got = [(f.donor, f.status, f.items) for f in facts(text)]
    assert ("PRT", "delivered", ["armoured vehicles"]) in got
    assert ("ESP", "delivered", ["armoured vehicles"]) in got
    assert not any(donor == "PRT" and status != "delivered" for donor, status, _ in got)  # the next sentence is Spain's


def test_a_side_phrase_after_a_named_donor_adds_a_second_giver():
    got = {f.donor for f in facts("Poland delivered 14 tanks on Friday, along with 10 donated by Canada.")}
    assert got == {"POL", "CAN"}


# -- aid named by a vague word, then told in detail by the same donor: one pledge ----------------

def test_a_vague_summary_told_in_detail_in_the_next_sentence_is_no_pledge_of_its_own():
    text = "Estonia said on Monday it would send Ukraine more weapons. Estonia will hand over 20 mortars and a field radar."
    assert [(f.donor, f.items) for f in facts(text)] == [("EST", ["mortars", "radars"])]


@pytest.mark.parametrize("text, kept", [
    ("Estonia said on Monday it would send Ukraine more weapons. The prime minister spoke in Tallinn.", ("EST", "planned")),
    ("Estonia halted its deliveries of weapons on Monday. Estonia will hand over 20 mortars later.", ("EST", "paused")),
])
def test_a_vague_pledge_without_details_or_a_pause_of_it_stays(text, kept):
    assert kept in [(f.donor, f.status) for f in facts(text)]


# -- "the three Gepards": a count after "the" names items the donor gave before ------------------

@pytest.mark.parametrize("text", [
    "Spain has handed over two Hawk air defence launchers. An official list shows the two Hawks as delivered and four more as in preparation.",
    "Spain has handed over six Hawk launchers. A government register lists the six Hawks as delivered.",
])
def test_a_definite_count_of_items_given_before_is_no_new_commitment(text):
    assert [(f.donor, f.status) for f in facts(text)] == [("ESP", "delivered")]


def test_a_definite_count_of_other_items_is_still_given():
    text = "Spain has handed over two Hawk launchers. Spain will also send the four howitzers requested by Kyiv."
    assert [(f.donor, f.items) for f in facts(text)] == [("ESP", ["Hawk", "launchers"]), ("ESP", ["howitzers"])]


# -- a share of national output pledged is a pledge of its own, whatever else the donor gives ----

@pytest.mark.parametrize("text", [
    "Estonia gave Ukraine €40m in March. Estonia has committed to spend 0.3% of its GDP a year on military support for Ukraine.",
    "Estonia has committed to spend 0.3% of its GDP a year on military support for Ukraine. Estonia will send 20 mortars.",
])
def test_a_share_of_output_is_neither_a_package_told_elsewhere_nor_a_summary(text):
    assert ("EST", ["military support"]) in [(f.donor, f.items) for f in facts(text)]


# -- deliberating "whether to" give, and "will consider handing over": considering ----------------

@pytest.mark.parametrize("text, donor", [
    ("Hungary is debating whether to send its old howitzers to Ukraine, officials said.", "HUN"),
    ("Croatia will consider sending more Mi-8 helicopters to Kyiv, the minister said.", "HRV"),
])
def test_weighing_whether_to_give_is_considering(text, donor):
    assert [(f.donor, f.status) for f in facts(text)] == [(donor, "considering")]


@pytest.mark.parametrize("text", [
    "Reporters asked whether Croatia would send helicopters.",
    "Croatia would consider sending helicopters if asked.",
])
def test_a_bare_whether_or_would_consider_is_still_no_pledge(text):
    assert facts(text) == []


# -- the same sum of two kinds of aid, each naming what it is: two pledges -----------------------

def test_the_same_sum_as_humanitarian_aid_and_as_loans_is_two_pledges():
    text = ("Norway has pledged $50 million in emergency humanitarian assistance for displaced families. Earlier, Oslo had "
            "announced it would extend $50 million in loans to support Ukraine's budget.")
    assert sorted(f.category for f in facts(text)) == ["financial", "humanitarian"]


def test_a_sum_of_no_kind_told_again_with_its_kind_is_one_pledge():
    text = "Norway to give $50 million. Norway has pledged $50 million in emergency humanitarian assistance for Ukraine."
    assert len(facts(text)) == 1


# -- aid the receiver lost in battle is no aid given ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Ukraine's army has lost several Leopard tanks sent by Germany.",
    "Officials in Kyiv admit that Russia destroyed four HIMARS launchers provided by Washington.",
    "The brigade had abandoned two Bradley vehicles supplied by the United States.",
])
def test_losses_of_aid_are_no_pledge(text):
    assert facts(text) == []


# -- commentators forecasting what a donor will do pledge nothing for it --------------------------

@pytest.mark.parametrize("text", [
    "Analysts expect Germany to send more tanks next year.",
    "Some experts believe France could supply jets before winter.",
    "Analysts expect Berlin to pledge another €1bn for Ukraine next month.",
])
def test_a_commentators_forecast_is_no_pledge(text):
    assert facts(text) == []


def test_a_pledge_commentators_remark_on_stays():
    assert [f.donor for f in facts("Germany will send 20 tanks, the ministry said, as analysts had expected.")] == ["DEU"]

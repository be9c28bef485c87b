"""Ninth-session ceasefire classes, on made-up sentences (other actors, places and numbers than the
dev articles that showed each class): terms owned by a possessor and given after a colon or dash are
its proposal; a warring side's acceptance in a relative clause on the truce makes no broker of the
one reporting it; a truce both warring sides agreed with no one else named is theirs (decision 4);
a truce negated by "no" is no proposal; the actor of a relative clause that declared or requested
the truce proposes it. Near misses stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts, proposers, read


# -- terms owned by a possessor, given after a colon or dash ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Before the summit she had set out Norway's terms: a 10-day ceasefire and a prisoner exchange.",
     [(["NOR"], 10, ["full"])]),
    ("On the eve of the round, the envoy listed Finland's priorities - a one-month truce in the air, "
     "then talks.", [(["FIN"], 30, ["air"])]),
    ("The minister restated Estonia's own demands: an immediate ceasefire and the release of prisoners.",
     [(["EST"], None, ["full"])]),
])
def test_terms_owned_by_a_possessor_are_its_proposal(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "The minister restated Estonia's demands: the return of deported children, then a ceasefire.",
    "The minister restated Estonia's demands for a ceasefire.",
])
def test_terms_that_do_not_open_on_a_truce_propose_none(text):
    assert ["EST"] not in proposers(text)


# -- an acceptance naming which truce is meant makes no broker ----------------------------------------

@pytest.mark.parametrize("text", [
    "Meloni said Moscow had again turned down the 20-day truce that Kyiv had accepted.",
    "Meloni said Moscow had again turned down the 20-day truce which Ukraine accepted.",
])
def test_an_acceptance_in_a_relative_clause_makes_no_broker(text):
    assert all("ITA" not in f.proposers for f in facts(text))


def test_a_reported_acceptance_still_makes_the_reporter_the_broker():
    assert proposers("Erdogan said Putin had agreed to a three-day pause in the shelling of Kharkiv.") == [["TUR"]]


# -- a truce both warring sides agreed, no one else named -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine agreed a three-day truce around the dam on Friday.", [(["RUS", "UKR"], 3, ["full"])]),
    ("The evacuation of Kherson stalled when local truces agreed by both sides broke down within hours.",
     [(["RUS", "UKR"], None, ["land"])]),
    ("The two sides agreed a local ceasefire around the Kakhovka dam.", [(["RUS", "UKR"], None, ["land"])]),
])
def test_a_truce_both_sides_agreed_is_theirs(text, expected):
    assert read(text) == expected


def test_both_sides_keep_their_answers_as_proposers():
    (found,) = facts("Russia and Ukraine agreed a three-day truce around the dam on Friday.")
    assert sorted((r.actor, r.response) for r in found.responses) == [("RUS", "accepted"), ("UKR", "accepted")]


def test_a_truce_both_sides_agreed_is_not_one_sides_declaration():
    found = read("Russia declared a local ceasefire around Kherson on Monday to open a corridor.\n\n"
                 "Two earlier evacuations had failed after local ceasefires agreed by both sides broke down.")
    assert (["RUS", "UKR"], None, ["land"]) in found and (["RUS"], None, ["land"]) in found


def test_a_brokered_truce_both_sides_agreed_stays_the_brokers():
    found = proposers("The Turkish-brokered 30-day halt to strikes on ports, which Russia and Ukraine agreed on "
                      "Friday, began at midnight.")
    assert found == [["TUR"]]


# -- a truce negated by "no" --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two days of Swiss-hosted talks in Geneva ended with a prisoner exchange but no truce.",
    "The UN-brokered talks produced no ceasefire, only a promise to meet again.",
    "There is no ceasefire for the peacekeepers to guard.",
])
def test_a_truce_negated_by_no_is_no_proposal(text):
    assert facts(text) == []


# -- the actor of a relative clause that declared or asked for the truce -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Shelling resumed after the short pause in strikes on the capital that Erdogan said he had requested "
     "from Putin.", ["TUR"]),
    ("The Orthodox Christmas truce Moscow had declared did not hold.", ["RUS"]),
])
def test_the_actor_of_a_relative_clause_proposes_the_truce(text, expected):
    assert proposers(text) == [expected]


# -- "Christmas" in an article about Orthodox Christmas ------------------------------------------------

def test_christmas_in_an_article_about_orthodox_christmas_is_january():
    text = ("Putin declares a Christmas truce in Ukraine\n\n"
            "Putin on Thursday declared a ceasefire over Orthodox Christmas.")
    assert proposers(text) == [["RUS"]]


# -- a standing call told as a position, with no term of its own (decision 2) ---------------------------

@pytest.mark.parametrize("text", [
    "Brasilia has for months urged an immediate ceasefire and talks, a position that isolates it in the G20.",
    "The Vatican has long called for a truce in Ukraine.",
    "Pretoria has repeatedly pushed for a ceasefire and dialogue.",
])
def test_a_standing_call_without_terms_is_no_proposal(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Vatican has long called for a 30-day truce in Ukraine.", [(["VAT"], 30, ["full"])]),
    ("Ankara has for months urged a ceasefire at sea.", [(["TUR"], None, ["sea"])]),
    ("The Vatican called for a truce in Ukraine on Sunday.", [(["VAT"], None, ["full"])]),
])
def test_a_standing_call_with_terms_or_a_one_off_call_stays(text, expected):
    assert read(text) == expected


# -- a side that opens a corridor itself proposes the local truce (decisions 4, 5) ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow said on Friday it would open a humanitarian corridor on Saturday for civilians in the steel works.",
     [(["RUS"], None, ["land"])]),
    ("KHERSON, May 2 (Wire) - Ukraine agreed to open evacuation corridors from the left bank.",
     [(["UKR"], None, ["land"])]),
])
def test_a_side_opening_a_corridor_itself_proposes_it(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Kyiv pressed Moscow to open a humanitarian corridor from the steel works.",
    "Ukraine wants Russia to open an evacuation corridor for the wounded.",
    "Moscow said the port would open to grain ships on Monday.",
])
def test_a_corridor_put_to_the_other_side_or_no_corridor_is_none(text):
    assert facts(text) == []


# -- a truce with terms that the speaker calls acceptable is the speaker's offer (decision 2) -----------

@pytest.mark.parametrize("text, expected", [
    ("Moldova said a ten-day truce at sea would be acceptable.", [(["MDA"], 10, ["sea"])]),
    ("\u201cWe are open to talks,\u201d Zelensky told reporters. He said a pause in strikes on power plants would "
     "also be acceptable.", [(["UKR"], None, ["energy_infrastructure"])]),
])
def test_a_truce_called_acceptable_is_the_speakers_offer(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Moldova said a ten-day truce at sea would not be acceptable.",
    "Moldova said a ten-day truce at sea was unacceptable.",
    "Moldova said a ceasefire would be acceptable.",
])
def test_an_unacceptable_or_termless_truce_is_no_offer(text):
    assert all("MDA" not in f.proposers for f in facts(text))


# -- a side's offer to stop if the other side stops too is its mutual truce ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kyiv would stop hitting Russian energy facilities if Moscow stopped hitting Ukrainian ones.",
     [(["UKR"], None, ["energy_infrastructure"])]),
    ("Moscow will halt attacks on ports as long as Kyiv does the same.", [(["RUS"], None, ["sea"])]),
])
def test_a_reciprocal_stop_is_the_offering_sides_truce(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "The new radars will stop drone attacks if the weather holds.",
    "Kyiv would stop hitting Russian refineries, the minister said, whatever Moscow did.",
])
def test_a_stop_without_the_other_side_stopping_is_none(text):
    assert facts(text) == []


def test_an_order_to_halt_is_not_read_as_a_reciprocal_offer():
    found = facts("The US proposed a 30-day halt to strikes on energy sites.\n\n"
                  "The Kremlin said Putin had ordered the Russian military to halt strikes on energy facilities.")
    assert [sorted(f.proposers) for f in found] == [["USA"]]


# -- the two sides joined as one subject of a deal verb -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kyiv and Moscow reached a local truce around the dam on Friday.", [(["RUS", "UKR"], None, ["land"])]),
    ("Russia and Ukraine have struck a deal on a 30-day halt to strikes on ports.", [(["RUS", "UKR"], 30, ["sea"])]),
])
def test_the_two_sides_reaching_a_truce_propose_it(text, expected):
    assert read(text) == expected


def test_a_truce_both_sides_settled_on_stays_apart_from_one_sides_later_declaration():
    found = read("Buses left Kherson through the first corridor to work, after Russia and Ukraine settled on a "
                 "local ceasefire along one road.\n\n"
                 "On Monday Russia declared a local ceasefire to open corridors from five cities.")
    assert sorted(f[0] for f in found) == [["RUS"], ["RUS", "UKR"]]


def test_two_sides_signing_something_else_is_no_truce():
    assert facts("Russia and Ukraine signed a grain deal in Istanbul.") == []

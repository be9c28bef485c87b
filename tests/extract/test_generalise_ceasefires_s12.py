"""Twelfth-session ceasefire classes (local and humanitarian truces), on made-up sentences.

- A corridor named by whom or what it is for ("corridors for civilians", "corridors to evacuate
  people") is a humanitarian corridor; one both sides agreed is a truce of both (decision 4), and
  "the two sides had also agreed" is said by both sides.
- A truce written with a definite article and no terms ("observe the ceasefire") is the truce the
  article has named, not a general truce of its own, also when its clause names a proposer.
- A local truce told as broken down with each side blaming the other, or along the agreed route, is
  one both sides had agreed; a truce in a relative clause on a place ("the port city of X, where a
  ceasefire collapsed") is held there (land); truces announced for a place are specific truces.
"""

from __future__ import annotations

from tests.extract.ceasefire_sentences import facts, read


# -- corridors named by their purpose, agreed by both sides ---------------------------------------

def test_corridors_for_civilians_both_sides_agreed_are_a_truce_of_both():
    text = ("A local official said the two sides had also agreed corridors for civilians leaving the "
            "town of Vuhledar on Friday.")
    assert read(text) == [(["RUS", "UKR"], None, ["land"])]


def test_corridors_to_evacuate_people_agreed_by_both_sides():
    text = "Negotiators said both sides agreed corridors to evacuate people from three villages near Izium."
    assert read(text) == [(["RUS", "UKR"], None, ["land"])]


def test_a_corridor_for_grain_is_no_humanitarian_corridor():
    text = "The two sides had also agreed a corridor for grain exports from the southern ports."
    assert all(f.scope != ["land"] for f in facts(text))


def test_corridors_nobody_agreed_are_no_truce():
    text = "Aid groups have asked for corridors for civilians in the besieged towns."
    assert read(text) == []


# -- a definite truce with no terms refers back ----------------------------------------------------

def test_the_ceasefire_with_the_same_proposer_joins_the_local_truce():
    text = ("Russia declared a local ceasefire in the city of Kherson from 9 a.m. to let civilians leave.\n\n"
            "Moscow asked Kyiv to confirm by the evening that it would also observe the ceasefire.")
    assert read(text) == [(["RUS"], None, ["land"])]


# -- a local truce broken down with mutual blame -----------------------------------------------------

def test_local_truces_that_broke_down_with_mutual_blame_are_both_sides():
    text = ("Earlier local ceasefires announced for Kherson, in early May, broke down within hours, with "
            "each side blaming the other for shelling along the agreed routes.")
    assert [(p, d, s) for p, d, s in read(text)] == [(["RUS", "UKR"], None, ["land"])]
    assert facts(text)[0].status == "violated"


def test_a_truce_in_a_relative_clause_on_a_city_is_on_land():
    text = ("Attempts to evacuate the port city of Kherson, where a ceasefire collapsed on Saturday, failed "
            "again on Monday, officials said, accusing the other side of shelling the agreed route.")
    assert read(text) == [(["RUS", "UKR"], None, ["land"])]


def test_a_wider_halt_with_mutual_blame_is_not_given_to_both_sides():
    text = ("Moscow agreed only to a limited halt to attacks on energy facilities, which both sides have "
            "since accused each other of violating.")
    assert ["RUS", "UKR"] not in [p for p, _, _ in read(text)]


def test_a_truce_that_broke_down_and_corridors_agreed_now_are_two_truces():
    text = ("Officials said the two sides had also agreed corridors for civilians leaving Kherson on Friday.\n\n"
            "Earlier local ceasefires announced for Kherson, in early May, broke down within hours, with each "
            "side blaming the other for shelling along the agreed routes.")
    assert sorted(f.status for f in facts(text)) == ["accepted", "violated"]

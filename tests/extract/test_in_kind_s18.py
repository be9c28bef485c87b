"""Eighteenth session, aid in kind without an amount: instructors listed by state after a training
sentence, a sentence-opening "It" that stands for the giver before, a named system the vocabulary
stores in lower case ("patriot systems") that is no summary of the next sentence's aid. Made-up
sentences; each positive case fails without its rule."""

from __future__ import annotations

from tests.extract.commitment_sentences import commitments_of, facts


def _given(found) -> set[tuple[str | None, str]]:
    return {(c.donor, i.lower()) for c in found for i in c.items}


def test_instructors_listed_after_a_training_sentence_each_give_training():
    found = commitments_of(
        "Training goes on\n\nTraining of Ukrainian soldiers at Polish ranges will continue until the spring. "
        "Instructors from Lithuania, Latvia and Estonia have joined the course, which is led by the Polish army.")
    donors = {c.donor for c in found if c.category == "training"}
    assert {"LTU", "LVA", "EST"} <= donors


def test_instructors_from_a_group_including_a_chain_each_give_training():
    found = commitments_of(
        "Training goes on\n\nMore than 5,000 Ukrainian recruits have been trained in Lithuania since last year. "
        "Instructors from allied countries including Latvia, Estonia and Finland work alongside Lithuanian troops.")
    donors = {c.donor for c in found if c.category == "training"}
    assert {"LVA", "EST", "FIN"} <= donors


def test_instructors_listed_without_training_told_before_give_nothing():
    found = commitments_of(
        "A visit\n\nThe minister visited a factory that makes drones for Ukraine. "
        "Instructors from Lithuania, Latvia and Estonia have joined the new academy in Riga.")
    assert not {c.donor for c in found if c.category == "training"} & {"LTU", "EST"}


def test_it_opening_a_sentence_is_the_giver_before():
    found = facts("Norway has already delivered two NASAMS batteries to Ukraine. "
                  "It has also sent Gepard and IRIS-T systems, which have proved useful against drones over Kyiv and Lviv.")
    assert ("NOR", "gepard") in _given(found)


def test_it_before_ukraine_as_the_receiver_of_a_capability_is_no_giver():
    found = facts("Norway's new package was presented on Monday. "
                  "It will give Ukraine's armed forces a capability they have asked for.")
    assert not [c for c in found if c.donor == "NOR" and "capability" in c.items]


def test_a_named_system_is_no_summary_of_the_next_sentence():
    found = facts("Norway has already delivered two Patriot systems to Ukraine. "
                  "It has also sent IRIS-T systems, which now guard Kharkiv.")
    assert ("NOR", "patriot systems") in _given(found)


def test_items_that_went_with_a_delivery_are_delivered_by_its_donor():
    found = facts("All twelve CV90 vehicles that Sweden promised were handed over to Ukraine on Monday. "
                  "Twenty Bradley vehicles went with them. Two armoured recovery vehicles also made the journey east.")
    assert ("SWE", "armoured recovery vehicles") in _given(found)
    assert any(c.donor == "SWE" and "bradley" in [i.lower() for i in c.items] for c in found)


def test_items_the_state_gave_in_a_relative_clause_after_the():
    found = facts("These guns come on top of the 12 HIMARS the United States has already provided to Ukraine.")
    assert ("USA", "himars") in _given(found)


def test_a_donor_that_added_a_count_of_items_pledges_them():
    found = facts("Spain sent ten tanks to Ukraine, and Portugal added three Krabs of its own.")
    assert ("PRT", "krabs") in _given(found)


def test_added_in_speech_gives_nothing():
    found = facts("The minister added that howitzers were what Ukraine needed most.")
    assert not [c for c in found if "howitzers" in c.items]


def test_a_partner_of_the_first_clause_is_no_giver_of_what_is_added_later():
    found = facts("Norway pledged two M270 systems to Ukraine in March, together with the United States, "
                  "and later added launchers and spare parts.")
    assert ("NOR", "launchers") in _given(found)
    assert ("USA", "launchers") not in _given(found)


def test_an_orders_contents_after_a_company_sale_are_no_pledge():
    found = commitments_of(
        "Ukraine to buy howitzers\n\nA Polish company will build 24 howitzers for Ukraine under a contract signed on Monday. "
        "Poland gave Ukraine 18 Krabs from its own stocks last month. "
        "The contract covers the howitzers together with command vehicles and repair vehicles.")
    assert not [c for c in found if "command" in " ".join(c.items).lower() or c.status == "contracted" and "vehicles" in c.items]


def test_aid_still_to_be_announced_is_no_pledge():
    found = facts("Britain has sent tanks to Ukraine. The Prime Minister said further winter aid would be announced next month.")
    assert not [c for c in found if any("winter" in i.lower() for i in c.items)]


def test_any_transfer_of_a_kind_is_no_pledge():
    found = facts("Britain has sent tanks to Ukraine. "
                  "Downing Street stressed that any transfer of fighter jets would be a long-term step.")
    assert not [c for c in found if "fighter jets" in c.items]


def test_any_export_of_a_makers_arms_is_no_pledge():
    found = facts("Italy has sent howitzers to Ukraine. The Italian government, whose consent is needed for any "
                  "export of Italian-made arms, signed the agreement too.")
    assert not [c for c in found if "arms" in c.items]


def test_a_pledge_of_jets_is_kept():
    found = facts("Officials said Norway would transfer six fighter jets to Ukraine next year.")
    assert ("NOR", "fighter jets") in _given(found)

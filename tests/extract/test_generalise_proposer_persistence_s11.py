"""Eleventh session: a truce's proposer that "has not given up" holds no stance beyond its proposal
(``proposer_persistence.py``; the "has not given up" wording of dev 102, 146, 342), on made-up
sentences. The positive cases fail without the rule."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


def test_the_proposer_of_a_truce_not_giving_up_holds_no_support():
    # dev 102's wording: the proposer persists in its own truce
    text = ("The Slovak prime minister said on Monday that he had proposed an Easter ceasefire between Russia "
            "and Ukraine, together with an exchange of prisoners. Kyiv rejected it the same day.\n\n"
            "Slovakia has not given up. Speaking on radio on Tuesday, the prime minister said the idea was alive.")
    assert ("SVK", "support") not in stances(text)


def test_a_warring_proposer_not_giving_up_holds_no_support_of_talks():
    # dev 342's wording: the side that proposed a one-day truce, in a quote
    text = ("Ukraine's foreign minister Dmytro Kuleba said he had proposed a 24-hour ceasefire so that "
            "civilians could leave the besieged city, but Moscow refused.\n\n\"Ukraine has not given up, and it will not,\" he said of the peace talks.")
    assert ("UKR", "support") not in stances(text)


def test_a_broker_of_a_standing_arrangement_keeps_its_support():
    # negative: dev 146's wording, an arrangement at sea brokered by the state, which Russia left
    text = ("Russia has left the Black Sea Grain Initiative, the UN- and Turkish-brokered arrangement that "
            "let ships carry grain from Ukrainian ports.\n\nTurkey has not given up.")
    assert ("TUR", "support") in stances(text)

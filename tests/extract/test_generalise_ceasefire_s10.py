"""Tenth session, ceasefire recall and wrong lengths: wording classes found on real news pages the
rules were not written against (none of their text is used here). Each test is a made-up sentence;
each fails with its rule disabled."""

from __future__ import annotations

from tests.extract.ceasefire_sentences import read


# -- a truce named by its occasion, its length written in hours elsewhere (truce_lengths.py) ----

def test_occasion_name_does_not_fill_in_a_length_the_hours_leave_empty():
    # one paragraph names "an Easter truce" (two days by default); the next writes 30 hours: no whole days
    text = ("The Kremlin declared an Easter truce on Saturday.\n\n"
            "The Kremlin said its troops would halt all fighting for 30 hours.")
    assert read(text) == [(["RUS"], None, ["full"])]


def test_occasion_name_in_quotes_after_the_hours_is_one_truce_of_no_whole_days():
    text = "Moscow announced a 36-hour \"Christmas truce\" that would end on Sunday night, officials said."
    assert read(text) == [(["RUS"], None, ["full"])]


def test_occasion_name_alone_keeps_its_default():
    # negative: no length written anywhere, the occasion's two days stay
    text = "Moscow announced a Christmas truce that would end on Sunday night, officials said."
    assert read(text) == [(["RUS"], 2, ["full"])]


def test_hours_and_a_month_long_offer_are_two_truces():
    # the one-month truce told next is not the 30-hour truce's length
    text = ("The Kremlin declared a 30-hour truce for the holiday weekend. Kyiv noted it had long since "
            "accepted a 30-day ceasefire.")
    assert (["RUS"], 30, ["full"]) not in read(text)
    assert (["RUS"], None, ["full"]) in read(text)


# -- time gone by is no length (truce_lengths.elapsed_span) -------------------------------------

def test_days_now_is_time_gone_by_not_the_truce_length():
    text = "Kyiv says Moscow has ignored the American offer of a halt to all strikes for 45 days now."
    assert read(text) == [(["USA"], None, ["full"])]


def test_for_days_is_still_a_length():
    # negative: "for 45 days" with nothing after it is how long the halt would last
    text = "Kyiv says Moscow has ignored the American offer of a halt to all strikes for 45 days."
    assert read(text) == [(["USA"], 45, ["full"])]


# -- a length written as one closed word ("weeklong", "monthlong") -------------------------------

def test_weeklong_is_seven_days():
    text = "Washington said Moscow had agreed to a weeklong pause in strikes on power stations."
    assert [(p, d) for p, d, _ in read(text)] == [(["USA"], 7)]


# -- both warring sides agree a truce in one clause, with no term written (ceasefire_agreements.py) --

def test_both_sides_agreeing_a_termless_truce_is_their_proposal():
    text = "Moscow and Kyiv agreed to a temporary ceasefire so that civilians could leave the two towns."
    assert [p for p, _, _ in read(text)] == [["RUS", "UKR"]]


def test_both_sides_failing_to_agree_is_no_truce():
    # negative: a denied agreement is no truce of theirs
    text = "At the talks in the spring, Moscow and Kyiv failed to agree on a ceasefire."
    assert read(text) == []


def test_both_sides_agreeing_a_brokers_truce_joins_it():
    # negative: the agreement answers the broker's proposal told before, no second proposal
    text = ("Washington put forward a full ceasefire on Monday.\n\n"
            "Russia and Ukraine agreed to the ceasefire on Friday.")
    assert [p for p, _, _ in read(text)] == [["USA"]]


# -- a truce written as silence or quiet in a domain, a suspension of strikes, the sky (ceasefires.json) --

def test_silence_in_the_sky_and_at_sea_is_an_air_and_sea_truce():
    text = "The Ukrainian side offered silence in the sky and at sea for one month, its minister said."
    assert read(text) == [(["UKR"], 30, ["air", "sea"])]


def test_silence_alone_is_no_truce():
    # negative: an answer given as silence is no truce
    text = "The Kremlin met the latest Ukrainian letter with silence, its minister said."
    assert read(text) == []


def test_suspending_strikes_on_power_plants_is_an_energy_truce():
    text = "Moscow ordered its generals to suspend strikes on power plants for 30 days."
    assert read(text) == [(["RUS"], 30, ["energy_infrastructure"])]


def test_suspending_aid_after_strikes_is_no_truce():
    # negative: the object suspended is aid, the strikes are what it followed
    text = "Washington suspended intelligence sharing after the strikes on the capital."
    assert read(text) == []


def test_a_truce_in_the_sky_is_an_air_truce():
    text = "Kyiv put forward a truce in the sky for a month, officials said."
    assert read(text) == [(["UKR"], 30, ["air"])]


# -- a proposer written as a state's office-holder before the proposal (ceasefire_titles.py) -------

def test_state_adjective_and_title_before_a_possessive_proposal_is_the_proposer():
    text = "Kyiv turned down the Russian leader's offer of a three-day truce on Monday."
    assert read(text) == [(["RUS"], 3, ["full"])]


def test_short_state_name_and_title_before_a_possessive_idea_is_the_proposer():
    text = "Moscow welcomed the US president's idea of a pause in strikes on power plants."
    assert [p for p, _, _ in read(text)] == [["USA"]]


def test_title_without_a_possessive_is_not_read_as_proposing():
    # negative: the president here is who answers, the proposal is another's
    text = "The French president rejected the Kremlin offer of a three-day truce."
    assert [p for p, _, _ in read(text)] == [["RUS"]]


# -- an answer told as scorn for the truce ("called it a cynical ploy", ceasefires.json responses) --

def _answers(text):
    from tests.extract.ceasefire_sentences import facts

    return [[(r.actor, r.response) for r in f.responses] for f in facts(text)]


def test_a_warring_side_calling_the_truce_a_ploy_rejects_it():
    text = "The Kremlin declared a three-day truce for the anniversary. Kyiv called the truce a cynical ploy."
    assert _answers(text) == [[("UKR", "rejected")]]


def test_a_warring_side_calling_the_truce_a_welcome_step_does_not_reject_it():
    # negative: praise is no rejection
    text = "The Kremlin declared a three-day truce for the anniversary. Kyiv called the truce a welcome step."
    assert _answers(text) == [[]]


# -- a dotted abbreviation joined to its participle ("U.S.-proposed", dotted_proposers.py) ---------

def test_dotted_abbreviation_with_a_proposing_participle_is_the_proposer():
    text = "Kyiv said it had long ago signed up to a U.S.-proposed 60-day ceasefire."
    assert [(p, d) for p, d, _ in read(text)] == [(["USA"], 60)]


def test_dotted_broker_of_a_halt_at_sea_is_the_proposer():
    text = "Kyiv backed the U.N.-brokered pause in strikes on ports."
    assert [(p, s) for p, _, s in read(text)] == [(["UN"], ["sea"])]


def test_dotted_abbreviation_joined_to_a_state_is_no_proposer_by_itself():
    # negative: "U.S.-Ukrainian" names two parties, no proposing participle
    text = "Officials held U.S.-Ukrainian talks on Tuesday about a possible ceasefire."
    assert all("USA" not in p for p, _, _ in read(text))


# -- verbs of giving up strikes as truce words: cease, refrain from, abandon (ceasefires.json) ------

def test_proposing_the_other_side_cease_attacks_for_a_month_is_a_truce():
    text = "Kyiv proposes that the Russian side cease attacks on civilian sites with long-range weapons for 30 days."
    assert read(text) == [(["UKR"], 30, ["air"])]


def test_both_sides_refraining_from_attacks_on_ships_is_a_sea_truce():
    text = "Both navies committed to refraining from attacks on merchant ships in the Black Sea, Washington said."
    assert [(p, s) for p, _, s in read(text)] == [(["USA"], ["sea"])]


def test_refusing_to_abandon_own_strikes_is_no_truce():
    # negative: a side keeping up its strikes proposes nothing
    text = "Kyiv will not abandon its strikes on Russian refineries, the commander said."
    assert read(text) == []

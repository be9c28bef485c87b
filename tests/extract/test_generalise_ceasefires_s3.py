"""Third-session ceasefire classes, on made-up sentences in several wordings: proposers told by
a pronoun, a place or a parenthesis, orders and appeals, ranges of days and scopes written out."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def ceasefires(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.proposers, f.duration_days, f.scope) for f in result.facts if f.kind == "ceasefire"]


@pytest.mark.parametrize("text, proposers", [
    ("Kyiv's negotiators handed over a draft on Monday. It proposes a full ceasefire for 30 days.", ["UKR"]),
    ("The French and German envoys circulated a paper overnight. It calls for a 30-day truce across all fronts.",
     ["FRA", "DEU"]),
    ("Norway tabled a text at the talks. They proposed a 30-day ceasefire to begin at once.", ["NOR"]),
])
def test_a_pronoun_opening_the_sentence_proposes_for_the_sentence_before(text, proposers):
    assert [f[0] for f in ceasefires(text)] == [proposers]


def test_a_pronoun_after_another_paragraph_is_not_read_back():
    found = ceasefires("Norway tabled a text at the talks.\n\nIt proposes a 30-day ceasefire on all fronts.")
    assert all("NOR" not in f[0] for f in found)


@pytest.mark.parametrize("text", [
    "Leaders of Spain, Italy and the Netherlands call from Madrid for a 30-day unconditional ceasefire",
    "The prime ministers of Spain, Italy and the Netherlands called from Rome for a full ceasefire of 30 days.",
])
def test_leaders_calling_from_a_capital_propose_it_and_the_capital_does_not(text):
    (found,) = ceasefires(text)
    assert found[0] == ["ESP", "ITA", "NLD"]


@pytest.mark.parametrize("text", [
    "We call on Moscow, as the United States has done, to accept a 30-day ceasefire on all fronts.",
    "We call for a full 30-day ceasefire, as Washington did last week.",
])
def test_an_actor_that_made_the_same_call_joins_the_proposers(text):
    (found,) = ceasefires("Canada and Japan call for a 30-day ceasefire\n\n" + text)
    assert set(found[0]) == {"CAN", "JPN", "USA"}


def test_an_actor_that_made_the_same_call_alone_is_the_proposer():
    (found,) = ceasefires("Envoys urged Moscow, as Washington had done, to accept a full 30-day ceasefire.")
    assert found[0] == ["USA"]


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin ordered his troops to observe a 36-hour truce over Easter.",
    "Putin orders 30-hour Easter truce; Kyiv dismisses it",
])
def test_an_order_to_hold_a_truce_declares_it(text):
    assert [f[0] for f in ceasefires(text)] == [["RUS"]]


def test_an_order_that_puts_another_proposal_into_effect_is_an_answer():
    found = ceasefires("Washington proposed a 30-day halt to strikes on energy facilities. The Kremlin said "
                       "Putin had ordered the army to halt strikes on energy facilities at once.")
    assert [f[0] for f in found] == [["USA"]]


@pytest.mark.parametrize("text, proposer", [
    ("Erdogan had urged Putin during a call on Thursday to declare a unilateral ceasefire.", "RUS"),
    ("The Pope urged Kyiv to announce a Christmas truce.", "UKR"),
    ("Macron urged Russia to accept a one-month ceasefire.", "FRA"),
])
def test_urging_another_to_declare_a_truce_makes_it_theirs(text, proposer):
    assert [f[0] for f in ceasefires(text)] == [[proposer]]


@pytest.mark.parametrize("text, days", [
    ("Moscow proposed a ceasefire of two to three days on parts of the front.", 2),
    ("Russia offered a 2-3 day truce on certain sections of the front.", 2),
    ("Kyiv proposed a truce of three or four days on some stretches of the front.", 3),
])
def test_a_range_of_days_is_its_lower_bound_and_sections_of_the_front_are_land(text, days):
    (found,) = ceasefires(text)
    assert found[1:] == (days, ["land"])


@pytest.mark.parametrize("text", [
    "Ukraine proposed a 30-day ceasefire on land, at sea and in the air.",
    "Ukraine proposed a full and unconditional ceasefire in the air, on land and at sea for 30 days.",
    "Ukraine proposed an immediate ceasefire along the current line of contact for 30 days.",
    "Ukraine called for a 30-day truce along the front line.",
])
def test_every_domain_or_the_whole_line_is_a_full_truce(text):
    (found,) = ceasefires(text)
    assert found[2] == ["full"]


def test_a_land_truce_along_the_line_stays_land():
    (found,) = ceasefires("Ukraine proposed a 30-day land ceasefire along the front line.")
    assert found[2] == ["land"]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine both agreed to end the use of force in the Black Sea, the White House said.",
    "Washington said both sides had agreed to refrain from using force at sea.",
])
def test_ending_the_use_of_force_agreed_by_both_sides_is_a_brokered_truce(text):
    (found,) = ceasefires(text)
    assert found[0] == ["USA"] and found[2] == ["sea"]


@pytest.mark.parametrize("text", [
    "The Hungarian prime minister said he had proposed a Christmas ceasefire during a telephone call with "
    "Vladimir Putin.",
    "Orban said on Friday that he had offered a holiday truce in a phone call with Putin.",
])
def test_whom_a_proposer_spoke_to_is_no_proposer(text):
    (found,) = ceasefires(text)
    assert found[0] == ["HUN"]


@pytest.mark.parametrize("text", [
    "After his call with Donald Trump, Putin agreed to halt strikes on energy infrastructure for 30 days.",
    "Following a phone call with Trump, Putin agreed to a 30-day pause in strikes on energy facilities.",
])
def test_with_no_one_else_proposing_the_one_spoken_to_brokered_it(text):
    (found,) = ceasefires(text)
    assert found[0] == ["USA"]


def test_a_list_after_proposed_by_names_every_proposer():
    (found,) = ceasefires("The 30-day truce proposed by Paris, London and Berlin was rejected by Moscow.")
    assert set(found[0]) == {"FRA", "GBR", "DEU"}


@pytest.mark.parametrize("text, proposers", [
    ("Spain and Italy met in Rome on Monday. Their demand for an unconditional 30-day ceasefire was sent to "
     "Moscow.", ["ESP", "ITA"]),
    ("That leaves the Europeans in an awkward place. Their demand for an unconditional 30-day ceasefire, issued "
     "in May, was made alongside Washington.", None),
])
def test_a_proposal_owned_by_a_pronoun(text, proposers):
    found = ceasefires(text)
    if proposers is None:
        assert found == []  # told of in passing, with no owner to name
    else:
        assert [f[0] for f in found] == [proposers]


@pytest.mark.parametrize("text", [
    "Turkey offered to host talks on a ceasefire between Russia and Ukraine.",
    "Russia proposed talks in Istanbul on a 30-day ceasefire.",
    "Qatar suggested negotiations on a truce at a later date.",
])
def test_proposing_talks_about_a_truce_proposes_no_truce(text):
    assert ceasefires(text) == []


def test_talks_as_a_time_do_not_stop_a_brokered_truce():
    (found,) = ceasefires("The White House announced, after parallel talks with both delegations, that Russia and "
                          "Ukraine had each agreed to stop using force in the Black Sea.")
    assert found[0] == ["USA"]


@pytest.mark.parametrize("intro, proposers", [
    ("The leaders of Denmark, Finland and Sweden issued a joint statement after the meeting between the "
     "presidents of the United States and Russia.", ["DNK", "FIN", "SWE"]),
    ("President Emmanuel Macron, Chancellor Friedrich Merz and Prime Minister Keir Starmer met in Kyiv today. "
     "The three leaders agreed the following statement.", ["FRA", "DEU", "GBR"]),
])
def test_we_in_a_joint_statement_are_its_authors(intro, proposers):
    found = ceasefires(intro + "\n\n\"We call on Russia to accept a full ceasefire of at least 30 days.\"")
    assert [f[0] for f in found] == [proposers]


@pytest.mark.parametrize("text", [
    "We call on Russia to accept a full ceasefire of 30 days, the Nordic leaders said in a joint statement.",
    "Macron urged Russia to accept a one-month ceasefire.",
    "Brussels pressed Moscow to accept the 30-day truce.",
])
def test_the_one_asked_to_accept_has_not_answered(text):
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    for fact in result.facts:
        if fact.kind == "ceasefire":
            assert all(r.actor != "RUS" for r in fact.responses)


def test_a_humanitarian_pause_is_a_truce_and_ships_are_the_sea():
    assert [f[0] for f in ceasefires("Moscow proposed a humanitarian pause around Mariupol to let civilians leave.")] \
        == [["RUS"]]
    (found,) = ceasefires("Under a deal brokered by the UN and Turkey, both sides agreed to stop attacks on grain ships.")
    assert found[2] == ["sea"]


def answers(text: str) -> list[dict]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [{r.actor: r.response for r in f.responses} for f in result.facts if f.kind == "ceasefire"]


@pytest.mark.parametrize("reply", [
    "By the evening Volodymyr Zelensky had turned the idea down.",
    "Kyiv brushed the offer aside within the hour.",
    "President Zelensky scorned the offer.",
])
def test_a_rejection_in_the_next_paragraph_answers_the_proposal_before(reply):
    found = answers("Hungary proposed a Christmas ceasefire between Russia and Ukraine on Wednesday.\n\n" + reply)
    assert found == [{"UKR": "rejected"}]


def test_answers_to_the_arrangement_in_the_next_paragraph():
    found = answers("The White House said Russia and Ukraine had both agreed to end the use of force in the Black Sea.\n\n"
                    "Kyiv said it accepted, but the Kremlin said the arrangement would take effect only once "
                    "sanctions were lifted.")
    assert found == [{"UKR": "accepted", "RUS": "conditional"}]


@pytest.mark.parametrize("text", [
    "Paris proposed a one-month truce in the air and at sea. For now the answer from Moscow is no.",
    "Paris proposed a one-month truce in the air and at sea. The reply from the Kremlin was a flat no.",
])
def test_an_answer_from_a_capital_is_its_answer(text):
    assert answers(text) == [{"RUS": "rejected"}]


def test_a_conditional_agreement_with_would_agree_only_if():
    found = answers("Ukraine proposed a full ceasefire for 30 days.\n\nMoscow would agree to a full ceasefire only "
                    "if Ukrainian forces withdrew from four regions.")
    assert found == [{"RUS": "conditional"}]


@pytest.mark.parametrize("text, broker", [
    ("Trump said Putin had agreed to a one-week pause in strikes on Kyiv.", "USA"),
    ("The White House said Russia had agreed to halt strikes on energy facilities for 30 days.", "USA"),
    ("Erdogan told reporters that Moscow had agreed to a three-day truce around the port.", "TUR"),
])
def test_a_third_party_reporting_that_a_warring_side_agreed_brokered_it(text, broker):
    (found,) = ceasefires(text)
    assert found[0] == [broker]


def test_a_warring_side_reporting_its_own_agreement_brokers_nothing():
    assert ceasefires("Zelensky said Kyiv had agreed to a 30-day ceasefire.") == []


@pytest.mark.parametrize("text, days", [
    ("Zelensky proposed extending the Easter truce to 30 days, but Moscow did not respond.", 30),
    ("Kyiv offered to extend the Christmas truce for another 30 days.", 30),
])
def test_a_written_number_beats_a_holiday_truce_s_usual_length(text, days):
    (found,) = ceasefires(text)
    assert found[1] == days


@pytest.mark.parametrize("text, proposers", [
    ("The United States and Ukraine issued a joint statement after the Jeddah talks proposing an immediate 30-day "
     "ceasefire.", ["USA", "UKR"]),
    ("Norway issued a declaration on Monday calling for a full ceasefire of 30 days.", ["NOR"]),
])
def test_a_statement_proposing_a_truce_is_its_authors(text, proposers):
    (found,) = ceasefires(text)
    assert found[0] == proposers


def test_calling_something_premature_proposes_nothing():
    text = ("Spain's foreign minister, José Manuel Albares, took a softer line, calling talk of troops premature "
            "while a ceasefire remains hypothetical.")
    assert ceasefires(text) == []


def test_appealing_for_a_truce_proposes_it():
    (found,) = ceasefires("The Turkish president appealed for a ceasefire of 30 days on all fronts.")
    assert found[0] == ["TUR"]


@pytest.mark.parametrize("lead", [
    "Washington's attempts to stop the war in stages have produced three pauses since March.",
    "Turkey's mediation efforts to end the fighting have moved slowly this spring.",
    "Qatar's push for peace has brought the two sides closer.",
])
def test_an_article_about_one_actor_s_peace_effort_names_the_broker(lead):
    found = ceasefires(lead + "\n\nMeanwhile the full 30-day ceasefire that Ukraine accepted in March remains on "
                       "the table.")
    assert [f[0] for f in found] == [[{"Washington's": "USA", "Turkey's": "TUR", "Qatar's": "QAT"}[lead.split()[0]]]]


def test_a_warring_side_s_effort_is_no_broker():
    found = ceasefires("Russia's attempts to end the war on its terms have failed.\n\nThe full 30-day ceasefire "
                       "that Ukraine accepted in March remains on the table.")
    assert all(f[0] != ["RUS"] for f in found)


def test_proposals_dated_to_different_months_stay_apart():
    text = ("The Slovak prime minister said he had proposed a Christmas ceasefire between Russia and Ukraine.\n\n"
            "The episode fits a pattern. In July, days after Slovakia took over the presidency, Fico travelled to "
            "Kyiv. In Kyiv he urged Zelensky to consider a quick ceasefire.")
    found = ceasefires(text)
    # decision 2: a bare call to consider a truce, unanswered, is the caller's stance, not a second proposal
    # (was [["SVK"], ["SVK"]]; the answered case stays two, test_generalise_ceasefires_s9b)
    assert [f[0] for f in found] == [["SVK"]]


def test_an_undated_mention_joins_a_dated_proposal():
    text = ("In March the United States proposed a full 30-day ceasefire.\n\n"
            "Russia has still not accepted the US proposal for a ceasefire.")
    assert [f[0] for f in ceasefires(text)] == [["USA"]]


@pytest.mark.parametrize("text, expected", [
    # decision 2: a bare call to accept a truce is the caller's stance, not a proposal (was [["SVK"]])
    ("In Kyiv he urged Zelensky to accept a quick ceasefire.", []),
    ("In Kyiv he urged Zelensky to accept a quick ceasefire. Zelensky turned the idea down.", [["SVK"]]),
    ("On Friday she called for an immediate ceasefire.", [["SVK"]]),
])
def test_a_pronoun_after_a_short_opening_phrase_stands_for_the_subject_before(text, expected):
    found = ceasefires("Slovakia's prime minister went to Kyiv on Thursday. " + text)
    assert [f[0] for f in found] == expected


@pytest.mark.parametrize("text, proposers", [
    ("The 2015 Minsk ceasefire, brokered by France and Germany, collapsed within weeks.", ["FRA", "DEU"]),
    ("Kyiv accepted the Jeddah proposal for a 30-day ceasefire put forward by Washington.", ["USA"]),
])
def test_a_city_where_talks_were_held_is_no_party(text, proposers):
    (found,) = ceasefires(text)
    assert found[0] == proposers


@pytest.mark.parametrize("text", [
    "Ukraine accused Russia of violating the Easter truce declared by Putin.",
    "The 30-day truce proposed by Turkey collapsed within a week.",
])
def test_a_truce_violated_or_collapsed(text):
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    assert [f.status for f in result.facts if f.kind == "ceasefire"] == ["violated"]


def test_a_place_in_the_sentence_before_is_no_owner_of_the_proposal():
    found = ceasefires("The Nordic ministers met in Oslo. Their demand for an unconditional 30-day ceasefire was "
                       "made in May.")
    assert all("NOR" not in f[0] for f in found)

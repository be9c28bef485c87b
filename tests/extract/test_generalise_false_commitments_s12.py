"""False commitments (twelfth session): the mechanisms by which a sentence that gives nothing read as a
pledge on fresh articles (431-454) and on older dev articles. Made-up sentences."""

from tests.extract.commitment_sentences import commitments_of, facts


def _pairs(text: str) -> list:
    return sorted((c.donor or "-", c.amount or 0, c.status) for c in commitments_of(text))


# negated_subjects.py: a negation after items that are the subject of a modal denies them


def test_items_the_subject_of_a_denied_modal_are_no_plan():
    text = ("Britain will send Ukraine more anti-tank missiles. The minister said British pilots would "
            "not be sent to patrol the skies over Ukraine.")
    assert all("pilots" not in c.items for c in commitments_of(text))


def test_never_after_the_modal_denies_the_items_too():
    text = "Germany will send Ukraine 14 tanks. Scholz said German Eurofighter jets would never be sent to Ukraine."
    assert [c.items for c in commitments_of(text)] == [["tanks"]]


def test_items_whose_modal_is_not_denied_stay_a_plan():
    text = "Germany will help Ukraine. The chancellor said German howitzers would be sent to Ukraine next month."
    assert [c.donor for c in commitments_of(text)] == ["DEU"]


# generic_recipients.py: arms for "a country at war" in general are a rule or a history, not aid


def test_arms_sent_to_a_country_at_war_in_the_past_are_no_aid_to_ukraine():
    text = ("Sweden will send Ukraine 5,000 anti-tank weapons. The last time Sweden shipped weapons in any "
            "number to a country at war, the minister noted, was in 1939.")
    assert [(c.donor, c.status) for c in commitments_of(text)] == [("SWE", "announced")]


def test_arms_once_shipped_into_conflict_zones_are_no_aid():
    text = ("Japan sent helmets to Ukraine last week. Switzerland once delivered armoured vehicles into conflict "
            "zones, the report found.")
    assert [c.donor for c in commitments_of(text)] == ["JPN"]


def test_what_a_state_supplied_to_countries_at_war_in_the_past_is_no_aid():
    text = ("Japan sent helmets to Ukraine last week. Tokyo has in the past supplied patrol boats to countries "
            "at war, critics said.")
    assert [c.items for c in commitments_of(text)] == [["helmets"]]


def test_arms_sent_to_ukraine_at_war_stay_aid():
    text = "Norway has sent air defence systems to Ukraine, a country at war for three years."
    assert [c.donor for c in commitments_of(text)] == ["NOR"]


# commitments.json pending_decision: who must take a decision to give is no decision taken


def test_a_decision_that_has_to_be_taken_by_the_alliance_is_no_pledge():
    text = ("Poland has supplied Ukraine with defensive weapons. \"A decision to hand over fighter jets has "
            "to be taken by NATO as a whole,\" the prime minister said.")
    assert all(c.donor != "NATO" for c in commitments_of(text))


def test_a_decision_said_to_be_up_to_a_leader_is_no_pledge():
    text = "Germany sent Ukraine tanks in March. He said the decision to hand over Taurus missiles is up to the chancellor."
    assert [c.items for c in commitments_of(text)] == [["tanks"]]


# sum_references.py: a money noun opening its sentence with a bare value in apposition


def test_a_bare_value_in_apposition_restates_the_sum_before():
    text = ("EU governments on Monday approved 500 million euros to buy arms for Ukraine. The money, roughly "
            "$560 million, comes from an off-budget fund.")
    assert [(c.amount, c.currency) for c in commitments_of(text)] == [(500000000, "EUR")]


def test_a_share_of_the_money_in_apposition_stays_its_own_sum():
    text = ("The EU sent Ukraine 1.5 billion euros on Friday. Ninety percent of the money, about 1.4 billion "
            "euros, will buy air defence.")
    assert sorted(c.amount for c in commitments_of(text)) == [1400000000, 1500000000]


# compared_figures.json: a rise said of a figure by a copula is a difference, not a pledge


def test_an_increase_said_of_the_new_figure_is_no_pledge():
    text = ("Seoul pledged $150 million in humanitarian aid to Ukraine for this year. Last year South Korea gave "
            "about $100 million, so the new figure is an increase of $50 million.")
    assert all(c.amount != 50000000 for c in commitments_of(text))


def test_a_proposed_rise_stays_a_pledge():
    text = "Norway will give Ukraine NOK 85 billion next year. The government also proposes a rise of NOK 4 billion for Ukraine."
    assert 4000000000 in [c.amount for c in commitments_of(text)]


# unpledged.asked_for: a noun of asking before the items


def test_a_request_for_items_turned_down_gives_nothing():
    text = ("Lula turns down German request for tank ammunition, offers Brazil as mediator\n\n"
            "Germany has delivered 30 Gepard systems to Ukraine.")
    assert [c.items for c in commitments_of(text)] == [["gepard"]]


def test_a_request_received_is_no_delivery():
    text = "Germany will help Ukraine. Berlin has received Kyiv's request for 100 Taurus missiles."
    assert commitments_of(text) == []


def test_a_halt_of_requests_for_weapons_stays_a_pause():
    text = "Germany, Ukraine's biggest backer, has stopped approving new requests for weapons aid for Ukraine."
    assert [(c.donor, c.status) for c in commitments_of(text)] == [("DEU", "paused")]


# speaking_companions.py: who a speaker stands beside gives nothing


def test_a_counterpart_beside_the_speaker_is_no_co_giver():
    found = facts("Speaking in Oslo alongside his Norwegian counterpart, the Polish prime minister said Poland had "
                  "supplied Kyiv with defensive weapons.")
    assert [c.donor for c in found] == ["POL"]


def test_a_state_together_with_the_giver_stays_a_co_giver():
    found = facts("Norway pledged air defence systems to Ukraine, together with the United States.")
    assert sorted(c.donor for c in found) == ["NOR", "USA"]


# pipeline.py not_aid_noun_after: an adjective item as part of a noun that names no aid


def test_a_humanitarian_operation_to_evacuate_a_city_is_no_aid():
    found = facts("France, together with Turkey and Greece, would put to Russia a humanitarian operation to "
                  "evacuate civilians from Mariupol.")
    assert found == []


def test_humanitarian_aid_stays_aid():
    found = facts("France will send Ukraine humanitarian aid worth €20 million.")
    assert [(c.donor, c.amount) for c in found] == [("FRA", 20000000)]


# recipient_nouns.py: "the Ukrainian armed forces", "Ukraine's armed forces" name who receives


def test_the_ukrainian_armed_forces_are_who_receives_not_aid():
    found = facts("Germany will pay for 16 howitzers to be built in Slovakia and handed to the Ukrainian armed "
                  "forces, with the first guns due next year.")
    assert [(c.donor, c.status, c.items) for c in found] == [("DEU", "announced", ["howitzers"])]


def test_ukraines_armed_forces_after_a_split_possessive_are_who_receives():
    found = facts("Sweden will give direct support to Ukraine's armed forces worth SEK 500 million.")
    assert [c.items for c in found] == [[]]


def test_what_is_paid_for_after_ukraines_stays_an_item():
    found = facts("Sweden will give €500 million for Ukraine's air defence.")
    assert [c.items for c in found] == [["air defence"]]


# time_clauses.py: items opening a time clause take no stage from the main clause


def test_items_as_the_subject_of_a_time_clause_take_no_stage_from_the_main_clause():
    text = "Australia sent Ukraine 20 Bushmasters. Dutton said more trucks would go as soon as the logistics were settled."
    assert [c.items for c in commitments_of(text)] == [["bushmasters"]]


def test_a_time_clause_with_a_stage_of_its_own_keeps_it():
    text = ("Germany pledged Ukraine 18 tanks. Berlin said 40 more tanks would follow when the first tanks had "
            "been delivered.")
    assert "delivered" in [c.status for c in commitments_of(text)]


# hypernym_repeats.py: a definite class noun after a donor's named aid is that aid again


def test_a_class_noun_after_named_jets_is_the_same_pledge():
    text = ("Denmark will give Ukraine 19 F-16 fighter jets, the prime minister said. The minister said the Danish "
            "aircraft would come from the fleet the air force is phasing out as it receives new F-35 jets.")
    assert [c.status for c in commitments_of(text)] == ["announced"]


def test_a_class_noun_delivered_stays_a_delivery():
    text = ("Denmark will give Ukraine 19 F-16 fighter jets, the prime minister said. The defence minister said "
            "the Danish aircraft had arrived in Ukraine on Sunday.")
    assert "delivered" in [c.status for c in commitments_of(text)]

"""Stances and participation, third session: failure classes found on dev articles 081-120,
each tested on made-up sentences in several wordings (none copied from the dev set)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def _facts(text: str) -> list:
    return [f for f in extract(Article(text=text, source="test")).facts if f.kind in ("stance", "participation")]


def _status(text: str) -> dict[str, str]:
    return {f.actor: f.status for f in _facts(text) if f.kind == "participation"}


def _stances(text: str) -> set[tuple[str, str]]:
    return {(f.actor, f.stance) for f in _facts(text) if f.kind == "stance"}


def _targets(text: str) -> set[tuple[str, str, str]]:
    return {(f.actor, f.target, f.stance) for f in _facts(text) if f.kind == "stance"}


# --- participation: hedges, premises and refusals ---------------------------------------------------

@pytest.mark.parametrize(
    "sentence, status",
    [
        # a hedge waiting on a ceasefire stays a hedge: the ceasefire is every force's premise
        ("Portugal is open to contributing to a peacekeeping force if a ceasefire is agreed.", "open"),
        ("The Portuguese government said it was open to sending soldiers to a reassurance force once the fighting stops.", "open"),
        ("Lisbon remains open to a role in a multinational force if a lasting truce holds, the minister said.", "open"),
        # a willingness that waits only on a ceasefire is a firm offer (ADJUDICATION.md decision 36)
        ("Portugal is prepared to send troops to a reassurance force once a ceasefire is in place.", "committed"),
        ("Portugal stands ready to deploy soldiers to Ukraine once there is a ceasefire, the premier said.", "committed"),
        # a condition of its own makes an open position conditional
        ("Portugal is open to joining a peacekeeping mission if the United Nations gives it a mandate.", "conditional"),
        # "would consider" / "ready to consider" is considering, with or without a condition
        ("Portugal would consider sending soldiers to a reassurance force once its mandate is clear.", "considering"),
        ("Portugal is ready to consider a contingent for the multinational force.", "considering"),
        ("Portugal could not yet say whether it would send troops to Ukraine after a truce.", "considering"),
        ("Officials said Portugal cannot yet say whether it will take part in the peacekeeping mission.", "considering"),
        # an offer already made
        ("Portugal has offered a company of engineers to the reassurance force.", "committed"),
        ("Portugal has pledged an infantry company for the peacekeeping mission.", "committed"),
        # forces kept outside the country are a condition on the deployment
        ("Portugal would station forces in neighbouring countries rather than in Ukraine as part of the reassurance force.", "conditional"),
        ("Portugal is willing to contribute to the multinational force, but its jets would fly from bases rather than inside Ukraine.", "conditional"),
        # "no <adjective> soldiers": a refusal
        ("Portugal's prime minister said no Portuguese soldiers would be stationed in Ukraine under any peacekeeping mission.", "declined"),
        ("There will be no Portuguese combat troops in the reassurance force, Portugal said.", "declined"),
        # a denied report of considering it
        ("Portugal dismissed as untrue a report that it was weighing a role in the peacekeeping force.", "declined"),
        ("Portugal denied reports that it would send troops to the reassurance force.", "declined"),
    ],
)
def test_participation_status(sentence, status):
    assert _status(sentence) == {"PRT": status}


def test_a_decision_waiting_on_a_ceasefire_stays_committed():
    found = _status("Portugal will lead a reassurance force to be deployed once a ceasefire holds.")
    assert found == {"PRT": "committed"}


def test_a_refusal_with_help_offered_outside_stays_declined():
    found = _status("Portugal has ruled out a ground contribution to the reassurance force; "
                    "Lisbon could train Ukrainian units outside Ukraine.")
    # decision 52: troops refused beside a help the state could give is one open answer (107's Italy)
    assert found.get("PRT") == "open"


# --- stances: targets --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Austria said it was open to peace talks provided Russia withdrew its forces.", "peace talks"),
        ("The Austrian chancellor rejected any negotiations held over Ukraine's head.", "peace talks"),
        ("Austria welcomed the 20-point plan as a serious basis for an agreement.", "peace plan"),
        ("Austria rejected the counter-proposal drafted in Moscow.", "peace plan"),
        ("Austria called for further deliveries of air defence to Kyiv.", "military aid to Ukraine"),
        ("Austria said it could not accept foreign military units on its border in any form.", "peacekeeping force"),
        ("Austria voted against the resolution at the General Assembly.", "UN resolution"),
        ("Austria called the 3% spending target unreasonable.", "defence spending target"),
        ("Austria opposes confiscating the assets, citing legal risks.", "use of frozen Russian assets"),
        ("Austria has argued for a guarantee modelled on NATO's Article 5.", "security guarantees for Ukraine"),
    ],
)
def test_targets_in_more_wordings(sentence, target):
    assert any(actor == "AUT" and t == target for actor, t, _ in _targets(sentence))


# --- stances: cues -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("Austria voted in favour of the resolution.", "support"),
        ("Austria voted against the draft resolution.", "oppose"),
        ("Austria has long pushed for security guarantees backed by the United States.", "support"),
        ("The Austrian chancellor urged both sides to agree a ceasefire before Easter.", "support"),
        ("Austria was reluctant to take the truce proposal at face value.", "oppose"),
        ("Vienna said the counter-proposal was not constructive.", "oppose"),
        ("Austria said the peace plan could serve as the basis for a settlement.", "open"),
        ("Austria said the peace plan could be a starting point but needed a great deal of work.", "conditional"),
        ("Austria said it remained open to talks, provided Kyiv accepted its terms.", "conditional"),
        ("Austria said it would reach the full target by 2030.", "support"),
    ],
)
def test_stance_cues_in_more_wordings(sentence, stance):
    assert ("AUT", stance) in _stances(sentence)


def test_a_characterisation_of_another_is_no_stance_of_theirs():
    # "X said the deliveries showed Y had no interest": Y is described, it takes no stance
    assert ("USA", "oppose") not in _stances(
        "The Russian envoy said the new deliveries showed that the United States had no interest in a settlement.")


# --- who takes the position --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders of Spain, Portugal and Greece said in a joint statement that Ukraine must have robust security guarantees.",
        "The foreign ministers of Spain, Portugal and Greece backed the ceasefire proposal on Monday.",
        "Heads of government of Spain, Portugal and Greece, meeting in Athens, welcomed the peace plan.",
    ],
)
def test_the_leaders_of_a_list_of_countries_speak_for_them(sentence):
    actors = {actor for actor, _ in _stances(sentence)}
    assert {"ESP", "PRT", "GRC"} <= actors
    assert "UKR" not in actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine must have security guarantees that deter another invasion, Spain said.",
        "Spain's prime minister said Ukraine should get security guarantees before any settlement.",
        "Madrid said Kyiv deserves security guarantees backed by its allies.",
    ],
)
def test_the_country_said_to_need_something_is_its_beneficiary(sentence):
    found = _stances(sentence)
    assert ("ESP", "support") in found
    assert not any(actor == "UKR" for actor, _ in found)


@pytest.mark.parametrize(
    "sentence, actor, other",
    [
        ("Olaf Scholz said the US plan could serve as the basis for talks.", "DEU", "USA"),
        ("Rome rejected the Paris proposal for a maritime truce.", "ITA", "FRA"),
        ("Madrid welcomed the Turkish proposal for a maritime truce.", "ESP", "TUR"),
    ],
)
def test_a_country_before_a_plan_describes_the_plan(sentence, actor, other):
    found = {a for a, _ in _stances(sentence)}
    assert actor in found and other not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Meloni, who stands apart from London and Paris on this, has ruled out sending Italian troops to the reassurance force.",
        "Unlike troops from Britain and France, Italian soldiers will not take part in the reassurance force, Rome said.",
        "Giorgia Meloni told Italian radio after the Berlin meeting that no Italian soldiers would join the reassurance force.",
    ],
)
def test_countries_coordinated_with_an_object_are_objects_too(sentence):
    found = _status(sentence)
    assert found.get("ITA") == "declined"
    assert not {"GBR", "FRA", "DEU"} & set(found)


def test_a_clause_opened_by_after_keeps_its_subject():
    found = _stances("The EU resumed payments after Kyiv backed the ceasefire proposal.")
    assert ("UKR", "support") in found


def test_the_subject_of_a_question_takes_no_position():
    text = "Portugal has ruled out joining the peacekeeping mission. Asked whether Spain might take part in the mission, the minister declined to comment."
    assert "ESP" not in _status(text)


# --- joint statements, quotes and votes --------------------------------------------------------------

def test_a_joint_statement_speaks_for_its_signatories():
    text = (
        "The foreign ministers of Ireland, Austria and Malta issued a joint statement on Friday.\n\n"
        "\"Ukraine must have credible security guarantees that deter any future aggression. "
        "We support every effort towards a just peace.\"\n"
    )
    found = _stances(text)
    assert {("IRL", "support"), ("AUT", "support"), ("MLT", "support")} <= found
    assert ("UKR", "support") not in found


def test_a_quoted_we_is_the_speaker():
    text = (
        "Irish Taoiseach Micheál Martin spoke to reporters in Dublin.\n\n"
        "\"We support the ceasefire proposal and we will keep working for it,\" Martin said.\n"
    )
    assert ("IRL", "support") in _stances(text)


def test_a_quoted_third_party_is_not_the_speaker():
    text = "\"Europe has said yes to the ceasefire proposal,\" the Irish minister said.\n"
    assert ("IRL", "support") not in _stances(text)


@pytest.mark.parametrize(
    "text, oppose",
    [
        ("The resolution passed with 93 votes. Austria voted against, alongside Hungary and Serbia.",
         {"AUT", "HUN", "SRB"}),
        ("A draft resolution on the war was put to the Assembly. Brazil voted against, along with India and China.",
         {"BRA", "IND", "CHN"}),
        ("Canada rejected the ceasefire proposal on Monday, joined by Japan and Australia.", {"CAN", "JPN", "AUS"}),
    ],
)
def test_those_alongside_a_vote_share_it(text, oppose):
    found = {actor for actor, stance in _stances(text) if stance == "oppose"}
    assert oppose <= found


def test_company_before_the_cue_does_not_share_the_stance():
    found = _stances("Standing alongside Zelensky, the leaders of Spain and Portugal rejected the peace plan.")
    assert ("UKR", "oppose") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly rejected a resolution drafted by Moldova and Georgia.",
        "A resolution sponsored by Moldova and Georgia passed with 93 votes.",
    ],
)
def test_who_drafts_a_resolution_supports_it(sentence):
    found = _stances(sentence)
    assert {("MDA", "support"), ("GEO", "support")} <= found


# --- a participation sentence may hold a stance on something else ----------------------------------

@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Slovakia will take part in no military mission in Ukraine and continues to oppose EU accession talks with Kyiv.",
         "Ukraine's EU membership"),
        ("Slovakia has ruled out sending troops to the reassurance force, and it rejects the use of frozen Russian assets.",
         "use of frozen Russian assets"),
    ],
)
def test_a_stance_beside_a_refusal_to_send_troops(sentence, target):
    assert _status(sentence).get("SVK") == "declined"
    assert ("SVK", target, "oppose") in _targets(sentence)


def test_a_ceasefire_in_a_participation_sentence_is_its_premise_not_a_stance():
    text = "Slovakia is prepared to send troops to the reassurance force, but only after a ceasefire."
    assert not any(t == "ceasefire proposal" for _, t, _ in _targets(text))


# --- more targets and holders ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, actor, target, stance",
    [
        ("Egypt has offered to host such a summit in Cairo.", "EGY", "leaders' summit", "support"),
        ("The Kremlin said a meeting of the two presidents could take place only once a deal was ready.",
         "RUS", "leaders' summit", "conditional"),
        # decision 35 (third pass): refusing to lift or ease them is support of the sanctions, never
        # opposition to easing (these two cases read `oppose` on "easing sanctions on Russia" before)
        ("The EU has said it will not ease those sanctions while the war goes on.", "EU", "sanctions on Russia", "support"),
        ("Canada said it would not lift the sanctions before a peace deal.", "CAN", "sanctions on Russia", "support"),
    ],
)
def test_summits_and_sanctions(sentence, actor, target, stance):
    assert (actor, target, stance) in _targets(sentence)


def test_a_revised_text_refers_back_to_the_plan():
    text = ("Washington circulated a new peace plan on Monday. "
            "The Kremlin said the revised version was not constructive.")
    assert ("RUS", "peace plan", "oppose") in _targets(text)


def test_who_wrote_a_plan_supports_it():
    text = "Officials insisted the peace plan was written by the United States alone."
    assert ("USA", "support") in _stances(text)


def test_a_demonym_after_by_describes_the_agent():
    found = _stances("A loan to Ukraine backed by Russian asset profits was signed on Friday.")
    assert ("RUS", "support") not in found


def test_an_intervention_is_opposition():
    assert ("RUS", "oppose") in _stances("Russia's foreign ministry said the plans for a reassurance force amounted to foreign intervention.")


# --- hedges, offers without troops, second-hand positions --------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Spain has not ruled anything out on sending troops to the reassurance force.",
        "The reassurance force will need troops. Spain, its defence minister said, has not ruled anything out.",
        "Talks on a peacekeeping mission went on. In Madrid, officials say the government is not ruling anything out.",
    ],
)
def test_not_ruling_anything_out_is_considering(text):
    assert _status(text).get("ESP") == "considering"


@pytest.mark.parametrize(
    "sentence, roles, status",
    [
        ("Sweden will offer logistics rather than troops for the peacekeeping mission.", ["logistics"], "declined"),
        # decision 52: a help the state could give in place of troops is open, troops excluded (108's Romania)
        ("Sweden could instead offer its airfields as a base for air policing by the reassurance force.", ["air policing"],
         "open"),
        ("Instead of soldiers, Sweden will provide trainers to the reassurance force.", ["training"], "declined"),
    ],
)
def test_an_offer_without_troops_is_a_refusal_of_troops(sentence, roles, status):
    found = [f for f in _facts(sentence) if f.kind == "participation" and f.actor == "SWE"]
    assert [(f.status, f.roles, f.excluded) for f in found] == [(status, roles, ["troops"])]


def test_an_offer_without_troops_under_a_condition_stays_conditional():
    found = _status("Sweden would send soldiers to the reassurance force only under a UN mandate, but not combat troops.")
    assert found == {"SWE": "conditional"}


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Officials in Rome say the government remains opposed to the peace plan.", "ITA"),
        ("In Warsaw, diplomats said the government rejected the peace plan.", "POL"),
        ("Sources in Berlin say the chancellery backs the ceasefire proposal.", "DEU"),
    ],
)
def test_officials_in_a_capital_speak_for_its_country(sentence, actor):
    assert any(a == actor for a, _ in _stances(sentence))


# --- a later clause with a target of its own ---------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, expected, absent",
    [
        ("Vienna remains opposed to the reassurance force, though it has argued for security guarantees for Kyiv.",
         {("AUT", "peacekeeping force", "oppose"), ("AUT", "security guarantees for Ukraine", "support")},
         ("AUT", "security guarantees for Ukraine", "oppose")),
        ("Austria rejects the peace plan but supports a ceasefire along the current line.",
         {("AUT", "peace plan", "oppose"), ("AUT", "ceasefire proposal", "support")},
         ("AUT", "ceasefire proposal", "oppose")),
        ("Austria is firmly against sending its soldiers, while it backs the use of frozen Russian assets.",
         {("AUT", "use of frozen Russian assets", "support")},
         ("AUT", "use of frozen Russian assets", "oppose")),
    ],
)
def test_a_later_clause_takes_its_own_position(sentence, expected, absent):
    found = _targets(sentence)
    assert expected <= found
    assert absent not in found


# --- named groups of countries -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, members",
    [
        ("Poland and the three Baltic states said they backed the ceasefire proposal.", {"POL", "EST", "LVA", "LTU"}),
        ("The Nordic countries have welcomed the peace plan.", {"DNK", "FIN", "ISL", "NOR", "SWE"}),
        ("The Visegrad Four rejected the use of frozen Russian assets.", {"CZE", "HUN", "POL", "SVK"}),
    ],
)
def test_a_named_group_stands_for_its_members(sentence, members):
    assert members <= {actor for actor, _ in _stances(sentence)}


def test_a_group_after_a_preposition_is_an_object():
    found = _stances("Finland rejected the peace plan, unlike the Baltic states.")
    assert ("FIN", "oppose") in found
    assert not {"EST", "LVA", "LTU"} & {actor for actor, _ in found}


def test_a_repeated_participation_still_takes_the_place_of_a_stance():
    text = ("The Baltic states are prepared to send troops to a reassurance force. "
            "Estonia, Latvia and Lithuania have joined Britain in saying they are prepared to send troops to a reassurance force.")
    assert not any(t == "peacekeeping force" for _, t, _ in _targets(text))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Vienna unveiled a peace plan that was welcomed in Moscow and rejected in Kyiv.",
         {("RUS", "support"), ("UKR", "oppose")}),
        ("The ceasefire proposal, drafted in Ankara, was endorsed in Paris but rejected in Moscow.",
         {("FRA", "support"), ("RUS", "oppose")}),
    ],
)
def test_a_participle_with_a_capital_after_in_is_that_capitals_answer(sentence, expected):
    found = _stances(sentence)
    assert expected <= found
    assert ("AUT", "oppose") not in found


def test_a_participle_with_a_date_after_in_is_the_subjects():
    assert ("RUS", "oppose") in _stances("Russia rejected the ceasefire proposal in March.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Berlin has warned against a debate about troop numbers before a ceasefire exists.",
        "The delegations parted without a ceasefire after Moscow set out its conditions.",
        "Germany rejected any talk of elections until the truce holds.",
    ],
)
def test_a_ceasefire_named_as_a_time_is_no_target(sentence):
    assert not any(t == "ceasefire proposal" for _, t, _ in _targets(sentence))


def test_a_ceasefire_after_the_cue_is_still_a_target():
    assert ("DEU", "ceasefire proposal", "support") in _targets("Germany backed the ceasefire after weeks of talks.")


# --- one sentence, several actors' positions ---------------------------------------------------------

def test_comma_clauses_each_with_their_own_subject():
    found = _status("Britain and France will send troops to the reassurance force, Germany will provide air cover, "
                    "and Italy has ruled out any role.")
    assert found == {"GBR": "committed", "FRA": "committed", "DEU": "committed", "ITA": "declined"}


def test_three_positions_in_one_sentence():
    found = _status("Of the frontline states, Finland is open to sending soldiers to the reassurance force, "
                    "Estonia has offered a company, and Lithuania is still weighing its options.")
    assert found == {"FIN": "open", "EST": "committed", "LTU": "considering"}


def test_stances_listed_with_commas():
    found = _stances("Denmark backs the peace plan, Hungary opposes it and Slovakia has yet to say.")
    assert {("DNK", "support"), ("HUN", "oppose")} <= found
    assert ("DNK", "oppose") not in found


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Britain, France and Germany will send troops to the reassurance force.",
         {"GBR": "committed", "FRA": "committed", "DEU": "committed"}),
        ("If there is a ceasefire and a UN mandate, Ireland will send peacekeepers, the Taoiseach said.",
         {"IRL": "conditional"}),
    ],
)
def test_a_list_or_a_fronted_condition_is_no_new_clause(sentence, found):
    assert _status(sentence) == found


def test_those_who_do_as_well_share_the_stance():
    found = _stances("Canada supports the ceasefire proposal, as do Japan and Australia.")
    assert {("CAN", "support"), ("JPN", "support"), ("AUS", "support")} <= found


@pytest.mark.parametrize(
    "sentence, actor, stance",
    [
        ("Hungary's Viktor Orbán vetoed the use of frozen Russian assets.", "HUN", "oppose"),
        ("Diplomats say Rome is wary of the reassurance force.", "ITA", "oppose"),
        ("Portugal remains sceptical of the peace plan.", "PRT", "oppose"),
        ("Greece has expressed reservations about the reparations loan.", "GRC", "oppose"),
        ("Spain has signalled that it would back the peace plan.", "ESP", "support"),
    ],
)
def test_more_stance_wordings(sentence, actor, stance):
    assert (actor, stance) in _stances(sentence)


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Merz said Germany was ready to help guarantee a ceasefire but would not station troops in Ukraine.", "conditional"),
        # decision 52: "could take part" with no reported weighing is open
        ("The Dutch prime minister said the Netherlands could take part in a security guarantee force.", "open"),
    ],
)
def test_more_participation_wordings(sentence, status):
    assert set(_status(sentence).values()) == {status}


# --- meetings and joint statements: "the leaders agreed" ---------------------------------------------

@pytest.mark.parametrize(
    "text, members",
    [
        ("The leaders of Britain, France and Canada met in London. "
         "The leaders agreed that Ukraine must have robust security guarantees.", {"GBR", "FRA", "CAN"}),
        ("A joint statement signed by Spain, Italy and Greece called for security guarantees for Ukraine.",
         {"ESP", "ITA", "GRC"}),
        ("Britain, France and Germany met in Paris on Monday. They backed the ceasefire proposal but warned Moscow.",
         {"GBR", "FRA", "DEU"}),
    ],
)
def test_the_leaders_of_a_meeting_agree(text, members):
    assert members <= {actor for actor, stance in _stances(text) if stance == "support"}


def test_they_far_from_the_meeting_is_no_longer_the_group():
    text = ("Britain, France and Germany met in Paris on Monday. " + "The talks lasted hours. " * 10
            + "They backed the ceasefire proposal.")
    assert not {"GBR", "FRA", "DEU"} & {actor for actor, _ in _stances(text)}


# --- stances on guarantees, NATO membership, frozen assets and peace plans, in more wordings ---------

@pytest.mark.parametrize(
    "sentence, actor, target, stance",
    [
        ("Italy favours Article 5-like security guarantees for Ukraine.", "ITA", "security guarantees for Ukraine", "support"),
        ("Romania insists on security guarantees before any settlement.", "ROU", "security guarantees for Ukraine", "support"),
        ("Poland would welcome security guarantees for Kyiv.", "POL", "security guarantees for Ukraine", "support"),
        ("Norway remains committed to Ukraine's NATO membership.", "NOR", "Ukraine's NATO membership", "support"),
        ("The Czech government opposes Ukraine's accession to NATO.", "CZE", "Ukraine's NATO membership", "oppose"),
        ("Turkey's foreign minister says NATO membership for Kyiv is off the table.", "TUR", "Ukraine's NATO membership", "oppose"),
        ("Berlin is pushing for the use of frozen Russian assets.", "DEU", "use of frozen Russian assets", "support"),
        ("Spain is against seizing frozen Russian assets.", "ESP", "use of frozen Russian assets", "oppose"),
        ("Washington has endorsed the 20-point framework.", "USA", "peace plan", "support"),
        ("Kyiv has signalled openness to the peace plan.", "UKR", "peace plan", "open"),
        ("Sweden said it was ready to discuss the peace plan.", "SWE", "peace plan", "open"),
    ],
)
def test_topics_in_more_wordings(sentence, actor, target, stance):
    assert (actor, target, stance) in _targets(sentence)


def test_wanting_to_know_is_no_stance():
    assert ("POL", "support") not in _stances("Poland's prime minister wanted to know where the peace plan came from.")


def test_blocking_the_way_is_said_of_another():
    assert ("USA", "oppose") not in _stances("The United States urged Russia to stop blocking the way to a peace plan.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow has called the British proposal for a reassurance force a provocation.",
        "The Kremlin said the European peace plan was a non-starter.",
        "Russia's foreign minister called the peace plan unworkable.",
    ],
)
def test_second_hand_dismissals_are_opposition(sentence):
    assert ("RUS", "oppose") in _stances(sentence)
    assert not {"GBR", "EU"} & {actor for actor, _ in _stances(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The declaration said Ukraine was on an irreversible path to joining the alliance.",
        "Ukraine's path to NATO membership must stay irreversible, the minister said.",
    ],
)
def test_ukraine_on_what_it_asks_for_is_no_stance(sentence):
    assert not any(actor == "UKR" for actor, _ in _stances(sentence))


def test_by_a_date_is_no_passive_agent():
    assert ("AUT", "support") in _stances("Austria said it would meet the target by 2030, the 5% spending target agreed at the summit.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia said it had pushed back the deadline for the peace plan.",
        "Kyiv said the Kremlin took the ceasefire proposal at face value.",
        "Putin will meet Trump in Budapest to discuss the peace plan.",
    ],
)
def test_loose_words_are_no_support(sentence):
    assert not any(stance == "support" for _, stance in _stances(sentence))


# --- ceasefire monitoring and peace efforts ----------------------------------------------------------

def test_leading_a_monitoring_mechanism_without_soldiers_is_committed():
    found = [f for f in _facts("Macron said the United States would lead a mechanism for monitoring the ceasefire, "
                               "relying on satellites rather than soldiers on the ground.") if f.kind == "participation"]
    assert [(f.actor, f.mission, f.status) for f in found] == [("USA", "ceasefire monitoring", "committed")]


def test_troops_after_a_monitoring_mission_are_for_the_force():
    text = ("Britain is ready to send troops to a reassurance force. "
            "The United States will head the ceasefire monitoring mission. "
            "Norway said it was prepared to send soldiers.")
    missions = {f.actor: f.mission for f in _facts(text) if f.kind == "participation"}
    assert missions.get("NOR") == "reassurance force"


@pytest.mark.parametrize(
    "sentence",
    [
        "\"We support every effort that helps bring about peace,\" China's foreign ministry spokesman said.",
        "China said it backed all efforts to end the war through dialogue.",
    ],
)
def test_support_for_peace_efforts(sentence):
    assert ("CHN", "peace efforts", "support") in _targets(sentence)


def test_for_as_long_as_it_takes_is_no_condition():
    found = _stances("Germany backs the peace plan and will support it for as long as it takes, the minister said.")
    assert ("DEU", "support") in found and ("DEU", "conditional") not in found


def test_talks_with_a_company_are_no_peace_talks():
    text = "\"We are committed to Ukraine's defence,\" he said, adding that talks with Rheinmetall on a plant had made progress."
    assert not any(t == "peace talks" for _, t, _ in _targets(text))


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Croatian Prime Minister Andrej Plenković spoke in Zagreb. "
         "Mr Plenković has ruled out sending soldiers to the reassurance force.", "HRV"),
        ("Slovenia's prime minister, Robert Golob, arrived late. "
         "Mr Golob said he had ruled out sending soldiers to the reassurance force.", "SVN"),
    ],
)
def test_a_surname_speaks_for_the_country_of_the_full_name(text, actor):
    assert _status(text) == {actor: "declined"}


def test_a_quick_resolution_is_no_un_resolution():
    text = ("The manager said he favours a quick resolution of the transfer. "
            "The Spanish club's president called the offer unreasonable.")
    assert not any(t == "UN resolution" for _, t, _ in _targets(text))


def test_negotiations_with_a_club_are_no_peace_talks():
    text = "Arsenal rejected negotiations with Real Sociedad over the midfielder, Spain's sports press said."
    assert not any(t == "peace talks" for _, t, _ in _targets(text))

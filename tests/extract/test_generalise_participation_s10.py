"""Tenth session, participation precision and recall: wording classes found on real news pages
about a force for Ukraine that the rules were not written against (none of their text is used
here). Each test is a made-up sentence; each fails with its rule disabled."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def parts(text: str) -> list[tuple[str, str]]:
    facts = extract(Article(text=text, source="example.com")).model_dump()["facts"]
    return [(f["actor"], f["status"]) for f in facts if f["kind"] == "participation"]


# -- a possibility floated by someone else (participation_voices.floated) -----------------------

def test_envoy_suggesting_a_country_could_join_is_not_that_countrys_position():
    text = "The American envoy Marcus Webb suggested on Friday that Romania could become part of a peacekeeping force in Ukraine."
    # any value, not only "considering": decision 52 reads a state's own "could" as open
    assert not [p for p in parts(text) if p[0] == "ROU"]


def test_warning_about_a_contingent_is_not_the_contingents_country_considering():
    text = ("Russian Foreign Ministry spokeswoman Anna Petrova warned on Monday that deploying a NATO "
            "peacekeeping contingent to Ukraine could lead to uncontrolled escalation.")
    assert not [p for p in parts(text) if p[0] == "NATO"]


def test_former_official_speculating_is_no_voice_of_the_country():
    text = ("Last week a former Czech ambassador, Jan Novak, speculated in a radio interview that Prague "
            "might send Czech soldiers to a peacekeeping force in Ukraine.")
    # any value, not only "considering": decision 52 reads a state's own "could" as open
    assert not [p for p in parts(text) if p[0] == "CZE"]


def test_allegedly_makes_the_clause_an_unconfirmed_account():
    text = ("European leaders met in Berlin to discuss a reassurance force for Ukraine. The spokesman was "
            "responding to press stories that Canada was allegedly ready to send troops to Ukraine.")
    assert not [p for p in parts(text) if p[0] == "CAN" and p[1] != "declined"]


def test_speaker_suggesting_his_own_countrys_part_is_kept():
    # negative: the country's own minister floats it, so it is the country's weighing
    text = ("German Defence Minister Boris Pistorius suggested that Germany may consider contributing "
            "troops to a peacekeeping force in Ukraine.")
    assert ("DEU", "considering") in parts(text)


# -- an answer withheld (participation_voices.without_withheld) --------------------------------

def test_declining_to_specify_which_countries_is_no_refusal():
    text = ("The French president declined to specify which nations had signed up or how many troops "
            "might be deployed in the reassurance force.")
    assert ("FRA", "declined") not in parts(text)


def test_refusal_after_a_withheld_answer_is_still_read():
    # negative: the withheld question is cut off; the refusal after the comma stays
    text = ("The Slovak prime minister declined to comment on the talks, but said Slovakia will not send "
            "troops to the reassurance force.")
    assert ("SVK", "declined") in parts(text)


# -- refusals told with other verbs (positions.json "declined" cues) -----------------------------

def test_gerund_subject_not_being_considered_is_a_refusal():
    text = "Sending Danish soldiers to a peacekeeping force in Ukraine is not being considered, the Danish defence minister said."
    assert ("DNK", "declined") in parts(text)


def test_does_not_contemplate_deploying_is_a_refusal():
    text = "Portugal does not contemplate deploying its troops to the reassurance force, the Portuguese premier said."
    assert ("PRT", "declined") in parts(text)


def test_not_interested_in_such_a_mission_is_a_refusal():
    text = "Greece is not interested in taking part in a peacekeeping force in Ukraine, the Greek foreign minister said."
    assert ("GRC", "declined") in parts(text)


def test_does_not_support_the_participation_of_its_soldiers_is_a_refusal():
    text = "Spain does not support the participation of its soldiers in a peacekeeping force in Ukraine, the Spanish defence minister said."
    assert ("ESP", "declined") in parts(text)


def test_does_not_want_to_send_is_a_refusal():
    text = "The Czech government does not want to send its soldiers to a peacekeeping force in Ukraine, the premier said."
    assert ("CZE", "declined") in parts(text)


# -- help to others' forces beside a refusal of its own (participation_voices.refuses_own) -------

def test_help_for_others_contingents_but_not_its_own_soldiers_is_a_refusal():
    text = ("Romania could help move allied contingents to the reassurance force in Ukraine, but it will "
            "not send its own troops, the Romanian president said.")
    assert parts(text) == [("ROU", "declined")]


def test_own_troops_refused_unless_a_condition_stays_conditional():
    # negative: a condition in the clause keeps the answer conditional
    text = ("Romania will not send its own troops to the reassurance force in Ukraine unless the United "
            "States provides a backstop, the president said.")
    assert ("ROU", "conditional") in parts(text)


# -- a modal telling what the force would do (participation_voices.force_modal_only) ------------

def test_what_peacekeepers_could_do_is_no_state_weighing_a_part():
    text = ("The Austrian chancellor described the planned peacekeeping force as vital, saying that, "
            "peacekeepers could under some conditions return fire on Russian units.")
    # any value, not only "considering": decision 52 reads a state's own "could" as open
    assert not [p for p in parts(text) if p[0] == "AUT"]


def test_contributions_could_range_is_no_speakers_weighing():
    text = ("The Belgian premier admitted that not every country has agreed to join the reassurance force, "
            "and that contributions could range from logistics to intelligence-sharing.")
    # any value, not only "considering": decision 52 reads a state's own "could" as open
    assert not [p for p in parts(text) if p[0] == "BEL"]


def test_a_states_own_troops_could_is_its_own_open_position():
    # negative: "Austrian soldiers could" names whose soldiers they are
    text = "Austrian soldiers could take part in a peacekeeping force in Ukraine, the Austrian chancellor said."
    assert ("AUT", "open") in parts(text)  # decision 52: a state's own "could" is open, no longer considering


# -- a refusal with an exception (participation_voices.refusal_with_exception) -------------------

def test_will_not_deploy_unless_is_conditional():
    text = ("Belgium will not deploy soldiers to the reassurance force unless the United States provides "
            "air cover, the Belgian premier said.")
    assert ("BEL", "conditional") in parts(text)
    assert ("BEL", "declined") not in parts(text)


def test_would_not_be_part_if_not_consulted_is_conditional():
    text = ("Hungary would not be part of the peacekeeping mission in Ukraine if it is not involved in all "
            "consultations, the Hungarian defence ministry said.")
    assert ("HUN", "conditional") in parts(text)


def test_refusal_with_unless_in_the_next_sentence_stays_declined():
    # negative: the exception must be in the refusal's own clause
    text = "Poland will not send troops to Ukraine. Unless Russia attacks, nothing changes, the minister said."
    assert ("POL", "declined") in parts(text)

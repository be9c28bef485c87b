"""Seventh-session stance classes on made-up sentences (own wording, no article's): who holds a
position when other countries are named in the clause as its topic or its condition.

- A country written as the possessor of a topic ("Georgia's membership of the alliance",
  "Moldova's bid") is the topic, not who speaks: the speaker before "said" is the holder.
- A country named inside the condition a clause sets ("would depend on assurances that the United
  States…", "only if Washington agreed…") is the condition's, not the clause's subject.
"""

from __future__ import annotations

from tests.extract.stance_sentences import answers, stances


def test_possessor_of_membership_is_the_topic_not_the_holder():
    found = stances("Moscow said on Monday that Ukraine's membership of the alliance, now or later, "
                    "would be unacceptable.")
    assert ("RUS", "oppose") in found
    assert ("UKR", "oppose") not in found


def test_possessor_of_a_bid_is_the_topic_not_the_holder():
    found = stances("The Kremlin insisted that Ukraine's accession to NATO was something it would never accept.")
    assert ("UKR", "oppose") not in found


def test_country_inside_a_condition_is_not_the_holder():
    found = stances("Any Belgian contribution to the force would depend on firm guarantees that the United "
                    "States would stand behind European soldiers, Belgian officials said.")
    assert ("BEL", "conditional") in found
    assert ("USA", "conditional") not in found


def test_condition_naming_a_country_after_a_pronoun_names_no_holder():
    found = stances("Any Danish contribution would hinge on a promise that the United States would back "
                    "the troops, she said.")
    assert ("USA", "conditional") not in found


# A relative clause on a proposal ("the truce that Kyiv had accepted") says which proposal is meant:
# the answer in it is the proposal's history, not news of a position.

def test_answer_inside_a_relative_clause_on_a_truce_is_no_stance():
    text = "Moscow turned down the two-week truce that Paris had drafted and Kyiv had already welcomed."
    found = stances(text)
    # Moscow's answer is the ceasefire's response only (ADJUDICATION.md, decision 3)
    assert ("RUS", "oppose") in answers(text)
    assert ("UKR", "support") not in found


def test_answer_inside_a_relative_clause_after_a_date_is_no_stance():
    found = stances("Russia declared a three-day Easter truce in April 2024 that Kyiv dismissed as a stunt.")
    assert ("UKR", "oppose") not in found


def test_second_clause_of_what_was_said_is_still_a_stance():
    found = stances("The Kremlin spokesman said he had not read what the plan contained, but that Russia "
                    "remained open to negotiations.")
    assert ("RUS", "open") in found


def test_statement_that_is_content_not_a_relative_clause():
    found = stances("Spain and Portugal said in a joint statement that they backed an immediate ceasefire.")
    assert ("ESP", "support") in found


def test_summary_after_a_dash_is_the_news_itself():
    found = stances("Moscow proposed a pause in return for sanctions relief — an offer that Kyiv turned down.")
    assert ("UKR", "oppose") in found


# A welcome of a bare decision or move in an article that reports an aid amount is a thanks for the
# aid, no position on a proposal.

def test_welcome_of_an_aid_decision_is_no_stance():
    found = stances("Norway will give Ukraine NOK 2 billion for air defence, the government said on Monday.\n\n"
                    "The NATO secretary general welcomed the Norwegian move.")
    assert ("NATO", "support") not in found


def test_welcome_of_a_decision_without_aid_is_still_read():
    found = stances("Poland's foreign minister welcomed the decision to let Ukraine strike targets inside Russia.")
    assert ("POL", "support") in found


# A membership already taken ("has joined the coalition") is no position; "has not joined" /
# "refused to join" sanctions stays an opposition. Joining sanctions on Russia is a support stance
# (ADJUDICATION.md, decision 12, which supersedes the earlier "joined G7 sanctions is no position").

def test_joining_a_capability_coalition_is_no_stance():
    found = stances("Finland has also joined the demining coalition and now co-chairs it with Lithuania.")
    assert ("FIN", "support") not in found


def test_joining_sanctions_is_a_support_stance():
    found = stances("South Korea has joined the European Union in imposing sanctions on Russian banks.")
    assert ("KOR", "support") in found
    assert ("EU", "support") not in found  # the one joined is named by the sentence, not its holder


def test_not_joining_sanctions_stays_an_opposition():
    found = stances("Vietnam has abstained on every resolution and has not joined Western sanctions on Russia.")
    assert ("VNM", "oppose") in found


def test_member_named_in_an_aside_is_no_stance():
    found = stances("Belgium, which joined the drone coalition in March, has paid €20 million into its fund.")
    assert ("BEL", "support") not in found


# A negated thing that a hedge describes ("is not something we are considering") is a refusal.

def test_not_something_it_is_considering_is_a_refusal():
    found = stances("Austria said sending armoured vehicles to Ukraine was not something it was considering.")
    assert ("AUT", "oppose") in found
    assert ("AUT", "considering") not in found


def test_not_an_option_it_is_weighing_is_a_refusal():
    found = stances("Ireland said that sending lethal weapons to Ukraine was not an option it was considering.")
    assert ("IRL", "considering") not in found


def test_plain_hedge_stays_a_hedge():
    found = stances("Austria said it was considering sending more helmets to Ukraine.")
    assert ("AUT", "considering") in found


# Terms set for any settlement or talks ("any settlement would have to…", "any talks, he said, must…")
# are a conditional stance of whoever says them, with no cue word.

def test_terms_for_any_settlement_are_a_condition():
    found = stances("The Kremlin's account of the call said any settlement would have to recognise the "
                    "situation on the ground.")
    assert ("RUS", "conditional") in found


def test_terms_for_any_talks_after_a_line():
    found = stances("That is still Warsaw's position: any negotiation must begin with a full Russian withdrawal.")
    assert ("POL", "conditional") in found


def test_a_demand_on_others_is_no_term_of_the_sayer():
    found = stances("Hungary said any deal would require Western countries to stop arming Kyiv.")
    assert ("HUN", "conditional") not in found


def test_any_without_a_modal_is_no_term():
    found = stances("Norway said it would welcome any agreement between the two sides.")
    assert ("NOR", "conditional") not in found


# A settlement, agreement or deal refused or hedged as the cue's own object is a position; one
# wished for is none.

def test_refusing_any_agreement_of_a_kind_is_an_opposition():
    found = stances("Moldova's president said her country would never accept an agreement signed without it.")
    assert ("MDA", "oppose") in found


def test_warning_against_any_deal_is_an_opposition():
    found = stances("Canada's foreign minister warned against any deal struck behind Ukraine's back.")
    assert ("CAN", "oppose") in found


def test_wishing_for_an_agreement_is_no_stance():
    found = stances('"We should have had an agreement weeks ago," the Hungarian prime minister told reporters.')
    assert ("HUN", "support") not in found


# A plan's contents ("the draft would freeze the fighting … Georgia would not join NATO") are the
# draft's terms, not a party's position; the same words said by a party are its position.

def test_plan_contents_after_the_plan_sentence_are_no_stance():
    found = stances("According to diplomats who have seen it, the draft would freeze the fighting where it "
                    "stands and lift some sanctions. Ukraine would not join NATO.")
    assert ("UKR", "oppose") not in found


def test_plan_contents_opening_on_under_the_plan_are_no_stance():
    found = stances("Under the proposal, Moldova would not join NATO.")
    assert ("MDA", "oppose") not in found


def test_a_party_saying_would_not_is_still_its_position():
    found = stances("The draft would freeze the fighting where it stands. Poland said it would not "
                    "support the peace plan.")
    assert ("POL", "oppose") in found


# A participle in the description of what a call asks for ("calling for a force, led by Europeans and
# supported by the United States") is the force's design: its agent holds no position.

def test_agent_in_the_design_of_a_called_for_force_is_no_holder():
    found = stances("The summit closed with a statement calling for a peacekeeping force, commanded by "
                    "Europeans and backed by Canada, once the guns fall silent.")
    assert ("CAN", "support") not in found


def test_agent_of_a_plan_championed_is_still_its_supporter():
    found = stances("That plan, championed by Spain and the Commission, would have turned the assets into loans to Ukraine.")
    assert ("ESP", "support") in found

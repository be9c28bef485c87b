"""Fifth-session stance classes, third round, on made-up sentences (other actors and wordings
than the dev articles that showed the class): a refusal or an acceptance bound by "unless" or by
the other side doing the same ("would respect the truce if Moscow did") is conditional; verbs of
defending a plan; wanting others to agree to or adopt a target; a demand that Ukraine give up a
target is the demander's opposition; staying out of a fund ("among the allies that have not put
any money into"); exploring options; an accusation ("accused Berlin of pouring fuel on the fire") is the accuser's;
a proposal called "the best option"; a pause in strikes as a truce; a declaration of intent to deploy and leading a monitoring
mission are commitments to take part. And what stays no position.
"""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import answers, stances

# a sentence naming a target, for the sentences that refer back to it
ASSETS = "EU finance ministers met on Monday to discuss the reparations loan backed by frozen Russian assets.\n\n"
TRUCE = "Moscow and Kyiv agreed on Tuesday to a 30-day truce on strikes against power plants.\n\n"
FUND = "NATO allies have now put more than $2bn into the PURL scheme that buys US weapons for Ukraine.\n\n"


@pytest.mark.parametrize("text, expected", [
    # a refusal or a yes that waits on a condition
    ("The Netherlands has refused to go ahead with the frozen assets plan unless the legal risk is spread across all member states.",
     ("NLD", "conditional")),
    ("Austria will not back the new sanctions on Russia unless its banks are exempted.", ("AUT", "conditional")),
    (ASSETS + "Luxembourg has refused to proceed unless every member state shares the costs.", ("LUX", "conditional")),
    (ASSETS + "Finland's finance minister said Helsinki would not sign up unless the guarantees were binding.",
     ("FIN", "conditional")),
    (TRUCE + "Moldova's president said Chisinau would respect the truce if Russia did the same.", ("MDA", "conditional")),
    ("The Kremlin said Russia would abide by the Easter truce only if Ukraine stopped its drone attacks.",
     ("RUS", "conditional")),
])
def test_conditions(text, expected):
    assert expected in stances(text)


def test_a_sides_condition_on_a_truce_is_its_answer():
    # ADJUDICATION.md, decision 3: a warring side's condition on a truce is the ceasefire's answer
    text = "Kyiv said it would honour the energy ceasefire as long as Moscow did."
    assert ("UKR", "conditional") in answers(text)
    assert ("UKR", "conditional") not in stances(text)


@pytest.mark.parametrize("text, expected", [
    # support in other words: defending a plan, wanting others to agree to it
    ("Dutch Prime Minister Dick Schoof defended the proposal to use the frozen assets for Ukraine.", ("NLD", "support")),
    (ASSETS + "Spain's economy minister also defended the scheme.", ("ESP", "support")),
    (ASSETS + "Estonia's prime minister has repeatedly defended the plan against Belgian objections.", ("EST", "support")),
    ("Poland wants the other member states to agree on a reparations loan before the end of the year.", ("POL", "support")),
    ("Sweden wants EU leaders to adopt the 19th package of sanctions on Russia at their next summit.", ("SWE", "support")),
    # exploring options is considering
    ("Canada said it would keep exploring ways to use the frozen Russian assets.", ("CAN", "considering")),
    ("Australian officials said Canberra was exploring options for sending more military aid to Ukraine.",
     ("AUS", "considering")),
])
def test_support_and_considering(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # a demand that Ukraine give something up: the demander's opposition
    ("Moscow has insisted that Ukraine must formally abandon its bid to join NATO.", ("RUS", "oppose")),
    ("Belarus demanded that Kyiv give up its ambition of NATO membership.", ("BLR", "oppose")),
    # staying out of a fund that others pay into
    (FUND + "Slovakia is among the few allies that have not put any money into the scheme.", ("SVK", "oppose")),
    (FUND + "Italy has not contributed any money to the scheme so far.", ("ITA", "oppose")),
])
def test_demands_and_staying_out(text, expected):
    assert expected in stances(text)


def test_demand_on_ukraine_is_not_ukraines_position():
    got = stances("Moscow has insisted that Ukraine must formally abandon its bid to join NATO.")
    assert ("UKR", "oppose") not in got


@pytest.mark.parametrize("text, expected", [
    # commitments to a force or a mission in other words
    ("Denmark and Norway signed a declaration of intent to deploy troops to Ukraine after a peace deal.",
     ("DNK", "support")),
    ("Denmark and Norway signed a declaration of intent to deploy troops to Ukraine after a peace deal.",
     ("NOR", "support")),
    ("The statement says Canada would lead a mission to monitor any ceasefire along the front line.",
     ("CAN", "support")),
])
def test_participation(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # an accusation: the accuser's opposition, never the accused's
    ("The Kremlin accused Berlin of pouring fuel on the fire with the tank deliveries.", ("RUS", "oppose")),
    ("Tehran accused Britain and France of adding fuel to the war by sending the missiles.", ("IRN", "oppose")),
    # a proposal called the best option
    ("A ceasefire along the Dnipro river, the Turkish foreign minister said, would be the best option for both sides.",
     ("TUR", "support")),
    # a pause in strikes is a truce
    ("Kyiv and Moscow agreed to a week-long pause in strikes on power plants.\n\n"
     "Moldova said it would respect the pause if Russia did.", ("MDA", "conditional")),
])
def test_accusations_options_and_pauses(text, expected):
    assert expected in stances(text)


def test_the_accused_holds_nothing():
    got = stances("Tehran accused Britain and France of adding fuel to the war by sending the missiles.")
    assert not {("GBR", "oppose"), ("FRA", "oppose")} & got


@pytest.mark.parametrize("text", [
    # no position: a condition without a holder, troops defending a town, wanting without a target,
    # exploring without a target, a fund's contributors counted
    "Unless the risk is shared, the scheme will collapse, analysts said.",
    "Ukrainian troops defended the town for three weeks before withdrawing.",
    "Poland wants its farmers to be compensated for lower grain prices.",
    "Researchers in Oslo are exploring new ways to store hydrogen.",
    "The minister said the country would respect the result of the referendum.",
    "Poland said the best option was to keep the factory open.",
    "The Kremlin said Russia would honour any long-term agreement.",
])
def test_no_position(text):
    assert stances(text) == set()

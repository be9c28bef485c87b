"""Sixth-session stance and participation classes, on made-up sentences (other actors and
wordings than the dev articles that showed the class): a forecast of a position ("were expected to
endorse", "is likely to be approved by") is none; "weighed heavily in the decision" is a factor,
no deliberation; a diplomat posted to an organisation ("Russia's UN envoy") speaks for the country
before it; a willingness to send troops that waits on an "if" of its own is conditional (one that
waits only on the peace deal it would enforce is committed, ADJUDICATION.md decision 36); a deployment called hypothetical or speculative is an open position.
"""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

LOAN = "EU finance ministers agreed a loan to Ukraine backed by frozen Russian assets.\n\n"


@pytest.mark.parametrize("text, absent", [
    # a forecast of a position, active or passive
    ("The Nordic governments were widely expected to endorse the $20bn loan for Ukraine on Friday.", "support"),
    (LOAN + "The scheme is likely to be approved by EU leaders at their summit next week.", "support"),
    ("Canada is unlikely to back the proposal for a no-fly zone over Ukraine, analysts said.", "support"),
])
def test_forecasts_are_no_positions(text, absent):
    assert not {s for _, s in stances(text) if s == absent}


def test_taken_positions_stay():
    assert ("CAN", "support") in stances("Canada said on Friday it would endorse the $20bn loan for Ukraine.")


def test_weighing_as_a_factor_is_no_deliberation():
    text = ("Portugal ordered new frigates. The ships' long service in navies such as Spain, Greece and Italy "
            "weighed heavily on Lisbon's decision, officials said.")
    assert not stances(text)
    assert ("CAN", "considering") in {(a, s) for a, s in stances("Canada is weighing the request from Kyiv.")} | \
        stances("Canada is weighing the request to send troops to Ukraine.")


@pytest.mark.parametrize("text, holder, not_holder", [
    ("Britain's NATO ambassador, Angus Lapwing, said London opposed the peacekeeping force.", "GBR", "NATO"),
    ("The Chinese UN envoy, Zhou Ming, said that Beijing rejected the peacekeeping force.", "CHN", "UN"),
])
def test_an_envoy_speaks_for_the_country_not_the_post(text, holder, not_holder):
    actors = {a for a, _ in stances(text)}
    assert holder in actors and not_holder not in actors


@pytest.mark.parametrize("text, actor", [
    ("Chile is ready to contribute engineers and troops to a UN mission in Ukraine if the Security Council "
     "approves one.", "CHL"),
    # a peace it would enforce and a condition of Ireland's own (ADJUDICATION.md decision 36: the
    # ceasefire alone is the mission's premise, and the offer without the mandate is committed)
    ("The Irish taoiseach said Ireland was prepared to send soldiers to Ukraine to help enforce any "
     "ceasefire, provided the mission had a UN mandate.", "IRL"),
])
def test_willingness_waiting_on_a_condition_is_conditional(text, actor):
    assert (actor, "conditional") in stances(text)
    assert (actor, "support") not in stances(text)


def test_hypothetical_deployment_is_open():
    text = ("Norway's prime minister said any deployment of peacekeepers to Ukraine was hypothetical, but Norway "
            "would be willing to look at the question.")
    assert ("NOR", "open") in stances(text)
    assert ("NOR", "support") not in stances(text)


# Open objects (no target from the vocabulary): a noun that is a verb after a bare "to", and an
# indefinite object that describes ("as a …") or follows the holder's own initiative, are none.
@pytest.mark.parametrize("text", [
    "The Danish foreign minister welcomed the vote in Ankara and urged Budapest to move without delay.",
    "Austria's chancellor said Vienna would host a conference on rebuilding Ukraine's railways in spring.",
    "Meanwhile the Chinese government is pushing a plan to end the war that Kyiv has declined to endorse.",
    "Poland's president welcomed what he called a step that would change the war's course.",
])
def test_no_open_object(text):
    assert not {(a, s) for a, s in stances(text) if s == "support" and a in ("DNK", "AUT", "CHN", "POL")}


def test_a_proposal_rejected_stays():
    # an indefinite object after an answer is still the answer's object
    assert ("HUN", "oppose") in stances("Hungary rejected a proposal to fund Ukraine's army from the EU budget.")


@pytest.mark.parametrize("text, country", [
    ("Opposition leader Maria Kessler said Austria should send engineers to a peacekeeping force in Ukraine.", "AUT"),
    ("On Monday, Labour leader Tom Rawiri backed the peacekeeping force, saying New Zealand should be open to "
     "a role.", "NZL"),
    ("Senator Ellen Marsh said the United States should back the proposal for a ceasefire.", "USA"),
])
def test_partisan_speakers_are_not_the_government(text, country):
    assert not {a for a, _ in stances(text) if a == country}


def test_government_speakers_stay():
    assert ("AUT", "oppose") in stances("Austrian Chancellor Karl Nehammer said Austria would not send troops "
                                        "to a peacekeeping force in Ukraine.")


@pytest.mark.parametrize("text, actor", [
    ("Portugal restated its support for Ukraine's membership of both the European Union and NATO.", "PRT"),
    ("Croatia backs Kyiv's bid to join NATO and the EU, its foreign minister said.", "HRV"),
    ("Slovenia reaffirmed its backing for Ukraine's integration into the EU and NATO.", "SVN"),
])
def test_coordinated_memberships_are_both_targets(text, actor):
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    targets = {f.target for f in facts if f.kind == "stance" and f.actor == actor and f.stance == "support"}
    assert {"Ukraine's EU membership", "Ukraine's NATO membership"} <= targets


def test_one_membership_stays_one():
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    text = "Portugal restated its support for Ukraine's membership of the European Union."
    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    assert "Ukraine's NATO membership" not in {f.target for f in facts if f.kind == "stance"}


def test_foreign_officials_in_a_capital_are_not_its_government():
    text = ("Austria will not send troops to a peacekeeping force in Ukraine, its chancellor said. Polish officials "
            "in Vienna said they welcomed the decision.")
    assert ("AUT", "support") not in stances(text)
    assert ("ITA", "support") in stances("Officials in Rome say Italy would back the peacekeeping force.")


@pytest.mark.parametrize("text", [
    "Finland's foreign minister did not address the peace plan directly but warned against any deal that "
    "rewarded aggression.",
    "Norway's prime minister declined to comment on the peace plan but warned against rewarding aggression.",
])
def test_a_target_not_taken_up_is_no_target(text):
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    facts = extract(Article(text="Headline\n\n" + WAR + "China put forward a peace plan.\n\n" + text, source="t")).facts
    assert not [f for f in facts if f.kind == "stance" and f.actor in ("FIN", "NOR") and f.target == "peace plan"]


def test_a_refused_endorsement_stays_a_position():
    assert ("NOR", "oppose") in stances("Norway did not endorse the peace plan.")


RESOLUTION = "The UN General Assembly passed a resolution demanding Russia withdraw its troops.\n\n"


@pytest.mark.parametrize("text, expected", [
    (RESOLUTION + "Only Eritrea and Mali joined Russia in voting no.", {("ERI", "oppose"), ("MLI", "oppose")}),
    (RESOLUTION + "Brazil, voting yes, said the text was balanced.", {("BRA", "support")}),
    (RESOLUTION + "Mexico and Chile were among those voting in favour.", {("MEX", "support"), ("CHL", "support")}),
])
def test_every_wording_of_a_vote_is_an_answer(text, expected):
    assert expected <= stances(text)


@pytest.mark.parametrize("text, actor", [
    # a refusal written as a noun with the holder's possessive
    ("Austria's chancellor said he would keep to his refusal to send Austrian troops to a peacekeeping force "
     "in Ukraine.", "AUT"),
    ("Ireland's government reaffirmed its refusal to supply lethal aid to Ukraine.", "IRL"),
    # the plural of a proposal noun is an object too
    ("Kyiv asked Lisbon for air defence. Portugal has refused those requests, officials said.", "PRT"),
])
def test_refusals_as_nouns_and_plural_objects(text, actor):
    assert (actor, "oppose") in stances(text)

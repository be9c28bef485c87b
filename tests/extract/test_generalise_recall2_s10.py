"""Tenth-session stance recall classes (second audit) found on real news pages the rules were not
written against, tested on made-up sentences.

- military aid to Ukraine named in another word order (aid_orders.py): the recipient as the verb's
  first object ("will not supply Kyiv with weapons", "would not send Ukraine arms"), item nouns the
  phrase list lacked before "to" the recipient ("arms to Ukraine", "lethal aid to Kyiv");
- a standing refusal to arm Ukraine told with "never" or "no longer" ("has never supplied lethal
  weapons to Ukraine", "will no longer send arms to Kyiv", standing_policies.py, decision 13);
- a position told in the passive, its holder after "by" ("was ruled out by the Swiss government",
  stance_passives.py).

The negative tests guard the false readings: humanitarian aid in the same order, a supply promised
(a commitment, no stance), "never" or "no longer" about something that is not arms for Ukraine, a
gerund naming an activity, and "by" naming no state first (voters, a number of leaders)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances

AID = "military aid to Ukraine"


def targeted(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return {(f.actor, f.target, f.stance) for f in result.facts if f.kind == "stance"}


@pytest.mark.parametrize("text, actor", [
    ("The Portuguese defence minister said Lisbon would not supply Kyiv with heavy weapons this year.", "PRT"),
    ("Austria has refused to provide Ukraine with lethal aid, its chancellor told parliament.", "AUT"),
    ("Mexico will not send Ukraine any arms, the foreign ministry said on Friday.", "MEX"),
    ("Chile and Peru have refused to sell arms to Ukraine, officials in both capitals said.", "CHL"),
    ("Chile and Peru have refused to sell arms to Ukraine, officials in both capitals said.", "PER"),
])
def test_military_aid_in_another_word_order_is_the_target_of_a_refusal(text, actor):
    assert (actor, AID, "oppose") in targeted(text)


@pytest.mark.parametrize("text, actor", [
    ("Indonesia has never supplied lethal weapons to Ukraine, its president said.", "IDN"),
    ("The new Czech government said the country would no longer send arms to Kyiv.", "CZE"),
])
def test_a_standing_refusal_told_with_never_or_no_longer_is_opposition(text, actor):
    assert (actor, "oppose") in stances(text)


@pytest.mark.parametrize("text", [
    "Austria has pledged to provide Ukraine with humanitarian aid, its chancellor told parliament.",
    "Portugal will supply Kyiv with heavy weapons worth 50 million euros, the minister said.",
    "Indonesia has never sent troops abroad under a UN flag, its president said.",
    "Norway said it would no longer send money to the reconstruction fund for Syria.",
    "Arming Kyiv with older jets, as opposed to new ones, was debated in Lisbon.",  # an activity, no holder
])
def test_no_stance_on_military_aid_from_aid_or_policy_that_is_not_a_refusal_of_arms(text):
    assert not {s for s in targeted(text) if s[1] == AID}


# a position told in the passive, its holder after "by" (stance_passives.py)
@pytest.mark.parametrize("text, actor, value", [
    ("The re-export of the old tank shells to Ukraine was ruled out by the Swiss government last spring.",
     "CHE", "oppose"),
    ("The use of the frozen Russian assets has been turned down by Luxembourg.", "LUX", "oppose"),
    ("Ukraine's EU membership is strongly endorsed by the Estonian government.", "EST", "support"),
    ("New sanctions on Russia were again vetoed by the Maltese prime minister on Monday.", "MLT", "oppose"),
])
def test_a_passive_with_its_holder_after_by_is_the_holders_stance(text, actor, value):
    assert (actor, value) in stances(text)


@pytest.mark.parametrize("text", [
    "The plan to use the frozen Russian assets was rejected by a majority of voters in Luxembourg.",
    "The statement on Ukraine was backed by 25 leaders; Malta's prime minister spoke after the vote.",
])
def test_no_passive_stance_when_by_names_no_state_first(text):
    found = stances(text)
    assert not {(a, v) for a, v in found if a in ("LUX", "MLT")}, found

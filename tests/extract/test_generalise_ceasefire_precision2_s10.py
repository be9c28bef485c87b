"""Tenth session, ceasefire precision, second round: wording classes found on real news pages the
rules were not written against (none of their text is used here). Each test is a made-up sentence;
each fails with its rule disabled."""

from __future__ import annotations

from tests.extract.ceasefire_sentences import facts, read


def _answers(text: str) -> list[list[tuple[str, str]]]:
    return [sorted((r.actor, r.response) for r in f.responses) for f in facts(text)]


# -- a refusal to comment is no answer (ceasefire_non_answers.py) -------------------------------

def test_declining_to_comment_on_a_truce_plan_is_no_rejection():
    text = ("Germany and Poland put forward a two-week truce at sea. "
            "The Kremlin spokesman refused to comment on the truce plan when reporters asked.")
    assert _answers(text) and all(("RUS", "rejected") not in a for a in _answers(text))


def test_a_plain_refusal_is_still_a_rejection():
    # negative: "refused" with the truce as its object stays an answer
    text = ("Germany and Poland put forward a two-week truce at sea. "
            "The Kremlin refused the two-week truce plan on Tuesday.")
    assert any(("RUS", "rejected") in a for a in _answers(text))


# -- an answer under an open question is not given (ceasefire_non_answers.py, agreement_denials) --

def test_unclear_whether_both_sides_will_agree_is_no_agreement():
    text = ("Germany and Poland put forward a two-week truce at sea. "
            "Nobody could yet say whether Moscow and Kyiv will agree to the proposed truce.")
    for f in facts(text):
        assert "accepted" not in {r.response for r in f.responses}
        assert sorted(f.proposers) != ["RUS", "UKR"]



# -- a truce held in a city or town is on land (ceasefire_localities.py, decision 5) -------------

def test_a_truce_in_named_towns_is_on_land():
    text = "The Russian command ordered a ceasefire in the besieged towns of Kupiansk and Izium on Friday."
    assert read(text) == [(["RUS"], None, ["land"])]


def test_a_truce_for_a_city_is_on_land():
    text = "Russia's defence ministry announced a ceasefire for the eastern Ukrainian city on Monday morning."
    assert read(text) == [(["RUS"], None, ["land"])]


def test_a_truce_in_the_war_is_not_local():
    # negative: the place noun is not the place of the truce
    text = "Russia's defence ministry announced a ceasefire in the war that has ruined many cities."
    assert read(text) == [(["RUS"], None, ["full"])]


# -- a quoted "we call on the other side" told after its speaker (ceasefire_reciprocal_calls.py) ---

def test_quoted_call_on_the_other_side_after_its_speaker_is_no_proposal_of_the_side_called_on():
    text = ("Putin ordered his army to hold fire over the Orthodox holiday. He wrote: \"Many believers live "
            "near the front, so we call on the Ukrainian side to declare a ceasefire as well.\"")
    assert ["UKR"] not in [sorted(f.proposers) for f in facts(text)]
    assert ["RUS"] in [sorted(f.proposers) for f in facts(text)]


# -- a headline's domainless truce is the body's truce (ceasefire_headlines.py) ------------------

def _article(text: str) -> list[tuple]:
    from coalition.extract import extract
    from coalition.model import Article
    result = extract(Article(text=text, source="test"))
    return [(sorted(f.proposers), f.duration_days, f.scope) for f in result.facts if f.kind == "ceasefire"]


def test_headline_truce_without_a_domain_is_the_body_truce_with_its_domains():
    text = ("Spain and Italy propose two-week truce\n"
            "Spain and Italy on Monday proposed a two-week truce at sea and in the air, their ministers said.")
    assert _article(text) == [(["ESP", "ITA"], 14, ["air", "sea"])]


def test_headline_truce_of_another_length_stays_apart():
    # negative: the headline's length differs from the body's, two proposals
    text = ("Spain and Italy propose two-week truce\n"
            "Spain and Italy on Monday proposed a one-month truce at sea and in the air, their ministers said.")
    assert len(_article(text)) == 2


# -- a proposal verb opening reported speech of one's own side's refusal (ceasefire_speech_verbs.py) --

def test_declared_that_own_side_would_not_support_is_an_answer_not_a_proposal():
    text = ("Moscow announced a three-day truce for its holiday. On Sunday the Ukrainian president "
            "declared that Ukraine would not support the short truce suggested by Moscow.")
    got = facts(text)
    assert [sorted(f.proposers) for f in got] == [["RUS"]]
    assert ("UKR", "rejected") in [(r.actor, r.response) for r in got[0].responses]


def test_announced_that_own_side_would_observe_a_truce_stays_a_proposal():
    # negative: no refusal in the reported clause, the speaker's side proposes
    assert read("Putin announced that Russia would observe a three-day truce from Friday.") == [(["RUS"], 3, ["full"])]


def test_would_not_adhere_to_a_truce_is_a_rejection():
    text = ("Moscow announced a three-day truce for its holiday. Kyiv said Ukraine would not adhere "
            "to the three-day truce proposed by Moscow.")
    assert ("UKR", "rejected") in [(r.actor, r.response) for f in facts(text) for r in f.responses]


# -- "air" before raid, defence, force names no domain (ceasefire_details._scope) ----------------

def test_air_raid_sirens_give_a_truce_no_air_domain():
    text = ("The Kremlin declared a three-day truce from Saturday. The Ukrainian president dismissed "
            "Putin's ceasefire as a stunt, saying air raid sirens kept sounding in Kyiv.")
    assert read(text) == [(["RUS"], 3, ["full"])]


def test_a_truce_in_the_air_keeps_its_domain():
    # negative
    assert read("Putin proposed a three-day truce in the air.") == [(["RUS"], 3, ["air"])]


# -- an instruction to one's own forces or minister to hold a truce is an order (order_verbs) -----

def test_instructing_a_minister_to_introduce_a_truce_is_the_instructor_s_own_truce():
    text = "The Russian president has instructed his defence minister to introduce a temporary ceasefire in Ukraine."
    assert read(text) == [(["RUS"], None, ["full"])]


# -- a past position on truce offers as a kind is no answer (general_truce_positions.py) ---------

def test_past_scepticism_over_truce_announcements_is_no_answer_to_this_truce():
    text = ("The Kremlin declared a three-day truce on Friday. The Ukrainian president has repeatedly "
            "dismissed Russian truce offers as ploys to regroup.")
    assert all(("UKR", "rejected") not in a for a in _answers(text))


def test_dismissing_this_truce_offer_is_still_an_answer():
    # negative: one offer, no past marker
    text = ("The Kremlin declared a three-day truce on Friday. The Ukrainian president dismissed "
            "the Russian truce offer as a ploy to regroup.")
    assert any(("UKR", "rejected") in a for a in _answers(text))


def test_past_scepticism_told_as_a_stance_is_no_answer_to_this_truce():
    text = ("The Kremlin declared a three-day truce on Friday. The Ukrainian president has in the past "
            "expressed scepticism over Russian truce offers, calling them ploys to regroup.")
    assert all(("UKR", "rejected") not in a for a in _answers(text))

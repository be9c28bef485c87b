"""Tenth-session stance recall classes found on real news pages the rules were not written against,
tested on made-up sentences: a position told as a noun (stance_expressed.py).

- a verb of saying or showing, any intensifier, a stance noun: "voiced deep disagreement with",
  "restated his backing for", "signalled growing scepticism about";
- a role noun after a link or in an apposition: "has emerged as the main opponent of", "is a
  staunch supporter of", "X, a vocal critic of …,";
- an owner's stance noun: "Austria's opposition to the loan stemmed from …".

The negative tests guard the false readings: a negated verb or link, a negative modifier, a role
noun with no link (other people: "critics of the plan said"), a position given up, a noun whose
complement names no target of the vocabulary."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

ASSET_LOAN = "EU ministers discussed a loan for Ukraine backed by frozen Russian assets.\n\n"


@pytest.mark.parametrize("text, actor, value", [
    ("Austria's chancellor voiced deep disagreement with the Commission's proposal to use frozen Russian assets.",
     "AUT", "oppose"),
    ("The Irish foreign minister signalled growing scepticism about using the frozen Russian assets for the loan.",
     "IRL", "oppose"),
    ("Lisbon reiterated its firm endorsement of Ukraine's EU membership on Tuesday.", "PRT", "support"),
    ("The Czech government expressed its strongest support yet for Ukraine's NATO membership.", "CZE", "support"),
    ("Finland made clear its resistance to the plan to use frozen Russian assets, officials said.", "FIN", "oppose"),
])
def test_a_stance_noun_after_a_verb_of_saying_is_the_holders_stance(text, actor, value):
    assert (actor, value) in stances(text)


@pytest.mark.parametrize("text, actor, value", [
    ("Austria's chancellor has emerged as the main opponent of the plan to use frozen Russian assets.",
     "AUT", "oppose"),
    ("The Czech president is a staunch supporter of Ukraine's NATO membership.", "CZE", "support"),
    ("The Croatian president, a vocal critic of sanctions on Russia, spoke to reporters on Monday.",
     "HRV", "oppose"),
    ("Denmark has become one of the loudest proponents of Ukraine's EU membership.", "DNK", "support"),
])
def test_a_role_noun_after_a_link_or_in_an_apposition_is_the_holders_stance(text, actor, value):
    assert (actor, value) in stances(text)


def test_a_role_noun_on_the_plan_named_before_is_a_stance_on_it():
    assert ("AUT", "oppose") in stances(ASSET_LOAN + "Austria's chancellor has emerged as the primary opponent of the plan.")


def test_an_owners_stance_noun_is_the_owners_stance():
    assert ("AUT", "oppose") in stances(
        "Austria's opposition to the reparations loan for Ukraine stemmed from worries about lawsuits.")


@pytest.mark.parametrize("text", [
    "Austria's chancellor did not voice any disagreement with the proposal to use frozen Russian assets.",
    "The Czech president is not a supporter of Ukraine's NATO membership.",
    "Critics of Ukraine's NATO membership in the Czech parliament said the time was wrong.",
    "The Croatian president voiced strong disagreement with his own government on Monday.",
])
def test_negated_ownerless_or_targetless_nouns_give_no_stance(text):
    assert not {a for a, _ in stances(text) if a in ("AUT", "CZE", "HRV")}


def test_a_stance_noun_given_up_is_no_stance_of_the_noun_reading():
    # the owner's objection was lifted: this module adds no opposition (any reading of the lifting
    # itself is stance_vetoes.py's)
    from coalition.extract import stance_expressed
    from coalition.extract.context import vocab

    assert "lifted" in stance_expressed.ENDED
    assert "ended" in vocab("positions")["expressed_stances"]


def test_reluctance_to_send_soldiers_to_the_force_is_left_to_participation():
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    text = "Headline\n\n" + WAR + "Spain expressed strong reluctance to send soldiers to the reassurance force."
    facts = extract(Article(text=text, source="test")).facts
    assert not [f for f in facts if f.kind == "stance" and f.actor == "ESP" and f.target == "peacekeeping force"]


def test_a_reported_clause_with_a_subject_of_its_own_is_not_the_speakers_stance():
    # the unnamed church leader's readiness, not the Italian prime minister's
    assert ("ITA", "support") not in stances(
        "The Italian prime minister said that the Holy Father had confirmed his readiness to host peace talks.")
    assert ("ITA", "support") in stances(
        "The Italian prime minister said she had confirmed her readiness to host peace talks.")


def test_an_owners_approval_is_an_act_not_a_stance():
    assert ("IMF", "support") not in stances("It follows the IMF's approval of a new loan for Ukraine.")


def test_a_warring_sides_stated_readiness_for_talks_is_open_not_support():
    # ADJUDICATION.md decision 46: readiness to talk commits the side to no outcome
    found = stances("The Kremlin voiced its readiness for peace talks in Istanbul.")
    assert ("RUS", "open") in found and ("RUS", "support") not in found
    assert ("TUR", "support") in stances("Turkey reiterated its readiness for peace talks in Istanbul.")


# --- participation told as a noun (participation_nouns.py) ------------------------------------------

def _participation(text: str) -> set[tuple[str, str]]:
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    return {(f.actor, f.status) for f in facts if f.kind == "participation"}


@pytest.mark.parametrize("text, actor, status", [
    ("Finland showed its readiness to send troops to the reassurance force.", "FIN", "committed"),
    ("Estonia confirmed its readiness to deploy soldiers to the reassurance force.", "EST", "committed"),
    ("Portugal signalled its willingness to take part in the reassurance force.", "PRT", "committed"),
    ("Portugal voiced its unwillingness to deploy soldiers to the reassurance force.", "PRT", "declined"),
])
def test_an_answer_on_sending_forces_told_as_a_noun_is_participation(text, actor, status):
    assert (actor, status) in _participation(text)


def test_a_negated_adjective_cue_has_no_noun_form():
    from coalition.extract.context import vocab
    from coalition.extract.participation_nouns import nominal_cues

    cues = nominal_cues(vocab("positions")["cues"])
    assert "its readiness to send" in cues["committed"] and "their unwillingness to" in cues["declined"]
    assert not [p for status in cues.values() for p in status if " not " in f" {p} " and "ness " in p]


def test_anothers_words_about_an_owners_readiness_give_no_participation():
    # the owner is named inside the speaker's praise: the status is not the speaker's to give
    assert not {a for a, _ in _participation(
        "The Swedish premier called the Canadian willingness to take part in the reassurance force a breakthrough.")
        if a == "CAN"}


def test_readiness_for_something_else_is_no_participation():
    assert not _participation("Finland showed its readiness to host a meeting of defence ministers next month.")


# --- the speaker named in the next sentence (next_speakers.py) --------------------------------------

@pytest.mark.parametrize("text, actor, value", [
    ("Sending troops to Ukraine would be a serious mistake. This was stated by the Hungarian foreign minister.",
     "HUN", "oppose"),
    ("Using the frozen Russian assets for the loan is too risky. The Belgian prime minister said this on Monday.",
     "BEL", "oppose"),
    ("Ukraine's accession to NATO is unacceptable. This was announced by the Kremlin spokesman on Tuesday.",
     "RUS", "oppose"),
    ("There are no plans to send troops to Ukraine. The Slovak prime minister said this in an interview.",
     "SVK", "oppose"),
])
def test_a_position_whose_speaker_the_next_sentence_names_with_this_is_theirs(text, actor, value):
    assert (actor, value) in stances(text)


@pytest.mark.parametrize("text", [
    # "this week" is a time, not what was said
    "Using the frozen Russian assets for the loan is too risky. The Belgian prime minister said this week that talks go on.",
    # an outlet's report names no speaker
    "Using the frozen Russian assets for the loan is too risky. This was reported by the Belgian newspaper Le Soir.",
])
def test_a_time_or_a_report_after_this_names_no_speaker(text):
    assert not {a for a, _ in stances(text) if a == "BEL"}

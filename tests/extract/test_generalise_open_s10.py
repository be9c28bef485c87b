"""Tenth session, stances on an open target: the object noun phrase of a strict stance verb is the
target whatever its head (stance_open.py), with the precision guards of the open objects; each rule
tested on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


# A strict verb's object with a head no target list names: a duty, visa rules, a wording, a
# referendum, a levy. The object opens with a determiner, a possessive or a capitalised modifier.
@pytest.mark.parametrize("text,expected", [
    ("Portugal opposed the proposed duty on Russian fertiliser at the meeting in Brussels.", ("PRT", "oppose")),
    ("Lithuania backed the tougher visa rules for Russian tourists.", ("LTU", "support")),
    ("Slovakia rejected the final wording on Ukraine.", ("SVK", "oppose")),
    ("Estonia condemned Moscow's referendums in the occupied regions.", ("EST", "oppose")),
    ("Norway endorsed Western efforts to restore the grain corridor.", ("NOR", "support")),
    ("Hungary ruled out any energy levy on Russian pipeline gas.", ("HUN", "oppose")),
    # an owner inside the phrase, and a noun cue of opposition
    ("Romania condemned the Kremlin's new mobilisation drive.", ("ROU", "oppose")),
    ("Bulgaria repeated its objection to the Commission's fuel levy.", ("BGR", "oppose")),
])
def test_a_strict_verbs_object_is_the_target(text, expected):
    assert expected in stances(text)


# ADJUDICATION.md decision 9 with an object of its own: weighing a thing is considering it, not
# excluding it is open.
@pytest.mark.parametrize("text,expected", [
    ("Finland is weighing the tighter border controls with Russia.", ("FIN", "considering")),
    ("Denmark is considering the Dutch training model for pilots.", ("DNK", "considering")),
    ("Greece has not ruled out the Cypriot swap arrangement.", ("GRC", "open")),
])
def test_a_hedging_verbs_object_is_the_target(text, expected):
    assert expected in stances(text)


# What is NOT a position on a thing: a person, a country or a claim as the object, a noun "call for",
# a welcome (a thanks for aid as often as a position, decision 14), the world's or critics' view, a
# possessive of nobody in particular, a sports story's "pushed for".
@pytest.mark.parametrize("text,actor", [
    ("Latvia backed the president in the dispute over the timetable.", "LVA"),
    ("Belgium dismissed the reports as speculation.", "BEL"),
    ("Sweden rejected the Russian objection to the timetable.", "SWE"),
    ("Spain backed Kyiv fully in the dispute over the timetable.", "ESP"),
    ("Croatia welcomed the steady rhythm of the reforms.", "HRV"),
    ("A British minister said the vote showed how widely the world condemned Moscow's land grab.", "GBR"),
    ("Ireland said it was unwilling to endorse anybody's formula.", "IRL"),
    ("Austria issued a call for an early halt along the front.", "AUT"),
])
def test_what_is_no_open_target(text, actor):
    assert not any(a == actor for a, _ in stances(text))


# ADJUDICATION.md decision 48: a short summary with a state as holder, told again by its official
# in the next sentence, is one position (the body sentence's).
def test_a_summary_before_the_officials_words_is_no_second_fact():
    text = ("Moscow has rejected the whole arrangement. Foreign Minister Sergei Lavrov said any "
            "European troops in Ukraine would be unacceptable to Russia.")
    assert ("RUS", "oppose") in stances(text)
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR
    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    assert not any(f.kind == "stance" and "arrangement" in (f.target or "") for f in facts)

"""Ninth session: a warring side saying it is open to, or ready for, talks is its `open` stance on
negotiations, `conditional` with a condition in the same statement; a third party's offer to host
talks stays `support` (ADJUDICATION.md decision 46, ``talk_readiness.py``). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, holder", [
    ("Kremlin aide Yuri Ushakov said Moscow stood ready for talks at any level.", "RUS"),
    ("Ukraine's foreign minister Andrii Sybiha said Kyiv was open to diplomacy.", "UKR"),
    ("Zelensky said Ukraine was prepared to negotiate with Russia in Geneva.", "UKR"),
    ("Sybiha said he was ready to meet Lavrov in Istanbul next month.", "UKR"),
])
def test_readiness_is_open(text, holder):
    found = stances(text)
    assert (holder, "open") in found
    assert (holder, "support") not in found


@pytest.mark.parametrize("text, holder", [
    ("Lavrov said Moscow was willing to negotiate as long as Kyiv gave up its claim to the four regions.", "RUS"),
    ("Peskov said Russia stayed open to talks, but named Kyiv's ban on dealing with Putin as the main obstacle.",
     "RUS"),
])
def test_readiness_with_a_condition_is_conditional(text, holder):
    found = stances(text)
    assert (holder, "conditional") in found
    assert (holder, "open") not in found and (holder, "support") not in found


def test_a_third_party_offering_to_host_stays_support():
    assert ("CHE", "support") in stances("Switzerland said it was ready to host talks between the two sides.")


def test_a_meeting_needs_a_person():
    assert ("UKR", "open") not in stances("Zelensky said Ukraine was ready to meet the needs of its soldiers.")


def test_talks_about_a_truce_are_no_readiness_for_talks():
    # an answer to a truce is the ceasefire's response (decision 3), not an open stance on negotiations
    assert ("RUS", "open") not in stances("Peskov said Russia was ready to negotiate a ceasefire with Kyiv.")

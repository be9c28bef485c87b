"""A bare call on others to agree a truce is the caller's `support` stance (ADJUDICATION.md decision
2), on made-up sentences: several urging verbs ("called on", "pressed", "asked", "urged"), agreeing
verbs ("agree to", "reach", "accept", "negotiate") and callers (a state, an organisation, a person by
the actor they speak for). No ceasefire fact comes of such a call. Near misses: a warring side's call
(decision 3) and a named proposal ("the Swiss proposal for a ceasefire") give no bare-call stance."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts
from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, actor", [
    ("The United Nations called on the warring parties to agree to an immediate ceasefire.", "UN"),
    ("At the summit in Lisbon, Germany pressed both sides to reach a truce.", "DEU"),
    ("Chancellor Olaf Scholz asked Putin to accept an immediate ceasefire.", "DEU"),
    ("Opening the meeting, Norway called on the two armies to agree a lasting ceasefire without delay.",
     "NOR"),
])
def test_bare_call_is_the_callers_support(text, actor):
    assert (actor, "support") in stances(text)
    assert not [f for f in facts(text) if f.kind == "ceasefire"]


@pytest.mark.parametrize("text, actor", [
    ("Ukraine called on Moscow to agree to an immediate ceasefire.", "UKR"),
    ("Moscow pressed Kyiv to reach a truce.", "RUS"),
])
def test_a_warring_sides_call_is_no_bare_call_stance(text, actor):
    assert (actor, "support") not in stances(text)


@pytest.mark.parametrize("text", [
    "Austria called on Russia to agree to the Swiss proposal for a ceasefire.",
    "Austria called on Russia to agree to a ceasefire from 1 May.",
])
def test_a_named_or_termed_truce_is_no_bare_call(text):
    assert ("AUT", "support") not in stances(text)
    assert facts(text)

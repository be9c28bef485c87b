"""Twelfth session: a step a government says must be decided or coordinated with its allies is its
`conditional` stance on the step (``allied_decisions.py``; dev 165, 340, 448). An alliance stating its
own rule of deciding, a bare "any decision" said of a step still weighed, and a step with no ally named
are none. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, actor", [
    ('"A decision to send fighter jets has to be taken by NATO as a whole," the Romanian defence minister said.',
     "ROU"),
    ("The Dutch finance minister has said any use of the frozen assets should be coordinated with G7 partners.",
     "NLD"),
    ("Spanish Defence Minister Margarita Robles spoke on Monday. Any transfer of the tanks would first have to be "
     "discussed with the allies, she added.", "ESP"),
])
def test_a_step_to_be_decided_with_allies_is_conditional(text, actor):
    assert (actor, "conditional") in stances(text)


@pytest.mark.parametrize("text", [
    # an alliance's own rule of deciding
    "NATO Secretary General Mark Rutte said any decision on membership had to be taken by consensus of all members.",
    # a bare decision on a step still weighed
    "The Czech foreign minister said the idea deserved a closer look, but that any decision would have to be taken "
    "together with NATO allies.",
    # no ally named
    "The Czech foreign minister said any transfer of the tanks should be approved by parliament first.",
])
def test_no_allied_condition(text):
    assert not any(value == "conditional" for _, value in stances(text))

"""Eleventh session: a third party's praise told by naming a policy step, "X called <the step> a real
breakthrough" (stance_praise.py; dev 259, 363, and Kyiv's same wording in 364). Made-up sentences;
each positive case fails without the module's wiring."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, actor", [
    ("Allies debated how to protect Ukraine after a ceasefire. The Dutch foreign minister called the "
     "American offer to join the security guarantees a real breakthrough.", "NLD"),
    ("The General Assembly adopted the resolution on Ukraine's territorial integrity by a wide margin. "
     "Canada's foreign minister called the result a powerful demonstration of the world's unity.", "CAN"),
    ("Leaders met to discuss security guarantees for Ukraine. Finland's president called the agreement "
     "on security guarantees a milestone.", "FIN"),
])
def test_praise_of_a_step_is_support(text, actor):
    assert (actor, "support") in stances(text)


@pytest.mark.parametrize("text, actor", [
    # the praise of another state's supply decision is a welcome of aid, no stance (decision 14)
    ("Warsaw had asked Berlin for leave to re-export its tanks to Ukraine, and Berlin agreed on "
     "Wednesday. Prime Minister Mateusz Morawiecki called the German move \"a milestone that brings "
     "peace closer\".", "POL"),
    # Russia calling a Western step something is read by the hostile terms, never as praise
    ("Leaders discussed security guarantees for Ukraine. The Kremlin called the guarantees a milestone "
     "on the road to war.", "RUS"),
])
def test_no_support_from_praise(text, actor):
    assert (actor, "support") not in stances(text)

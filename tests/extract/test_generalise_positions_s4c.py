"""Fourth-session stance classes, third round, on made-up sentences: a refusal to send or provide
an item, a wish not to stand in the way, an undecided answer ("before taking a view", "too early to
discuss"), a warning of war, and a country's own Security Council; and what stays no stance
or stays the UN's."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances as positions


# --- refusing an item, not standing in the way, not yet deciding ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The prime minister said Norway would not send Ukraine the tanks it had asked for.", ("NOR", "oppose")),
    ("Portugal will not provide fighter jets to Ukraine, the defence minister said.", ("PRT", "oppose")),
    ("Mr Smith said Australia was not in a position to send the armoured vehicles Kyiv wanted.", ("AUS", "oppose")),
    # not blocking, with no opt-out, is support (ADJUDICATION.md decision 38; it was `open` before)
    ("The president said Finland should not stand in the way of the peace plan.", ("FIN", "support")),
    ("The Swedish minister said Sweden would wait for the text before taking a view on the peace plan.",
     ("SWE", "considering")),
    ("Belgium said it was too early to discuss the peace plan.", ("BEL", "considering")),
    ("In June Switzerland blocked the transfer of the armoured vehicles to Ukraine.", ("CHE", "oppose")),
    ("Russia warned that any deployment of Western troops would be a declaration of war.", ("RUS", "oppose")),
])
def test_refusals_hedges_and_warnings_are_stances(text, expected):
    assert expected in positions(text)


def test_not_blocking_while_opting_out_is_the_opt_out():
    # "should not stand in the way" of an ally, though the government will not supply the weapons
    # itself: the opt-out is the position and the not-blocking adds none (ADJUDICATION.md decision
    # 38, which made 163's German `open` an `oppose`; this test first asserted the openness)
    found = positions("The president said Finland should not stand in the way of the peace plan, "
                      "although the government will not supply such weapons itself.")
    assert ("FIN", "oppose") in found
    assert ("FIN", "open") not in found and ("FIN", "support") not in found


@pytest.mark.parametrize("text, actor", [
    ("Germany has not blocked the deliveries of tanks to Ukraine.", "DEU"),
    ("The minister said Spain would not provide the figures to reporters.", "ESP"),
    ("The ambassador said Austria will not send a letter to Brussels.", "AUT"),
])
def test_what_stays_no_opposition(text, actor):
    assert (actor, "oppose") not in positions(text)


# --- a country's Security Council and the UN's ----------------------------------------------------

def test_a_countrys_own_security_council_is_the_country():
    found = positions("Dmitry Petrov, deputy head of Russia's Security Council, condemned the peace plan.")
    assert ("RUS", "oppose") in found
    assert ("UN", "oppose") not in found


def test_the_un_security_council_stays_the_un():
    found = positions("The UN Security Council rejected the ceasefire proposal.")
    assert ("UN", "oppose") in found

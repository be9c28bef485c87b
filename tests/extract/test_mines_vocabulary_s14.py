"""Fourteenth session, round 2: mines as aid in kind (dev 478: "the United States would provide Ukraine
with anti-personnel mines"; dev 011's anti-tank mines). Only the compound names are items: a bare
"mines" is also the clearing of them ("mines near Kharkiv"), and mines laid by the invader are no aid.
Made-up sentences; the positive case fails without the vocabulary."""

from __future__ import annotations

from tests.extract.commitment_sentences import facts


def test_anti_tank_mines_are_an_item():
    found = [(f.donor, [i.lower() for i in f.items]) for f in facts("Latvia delivered 3,000 anti-tank mines last week.")]
    assert ("LVA", ["anti-tank mines"]) in found


def test_mines_laid_by_the_invader_are_no_aid():
    assert facts("Russian troops laid anti-personnel mines along the roads out of Izium.") == []

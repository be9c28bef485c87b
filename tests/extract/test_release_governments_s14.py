"""A government's own press release (fourteenth session, round 2): "the Government" written as the
release writes it stands for the issuing office's country, also as the subject of a "that" clause
("reaffirmed that the Government continues to support …"); the office may be followed by the
dateline's comma ("Press release, Department of the Taoiseach, 23 November 2025"). And "continues to
support" a named target is a support cue like "will support". Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

RELEASE = "Minister speaks to Kyiv\n\nPress release, Department of the Taoiseach, 2 March 2026\n\n"
WIRE = "Minister speaks to Kyiv\n\nDUBLIN, 2 March (Wire)\n\n"


def stances(text: str) -> list[tuple]:
    result = extract(Article(text=text, source="case"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


def test_release_government_after_that_is_the_issuer():
    found = stances(RELEASE + "The Tánaiste held a call with Prime Minister Shmyhal on Monday and confirmed "
                    "that the Government continues to support Ukraine's path to membership of the European Union.")
    assert ("IRL", "support") in found


def test_lower_case_government_in_wire_copy_is_not_read_as_an_issuer():
    found = stances(WIRE + "The minister held a call with Prime Minister Shmyhal on Monday and said that the "
                    "government continues to support Ukraine's path to membership of the European Union.")
    assert ("IRL", "support") not in found


def test_continues_to_support_a_named_target_is_support():
    found = stances("Headline\n\nRussia's war in Ukraine goes on.\n\n"
                    "Portugal continues to support Ukraine's bid to join the European Union, its foreign minister said.")
    assert ("PRT", "support") in found


def test_continues_to_support_ukraine_alone_is_no_stance():
    assert stances("Headline\n\nRussia's war in Ukraine goes on.\n\n"
                   "Portugal will continue to support Ukraine, its foreign minister said.") == []

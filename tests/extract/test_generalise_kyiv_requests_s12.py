"""Twelfth session: Kyiv asking for, needing or wanting a supply that the article records no commitment
of is its `support` of that supply (ADJUDICATION.md decision 45, ``kyiv_requests.py``; dev 074, 162,
242, 436, 448). A supply the article records as given, another's words about Ukraine's needs and
"what Ukraine needs" are none. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text", [
    "Ukraine has formally asked Japan for Patriot interceptors after the latest drone strikes.",
    "The foreign minister said Kyiv would take any tank its partners could spare.",
    "Zelensky told the summit that Ukraine needed at least ten more Patriot batteries before the winter.",
    "Kyiv has pleaded for fighter jets again and again since the spring.",
    "Ukraine will keep asking for the long-range missiles, the defence minister said.",
    # twenty-first session: the state's officials as the subject, an aside before "for"
    "Ukrainian officials have pressed Seoul, as they have other capitals, for rifles and anti-tank missiles.",
])
def test_kyivs_request_for_an_open_supply_is_support(text):
    assert ("UKR", "support") in stances(text)


@pytest.mark.parametrize("text", [
    # the supply asked for is given in the article: the commitment carries it
    "Norway will send Ukraine two NASAMS air defence systems, the government said on Monday. "
    "Kyiv had asked Oslo for NASAMS systems in the spring.",
    # another's words about what Ukraine needs
    '"Ukraine needs Patriot batteries now, not next year," the Dutch defence minister said.',
    # a description, and no supply named
    "What Ukraine needs most is more Patriot batteries, officials in Brussels said.",
    "Ukraine needs to be able to defend its skies every night.",
])
def test_no_request_stance(text):
    assert ("UKR", "support") not in stances(text)

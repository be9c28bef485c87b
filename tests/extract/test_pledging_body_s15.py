"""Members' pledge told with no name ("Allies pledged €40bn") in an article about a membership body
is the body's pledge; payments added up through a scheme stay donor-less (fifteenth session,
ADJUDICATION.md decision 18). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

NATO_LEAD = ("NATO leaders end Vilnius meeting with Ukraine pledge\n\n"
             "NATO's summit in Vilnius closed on Wednesday with a declaration on Ukraine. NATO said the alliance "
             "would keep supporting Kyiv, and NATO officials described the mood as united.\n\n")


def sums(text: str) -> list:
    result = extract(Article(text=text, source="case"))
    return [(f.donor, f.amount) for f in result.facts if f.kind == "commitment" and f.amount]


def test_allies_pledge_in_an_article_about_nato_is_nato_s():
    found = sums(NATO_LEAD + "Allies pledged at least €30 billion in military aid for Ukraine over the next year.")
    assert ("NATO", 30_000_000_000) in found


def test_payments_through_a_scheme_added_up_have_no_donor():
    found = sums(NATO_LEAD + "Allies have committed about $2 billion for Ukraine through the scheme so far.")
    assert ("NATO", 2_000_000_000) not in found


def test_allies_pledge_beside_a_named_country_is_not_the_body_s():
    found = sums(NATO_LEAD + "Allies pledged $3 billion for Ukraine, with Canada promising to lead the effort.")
    assert ("NATO", 3_000_000_000) not in found


def test_the_body_named_as_a_venue_gives_nothing():
    found = sums(NATO_LEAD + "Partners pledged €12 billion for Ukraine at a meeting of the contact group at NATO headquarters.")
    assert ("NATO", 12_000_000_000) not in found

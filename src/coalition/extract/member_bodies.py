"""An unnamed group of members giving together ("allies pledged", "member states agreed") at an
organisation's meeting or under its name ("At NATO's summit, allies pledged €40bn a year", "EU
member states committed €5bn") gives as that organisation: the members are the body, the body is
the donor (the dev set's convention, as for NATO's €40bn baseline and the G7's loans). A group with
no organisation named beside it ("allies have committed $1.5bn through the scheme") stays without a
donor, and so does one beside a named country ("Britain and other allies")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab

NOT_GIVERS = frozenset(("UKR", "RUS"))
# "in Vilnius", "NATO's Washington summit": a city or country named as the meeting's place
PLACE_BEFORE = frozenset(("in", "at"))
MEETING_NOUNS = frozenset(("summit", "meeting", "meetings", "conference", "talks", "gathering", "ministerial"))
# "at NATO headquarters": the building where another group met (UDCG), not the body giving (tenth session)
VENUE_NOUNS = frozenset(("headquarters", "hq", "headquarter", "offices", "premises"))


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    return frozenset(vocab("commitments")["member_bodies"])


def members_body(ctx: ArticleContext, sent: Span) -> str | None:
    """The one membership organisation a sentence names, when it names no other giver."""
    found = None
    lower = tokens(ctx.doc).lower
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.stands_for
        if code is None or code in NOT_GIVERS:
            continue
        if m.label == "COUNTRY" and ((m.start > sent.start and lower[m.start - 1] in PLACE_BEFORE)
                                     or (m.end < sent.end and lower[m.end] in MEETING_NOUNS)):
            continue  # the meeting's place, not a giver
        if m.label == "ORG" and m.end < sent.end and lower[m.end] in VENUE_NOUNS:
            continue  # "a meeting of the contact group at NATO headquarters": the body's building, a place
        if m.label == "ORG" and code in _bodies() and found in (None, code):
            found = code
            continue
        if code == found:
            continue  # "NATO Secretary General Mark Rutte": the body's own officer
        return None  # a country, or a second body: the group is not one body's
    return found


def body_of_group(ctx: ArticleContext, sent: Span, lo: int, i: int, words: dict) -> str | None:
    """The organisation named right before the group that gives the amount at token ``i``: "the G7
    countries are lending Ukraine $50bn", "EU member states committed €5bn", "NATO allies pledged":
    the body's name says whose members they are, whatever other actor the sentence names. A
    number or quantifier before it ("five NATO allies", "several EU countries") makes them some of
    the members, no body."""
    table = tokens(ctx.doc)
    lower = table.lower
    collective = words["collective_donors"]
    for m in ctx.mentions_in(table.idx[lo], table.idx[i], ("ORG",)):
        if m.code not in _bodies() or m.end >= i:
            continue
        j = m.end + 1 if lower[m.end] == "member" and m.end + 1 < i else m.end
        if lower[j] not in collective:
            continue
        if m.start > sent.start and (ctx.doc[m.start - 1].like_num or lower[m.start - 1] in words["group_subset_words"]):
            continue
        return m.code
    return None


def pledging_body(ctx: ArticleContext, sent: Span, lo: int, i: int, main: str | None) -> str | None:
    """The membership body an article is about, for its members' pledge told with no name: "- Allies
    pledged a minimum baseline of €40 billion" in a briefing on a NATO summit (decision 18: an
    alliance-level pledge keeps NATO). Only a verb of pledging makes it the body's: a total the
    members "have committed through" a scheme is their payments added up, no one's."""
    if main not in _bodies():
        return None
    lower = tokens(ctx.doc).lower
    window = lower[lo:i]
    if not any(w in _pledge_verbs() for w in window) or any(w in _scheme_words() for w in lower[sent.start:sent.end]):
        return None
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        if m.stands_for is None or m.stands_for in NOT_GIVERS or (
                m.label == "COUNTRY" and m.start > sent.start and lower[m.start - 1] in PLACE_BEFORE):
            continue  # Ukraine, or a place ("the next summit in The Hague")
        # another giver named in the sentence, or the body itself, whose reading (members_body) is
        # the one to keep ("a meeting of the Ramstein group at NATO headquarters": a venue)
        return None
    return main


@lru_cache(maxsize=1)
def _pledge_verbs() -> frozenset[str]:
    return frozenset(vocab("member_bodies")["pledge_verbs"])


@lru_cache(maxsize=1)
def _scheme_words() -> frozenset[str]:
    return frozenset(vocab("member_bodies")["scheme_words"])

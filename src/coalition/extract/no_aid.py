"""Money and sentences that are no aid to Ukraine: an article that never says something is given
to it (a sentence that names Ukraine only in the background does not count: the war's place, a
donor's standing, a company's sales, a private fund, a denial, Ukrainians hosted at home), a
sentence about fees, takeovers, fines or trade, a company bought, a government's purchase for its
own forces, what a built site cost, money spent at home on refugees and councils.

Separate from the commitment finder because these tests decide what is left out, with their own
word lists (``not_aid_context``, ``company_purchase_words``, ``arms_trade_phrases``…), before any
donor or stage is read.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, _has, lower_text, tokens, vocab
from coalition.extract.donors import BUY_VERBS

UKRAINE_WORDS = ("ukraine", "kyiv", "ukrainian", "ukrainians")


def _not_aid(padded: str, words: dict) -> bool:
    """Money that is no aid: fees, takeovers, fines, trade. "Profits" and "revenue" are weak cues:
    the windfall profits of frozen Russian assets fund loans to Ukraine."""
    hit = _has(padded, words["not_aid_context"])
    if hit and hit.split()[-1] in ("exports", "imports", "export") and _has(padded, words["arms_trade_phrases"]):
        # "whose rules restrict arms exports": export rules, not a trade deal; another cue still counts
        for phrase in words["arms_trade_phrases"]:
            padded = padded.replace(f" {phrase} ", " ")
        hit = _has(padded, words["not_aid_context"])
    if hit:
        return True
    weak = _has(padded, words["weak_not_aid_context"])
    if weak and any(f" {item} " in padded for item in _items_with_weak_cue(id(words), words)):
        # "has donated demining equipment, field hospitals and funds": the cue is part of an aid
        # item's name, no hospital's running costs; another weak cue still counts
        for item in _items_with_weak_cue(id(words), words):
            padded = padded.replace(f" {item} ", " ")
        weak = _has(padded, words["weak_not_aid_context"])
    return bool(weak and not _has(padded, words["strong_aid_words"]))


_WEAK_ITEMS: dict[int, tuple[str, ...]] = {}


def _items_with_weak_cue(key: int, words: dict) -> tuple[str, ...]:
    """The aid items whose name holds a weak cue of no aid ("field hospitals"), once per vocabulary."""
    found = _WEAK_ITEMS.get(key)
    if found is None:
        weak = set(words["weak_not_aid_context"])
        found = _WEAK_ITEMS[key] = tuple(item for items in words["items"].values() for item in items
                                         if len(item.split()) > 1 and weak.intersection(item.split()))
    return found


def _about_aid(ctx: ArticleContext, words: dict, not_aid: dict[int, bool] | None = None) -> bool:
    """Whether some sentence names Ukraine together with a word of giving or of aid, or tells of
    aid resumed ("the United States lifted the freeze it had placed on security assistance"): a
    pause ended is news about aid already going to Ukraine, whose name the sentence may leave out.

    ``not_aid`` keeps, by sentence index, the :func:`_not_aid` answers this asks, for the caller."""
    ukraine = words["recipient_words"]
    cues = words["aid_cues"]
    to_ukraine = words["to_ukraine"]
    if not_aid is None:
        not_aid = {}
    titles = words["office_titles"]
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        # the cheap tests first; a sentence that passes them counts unless its money is no aid
        if _has(padded, to_ukraine) or (_has(padded, cues) and (_has(padded, ukraine) or any(m.code == "UKR" for m in ctx.actors_in(sent))
                                                                 or _has(padded, words["resumed_aid"]))
                                         and _has(_without_titles(padded, titles), cues)):
            flag = not_aid.get(index)
            if flag is None:
                flag = not_aid[index] = _not_aid(padded, words)
            if not flag and not _background(ctx, sent, padded, words):
                return True
    return False


def _without_titles(padded: str, titles) -> str:
    """The sentence without the office titles that hold a word of aid: "Finance Minister X warned
    of the end of gas transit through Ukraine" names a minister, not money given to Ukraine."""
    if not _has(padded, titles):
        return padded
    for title in titles:
        padded = padded.replace(f" {title} ", " ")
    return padded


# "one of Ukraine's most important backers", "among the biggest donors to Kyiv": a donor's standing
_STANDING = re.compile(r" (?:one of|among) (?:the |its |their |ukraine 's |ukraine ’s |kyiv 's |kyiv ’s )?(?:[a-z-]+ ){0,3}"
                       r"(?:donors|backers|supporters|contributors|allies|providers|partners)"
                       r"(?: (?:to|of|for) (?:ukraine|kyiv|kiev))?(?= )")
_CLAUSE_BREAK = re.compile(r" (?:,|;|:|but|while|whereas|although) ")


def _background(ctx: ArticleContext, sent: Span, padded: str, words: dict) -> bool:
    """Whether a sentence that names Ukraine and a word of aid tells of no support given to it
    (asked only by the article-level test, for the few sentences that pass its cheap tests):
    Ukraine only as the war's place, with no verb of giving ("since Russia's invasion of Ukraine,
    parliament created a support fund"), a private investment fund ("a private equity fund focused on Ukraine"), a
    donor's standing without a verb of giving ("one of Ukraine's most important backers, where
    Western weapons reach Kyiv"), a company that sells ("Thales also supplies Ukraine"), or every
    clause that names aid denied, set apart from it or about Ukrainians hosted at home ("No
    government pledged anything", "It is separate from the aid to Ukraine itself", "hosts of
    Ukrainian refugees will receive £500")."""
    cues = words["background_aid"]
    if _has(padded, cues["private_investment"]):
        return True
    if _has(padded, cues["war_places"]):
        stripped = padded
        for phrase in cues["war_places"]:
            stripped = stripped.replace(f" {phrase} ", " war ")
        if not _has(padded, cues["giving_verbs"]) and not _names_aid_to_ukraine(stripped, words):
            return True
        if _has(stripped, words["recipients"]["own_forces"]) and not _has(stripped, UKRAINE_WORDS):
            # "days after Russian troops crossed into Ukraine, the chancellor announced a €100bn fund for
            # the armed forces": Ukraine only as the war's place, the money for the giver's own forces
            return True
    if _STANDING.search(padded) and (not _has(padded, cues["giving_verbs"]) or not _names_aid_to_ukraine(_STANDING.sub(" ", padded), words)):
        return True  # a standing is no gift, unless the rest of the sentence tells of one
    named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "COMPANY"))
             if m.code not in ("UKR", "RUS")]
    if named and all(m.label == "COMPANY" for m in named) and not ctx.money_in(sent):
        # "Rheinmetall's ammunition business also supplies Ukraine": a sale, no government gives;
        # "Rheinmetall will deliver €300m of shells to Ukraine" may be a government's order
        return True
    # a denial or contrast that names an amount still tells of money given ("the new package is
    # separate from the $45bn in aid for Ukraine approved last month"); Ukrainians hosted at home
    # are no aid to Ukraine, whatever the sum
    # "£50m through UNHCR for Ukrainian refugees in Moldova", "humanitarian aid for refugees": aid, not hosting
    set_apart = (words["negation"], cues["contrasts"]) if _has(padded, cues["aid_abroad"]) else (
        words["negation"], cues["contrasts"], cues["at_home"])
    if not any(_has(padded, ws) for ws in set_apart):
        return False
    if ctx.money_in(sent):
        set_apart = set_apart[2:]
        if not set_apart:
            return False
    # one clause that names aid to Ukraine, and nothing that denies it or sets it apart, is enough
    return not any(_names_aid_to_ukraine(clause, words) and not any(_has(clause, ws) for ws in set_apart)
                   for clause in (f" {c.strip()} " for c in _CLAUSE_BREAK.split(padded)))


def _names_aid_to_ukraine(padded: str, words: dict) -> bool:
    return bool(_has(padded, words["to_ukraine"]) or (_has(padded, words["aid_cues"]) and _has(padded, words["recipient_words"])))


def _buys_a_company(ctx, sent: Span, lo: int, hi: int, words: dict) -> bool:
    """A noun or verb of buying whose object is a company ("purchase of Terran Orbital", "bought a
    Ukrainian drone maker", "a 51% holding in an ammunition firm"); "buy howitzers from a Ukrainian
    manufacturer" buys weapons, the maker only sells them."""
    doc = ctx.doc
    table = tokens(doc)
    buy, nouns = _company_word_sets(words)
    item_starts = None
    for j in range(lo, hi):
        if table.lower[j] not in buy:
            continue
        if any(table.ent[k] == "COMPANY" for k in range(max(lo, j - 4), j)):
            return True  # "Rheinmetall to buy …", "Saab has acquired …": a company buys, no government gives
        for x in range(j + 1, min(hi, j + 7)):
            word = table.lower[x]
            if word in ("from", "for", "to", "with", ",", ";", "by") or table.ent[x] in ("COUNTRY", "ORG", "PERSON"):
                if table.ent[x] in ("COUNTRY",) and word not in ("from", "for", "to", "with", ",", ";", "by"):
                    continue  # "a Ukrainian drone maker"
                break
            if table.ent[x] == "COMPANY" or word in nouns:
                return True
            if table.title[x] and table.lower[x - 1] in ("of", "'s", "’s"):
                # "purchase of Terran Orbital", "to buy Spain's Expal": a name no table knows, and no aid item
                if item_starts is None:
                    item_starts = {it[0] for it in doc.user_data.get("items", [])}
                if x not in item_starts:
                    return True
                break
            if x in (item_starts or ()):
                break
    return False


_COMPANY_SETS: list = []


def _company_word_sets(words: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of buying a company and the company nouns as sets, made once per word list (this
    is asked for every amount in a candidate sentence)."""
    if not _COMPANY_SETS or _COMPANY_SETS[0] is not words:
        _COMPANY_SETS[:] = [words, (frozenset(words["company_purchase_words"]), frozenset(words["company_nouns"]))]
    return _COMPANY_SETS[1]


def _buys_for_itself(doc, lo: int, at: int, hi: int) -> bool:
    """A verb of buying, then "from" a seller, before the amount at ``at`` (tokens [lo, at)), and no
    word of Ukraine from the verb to a few words after the amount (``hi``): "will buy 180 tanks from
    South Korea for $5.8bn" is a purchase, "buys Patriots from the US for $1bn to give to Ukraine" aid."""
    lower = tokens(doc).lower
    buy = next((j for j in range(lo, at) if lower[j] in BUY_VERBS), None)
    if buy is None or "from" not in lower[buy:at]:
        return False
    return not any(w in UKRAINE_WORDS or w == "ukraine's" for w in lower[buy:hi])


# Nouns of a built site whose cost ("The plant, which cost €500m") is a price paid, not a pledge.
FACILITY_NOUNS = frozenset({"plant", "factory", "facility", "site", "line", "works", "warehouse", "depot", "building", "headquarters"})
COST_VERBS = frozenset({"cost", "costs", "costed", "costing"})
# "for refugees in Ukraine", "to Kyiv": the money still goes to Ukraine
_IN_UKRAINE = (" in ukraine ", " inside ukraine ", " within ukraine ", " to ukraine ", " to kyiv ")


def _facility_cost(doc, lo: int, at: int, hi: int) -> bool:
    """A verb of costing, with a built site's noun a few words before it, before the amount at
    ``at`` (tokens [lo, at)), and no word of Ukraine in the clause (up to ``hi``): "The plant,
    which cost around €500m, opened", "the factory was costed at €300m". "Denmark will finance a
    drone factory in Ukraine costing €30m" is aid."""
    lower = tokens(doc).lower
    verb = next((j for j in range(max(lo, at - 4), at) if lower[j] in COST_VERBS), None)
    if verb is None or not any(w in FACILITY_NOUNS for w in lower[max(lo, verb - 6) : verb]):
        return False
    return not any(w in UKRAINE_WORDS or w == "ukraine's" for w in lower[lo:hi])


def _spent_at_home(clause: str, words: dict) -> bool:
    """Money for refugees, hosts or councils at home ("a £500m housing fund for councils to house
    Ukrainian families", "spent CHF 2.5bn on refugees in Switzerland"): a government's spending on
    people it hosts, with no recipient in Ukraine; "aid to Ukraine, including help for refugees" is not."""
    return bool(_has(clause, words["background_aid"]["spent_at_home"])) and not any(p in clause for p in _IN_UKRAINE)


def _for_another_country(ctx, sent: Span, end: int) -> bool:
    """ "The Commission proposed releasing €248m for Poland, the Czech Republic and Hungary": money
    right before "for/to" and a country other than Ukraine, named as a noun (not "for the Czech-led
    initiative"), goes to that country, not to Ukraine."""
    table = tokens(ctx.doc)
    j = end
    if j < sent.end and table.lower[j] in ("in", "of"):
        # "€248m in funding for Poland", "€6bn of cohesion funds for Hungary": the kind of money,
        # up to three words ending in a noun of money, then the country
        nouns = vocab("commitments")["recipients"]["money_nouns"]
        k = next((k for k in range(j + 1, min(j + 4, sent.end)) if table.lower[k] in nouns), None)
        if k is not None and not any(w in UKRAINE_WORDS or not w.isalpha() for w in table.lower[j + 1 : k]):
            j = k + 1
    if j + 1 >= sent.end or table.lower[j] not in ("for", "to"):
        return False
    found = ctx.mentions_in(table.idx[j + 1], sent.end_char, ("COUNTRY",))
    if not found:
        return False
    m = found[0]
    start = j + 2 if table.lower[j + 1] == "the" else j + 1
    if m.start != start or m.code == "UKR":
        return False
    return m.end >= sent.end or table.lower[m.end] in (",", "and", ".", ";", "to", "for", "in", "from", "over", "this", "next")


def _budget_total(doc, sent: Span, start: int, end: int, words: dict) -> bool:
    """ "Among its €524.5bn of spending is … €11.5bn for military support to Ukraine", "a budget of
    €480bn": the whole of a government's budget, of which aid may be one line, is no pledge itself."""
    lower = tokens(doc).lower
    cues = words["budget_totals"]
    # right after the amount (the money span may have taken the "of": "€524.5bn of")
    at = end - 1 if lower[end - 1] == "of" else end
    after = " " + " ".join(lower[at : min(sent.end, at + 4)]) + " "
    before = " " + " ".join(lower[max(sent.start, start - 3) : start]) + " "
    if _has(before, cues["before"]):
        return True
    hit = after.startswith(_spaced(cues["after"]))
    # "its €50bn budget for Ukraine" is the money for Ukraine, not a whole budget
    return bool(hit) and not any(w in UKRAINE_WORDS for w in lower[end : min(sent.end, end + 6)])


def _held_assets(doc, sent: Span, end: int, words: dict) -> bool:
    """ "Tokyo's legal position on the roughly $30 billion immobilised in Japan": a sum of assets held
    somewhere, told right after the amount, is no pledge (what they may fund is told elsewhere)."""
    lower = tokens(doc).lower
    after = " " + " ".join(lower[end : min(sent.end, end + 3)]) + " "
    return after.startswith(_spaced(words["held_assets"]))


_SPACED: dict[int, tuple[object, tuple[str, ...]]] = {}


def _spaced(cues) -> tuple[str, ...]:
    """A vocabulary list as " cue " strings, for one ``str.startswith`` test of them all."""
    hit = _SPACED.get(id(cues))
    # The list is kept in the entry, so its id cannot be reused while the entry lives.
    if hit is None or hit[0] is not cues:
        hit = _SPACED[id(cues)] = (cues, tuple(f" {cue} " for cue in cues))
    return hit[1]

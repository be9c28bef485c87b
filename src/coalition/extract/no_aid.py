"""Money and sentences that are no aid to Ukraine: an article that never says something is given
to it, a sentence about fees, takeovers, fines or trade, a company bought, a government's purchase
for its own forces.

Separate from the commitment finder because these tests decide what is left out, with their own
word lists (``not_aid_context``, ``company_purchase_words``, ``arms_trade_phrases``…), before any
donor or stage is read.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, _has, lower_text, tokens
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
    return bool(_has(padded, words["weak_not_aid_context"]) and not _has(padded, words["strong_aid_words"]))


def _about_aid(ctx: ArticleContext, words: dict, not_aid: dict[int, bool] | None = None) -> bool:
    """Whether some sentence names Ukraine together with a word of giving or of aid.

    ``not_aid`` keeps, by sentence index, the :func:`_not_aid` answers this asks, for the caller."""
    ukraine = words["recipient_words"]
    cues = words["aid_cues"]
    to_ukraine = words["to_ukraine"]
    if not_aid is None:
        not_aid = {}
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        # the cheap tests first; a sentence that passes them counts unless its money is no aid
        if _has(padded, to_ukraine) or (_has(padded, cues) and (_has(padded, ukraine) or any(m.code == "UKR" for m in ctx.actors_in(sent)))):
            flag = not_aid.get(index)
            if flag is None:
                flag = not_aid[index] = _not_aid(padded, words)
            if not flag:
                return True
    return False


def _buys_a_company(ctx, sent: Span, lo: int, hi: int, words: dict) -> bool:
    """A noun or verb of buying whose object is a company ("purchase of Terran Orbital", "bought a
    Ukrainian drone maker", "a 51% holding in an ammunition firm"); "buy howitzers from a Ukrainian
    manufacturer" buys weapons, the maker only sells them."""
    doc = ctx.doc
    table = tokens(doc)
    buy = set(words["company_purchase_words"])
    nouns = set(words["company_nouns"])
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


def _buys_for_itself(doc, lo: int, at: int, hi: int) -> bool:
    """A verb of buying, then "from" a seller, before the amount at ``at`` (tokens [lo, at)), and no
    word of Ukraine from the verb to a few words after the amount (``hi``): "will buy 180 tanks from
    South Korea for $5.8bn" is a purchase, "buys Patriots from the US for $1bn to give to Ukraine" aid."""
    lower = tokens(doc).lower
    buy = next((j for j in range(lo, at) if lower[j] in BUY_VERBS), None)
    if buy is None or "from" not in lower[buy:at]:
        return False
    return not any(w in UKRAINE_WORDS or w == "ukraine's" for w in lower[buy:hi])

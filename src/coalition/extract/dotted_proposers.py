"""A proposer written as a dotted abbreviation joined to its participle: "a U.S.-proposed 30-day
ceasefire", "the U.N.-brokered grain deal", "U.S.-mediated talks on a truce".

American wire copy writes the abbreviations with dots; the tokenizer then keeps "U.S.-proposed" as
one token, which neither the entity rules nor the "US-proposed" reading
(``ceasefire_parties._names_proposal`` with ``proposer_suffixes``) see. The stem before the hyphen
is looked up in the names tables.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab
from coalition.resolve import actors as gazetteer


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    # "- proposed" → "proposed"
    return frozenset(s.split()[-1] for s in vocab("ceasefires")["proposer_suffixes"])


def dotted_proposers(doc, start: int, end: int) -> list[str]:
    """The actors of the clause's dotted compounds ("U.S.-proposed"), in order."""
    text = tokens(doc).text
    out = []
    for i in range(start, end):
        word = text[i]
        if ".-" not in word and ".–" not in word:
            continue
        stem, _, participle = word.replace("–", "-").rpartition("-")
        if participle.lower() not in _participles():
            continue
        code = gazetteer.country_names().get(stem) or gazetteer.organisation_names().get(stem)
        if code and code not in out:
            out.append(code)
    return out

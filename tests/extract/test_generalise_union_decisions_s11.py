"""Eleventh session: the European Union's decisions told as acts of its leaders, ambassadors or
Council, with no stance word (union_decisions.py; dev 223, 374, 406, 407, 422). Made-up sentences;
each positive case fails without the module's wiring."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

UNION = "The European Union met in Brussels on Thursday. "


@pytest.mark.parametrize("text", [
    "EU foreign ministers agreed on Monday a 14th package of sanctions against Russia.",
    "Late on Friday the European Council granted Ukraine the status of a candidate country.",
    "The European Union's 27 leaders agreed on Tuesday to stop buying most of the oil they import from Russia.",
    "The Slovak prime minister stayed away, and the 26 who remained agreed to open accession "
    "negotiations with Ukraine.",
])
def test_the_unions_decision_is_its_support(text):
    assert ("EU", "support") in stances(UNION + text)


@pytest.mark.parametrize("text", [
    "EU ambassadors failed to agree a 14th package of sanctions against Russia.",
    "EU ambassadors have not agreed a 14th package of sanctions against Russia.",
    "The European Union's leaders agreed to lend Ukraine 50 billion euros over four years.",
    # a loan is aid, read by the commitment rules
    "EU finance ministers agreed a loan to Ukraine backed by frozen Russian assets.",
])
def test_no_decision_or_no_target_gives_no_stance(text):
    assert ("EU", "support") not in stances(UNION + text)

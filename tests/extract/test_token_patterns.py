"""The money finder's pattern matcher against spaCy's ``Matcher`` with the same patterns."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from coalition.extract.pipeline import load_pipeline
from coalition.extract.token_patterns import PatternMatcher
from coalition.extract.words import words

TEXTS = [
    "Britain pledged £1.6 billion, and Germany €800bn (£670bn), with SEK 1.2 billion more.",
    "Norway gives NOK5bn and 5bn kroner, Canada C$500m; Japan ¥10bn and 1.6 billion pounds.",
    "A package of $1-2bn, between £1bn and £2bn, up to 40–45 million euros a year, $3 to 4 billion.",
    "Some 300 million Swedish kronor, 2 million US dollars, 12 billion of aid, £3bn of loans.",
    "It cost 7 dollars and 3 GBP 5 m, or five million euros; £ alone, 30 m, and EUR.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_same_matches_as_spacy_matcher(nlp):
    patterns = nlp.get_pipe("coalition_money").parser.token_patterns()
    matcher = Matcher(nlp.vocab)
    for key, key_patterns in patterns.items():
        matcher.add(key, key_patterns, greedy="LONGEST")
    ours = PatternMatcher.compile(patterns)
    assert ours is not None
    for text in TEXTS:
        doc = nlp.make_doc(text)
        cols = words(doc)
        for lo in range(len(doc)):
            for hi in range(lo + 1, len(doc) + 1):
                expected = sorted((lo + s, lo + e) for _, s, e in matcher(doc[lo:hi]))
                assert sorted(ours(cols, lo, hi)) == expected, (text, lo, hi)


def test_unsupported_pattern_is_left_to_spacy():
    assert PatternMatcher.compile({"X": [[{"LIKE_NUM": True, "OP": "+"}]]}) is None
    assert PatternMatcher.compile({"X": [[{"POS": "NOUN"}]]}) is None
    assert PatternMatcher.compile({"X": [[{"LOWER": {"IN": ["a"]}}, {"LIKE_NUM": True}]]}) is not None

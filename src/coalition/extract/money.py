"""Amounts of money: token patterns, parsing, and how amounts relate to each other.

"£1.6 billion", "£30m", "€800bn", "$3.1 billion", "SEK 1.2 billion",
"5 billion kroner", "¥10bn", "C$500m", "NOK 5bn", "1.6 billion pounds".
A conversion in parentheses ("€800bn (£670bn)") is the same amount, not a
second one; "between £1bn and £2bn" and "$1-2bn" are ranges; "up to",
"more than" and "about" qualify an amount; "a year" makes it annual.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from pathlib import Path

from spacy.tokens import Doc, Span

from coalition.extract.context import doc_text, vocab
from coalition.extract.words import words

# Two-token currency words: an adjective of nationality before a currency word.
CURRENCY_ADJECTIVES = ["Swedish", "Norwegian", "Danish", "Canadian", "Australian", "US", "U.S.", "Swiss", "Czech", "New"]


@dataclass
class Money:
    amount: float
    currency: str  # ISO 4217, or "NOK_OR_DKK"-style placeholders resolved later by the donor
    qualifier: str = "exact"
    amount_max: float | None = None
    per: str | None = None
    conversion_of: tuple[int, int] | None = None  # (start, end) of the amount this converts
    conversions: list[tuple[float, str]] = field(default_factory=list)
    start_char: int = 0
    end_char: int = 0
    range_with: tuple[int, int] | None = None  # the upper bound's span, folded into this one
    # "raising the frame from NOK 75bn to NOK 135bn": the old figure of a change, no amount of its own
    superseded: bool = False

    @property
    def value(self) -> int | float:
        return as_number(self.amount)


def _before_aside(lowers: list[str], end: int, width: int = 10) -> list[str]:
    """The ``width`` words before ``end``, an aside between dashes just before it left out: "lifts the
    Ukraine line – the only line for a foreign country – from €80m to €90m" keeps its verb of change."""
    lo = max(0, end - width)
    if end > 0 and lowers[end - 1] in ("–", "—", "-"):
        opening = next((j for j in range(end - 2, max(-1, end - 30), -1) if lowers[j] in ("–", "—", "-")), None)
        if opening is not None:
            return lowers[max(0, opening - width) : opening]
    return lowers[lo:end]


def as_number(value: float) -> int | float:
    """Whole amounts as int (1600000000, not 1.6e9)."""
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


class MoneyParser:
    def __init__(self, vocab: dict):
        self.symbols: dict[str, str] = vocab["symbols"]
        self.codes: list[str] = vocab["codes"]
        self.words: dict[str, str] = vocab["words"]
        self.scales: dict[str, float] = vocab["scales"]
        self.number_words: dict[str, float] = vocab["number_words"]
        self.qualifiers: dict[str, str] = vocab["qualifiers"]
        self.change_words = frozenset(vocab["change_words"])
        self.vague_counts = frozenset(vocab["vague_counts"])
        self.single_words = {w for w in self.words if " " not in w}
        self.lower_words = {w.lower(): c for w, c in self.words.items()}

    @classmethod
    def from_file(cls, path: Path) -> "MoneyParser":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def token_patterns(self) -> dict[str, list[list[dict]]]:
        symbol = {"ORTH": {"IN": sorted(self.symbols)}}
        code = {"ORTH": {"IN": self.codes}}
        number = {"LIKE_NUM": True}
        scale = {"LOWER": {"IN": sorted(self.scales)}}
        opt_scale = {"LOWER": {"IN": sorted(self.scales)}, "OP": "?"}
        word = {"LOWER": {"IN": sorted(w.lower() for w in self.single_words)}}
        adjective = {"ORTH": {"IN": CURRENCY_ADJECTIVES}}
        dash = {"ORTH": {"IN": ["-", "–", "to"]}}
        # "100–110" written without spaces is one token.
        joined = {"TEXT": {"REGEX": r"^\d[\d.,]*[–-]\d[\d.,]*$"}}
        # "half a billion kronor", "half a million euros": a fraction written out before the scale
        half = [{"LOWER": "half"}, {"LOWER": "a"}]
        return {
            "SYMBOL": [
                [symbol, number, opt_scale],
                [symbol, number, dash, number, opt_scale],
                [symbol, number, scale, {"LOWER": "of"}],
                [symbol, joined, opt_scale],
            ],
            "CODE": [[code, number, opt_scale], [code, number, dash, number, opt_scale]],
            "WORD": [
                [number, opt_scale, word],
                [number, opt_scale, adjective, word],
                [number, dash, number, scale, word],
                [number, opt_scale, code],
                [joined, opt_scale, word],
                [joined, opt_scale, code],
                half + [scale, word],
                half + [scale, adjective, word],
            ],
        }

    def parse(self, span: Span) -> Money | None:
        # the document's word columns, not a Token object per word
        word = words(span.doc)
        lowers, texts, like_num = word.lower, word.text, word.like_num
        tokens = [k for k in range(span.start, span.end) if lowers[k] != "of"]
        currency = None
        numbers: list[Decimal] = []
        scale = 1.0
        for i, token in enumerate(tokens):
            text = texts[token]
            if lowers[token] == "half" and i + 1 < len(tokens) and lowers[tokens[i + 1]] == "a" and not numbers:
                numbers.append(Decimal("0.5"))  # "half a billion kronor"
            elif lowers[token] == "a" and i and lowers[tokens[i - 1]] == "half":
                continue
            elif text in self.symbols and currency is None:
                currency = self.symbols[text]
            elif text in self.codes:
                currency = text
            elif _JOINED_RANGE.match(text):
                low, high = _JOINED_RANGE.match(text).groups()
                for part in (low, high):
                    value = _number(part, self.number_words)
                    if value is None:
                        return None
                    numbers.append(value)
            elif like_num[token] and text.lower() not in self.scales:
                value = _number(text, self.number_words)
                if value is None:
                    return None
                numbers.append(value)
            elif text.lower() in self.scales and numbers:
                scale = self.scales[text.lower()]
            elif text in CURRENCY_ADJECTIVES and i + 1 < len(tokens):
                pair = f"{text} {texts[tokens[i + 1]]}"
                if pair in self.words:
                    currency = self.words[pair]
            elif text.lower() in self.lower_words and currency is None:
                currency = self.lower_words[text.lower()]
        if currency is None or not numbers:
            return None
        first = next(k for k in tokens if like_num[k] or _JOINED_RANGE.match(texts[k]) or lowers[k] == "half")
        if span.start > 0 and lowers[span.start - 1] in self.vague_counts and not texts[first][0].isdigit():
            # "worth several hundred million dollars", "a few hundred thousand euros": a size told
            # only roughly, no amount (read as 100m it would be a pledge of its own)
            return None
        # "$1" alone, or "m" read as a scale after a bare number, is rarely money in news:
        # we keep amounts of at least a thousand.
        amount = float(numbers[0]) * scale
        if amount < 1000:
            return None
        # ``span.start_char`` and ``span.end_char``, from the offsets
        start_char, end_char = word.idx[span.start], word.idx[span.end - 1] + len(texts[span.end - 1])
        money = Money(amount, currency, start_char=start_char, end_char=end_char)
        if len(numbers) == 2:
            money.amount_max = float(numbers[1]) * scale
            money.qualifier = "range"
        return money

    def link(self, doc: Doc, spans: list[Span], values: dict) -> None:
        """Qualifiers, ranges, annual amounts and conversions: what the words around an amount say of it."""
        if not spans:
            return
        previous: Span | None = None
        # The text of the few tokens around each amount, cut from the document's text by the
        # token offsets: ``Span.text`` builds a Token object per word.
        n = len(doc)
        text = doc_text(doc)  # kept beside the tokens by ``extract``: ``doc.text`` joins every token
        word = words(doc)
        idx, texts, lowers = word.idx, word.text, word.lower

        def text_of(a: int, b: int) -> str:
            # ``doc[a:b].text`` for 0 <= a: the bounds clamped as spaCy clamps a slice
            a = min(n, a)
            b = min(n, max(a, b))
            if b <= a:
                return ""
            return text[idx[a] : idx[b - 1] + len(texts[b - 1])]

        for span in spans:
            money = values[(span.start, span.end)]
            before_text = " " + text_of(max(0, span.start - 3), span.start).lower() + " "
            for phrase, qualifier in self.qualifiers.items():
                if before_text.endswith(" " + phrase + " "):
                    if money.qualifier == "exact":
                        money.qualifier = qualifier
                    break
            after = text_of(span.end, span.end + 3).lower()
            if after.startswith(("a year ", "a month ")) and after.split()[2] in TIME_AFTER_PERIOD:
                pass  # "paying out the first €3bn a month after the deal": a time, not a rate
            elif after.startswith(("a year", "per year", "annually", "each year", "every year", "a-year", "per annum")):
                money.per = "year"
            elif after.startswith(("a month", "per month", "each month", "every month")):
                money.per = "month"
            if previous is not None:
                prev_money = values[(previous.start, previous.end)]
                gap_len = max(0, min(n, span.start) - min(n, previous.end))  # len(doc[previous.end : span.start])
                gap_text = text_of(previous.end, span.start).strip().lower()
                if gap_text in CONVERSION_GAPS or gap_text in ("(", "( about", "( around", "( roughly", "( approximately", "( some", "( nearly", "or", "or about", "or around", "/", ", or", ", or about", "or roughly") or (
                    gap_text.startswith("(") and gap_len <= 3
                ) or (money.currency != prev_money.currency and (_EQUIVALENT_GAP.match(gap_text) or (
                    gap_len <= 8 and (_EQUIVALENT_TAIL.search(gap_text) or _LATER_PARENTHESIS.match(gap_text)))
                        or _REFERENT_GAP.search(gap_text[-40:]))):
                    root = prev_money.conversion_of or (previous.start, previous.end)
                    money.conversion_of = root
                    values[root].conversions.append((money.amount, money.currency))
                elif gap_text == "to" and lowers[max(0, previous.start - 1)] == "from" and self.change_words.intersection(
                        _before_aside(lowers, previous.start - 1)):
                    prev_money.superseded = True  # "raised … from £1bn to £2bn": a change, not a range
                elif (gap_text in ("and", "to", "-", "–") and lowers[max(0, previous.start - 1)] in ("between", "from")) or (
                        gap_text in ("to", "-", "–") and _bare_range(self, lowers, previous.start, prev_money, money)):
                    # "between $125m and $250m"; "the $4 billion to $5 billion of authority": one sum, a range
                    prev_money.amount_max = money.amount
                    prev_money.qualifier = "range"
                    prev_money.range_with = (span.start, span.end)
                    money.conversion_of = (previous.start, previous.end)
                else:
                    # not tied to the amount before (an earlier sentence's): its own bare lower bound
                    self._range_before(doc, span, money)
            else:
                self._range_before(doc, span, money)
            previous = span

    def _range_before(self, doc: Doc, span: Span, money: Money) -> None:
        """ "between 2.5 billion and 3 billion euros": the lower bound has no currency of its own."""
        i = span.start
        word = words(doc)
        lowers, texts, like_num = word.lower, word.text, word.like_num
        if i < 4 or lowers[i - 1] not in ("and", "to", "-", "–"):
            return
        # token positions: "between 2.5 billion and", or "between 2.5 and"
        scale_at, num_at, cue_at = i - 2, i - 3, i - 4
        if lowers[scale_at] in self.scales and like_num[num_at]:
            pass
        elif like_num[scale_at]:
            scale_at, num_at, cue_at = None, scale_at, i - 3
        else:
            return
        if lowers[cue_at] not in ("between", "from"):
            return
        low = _number(texts[num_at], self.number_words)
        if low is None:
            return
        scale = self.scales[lowers[scale_at]] if scale_at is not None else _scale_of(money.amount)
        low_amount = float(low) * scale
        if 0 < low_amount < money.amount:
            money.amount_max, money.amount, money.qualifier = money.amount, low_amount, "range"


# "€3bn a month after the deal", "$1bn a year ago": the word after "a year" / "a month" that makes it a time.
TIME_AFTER_PERIOD = frozenset(("after", "ago", "later", "earlier", "since", "into"))


def _bare_range(finder, lowers: list[str], start: int, low: Money, high: Money) -> bool:
    """ "$4 billion to $5 billion" with no "between" or "from": a range when both bounds are in one
    currency, rising, and no verb of change or "by" stands before the first ("raised it by $1bn to
    $2bn" is a change and the total after it)."""
    if low.currency != high.currency or not 0 < low.amount < high.amount or low.conversion_of is not None:
        return False
    if start > 0 and lowers[start - 1] == "by":
        return False
    return not finder.change_words.intersection(_before_aside(lowers, start))


# Gaps between an amount and its conversion: "¥471.9bn, roughly $3bn".
CONVERSION_GAPS = (", roughly", ", about", ", around", ", approximately", ", or about", ", or roughly", ", or around", ", some", ", nearly", ", or")
# "€94m – about $101.7m –", "€94m, equivalent to $101.7m", "€94m (equal to about $101.7m)": another
# currency after a dash, or after words of equivalence, is the same amount converted.
_QUALIFIED = (r"(?:about|around|roughly|approximately|approx\.|some|nearly|almost|circa|c\.|just over|just under"
              r"|a little over|a little under|a little more than|slightly over|slightly more than|more than|over)")
_EQUIVALENT = r"(?:(?:or|which is|that is|equivalent to|equal to|worth)\s*)"
_EQUIVALENT_GAP = re.compile(rf"^(?:[–—-]\s*{_EQUIVALENT}?{_QUALIFIED}?|[,(]\s*(?:{_EQUIVALENT}{_QUALIFIED}?|{_QUALIFIED}))$")
# "a SEK 13bn package for Ukraine, worth about $1.2bn": a few words on, another currency after
# a word of equivalence is still the same amount converted.
_EQUIVALENT_TAIL = re.compile(rf"[,(]\s*(?:or|which is|that is|equivalent to|equal to|worth)\s*{_QUALIFIED}?$")
# "has promised to match that sum (about $2.8bn)": another currency in parentheses right after a
# noun that points back to money converts the amount before it, however far back (issue: a past
# total converted after "that sum" came out as a second pledge in dollars).
# "NOK 85bn for Ukraine in 2026 (around €7.2bn)": a hedged sum in another currency in parentheses a
# few words on, with no comma or clause between, converts the amount before it.
_LATER_PARENTHESIS = re.compile(rf"^[^,;()]*\(\s*{_QUALIFIED}$")
_REFERENT_GAP = re.compile(rf"\b(?:that|this|the same|a similar|the) (?:sum|amount|figure|total)\s*\(\s*{_QUALIFIED}?$")
_JOINED_RANGE = re.compile(r"^(\d[\d.,]*)[–-](\d[\d.,]*)$")


def _scale_of(amount: float) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if amount >= scale:
            return scale
    return 1.0


def _number(text: str, words: dict[str, float]) -> Decimal | None:
    cleaned = text.replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    if cleaned.lower() in words:
        return Decimal(str(words[cleaned.lower()]))
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def currency_country(currency: str | None) -> str | None:
    """The one country whose national currency ``currency`` is (not the US dollar): a sum in
    "SEK 500m" with no donor named is Sweden's."""
    return _currency_owners().get(currency)


@lru_cache(maxsize=1)
def _currency_owners() -> dict[str, str]:
    owners: dict[str, list[str]] = {}
    for country, currency in vocab("money")["country_currency"].items():
        owners.setdefault(currency, []).append(country)
    return {cur: codes[0] for cur, codes in owners.items() if len(codes) == 1 and cur != "USD"}

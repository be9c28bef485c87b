"""The rewrites of the metamorphic benchmark (``benchmarks/metamorphic.py``): each dev-set article
changed in a way whose effect on the facts is known in advance.

Each transformation is a function ``(text, doc) -> Variant | Skip | None``: the edits it makes (as
``Edit`` spans of the original text) and the effect they must have on the facts (``Variant.codes``,
``Variant.currencies``); ``Skip`` says why an article it would change is left alone, ``None`` that
there was nothing to change. ``TRANSFORMATIONS`` names them for ``--only``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache


# --- edits ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str


@dataclass
class Variant:
    """A rewrite of one article and its expected effect on the facts."""

    text: str
    edits: list[Edit]
    codes: dict[str, str] = field(default_factory=dict)  # actor code -> its code in the rewrite
    currencies: dict[str, str] = field(default_factory=dict)  # currency -> its currency in the rewrite
    note: str = ""


@dataclass
class Skip:
    """An article a transformation would change but leaves alone, and why."""

    reason: str


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < pos:
            continue  # overlapping: the first one wins
        out.append(text[pos:edit.start])
        out.append(edit.new)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def _clean(edits: list[Edit]) -> list[Edit]:
    kept, pos = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start >= pos:
            kept.append(edit)
            pos = edit.end
    return kept


def map_string(value: str | None, original: str, edits: list[Edit], near: int = 0) -> str | None:
    """A string taken from the original text (a quote, a name) as the rewrite writes it: the
    edits inside its occurrence (the one nearest ``near``) applied; else each edit's old text
    replaced wherever it occurs in the string (not a space or a single mark: a name the
    extractor writes its own way, "F-16 training coalition", keeps its hyphen)."""
    if not value or not edits:
        return value
    at = original.find(value, max(0, near - 2000))
    if at < 0:
        at = original.find(value)
    if at >= 0:
        inside = [Edit(e.start - at, e.end - at, e.new) for e in edits if at <= e.start and e.end <= at + len(value)]
        return apply_edits(value, inside)
    for edit in edits:
        old = original[edit.start:edit.end]
        if len(old.strip()) > 1 and old in value:  # not a space or a mark alone: "F-16" keeps its hyphen
            value = value.replace(old, edit.new)
    return value


# --- the pipeline's own view of an article --------------------------------------------------------

def annotated(nlp, text: str):
    """The annotated ``Doc`` of a text, as ``extract`` builds it (money spans and values included)."""
    from coalition.extract import _make_doc

    doc = _make_doc(nlp, text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


# --- a. currency formats --------------------------------------------------------------------------

SCALES = ((1e12, "tn", "trillion"), (1e9, "bn", "billion"), (1e6, "m", "million"))
# Ways outlets write an amount in each currency ({n} the number, {s} the short scale, {S} the long).
FORMATS = {
    "GBP": ("£{n}{s}", "{n} {S} pounds", "GBP {n} {S}", "£{n} {S}"),
    "EUR": ("€{n}{s}", "EUR {n}{s}", "{n} {S} euros", "€{n} {S}"),
    "USD": ("US${n}{s}", "USD {n} {S}", "{n} {S} US dollars"),
    "DOLLAR": ("${n}{s}", "{n} {S} dollars", "${n} {S}"),
    "NOK": ("NOK {n}{s}", "{n} {S} Norwegian kroner", "NOK{n}{s}"),
    "DKK": ("DKK {n}{s}", "{n} {S} Danish kroner", "DKK{n}{s}"),
    "SEK": ("SEK {n}{s}", "{n} {S} Swedish kronor", "SEK{n}{s}"),
    "NOK_OR_DKK": ("{n}{s} kroner", "{n} {S} kroner"),
    "CAD": ("C${n}{s}", "CAD {n} {S}", "{n} {S} Canadian dollars"),
    "AUD": ("A${n}{s}", "AUD {n} {S}", "{n} {S} Australian dollars"),
    "JPY": ("¥{n}{s}", "{n} {S} yen", "JPY {n} {S}"),
    "PLN": ("PLN {n} {S}", "{n} {S} zlotys"),
    "CZK": ("CZK {n} {S}", "{n} {S} Czech crowns"),
    "CHF": ("CHF {n} {S}", "{n} {S} Swiss francs"),
}
CODE_FORMATS = ("{code} {n} {S}", "{n}{s} {code}")


def _number(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text


def render_amount(amount: float, currency: str, choice: int) -> list[str]:
    """The ways of writing ``amount`` in ``currency``, starting from the ``choice``-th."""
    for scale, short, long in SCALES:
        if amount >= scale:
            n, s, S = _number(amount / scale), short, long
            break
    else:
        n, s, S = f"{int(amount):,}" if amount == int(amount) else f"{amount:,.2f}", "", ""
    formats = FORMATS.get(currency) or (CODE_FORMATS if re.fullmatch(r"[A-Z]{3}", currency) else ())
    out = []
    for k in range(len(formats)):
        fmt = formats[(choice + k) % len(formats)]
        out.append(" ".join(fmt.format(n=n, s=s, S=S, code=currency).split()))
    return out


def rewrite_currency(text: str, doc) -> Variant | Skip | None:
    from coalition.extract.words import words

    word = words(doc)
    values = doc.user_data.get("money") or {}
    edits = []
    for k, span in enumerate(doc.spans.get("money", [])):
        money = values.get((span.start, span.end))
        if money is None or money.amount_max is not None or money.range_with is not None or money.qualifier == "range":
            continue
        conv = money.conversion_of
        if conv is not None and values.get(conv) is not None and values[conv].range_with == (span.start, span.end):
            continue
        end_tok = span.end
        if word.lower[end_tok - 1] == "of":
            end_tok -= 1
        start, end = word.idx[span.start], word.idx[end_tok - 1] + len(word.text[end_tok - 1])
        old = text[start:end]
        if re.search(r"\d[–-]\d", old):
            continue
        # the k-th amount takes the k-th way after its own, from a start the article's length picks:
        # over the set, each way comes first in some articles
        for new in render_amount(money.amount, money.currency, k + 1 + len(text) % 4):
            if new != old:
                edits.append(Edit(start, end, new))
                break
    return Variant(apply_edits(text, edits), edits) if edits else None


# --- b. country swap ------------------------------------------------------------------------------

# Countries of the same kind, each swapped for the other when the article names only one of them.
PAIRS = (("NOR", "DNK"), ("NLD", "BEL"), ("LTU", "LVA"), ("EST", "LVA"), ("EST", "LTU"),
         ("CAN", "AUS"), ("ESP", "ITA"), ("PRT", "GRC"))
# A country's own currency, written as a code or symbol, goes with it.
CURRENCIES = {"NOR": ("NOK", ()), "DNK": ("DKK", ()), "CAN": ("CAD", ("C$", "CA$")), "AUS": ("AUD", ("A$", "AU$"))}


@lru_cache(maxsize=None)
def country_forms(code: str) -> dict[str, list[str]]:
    """The written forms of a country by kind (name, official, short, demonym, demonyms, capital,
    institution), read from the gazetteers (pycountry, country-converter, country_aliases.tsv)."""
    import pycountry

    from coalition.resolve import actors as gazetteer

    kinds: dict[str, str] = {}
    for row in gazetteer.read_table(gazetteer.DATA / "country_aliases.tsv"):
        if row[1] == code:
            kind = row[2] if len(row) > 2 else "short"
            if kind == "demonym" and row[0].endswith("s") and not row[0].endswith("ss"):
                kind = "demonyms"
            kinds[row[0]] = kind
    country = pycountry.countries.get(alpha_3=code)
    official = getattr(country, "official_name", None) if country else None
    out: dict[str, list[str]] = {}
    for name, c in gazetteer.country_names().items():
        if c != code:
            continue
        kind = kinds.get(name) or ("official" if name == official or " of " in name else "name")
        if kind == "short" and (name.startswith("the ") or name in ("Netherlands",)):
            kind = "name"
        out.setdefault(kind, []).append(name)
    if code in CURRENCIES:
        iso, symbols = CURRENCIES[code]
        out["currency"] = [iso]
        out["symbol"] = list(symbols)
    return out


def _preferred(code: str, kind: str) -> str | None:
    forms = country_forms(code).get(kind) or []
    if kind == "short" and not forms:
        forms = country_forms(code).get("name") or []
    if kind == "name":
        # "the Netherlands", written with its article, before the bare name
        forms = sorted(forms, key=lambda f: (not f.startswith("the "), len(f)))
    else:
        forms = sorted(forms, key=len)
    return forms[0] if forms else None


@lru_cache(maxsize=None)
def _people_of(code: str) -> tuple[str, ...]:
    from coalition.resolve import actors as gazetteer

    names = set()
    for row in gazetteer.read_table(gazetteer.DATA / "people.tsv"):
        row += [""] * (3 - len(row))
        if row[2] == code:
            names.add(row[0].split(" (")[0])
            names.update(a for a in row[1].split("|") if a)
    names.update(phrase for phrase, (_, actor) in gazetteer.roles().items() if actor == code)
    return tuple(sorted(names, key=len, reverse=True))


def _pattern(forms: list[str]) -> re.Pattern:
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        head = re.escape(form)
        if form[:1].islower():  # "the Netherlands" also at a sentence's start
            head = f"[{form[0]}{form[0].upper()}]" + re.escape(form[1:])
        tail = r"(?!\w)" if form[-1:].isalnum() else ""
        alternatives.append(r"(?<!\w)" + head + tail)
    return re.compile("|".join(alternatives))


def _names(text: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            return name
    return None


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"'“‘")
    return not before or before[-1] in ".!?:\n"


def swap_country(text: str, doc, facts: list[dict] | None = None) -> Variant | Skip | None:
    named = {}
    for a, b in PAIRS:
        for old in (a, b):
            if old not in named:
                forms = [f for fs in country_forms(old).values() for f in fs if fs]
                named[old] = bool(forms) and _pattern(forms).search(text) is not None
    actors = Counter()
    for fact in facts or []:
        for key in ("donor", "actor"):
            if fact.get(key):
                actors[fact[key]] += 1
        for key in ("proposers", "leads", "members"):
            for code in fact.get(key) or []:
                actors[code] += 1
    options = [(old, new) for a, b in PAIRS for old, new in ((a, b), (b, a)) if named[old] and not named[new]]
    if not options:
        return None
    options.sort(key=lambda pair: -actors[pair[0]])  # stable: a fact's country first
    reasons = []
    for old, new in options:
        person = _names(text, _people_of(old)) or _names(text, _people_of(new))
        if person:
            reasons.append(f"{old}->{new}: named through a person or role ({person})")
            continue
        old_forms, edits, missing = country_forms(old), [], None
        by_form = {f: kind for kind, fs in old_forms.items() for f in fs}
        pattern = _pattern(list(by_form))
        for m in pattern.finditer(text):
            found = m.group(0)
            kind = by_form.get(found) or by_form.get(found[0].lower() + found[1:])
            if kind in ("currency", "symbol"):
                replacement = {"currency": CURRENCIES[new][0], "symbol": (CURRENCIES[new][1] or ("",))[0]}[kind]
            else:
                replacement = _preferred(new, kind)
            if not replacement:
                missing = f"{old}->{new}: no {kind} form to write for {found!r}"
                break
            if found[:1].isupper() and replacement[:1].islower() and _sentence_start(text, m.start()):
                replacement = replacement[0].upper() + replacement[1:]
            if found[:1].isupper() and replacement.startswith("the ") and text[max(0, m.start() - 4):m.start()].lower() == "the ":
                replacement = replacement[4:]
            edits.append(Edit(m.start(), m.end(), replacement))
        if missing:
            reasons.append(missing)
            continue
        if not edits:
            continue
        currencies = {}
        if old in CURRENCIES and new in CURRENCIES:
            currencies = {CURRENCIES[old][0]: CURRENCIES[new][0]}
        return Variant(apply_edits(text, edits), edits, codes={old: new}, currencies=currencies, note=f"{old}->{new}")
    return Skip("; ".join(reasons)) if reasons else None


# --- c. quote marks -------------------------------------------------------------------------------

DOUBLE_CLOSERS = {"“": "”", '"': '"', "„": "“"}


def _double_quotes(text: str):
    from coalition.extract.quotes import find_quotes

    for quote in find_quotes(text):
        opener = text[quote.open_mark]
        if opener not in DOUBLE_CLOSERS:
            continue
        closed = quote.close_mark < len(text) and text[quote.close_mark] == DOUBLE_CLOSERS[opener]
        yield quote, opener, closed


def swap_quote_marks(text: str, doc) -> Variant | None:
    edits = []
    for quote, opener, closed in _double_quotes(text):
        if opener == "„":
            continue
        straight = opener == '"'
        edits.append(Edit(quote.open_mark, quote.open_mark + 1, "“" if straight else '"'))
        if closed:
            edits.append(Edit(quote.close_mark, quote.close_mark + 1, "”" if straight else '"'))
    edits = _clean(edits)
    return Variant(apply_edits(text, edits), edits) if edits else None


def single_quote_marks(text: str, doc) -> Variant | None:
    edits = []
    for quote, opener, closed in _double_quotes(text):
        inner = text[quote.start:quote.end]
        if opener == "„" or re.search("[\"“”«»„‘]", inner) or re.search(r"(?:^|\W)['’]|['’](?:\W|$)", inner):
            continue  # a quote inside, or a mark at a word's edge that could read as one
        curly = opener == "“"
        edits.append(Edit(quote.open_mark, quote.open_mark + 1, "‘" if curly else "'"))
        if closed:
            edits.append(Edit(quote.close_mark, quote.close_mark + 1, "’" if curly else "'"))
    edits = _clean(edits)
    return Variant(apply_edits(text, edits), edits) if edits else None


# --- d. dashes and spaces -------------------------------------------------------------------------

_SPACED_EN = re.compile(r"(?<=\S) – (?=\S)")
_SPACED_EM = re.compile(r"(?<=\S) — (?=\S)")
_UNSPACED_EM = re.compile(r"(?<=\w)—(?=\w)")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")  # "2025-26", "€1-2bn", "100-110 tanks"
_CAPITAL_HYPHEN = re.compile(r"\b([A-Z][A-Za-z.]{0,20})(-)([A-Z][A-Za-z]+)\b")


def _country_compounds(text: str) -> list[Edit]:
    """ "UK-French", "German-Dutch": a hyphen between two country forms, an en dash (as in "UK–French");
    a hyphen in a name ("Kosiniak-Kamysz", "Secretary-General") stays."""
    from coalition.resolve.actors import country_names

    names = country_names()
    return [Edit(m.start(2), m.end(2), "–") for m in _CAPITAL_HYPHEN.finditer(text)
            if m.group(1) in names and m.group(3) in names]


def vary_dashes(text: str, doc) -> Variant | None:
    edits = [Edit(m.start(), m.end(), "—") for m in _SPACED_EN.finditer(text)]
    edits += [Edit(m.start(), m.end(), " – ") for m in _SPACED_EM.finditer(text)]
    edits += [Edit(m.start(), m.end(), " – ") for m in _UNSPACED_EM.finditer(text)]
    edits += [Edit(m.start(), m.end(), " – ") for m in _SPACED_HYPHEN.finditer(text)]
    edits += _country_compounds(text)
    edits += [Edit(m.start(), m.end(), "–") for m in _DIGIT_HYPHEN.finditer(text)]
    edits = _clean(edits)
    return Variant(apply_edits(text, edits), edits) if edits else None


_AMOUNT_GAP = re.compile(r"(?<=\d) (?=[A-Za-z])|(?<=\d)(?=(?:bn|m|tn|million|billion)\b)|(?<=[A-Z]{3}) (?=\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def vary_spaces(text: str, doc) -> Variant | None:
    from coalition.extract.words import words

    word = words(doc)
    edits = []
    for span in doc.spans.get("money", []):
        start, end = word.idx[span.start], word.idx[span.end - 1] + len(word.text[span.end - 1])
        chunk = text[start:end]
        for m in _AMOUNT_GAP.finditer(chunk):
            edits.append(Edit(start + m.start(), start + m.end(), "\u00a0"))
        for m in _THOUSANDS.finditer(chunk):
            edits.append(Edit(start + m.start(), start + m.end(), "\u202f"))
    for m in _SPACED_EN.finditer(text):
        edits.append(Edit(m.start(), m.end(), "\u2009–\u2009"))
    edits = _clean(edits)
    return Variant(apply_edits(text, edits), edits) if edits else None


TRANSFORMATIONS = {
    "currency": rewrite_currency,
    "country": swap_country,
    "quotes": swap_quote_marks,
    "single-quotes": single_quote_marks,
    "dashes": vary_dashes,
    "spaces": vary_spaces,
}

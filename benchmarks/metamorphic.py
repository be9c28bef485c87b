"""Metamorphic robustness of ``coalition.extract.extract``: each dev-set article is rewritten in
ways whose effect on the facts is known in advance, and the facts of the rewrite are compared
with the original's facts mapped through that effect.

    python benchmarks/metamorphic.py                    # a table per transformation
    python benchmarks/metamorphic.py --articles 001-100 # only these articles
    python benchmarks/metamorphic.py --only currency    # one transformation
    python benchmarks/metamorphic.py --verbose          # and each broken fact with its evidence
    python benchmarks/metamorphic.py --json             # the figures as JSON

No annotation is needed: the original extraction is the reference, so the figures say how much
of what the rules find survives text they were not written against, not whether it is right.

Transformations (each a function from an article to a ``Variant``: its edits and the expected
effect on facts; the effects are all in ``Variant.codes`` and ``Variant.currencies``):

- ``currency``: every amount the pipeline finds (``doc.spans["money"]``, values in
  ``doc.user_data["money"]``) is rewritten in another way outlets write the same amount
  ("£1.6bn" -> "1.6 billion pounds" -> "GBP 1.6 billion"; "$500m" -> "500 million dollars";
  "NOK 5bn" -> "5 billion Norwegian kroner"). Ranges are left alone. Effect: none.
- ``country``: one country of a pair of the same kind (Norway/Denmark, Netherlands/Belgium, the
  Baltic states, Canada/Australia, Spain/Italy, Portugal/Greece) that the article names, when
  the other is never named, is replaced by the other in every form the gazetteers give
  (name, short and official name, demonym, plural demonym, capital, parliament, currency code
  or symbol), each form by the other country's form of the same kind. Articles are skipped when
  the country is also named through its people (a name in ``people.tsv``) or a role, or when a
  form has no counterpart of its kind in the other country (The Hague: Brussels is the EU's).
  Effect: the old country's code becomes the new one in every actor, donor, recipient, proposer,
  lead and member, and its currency the other's.
- ``quotes``: straight double quotes become curly and curly straight. Effect: none.
- ``single-quotes``: double-quoted quotes written with single marks, as British outlets do
  (‘…’, supported by ``extract/quotes.py``); quotes holding another quotation mark are left.
  Effect: none.
- ``dashes``: spaced en dashes become unspaced em dashes, em dashes spaced en dashes, spaced
  hyphens spaced en dashes, and a hyphen joining two country forms an en dash ("UK-French" ->
  "UK–French"; not in a name: "Kosiniak-Kamysz", "Secretary-General"), and a hyphen between digits
  an en dash ("2025–26", "€1–2bn"). Effect: none.
- ``spaces``: non-breaking spaces inside amounts ("£1.6\\u00a0bn", "1.6\\u00a0billion",
  "NOK\\u00a05bn"), narrow no-break spaces as thousands separators ("500\\u202f000"), thin
  spaces around spaced dashes. Effect: none.

Facts are compared by a key without evidence offsets, confidence or package indexes: kind,
actor/donor/recipient/proposer codes, amount, maximum, currency, qualifier, period, category,
status, stance and target, mission, speaker, role, quote, scope, duration, coalition name,
leads and members. Strings taken from the text (quote, speaker, role, coalition name) are
mapped through the rewrite's own edits. An article's facts are compared as multisets: a fact
of the original whose mapped key the rewrite does not give is lost; a fact of the rewrite that
no original fact accounts for is gained. Articles a transformation does not change are not
counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


def use_this_checkout() -> None:
    """Import ``coalition`` from this checkout's ``src``, whatever an editable install points at."""
    src = str(REPO / "src")
    if (REPO / "src" / "coalition").is_dir() and sys.path[:1] != [src]:
        sys.path.insert(0, src)


def _accuracy():
    """``benchmarks/accuracy.py``, beside this script, for its article ranges."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import accuracy

    return accuracy


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

CURLY = {'"': ("“", "”")}
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


# --- comparing facts ------------------------------------------------------------------------------

def fact_key(fact: dict, variant: Variant | None = None, original: str = "") -> tuple:
    """A fact without its evidence, mapped through ``variant``'s expected effect when given."""
    codes = variant.codes if variant else {}
    currencies = variant.currencies if variant else {}
    edits = variant.edits if variant else []
    near = (fact.get("evidence") or {}).get("start", 0)

    def code(value):
        return codes.get(value, value) if isinstance(value, str) else value

    def codes_of(values):
        return tuple(sorted(code(v) for v in values or []))

    def text(value):
        return map_string(value, original, edits, near) if variant else value

    kind = fact["kind"]
    if kind == "commitment":
        currency = fact.get("currency")
        return (kind, code(fact.get("donor")), code(fact.get("recipient")), fact.get("amount"),
                fact.get("amount_max"), currencies.get(currency, currency), fact.get("amount_qualifier"),
                fact.get("per"), fact.get("category"), fact.get("status"))
    if kind == "statement":
        return (kind, text(fact.get("speaker")), text(fact.get("role")), code(fact.get("actor")),
                " ".join((text(fact.get("quote")) or "").split()))
    if kind == "stance":
        return (kind, code(fact.get("actor")), fact.get("target"), fact.get("stance"))
    if kind == "participation":
        return (kind, code(fact.get("actor")), fact.get("mission"), fact.get("status"))
    if kind == "ceasefire":
        responses = tuple(sorted((code(r["actor"]), r["response"]) for r in fact.get("responses") or []))
        return (kind, codes_of(fact.get("proposers")), fact.get("duration_days"), tuple(sorted(fact.get("scope") or [])),
                fact.get("status"), responses)
    if kind == "coalition":
        return (kind, text(fact.get("name")), codes_of(fact.get("leads")), codes_of(fact.get("members")), fact.get("size"))
    return (kind,)


@dataclass
class Tally:
    articles: int = 0
    skipped: int = 0
    compared: int = 0
    preserved: int = 0
    lost: int = 0
    gained: int = 0
    broken: list[dict] = field(default_factory=list)
    skips: list[dict] = field(default_factory=list)

    def figures(self) -> dict:
        return {"articles_changed": self.articles, "articles_skipped": self.skipped, "facts_compared": self.compared,
                "facts_preserved": self.preserved, "facts_lost": self.lost, "facts_gained": self.gained,
                "preserved_share": self.preserved / self.compared if self.compared else 1.0}


def compare(original: list[dict], rewritten: list[dict], variant: Variant, text: str) -> tuple[list[dict], list[dict]]:
    """(lost, gained): original facts whose mapped key the rewrite lacks, and rewrite facts unaccounted for."""
    expected = Counter(fact_key(f, variant, text) for f in original)
    got = Counter(fact_key(f) for f in rewritten)
    missing, extra = expected - got, got - expected
    lost, gained = [], []
    for fact in original:
        key = fact_key(fact, variant, text)
        if missing[key] > 0:
            missing[key] -= 1
            lost.append(fact)
    for fact in rewritten:
        key = fact_key(fact)
        if extra[key] > 0:
            extra[key] -= 1
            gained.append(fact)
    return lost, gained


def _facts(nlp, text: str, source: str, published: str | None) -> list[dict]:
    from coalition.extract import extract
    from coalition.model import Article

    result = extract(Article(text=text, source=source, published=published), nlp=nlp)
    return [fact.model_dump(mode="json") for fact in result.facts]


def run(devset_dir: str | Path = DEVSET, *, articles: str | None = None, only: list[str] | None = None) -> dict:
    """Every transformation on every dev-set article (or those in ``articles``' ranges).

    :returns: ``{"articles": N, "transformations": {name: {articles_changed, articles_skipped,
        facts_compared, facts_preserved, facts_lost, facts_gained, preserved_share, broken, skips}}}``;
        ``broken`` lists each lost or gained fact with its article and evidence sentence.
    """
    from coalition.extract.pipeline import load_pipeline

    accuracy = _accuracy()
    nlp = load_pipeline(False, False)
    ranges = accuracy.article_ranges(articles) if articles else None
    pairs, _ = accuracy.devset_pairs(Path(devset_dir), ranges)
    names = only or list(TRANSFORMATIONS)
    tallies = {name: Tally() for name in names}
    for article_path, expected_path in pairs:
        text = article_path.read_text(encoding="utf-8")
        published = json.loads(expected_path.read_text(encoding="utf-8")).get("published")
        original = _facts(nlp, text, str(article_path), published)
        doc = annotated(nlp, text)
        for name in names:
            tally = tallies[name]
            function = TRANSFORMATIONS[name]
            variant = function(text, doc, original) if name == "country" else function(text, doc)
            if isinstance(variant, Skip):
                tally.skipped += 1
                tally.skips.append({"article": article_path.stem, "reason": variant.reason})
                continue
            if variant is None or variant.text == text:
                continue
            rewritten = _facts(nlp, variant.text, str(article_path), published)
            lost, gained = compare(original, rewritten, variant, text)
            tally.articles += 1
            tally.compared += len(original)
            tally.lost += len(lost)
            tally.gained += len(gained)
            tally.preserved += len(original) - len(lost)
            for how, facts, source in (("lost", lost, text), ("gained", gained, variant.text)):
                for fact in facts:
                    tally.broken.append({"article": article_path.stem, "how": how, "note": variant.note,
                                         "fact": _short(fact), "evidence": _evidence(fact)})
    return {
        "devset": str(devset_dir),
        "articles": len(pairs),
        "transformations": {name: {**t.figures(), "broken": t.broken, "skips": t.skips} for name, t in tallies.items()},
    }


# --- output ---------------------------------------------------------------------------------------

def _short(fact: dict) -> str:
    return _accuracy()._short(fact)


def _evidence(fact: dict) -> str:
    return " ".join(((fact.get("evidence") or {}).get("text") or "").split())


def print_table(figures: dict) -> None:
    print(f"dev set: {figures['articles']} articles ({figures['devset']})")
    print()
    print(f"{'transformation':<15}{'changed':>8}{'skipped':>8}{'compared':>9}{'preserved':>10}{'%':>7}{'lost':>6}{'gained':>7}")
    for name, t in figures["transformations"].items():
        print(f"{name:<15}{t['articles_changed']:>8}{t['articles_skipped']:>8}{t['facts_compared']:>9}"
              f"{t['facts_preserved']:>10}{100 * t['preserved_share']:>7.1f}{t['facts_lost']:>6}{t['facts_gained']:>7}")
    print("(changed: articles the transformation rewrote; skipped: articles it would change but leaves, "
          "see --verbose; compared: the original facts of the changed articles)")


def print_details(figures: dict) -> None:
    for name, t in figures["transformations"].items():
        if not t["broken"] and not t["skips"]:
            continue
        print()
        print(f"== {name}")
        for b in t["broken"]:
            note = f" ({b['note']})" if b["note"] else ""
            print(f"  {b['article']}{note} {b['how']:<6} {b['fact']}")
            print(f"      from: {b['evidence']}")
        for s in t["skips"]:
            print(f"  {s['article']} skipped: {s['reason']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="examples:\n  python benchmarks/metamorphic.py\n  python benchmarks/metamorphic.py --articles 001-100 "
               "--only currency,country --verbose\n  python benchmarks/metamorphic.py --json > metamorphic.json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", type=Path, default=DEVSET, help="dev-set directory (default: %(default)s)")
    parser.add_argument("--articles", metavar="RANGES", help="only these ranges of article ids: 001-100, 133-152")
    parser.add_argument("--only", metavar="NAMES",
                        help=f"only these transformations, comma-separated ({', '.join(TRANSFORMATIONS)})")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list each lost or gained fact with its evidence sentence, and each skipped article")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    only = [n.strip() for n in args.only.split(",") if n.strip()] if args.only else None
    unknown = [n for n in only or [] if n not in TRANSFORMATIONS]
    if unknown:
        parser.error(f"--only: unknown transformation(s) {', '.join(unknown)}; known: {', '.join(TRANSFORMATIONS)}")
    use_this_checkout()
    figures = run(args.devset, articles=args.articles, only=only)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print_table(figures)
        if args.verbose:
            print_details(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

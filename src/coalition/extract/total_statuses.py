"""Two readings of whether a sum is a running total (tenth session, found on real news pages).

- A running total told with a verb of reaching ("Denmark's military aid to Ukraine has risen to
  about $7.5bn", "Support to Ukraine now reaches $655m", "its aid has exceeded €2bn") is
  ``cumulative``, as "brings the total to" is, and so is a total's value told with a copula ("the
  total value of the materiel delivered to Ukraine is now about €2bn", "all packages … has increased to"); not the size of one package ("the package rose to
  €1bn") nor a level to come ("aid will rise to €8bn next year").
- A sum a state "has given" with a start told after it, past the words the sum's window reads ("the
  U.S. has committed $7.6bn in security assistance to Ukraine since the beginning of …") is a
  running total too; not with a future ("will have given … since").
- A package's size told with "totalling" ("a new aid package for Ukraine totalling €500m", "will
  provide military aid totaling $120m this year") is that package, not a running total, unless
  another running-total word goes with it ("totalling €3bn since 2022", "so far").

Status only (the gate's matching ignores it; a running total counts for precision, not recall).
Words in ``data/total_statuses.json``; the totalling rule and its words are package_totals.py's and
``data/package_totals.json``'s, read here on the sum's tokens; token checks in the sum's own sentence only.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import lower_text, tokens, vocab
from coalition.extract.package_totals import PACKAGES, TOTALS, package_told
from coalition.extract.stages import _status

CLAUSE_BREAKS = frozenset({",", ";", ":", "while", "whereas", "but", "which", "(", "—", "–"})


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("total_statuses")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def _clause_start(lower, sent, at: int) -> int:
    k = at - 1
    while k > sent.start and lower[k] not in CLAUSE_BREAKS:
        k -= 1
    return k + 1 if lower[k] in CLAUSE_BREAKS else k


def _reached_total(lower, sent, at: int, words: dict) -> bool:
    """ "<aid noun> … has risen to [about] <sum>", "<aid noun> … reaches <sum>"."""
    k = at - 1
    while k > sent.start and lower[k] in words["qualifiers"]:
        k -= 1
    if lower[k] == "to" and k - 1 > sent.start and lower[k - 1] in words["to_verbs"]:
        verb = k - 1
    elif lower[k] in words["direct_verbs"] or lower[k] in words["copulas"]:
        verb = k
    else:
        return False  # the cheap test first
    start = _clause_start(lower, sent, verb)
    subject = lower[start:verb]
    if words["total_subjects"].isdisjoint(subject):
        return False
    # "the total value of all packages delivered …" sums every package; "the package rose to …"
    # (or "the total value of the package is …") is the size of one
    every = "all" in subject or "packages" in subject
    if not PACKAGES.isdisjoint(subject) and not every:
        return False
    if lower[verb] in words["copulas"] and "total" not in subject and not every:
        return False  # "Finland's aid is €50m": a copula tells a total only of a total
    return words["future"].isdisjoint(lower[start : at])


def _given_since(lower, sent, at: int, words: dict) -> bool:
    """ "has committed <sum> in security assistance to Ukraine since the beginning of …"."""
    start = _clause_start(lower, sent, at)
    before = lower[start:at]
    if words["perfect"].isdisjoint(before) or not words["future"].isdisjoint(before):
        return False
    for k in range(at + 1, min(sent.end - 1, at + 16)):
        if lower[k] in CLAUSE_BREAKS or lower[k] == "and":
            return False
        if lower[k] == "since":
            return True
    return False


def _package_size(lower, sent, at: int, words: dict) -> bool:
    """ "a new package totalling <sum>", "will provide aid totaling <sum> this year": one package
    (the rule of package_totals.py, read on the sum's own tokens)."""
    if TOTALS.isdisjoint(lower[max(sent.start, at - 8) : at]) or lower[sent.start] == "with":
        return False  # "With this package, … totalling": a running total after all
    return package_told(lower[sent.start:at], lower[sent.start : min(sent.end, at + 8)], words["future"])


def correct_total_statuses(ctx, drafts: list) -> None:
    words = _words()
    lower = tokens(ctx.doc).lower
    for d in drafts:
        if d.money is None or d.sent is None:
            continue
        if d.status == "cumulative":
            if _package_size(lower, d.sent, d.anchor_start, words):
                window = lower_text(ctx.doc[max(d.sent.start, d.anchor_start - 12) : d.anchor_start])
                d.status = _status(window, vocab("commitments")) or "announced"
        elif d.status in ("announced", "delivered") and (_reached_total(lower, d.sent, d.anchor_start, words)
                                                         or _given_since(lower, d.sent, d.anchor_start, words)):
            d.status = "cumulative"

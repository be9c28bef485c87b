"""The office that issued a press release, and which of several holders of a title its bare title means.

A White House readout names both leaders of a call "President" and then writes "the President said"
for its own; a Downing Street release writes "the Prime Minister" beside "Prime Minister Donald Tusk".
Government releases capitalise their head's bare title and name the office in their opening lines, so
a capitalised "the President" in an article that opens with "THE WHITE HOUSE" is the US president,
whoever was named last. Wire and newspaper copy (lower-case "the president", no issuing office in
the header) is not touched.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab


@lru_cache(maxsize=1)
def _offices() -> tuple[dict[str, str], int, tuple[str, ...]]:
    words = vocab("issuing_offices")
    return words["offices"], words["opening_chars"], tuple(words["titles"])


def issuing_actor(ctx) -> str | None:
    """The country whose office the article's opening lines name as the issuer; None for most articles."""
    cached = ctx.__dict__.get("_issuing_actor", False)
    if cached is not False:
        return cached
    offices, opening, _ = _offices()
    head = " " + " ".join(ctx.text[:opening].lower().split()) + " "
    # "Press release, Department of the Taoiseach, 23 November 2025": a dateline's comma ends it too
    found = next((code for office, code in offices.items()
                  if f" {office} " in head or f" {office}\n" in head or f" {office}," in head), None)
    ctx.__dict__["_issuing_actor"] = found
    return found


def own_head_first(ctx, title_start_char: int, candidates: list, actor_of) -> list:
    """``candidates`` narrowed to the issuing office's own holders when the title at
    ``title_start_char`` is written as a release writes its head's ("the President") and any
    candidate belongs to that office's country; else unchanged."""
    issuer = issuing_actor(ctx)
    if issuer is None:
        return candidates
    _, _, titles = _offices()
    if not any(ctx.text.startswith(t, title_start_char) or ctx.text.startswith("the " + t, title_start_char)
               or ctx.text.startswith("The " + t, title_start_char) for t in titles):
        return candidates
    own = [c for c in candidates if actor_of(c[1]) == issuer]
    return own or candidates


def own_head_proposer(ctx, sent, start: int, words) -> list[str]:
    """The issuing office's country when the clause opens with its head's bare title and a proposing
    verb ("The President proposed that Russia and Ukraine each refrain…" in a White House readout);
    [] otherwise."""
    issuer = issuing_actor(ctx)
    if issuer is None:
        return []
    _, _, titles = _offices()
    text = ctx.text[sent.doc[start].idx : sent.end_char].lstrip("-–•*· ")  # a bulleted outcome
    lowered = " " + " ".join(text.lower().split()) + " "
    for title in titles:
        # "a halt proposed by the President": a proposer phrase right before the title
        if any(f" {by} the {title.lower()} " in lowered for by in words["proposer_before"]):
            return [issuer]
        for lead in ("The ", "the "):
            if text.startswith(lead + title + " "):
                rest = " " + " ".join(text[len(lead + title) :].lower().split()[:3]) + " "
                if any(rest.startswith(f" {verb} ") for verb in words["propose_verbs"]):
                    return [issuer]
    return []

"""A state or body named only as the source of a report is not the donor of what it reports.

"Also, as reported by the French Agency, $6bn is expected to be released …", "A French official
said that while the loan would be mostly US-guaranteed, it could be topped up …", "EU diplomats
stated that the leaders have reached an agreement in principle to provide Ukraine with a $50bn
loan": the nearest actor the donor finders take is a demonym on the teller (a news agency, an
official, a diplomat), not a giver. When the draft's donor is named in the sentence only that way:

- a news source (agency, media, newspaper) gives nothing: the draft goes to the article's main
  donor when that is another actor, else it has none (and is dropped, as a donorless draft is);
- an official, diplomat or source often speaks of his own state's aid ("a German official said the
  package includes tanks", "a Pentagon official said" of a US package in an article about German
  tanks), so the draft moves only when the article's main donor is another actor and the teller's
  state gives nothing in the article's earlier sentences.

Words in ``data/source_donors.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("source_donors").items() if not k.startswith("_")}


def move_from_sources(ctx: ArticleContext, sent: Span, found: list, main: str | None, earlier: list) -> None:
    """Take the donor off drafts of ``sent`` whose donor is named there only as a report's source."""
    w = _words()
    lower = tokens(ctx.doc).lower
    window = lower[sent.start:sent.end]
    if w["media_nouns"].isdisjoint(window) and w["official_nouns"].isdisjoint(window):
        return  # cheap exit: no teller in the sentence
    named: dict[str, list[str]] = {}  # code -> how each of its mentions is used ("media", "official", "actor")
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        if m.stands_for:
            named.setdefault(m.stands_for, []).append(_teller(lower, sent, m.start, m.end, w))
    for draft in found:
        uses = named.get(draft.donor)
        if not uses or "actor" in uses:
            continue  # named as an actor somewhere in the sentence, or not named here at all
        if "media" not in uses and any(d.donor == draft.donor for d in earlier):
            continue  # the official of a state giving in this article speaks of its own aid
        if main and main != draft.donor:
            draft.donor = main  # the article's donor, the teller's subject
        elif "official" not in uses:
            draft.donor = None  # a news agency gives nothing
        # an official of the article's own donor may speak of its own aid: left


def _teller(lower, sent: Span, start: int, end: int, w) -> str:
    """How a mention is used: the demonym on a news source, on an official, or an actor."""
    j = end
    if j < sent.end and lower[j] in ("'s", "’s"):
        j += 1
    if j < sent.end and lower[j] in ("news", "state", "government", "foreign", "senior", "defence", "defense"):
        j += 1 if lower[j] != "news" or (j + 1 < sent.end and lower[j + 1] in w["media_nouns"]) else 0
    if j >= sent.end:
        return "actor"
    kind = "media" if lower[j] in w["media_nouns"] else "official" if lower[j] in w["official_nouns"] else None
    if kind is None:
        return "actor"
    after = lower[j + 1:min(sent.end, j + 4)]
    before = lower[max(sent.start, start - 3):start]
    if not w["speech_verbs"].isdisjoint(after) or not w["before_source"].isdisjoint(before[-2:]):
        return kind  # "a French official said", "as reported by the French agency"
    return "actor"

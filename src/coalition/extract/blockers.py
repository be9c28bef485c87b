"""Who blocks aid is not who gives it. "A €500m tranche … remains blocked by Hungary", "Slovakia
has vetoed €300m of EU military funding for Ukraine": the agent of the veto holds back another's
money, so the nearest actor (the one the donor finders take) is the wrong giver. The money's owner
is the other actor the sentence names ("EU funding"), or failing one the article's own donor; and a
veto by a third party holds the money up (paused) — it is not the donor's own cancellation."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab

NOT_GIVERS = frozenset(("UKR", "RUS"))


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    # "blocked by Hungary" (the agent after), "Hungary has blocked", "Hungary continues to block" (the subject before)
    return frozenset(words["blocking_verbs"]), frozenset(words["blocking_auxiliaries"])


def blockers(ctx: ArticleContext, sent: Span) -> set[str]:
    """The actors a sentence names as blocking something: the agent of "blocked by X", the
    subject of "X (has) blocked/vetoed"."""
    verbs, between = _cues()
    lower = tokens(ctx.doc).lower
    found: set[str] = set()
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.stands_for
        if code is None:
            continue
        if m.start - 2 >= sent.start and lower[m.start - 1] == "by" and lower[m.start - 2] in verbs:
            found.add(code)
            continue
        j = m.end
        while j < sent.end and j < m.end + 3 and (lower[j] in between or lower[j] in ("'s", "’s", ",", "whose")):
            j += 1
        if j < sent.end and lower[j] in verbs:
            found.add(code)
    from coalition.extract.veto_forms import intent_blockers

    return found | intent_blockers(ctx, sent, verbs)  # "Hungary's plan to veto …" (veto_forms.py)


def owner_instead(ctx: ArticleContext, sent: Span, blocking: set[str], fallback: str | None) -> str | None:
    """The giver whose money a veto holds up: another actor the sentence names, else ``fallback``."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG")):
        if m.code not in blocking and m.code not in NOT_GIVERS:
            return m.code
    return fallback if fallback not in blocking else None

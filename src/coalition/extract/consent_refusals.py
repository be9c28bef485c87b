"""A state that withholds its consent to another's money is not that money's donor.

"Budapest refused to endorse a €500-million tranche under the European Peace Facility", "Hungary
did not allow sending Ukraine the eighth tranche of aid", "Slovakia has not approved the EU's
€5bn top-up": the subject withholds a consent (in a body that decides together) to money another
gives. The commitment finder takes the actor nearest the verb of giving — the refuser. blockers.py
reads the same act told with "block" and "veto"; this module reads it told as a refused or
negated consent. The money's owner is the body the sentence names (the EU, its fund: the refuser
sits in it), else the article's donor when that is not the refuser, else no one (the commitment is
dropped); and the money is held up (``paused``), as a veto holds it. A headline that has the
article's main actor blocking or refusing makes it no fallback donor for the article's sums.

A refusal of one's own aid ("Germany refused to send Taurus", "Berlin did not agree to deliver
jets") takes a verb of giving, not of consent, and is left alone. Words in
``data/consent_refusals.json``.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab

_WORDS = vocab("consent_refusals")
CONSENT = frozenset(_WORDS["consent_verbs"])
REFUSALS = frozenset(_WORDS["refusals"])
AUXILIARIES = frozenset(_WORDS["auxiliaries"])
NEGATORS = frozenset(_WORDS["negators"])
BETWEEN = frozenset(_WORDS["between"])


NOT_GIVERS = frozenset(("UKR", "RUS"))
_OPEN = ("announced", "planned")


def move_refused(ctx: ArticleContext, sent: Span, found: list, main: str | None) -> None:
    """Give the drafts of ``sent`` whose donor withholds consent to the money's owner, paused."""
    refusers = consent_refusers(ctx, sent)
    if not refusers:
        return
    for draft in found:
        if draft.donor in refusers:
            draft.donor = _owner(ctx, sent, refusers, main)
            if draft.status in _OPEN:
                draft.status = "paused"  # held up by the refusal; the owner cancels nothing


def _owner(ctx: ArticleContext, sent: Span, refusers: set[str], main: str | None) -> str | None:
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("ORG",)):
        if m.stands_for and m.stands_for not in refusers and m.stands_for not in NOT_GIVERS:
            return m.stands_for  # the body whose decision the refuser holds up
    return main if main not in refusers else None


def unless_headline_blocker(ctx: ArticleContext, main: str | None) -> str | None:
    """``main``, the article's donor, unless its first sentence has it blocking or refusing consent:
    "Hungary blocked the transfer of €500m from the EU to Ukraine" makes Hungary the article's
    subject, never the giver its later sums are pinned on."""
    if main is None or not ctx.sents:
        return main
    from coalition.extract.blockers import blockers

    first = ctx.sents[0]
    if main in consent_refusers(ctx, first) or main in blockers(ctx, first):
        return None
    return main


def consent_refusers(ctx: ArticleContext, sent: Span) -> set[str]:
    """The actors a sentence names as withholding consent: "X refused to endorse", "X did not allow"."""
    from coalition.extract.veto_forms import payment_refusers

    lower = tokens(ctx.doc).lower
    found = payment_refusers(ctx, sent)  # "it does not agree to the payment of …" (veto_forms.py)
    if not any(lower[i] in CONSENT for i in range(sent.start, sent.end)):
        return found  # cheap exit: no verb of consent in the sentence
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        if m.stands_for is None:
            continue
        j = m.end
        while j < sent.end and j < m.end + 3 and lower[j] in BETWEEN:
            j += 1
        if _refuses_consent(lower, j, sent.end):
            found.add(m.stands_for)
    return found


def _refuses_consent(lower, j: int, end: int) -> bool:
    if j + 2 < end and lower[j] in REFUSALS and lower[j + 1] == "to" and lower[j + 2] in CONSENT:
        return True  # "refused to endorse"
    if j + 2 < end and lower[j] in AUXILIARIES and lower[j + 1] in NEGATORS and lower[j + 2] in CONSENT:
        return True  # "did not allow", "has not approved"
    return False

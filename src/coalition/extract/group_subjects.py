"""An unnamed group as the subject gives no named donor.

"Europeans are also still working on a recent pledge to provide five Patriot systems to Ukraine",
"Other allies will supply shells", "Coalition members will send instructors": the sentence names no
actor, so the donor finders carry the one of the sentences before or the article's main actor (the
German minister who spoke, the state the article is about). The group is not that state: the draft
is kept without a donor, as "Ukraine's backers pledged €21bn" is. Only when the sentence opens with
the group (after a few openers) and names no actor at all. Words in ``data/group_subjects.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab
from coalition.extract.member_bodies import pledging_body


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("group_subjects").items() if not k.startswith("_")}


def ungive_group_subjects(ctx: ArticleContext, sent: Span, found: list) -> None:
    """Drafts of a sentence opened by an unnamed group and naming no actor lose their carried donor."""
    if not any(d.donor is not None for d in found):
        return
    w = _words()
    lower = tokens(ctx.doc).lower
    j = sent.start
    while j < sent.end and j < sent.start + 3 and lower[j] in w["openers"]:
        j += 1
    if j >= sent.end or lower[j] not in w["group_nouns"]:
        return  # cheap exit: the sentence does not open with an unnamed group
    named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
             if m.stands_for and m.stands_for not in ("UKR", "RUS")
             and not (m.label == "COUNTRY" and _place(lower, sent, m.start))]
    if any(m.label != "COUNTRY" for m in named):
        return  # a named body or person ("at the NATO summit", "Rutte said"): the other rules read it
    # "Allies meeting in Berlin have pledged $1bn …, as … its German hosts claimed …": a place the
    # group met in names no giver, and a state named after a sum leaves that sum to the group
    first_named = named[0].start if named else sent.end
    for draft in found:
        if draft.anchor_start >= first_named:
            continue  # a named actor before the sum: the other rules read it
        if draft.donor is not None and pledging_body(ctx, sent, sent.start, draft.anchor_start, draft.donor) == draft.donor:
            continue  # "Allies pledged €40bn" in a story on the body's summit: the body's own pledge
        draft.donor, draft.collective = None, True


def _place(lower, sent: Span, at: int) -> bool:
    """Whether the mention at token ``at`` is where the group met: "in Berlin", "at the Paris summit"."""
    k = at - 1
    if k > sent.start and lower[k] == "the":
        k -= 1
    return k >= sent.start and lower[k] in ("in", "at")

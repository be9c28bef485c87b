"""The giver of a sum told in a non-finite clause of giving (tenth session).

"The coalition has money from five states, with the UK committing £15m to it so far", "Allies
pledged €2bn, with Germany providing a further €400m": the state right after "with", before a
verb of giving in its -ing form, gives the sum that follows the verb. The sentence's other states
(the coalition's members listed before, the main clause's subject) give nothing of it, though the
nearest-state readings of the commitment finder picked one of them (or none, for a group subject).

The same holds for a participle clause after the main clause, whose subject is the main clause's
("The United States has led support for Ukraine, coordinating aid from dozens of countries and
committing more than $62bn"): the sum is the subject's, not the group or state the participle
clause names on the way (only when the finder gave it to no one or to a state of that clause).

Words in ``data/absolute_givers.json``; a few token checks back from each amount, no regex.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

GIVER_LABELS = ("COUNTRY", "ORG")


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("absolute_givers")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def with_clause_giver(ctx, sent, at: int) -> str | None:
    """The state of "with <state> <giving>-ing [more than] <sum at ``at``>", or None."""
    words = _words()
    lower = tokens(ctx.doc).lower
    k = at - 1
    while k > sent.start and lower[k] in words["fillers"]:
        k -= 1
    if k <= sent.start + 1 or lower[k] not in words["verbs"]:
        return None  # the cheap test first: no verb of giving in -ing form right before the sum
    for m in ctx.mentions_in(sent.start_char, sent.end_char, GIVER_LABELS):
        if m.end != k:
            continue
        j = m.start - 1
        if j > sent.start and lower[j] == "the":
            j -= 1
        if j >= sent.start and lower[j] == "with":
            return m.code
    return None


def participle_giver(ctx, sent, at: int) -> tuple[str, int] | None:
    """The subject that opens the sentence of ", <doing>-ing … [and] <giving>-ing <sum at ``at``>",
    with the comma that opens the participle clause; None otherwise."""
    words = _words()
    lower = tokens(ctx.doc).lower
    k = at - 1
    while k > sent.start and lower[k] in words["fillers"]:
        k -= 1
    if k <= sent.start + 2 or lower[k] not in words["verbs"]:
        return None
    comma = next((j for j in range(k - 1, sent.start, -1) if lower[j] in (",", ";", "with", "which", "that", "who")), None)
    if comma is None or lower[comma] != "," or not lower[comma + 1].endswith("ing"):
        return None  # a "with" clause, a relative clause, or no participle right after the comma
    if lower[k - 1] in words["auxiliaries"] or lower[comma + 1] in words["speech_participles"]:
        return None  # "saying Peru is giving €6m": a finite verb of its own subject, a report of another's giving
    if any(m.end == k for m in ctx.mentions_in(sent.start_char, sent.end_char, GIVER_LABELS)):
        return None  # "…, Peru giving €6m": the participle's own subject
    first = sent.start + (lower[sent.start] == "the")
    subject = next((m for m in ctx.mentions_in(sent.start_char, sent.end_char, GIVER_LABELS) if m.start == first), None)
    if subject is None or subject.end > comma:
        return None
    return subject.code, comma


def credit_with_clause_givers(ctx, drafts: list) -> None:
    """Gives each sum told in a "with <state> committing …" clause to that state, and each sum told
    in a participle clause of giving to the sentence's subject."""
    for d in drafts:
        if d.money is None or d.sent is None:
            continue
        code = with_clause_giver(ctx, d.sent, d.anchor_start)
        if code is not None:
            d.donor, d.collective = code, False
            continue
        found = participle_giver(ctx, d.sent, d.anchor_start)
        if found is None or found[0] == d.donor:
            continue
        code, comma = found
        inside = {m.code for m in ctx.mentions_in(d.sent.start_char, d.sent.end_char, GIVER_LABELS)
                  if comma < m.start < d.anchor_start}
        if d.donor is None or d.donor in inside:
            d.donor, d.collective = code, False

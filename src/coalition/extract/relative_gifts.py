"""Aid in kind told in a relative clause after its items, whose own subject and verb give it to Ukraine.

Wording class: items named in passing, in a sentence about something else, with a clause that says who
gave them: "Britain bought Archer guns to replace the AS-90 guns it gave Ukraine", "Turkey said it
would not let two minehunters that Britain has pledged to Ukraine pass the straits". The main
clause's verb ("replace", "would not let") says nothing of the gift; the relative clause does, with
its own subject (an actor, or "it"/"they" for the sentence's own subject) and its own stage (gave:
delivered; pledged: announced). The clause must name Ukraine right after its verb: "the tanks it sold
to Morocco", "the jets they asked Washington to send" give nothing to Ukraine; and items that are
the subject of a verb after the clause ("The tanks that Denmark promised Ukraine were handed over")
take that verb's stage the ordinary way. Words are in
``data/relative_gifts.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab
from coalition.extract.donors import NOT_DONORS, _donor_code, _reads_as_subject


@lru_cache(maxsize=1)
def _words() -> dict:
    data = vocab("relative_gifts")
    return {"verbs": data["verbs"], "auxiliaries": frozenset(data["auxiliaries"]), "pronouns": frozenset(data["pronouns"]),
            "recipients": frozenset(data["recipients"]), "links": frozenset(data["recipient_links"]),
            "main_verbs": frozenset(data["main_verbs"])}


def relative_gift(ctx, sent: Span, first: int, last: int) -> tuple[str, str] | None:
    """(donor, stage) of the items ``[first, last)`` when a relative clause right after them gives them
    to Ukraine ("the AS-90 guns it gave Ukraine", "minehunters that Britain has pledged to Ukraine");
    None otherwise."""
    table = tokens(ctx.doc)
    lower = table.lower
    w = _words()
    j = last
    if j < sent.end and lower[j] in ("that", "which"):
        j += 1
    if j >= sent.end:
        return None
    if lower[j] in w["pronouns"]:
        subject_end = j + 1
        donor = _sentence_subject(ctx, sent, first)
    else:
        if lower[j] == "the" and j + 1 < sent.end:
            j += 1  # "the 16 HIMARS the United States has already provided to Ukraine"
        m = next(iter(ctx.mentions_in(table.idx[j], table.idx[j] + 1, ("COUNTRY", "ORG"))), None)
        if m is None or m.start != j:
            return None
        subject_end, donor = m.end, _donor_code(ctx, sent, m)
    k = subject_end
    while k < sent.end and lower[k] in w["auxiliaries"]:
        k += 1
    if k >= sent.end or lower[k] not in w["verbs"]:
        return None
    stage = w["verbs"][lower[k]]
    verb_at = k
    k += 1
    # the receiver right after the verb: "gave Ukraine", "pledged to Ukraine", "handed over to the Ukrainian army"
    while k < min(sent.end, verb_at + 4) and lower[k] in w["links"]:
        k += 1
    if k >= sent.end or lower[k] not in w["recipients"]:
        return None
    # "The tanks that Denmark promised Ukraine were handed over": the items are the subject of a main
    # verb of their own, whose stage the ordinary reading gives
    for t in range(k + 1, min(sent.end, k + 10)):
        if table.text[t] in (",", ";", ":"):
            break
        if lower[t] in w["main_verbs"]:
            return None
    if donor is None or donor in NOT_DONORS:
        return None
    return donor, stage


def _sentence_subject(ctx, sent: Span, first: int) -> str | None:
    """The actor that "it"/"they" in the clause stands for: the first actor before the items read as
    a subject ("The United Kingdom, which bought Archer systems … the AS-90 guns it gave Ukraine")."""
    table = tokens(ctx.doc)
    for m in ctx.mentions_in(sent.start_char, table.idx[first], ("COUNTRY", "ORG")):
        if _reads_as_subject(ctx.doc, m):
            return _donor_code(ctx, sent, m)
    return None

"""Fields of help a state commits to, named as a list without a verb of giving.

Security agreements are reported as the areas a state will help in: "Riga also made a ten-year
commitment to help Ukraine with cyber defence, demining and unmanned technologies", "It also binds
Belgium to ten years of support and names air defence, maritime security, demining, artillery
ammunition and military training as areas where it will help". The commitment finder needs a verb
of giving and known items; here the list itself is the commitment: one ``military`` commitment of
the state the sentence names, ``announced``, its items the listed fields as written. At least one
field must be a known kind of help (``field_words``), the sentence must tell a commitment
("commitment", "will", "binds"), and a suggestion, request, denial or "could" gives none ("the
suggestion that British personnel help Ukraine with targeting"). Words in
``data/support_fields.json``.
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, has_phrase, lower_text, sentence_words, tokens, vocab
from coalition.model import Commitment

NOT_GIVERS = frozenset({"UKR", "RUS", "BLR"})
_GATE = frozenset({"help", "assist", "support", "areas", "fields"})


def find_support_fields(ctx, commitments: list[Commitment]) -> list[Commitment]:
    """A commitment for each sentence that lists the fields a state will help Ukraine in."""
    words = vocab("support_fields")
    held = {(c.evidence.start, c.donor) for c in commitments}
    out: list[Commitment] = []
    for sent in ctx.sents:
        padded = lower_text(sent)
        present = sentence_words(padded)
        if _GATE.isdisjoint(present) or present.isdisjoint(words["commitment_words"]):
            continue  # most sentences
        if not present.isdisjoint(words["not_given"]):
            continue
        fields = _after_help(padded, words) or _before_areas(padded, words)
        if not fields or not any(f in words["field_words"] or f.split()[-1] in words["field_words"] for f in fields):
            continue
        donor = _state(ctx, sent)
        evidence = ctx.sentence_evidence(sent)
        if donor is None or (evidence.start, donor) in held:
            continue
        held.add((evidence.start, donor))
        out.append(Commitment(donor=donor, recipient="UKR", category="military", status="announced",
                              items=fields, evidence=evidence, confidence=0.5))
    return out


def _after_help(padded: str, words: dict) -> list[str]:
    """The list after "help Ukraine with", to the end of the clause."""
    phrase = has_phrase(padded, words["help_phrases"])
    if phrase is None:
        return []
    rest = padded[padded.index(_as_tokens(phrase)) + len(_as_tokens(phrase)):]
    return _split_list(rest, words, closing=True)


def _before_areas(padded: str, words: dict) -> list[str]:
    """The list between a verb that opens it ("names", "lists") and "as areas where"."""
    phrase = has_phrase(padded, words["area_phrases"])
    if phrase is None:
        return []
    head = padded[: padded.index(_as_tokens(phrase))]
    opener = max((head.rfind(_as_tokens(o)) + len(_as_tokens(o)) for o in words["list_openers"]
                  if _as_tokens(o) in head), default=-1)
    if opener < 0:
        return []
    return _split_list(" " + head[opener:], words, closing=False)


def _split_list(text: str, words: dict, closing: bool) -> list[str]:
    """The elements of "a, b and c" in ``text``; with ``closing``, the list ends at the comma or
    stop after its "and" element ("cyber defence, demining and drones, Zelenskiy wrote")."""
    for end in words["list_ends"]:
        if f" {end} " in text:
            text = text[: text.index(f" {end} ")]
    parts = [p.strip() for p in text.replace(" and ", " , ").split(" , ")]
    if closing and " and " in text:
        last_and = text.rindex(" and ")
        after = text[last_and + 5:]
        tail = after.split(" , ")[0].strip()
        head = text[:last_and]
        parts = [p.strip() for p in head.split(" , ")] + [tail]
    parts = [p for p in parts if p and len(p.split()) <= 4]
    return parts if len(parts) >= 2 else []


def _state(ctx, sent) -> str | None:
    """The one state the sentence names other than Ukraine (and Russia), its giver."""
    codes = {m.code for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.code not in NOT_GIVERS}
    return codes.pop() if len(codes) == 1 else None

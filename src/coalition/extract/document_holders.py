"""A document as the subject of a position: its issuer holds it (ADJUDICATION.md decisions 7 and 40).

"The U.N. General Assembly … condemned the annexation. … The text declares that the referendums
have no validity, and demands that Moscow withdraw all of its forces", "The General Assembly adopted
it with 93 votes. It names Russia's invasion, calls for an early end to hostilities and demands that
Russia withdraw its forces": the resolution says what the body that adopted it holds. The other
finders read the clause's subject from the words before the cue, and so took a country named
inside the text ("Russia's invasion") for the holder, or found none.

The reading (words in ``data/document_holders.json``):
- a clause opens on a document ("the text", "the resolution", "their closing communiqué", after an
  opener up to a comma, "On membership, the declaration said", or after ":" or ";"), or on "It" when
  one of the two sentences before names a document;
- its issuer is the organisation named last before the clause (a body: a state's paper has a
  speaker of its own and is read by the speaker rules);
- a stance the other finders gave that sentence to someone else named after the document is the
  issuer's instead;
- a demand that Russia withdraw ("demands that Moscow … withdraw", "demanding that Russia withdraw
  its forces") is its holder's `support` of the withdrawal: the issuer in a document's clause, else
  the last actor other than Russia named before the demand ("the General Assembly adopted a
  resolution … demanding that Russia withdraw"); Ukraine's own demand is its war aim, no news
  (and "annex Ukrainian territory, demanded that Russian forces leave" names no holder).
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import sentence_words, tokens, vocab
from coalition.extract.document_cues import document_clause_stance
from coalition.extract.withdrawal_demands import WITHDRAWALS, demand_at
from coalition.model import Stance

_WORDS = vocab("document_holders")
DOCUMENTS = frozenset(_WORDS["documents"])
DETERMINERS = frozenset(_WORDS["determiners"])
MODIFIERS = frozenset(_WORDS["modifiers"])
PRONOUNS = frozenset(_WORDS["pronouns"])
OPENER_REACH = int(_WORDS["opener_reach"])  # "On membership," before the document
PRONOUN_REACH = int(_WORDS["pronoun_reach"])  # sentences back in which "It" finds its document
CLAUSE_OPENERS = frozenset(_WORDS["clause_openers"])
OCCUPIERS = frozenset(_WORDS["occupier_parties"])
DEMANDS = frozenset(_WORDS["demand_words"])
TARGET = _WORDS["withdrawal_target"]
NOT_HOLDERS = frozenset(_WORDS["not_holders"])
# Fewer than clause_groups.PREPOSITIONS, and without "by": the actor after it is read as the
# demander ("a motion put forward by Britain, demanding that Russia withdraw"), which that list
# would skip.
PREPOSITIONS = frozenset(_WORDS["prepositions"])


def document_positions(ctx, facts: list) -> list:
    """``facts`` with the stances of a document's clause held by its issuer, and each demand that
    Russia withdraw read as its holder's support of the withdrawal."""
    lower = tokens(ctx.doc).lower
    if DOCUMENTS.isdisjoint(lower) and DEMANDS.isdisjoint(lower):
        return facts
    idx = tokens(ctx.doc).idx
    issuers: dict[int, tuple[str, int]] = {}  # sentence start char -> (issuer, first token of the clause)
    for n, sent in enumerate(ctx.sents):
        found = _document_clause(ctx, lower, n)
        if found is not None:
            issuer = _issuer(ctx, idx[found])
            if issuer:
                issuers[ctx.sentence_evidence(sent).start] = (issuer, found)
    out = []
    for f in facts:
        held = issuers.get(f.evidence.start) if f.kind == "stance" else None
        if held and f.actor != held[0] and _named_after(ctx, f.actor, idx[held[1]], f.evidence.end):
            f = f.model_copy(update={"actor": held[0]})
        if not any(g.kind == "stance" and (g.actor, g.target, g.stance, g.evidence.start)
                   == (f.actor, f.target, f.stance, f.evidence.start) for g in out if f.kind == "stance"):
            out.append(f)
    for sent in ctx.sents if issuers else ():
        held = issuers.get(ctx.sentence_evidence(sent).start)
        found = document_clause_stance(ctx, sent, held[1], held[0], out) if held else None
        if found is not None:
            out.append(found)  # "the declaration said Ukraine was on an irreversible path to joining"
    for sent in ctx.sents:
        words = sentence_words(_padded(sent))
        if DEMANDS.isdisjoint(words) or WITHDRAWALS.isdisjoint(words) or OCCUPIERS.isdisjoint(words):
            continue  # most sentences
        at = demand_at(lower, sent.start, sent.end, DEMANDS, OCCUPIERS)
        if at is None:
            continue
        evidence = ctx.sentence_evidence(sent)
        held = issuers.get(evidence.start)
        holder = held[0] if held and held[1] < at else _demander(ctx, sent, at, idx)
        if holder is None or holder in NOT_HOLDERS:
            continue
        if any(f.kind == "stance" and f.actor == holder and f.target == TARGET for f in out):
            continue  # one support of the withdrawal per holder ("repeats the Assembly's demand")
        out.append(Stance(actor=holder, target=TARGET, stance="support", evidence=evidence, confidence=0.55))
    return out


def _document_clause(ctx, lower: list[str], n: int) -> int | None:
    """The first token of a clause of sentence ``n`` whose subject is a document, or None."""
    sent = ctx.sents[n]
    starts = [sent.start]
    comma = next((i for i in range(sent.start, min(sent.end, sent.start + OPENER_REACH)) if lower[i] == ","), None)
    if comma is not None:
        starts.append(comma + 1)  # "On membership, the declaration said"
    starts += [i + 1 for i in range(sent.start, sent.end) if lower[i] in CLAUSE_OPENERS]
    for s in starts:
        if s >= sent.end:
            continue
        if lower[s] in PRONOUNS and s == sent.start and _document_before(ctx, lower, n):
            return s
        if lower[s] in DETERMINERS:
            k = s + 1
            while k < sent.end and lower[k] in MODIFIERS:
                k += 1
            if k + 1 < sent.end and lower[k] in DOCUMENTS and lower[k + 1] not in (",", "of", "to", "on", "by"):
                return s
    return None


def _document_before(ctx, lower: list[str], n: int) -> bool:
    return any(not DOCUMENTS.isdisjoint(lower[ctx.sents[k].start:ctx.sents[k].end])
               for k in range(max(0, n - PRONOUN_REACH), n))


def _issuer(ctx, char: int) -> str | None:
    """The organisation named last before ``char``."""
    # Not limited to the sentence before or the paragraph, for "It" either: the body may be named
    # only in the headline ("UN votes …"), the text calling it "the General Assembly", which names
    # no organisation ("The General Assembly adopted it with 93 votes. It names Russia's invasion
    # … and demands that Russia withdraw" is the UN's).
    bodies = [m.code for m in ctx.mentions_in(0, char, ("ORG",)) if m.code]
    return bodies[-1] if bodies else None


def _named_after(ctx, actor: str, a: int, b: int) -> bool:
    """``actor`` is named in the clause after the document, and not before it in the sentence."""
    return any(m.stands_for == actor for m in ctx.mentions_in(a, b))


def _demander(ctx, sent, at: int, idx) -> str | None:
    """The last actor other than the two sides named before the demand, not as a preposition's object
    ("a resolution calling for a lasting peace in Ukraine, demanding that Russia withdraw" is the
    Assembly's)."""
    lower = tokens(ctx.doc).lower
    named = [m.stands_for for m in ctx.mentions_in(idx[sent.start], idx[at], ("COUNTRY", "ORG"))
             if m.stands_for and m.stands_for not in NOT_HOLDERS
             and not (m.start > sent.start and lower[m.start - 1] in PREPOSITIONS)]
    return named[-1] if named else None


__all__ = ["document_positions"]

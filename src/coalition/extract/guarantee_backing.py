"""A state that will not send its own soldiers but backs security guarantees for Ukraine: "Meloni
remains opposed to sending Italian soldiers to Ukraine, though she has long argued for a guarantee
modelled on Article 5", "Meloni, who is not sending soldiers, pushed at the White House for
guarantees modelled on NATO's Article 5", "'Polish soldiers will not be stationed on Ukrainian soil.
What we can offer is logistics and political backing for the countries that decide to provide such
guarantees,' Tusk said".

The refusal is the state's declined participation (``participation.py``); the backing beside it is
its `support` stance on the guarantees, a position of its own on another target, which the
participation finder's one-position-per-sentence reading and the article's one support per target
leave out. Read when a backing word comes a few words before "guarantee(s)" and the same sentence or
the one before refuses soldiers: a refusal cue with a troop word beside it ("not sending soldiers",
"Polish soldiers will not be stationed"), not one whose object is something else ("will not send
weapons", "will not deploy air defence systems"); the holder is the state of a declined
participation told in that sentence, else the quotation's speaker. The words are in
``data/guarantee_backing.json``.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, sentence_words, tokens, vocab
from coalition.extract.stance_holders import quote_speaker
from coalition.model import Stance

_WORDS = vocab("guarantee_backing")
BACKING = [tuple(_as_tokens(b).split()) for b in _WORDS["backing"]]
BACKING_KEYS = frozenset(b[0] for b in BACKING)
GUARANTEES = frozenset(_WORDS["guarantee_words"])
REFUSALS = [_as_tokens(r) for r in _WORDS["troop_refusals"]]
TROOPS = frozenset(vocab("positions")["troop_nouns"])
TROOP_REACH = int(_WORDS["troop_reach"])  # words either side of a refusal cue that may name the troops
TARGET = _WORDS["target"]
NOT_HOLDERS = frozenset(_WORDS["not_holders"])
REACH = int(_WORDS["reach"])  # words from the backing word to "guarantee(s)"


def guarantee_backing_stances(ctx, facts: list) -> list:
    """``facts`` with the support for guarantees of each state that refuses its own soldiers beside it."""
    out = list(facts)
    lower = tokens(ctx.doc).lower
    sents = list(ctx.sents)
    for n, sent in enumerate(sents):
        words = sentence_words(_padded(sent))
        if GUARANTEES.isdisjoint(words) or BACKING_KEYS.isdisjoint(words):
            continue  # most sentences
        if not _backs_guarantees(lower, sent.start, sent.end):
            continue
        if not _refuses_troops(_padded(sent)) and not (n and _refuses_troops(_padded(sents[n - 1]))):
            continue
        evidence = ctx.sentence_evidence(sent)
        declined = [f.actor for f in out if f.kind == "participation" and f.status == "declined"
                    and f.evidence.start == evidence.start]
        holders = declined or quote_speaker(ctx, sent, [])[:1]
        for holder in holders:
            if holder in NOT_HOLDERS or any(f.kind == "stance" and f.actor == holder and f.stance == "support"
                                            and f.evidence.start == evidence.start for f in out):
                continue
            out.append(Stance(actor=holder, target=TARGET, stance="support", evidence=evidence, confidence=0.5))
    return out


def _backs_guarantees(lower: list[str], start: int, end: int) -> bool:
    for i in range(start, end):
        if lower[i] not in BACKING_KEYS:
            continue
        for phrase in BACKING:
            if tuple(lower[i:i + len(phrase)]) == phrase and \
                    not GUARANTEES.isdisjoint(lower[i + len(phrase):min(end, i + len(phrase) + REACH)]):
                return True
    return False


def _refuses_troops(padded: str) -> bool:
    """A refusal cue in a :func:`_padded` sentence with a troop word in it or within
    ``TROOP_REACH`` words of it: "who is not sending soldiers", "Polish soldiers will not be
    stationed", "no troops"; "will not send weapons" is a refusal of something else."""
    for cue in REFUSALS:
        at = padded.find(cue)
        while at >= 0:
            near = padded[:at].split()[-TROOP_REACH:] + cue.split() + \
                padded[at + len(cue):].split()[:TROOP_REACH]
            if not TROOPS.isdisjoint(near):
                return True
            at = padded.find(cue, at + 1)
    return False

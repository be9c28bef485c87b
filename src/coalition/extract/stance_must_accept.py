"""A third party saying a warring side should or must accept a truce: "Britain's Foreign Secretary,
David Lammy, said Moscow should accept the proposal", "Berlin said Russia must agree to the
ceasefire". It is the speaker's `support` stance on the proposal (ADJUDICATION.md decision 2: urging a
party to accept another's proposal records that proposal, and the urging party's position is a
stance; decision 27: a third party's backing of a truce is a stance).

``stance_calls.py`` reads the urging verbs ("urged Moscow to accept"); reported speech with a modal
("said Moscow should accept") has no urging verb and was missed. The reading is narrow: a speech
verb, then (past "that") a warring side named as the subject, a modal of obligation, a verb of
accepting and, within a few words, a truce noun (or a proposal noun in an article that names a truce).
The speakers are the states and organisations before the speech verb (:func:`act_holders`), never a
warring side (whose words answer the truce, decision 3). Cheap: a sentence is read only when it holds
a modal and a verb of accepting.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.extract.stance_sanctions import act_holders

_WORDS = vocab("ceasefires")
_OWN = vocab("must_accept")
WARRING = frozenset(_WORDS["belligerents"])
SPEECH = frozenset(_OWN["speech"])
MODALS = frozenset(_OWN["modals"])
ACCEPTING = frozenset(_OWN["accepting"])
TRUCES = frozenset(_OWN["truces"])
PROPOSALS = frozenset(_OWN["proposals"])
TRUCE_MENTIONS = tuple(_OWN["truce_mentions"])
TARGET = "ceasefire proposal"
SUBJECT_REACH = 3  # from the speech verb to the side ("said that the Kremlin should")
MODAL_REACH = 2  # from the side to its modal ("Russia, too, must")
NOUN_REACH = 6  # from the accepting verb to the truce noun ("accept the American 30-day truce")


def must_accept_stances(ctx, sent, present: frozenset) -> list[str]:
    """The third parties whose 'X should accept the truce' ``sent`` reports."""
    if MODALS.isdisjoint(present) or ACCEPTING.isdisjoint(present) or SPEECH.isdisjoint(present):
        return []
    if TRUCES.isdisjoint(present) and (PROPOSALS.isdisjoint(present) or not ctx.names_any(TRUCE_MENTIONS)):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    idx = tokens(ctx.doc).idx
    for s in range(a, b):
        if lower[s] not in SPEECH:
            continue
        side = next((m for m in ctx.mentions_in(idx[s], idx[min(b, s + SUBJECT_REACH + 2) - 1] + 1, ("COUNTRY", "ORG", "PERSON"))
                     if m.stands_for in WARRING and m.start - s <= SUBJECT_REACH), None)
        if side is None:
            continue
        modal = next((k for k in range(side.end, min(b, side.end + MODAL_REACH + 1)) if lower[k] in MODALS), None)
        if modal is None:
            continue
        verb = next((k for k in range(modal + 1, min(b, modal + 3)) if lower[k] in ACCEPTING), None)
        if verb is None or lower[modal + 1 : verb] not in ([], ["to"]):
            continue
        nouns = lower[verb + 1 : min(b, verb + 1 + NOUN_REACH)]
        if TRUCES.isdisjoint(nouns) and PROPOSALS.isdisjoint(nouns):
            continue
        return [c for c in act_holders(ctx, lower, a, s, b) if c not in WARRING]
    return []

"""A document's clause that no other finder gave a holder: its issuer takes the clause's position
(ADJUDICATION.md decisions 7 and 40, with ``document_holders.py``).

"On membership, the declaration said Ukraine was on an "irreversible path" to joining the alliance":
the clause's cue ("irreversible") and target (Ukraine's NATO membership) are read, but the clause
group names nobody before the cue (Ukraine is the one joining, the declaration no actor), so no
stance was made for ``document_holders`` to hand to the issuer. Here the issuer (the organisation
named last before the clause, as there) takes the value the cue gives on the vocabulary target the
clause names, when the issuer holds no position from that sentence yet, and only when the document
is the subject of a speech verb ("the declaration said"): a clause that tells what the document does
("The document also commits to Ukrainian membership", "It calls on member states to…") is as often
about a text the issuer did not write. Only `support` and `oppose`: a hedge or a condition is a
speaker's, which a document's text is not.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.model import Stance

VALUES = frozenset({"support", "oppose"})
_WORDS = vocab("document_holders")
DOCUMENTS = frozenset(_WORDS["documents"])
SPEECH = frozenset(_WORDS["speech_verbs"])


def document_clause_stance(ctx, sent, first: int, issuer: str, facts: list) -> Stance | None:
    """The issuer's stance read from the document clause of ``sent`` that opens at token ``first``,
    or None when the clause gives none or the issuer already holds one from the sentence."""
    lower = tokens(ctx.doc).lower
    doc_at = next((k for k in range(first, min(sent.end, first + 5)) if lower[k] in DOCUMENTS), None)
    if doc_at is None or doc_at + 1 >= sent.end or lower[doc_at + 1] not in SPEECH:
        return None
    evidence = ctx.sentence_evidence(sent)
    if any(f.kind == "stance" and f.actor == issuer and f.evidence.start == evidence.start for f in facts):
        return None
    from coalition.extract.positions import _named_targets  # the stance finder's targets, read once
    from coalition.extract.stance_cues import stance
    from coalition.extract.stance_targets import target_for

    text = " " + " ".join(lower[first:sent.end]) + " "
    value, cue = stance(text, vocab("positions")["stance_verbs"])
    if value not in VALUES:
        return None
    target = target_for(text, cue, _named_targets())
    if target is None:
        return None
    return Stance(actor=issuer, target=target, stance=value, evidence=evidence, confidence=0.5)

"""A third party's praise told by naming a policy step ("NATO's Secretary General called the US
willingness to join the guarantees a real breakthrough", "the foreign secretary called the result a
powerful demonstration"): whoever calls a step by one of the praise terms (``praise_terms`` in
``warring_stances.json``) supports it, as a welcome of it would (ADJUDICATION.md decision 14).

``stance_warring.py`` reads the same wording for Kyiv; this reads it for any other holder named
before "called", never for Russia (its "called" of a Western step is a hostile characterisation) and
never for a welcome verb, which ``positions.py`` reads from its cue words already.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

_WORDS = vocab("warring_stances")
# "called the German move an important step" on tanks sent: a welcome of aid, no stance (decision 14)
SUPPLIES = frozenset(_WORDS["praise_supplies"]) | frozenset(_WORDS["aid_targets"])
# Russia and its partners calling a Western step something are read by the hostile terms instead
NOT_HOLDERS = frozenset({"RUS", "UKR", "BLR"})


def praised_by_other(ctx, sent, holder: str | None, welcome_word: str, target: str, out: list, evidence) -> bool:
    """Whether ``holder``'s "called <step> <praise>" in ``sent`` is its support of ``target``."""
    if not holder or holder in NOT_HOLDERS or welcome_word != "called" or target in SUPPLIES:
        return False
    if "called" not in tokens(ctx.doc).lower[sent.start:sent.end]:
        return False
    # one support a sentence per holder: the cue words' reading, if any, tells it already
    return not any(f.kind == "stance" and f.actor == holder and f.evidence.start == evidence.start for f in out)

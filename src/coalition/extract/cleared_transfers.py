"""A state cleared by another to pass on weapons gives them itself.

"Berlin also cleared the Netherlands to pass on 400 German-made rocket-propelled grenade launchers",
"Berlin gave the Netherlands permission to pass on 400 launchers and cleared Estonia to send nine
D-30 howitzers", "the government approved Poland's request to hand the aircraft on to Ukraine": the
state that clears is only the maker's government (its permission is a stance, not a gift), and the
cleared state, the object of the clearing verb, is the subject of the verb of giving after "to".
The donor finders read the clearer, or nothing ("pass on" is no verb of giving of theirs), so the
gift was missed. Each cleared state gets one ``announced`` commitment of the items after its verb,
to the end of the clause, unless the article already has that state give those items; a refusal, a request or a hypothesis before the clearing verb ("refused
to allow Germany to re-export", "asked Berlin to clear Poland to send", "would allow") gives none,
nor a transfer to a state other than Ukraine. Words in ``data/cleared_transfers.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coalition.extract.aid_items import _category, _item_names, find_items
from coalition.extract.context import ArticleContext, lower_text, tokens, vocab
from coalition.model import Commitment


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("cleared_transfers").items() if not k.startswith("_")}


def cleared_givers(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """The commitments of the states a sentence clears to pass weapons on to Ukraine."""
    w = _words()
    lower = tokens(ctx.doc).lower
    gate = w["clear_verbs"] | w["permission_verbs"] | w["request_verbs"]
    held = {(c.evidence.start, c.donor) for c in commitments}
    out: list[Commitment] = []
    for sent in ctx.sents:
        words = lower[sent.start : sent.end]
        if gate.isdisjoint(words) or w["pass_verbs"].isdisjoint(words):
            continue  # the cheap test first
        for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
            code = m.stands_for
            if not code or code in w["not_givers"]:
                continue
            k = _verb_after_cleared(lower, sent, m, w)
            if k is None:
                continue
            lo, hi = _object(ctx, sent, k, w)
            items = find_items(ctx.doc[lo:hi])
            evidence = ctx.sentence_evidence(sent)
            if not items or (evidence.start, code) in held:
                continue
            names = _item_names(sent, items)
            if any(c.donor == code and _words_of(c.items) & _words_of(names) for c in commitments):
                continue  # the cleared state's gift told elsewhere ("Poland would send four MiG-29s")
            held.add((evidence.start, code))
            out.append(Commitment(donor=code, recipient="UKR", category=_category(items, lower_text(sent), False),
                                  status="announced", items=names, evidence=evidence, confidence=0.5))
    return out


def _words_of(items: list[str]) -> set[str]:
    """The longer words of item names, without a plural "s": "MiG-29s" and "mig-29" share "mig"."""
    return {w.rstrip("s") for item in items for w in re.findall(r"[^\W\d_]+", item.lower()) if len(w) >= 3}


def _verb_after_cleared(lower, sent, m, w) -> int | None:
    """The token after the verb of giving when ``m`` is the state a clearing verb clears: "cleared
    [the] X to pass [on]", "gave [the] X permission to send", "approved X's request to hand"."""
    before = m.start - 1
    if before >= sent.start and lower[before] == "the":
        before -= 1
    if before < sent.start:
        return None
    k = m.end
    if lower[before] in w["clear_verbs"]:
        verb = before
    elif lower[before] in w["permission_verbs"]:
        if k < sent.end and lower[k] == "the":
            k += 1
        if k >= sent.end or lower[k] not in w["permission_nouns"]:
            return None
        verb, k = before, k + 1
    elif lower[before] in w["request_verbs"]:
        if k + 1 >= sent.end or lower[k] != "'s" or lower[k + 1] not in w["request_nouns"]:
            return None
        verb, k = before, k + 2
    else:
        return None
    if verb > sent.start and lower[verb - 1] in w["stops"]:
        return None  # "refused to allow Germany to re-export …", "would allow"
    if k + 1 >= sent.end or lower[k] != "to" or lower[k + 1] not in w["pass_verbs"]:
        return None
    k += 2
    if k < sent.end and lower[k] in w["particles"]:
        k += 1
    return k


def _object(ctx: ArticleContext, sent, k: int, w) -> tuple[int, int]:
    """The tokens from ``k`` to the end of the clause: a clause break, or "and" before the next
    clearing ("… launchers and cleared Estonia to send …")."""
    lower = tokens(ctx.doc).lower
    hi = k
    while hi < sent.end and lower[hi] not in w["object_ends"]:
        if lower[hi] == "and" and hi + 1 < sent.end and lower[hi + 1] in w["clear_verbs"] | w["permission_verbs"] | w["request_verbs"]:
            break
        if lower[hi] == "to" and _other_receiver(ctx, sent, hi, w):
            return k, k  # "cleared Poland to send tanks to Slovakia": not aid to Ukraine
        hi += 1
    return k, hi


def _other_receiver(ctx: ArticleContext, sent, at: int, w) -> bool:
    nxt = at + 1 + (tokens(ctx.doc).lower[at + 1] == "the" if at + 1 < sent.end else 0)
    return any(m.start == nxt and m.stands_for not in ("UKR", None) for m in ctx.mentions_in(ctx.doc[at].idx, sent.end_char, ("COUNTRY",)))

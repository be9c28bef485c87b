"""Kyiv's request for a supply that is still an open question is its `support` of that supply
(ADJUDICATION.md decision 45).

"Foreign Minister Dmytro Kuleba has said Ukraine would take any plane allies could provide",
"Zelensky said Ukraine needed at least seven more Patriot systems", "Ukraine formally asked Israel for
Iron Dome", "Kyiv has pleaded for aircraft again and again": no stance cue reads these, and the
rules on requests (``stance_requests.py``) leave Ukraine's asks for aid out as its need. Decision 45
keeps them when the article records no commitment of the supply asked for: then the request is the
only record of Kyiv's position on an open question (a supply the article records as given is
carried by the commitment, as a welcome of it is, ``supply_welcomes.py``).

A request is read when

- its verb is one of ``verbs`` (kyiv_requests.json): "asked … for", "appealed for", "pleaded for",
  "pressing for", "lobbied for" with "for" a few words on; "needs", "wants" with their object
  straight after ("needs to be able" is no request); "would take any";
- its subject is Ukraine: a Ukrainian country or person mention a few words before the verb, over
  auxiliaries and adverbs ("Ukraine has repeatedly asked"); a sentence in a quotation is not read:
  another's words ("Ukraine needs air defence now," the German minister said) are the speaker's view
  of Ukraine's needs, and a Ukrainian's quoted "we need air defence" is most often not annotated as
  a position (179, 228; 447 has one); "what Ukraine needs" is a description;
- a supply word (``objects``) stands within a few words after it;
- and no commitment of the article covers what is asked for: none whose items share a word naming
  the supply ("Patriot", "jets"); an ask named only by its kind ("weapons", "more systems") is taken
  as covered by any gift the article records.

One support per article, and none in a sentence where a cue already read Kyiv's support: Kyiv's asks
are most often told again in other words.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded, person_actor
from coalition.extract.context import sentence_words, tokens, vocab
from coalition.model import Stance

_WORDS = vocab("kyiv_requests")
VERBS = frozenset(_WORDS["verbs"])
FOR_VERBS = frozenset(_WORDS["for_verbs"])
ANY_VERBS = frozenset(_WORDS["any_verbs"])
FOR_REACH = int(_WORDS["for_reach"])
OBJECT_REACH = int(_WORDS["object_reach"])
OBJECTS = frozenset(_WORDS["objects"])
NOT_AFTER = frozenset(_WORDS["not_after"])
SUBJECT_REACH = int(_WORDS["subject_reach"])
HOLDER = "UKR"
# words between a subject and its request verb ("Ukraine has repeatedly asked", "Kyiv will keep asking")
BETWEEN = frozenset("has have had would will is was were are been still also again repeatedly formally "
                    "urgently keep keeps kept already now always once first long "
                    # "Ukrainian officials have pressed Seoul for rifles": the state's people speak for it
                    "officials leaders diplomats ministers government authorities".split())
# where the words of what is asked for end
OBJECT_ENDS = frozenset(". , ; : to that which who because and but".split())
# the words of a supply that say nothing of which one it is
GENERIC = frozenset("systems system air defence defense more any weapons weapon arms".split())
OBJECT_STEMS = frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in OBJECTS) - GENERIC


def kyiv_request_stances(ctx, facts: list) -> list:
    """``facts`` with Kyiv's support for the first supply it asks for that no commitment covers."""
    items = [w for f in facts if f.kind == "commitment" for item in f.items
             for w in item.lower().replace("-", " ").split()]
    given = {_stem(w) for w in items} - GENERIC
    # sentences where a cue already read Kyiv's support ("Kyiv wants permission to fire …": the strike limits)
    held = {f.evidence.start for f in facts if f.kind == "stance" and f.actor == HOLDER and f.stance == "support"}
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents:
        present = sentence_words(_padded(sent))
        if VERBS.isdisjoint(present) or OBJECTS.isdisjoint(present) or ctx.sentence_evidence(sent).start in held:
            continue
        for at in range(sent.start, sent.end):
            if lower[at] not in VERBS:
                continue
            asked = _asked(lower, at, sent.end)
            named = {_stem(w) for w in asked.replace("-", " ").split()} & OBJECT_STEMS if asked else set()
            # "weapons", "more systems": a supply named only by its kind is covered by any gift
            if not asked or (named & given if named else items):
                continue
            if _holder(ctx, sent, at, lower) == HOLDER:
                evidence = ctx.sentence_evidence(sent)
                target = f"{asked} for Ukraine"
                return facts + [Stance(actor=HOLDER, target=target, stance="support", evidence=evidence,
                                       confidence=0.5)]
    return facts


def _asked(lower: list[str], at: int, end: int) -> str | None:
    """What the request verb at ``at`` asks for, as written ("at least seven patriot or similar
    high-end systems"), when a supply word is in it."""
    verb = lower[at]
    lo = at + 1
    if verb in FOR_VERBS:
        reach = min(end, at + 1 + FOR_REACH)
        aside = next((k for k in range(at + 1, reach) if lower[k] == ","), None)
        if aside is not None:
            # "have pressed Seoul, as they have dozens of other capitals, for rifles": past the aside
            close = next((k for k in range(aside + 1, min(end, aside + 12)) if lower[k] == ","), None)
            reach = min(end, close + 3) if close is not None else reach
        lo = next((k + 1 for k in range(at + 1, reach) if lower[k] == "for"), None)
        if lo is None:
            return None
    elif verb in ANY_VERBS:
        if lower[at + 1 : at + 2] != ["any"]:
            return None
    elif lower[at + 1 : at + 2] in (["to"], ["it"], ["them"]):
        return None  # "needs to be able to defend", "wants it": no supply named
    words = []
    for k in range(lo, min(end, lo + OBJECT_REACH)):
        if lower[k] in OBJECT_ENDS:
            break  # ("that Kyiv has asked for, naming the Taurus": what is asked for stands before)
        words.append(lower[k])
    return " ".join(words) if not OBJECTS.isdisjoint(words) else None


def _holder(ctx, sent, at: int, lower: list[str]) -> str | None:
    """Who asks: the country or person just before the verb, over auxiliaries and adverbs; none in a
    quotation."""
    k = at - 1
    while k > sent.start and at - k <= SUBJECT_REACH and lower[k] in BETWEEN:
        k -= 1
    idx = tokens(ctx.doc).idx
    if _in_quote(ctx, sent):
        return None  # another's words about what Ukraine needs, or a quoted "we need" (see above)
    for m in ctx.mentions_in(idx[max(sent.start, k - 6)], idx[k] + 1, ("COUNTRY", "PERSON")):
        if m.end - 1 != k:
            continue
        if m.start > sent.start and lower[m.start - 1] in NOT_AFTER:
            return None  # "what Ukraine needs"
        return person_actor(ctx, m) if m.label == "PERSON" else m.code
    return None


def _in_quote(ctx, sent) -> bool:
    mid = (sent.start_char + sent.end_char) // 2
    return any(q.open_mark <= mid <= q.close_mark for q in ctx.quotes())


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


__all__ = ["kyiv_request_stances"]

"""The stage of a commitment (pledged, approved, delivered, ...) read from the words around it.

Separate from the commitment finder because the stage cues are a vocabulary of their own (an index
of ``commitments.json`` stages by first word, the auxiliaries an adverb may split, "pause" words
that are not a stage), read the same way for an amount and for aid in kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import _as_tokens, _key_word, _lower, has_phrase, tokens, vocab, window_words


# "is also paying for", "are now funding": the same after "is"/"are" before a verb in -ing (twelfth
# session, dev 116, 447); "is also due to receive" keeps its adverb, Ukraine's receiving is no stage cue
_ADVERB_AFTER_AUX = re.compile(r" (has|have|had|was|were|is(?= \w+ \w+ing )|are(?= \w+ \w+ing )) (?:also|already|instead|now|since|meanwhile|previously|recently) ")


def _keep_auxiliary(match: re.Match) -> str:
    # a function, not the template r" \1 ": the template is parsed again on every call
    return " " + match.group(1) + " "


def _status(padded: str, words: dict, sentence: str | None = None) -> str | None:
    # "has also sent", "have already delivered": the adverb does not change the stage
    padded = _ADVERB_AFTER_AUX.sub(_keep_auxiliary, padded)
    lifted = False
    # the cues of every stage found in one pass, in the order of the stages and of their cues
    index = _status_index() if words is vocab("commitments") else _make_status_index(words["status"])
    # the words that open a cue, as a set, met with the window's words (the adverb's removal above
    # made a new string, whose set no one keeps; the hits are sorted, so the order they are found
    # in does not matter)
    firsts = _status_firsts() if index is _status_index() else frozenset(index)
    hits = sorted(hit for word in firsts.intersection(window_words(padded)) for hit in index[word] if hit[4] in padded)
    for _, _, status, cue, _ in hits:
        if status == "delivered" and has_phrase(padded, [f"be {cue}", f"being {cue}", f"to {cue}"]):
            continue  # "would be delivered by April", "is being transferred": not yet delivered
        if status == "announced" and " " not in cue and has_phrase(padded, [f"{cue} by"]):
            # (a cue of several words, "is being financed by", is the clause's own verb, not an attribute)
            continue  # "the battery promised by the Netherlands has arrived": the item's attribute
        if status == "paused" and _not_a_pause(sentence or padded, cue, words):
            lifted = lifted or not has_phrase(sentence or padded, [f"{cue} {w}" for w in words["frozen_things"]])
            continue
        if lifted and status not in ("delivered", "contracted"):
            return "announced"  # a resumption: announced, whatever "will" says of its timing
        return status
    return "announced" if lifted else None


@lru_cache(maxsize=1)
def _status_index() -> dict[str, list[tuple[int, int, str, str, str]]]:
    return _make_status_index(vocab("commitments")["status"])


@lru_cache(maxsize=1)
def _status_firsts() -> frozenset[str]:
    return frozenset(_status_index())


def _make_status_index(stages) -> dict[str, list[tuple[int, int, str, str, str]]]:
    """The status cues by their first word: (stage order, cue order, stage, cue, cue as tokens)."""
    index: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for order, (status, cues) in enumerate(stages):
        for cue_order, cue in enumerate(cues):
            as_tokens = _as_tokens(cue)
            index.setdefault(_key_word(as_tokens), []).append((order, cue_order, status, cue, as_tokens))
    return index


def _not_a_pause(padded: str, cue: str, words: dict) -> bool:
    """ "will lift its pause on aid and resume…": a pause ended is a resumption; "frozen Russian
    assets": assets that are frozen, not aid that is paused."""
    if has_phrase(padded, [f"{cue} {w}" for w in words["frozen_things"]]):
        return True
    return bool(has_phrase(padded, [f"{verb} {det} {cue}" for verb in words["lifting_verbs"]
                                    for det in ("its", "the", "a", "their", "this", "that")]
                           # a headline leaves the determiner out: "US lifts freeze on Ukraine military aid"
                           + [f"{verb} {cue}" for verb in words["lifting_verbs"]]))


def _later_stage(rest: str, words: dict) -> str | None:
    """The stage of "hopes to deliver two more" / "plans to send further" after an item."""
    for stage, cues in words["later_stage"]:
        cue = has_phrase(rest, cues)
        if cue and has_phrase(rest[rest.index(" " + cue.split()[-1] + " "):], ("more", "further", "another", "additional")):
            return stage
    return None


# Participles that open an aside after an item ("tanks, promised in February, arrived").
# Words that open an aside of the item's parts ("military aid, including Javelin missiles, landed"):
# the verb after the aside is still the item's.
_ASIDE_OPENERS = frozenset({"including", "among", "notably"})
_ASIDE_PARTICIPLES = frozenset({"promised", "pledged", "announced", "ordered", "bought", "donated", "funded", "financed",
                                "built", "made", "purchased", "committed", "approved"})


def _passive_status(sent: Span, i: int, words: dict, most: int = 10) -> str | None:
    """The stage a passive verb later in the clause gives an item that is its subject ("eight
    howitzers taken from army stocks were delivered"); an active verb there has another subject
    ("the initiative that buys ammunition will deliver shells")."""
    doc = sent.doc
    table = tokens(doc)
    j = i
    end = min(sent.end, i + most)
    if j + 2 < sent.end and table.text[j] == "," and (table.lower[j + 1] == "which" or _lower(doc, j + 1, j + 4) in (" all of which ", " most of which ", " both of which ", " each of which ")):
        # "vests and vehicles, all of which have been delivered": the relative clause's verb is the items'
        j += 1 if table.lower[j + 1] == "which" else 3
        end = min(sent.end, j + most)
    elif j + 2 < sent.end and table.text[j] == "," and (table.lower[j + 1] in _ASIDE_PARTICIPLES or table.lower[j + 1] in _ASIDE_OPENERS):
        # "three Leopard tanks, promised in February, arrived on Sunday": past the aside, to the verb
        k = j + 1
        while k < min(sent.end, j + (12 if table.lower[j + 1] in _ASIDE_OPENERS else 8)) and table.text[k] != ",":
            k += 1
        if k < sent.end and table.text[k] == ",":
            j = k + 1
            end = min(sent.end, j + most)
    while j < end and table.text[j] not in (",", ";", ":"):
        j += 1
    clause = _lower(doc, i, j)
    # "a Patriot battery from Germany has arrived in Ukraine": an item is also the subject of a
    # verb of arrival, which needs no passive to give its stage
    arrival = has_phrase(clause, words["arrival_verbs"])
    if not has_phrase(clause, ("was", "were", "been")) and not arrival:
        return None
    # "a shipment of US military aid landed at Boryspil", "the batch reached Ukraine in April": an
    # arrival with no other cue is the aid delivered (adjudication: arrived aid is delivered)
    status = _status(clause, words)
    if status is None and arrival:
        if not _arrival_deferred(table.lower[i:j], arrival, words):
            status = "delivered"
        elif _arrival_scheduled(table.lower[i:j], arrival, words):
            status = "planned"  # "Fifty of them are to reach Ukraine by the end of the year": an arrival set for later
    return status


# Words before a verb of arrival that make the arrival still to come ("the first jets to be handed
# over", "are due to arrive", "will reach Ukraine").
_NOT_YET = frozenset({"to", "be", "will", "would", "could", "can", "may", "might", "should", "shall", "expected", "due", "once", "when",
                      "if"})


def _arrival_deferred(between: list[str], arrival: str, words: dict) -> bool:
    """Whether the arrival after an item is not its delivery: still to come ("fit to be handed
    over"), or the verb of a scheme the item only names ("the ammunition initiative has reached")."""
    first = arrival.split()[0]
    upto = between[: between.index(first)] if first in between else between
    return any(w in _NOT_YET or w in words["pooled_scheme_nouns"] for w in upto)


# Words that make an arrival a supposition, a denial or a scheme's ("once they reach", "if they arrive").
_SUPPOSED = frozenset({"once", "when", "if", "unless", "until", "before", "could", "can", "may", "might", "should", "would", "be", "not",
                       "never"})


def _arrival_scheduled(between: list[str], arrival: str, words: dict) -> bool:
    """Whether an arrival still to come is the items' own plan, "is/are to" right before it ("Fifty of
    them are to reach Ukraine by December"), not supposed ("once they are to reach"), denied, nor a
    scheme's. ("due to reach", "expected to arrive" tell the schedule of aid told before, and "will"
    is a cue of its own.)"""
    first = arrival.split()[0]
    upto = between[: between.index(first)] if first in between else between
    return (upto[-2:] in (["are", "to"], ["is", "to"])
            and not any(w in _SUPPOSED or w in words["pooled_scheme_nouns"] for w in upto))

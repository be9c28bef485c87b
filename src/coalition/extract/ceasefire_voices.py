"""A state's voice as the proposer of a truce: its office-holder or office, written after the state's
possessive, as the subject of a proposing verb ("Russia's foreign minister proposed a 30-day truce",
"Britain's defence secretary called for a ceasefire in the air", "Zelensky's office proposed…") is
the state's proposal, as a state's document is ("China's position paper called for…", read in
``ceasefire_parties._document_proposes``).

Kept apart from ``ceasefire_parties.py`` (full), which calls it only for a possessive actor. Guards:
only lower-case modifiers ("foreign", "defence", "special") between the possessive and the noun;
the proposing verb within a few words after the noun ("said Kyiv had proposed" is another's
proposal); no other actor named between; an order or an urging to declare a truce oneself is left
to the rules for those verbs.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.ceasefire_ultimatums import aside_end
from coalition.extract.context import has_phrase, tokens, vocab, window_text

# words that may stand between the noun and its verb: "has proposed", "on Monday proposed"
_VERB_REACH = 4
# modifiers between the possessive and the noun: "foreign", "special", "prime"
_MODIFIER_REACH = 3


@lru_cache(maxsize=1)
def _voices() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["state_voices"])


def voice_proposes(doc, m, end: int, mentions, words) -> bool:
    """Whether the possessive actor ``m`` (its "'s" at ``m.end``) owns a voice that proposes the truce."""
    tk = tokens(doc)
    lower = tk.lower
    voices = _voices()
    head = None
    for k in range(m.end + 1, min(end, m.end + 2 + _MODIFIER_REACH)):
        if lower[k] in voices:
            head = k
            break
        if tk.punct[k] or tk.title[k] or not tk.alpha[k]:
            return False  # a name, a mark: no office of the possessor's
    if head is None:
        return False
    head = aside_end(tk, head, end)  # "Ukraine's delegation, led by …, demanded": past the aside
    upto = next((n.start for n in mentions if n.start > head), end)
    window = window_text(doc, head + 1, min(upto, head + 1 + _VERB_REACH))
    verb = has_phrase(window, words["propose_verbs"])
    if not verb or verb in words["order_verbs"]:
        return False
    before = window.partition(f" {verb} ")[0].split()
    if any(w in words["announce_verbs"] or w in words["truce_heads"] or w == "that" for w in before):
        return False  # "said a ceasefire proposed by Kyiv…": the verb is another's
    if verb in words["urge_verbs"]:
        # "urged Moscow to declare a truce": the one urged declares it (ceasefire_parties)
        rest = lower[head + 1 : min(end, head + 12)]
        if any(w == "to" and nxt in words["declare_verbs"] for w, nxt in zip(rest, rest[1:])):
            return False
    # a truce word of its own after the verb: "open a humanitarian corridor" is no ceasefire
    return bool(has_phrase(window_text(doc, head + 1, end), words["triggers"]))

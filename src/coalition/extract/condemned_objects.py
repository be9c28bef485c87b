"""What a backed text condemns: "Brazil voted in favour of UN resolutions condemning Russia's
invasion", "backed a statement denouncing the annexation".

The open-object rules read a backing cue's object as its target ("in favour of … the invasion"),
and when the backed thing is a text that condemns something, the object they find is what the text
condemns. The actor backs the condemnation, so its position on that object is opposition, never
support: a `support` stance whose target comes right after a condemning word in its own evidence
(at most ``REACH`` words between, "condemning Russia's invasion") is that actor's `oppose`. The
condemning words are in condemned_objects.json.

A named vote for a UN resolution is the exception (ADJUDICATION decision 11): "voted in favour of UN
resolutions condemning Russia's invasion" is the voter's `support` of the resolution, as "voted for UN
resolutions condemning the invasion" already reads, so such a stance takes the resolution as its target
and stays `support`.
"""

from __future__ import annotations

from coalition.extract.context import vocab

CONDEMNING = frozenset(vocab("condemned_objects")["verbs"])
VOTING = frozenset(vocab("condemned_objects")["votes"])
RESOLUTIONS = frozenset(vocab("condemned_objects")["resolutions"])
# the target a vote for a resolution has (the stance vocabulary's name for it)
RESOLUTION_TARGET = "UN resolution"
# words between the condemning word and the target's head: "condemning Russia's full-scale invasion"
REACH = 4


def with_condemned_objects(facts: list) -> list:
    """``facts`` with each support of a thing its evidence says a backed text condemns read as oppose."""
    out = []
    for f in facts:
        if f.kind == "stance" and f.stance == "support" and _condemned(f.evidence.text, f.target):
            if _voted_resolution(f.evidence.text):
                f = f.model_copy(update={"target": RESOLUTION_TARGET})
            else:
                f = f.model_copy(update={"stance": "oppose"})
        out.append(f)
    return out


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'“”‘’()") for w in text.lower().replace("’s", " 's").replace("'s", " 's").split()]


def _condemned(text: str, target: str) -> bool:
    """Whether the target's last word follows a condemning word in ``text`` within ``REACH`` words."""
    head = _words(target)[-1:] if target else []
    if not head:
        return False
    words = _words(text)
    return any(w == head[0] and not CONDEMNING.isdisjoint(words[max(0, k - REACH - 1) : k])
               for k, w in enumerate(words))


def _voted_resolution(text: str) -> bool:
    """Whether the backed text is a resolution voted on: a voting word, then "resolution(s)" before
    the first condemning word ("voted last year in favour of UN General Assembly resolutions condemning")."""
    words = _words(text)
    first = next((k for k, w in enumerate(words) if w in CONDEMNING), len(words))
    before = words[:first]
    return not VOTING.isdisjoint(before) and not RESOLUTIONS.isdisjoint(before)

"""A refusal of a named weapon system, told after another position of the same value, is a
position of its own.

"Radev has consistently argued against sending weapons … Bulgaria will not give up its S-300 air
defence systems, the government said", "… cannot join the alliance, Scholz said. He has also
repeated that Germany will not send its Taurus cruise missiles". An open object (a cue's object as
written, ``stance_objects.open_target``) is read once per actor and value in an article, since such
objects are mostly the same thing told in other words ("the move", "the decision", "it"). A system
named by its type ("S-300", "Taurus", "F-16s": a capital or a digit inside the object) is not
another wording of an earlier object: it is a refusal of that system, which annotators record
besides the state's general refusal or its position on something else (dev 274, 334).

It stays one fact where the earlier position already named the system ("rejected a motion to send
Taurus cruise missiles … Scholz has repeatedly said he will not send the missile": the lede and
the body tell one refusal, ADJUDICATION.md decision 48), and where the object is a plain noun ("the
missile", "the jets").
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

# "Western fighter aircraft": a capital that tells the origin, not the system
ORIGINS = frozenset(vocab("named_refusals")["origins"])
# Only a refusal: a second support of another object is most often a thanks told twice.
_VALUES = frozenset({"oppose"})


def named_system(ctx, a: int, b: int, target: str) -> str | None:
    """The name inside the open object ``target`` of the clause in tokens [a, b) ("S-300" in
    "its s-300"), or None when the object names no system."""
    words = target.split()
    lower = tokens(ctx.doc).lower
    doc = ctx.doc
    n = len(words)
    at = next((i for i in range(a, b - n + 1) if lower[i : i + n] == words), None)
    if at is None:
        return None
    # A longer object opens on its determiner or its owner ("its s-300", "russia 's attempted
    # annexation", stance_objects._phrase and stance_open.np_object), which names no system: a
    # name with no determiner before it comes as a one-word object ("Germany rejected Gepard
    # exports": "gepard"), and that word is read.
    for i in range(at + 1, at + n) if n > 1 else range(at, at + 1):
        if is_name_token(ctx, i):
            return doc[i].text
    return None


def is_name_token(ctx, i: int) -> bool:
    """Whether token ``i`` is part of a weapon system's name (a capital or a digit: "S-300",
    "Taurus"), not a word of where it comes from ("Western fighter aircraft", "its German tanks")."""
    text = ctx.doc[i].text
    if text.lower() in ORIGINS or ctx.mentions_in(ctx.doc[i].idx, ctx.doc[i].idx + len(text), ("COUNTRY",)):
        return False
    return any(c.isdigit() for c in text) or text[:1].isupper()


def new_refusal(ctx, a: int, b: int, target: str, actor: str, stance: str, facts) -> bool:
    """Whether the open object ``target`` is a named system the actor's earlier positions of the
    same value do not name: its refusal stands beside them."""
    if stance not in _VALUES:
        return False
    name = named_system(ctx, a, b, target)
    if name is None:
        return False
    name = name.lower()
    return not any(f.actor == actor and f.stance == stance and name in f.evidence.text.lower() for f in facts)

"""The European Union's decisions told as acts of its leaders, ambassadors or Council.

Wording class (dev 374, 406, 407, 422; 223 with "signed off on"): the union's support of a measure
or of Ukraine's accession is the news that its members agreed to it, with no stance word:
- "Late on Thursday the European Council granted Ukraine the status of a candidate country";
- "European Union ambassadors agreed on Wednesday an 11th package of sanctions against Russia";
- "The European Union's 27 leaders agreed on Monday to stop buying most of the oil they import
  from Russia";
- "Orbán left the room, and the 26 who stayed behind agreed to open accession negotiations".

The subject is the union named just before the verb (with only its members' words between,
"ambassadors", "'s 27 leaders"), or "the 26" / "the 27" member states in an article that names
the union; the object is a target of the vocabulary read in the clause after the verb, or one of
the decision's own phrases ("stop buying … oil", "the status of candidate"). "failed to agree",
"had not agreed", "agreed to lend Ukraine €90bn" (no target), "agreed a loan to Ukraine backed by
frozen Russian assets" (aid, read by the commitment rules) give nothing; the position is the
union's support, once per target (a later cue on the same target is the same position).

Words are in union_decisions.json.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded_range
from coalition.extract.context import tokens, vocab
from coalition.extract.stance_targets import targets_in

_WORDS = vocab("union_decisions")
VERBS = [list(v) for v in _WORDS["verbs"]]
NEGATIONS = frozenset(_WORDS["negations"])
SUBJECT_WORDS = frozenset(_WORDS["subject_words"])
COUNTS = frozenset(_WORDS["counts"])
OBJECTS = _WORDS["objects"]
REACH = _WORDS["reach"]
AID_NOUNS = frozenset(_WORDS["aid_nouns"])
UNION = "EU"
STOPS = frozenset({";", "but", "while", "whereas", "although", "though"})
SUBJECT_REACH = 8  # tokens before the verb in which the subject is read


def union_decisions(ctx, sent, present: frozenset, named_targets: dict) -> list[tuple[str, str]]:
    """(actor, target) of the union's decisions told in ``sent`` (``present``: its words)."""
    if not any(v[0] in present for v in VERBS):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    out: list[tuple[str, str]] = []
    for v in range(a + 1, b):
        n = next((len(w) for w in VERBS if lower[v : v + len(w)] == w), 0)
        if not n or lower[v - 1] in NEGATIONS or not _union_subject(ctx, lower, a, v):
            continue
        end = next((k for k in range(v + n, b) if lower[k] in STOPS), b)  # the clause
        for target in _objects(ctx, lower, v + n, min(end, v + n + REACH), end, named_targets):
            if (UNION, target) not in out:
                out.append((UNION, target))
    return out


def _union_subject(ctx, lower: list[str], a: int, v: int) -> bool:
    """Whether the union is the subject of the verb at token ``v``: named just before it with
    only its members' words between, or counted as "the 26" / "the 27"."""
    lo = max(a, v - SUBJECT_REACH)
    k = v - 1
    while k >= lo and lower[k] in SUBJECT_WORDS:
        if lower[k] in COUNTS and k > a and lower[k - 1] in ("the", "other") and _names_union(ctx):
            return True
        k -= 1
    doc = ctx.doc
    for m in ctx.mentions_in(doc[lo].idx, doc[v].idx, ("ORG",)):
        if m.code == UNION and m.end >= k + 1 and all(w in SUBJECT_WORDS for w in lower[m.end : v]):
            return True
    return False


def _names_union(ctx) -> bool:
    return any(m.code == UNION for m in ctx.mentions)


def _objects(ctx, lower: list[str], lo: int, hi: int, end: int, named_targets: dict) -> list[str]:
    """The targets the decision is about: a vocabulary target in tokens [lo, hi) after the verb, or
    one of the decision's own phrases starting there (its last word before the clause's ``end``)."""
    text = _padded_range(ctx.doc, lo, hi)
    # the verb's own object: a money or aid word before it makes the decision aid, not a position
    # (or opening it: "agreed a loan to Ukraine" is a loan, read as such)
    found = [t for at, t in targets_in(text, named_targets) if AID_NOUNS.isdisjoint(text[:at].split() + text[at:].split()[:1])]
    words = lower[lo:hi]
    for obj in OBJECTS:
        first, then = obj["first"], obj["then"]
        at = next((i for i in range(len(words)) if words[i : i + len(first)] == first), None)
        if at is not None and AID_NOUNS.isdisjoint(words[:at]) and (then is None or then in lower[lo + at + len(first):end]) and obj["target"] not in found:
            found.append(obj["target"])
    return found[:1]

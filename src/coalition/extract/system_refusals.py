"""A refusal to supply a named weapon system whose name stands outside the cue's object.

Wording class: the system is named in the sentence, but the refusal's object is a pronoun for it or
is read through an anaphor elsewhere in the sentence, so the open-object reading either finds no
object or folds the refusal into the actor's earlier position:
- "Asked whether the talks changed his view on Taurus cruise missiles, Scholz repeated that Germany
  would not supply them" (the system before the cue, a pronoun after it; dev 413);
- "Berlin's position on Taurus cruise missiles has not changed: they are not going to Ukraine"
  (the system before a colon, the refusal after it; dev 339);
- "Germany will not send its Taurus cruise missiles, a refusal he restated on the day the plan was
  unveiled" ("the plan" makes the sentence about the plan, and the refusal is dropped as a restated
  position on it; dev 334).

A system is named when an aid item of the sentence carries a capital or a digit just before or
inside it ("Taurus cruise missiles", "F-16 jets") that is neither a country nor an origin
("Western", "Soviet-era", as in ``named_refusals``). The holder is the clause's subject before the
cue (``strike_limits.clause_holder``). Like ``named_refusals``, this is the refusal of that system,
a position of its own beside the actor's other oppositions (dev 274, 334), but it stays one fact
when an earlier opposition of the actor already names the system (a lede and its body, decision 48)
and it adds nothing when the sentence already gave the actor an opposition. A refusal with a way out
after the cue ("unless", "until", "only", "if") is left to the cue rules. Words are in
system_refusals.json.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import has_phrase, sentence_words, tokens, vocab
from coalition.extract.named_refusals import is_name_token
from coalition.extract.stance_objects import about_the_war
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("system_refusals")
CUES = list(_WORDS["cues"])
CUE_KEYS = frozenset(c.split()[-1] for c in CUES)
CONDITIONS = frozenset(_WORDS["conditions"])
# how far before an item its name may stand ("Taurus cruise missiles", "its F-16 fighter jets")
NAME_REACH = 2


def _system(ctx, sent) -> str | None:
    """The name of the first weapon system the sentence names with an aid item, or None."""
    doc = ctx.doc
    for start, end, _, _ in doc.user_data.get("items", ()):
        if start < sent.start or end > sent.end:
            continue
        for i in range(max(sent.start + 1, start - NAME_REACH), end):
            if is_name_token(ctx, i):  # not "Western tanks", "German planes"
                # the whole name: "Storm Shadow missiles", "IRIS-T SLM systems"
                last = i
                while last + 1 < end and (doc[last + 1].text[:1].isupper() or doc[last + 1].text == "-"
                                          or any(c.isdigit() for c in doc[last + 1].text)):
                    last += 1
                return doc[i:last + 1].text
    return None


def system_refusal_stances(ctx, facts: list) -> list:
    """``facts`` with the refusals of a named weapon system that no other rule read (see the
    module docstring)."""
    if not about_the_war(ctx):
        return facts
    out = list(facts)
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents:
        padded = _padded(sent)
        words = sentence_words(padded)
        if CUE_KEYS.isdisjoint(words):
            continue
        cue = has_phrase(padded, CUES)
        if cue is None or not CONDITIONS.isdisjoint(padded[padded.find(" " + cue + " "):].split()):
            continue  # "will not send them unless …": a condition, read by the cue rules
        name = _system(ctx, sent)
        if name is None:
            continue
        parts = cue.split()
        n = len(parts)
        at = next((i for i in range(sent.start, sent.end - n + 1) if lower[i:i + n] == parts), None)
        if at is None:
            continue
        holder = clause_holder(ctx, sent, sent.start, at)
        if holder is None or holder == "UKR":
            continue  # Ukraine refuses no supply to itself
        evidence = ctx.sentence_evidence(sent)
        if any(f.kind == "stance" and f.actor == holder and f.stance == "oppose" and (
                f.evidence.start == evidence.start or name.lower() in f.evidence.text.lower()) for f in out):
            continue  # read already, or the same refusal told before (decision 48)
        out.append(Stance(actor=holder, target=f"supplying {name} to Ukraine", stance="oppose",
                          evidence=evidence, confidence=0.5))
    return out

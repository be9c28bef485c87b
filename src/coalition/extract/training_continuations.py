"""A training programme extended or carried on, told right after the training itself.

"Canadian instructors have also spent years training Ukrainian soldiers under Operation UNIFIER
… The government has extended the operation until the end of March 2026." and "The Netherlands has
been part of Operation Interflex … The cabinet says the Dutch contribution will carry on in 2026,
with roughly 90 army personnel per rotation.": the extension names no trainee and no giver, only
"the operation" or "the contribution", and refers back to the training just told. It is a second
training commitment of the same giver, ``announced`` (ADJUDICATION.md decision 31 records a
programme's past training and its extension apart), its items the training's, with the personnel
the sentence names ("army personnel"). When the extension names a state ("the Dutch contribution"),
only that state's training is extended. Words in ``data/training.json`` (``continuation_*``).
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, lower_text, sentence_words, vocab
from coalition.model import Commitment

REACH = 2  # sentences after the training's own in which an extension still refers to it


def training_continuations(ctx, commitments: list[Commitment]) -> list[Commitment]:
    """One announced training commitment for each extension told after a training commitment."""
    words = vocab("training")
    verbs, nouns = words["continuation_verbs"], words["continuation_nouns"]
    trainings = [c for c in commitments if c.category == "training" and c.donor]
    if not trainings:
        return []
    out: list[Commitment] = []
    future = {c.donor for c in commitments if c.category == "training" and c.status not in ("delivered", "cumulative")}
    for training in trainings:
        at = ctx.sentence_index(training.evidence.start)
        for sent in ctx.sents[at + 1 : at + 1 + REACH]:
            padded = lower_text(sent)
            if not has_phrase(padded, verbs) or sentence_words(padded).isdisjoint(nouns):
                continue
            if not sentence_words(padded).isdisjoint(words["not_given"]):
                continue
            named = {m.code for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.code != "UKR"}
            if named and training.donor not in named:
                break  # "the Dutch contribution will carry on": the Dutch training only, not the runner's
            if training.donor in future:
                break  # the giver's future training is recorded already
            future.add(training.donor)
            items = [i for i in training.items if i not in words["trainer_nouns"]]
            items += _personnel(padded, words)
            out.append(Commitment(donor=training.donor, recipient="UKR", category="training", status="announced",
                                  items=list(dict.fromkeys(items)), evidence=ctx.sentence_evidence(sent),
                                  confidence=0.5))
            break
    return out


def _personnel(padded: str, words: dict) -> list[str]:
    """The personnel a sentence names after a number ("roughly 90 army personnel"): the noun with
    the word before it when that is no number."""
    toks = padded.split()
    out = []
    for i, tok in enumerate(toks):
        if tok in words["continuation_personnel"] and i >= 1:
            before = toks[i - 1]
            out.append(tok if any(ch.isdigit() for ch in before) else f"{before} {tok}")
    return out

"""A short summary sentence and the named official's report after it are one position.

"Moscow dismissed the offer out of hand. Deputy Foreign Minister Ivan Petrov said it ignored the
realities on the ground." "Austria, too, said no. Chancellor Karl Huber wrote on X that Austria
would not send soldiers." "In Warsaw, officials criticised the decision. The Polish ambassador said
it would only prolong the war." The first sentence announces, with no one named, the position the
next one reports from a named speaker: ADJUDICATION.md decision 48 (a summary sentence that introduces
the statement reported in the body is the same report of the same position: one fact, with the body
sentence as evidence). So a stance or participation is dropped when its sentence is short (``max_words`` in
``data/summary_sentences.json``) and names nobody, and the very next sentence of the same paragraph
gives the same actor the same value (a committed participation counts as support, a declined one as
opposition, as the accuracy gate pools them) and names a person. The headline is such a summary of the
lede whatever its length ("Kyiv rejects US plan" over "… after Zelensky publicly rejected a central
element of the plan"). Dev 036, 163, 183, 288.

A second official speaking in a later paragraph, or after another sentence, is a second fact
(decision 16), and so are a position told in full before the official's ("Moscow has repeatedly said it
will not accept troops from NATO countries under any flag. Foreign Minister X has described such plans
as …") and a summary whose next sentence gives another value or another actor.
"""

from __future__ import annotations

from coalition.extract.context import vocab

MAX_WORDS = int(vocab("summary_sentences")["max_words"])
POOLED = {"committed": "support", "declined": "oppose"}


def _value(fact) -> str:
    return fact.stance if fact.kind == "stance" else POOLED.get(fact.status, fact.status)


def without_summaries(ctx, facts: list) -> list:
    """``facts`` without the positions of a summary sentence that the next sentence reports from a
    named speaker."""
    positions = [f for f in facts if f.kind in ("stance", "participation")]
    if len(positions) < 2:
        return facts
    by_sentence: dict[int, list] = {}
    for f in positions:
        by_sentence.setdefault(ctx.sentence_index(f.evidence.start), []).append(f)
    drop = set()
    for n, told in by_sentence.items():
        following = by_sentence.get(n + 1)
        if not following:
            continue
        sent, after = ctx.sents[n], ctx.sents[n + 1]
        if n > 0 and ("\n" in ctx.text[sent.end_char:after.start_char]
                      or sum(t.is_alpha for t in sent) > MAX_WORDS):
            continue  # another paragraph, or a sentence that tells a position of its own
        if ctx.people_in(sent) or not ctx.people_in(after):
            continue  # a speaker named already, or none named after
        reported = {(g.actor, _value(g)) for g in following}
        drop.update(id(f) for f in told if (f.actor, _value(f)) in reported)
    return [f for f in facts if id(f) not in drop] if drop else facts

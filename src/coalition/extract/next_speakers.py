"""The speaker of a position named in the sentence after it: "Sending troops would be a serious
mistake. This was stated by the Hungarian foreign minister." / "The loan is too risky. The Belgian
prime minister said this on Monday." / "… He announced this at a briefing."

Outlets that write in translation (Ukrainian, Central and Eastern European agencies) attribute a
statement this way as a rule: the position comes first with no speaker, the next sentence names who
said it with "this" as the object of a verb of saying. A stance sentence whose clauses name no holder
takes the actors of that next sentence: those after "by" in the passive ("This was stated by …"), or
the subject of the active verb ("… said this on Monday", "… announced this at a briefing").

"this" must be what was said: the passive must open the sentence ("This was stated by"), and in
the active "this" must end the clause or be followed by a preposition or a comma ("said this on
Monday", "said this in an interview"), never by a noun ("said this week that …" is a time). A report
by an outlet ("This was reported by Reuters") is no speaker's: "reported" is not among the verbs.
The words are in positions.json, "next_speakers".
"""

from __future__ import annotations

from coalition.extract.clause_groups import _subject_before, person_actor
from coalition.extract.context import tokens, vocab

_WORDS = vocab("positions")["next_speakers"]
VERBS = frozenset(_WORDS["verbs"])
PASSIVE_AUX = frozenset(("was", "is", "has", "been", "had"))
# what may follow "said this": the clause goes on with a time, a place or an occasion
AFTER_THIS = frozenset(_WORDS["after_this"])


def next_speaker(ctx, n: int) -> list[str]:
    """The actors the sentence after sentence ``n`` names as the speaker of "this"; [] if none."""
    if n + 1 >= len(ctx.sents):
        return []
    sent = ctx.sents[n + 1]
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    words = lower[a:b]
    if "this" not in words or VERBS.isdisjoint(words):
        return []
    idx = tokens(ctx.doc).idx
    # "This was stated by the Slovak prime minister": the passive opens the sentence
    if words[0] == "this" and len(words) > 3:
        k = 1
        while k < len(words) and words[k] in PASSIVE_AUX:
            k += 1
        if k > 1 and k + 1 < len(words) and words[k] in VERBS and words[k + 1] == "by":
            start = a + k + 2
            found = []
            for m in ctx.mentions_in(idx[start], idx[b - 1] + 1, ("COUNTRY", "ORG", "PERSON")):
                code = person_actor(ctx, m) if m.label == "PERSON" else m.code
                if code and code not in found:
                    found.append(code)
                if found:
                    break  # the first named: "by the Slovak prime minister Robert Fico in Bratislava"
            return found
        return []
    # "The Belgian prime minister said this on Monday": the subject of the active verb
    for k in range(1, len(words) - 1):
        if words[k] == "this" and words[k - 1] in VERBS and (k + 1 == len(words) or words[k + 1] in AFTER_THIS):
            return _subject_before(ctx, a, a + k - 1, ())
    return []

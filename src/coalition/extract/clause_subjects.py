"""The subject of a coordinated clause as the giver of the items far into it.

"Denmark pledged its jets in August, and Belgium signed an agreement with Kyiv in May under which it
is to deliver 30 F-16s": the items are Belgium's, the subject of the clause after ", and", not
Denmark's, the subject of the sentence. The donor finder's nearest-subject search stops twelve words
before the items and the sentence-subject search takes the first subject; this reads the last
clause opened by a conjunction after a comma (or a semicolon) whose first word is an actor that
reads as a subject, when no other actor stands between it and the items.

``pronoun_subject`` (eighteenth session): a sentence opening on "It"/"They" and an auxiliary ("It has
also sent IRIS-T systems") has the giver before as its subject.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens
from coalition.extract.donors import NOT_DONORS, _donor_code, _reads_as_subject

# Conjunctions that open a clause of its own after a comma: ", and Belgium signed …".
_OPENERS = frozenset({"and", "but", "while", "whereas", "whilst"})
# Actors between the subject and the items that leave the subject the giver ("with Kyiv").
_RECEIVERS = frozenset({"UKR"})


def coordinated_subject(ctx, sent: Span, first: int) -> str | None:
    """The actor that opens the last coordinated clause before token ``first`` as its subject, or
    None when the items are in the sentence's first clause or another actor stands in between."""
    table = tokens(ctx.doc)
    mentions = ctx.mentions_in(sent.start_char, table.idx[first], ("COUNTRY", "ORG", "PERSON"))
    for k in range(len(mentions) - 1, -1, -1):
        m = mentions[k]
        code = m.stands_for
        if code in _RECEIVERS or code == "RUS":
            continue  # "an agreement with Kyiv": the receiver, the subject stands before it
        j = m.start - 1
        if j > sent.start and table.lower[j] == "the":
            j -= 1
        opens = (j > sent.start and table.lower[j] in _OPENERS and table.text[j - 1] == ",") or (j >= sent.start and table.text[j] == ";")
        if not opens:
            return None  # the nearest actor opens no coordinated clause: left to the other readings
        if code in NOT_DONORS or not _reads_as_subject(ctx.doc, m):
            return None
        return _donor_code(ctx, sent, m)
    return None


# What follows a sentence-opening "It"/"They" that stands for a giver ("It has also sent …"), not
# an empty subject ("It is unclear whether …", "It was not clear").
PRONOUN_SUBJECT_NEXT = frozenset({"has", "have", "had", "will", "also", "already", "later", "previously", "earlier", "then"})


def pronoun_subject(table, sent: Span) -> bool:
    """Whether the sentence opens with "It"/"They" and an auxiliary or adverb of a verb after it."""
    return (sent.end - sent.start > 2 and table.lower[sent.start] in ("it", "they")
            and table.lower[sent.start + 1] in PRONOUN_SUBJECT_NEXT)

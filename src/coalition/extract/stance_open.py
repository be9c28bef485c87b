"""Stances on anything written as the object of a strict stance verb: "Paris opposed the oil
embargo", "Warsaw backed a lower price cap", "Berlin condemned Moscow's annexation drive".

``stance_objects.open_target`` reads a cue's object only when its head is one of a fixed list
of nouns ("plan", "proposal", "sanctions"…); outlets name positions on things the list cannot
hold (an embargo, a declaration's wording, a venue, a leader's legitimacy, an operation). After a
cue whose verb takes what it is about as its direct object, and only such a cue (``cues`` in
positions.json, "open_objects": backing, opposing, rejecting, condemning, calling for…; not a
welcome, which is a thanks for aid as often as a position, decision 14), the object noun phrase is
the target whatever its head, when it has the shape of a thing: it opens with a determiner, a
possessive or a capitalised modifier ("the", "Russia's", "Western"), and its head is no person,
people, country, date, sum or troops. Every guard of ``open_target`` holds, since this is read
last inside it (a holder named before the cue, no group between, no question, no press report, no
background past perfect), and so do those of ``positions._open_stances`` (one stance per actor and
value in an article, no thanks for aid, Ukraine's support of its own aid no news).
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

_WORDS = vocab("positions")["open_objects"]
# "would not support a dictated peace": a negated backing verb is strict too, and its object may
# open with "a" ("negated_cues", "negated_determiners")
NEGATED = frozenset(_WORDS["negated_cues"])
INDEFINITE = frozenset(_WORDS["negated_determiners"])
CUES = frozenset(_WORDS["cues"]) | NEGATED
# the cue's last word gates a sentence (a set look-up, before any clause is cut)
CUE_WORDS = frozenset(c.split()[-1] for c in CUES)
# words that open a thing's noun phrase
DETERMINERS = frozenset(_WORDS["determiners"])
# the object ends before one of these (a preposition, a clause's edge, a new verb)
ENDS = frozenset(_WORDS["ends"]) | frozenset(vocab("positions")["open_targets"]["stops"])
# heads that are who or when, not what: "backed the president", "condemned the Ukrainians"
NOT_HEADS = frozenset(_WORDS["not_heads"])
# "opposed sending more troops" is participation; a sum is a commitment's
TROOPS = frozenset(vocab("positions")["troop_nouns"])
# "the world rejected", "critics condemned": a subject right before the cue that is nobody's government
GENERIC_SUBJECTS = frozenset(_WORDS["generic_subjects"])
SUBJECT_GAP = 3
# "unwilling to endorse anybody's formula": nobody's proposal in particular
OWNERS_NOT = frozenset(_WORDS["owners_not"])
# "a call for an immediate halt", "rejected the Russian objection to…": a noun cue after an article
# is someone else's call or objection, told as a thing; after a possessive ("its objection to") it
# is the holder's
NOUN_CUES = frozenset(("call", "calls", "objection", "objections", "opposition"))
ARTICLES = frozenset("a an the this that these those".split())
MONEY = frozenset("$ € £ million billion bn trillion money cash".split())
# how many words the object may hold
REACH = 6
# "Moscow has rejected the whole concept. Foreign Minister Sergei Lavrov said …": a short summary
# with a capital or state as holder introduces the official's statement told next, which carries
# the position (ADJUDICATION.md decision 48: one fact); at most this many tokens long
SUMMARY_LENGTH = 10
SPEECH = frozenset(("said", "says", "told", "tells", "added", "wrote", "warned", "stated"))


def may_hold(words: frozenset[str]) -> bool:
    """Whether a sentence (its words as a set) holds a strict cue's last word; a set look-up."""
    return not CUE_WORDS.isdisjoint(words)


def np_object(ctx, lower: list[str], title: list[bool], start: int, b: int, cue: str) -> str | None:
    """The noun phrase that is the object of strict ``cue``, starting at token ``start`` (the
    first token after the cue) in a clause ending at ``b``, as written; None when the cue is not
    strict or what follows has no thing's shape."""
    if cue not in CUES or start >= b:
        return None
    at = start - len(cue.split())
    if not GENERIC_SUBJECTS.isdisjoint(lower[max(0, at - SUBJECT_GAP) : at]):
        return None  # "how widely the world rejected Russia's land grab": the world's view, no state's
    if cue.split()[0] in NOUN_CUES and at > 0 and (lower[at - 1] in ARTICLES or (
            at > 1 and lower[at - 2] in ARTICLES and title[at - 1])):
        return None  # "a call for an immediate halt", "the Russian objection to": another's, as a thing
    i = start
    possessive = i + 1 < b and lower[i + 1] in ("'s", "’s")
    if lower[i] in DETERMINERS or (cue in NEGATED and lower[i] in INDEFINITE):
        i += 1
    elif possessive and lower[i] not in OWNERS_NOT:
        i += 2  # "Russia's annexation"
    elif not (title[i] and i + 1 < b and lower[i + 1].isalpha() and not title[i + 1]):
        return None  # "Western tanks" opens a thing; a bare name or lower-case word does not
    stop = i
    while stop < b and stop - start < REACH and lower[stop] not in ENDS:
        if lower[stop] in ("'s", "’s"):
            if possessive or stop == i:
                return None  # a second possessive: longer than we read
            possessive = True  # "the Kremlin's annexation drive": the owner is in the phrase
            i = stop + 1
        stop += 1
    if stop <= i:
        return None  # nothing after the determiner or the owner
    words = lower[start:stop]
    head = lower[stop - 1]
    if head in NOT_HEADS or not head.isalpha() or not TROOPS.isdisjoint(words) or not MONEY.isdisjoint(words) \
            or any(w[:1].isdigit() for w in words):
        return None
    idx = tokens(ctx.doc).idx
    # "backed the European Union", "backed Kyiv fully": a named country, body or person is no thing
    named = ctx.mentions_in(idx[start], idx[stop - 1] + 1, ("COUNTRY", "ORG", "PERSON", "GPE"))
    if any(m.end >= stop or (m.start == start and not possessive) for m in named):
        return None
    if _introduces_statement(ctx, start, stop):
        return None
    return " ".join(words)


def _introduces_statement(ctx, start: int, stop: int) -> bool:
    """Whether the object at tokens [start, stop) ends a short sentence that names no person and
    is followed by a sentence where a named person speaks: a summary of that person's statement."""
    table = tokens(ctx.doc)
    first = start
    while first > 0 and not table.sent_start[first]:
        first -= 1
    last = stop
    while last < table.n and not table.sent_start[last]:
        last += 1  # the next sentence's first token
    if last - first > SUMMARY_LENGTH or last >= table.n:
        return False
    after = last + 1
    while after < table.n and not table.sent_start[after]:
        after += 1
    idx = table.idx
    if ctx.mentions_in(idx[first], idx[last], ("PERSON",)):
        return False  # "Zelensky also ruled out any arrangement …": the person's own words
    return SPEECH.isdisjoint(table.lower[last:after]) is False and bool(
        ctx.mentions_in(idx[last], idx[after - 1] + 1, ("PERSON",)))


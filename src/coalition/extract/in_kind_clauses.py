"""The clauses around aid in kind that change whether it is given, and by whom: a list of items that
runs past the few words that group them, a Russian speaker's words about weapons, "the British
tanks" told of again, the head of an aside ("Poland, which had asked Berlin for a permit, said it
would send …"), and a partner that gives "one more" of the same items.

Separate from ``in_kind.py``, which walks the groups of items and gives each a stage and a donor:
these are the sentence shapes that the walk asks about, each with its own words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import _lower, tokens, vocab
from coalition.extract.donors import BUY_VERBS, NOT_DONORS, _donor_code, _reads_as_subject, _trigger_set

# Words that end a list of items: a clause, a verb or an auxiliary between two items starts
# another statement about them ("tanks, which arrived …", "tanks and will send missiles").
_LIST_BREAKS = frozenset({";", ".", ":", "which", "that", "who", "while", "but", "whereas", "will", "would", "has", "have",
                          "had", "is", "are", "was", "were", "be", "been", "to", "from", "by", "also", "not"})
_LIST_GAP = 9  # tokens between two groups that a list of long noun phrases may take
_ACTORS = ("COUNTRY", "ORG", "PERSON", "COMPANY")


def _join_list_groups(ctx, sent: Span, groups: list[list], apart: frozenset[int] | set[int] = frozenset()) -> list[list]:
    """ "A further 600 Brimstone missiles, uncrewed aerial systems and tens of thousands of artillery
    rounds are also being sent": groups of items that only list material separates (a comma or
    "and", no verb, no actor) are one list, which the verb after its last item gives a stage.
    ``apart``: the first tokens of groups split off as another kind of aid, never joined back."""
    if len(groups) < 2:
        return groups
    table = tokens(ctx.doc)
    triggers = _trigger_set()
    out = [groups[0]]
    for group in groups[1:]:
        lo, hi = out[-1][-1][1], group[0][0]
        gap = table.lower[lo:hi]
        opening = table.lower[max(sent.start, out[-1][0][0] - 8) : out[-1][0][0]]
        if (hi - lo <= _LIST_GAP and ("," in gap or "and" in gap) and group[0][0] not in apart
                and not any(w in triggers for w in opening)  # "delivered 18 tanks, and 40 howitzers will follow": two stages
                and not any(w in triggers or w in _LIST_BREAKS for w in gap)
                and not ctx.mentions_in(table.idx[lo], table.idx[hi], _ACTORS)):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """The one-word verbs that attribute speech, less those that also give ("pledged", "announced")."""
    giving = set(vocab("commitments")["speech_verbs_that_give"])
    return frozenset(v for v in vocab("quotes")["speech_verbs"] if " " not in v and v not in giving)


def _opponent_speaks(ctx, sent: Span, first: int, last: int) -> bool:
    """Whether the items from token ``first`` to ``last`` are in what Russia's side says: "Dmitry
    Peskov, the Kremlin's spokesman, said the British tanks would burn", "Western tanks will burn
    like the rest, Lavrov said". An opponent's words about weapons pledge nothing."""
    if not any(m.stands_for == "RUS" for m in ctx.mentions_in(sent.start_char, sent.end_char, _ACTORS)):
        return False  # no one of Russia's side named: the cheap test first
    table = tokens(ctx.doc)
    lower = table.lower
    verbs = _speech_verbs()
    before = next((j for j in range(first - 1, sent.start - 1, -1) if lower[j] in verbs), None)
    if before is not None:
        return _only_russian(ctx, ctx.mentions_in(sent.start_char, table.idx[before], _ACTORS))
    after = next((j for j in range(last, sent.end) if lower[j] in verbs), None)
    if after is not None and "," in table.text[last:after]:
        comma = max(j for j in range(last, after) if table.text[j] == ",")
        return _only_russian(ctx, ctx.mentions_in(table.idx[comma], table.idx[after], _ACTORS))
    return False


def _only_russian(ctx, mentions) -> bool:
    codes = {m.stands_for for m in mentions} - {"UKR", None}
    return codes == {"RUS"}


def _definite_before(table, sent: Span, first: int) -> str:
    """The word before an item, past a country adjective: "the British tanks" reads as "the tanks"."""
    j = first - 1
    while j > sent.start and j > first - 3 and table.ent[j] == "COUNTRY":
        j -= 1
    if j > sent.start and (table.lower[j].isdigit() or table.lower[j] in _SMALL_COUNTS) and table.lower[j - 1] in ("the", "these", "those"):
        j -= 1  # "the three Gepards": a count after the article is still the items told of before
    return table.lower[j]


# Counts written as words between "the" and the items ("the three Gepards").
_SMALL_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen"})


def _head_of_aside(ctx, sent: Span, first: int) -> str | None:
    """ "Poland, which had already asked Berlin for a permit, said it would send 14 tanks": the actor
    before an aside that closes before the item is the subject; no actor inside the aside gives."""
    doc = ctx.doc
    table = tokens(doc)
    for m in ctx.mentions_in(sent.start_char, table.idx[first], ("COUNTRY", "ORG", "PERSON")):
        if m.end + 1 >= first or table.text[m.end] != "," or table.lower[m.end + 1] not in ("which", "who"):
            continue
        close = next((j for j in range(m.end + 2, first) if table.text[j] == ","), None)
        if close is None:
            return None  # the item is inside the aside
        if any(_reads_as_subject(doc, n) for n in ctx.mentions_in(table.idx[close], table.idx[first], ("COUNTRY", "ORG", "PERSON"))):
            return None  # another subject after the aside
        return _donor_code(ctx, sent, m)
    return None


# " and another 500 from", ", and a further 200 from": the end of the text before a second giver
_MORE_FROM = re.compile(r" and (?:another|a further|an additional|a further|some) (?:[\d,.]+|one|two|three|four|five|six|ten|dozen)"
                        r" (?:more )?from $")


@lru_cache(maxsize=1)
def _one_more() -> re.Pattern:
    """ " will finance at least one more .", " would send another ,": a verb of giving whose object
    is left out, only counted again."""
    verbs = "|".join(re.escape(v) for v in sorted(vocab("commitments")["ellipsis_verbs"], key=len, reverse=True))
    return re.compile(rf" (?:{verbs}) (?:at least |up to )?(?:(?:one|two|three|four|a further) (?:more|further|additional)"
                      rf"|another|a further one|another one) (?:[.,;]|$)")


def _partners_of_one_more(ctx, sent: Span, end: int, words: dict) -> list[str]:
    """ "Germany has offered to pay for two Patriot systems, …, and Norway has said it will finance at
    least one more": an actor after "and" whose clause gives one more of the items before (ending at
    token ``end``) gives the same items."""
    doc = ctx.doc
    table = tokens(doc)
    if end >= sent.end:
        return []
    if " from " in _lower(doc, end, sent.end):
        # "Kyiv will get 1,000 drones from Latvia and another 500 from Estonia": a count with no
        # noun of its own, after "and", counts more of the same items from another giver
        for m in ctx.mentions_in(table.idx[end], sent.end_char, ("COUNTRY", "ORG")):
            k = m.start - 1
            if table.lower[k] == "the":
                k -= 1
            if m.code not in NOT_DONORS and table.lower[k] == "from" and _MORE_FROM.search(_lower(doc, end, k + 1)):
                return [m.code]
    if not _one_more().search(_lower(doc, end, sent.end)):
        return []
    for m in ctx.mentions_in(table.idx[end], sent.end_char, ("COUNTRY", "ORG")):
        k = m.start - 1
        if k > end and table.lower[k] == "the":
            k -= 1
        if m.code in NOT_DONORS or k <= end or table.lower[k] != "and":
            continue
        if _one_more().search(_lower(doc, m.end, sent.end)):
            return [m.code]
    return []


# Words that may stand between a clause's start and an item that is its subject ("the other three",
# "a German-funded Ukrainian", "these new"): determiners and modifiers, no verb.
_SUBJECT_MODIFIERS = frozenset({"a", "an", "the", "these", "those", "its", "their", "our", "other", "remaining", "first",
                                "new", "more", "further", "additional", "modern", "older", "-", "few", "many", "some"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their"})
# Where a clause, and so its subject, may start.
_CLAUSE_OPENERS = frozenset({"that", ",", ";", ":", "and", "but", "said", "says", "while", "because", "as", "\"", "“"})
# Nouns of handing over after items that, with them, make one subject ("arms deliveries would …").
_HANDOVER_NOUNS = frozenset({"deliveries", "delivery", "supplies", "shipments", "transfers", "transfer", "exports"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must"})
# Gerunds of giving that, opening a clause with the items, make the giving in general its subject.
_GIVING_GERUNDS = frozenset({"supplying", "sending", "giving", "delivering", "providing", "shipping", "transferring", "donating"})
# Participles of giving after items, with "by" and the giver ("weapons supplied by Berlin could …").
_GIVEN_PARTICIPLES = frozenset({"supplied", "sent", "given", "delivered", "provided", "shipped", "transferred", "donated"})
# After "could be": a use of the aid, not its handing over.
_USE_PARTICIPLES = frozenset({"used", "fired", "employed"})


def _item_as_subject(ctx, sent: Span, first: int, last: int, words: dict) -> bool:
    """Whether items from ``first`` to ``last`` are the subject of a modal whose verb gives nothing:
    "The pilots will need months of training", "a German-funded Ukrainian missile would take years",
    "the missiles would give Ukraine the ability to strike": what aid does or needs, no pledge. A verb
    of going or arriving ("The other three fire units will follow in 2023") still tells of aid."""
    doc = ctx.doc
    table = tokens(doc)
    if last + 1 < sent.end and table.lower[last] in _HANDOVER_NOUNS:
        last += 1  # "that arms deliveries would not help calm the situation": the handing over as the subject
    if (last + 3 < sent.end and table.lower[last] in _GIVEN_PARTICIPLES and table.lower[last + 1] == "by"):
        # "weapons supplied by Berlin could be used there": the giver named in the subject, a use told
        last = next((k for k in range(last + 2, min(sent.end - 1, last + 6)) if table.lower[k] in _MODALS), last)
    if last + 1 >= sent.end:
        return False
    # "because pilots need many months of training": a need told without a modal is the clause's verb
    needs = table.lower[last] in words["item_need_verbs"]
    if not needs and table.lower[last] not in _MODALS:
        return False
    j = first - 1
    while j >= sent.start and (table.lower[j] in _SUBJECT_MODIFIERS or doc[j].like_num or table.ent[j] == "COUNTRY"
                               or (j > sent.start and table.text[j - 1] == "-")):
        j -= 1
    if j >= sent.start and table.lower[j] in _GIVING_GERUNDS and (j == sent.start or table.lower[j - 1] in _CLAUSE_OPENERS):
        # "said that supplying weapons would not bring peace": the giving in general as the subject,
        # whatever its verb says of it (no one pledges it)
        return True
    if j >= sent.start and table.lower[j] not in _CLAUSE_OPENERS:
        # "said the emergency loan would also help": up to two describing words between a determiner and the items
        k = j
        while k > j - 2 and k > sent.start and table.lower[k].isalpha() and table.lower[k] not in _SUBJECT_MODIFIERS \
                and table.lower[k] not in _CLAUSE_OPENERS and not table.ent[k]:
            k -= 1
        if not (k < j and table.lower[k] in _DETERMINERS and k > sent.start and table.lower[k - 1] in _CLAUSE_OPENERS):
            return False
    if needs:
        return True
    verb = table.lower[last + 1]
    at = last + 1
    if verb in ("not", "also", "still", "then", "soon", "now", "only") and last + 2 < sent.end:
        at, verb = last + 2, table.lower[last + 2]
    if verb == "be" and at + 1 < sent.end and table.lower[at + 1] in _USE_PARTICIPLES:
        return True  # "the missiles could be used against targets in Russia": a rule of use, nothing given
    return verb not in words["aid_verbs_after_modal"]


_MAKING = frozenset({"making", "makes", "made"})


def _made_the_nth(ctx, sent: Span, end: int) -> str | None:
    """ "The caretaker government approved the transfer of 13 jets, making Slovakia the second NATO
    country to promise aircraft": the country "making X the first/second …" after the items gives them."""
    table = tokens(ctx.doc)
    at = next((j for j in range(end, sent.end - 2) if table.lower[j] in _MAKING), None)
    if at is None:
        return None
    found = ctx.mentions_in(table.idx[at + 1], table.idx[min(sent.end - 1, at + 4)] + 1, ("COUNTRY", "ORG"))
    if not found or found[0].start != at + 1 or found[0].end >= sent.end or found[0].code in NOT_DONORS:
        return None
    return found[0].code if table.lower[found[0].end] in ("the", "a", "one") else None


def _seller_demonym(ctx, sent: Span, first: int, donor: str | None) -> bool:
    """ "European allies will buy American weapons and pass them to Ukraine": a country adjective right
    before items that are bought names who sells them, not who gives them."""
    if donor is None:
        return False
    table = tokens(ctx.doc)
    found = ctx.mentions_in(table.idx[max(sent.start, first - 2)], table.idx[first], ("COUNTRY",))
    if not found or found[-1].code != donor or found[-1].end != first:
        return False
    return any(table.lower[j] in BUY_VERBS for j in range(max(sent.start, found[-1].start - 3), found[-1].start))


# Verbs of an earlier gift in a relative clause after items ("the guns it has sent to Ukraine").
_GIVEN_VERBS = frozenset({"sent", "given", "delivered", "supplied", "donated", "provided", "promised", "pledged",
                          "handed", "shipped", "transferred"})
_PERFECT = frozenset({"has", "have", "had", "already", "also", "previously", "earlier", "since"})


def _pronoun_relative_giver(ctx, sent: Span, first: int, last: int) -> str | None:
    """ "Germany has been trying to obtain ammunition held by Brazil's army for the Gepard guns it has
    sent to Ukraine": a relative clause whose subject is a pronoun ("it", "they") after the items names
    the sentence's own subject as their giver, not the actor nearest before them."""
    table = tokens(ctx.doc)
    lower = table.lower
    j = last
    if j < sent.end and lower[j] in ("that", "which"):
        j += 1
    if j >= sent.end or lower[j] not in ("it", "they"):
        return None
    j += 1
    while j < sent.end and lower[j] in _PERFECT:
        j += 1
    if j >= sent.end or lower[j] not in _GIVEN_VERBS:
        return None
    for m in ctx.mentions_in(sent.start_char, table.idx[first], ("COUNTRY", "ORG", "PERSON")):
        if _reads_as_subject(ctx.doc, m):
            code = _donor_code(ctx, sent, m)
            return code if code not in NOT_DONORS else None
    return None


def _other_subject_after(ctx, sent: Span, end: int, donor: str | None) -> str | None:
    """ "Britain will send 300 drones, and Germany plans to send 200 more": the actor that is the
    subject of a clause after the items, when another than their donor, gives the later ones."""
    table = tokens(ctx.doc)
    if end >= sent.end:
        return None
    for m in ctx.mentions_in(table.idx[end], sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.stands_for
        if (code and code != donor and code not in NOT_DONORS and table.lower[m.start - 1] in _CLAUSE_JOINS
                and _reads_as_subject(ctx.doc, m)):
            return code  # the subject of a clause of its own ("and Germany plans"), not "… in Saudi Arabia"
    return None


_CLAUSE_JOINS = frozenset({"and", "as", "while", "but", "whereas", ",", ";"})


# A comma too: "Greece was among the first to arm Ukraine, flying rifles to Poland" (the subject flies them).
_PARTICIPLE_OPENERS = frozenset({"while", "whilst", "after", "before", "by", "besides", ","})
# Words in -ing after a comma that are no verb of the sentence's subject.
_NOT_PARTICIPLES = frozenset({"including", "during", "following", "regarding", "concerning", "excluding", "morning", "evening"})


def _participle_giver(ctx, sent: Span, first: int) -> str | None:
    """ "India has abstained on most UN resolutions, while sending humanitarian supplies to Ukraine": a
    clause of "while", "after" or "by" and a verb in -ing before the items has no subject of its own;
    the sentence's subject gives, not an actor named between."""
    table = tokens(ctx.doc)
    lower = table.lower
    j = next((k for k in range(first - 1, max(sent.start, first - 4) - 1, -1) if lower[k].endswith("ing")), None)
    if j is None or j - 1 < sent.start or lower[j - 1] not in _PARTICIPLE_OPENERS:
        return None
    if lower[j - 1] == "," and lower[j] in _NOT_PARTICIPLES:
        return None  # "…, including Patriot systems": a part of the aid before, whose giver is read there
    for m in ctx.mentions_in(sent.start_char, table.idx[j - 1], ("COUNTRY", "ORG", "PERSON")):
        if _reads_as_subject(ctx.doc, m):
            code = _donor_code(ctx, sent, m)
            return code if code not in NOT_DONORS else None
    return None


# Words that open a relative clause about the item before it ("ammunition, part of which has been delivered,").
_RELATIVE_OPENERS = frozenset({"which", "whom"})


def without_relative_aside(doc, sent: Span, start: int, first: int, end: int) -> str:
    """The window [start, end) of items starting at ``first``, read without a relative aside that
    closes before them: "will fund ammunition, part of which has already been delivered, as well
    as tactical vehicles": the aside's stage is the ammunition's, not the vehicles'."""
    lower = tokens(doc).lower
    lo = max(sent.start, start - 6)  # the aside may open before the window
    if not any(w in _RELATIVE_OPENERS for w in lower[lo:first]):
        return _lower(doc, start, end)  # the cheap test first
    close = next((j for j in range(first - 1, start - 1, -1) if lower[j] == ","), None)
    if close is None:
        return _lower(doc, start, end)
    opener = next((j for j in range(close - 1, lo - 1, -1) if lower[j] in _RELATIVE_OPENERS), None)
    opened = next((j for j in range(opener - 1, lo - 1, -1) if lower[j] == ","), None) if opener is not None else None
    if opened is None:
        return _lower(doc, start, end)  # no comma opens the aside: "the tanks which arrived"
    return (_lower(doc, start, opened) if opened > start else " ") + _lower(doc, close + 1, end)

"""A sentence cut into clause groups, each with the actors that are its subject: the clause
boundaries, the cue positions in a clause (found by ``clause_cues.py``), and the coordinated
actors just before a cue (not the places, objects and counterparts named with a preposition, a
possessive or an article, nor those coordinated with them, nor a country that describes a plan,
"the US plan", nor a beneficiary, "Ukraine must have…"; but "the leaders of France and Italy" are
France and Italy), or a pronoun's person, or a trailing attribution.

Separate from the position finders because stances and participation both read a sentence this
way and differ only in their cues and what they make of them.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from coalition.extract.object_modifiers import describes_object  # "the original US draft"
from coalition.extract.clause_conditions import condition_opens
from coalition.extract.closed_asides import closed_aside  # ", whose …, had chosen to": the cue is the list's
from coalition.extract.clause_cues import QUOTES, SKIPPED, cue_positions, phrase_words
from coalition.extract.context import (
    ArticleContext,
    Mention,
    joined_window,
    lower_text,
    token_positions,
    tokens,
    vocab,
)
from coalition.extract.stance_signatories import statement_voice
from coalition.extract.pronoun_holders import pronoun_person  # "he said": the resolver's person
from coalition.extract.government_holders import government_group  # "The government has refused…"
from coalition.extract.unnamed_speakers import unnamed_speaker


# Words before an actor that make it a place, an object or a counterpart, not the one
# taking a position: "troops to Ukraine", "talks in Moscow", "his American counterpart".
# The holders' word lists live in extract/data/positions.json ("holders"), like the cue lists.
_HOLDERS = vocab("positions")["holders"]
_HOLDERS_TROOPS = frozenset(vocab("positions")["troop_nouns"])
PREPOSITIONS = frozenset(
    "to in into against from with on of for by at over towards toward about between than onto "
    "outside across without among via upon under behind during whether alongside beside unlike except".split()
)
# "after the Paris meeting": a place or event; "after Kyiv backed the plan": a clause with a subject.
TIME_WORDS = frozenset("after before since until".split())
BEFORE_DETERMINER = PREPOSITIONS | TIME_WORDS
# "The leaders of France, Italy and Germany said…", "the presidents of the European Council and
# the Commission": after these, "of" names who speaks, not a place or an object.
GROUP_HEADS = frozenset(_HOLDERS["group_heads"])
# "officials in Rome say…", "In Madrid, diplomats said…": those who speak for the place named.
SOURCES = frozenset(_HOLDERS["sources"])
# "Merz said the US plan could…", "calling the Paris declaration…": a country written before one
# of these nouns describes the thing, it is not the clause's subject.
OBJECT_HEADS = frozenset(_HOLDERS["object_heads"])
# "NATO membership", "EU accession", "Russian assets": an actor that names part of a topic.
TOPIC_HEADS = frozenset(_HOLDERS["topic_heads"])
# "Ukraine must have security guarantees": whoever is said to need something is its beneficiary,
# not the one taking the position.
BENEFICIARY = tuple(_HOLDERS["beneficiary"])
# "Minsk demanded that Kyiv give up its bid": the country after "<demand> that" is the one asked
# to act; the demand, and the position in it, is the demander's.
DEMANDS = frozenset(_HOLDERS.get("demands", ()))
# "The Kremlin accused Berlin of pouring fuel on the fire": the accused is no holder, nor are the
# actors coordinated with it.
ACCUSING = frozenset(_HOLDERS.get("accusing", ()))
# "this plan can only push NATO into direct conflict": the one said to be drawn in is no holder.
ENTANGLING = frozenset(_HOLDERS.get("entangling", ()))
# "said Russia's invasion was reprehensible but criticised…": the possessor of a deed is no speaker
EVENTS = frozenset(_HOLDERS.get("events", ()))
# "Putin told Trump he would…", "assured Warsaw that…": the listener of what the subject says
LISTENING = frozenset("told tells telling assured assures informed informs reassured reassures".split())
# "Putin warned Mr Trump that…": the one warned listens too, but "…, warned Germany's chancellor"
# (the speech verb before its subject, after a quote or a comma) names the speaker
WARNING = frozenset("warned warns warning reminded reminds cautioned cautions".split())
DETERMINERS = frozenset("the a an any every no some this that these those".split())
POSSESSIVES = frozenset("his her its their our my your".split())
# "by both Russia and Ukraine", "between either Kyiv or Moscow": a pair after a preposition
PAIRED = frozenset("both either neither".split())
# "an American backstop", "any European force": a demonym after an indefinite article
# describes a thing; "the Russian president" can still be the speaker.
INDEFINITE = frozenset("a an any every no".split())
# What may stand between the actors of one coordinated subject: "Estonia, Latvia and
# Lithuania have joined Britain and France", "Zelensky and a group of European leaders,
# including Keir Starmer, Emmanuel Macron".
GLUE = frozenset(
    ", and or & including as well such along together with joined join joins have has 's ’s a the "
    "group of other leaders countries allies governments partners nations states neighbours "
    "neighbors both also presidents heads ministers two three four five six seven eight".split()
)

# Tokens that start a new clause, which may have its own subject.
BOUNDARIES = frozenset(";  while whereas but though although however".split())
SPEECH = ("said", "says", "say", "told", "added", "warned", "wrote", "stated")
PRONOUNS = (" he ", " she ", " we ", " i ", " our ")
# A reported clause whose subject is one of these is not the named actor's own position.
GROUP_SUBJECTS = frozenset("countries nations allies members them others partners force mission".split())
SUBJECT_REACH = 6
AUXILIARIES = frozenset("would will had has have is are was were could can may might must should".split())


def _padded(span) -> str:
    """lower_text without quotation marks and bullet marks."""
    return _padded_range(span.doc, span.start, span.end)


def _padded_range(doc, start: int, end: int) -> str:
    """:func:`_padded` of tokens [start, end), kept per document: participation and stances
    read the same sentences and clauses."""
    # Each sentence is asked for ~10 times (the stance, participation and mission finders, and
    # the rules they call): its string is kept by its bounds for the document being read, and
    # found in one look-up. It depends only on the document's tokens, fixed once tokenised; the
    # slot holds the document itself, so no other document can take its identity meanwhile.
    # (One tuple, read and replaced whole: a thread reading another document meanwhile finds
    # either pair, and writes only into its own document's strings.)
    global _MADE
    last = _MADE
    if last[0] is doc:
        made = last[1]
        found = made.get((start, end))
        if found is not None:
            return found
    else:
        made = {}
        _MADE = (doc, made)
    found = made[(start, end)] = _padded_of(doc, start, end)
    return found


_MADE: tuple = (None, {})


def _padded_of(doc, start: int, end: int) -> str:
    marks = doc.user_data.get("_quote_marks")
    if marks is None:
        marks = doc.user_data["_quote_marks"] = token_positions(doc, SKIPPED)
    at = bisect_left(marks, start)
    if at == len(marks) or marks[at] >= end:
        # no quotation mark to drop (most sentences): the same string as ``lower_text``, which
        # the other finders have made already, and whose word set they have too
        return joined_window(doc, start, end)
    return joined_window(doc, start, end, drop=SKIPPED, name="_padded")


def _segments(ctx: ArticleContext, sent, said: list[int]) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence: cut at the boundary words, and at a comma or
    "and" that opens a clause with a subject and a verb of its own after a clause that has said
    something ("Britain will send troops, Germany will provide air cover, and Italy has ruled
    out any role")."""
    lower = tokens(sent.doc).lower
    cuts = [sent.start] + [i for i in range(sent.start + 1, sent.end) if lower[i] in BOUNDARIES]
    if not COORDINATORS.isdisjoint(lower[sent.start : sent.end]):
        cuts = sorted(set(cuts) | set(_clause_openers(ctx, sent, said)))
    if "whose" in lower[sent.start : sent.end] and said:
        # "Tokyo is reluctant to move ahead of the United States, whose delegation declined to
        # join": an aside about a country with a cue of its own after the first clause's cue
        cuts = sorted(set(cuts) | {i - 1 for i in range(sent.start + 2, sent.end) if lower[i] == "whose"
                                   and lower[i - 1] == "," and said[0] < i - 1 < said[-1]})
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


COORDINATORS = frozenset({",", "and", "—", "–"})
DASHES = frozenset({"—", "–"})
RELATIVES_AND_THAT = frozenset(("which", "that"))
SUBORDINATORS = frozenset("if when once unless provided as while although though after before until since".split())
# The words that can follow a clause's subject: auxiliaries, speech verbs and the verbs positions are
# taken with ("Hungary opposes it", "Merz said…").
FINITE = frozenset(
    "will would has have had is are was were could can may might must should cannot does did wo remains "
    "remained backs backed opposes opposed supports supported rejects rejected welcomes welcomed wants "
    "wanted insists insisted plans planned says said agreed agrees offered offers refused refuses declined "
    "declines favours favors joined joins signalled signaled indicated endorsed endorses prefers preferred "
    "argued argues called calls urged urges told added warned stands stood sees saw".split()
)


def _clause_openers(ctx: ArticleContext, sent, said: list[int]) -> list[int]:
    """Token indices of the commas and "and"s that open a new clause: an actor (after an optional
    "the") with a verb right after it, once a cue (at the token indices ``said``) has been seen
    since the last cut."""
    if not said:
        return []
    tk = tokens(ctx.doc)
    lower = tk.lower
    named = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
    if len(named) < 2:
        return []  # one clause per actor at most: nobody to open a second one
    out = []
    last_cut = sent.start
    starts = {m.start: m for m in named}
    for i in range(sent.start + 1, sent.end - 2):
        if lower[i] in BOUNDARIES:
            # "…, while Britain and France have offered soldiers": a boundary word cuts on its own,
            # and the cue before it is no reason to cut its subject's "and" again
            last_cut = i
        if lower[i] not in COORDINATORS:
            continue
        j = i + 1
        if lower[j] == "and":
            j += 1
        elif lower[i] != "and" and lower[j] in ("which", "that"):
            j += 1  # "calls for a no-fly zone, which NATO has ruled out": the relative clause's own holder
        elif lower[i] in DASHES and j + 1 < sent.end and lower[j + 1] in ("which", "that"):
            j += 2  # "… — terms that Kyiv rejected": an apposition with a relative clause of its own
        if j < sent.end and lower[j] == "the":
            j += 1
        m = starts.get(j)
        if m is None or m.end >= sent.end:
            continue
        verb = m.end
        if lower[verb] == "and" and lower[j - 1] in RELATIVES_AND_THAT:
            # "that Kyiv and its allies rejected": a relative clause's holders with their company
            verb = next((k for k in range(verb + 1, min(sent.end, verb + 4)) if lower[k] not in GLUE and lower[k] not in POSSESSIVES), verb)
        if lower[verb] not in FINITE:
            continue
        if not any(last_cut <= at < i for at in said):
            continue  # "Britain, France and Germany will…": still the first clause's subject
        if lower[m.end] in SPEECH and not any(at > m.end for at in said):
            continue  # "…, Spain said.": an attribution, not a clause
        opener = next((k for k in range(last_cut, i) if lower[k] not in QUOTES and lower[k] not in COORDINATORS), i)
        if lower[opener] in SUBORDINATORS:
            continue  # "If there is a mandate, Ireland will…": a condition of the clause that follows
        out.append(i)
        last_cut = i
    return out


def _candidates(ctx: ArticleContext, a: int, b: int, exclude: tuple[str, ...]) -> list[tuple[Mention, str]]:
    """Actors named in tokens [a, b) that can be the subject of a clause."""
    if b <= a:
        return []
    tk = tokens(ctx.doc)
    lower, idx = tk.lower, tk.idx
    n = tk.n
    out = []
    object_end = -1  # end of the last actor dropped as an object: those coordinated with it are objects too
    critics = False  # a domestic opposition is the subject: no possessor after the verb stands in for it
    named = ctx.mentions_in(idx[a], idx[b - 1] + len(tk.text[b - 1]), ("COUNTRY", "ORG", "PERSON"))
    groups = _group_mentions(lower, a, b)
    if groups:
        named = sorted(named + groups, key=lambda m: m.start)
    for m in named:
        if m.start < a or m.end > b:
            continue
        code = person_actor(ctx, m) if m.label == "PERSON" else m.code
        if not code or code in exclude:
            continue
        prev = lower[m.start - 1] if m.start > a else ""
        prev2 = lower[m.start - 2] if m.start - 1 > a else ""
        if m.label == "PERSON" and prev and tk.title[m.start - 1]:
            titled = _before_title(tk, a, m.start)
            if titled in PREPOSITIONS:
                prev = titled  # "after a call with U.S. President Donald Trump": a counterpart, not the subject
        head = prev2 if prev == "of" else (lower[m.start - 3] if prev in DETERMINERS and prev2 == "of" and m.start - 2 > a else "")
        nxt = lower[m.end] if m.end < n else ""
        if object_end >= 0 and all(lower[k] in (",", "and", "or", "the") for k in range(object_end, m.start)):
            object_end = m.end  # "distinguishes her from London and Paris": Paris is an object too
            continue
        if head in GROUP_HEADS:
            pass  # "the leaders of France and Italy said"
        elif prev == "in" and prev2 in SOURCES and m.start - 3 >= a and any(
                o.code != code for o in ctx.mentions_in(idx[m.start - 3], idx[m.start - 3] + 1, ("COUNTRY",))):
            continue  # "Ukrainian officials in Berlin said": another country's people; Berlin is where
        elif prev == "in" and (prev2 in SOURCES or (nxt == "," and m.end + 1 < n and lower[m.end + 1] in SOURCES)):
            pass  # "officials in Rome say", "In Madrid, officials say": the capital's own people speak
        elif prev in PREPOSITIONS or prev in POSSESSIVES or (prev in DETERMINERS and prev2 in BEFORE_DETERMINER):
            object_end = m.end if prev in PREPOSITIONS or prev2 in BEFORE_DETERMINER else -1
            continue
        if m.label == "COUNTRY" and prev in INDEFINITE:
            continue
        if m.label == "COUNTRY" and (prev in DETERMINERS or prev in ("'s", "’s")) and nxt in OBJECT_HEADS:
            continue  # "the US plan", "the Paris declaration", "NATO's Washington summit"
        if m.label == "COUNTRY" and describes_object(lower, a, m.start, m.end, n, OBJECT_HEADS):
            continue  # "the original US draft", "the US peace plan": the country describes the proposal
        if m.label == "COUNTRY" and prev in DETERMINERS and nxt == "-":
            continue  # "the Swiss-hosted summit", "the US-led talks": the country describes the thing
        if prev in PAIRED and prev2 in PREPOSITIONS:
            object_end = m.end
            continue  # "recognised by both Russia and Ukraine": objects, with those coordinated after
        if m.label in ("COUNTRY", "ORG") and (prev in DETERMINERS or m.start > a) and _item_at(ctx.doc, m.end):
            continue  # "said the British tanks would burn", "makes shells that fit NATO guns": it describes the item
        if nxt in ("'s", "’s") and m.end + 1 < n and lower[m.end + 1] in EVENTS:
            continue
        if nxt in TOPIC_HEADS or (nxt in ("'s", "’s") and m.end + 1 < n and lower[m.end + 1] in TOPIC_HEADS):
            continue  # "NATO membership is off the table", "Ukraine's membership … is unacceptable": the topic
        if nxt == "opposition" or (nxt in ("'s", "’s") and m.end + 1 < n and lower[m.end + 1] == "opposition"):
            critics = True
            continue  # "Hungary's opposition leader criticised…": the government's critics, not the country
        if nxt in ("must", "should", "deserves") and _beneficiary(lower, m.end, n):
            continue
        if prev == "that" and prev2 in DEMANDS:
            continue
        if m.label == "PERSON" and prev and tk.title[m.start - 1] and m.start - 2 > a:
            # "warned Mr Trump", "warned US President Donald Trump": the word before the title
            told_at = next((k for k in range(m.start - 1, max(a, m.start - TITLE_REACH) - 1, -1)
                            if not (tk.title[k] or tk.text[k].isupper())), a)
            told, before_told = lower[told_at], (lower[told_at - 1] if told_at > a else "")
        else:
            told, before_told = prev, prev2
        warned = told in WARNING and before_told.isalpha() and nxt not in ("'s", "’s") and m.label != "ORG"
        if (prev in ACCUSING or (prev in DETERMINERS and prev2 in ACCUSING) or (prev in LISTENING and m.label != "ORG")
                or warned or (nxt == "into" and prev in ENTANGLING)):
            object_end = m.end
            continue  # "Putin told Trump he would halt…": the one told is no holder
        if _in_relative_clause(lower, max(a, m.start - 8), m.start) and not _relative_subject(tk, m, b):
            continue  # "Turkey, which has NATO's second-largest army, …": not the clause's subject
        if _closed_relative(lower, max(a, m.start - 8), m.start, b):
            continue  # "…, the depository where most Russian money sits, refused": inside the aside
        if prev == "as" and prev2 not in ("such", "well") or (prev2 == "as" and prev.isalpha() and prev not in GLUE):
            continue  # "described such plans as direct NATO involvement": part of the description
        # "called Japan's loan theft": a possessor after a verb is part of the object.
        # "valued the Vatican's efforts": after a verb and "the" too (not after a speech verb, "said
        # the Kremlin's envoy backed…", whose possessor's envoy is the subject)
        obj = nxt in ("'s", "’s") and (_verb_like(prev) or (prev in DETERMINERS and _verb_like(prev2)))
        out.append((m, code, obj))
    subjects = [(m, code) for m, code, obj in out if not obj]
    return subjects or ([] if critics else [(m, code) for m, code, _ in out])


# Words that open a sentence's time or place ("On Monday US President…"), not a person's title.
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                     "july august september october november december".split())
TITLE_REACH = 5


def _before_title(tk, a: int, at: int) -> str:
    """The word before the capitalised title words that end at token ``at`` ("with U.S.
    President Donald Trump": "with"); "" when the title runs back to a date or past reach."""
    j = at - 1
    while j >= a and at - j <= TITLE_REACH and tk.title[j] and tk.lower[j] not in CALENDAR:
        j -= 1
    return tk.lower[j] if j >= a and not tk.title[j] else ""


def _item_at(doc, at: int) -> bool:
    """Whether an aid item starts at token ``at``."""
    items = doc.user_data.get("items", ())
    k = bisect_left(items, (at,))
    # troops are the country's own, "the Czech troops would not go": their country speaks
    return k < len(items) and items[k][0] == at and items[k][2] not in _HOLDERS_TROOPS


def _beneficiary(lower: list[str], at: int, n: int) -> bool:
    """Whether the words from token ``at`` open one of :data:`BENEFICIARY`."""
    return any(lower[at : at + len(p.split())] == p.split() for p in BENEFICIARY if at + len(p.split()) <= n)


def person_actor(ctx: ArticleContext, person: Mention) -> str | None:
    """The country or organisation a person speaks for; for a surname alone ("Plenković said…",
    "Mr Plenković has ruled out…") that of the person first named in full with it."""
    actor = ctx.person_details(person)[2]
    if actor or " " in person.code.strip():
        return actor
    surname = person.code.strip().lower()
    cache = ctx.__dict__.setdefault("_surname_actors", {})
    if surname not in cache:
        cache[surname] = next((m.actor or ctx.person_details(m)[2] for m in ctx.mentions
                               if m.label == "PERSON" and m.start_char < person.start_char
                               and m.code.lower().split()[-1:] == [surname] and " " in m.code.strip()
                               and ctx.person_details(m)[2]), None)
    return cache[surname]


def _group_mentions(lower: list[str], a: int, b: int) -> list[Mention]:
    """"The Baltic states", "the Nordic countries" in tokens [a, b): one mention per member
    country, all at the group's place (a coordinated list of them, for :func:`_last_chain`)."""
    index, firsts = _country_groups()
    if firsts.isdisjoint(lower[a:b]):
        return []
    out = []
    for i in range(a, b):
        for words, codes in index.get(lower[i], ()):
            if lower[i : i + len(words)] == words:
                out.extend(Mention("COUNTRY", code, i, i + len(words), -1, -1, " ".join(words)) for code in codes)
                break
    return out


@lru_cache(maxsize=1)
def _country_groups() -> tuple[dict[str, list[tuple[list[str], list[str]]]], frozenset[str]]:
    """The country groups of positions.json by first word (as the tokenizer splits them)."""
    index: dict[str, list[tuple[list[str], list[str]]]] = {}
    for phrase, codes in vocab("positions")["country_groups"].items():
        words = phrase_words(phrase)
        index.setdefault(words[0], []).append((words, codes))
    return index, frozenset(index)


RELATIVES = frozenset("which who whose whom where".split())


def _verb_like(word: str) -> bool:
    """A lower-case word that is no glue, speech verb or "that": a verb before an object."""
    return word.isalpha() and word.islower() and word not in GLUE and word not in SPEECH and word != "that"


def _relative_subject(tk, m: Mention, b: int) -> bool:
    """"…tanks, which Poland and Finland have said they are ready to send": the relative pronoun
    is the object and the actors right after it the subject of the relative clause, which runs on
    to the cue at ``b`` without a comma (with one, "Turkey, which Russia courts, backs the plan",
    the cue is the main clause's)."""
    lower, title = tk.lower, tk.title
    if "," in lower[m.end : b]:
        return False
    # back over the coordinated actors before this one ("which Poland and Finland")
    j = m.start - 1
    while j > max(0, m.start - 8) and lower[j] not in RELATIVES and (title[j] or lower[j] in ("and", "or", "the")):
        j -= 1
    return lower[j] in ("which", "that", "whom")


def _in_relative_clause(lower: list[str], lo: int, at: int) -> bool:
    """Whether token ``at`` sits in a relative clause opened after the last comma before it
    (", which has…", ", whose leader…"), looking back no further than ``lo``."""
    for j in range(at - 1, lo - 1, -1):
        if lower[j] == ",":
            return False
        if lower[j] in RELATIVES:
            return j > 0 and lower[j - 1] == ","
    return False


def _closed_relative(lower: list[str], lo: int, at: int, b: int) -> bool:
    """Whether token ``at`` sits in a relative clause opened by "where", "whose" or "who" right
    after a noun (no comma before it) that a comma closes before ``b`` ("the depository where most
    of the Russian money sits, refused"); with no comma after it ("at the summit where Hungary
    blocked the deal") the actor is the cue's own subject."""
    for j in range(at - 1, lo - 1, -1):
        if lower[j] == ",":
            return False
        if lower[j] in ("where", "whose", "who"):
            return j > 0 and lower[j - 1] != "," and "," in lower[at:b]
    return False


def _last_chain(ctx: ArticleContext, cands: list[tuple[Mention, str]]) -> list[str]:
    """The coordinated list of actors that ends with the last candidate."""
    if not cands:
        return []
    tk = tokens(ctx.doc)
    lower, space, ent, title = tk.lower, tk.space, tk.ent, tk.title
    chain = [cands[-1]]
    for m, code in reversed(cands[:-1]):
        if all(lower[i] in GLUE or space[i] or ent[i] or title[i] for i in range(m.end, chain[0][0].start)):
            chain.insert(0, (m, code))
        else:
            break
    out: list[str] = []
    for _, code in chain:
        if code not in out:
            out.append(code)
    return out


def _subject_before(ctx: ArticleContext, a: int, at: int, exclude) -> list[str]:
    """The actors who are the subject of a cue at token ``at``; none when the clause between
    them and the cue has a subject of its own ("Macron said 26 of them had committed…",
    "Macron said the force would deploy only after…")."""
    cands = _candidates(ctx, a, at, exclude)
    owner = _whose_owner(ctx, a, at, cands, exclude)
    if owner:
        return [owner]
    actors = _last_chain(ctx, cands)
    if actors and _own_subject(tokens(ctx.doc).lower[cands[-1][0].end : at]):
        return []
    return actors


def _whose_owner(ctx: ArticleContext, a: int, at: int, cands, exclude) -> str | None:
    """"…ahead of the United States, whose delegation likewise declined to join": a cue inside an
    aside opened by ", whose" with no actor of its own is the country the aside is about; one
    opened by ", who" is the person's named right before it, also after a preposition ("the
    pressure on Chancellor Olaf Scholz, who has so far refused to authorise the tanks")."""
    lower = tokens(ctx.doc).lower
    j = next((k for k in range(at - 1, a, -1) if lower[k] in OWNER_RELATIVES or lower[k] in BOUNDARIES), None)
    if j is None or lower[j] not in OWNER_RELATIVES or lower[j - 1] != "," or any(m.start > j for m, _ in cands) \
            or closed_aside(lower, j, at):
        return None
    if lower[j] == "who" and not WHO_VERB_WORDS.issuperset(lower[j + 1 : at]):
        return None  # "Sánchez, who used his speech to insist on…": the cue is not the aside's own verb
    idx = tokens(ctx.doc).idx
    for m in ctx.mentions_in(idx[max(0, j - 6)], idx[j - 1], ("COUNTRY", "ORG") if lower[j] == "whose" else ("PERSON",)):
        code = m.code if m.label != "PERSON" else person_actor(ctx, m)
        if m.end == j - 1 and code and code not in exclude:
            return code
    return None


OWNER_RELATIVES = frozenset(("whose", "who"))
# the words that may stand between "who" and a cue that is the aside's own verb ("who has so far refused")
WHO_VERB_WORDS = frozenset("has have had is was were are would will also so far already repeatedly long still "
                           "again always consistently openly".split())


def _own_subject(words: list[str]) -> bool:
    """Whether the reported clause in ``words`` (lower case) opens with a subject of its own:
    "said 26 of them had", "said the force would" (but not "said any settlement would require
    Western countries to stop")."""
    opener = max((i for i, w in enumerate(words) if w in SPEECH or w == "that"), default=None)
    if opener is None:
        return False
    for w in words[opener + 1 : opener + 6]:
        if w in GROUP_SUBJECTS:
            return True
        if w in AUXILIARIES:
            return False
    return False


def _groups(ctx: ArticleContext, sent, cues, exclude, group: list[str] = (),
            counted: tuple[list[str], int] = ([], -1)) -> list[tuple[list[str], int, int]]:
    """(actors, first token, end token) of each clause group that takes a position; ``group``
    is who a first clause naming nobody stands for ("The leaders agreed…", "They backed…", after
    a meeting or joint statement), before a pronoun's last person; ``counted`` is who "the four
    governments" before the first cue stands for (``numbered_groups.py``), before a speaker named
    after the cue."""
    doc = ctx.doc
    groups: list[list] = []
    # the cues of the whole sentence, found once: the clauses take theirs from this list
    said = cue_positions(sent, sent.start, sent.end, cues)
    for a, b in _segments(ctx, sent, said):
        positions = [at for at in said if a <= at < b]
        actors: list[str] = []
        # A later clause's own subject comes first in it ("but the Kremlin said", "though her
        # office said Rome was"); an actor deep inside it ("but there were nuances, including
        # whether Ukraine could…") is not its subject.
        last = b if a == sent.start else min(b, a + SUBJECT_REACH)
        bound = condition_opens(tokens(doc).lower, positions, a, b)
        if bound is not None:
            last = min(last, bound)  # an actor inside the condition is the condition's, no subject
        for at in positions:
            actors = _subject_before(ctx, a, min(at, last), exclude)
            if actors:
                break
        if not positions:
            actors = _subject_before(ctx, a, last, exclude)
        elif not actors and not groups:
            counted_actors, counted_at = counted
            # "…, the four governments urged": the count before the cue is the clause's subject
            if a <= counted_at < positions[0]:
                actors = [c for c in counted_actors if c not in exclude]
            if not actors:
                actors = _trailing_speaker(ctx, sent, positions[0], b, exclude, bound is not None)
        if actors and groups and groups[-1][0] == actors:
            groups[-1][2] = b  # the same subject again: "Italian troops would not…, though Rome…"
        elif actors:
            groups.append([actors, a, b])
        elif groups:
            groups[-1][2] = b
        else:
            groups.append([[], a, b])
    if groups and not groups[0][0] and group:
        groups[0][0] = list(group)
    elif groups and not groups[0][0]:
        padded = lower_text(doc[groups[0][1] : groups[0][2]])
        if any(p in padded for p in PRONOUNS):
            # "we" in a statement's unquoted text is its signatories', not the last person's (decision 40)
            voice = [c for c in statement_voice(ctx, sent) if c not in exclude] if " we " in padded or " our " in padded else []
            # "'We will keep pushing,' a senior diplomat told me": an unnamed source's words, no one's
            person = None if voice or unnamed_speaker(ctx, sent) else pronoun_person(ctx, sent.start_char, padded)
            code = person_actor(ctx, person) if person else None
            if voice:
                groups[0][0] = voice
            elif code and code not in exclude:
                groups[0][0] = [code]
    government_group(ctx, groups, said, exclude)
    return [(g[0], g[1], g[2]) for g in groups if g[0]]


def _trailing_speaker(ctx: ArticleContext, sent, at: int, b: int, exclude, bound: bool = False) -> list[str]:
    """"Any shipment … would "destroy" relations, Russian officials have said": the actor
    named just before a speech verb after the cue; after a condition (``bound``), only one named
    past the condition's last comma ("…would depend on assurances that the US would stand by
    them, he said" names no speaker: the US is the condition's)."""
    lower = tokens(ctx.doc).lower
    for i in range(at, b):
        if lower[i] in SPEECH:
            if bound:
                at = max((k for k in range(at, i) if lower[k] == ","), default=at)
            return _subject_before(ctx, at, i, exclude)
    return []

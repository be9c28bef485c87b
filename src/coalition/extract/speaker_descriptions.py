"""Whom a definite description of a speaker stands for, in the cases ``speakers.py`` leaves open:
a description with a name set off right after it, a party title, and which of two holders of one
title a sentence is about.

Outlets introduce a speaker by office and then name them ("The IOC president, Kirsty Coventry,
pleaded…"), refer back by a party office rather than the state office ("Prime Minister Pedro
Sánchez… the Socialist leader said"), and name the other party to a meeting in the same sentence as
the speaker ("Speaking with Ukrainian President X, Erdoğan said…"; "the president said").

Separate from ``speakers.py`` (full) because these are tests on one description and the people
already found, with no state of their own.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from coalition.extract.context import Mention, tokens, vocab


def apposed_name(refs, d) -> Mention | None:
    """The person named in commas right after a description: "The IOC president, Kirsty Coventry,"
    is Kirsty Coventry, whatever role a table gives her."""
    tk = tokens(refs.doc)
    if d.end + 1 >= tk.n or tk.text[d.end] != ",":
        return None
    return next((p for p in refs.people if p.start == d.end + 1 and refs.is_appositive(p)), None)


def sentence_topic_of(refs, in_sentence: list[tuple[int, object]]):
    """Of the holders of one title named in one sentence, the first that is no object of a
    preposition or verb ("Speaking with Ukrainian President X, Erdoğan said…" is about Erdoğan;
    "Trump's summit with Putin…" about Trump); the first named when all are objects."""
    subjects = [c for c in in_sentence if not (isinstance(c[1], Mention) and refs.is_object(c[1]))]
    return min(subjects or in_sentence, key=lambda c: c[0])[1]


def is_party_title(role_words: tuple[str, ...]) -> bool:
    """"the Socialist leader", "the CDU chairman", "the opposition leader": a party office, written
    with at least one party word and nothing else before its head."""
    if len(role_words) < 2 or role_words[-1] not in _party()[0]:
        return False
    return all(w in _party()[1] for w in role_words[:-1])


def holds_party_title(role_words: set[str]) -> bool:
    """A party leader is a head of state or government or a person whose own role is a party
    office ("Opposition leader", "party chairman")."""
    if role_words & _party()[0]:
        return True
    return any({w.lower() for w in r.split()} <= role_words for r in vocab("quotes")["leader_roles"])


@lru_cache(maxsize=1)
def _party() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("quotes")
    return frozenset(words["party_titles"]), frozenset(words["party_words"])


_OWNER_PRONOUNS = frozenset({"his", "her", "their"})


def aides_of_another(refs, d) -> frozenset[str]:
    """The people a description with a possessive pronoun cannot stand for: "his spokesman" after
    Sir Keir Starmer is Starmer's spokesman, not the Kremlin spokesman named earlier, nor Starmer
    himself. Those are the pronoun's owner and every person whose known state differs from the
    owner's; nothing is ruled out when the owner or its state is unknown."""
    tk = tokens(refs.doc)
    pronoun = tk.lower[d.start]
    if pronoun not in _OWNER_PRONOUNS:
        return frozenset()
    owner = refs.antecedent(d.start_char, frozenset(), pronoun if pronoun != "their" else None)
    if not isinstance(owner, Mention):
        return frozenset()
    owner_actor = refs.ctx.person_details(owner)[2]
    out = {owner.code}
    if owner_actor:
        for m in refs.people:
            actor = refs.ctx.person_details(m)[2]
            if actor and actor != owner_actor:
                out.add(m.code)
    return frozenset(out)


# The words between "a spokeswoman for" and the name she speaks for: a title ("Commission
# President", "Chancellor"), at most this many tokens.
_OWNER_TITLE_TOKENS = 4


def described_owner(refs, span, person: Mention, verb: int):
    """The indefinite description of a speaker that names ``person`` as whom it speaks for, right
    before the speech verb: '," a spokeswoman for Commission President Ursula von der Leyen said' is
    the spokeswoman's statement, not von der Leyen's. Only for a description of a person, ending on
    "for" before the person's title, with nothing but the name between the name and the verb."""
    tk = tokens(refs.doc)
    if person.end != verb:
        return None
    for d in refs.described:
        if (d.person and not d.definite and span.start <= d.start and d.end < person.start
                and tk.lower[d.end] == "for" and person.start - d.end - 1 <= _OWNER_TITLE_TOKENS
                and all(tk.text[k][:1].isupper() for k in range(d.end + 1, person.start))):
            # the spokeswoman speaks for the person's side when her own words name none
            return d if d.actor is not None or person.actor is None else replace(d, actor=person.actor)
    return None


# Prepositions that open a short adverbial phrase before a sentence's subject ("On the way to
# Lithuania, the Ukrainian president posted…", "In Brussels, the chancellor said…").
_OPENING_PREPOSITIONS = frozenset("on in at after before during from".split())
# How long such an opening phrase may be, in tokens up to its comma.
_OPENING_REACH = 8


def after_opening_phrase(tk, first: int, i: int) -> bool:
    """A description right after the comma that ends a short prepositional phrase opening its
    sentence ("On the way to Lithuania, the Ukrainian president posted…"): the subject of its
    sentence, as one after a participial opener is, so a "he" in the next sentence stands for it."""
    if i - 1 <= first or tk.text[i - 1] != "," or not tk.title[first] or i - first > _OPENING_REACH:
        return False
    return tk.lower[first] in _OPENING_PREPOSITIONS and "," not in tk.text[first + 1 : i - 1]


def possessor_at(tk, i: int, s_end: int) -> bool:
    """A country or body as a possessor at token ``i`` ("Ukraine's defence minister", "the EU's envoy"):
    an apposition that describes the name before it as well as "a"/"the" does."""
    if tk.lower[i] == "the":
        i += 1
    if i >= s_end or tk.ent[i] not in ("COUNTRY", "ORG"):
        return False
    while i < s_end and tk.ent[i] in ("COUNTRY", "ORG"):
        i += 1
    return i < s_end and tk.text[i] in ("'s", "’s")


def after_participle(tk, first: int, i: int) -> bool:
    """A description right after the comma that ends an opening participial phrase ("Asked about
    the threats, the president was dismissive", "Writing on social media, the defender said"): the
    subject of its sentence, as one that opens it is."""
    if i - 1 <= first or tk.text[i - 1] != "," or not tk.title[first]:
        return False
    opener = tk.lower[first]
    return opener.endswith(("ing", "ed")) and "," not in tk.text[first + 1 : i - 1]


def titled_subject(refs, span, verb: int, near, before_char: int):
    """The person a definite title right before the verb stands for, when everyone named near the
    verb stands before the title ("Standing beside Volodymyr Zelensky, the secretary general said"):
    the title is the verb's subject, the names before it are not; None otherwise."""
    d = refs.described_at(verb, span)
    if d is None or not d.definite or not d.person or d.end != verb or any(p.end > d.start for p in near):
        return None
    resolved = refs.resolve(d, before_char)
    return resolved if isinstance(resolved, Mention) else None

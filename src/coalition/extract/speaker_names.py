"""Names as an article writes them: which tokens are part of a person's name, where a run of name
words ends, the span as written (with hyphenated parts the tokenizer split off), and the fullest
form of a surname found elsewhere in the article.

Separate from speaker resolution, which decides who a speaker is, because these only read the
token table and know nothing of quotes or referents.
"""

from __future__ import annotations

from coalition.extract.context import doc_text, tokens
from coalition.extract.people import INNER_CAPITAL_NAME, INNER_CAPITAL_PREFIXES


# Capitalised words that open a sentence or stand before a name but are no part of it.
NOT_NAME = {
    "The", "A", "An", "On", "In", "At", "For", "And", "But", "Of", "To", "This", "That", "He", "She", "It",
    "They", "We", "His", "Her", "Their", "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Speaking", "Asked", "After", "Before", "When", "While",
    "As", "Yet", "So", "Also", "Mr", "Ms", "Mrs", "Dr", "Sir", "Dame", "President", "Minister", "Secretary",
    "Honourable", "Honorable", "Hon", "Rt",
}

NOT_NAME_ENTS = ("COUNTRY", "ORG", "COMPANY")


def _is_name_part(doc, i: int) -> bool:
    return _name_part(tokens(doc), i)


def _name_part(tk, i: int) -> bool:
    if i < 0 or i >= tk.n:
        return False
    # a stop word is no name part: "Meanwhile Zelensky said"
    word = tk.text[i]
    return ((tk.title[i] or (word.startswith(INNER_CAPITAL_PREFIXES) and INNER_CAPITAL_NAME.match(word) is not None))
            and not tk.stop[i] and word not in NOT_NAME and tk.ent[i] not in NOT_NAME_ENTS)


def _joins_hyphen(tk, end: int) -> bool:
    """A hyphenated part the tokenizer split off a name ("Tae" + "-" + "yul")."""
    return end + 1 < tk.n and tk.text[end] == "-" and not tk.ws[end - 1] and not tk.ws[end] and tk.alpha[end + 1]


def _text_of(doc, tk, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start < end``), sliced from the document's text."""
    return doc_text(doc)[tk.idx[start] : tk.idx[end - 1] + len(tk.text[end - 1])]


def _written_at(doc, start: int, end: int) -> str:
    """A name span as written, with a hyphenated part the tokenizer split off ("Tae" + "-yul")."""
    tk = tokens(doc)
    while _joins_hyphen(tk, end):
        end += 2
    return _text_of(doc, tk, start, end)


def _name_end(doc, i: int, most: int = 3) -> int | None:
    """Where a run of two or three name words from token ``i`` ends, or None."""
    tk = tokens(doc)
    end = i
    while end - i < most + 2 and _name_part(tk, end) and (end == i or not tk.sent_start[end]):
        end += 1
        if _joins_hyphen(tk, end):
            end += 2
    return end if end > i else None


def _fullest_name(doc, surname: str) -> str | None:
    """The longest run of name words holding ``surname`` in the article, when longer than it."""
    best = None
    texts = tokens(doc).text
    i = -1
    while True:
        # the list's own search finds each place of the surname: no Python step per token
        try:
            i = texts.index(surname, i + 1)
        except ValueError:
            return best
        longer = _name_around(doc, i)
        if len(longer.split()) > len((best or surname).split()):
            best = longer


def _name_around(doc, i: int) -> str:
    """The run of name words around token ``i``: capitalised words and hyphenated parts."""
    tk = tokens(doc)
    start = i
    while not tk.sent_start[start]:
        if _name_part(tk, start - 1):
            start -= 1
        elif start >= 2 and _joins_hyphen(tk, start - 1) and _name_part(tk, start - 2):
            start -= 2  # "Márki-Zay told supporters": the surname's first part the tokenizer split off
        else:
            break
    end = i + 1
    while True:
        if _name_part(tk, end) and not tk.sent_start[end]:
            end += 1
        elif _joins_hyphen(tk, end):
            end += 2
        else:
            break
    return _text_of(doc, tk, start, end)


def name_before(tk, k: int, s_start: int) -> int | None:
    """The start of a run of two to five name words (hyphenated parts joined, "Marie-Agnes
    Strack-Zimmermann") that ends right before token ``k`` inside its sentence, or None."""
    j, parts, start = k - 1, 0, None
    while j > s_start:
        if _name_part(tk, j):
            parts, start = parts + 1, j
            j -= 1
        elif parts and tk.text[j] == "-" and not tk.ws[j - 1] and not tk.ws[j]:
            j -= 1
        else:
            break
    return start if start is not None and 2 <= parts <= 5 else None


def apposed_before(refs, tk, k: int, s_start: int, taken, places) -> None:
    """A name inside a sentence right before an apposition that describes a person: "The only MP to
    vote for it was Jane Doe, the party's defence expert, who…" (a body's name ends in a head noun)."""
    start = name_before(tk, k, s_start)
    if start is not None and tk.text[k - 1] not in places and not any(x in taken for x in range(start, k)):
        refs._add_person(start, k)


def names_after_nouns(refs, tk, noun_at, taken) -> None:
    """A name no table knows right after a lower-case noun for a person: "Aontú leader Jane Doe
    accused…", "opposition politician Jan Novak-Berg said" (a title in capitals is the people
    finder's). ``noun_at`` holds the places of such nouns, read once per article."""
    for k in noun_at:
        if tk.title[k] or k + 2 >= tk.n or tk.sent_start[k + 1]:
            continue
        end = _name_end(refs.doc, k + 1)
        if end and end - k - 1 >= 2 and not any(x in taken for x in range(k + 1, end)):
            refs._add_person(k + 1, end)

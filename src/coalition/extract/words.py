"""A document's words as plain lists, read through a table of each distinct word's lexeme.

Reading ``doc[i].text`` creates a Token object each time, and ``doc.to_array`` asks every
token for every attribute; the attributes of a word (its text, lower case and flags) are the
same wherever it occurs. :class:`Words` lists a document's words once, from the vocabulary's
:class:`_LexemeTable`, for the pipeline components and the fact rules' token table
(``context.Tokens``). Like spaCy's own vocabulary, the lexeme table holds only per-word
attributes: nothing of one article is kept for the next.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc


class Words:
    """A document's word columns as plain lists indexed by token position: text, lower case, the
    flags is_title, is_stop, is_punct, is_space, is_alpha, like_num, whether white space follows,
    and each token's character offset.

    They are fixed once the text is tokenised, so they are read once per document (see
    :func:`words`) and shared by the pipeline's people finder and the token table. The lexeme
    attributes come from the vocabulary's :class:`_LexemeTable`, one look-up per distinct word.
    """

    __slots__ = ("text", "lower", "title", "stop", "punct", "space", "alpha", "like_num", "ws", "idx", "n", "rows")

    def __init__(self, doc: Doc):
        arr = doc.to_array([ORTH, SPACY, IDX])
        self.n = len(arr)
        lexemes = _lexeme_table(doc.vocab)
        # each token's row in the vocabulary's lexeme table (for array questions, as the sentencizer's)
        self.rows = rows = lexemes.rows(arr[:, 0])
        self.text = lexemes.text[rows].tolist()
        self.lower = lexemes.lower[rows].tolist()
        # ``take`` rather than fancy indexing: the same rows, a little faster for a 2-D table
        self.title, self.stop, self.punct, self.space, self.alpha, self.like_num = lexemes.flags.take(rows, axis=0).T.tolist()
        self.ws = arr[:, 1].astype(bool).tolist()
        self.idx = arr[:, 2].tolist()  # character offset of each token


def words(doc: Doc) -> Words:
    """The document's :class:`Words`, read on first use."""
    table = doc.user_data.get("_words")
    if table is None or table.n != len(doc):
        table = doc.user_data["_words"] = Words(doc)
    return table


def token_positions(doc: Doc, vocabulary: frozenset[str], *, lower: bool = False) -> list[int]:
    """The positions of the tokens whose text (with ``lower``, lower case) is one of
    ``vocabulary``, in order: ``[i for i, w in enumerate(words) if w in vocabulary]``.

    Whether a word is in the vocabulary is decided once per distinct word of the lexeme table
    (a vocabulary-style table, like spaCy's own flags), so finding the tokens of a document is
    one array step instead of a Python test per token.
    """
    word = words(doc)
    table = _lexeme_table(doc.vocab)
    key = (vocabulary, lower)
    entry = _MEMBERS.get(key)
    if entry is None or entry[0] is not table:
        if len(_MEMBERS) > 64:
            _MEMBERS.clear()
        entry = _MEMBERS[key] = (table, np.zeros(0, dtype=bool))
    known = entry[1]
    if len(known) < table.size:
        column = table.lower if lower else table.text
        new = np.fromiter((w in vocabulary for w in column[len(known) : table.size]), dtype=bool,
                          count=table.size - len(known))
        known = np.concatenate([known, new])
        _MEMBERS[key] = (table, known)
    return np.flatnonzero(known[word.rows]).tolist()


# (vocabulary, lower) -> (lexeme table, whether each of its rows is in the vocabulary)
_MEMBERS: dict[tuple[frozenset[str], bool], tuple[object, np.ndarray]] = {}


class _LexemeTable:
    """The lexeme attributes the token table lists (text, lower case, and the flags is_title,
    is_stop, is_punct, is_space, is_alpha, like_num), one row per distinct word of a vocabulary: what the
    Vocab holds for the word, read once. Kept as arrays so that a document's columns are one
    indexing step each, not a Python loop per token and attribute.

    A document's rows are found from its hash column without a dictionary look-up per token:
    first in a table addressed by the hash's low bits (kept at least eight times as large as
    the vocabulary, so most words sit in their own slot), then, for the few words that share
    a slot and the words not seen before, in a dictionary of every hash's row. (A sorted array
    of the hashes, searched, did the dictionary's work; keeping it sorted cost an insertion
    into the whole array for each article with new words.)"""

    def __init__(self, vocab):
        self.vocab = vocab
        self.size = 0
        self.row_by_key: dict[int, int] = {}  # word hash -> row
        self.key_of_row = np.empty(1024, dtype=np.uint64)  # the word hash of each row
        self.text = np.empty(1024, dtype=object)
        self.lower = np.empty(1024, dtype=object)
        self.joinable = np.empty(1024, dtype=object)  # the lower case, "" for white space
        self.flags = np.zeros((1024, 6), dtype=bool)
        self._slots(4096)

    def _slots(self, count: int) -> None:
        """(Re)build the slot table with ``count`` slots (a power of two) from every row's hash."""
        self.mask = np.uint64(count - 1)
        self.slot_key = np.zeros(count, dtype=np.uint64)
        self.slot_row = np.full(count, -1, dtype=np.intp)
        self._fill(self.key_of_row[: self.size], np.arange(self.size, dtype=np.intp))

    def _fill(self, keys: np.ndarray, rows: np.ndarray) -> None:
        """Put words in their slots where the slot is free; of words sharing a free slot, one (a
        slot's hash and row are always written together, from one word)."""
        at = (keys & self.mask).astype(np.intp)
        free = self.slot_row[at] < 0
        at, keys, rows = at[free], keys[free], rows[free]
        at, first = np.unique(at, return_index=True)
        self.slot_key[at] = keys[first]
        self.slot_row[at] = rows[first]

    def rows(self, orths: np.ndarray) -> np.ndarray:
        """The rows of a document's ``ORTH`` column (uint64), adding the words not seen before."""
        at = (orths & self.mask).astype(np.intp)
        rows = self.slot_row[at]
        missed = (self.slot_key[at] != orths) | (rows < 0)
        if missed.any():
            rows[missed] = self._looked_up(orths[missed].tolist())
        return rows

    def _looked_up(self, orths: list[int]) -> list[int]:
        get = self.row_by_key.get
        found = [get(orth, -1) for orth in orths]
        if -1 in found:
            self._add(sorted({orth for orth, row in zip(orths, found) if row < 0}))
            found = [get(orth) for orth in orths]
        return found

    def row_of(self, orth: int) -> int:
        """The row of one word hash, or -1 if no document has held the word."""
        return self.row_by_key.get(int(orth), -1)

    def _add(self, new: list[int]) -> None:
        size, count = self.size, len(new)
        if size + count > len(self.text):
            grow = max(2 * len(self.text), size + count)
            self.text = np.resize(self.text, grow)
            self.lower = np.resize(self.lower, grow)
            self.joinable = np.resize(self.joinable, grow)
            self.flags = np.resize(self.flags, (grow, 6))
            self.key_of_row = np.resize(self.key_of_row, grow)
        # each column written once for all the new words, not a numpy assignment per word
        lexemes = [self.vocab[orth] for orth in new]
        end = size + count
        self.text[size:end] = [lex.orth_ for lex in lexemes]
        self.lower[size:end] = lower = [lex.lower_ for lex in lexemes]
        self.flags[size:end] = flags = [(lex.is_title, lex.is_stop, lex.is_punct, lex.is_space, lex.is_alpha, lex.like_num)
                                        for lex in lexemes]
        self.joinable[size:end] = ["" if f[3] else w for w, f in zip(lower, flags)]
        keys = np.array(new, dtype=np.uint64)
        self.key_of_row[size:end] = keys
        self.row_by_key.update(zip(new, range(size, end)))
        self.size = end
        if 8 * self.size > len(self.slot_key):
            self._slots(1 << (8 * self.size).bit_length())
        else:
            self._fill(keys, np.arange(size, end, dtype=np.intp))


_LEXEMES: dict[int, _LexemeTable] = {}


def lexeme_table(vocab) -> _LexemeTable:
    """The vocabulary's lexeme table (see :class:`Words`)."""
    return _lexeme_table(vocab)


def _lexeme_table(vocab) -> _LexemeTable:
    table = _LEXEMES.get(id(vocab))
    # The vocab is kept in the table, so its id cannot be reused while the entry lives.
    if table is None or table.vocab is not vocab:
        table = _LEXEMES[id(vocab)] = _LexemeTable(vocab)
    return table

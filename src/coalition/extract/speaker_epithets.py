"""A speaker called by a definite description whose noun no speaker list holds, right before the
speech verb: '," the former boxing champion told Bild.', '," the judge said.', '," the Presidency
said.', '," the congress said in a statement.'

Outlets name a speaker once and then refer back by what they are or were ("Kyiv's mayor, Jane Roe,
was blunter. '…,' the former sprinter told reporters"); a body is referred back to by the last word
of its name ("The Canadian Farmers Congress… '…,' the congress said") or by a capitalised noun that
is its name on its own ("the Presidency"). The speaker lists cannot hold every such noun, so the
form decides:

- a capitalised noun, or the last word of a body named before: the body, an unnamed speaker;
- any other noun: whom "he" or "she" would stand for there, when that person is named in the same
  paragraph or the one before (an epithet a reader resolves by the person just spoken of);
- a noun for a text or an outlet ("the statement said", "the newspaper said"): no one (left to
  the other rules).

Separate from ``statements.py`` (full) because it reads one description's words and the bodies
named before, with a vocabulary of its own.
"""

from __future__ import annotations

from functools import lru_cache
import re

from coalition.extract.context import ArticleContext, Mention, tokens, vocab
from coalition.extract.speakers import Described

# Words between "the" and the noun: "the former boxing champion", "the 45-year-old Social Democrat"
_EPITHET_WORDS = 5


def epithet_speaker(ctx: ArticleContext, refs, verb: int, span, before_char: int, exclude):
    """The speaker a description right before ``verb`` stands for, or None (see the module)."""
    tk = tokens(ctx.doc)
    head = verb - 1
    if head <= span.start or not tk.alpha[head] or tk.ent[head]:
        return None  # a name ("the Holy See said"): the rules for actors and people read it
    det = next((k for k in range(head - 1, max(span.start, head - _EPITHET_WORDS) - 1, -1)
                if tk.lower[k] == "the"), None)
    if det is None or det < span.start:
        return None
    if det > 0 and not tk.sent_start[det] and tk.text[det - 1] not in _BEFORE_SUBJECT:
        return None  # "volunteers at the border crossing said": the description is no subject
    words = range(det + 1, head + 1)
    if any(tk.ent[k] == "PERSON" or not (tk.alpha[k] or tk.text[k] == "-" or "-" in tk.text[k]) for k in words):
        return None  # a name or a mark inside: no one description
    noun = tk.lower[head]
    if noun in _not_speakers():
        return None
    role = ctx.text[tk.idx[det + 1] : tk.idx[head] + len(tk.text[head])]
    body = _body_named(ctx, tk, head, det)
    if body is not None or tk.title[head]:
        return Described(role=role, head=noun, actor=body.code if body is not None else None, definite=True,
                         subject=False, person=False, role_words=(), start=det, end=head + 1,
                         start_char=tk.idx[det])
    found = refs.antecedent(min(before_char, tk.idx[det]), exclude)
    if not isinstance(found, Mention) or found.label != "PERSON" or not _near(ctx, found.start_char, tk.idx[det]):
        return None
    return found


def _body_named(ctx: ArticleContext, tk, head: int, det: int) -> Mention | None:
    """An organisation named before whose name ends with the noun ("the Ukrainian Canadian Congress"
    for "the congress"), or None."""
    noun = tk.lower[head]
    for m in reversed(ctx.mentions_in(0, tk.idx[det], ("ORG",))):
        if m.text.split()[-1].lower() == noun:
            return m
    # a body no table knows, its name written in capitals before ("The Canadian Farmers Congress said")
    cap = tk.text[head][:1].upper() + tk.text[head][1:].lower()
    for match in re.finditer(r"\b([A-Z][\w'’-]+) " + re.escape(cap) + r"\b", ctx.text[: tk.idx[det]]):
        if match.group(1) not in _ARTICLES:
            return Mention("ORG", None, head, head + 1, match.start(), match.end(), match.group(0))
    return None


# What stands before a description that is the speech verb's subject: a quote's closing mark or a
# comma ('," the former champion said'; 'At noon, the judge said:').
_BEFORE_SUBJECT = frozenset({'"', "”", "’", "'", ","})

_ARTICLES = frozenset({"The", "A", "An", "This", "That"})


def _near(ctx: ArticleContext, person_at: int, at: int) -> bool:
    """Whether a person named at ``person_at`` is in the paragraph of ``at`` or the one before."""
    return len(_BREAKS.findall(ctx.text, person_at, at)) <= 1


_BREAKS = re.compile(r"\n\s*")


@lru_cache(maxsize=1)
def _not_speakers() -> frozenset[str]:
    """Nouns for a text, an outlet or a source: their words are no one person's."""
    words = vocab("quotes")
    return frozenset(words["speech_nouns"]) | frozenset(words["text_nouns"])

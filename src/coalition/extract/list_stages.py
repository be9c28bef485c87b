"""The stage of a bullet that names aid with no verb of its own: "To date, Portugal has sent:" then
"- Leopard 2A6 main battle tanks;", "- fast boats and unmanned aerial vehicles;". The introducing
sentence's verb gives every bullet its stage, as its actor gives them their donor (the commitment
finder's bullet lists). A bullet under an introduction with no verb of giving ("The minister
listed:"), with no giver named, or that lists a sum's contents ("The package includes:", "The
funding will be used for:", the items of a commitment told before) stays without a stage, so
without a commitment."""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, _has, lower_text
from coalition.extract.stages import _status

BULLETS = ("•", "*", "-", "–", "·")
# A list longer than this is no list of aid lines under one introduction.
_LONGEST_LIST = 30


def _bullet_line(ctx: ArticleContext, sent: Span) -> bool:
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    return ctx.text[line_start : sent.start_char + 3].lstrip().startswith(BULLETS)


def intro_stage(ctx: ArticleContext, sent: Span, words: dict) -> str | None:
    """The stage the introducing sentence of bullet ``sent`` gives, or None when it is no bullet."""
    if not _bullet_line(ctx, sent):
        return None
    index = ctx.sentence_index(sent.start_char)
    for k in range(index - 1, max(-1, index - _LONGEST_LIST), -1):
        before = ctx.sents[k]
        if ctx.text[before.start_char : before.end_char].rstrip().endswith(":"):
            intro = lower_text(before)
            if _has(intro, words["package_contents"]["verbs"]) or _has(intro, words["money_referents"]):
                return None  # "The package includes:", "The funding will be used for:": a sum's contents, told before
            if not ctx.mentions_in(before.start_char, before.end_char, ("COUNTRY", "ORG", "PERSON")):
                return None  # no giver named: no one's verb of giving
            return _status(intro, words)
        if not _bullet_line(ctx, before):
            return None
    return None

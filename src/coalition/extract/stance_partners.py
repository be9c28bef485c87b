"""Positions of Ukraine's partners told in forms the cue and act readings miss (ninth session).

Sanctions against Russia (ADJUDICATION.md, decisions 12, 32 and 34) told with the act after its
object, where ``stance_sanctions`` reads the verb first and its object after:
- an object relative: "Washington keeps widening the sanctions it has imposed on Russia", "the
  sanctions the EU has adopted against Russia since 2014" is the holder's `support`; "the sanctions
  Serbia has refused to join" its `oppose`. The holder is the state or organisation named between
  the noun and the verb, or, for a pronoun there ("it", "they"), the clause's subject before the
  noun; the act must still be on or against Russia (or what a Russia sanctions list holds), so that
  "the sanctions Moscow imposed on Western officials" is nobody's position;
- a listing: "The European Union added him to its own sanctions list", "Canada has added 100
  tankers of Russia's shadow fleet to its sanctions list" is the adder's `support`, when what is
  added is Russian, a Russia sanctions list's kind of target, or a person ("him"): the article is
  about the war, and a named state must be the one adding.

The text of a joint statement quoted paragraph after paragraph ("The leaders of Denmark, Estonia
and Finland today issued a joint statement. …" then "We will keep up the pressure through
sanctions …" six paragraphs on) is the signatories' words for as long as the quotation runs on:
``continues_quotation`` tells the stance loop to keep the signatories past its usual reach.

Support cut off before it is given is no stance: "stopped short of endorsing the document", "fell short
of backing the plan", "refrained from endorsing a plan", "held off on backing" says only that no endorsement was given (ADJUDICATION.md decision 37, which
superseded the `considering` this rule first gave), never the support its verb would say
(``short_of``); a stance comes from what the actor did say.

Openness to something else is no answer on the target: "will not take part in any deployment on
Ukrainian territory, though it left the door open to other forms of support" refuses the deployment;
the open cue's object is "other forms of support", so the clause's answer is read without it
(``other_help``).

A refusal whose object is information is no position: "declined to give details", "would not give
figures", "resisted pressure to put a figure on the total" withhold a fact, not aid or consent
(``withholds_information``).

Words are in positions.json ("sanction_forms", "withheld_information").
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.extract.stance_sanctions import (
    IMPOSING, NOUNS, ON, REFUSING, RUSSIA, TARGETS, THREATENING, _target_ok, act_holders,
)

_WORDS = vocab("positions")["sanction_forms"]
RELATIVES = frozenset(_WORDS["relatives"])  # "that", "which" opening the object relative
PRONOUNS = frozenset(_WORDS["pronouns"])  # "it", "they": the clause's subject stands for them
AUXILIARIES = frozenset(_WORDS["auxiliaries"])  # "has", "had", "have", "already", "since"
ADDING = frozenset(_WORDS["adding"])  # "added", "adds", "adding"
LIST_NOUNS = frozenset(_WORDS["list_nouns"])  # "list", "lists", "blacklist"
PERSONS = frozenset(_WORDS["persons"])  # "him", "her", "them": the people of the article's story
_WITHHELD = vocab("positions")["withheld_information"]
INFORMATION = frozenset(_WITHHELD["nouns"])  # "details", "figures", "a breakdown", "comment"
INFORMATION_REACH = 8  # words after the cue in which the withheld fact is its object ("resisted pressure from … to put a figure")
_OTHER = vocab("positions")["other_help"]
OTHERS = frozenset(_OTHER["others"])  # "other", "different"
OTHER_KINDS = frozenset(_OTHER["kinds"])  # "forms", "ways", "kinds", "support", "help"
OTHER_REACH = 4  # words after the cue: "open to other forms", "help in other ways"
# "stopped short of", "fell short of", "refrained from", "held off on": support not given (withheld_support.json)
SHORT_OF = [list(t) for t in vocab("withheld_support")["tails"]]
HOLDER_REACH = 4  # words from the noun to the verb ("the sanctions the European Union has imposed")
ADD_REACH = 14  # words from "added" to "to its sanctions list"
TARGET = "sanctions on Russia"


def relative_sanction_stances(ctx, sent, present: frozenset) -> list[tuple[str, str]]:
    """(actor, stance) pairs of the sanctions acts told after their object in ``sent``."""
    if NOUNS.isdisjoint(present):
        return []
    out: list[tuple[str, str]] = []
    if not IMPOSING.isdisjoint(present) and not ON.isdisjoint(present):
        for pair in _relatives(ctx, sent):
            if pair not in out:
                out.append(pair)
    if not ADDING.isdisjoint(present) and not LIST_NOUNS.isdisjoint(present):
        for pair in _listings(ctx, sent):
            if pair not in out:
                out.append(pair)
    return out


def _relatives(ctx, sent):
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    for k in range(a, b - 2):
        if lower[k] not in NOUNS:
            continue
        h = k + 1 + (lower[k + 1] in RELATIVES)
        v = next((i for i in range(h, min(b, h + HOLDER_REACH + 1)) if lower[i] in IMPOSING), None)
        if v is None or v == h:
            continue
        # the words between the holder and the verb: only auxiliaries, a refusal, "to"
        if not any(lower[o] in ON for o in range(v + 1, min(b, v + 3))):
            continue
        o = next(o for o in range(v + 1, min(b, v + 3)) if lower[o] in ON)
        if not _target_ok(lower[o + 1:min(b, o + 5)]):
            continue
        if lower[h] in PRONOUNS:
            holders = act_holders(ctx, lower, a, k, b)
            between = lower[h + 1:v]
        else:
            holders = act_holders(ctx, lower, h, v, b)
            between = []
        if not holders:
            continue
        value = ("oppose" if not REFUSING.isdisjoint(lower[h:v])
                 else "conditional" if not THREATENING.isdisjoint(lower[h:v]) else "support")
        if any(w not in AUXILIARIES and w not in REFUSING and w not in THREATENING and w != "to"
               for w in between):
            continue  # "the sanctions it says Britain imposed": not a plain relative
        for actor in holders:
            yield actor, value


def _listings(ctx, sent):
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    for v in range(a, b):
        if lower[v] not in ADDING:
            continue
        end = min(b, v + ADD_REACH)
        to = next((i for i in range(v + 1, end) if lower[i] == "to"), None)
        if to is None:
            continue
        rest = lower[to + 1:min(b, to + 5)]
        noun = next((i for i, w in enumerate(rest) if w in NOUNS), None)
        if noun is None or noun + 1 >= len(rest) or rest[noun + 1] not in LIST_NOUNS:
            continue
        added = lower[v + 1:to]
        if RUSSIA.isdisjoint(added) and TARGETS.isdisjoint(added) and PERSONS.isdisjoint(added):
            continue  # "added three Iranian firms to its sanctions list": not Russia's
        if _names_other_state(ctx, v + 1, to):
            continue
        for actor in act_holders(ctx, lower, a, v, b):
            yield actor, "support"


def _names_other_state(ctx, a: int, b: int) -> bool:
    """Whether tokens [a, b) name a country other than Russia ("added Iranian firms")."""
    return any(m.code != "RUS" for m in ctx.mentions_in(ctx.doc[a].idx, ctx.doc[b].idx, ("COUNTRY",)))


def withholds_information(text: str, cue: str | None, stance: str) -> bool:
    """Whether a refusal ``cue`` in a clause's padded lower-case ``text`` refuses to tell something
    ("declined to give details, saying…"), its object being information within a few words, before
    any clause edge."""
    if stance != "oppose" or not cue:
        return False
    at = text.find(" " + cue + " ")
    if at < 0:
        return False
    for word in text[at + len(cue) + 2:].split()[:INFORMATION_REACH]:
        if word in INFORMATION:
            return True
        if word in (",", ";", "and", "but"):
            return False
    return False


def short_of(text: str, cue: str | None, stance: str | None) -> str | None:
    """``stance``, or None for a support cue right after "short of" ("stopped short of endorsing
    the plan") in a clause's padded lower-case ``text``: no endorsement was given, and that alone
    is no position (ADJUDICATION.md decision 37); what the actor did say is its stance."""
    if stance != "support" or not cue:
        return stance
    at = text.find(" " + cue + " ")
    if at < 0:
        return stance
    before = text[:at].split()[-3:]
    return None if any(before[-len(t):] == t for t in SHORT_OF) else stance


def other_help(text: str, cue: str | None, stance: str | None) -> str | None:
    """The padded ``text`` with ``cue`` blanked out when it is an open, considering or support cue
    whose object is another kind of help ("left the door open to other forms of support", "would
    help in other ways"); None otherwise."""
    if stance not in ("open", "considering", "support") or not cue:
        return None
    at = text.find(" " + cue + " ")
    if at < 0:
        return None
    after = text[at + len(cue) + 2:].split()[:OTHER_REACH]
    if not any(w in OTHERS and k + 1 < len(after) and after[k + 1] in OTHER_KINDS for k, w in enumerate(after)):
        return None
    return text[:at] + " … " + text[at + len(cue) + 2:]


def in_quotation(ctx, sent) -> bool:
    """Whether ``sent``'s middle lies inside a quotation (the spans ``quote_speaker`` caches)."""
    quotes = ctx.__dict__.get("_quote_spans")
    if quotes is None:
        quotes = ctx.__dict__["_quote_spans"] = [(q.open_mark, q.close_mark) for q in ctx.quotes()]
    mid = (sent.start_char + sent.end_char) // 2
    return any(a <= mid <= b for a, b in quotes)


def continues_quotation(ctx, sents, n: int) -> bool:
    """Whether sentence ``n`` and the one before it both lie inside quotations: a quoted text that
    runs on, paragraph after paragraph, is still the words of those who issued it."""
    return n > 0 and in_quotation(ctx, sents[n]) and in_quotation(ctx, sents[n - 1])


__all__ = ["TARGET", "continues_quotation", "in_quotation", "other_help", "relative_sanction_stances", "short_of",
           "withholds_information"]

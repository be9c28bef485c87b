"""A government named without its country as the subject of a position or an act.

Wording class: the country is named before, and the clause's subject says only "government":
- "Switzerland's neutrality shapes what it can offer. The government has refused to allow
  re-exports…", "Norway took a similar line. A government spokesman said…": the government of the
  state that opens the sentence before (its first country, or the country of its first person);
- "Since taking office, his government has ended deliveries…": the government of the last person
  named before it;
- "Orban, whose government has refused to send weapons…": that of the person or country the aside
  is about.

Only a clause subject: the determiner opens the sentence or follows a comma, and the verb follows
within a few words ("The government also added…"); "the government's decision", "the government of
Malta" and "talks with the government" are left to the readings that already know them.

Words are in government_holders.json.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

_WORDS = vocab("government_holders")
NOUNS = frozenset(_WORDS["nouns"])
OWNERS = frozenset(_WORDS["owners"])
ARTICLES = frozenset(_WORDS["articles"])
OFFICIALS = frozenset(_WORDS["officials"])
FILLERS = frozenset(_WORDS["fillers"])
REACH = _WORDS["reach"]  # words between the noun (or its official) and the verb, fillers all
# Before a mention of the sentence before: a place or an object, not that sentence's subject. Fewer
# than clause_groups.PREPOSITIONS (no "between", "about", "during", "into" …): taking that list
# would change the holder read from "Talks between Norway and Britain went on. The government …".
PREPOSITIONS = frozenset(_WORDS["prepositions"])
OPENERS = frozenset({",", "—", "–", ":"})
# "reaffirmed that the Government continues to support …": a complement clause's own subject
COMPLEMENTISERS = frozenset({"that"})


def government_holder(ctx, a: int, v: int) -> list[str]:
    """The actor a government subject stands for in a clause whose tokens [a, v) come before its
    verb or cue at ``v``; [] when the clause's subject is no such government or it cannot be told."""
    lower = tokens(ctx.doc).lower
    sent_start = ctx.sentence_at(ctx.doc[a].idx).start if a < len(ctx.doc) else a
    for g in range(max(a + 1, v - REACH - 2), v):
        if lower[g] not in NOUNS:
            continue
        det = lower[g - 1]
        if det not in OWNERS and det not in ARTICLES:
            continue
        release = _release_government(ctx, g, det)
        if g - 1 > sent_start and lower[g - 2] not in OPENERS and not (release and lower[g - 2] in COMPLEMENTISERS):
            continue  # "talks with the government", "the Dutch government": not a bare subject here
        rest = g + 1 + (g + 1 < v and lower[g + 1] in OFFICIALS)
        if any(w not in FILLERS for w in lower[rest:v]):
            continue  # "the government's plan", "the government of Malta": not the verb's subject
        return [release] if release else _owner(ctx, lower, g - 1, det, sent_start)
    return []


def _release_government(ctx, g: int, det: str) -> str | None:
    """The issuing office's country when "the Government" is written as a government's own release
    writes it (capitalised, in an article whose opening lines name the office); else None."""
    from coalition.extract.issuing_offices import issuing_actor

    if det != "the" or not tokens(ctx.doc).text[g][:1].isupper():
        return None
    return issuing_actor(ctx)


def _owner(ctx, lower: list[str], at: int, det: str, sent_start: int) -> list[str]:
    from coalition.extract.clause_groups import person_actor  # clause_groups reads this module

    char = ctx.doc[at].idx
    if det == "whose":
        # "Orban, whose government…": the mention that ends just before the comma
        found = [m for m in ctx.mentions_in(ctx.doc[max(0, at - 8)].idx, ctx.doc[at - 1].idx, ("COUNTRY", "PERSON"))
                 if m.end == at - 1]
        return _actors(ctx, found[-1:], person_actor)
    if det in OWNERS:
        person = ctx.last_person_before(char)
        actor = person_actor(ctx, person) if person else None
        return [actor] if actor else []
    n = ctx.sentence_index(ctx.doc[sent_start].idx)
    if n == 0:
        return []
    before = ctx.sents[n - 1]
    for m in ctx.mentions_in(before.start_char, before.end_char, ("COUNTRY", "PERSON")):
        k = m.start - 1
        if k >= before.start and lower[k] in PREPOSITIONS:
            continue  # a place or an object, not the sentence's subject
        return _actors(ctx, [m], person_actor)
    return []


def _actors(ctx, mentions, person_actor) -> list[str]:
    out = []
    for m in mentions:
        actor = person_actor(ctx, m) if m.label == "PERSON" else m.code
        if actor:
            out.append(actor)
    return out


def government_group(ctx, groups: list[list], said: list[int], exclude) -> None:
    """Give the first clause group of a sentence, when it has no actors, the government that is
    its subject (``groups`` as ``clause_groups._groups`` builds them, ``said`` its cue tokens)."""
    if groups and not groups[0][0]:
        a = groups[0][1]
        at = next((t for t in said if t >= a), groups[0][2])
        groups[0][0] = [c for c in government_holder(ctx, a, at) if c not in exclude]

"""Stances told as a noun: a position that a verb of saying or showing puts forward ("voiced deep
disagreement with the loan plan", "expressed strong reluctance about the asset scheme", "restated his
backing for the peace plan", "signalled its readiness to host the talks"), and a position told as
what the holder is ("has emerged as the main opponent of the loan", "is a staunch supporter of
Ukraine's NATO bid", "Zoran Novak, a vocal critic of the sanctions, …").

Outlets write positions this way as often as with a verb, and the nouns take any intensifier
("profound", "growing", "strongest", "continued"), so the cue lists, which hold whole phrases
("voiced opposition"), miss most of them. Here the shape is read instead: a verb of the list
``verbs`` (or, for a role, a linking verb or an apposition's comma), at most ``MODIFIERS`` words
of modifiers, then a stance noun of ``nouns`` or a role noun of ``roles`` (positions.json,
"expressed_stances"), whose value the noun gives, then its preposition. The target must be a named
one (the vocabulary's targets) within the noun's complement: "expressed support for Ukraine", "a
critic of the government" name none and give nothing.

Not read: a negated verb or link ("did not voice any objection", "is no supporter of"), a negative
modifier ("expressed no opposition", "little support"), a position on a force in a sentence about
sending troops (a participation, read by participation.py), Ukraine's support for its own aid or
membership (no news, as in positions.py), and a role noun without a link ("critics of the plan
said": other people, not the holder).
"""

from __future__ import annotations

from coalition.extract.clause_groups import SPEECH, _padded_range, _subject_before, _trailing_speaker, person_actor
from coalition.extract.context import tokens, vocab
from coalition.extract.stance_targets import FORCES, FOR_UKRAINE, targets_in

_WORDS = vocab("positions")["expressed_stances"]
NOUNS = {noun: value for value, nouns in _WORDS["nouns"].items() for noun in nouns}
ROLES = {noun: value for value, nouns in _WORDS["roles"].items() for noun in nouns}
# a sentence is read only when it holds one of these (a set look-up)
GATE = frozenset(NOUNS) | frozenset(ROLES)
VERBS = frozenset(_WORDS["verbs"])
# two-word verbs, by their last word: "made clear", "set out"
PAIRS = {tuple(v.split()) for v in _WORDS["verb_pairs"]}
PAIR_ENDS = frozenset(p[1] for p in PAIRS)
LINKS = frozenset(_WORDS["links"])
# "the IMF's approval of the loan programme": an owner's act, not a position on it
NOT_OWNED = frozenset(_WORDS["not_owned"])
# "declared their readiness to send their military to monitor the ceasefire": a readiness to act
# with an object of its own (a participation or a supply, read elsewhere), not a position on what
# the act serves
ACTS = frozenset(_WORDS["acts"])
REPORTING = frozenset(SPEECH) | {"that"}
PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i"))
# "has emerged as the main opponent of": a link that takes "as"
AS_LINKS = frozenset(_WORDS["as_links"])
PREPOSITIONS = frozenset(_WORDS["prepositions"])
# an adverb between the noun and its preposition: "its strongest support yet for", "its backing again for"
BETWEEN = frozenset(_WORDS["between"])
# words that cannot stand between the verb and the noun: a clause goes on, or the noun is denied
NOT_MODIFIERS = frozenset(_WORDS["not_modifiers"])
NEGATIONS = frozenset(("not", "n't", "never", "no", "nor"))
# the complement ends at a clause's edge
ENDS = frozenset(_WORDS["ends"])
MODIFIERS = 4  # "voiced his strongest and clearest opposition" at most
REACH = 14  # how many words after the noun the target may end
TROOPS = frozenset(vocab("positions")["troop_nouns"])
# "has emerged as the main opponent of the plan": the target named in the sentences before
ANAPHORS = tuple(" " + p + " " for p in vocab("positions")["anaphors"])
# "Hungary's objection to the sanctions was lifted": an owner's position that ended is no position
ENDED = frozenset(_WORDS["ended"])
# a warring side's readiness for talks is its `open` stance on negotiations (ADJUDICATION.md decision
# 46, as talk_readiness.py reads "was ready for talks"), not support of the talks
WARRING = frozenset(vocab("ceasefires")["belligerents"])
TALKS = "peace talks"
NEGOTIATIONS = vocab("talk_readiness")["target"]


def _opener(lower: list[str], a: int, i: int, role: bool) -> int | None:
    """The token that opens the noun at ``i``: the verb of saying or showing (a stance noun), the
    link or the apposition's comma (a role noun); None when modifiers do not lead to one."""
    k = i - 1
    while k >= a and i - k <= MODIFIERS + 1:
        w = lower[k]
        if role and (w in LINKS or (w == "as" and k > a and lower[k - 1] in AS_LINKS)):
            return k
        if role and w == "," and k < i - 1:
            return k  # "Zoran Novak, a vocal critic of …": an apposition names the holder before it
        if not role and (w in VERBS or (w in PAIR_ENDS and k > a and (lower[k - 1], w) in PAIRS)):
            return k
        if w in NOT_MODIFIERS or w in NEGATIONS or not w.replace("-", "").isalpha():
            return None
        k -= 1
    return None


def _owner(ctx, lower: list[str], a: int, i: int) -> list[str]:
    """"Belgium's opposition to the loan", "the chancellor's continued resistance to the plan": the
    state or speaker who owns the stance noun at ``i``, named just before it and its modifiers."""
    k = i - 1
    while k > a and i - k <= MODIFIERS and lower[k] not in ("'s", "’s"):
        if lower[k] in NOT_MODIFIERS or lower[k] in NEGATIONS or not lower[k].replace("-", "").isalpha():
            return []
        k -= 1
    if k <= a or lower[k] not in ("'s", "’s"):
        return []
    idx = tokens(ctx.doc).idx
    for m in ctx.mentions_in(idx[max(a, k - 6)], idx[k], ("COUNTRY", "ORG", "PERSON")):
        if m.end == k:
            code = person_actor(ctx, m) if m.label == "PERSON" else m.code
            return [code] if code else []
    return []


def _reported_subject(ctx, lower: list[str], a: int, at: int) -> bool:
    """"Meloni said the Holy Father had confirmed his readiness to host the talks": the reported
    clause before the verb has a subject of its own that names no actor, so the speaker before it
    is not the holder."""
    k = next((k for k in range(at - 1, a - 1, -1) if lower[k] in REPORTING), None)
    if k is None or k + 1 >= at or lower[k + 1] in PRONOUNS:
        return False
    idx = tokens(ctx.doc).idx
    return not ctx.mentions_in(idx[k + 1], idx[at], ("COUNTRY", "ORG", "PERSON"))


def _negated(lower: list[str], a: int, at: int) -> bool:
    """"did not voice", "has never been a supporter", "is not a critic": the words just before."""
    return any(lower[k] in NEGATIONS for k in range(max(a, at - 3), at))


def expressed_stances(ctx, sent, present: frozenset, targets: dict, anaphoric: str | None) -> list[tuple[str, str, str]]:
    """(actor, value, target) of each stance ``sent`` tells as a noun; ``anaphoric`` is the target
    that "the plan", "the proposal" in it stand for, if any."""
    if GATE.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    out = []
    for i in range(a + 1, b - 1):
        w = lower[i]
        value = NOUNS.get(w) or ROLES.get(w)
        if value is None:
            continue
        j = i + 2 if lower[i + 1] in BETWEEN and i + 2 < b else i + 1  # "its strongest support yet for"
        if lower[j] not in PREPOSITIONS:
            continue
        role = w in ROLES and w not in NOUNS
        at = _opener(lower, a, i, role)
        owners = [] if at is not None or role or w in NOT_OWNED else _owner(ctx, lower, a, i)
        if at is None and not owners:
            continue
        if owners and not ENDED.isdisjoint(present):
            continue  # "after Hungary's objection to the package was lifted": a position given up
        if at is not None:
            link = at - 1 if lower[at] == "as" else at
            if _negated(lower, a, link if lower[at] != "," else i) or _reported_subject(ctx, lower, a, at):
                continue
        end = next((k for k in range(j + 1, min(b, j + REACH)) if lower[k] in ENDS), min(b, j + REACH))
        if lower[j] == "to" and j + 2 < b and lower[j + 1] in ACTS and lower[j + 2] != "to":
            continue  # (but "readiness to contribute to the guarantees" is about the guarantees)
        complement = _padded_range(ctx.doc, j, end)
        hits = targets_in(complement, targets)
        if hits:
            target = hits[0][1]
        elif anaphoric and complement[len(lower[j]) + 1:].startswith(ANAPHORS):
            target = anaphoric  # "the primary opponent of the plan": the plan named before
        else:
            continue
        if target in FORCES and not TROOPS.isdisjoint(present):
            continue  # "voiced reluctance to send soldiers to the force": a participation
        actors = owners or _subject_before(ctx, a, at, ()) or _trailing_speaker(ctx, sent, end, b, ())
        for actor in actors:
            if actor == "UKR" and target in FOR_UKRAINE and value != "oppose":
                continue
            said, about = value, target
            if actor in WARRING and target == TALKS and value != "oppose":
                said, about = "open", NEGOTIATIONS  # "the Kremlin voiced its readiness for talks"
            if (actor, said, about) not in out:
                out.append((actor, said, about))
    return out

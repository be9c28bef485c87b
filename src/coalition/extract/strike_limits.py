"""Positions on the restrictions on Ukraine's use of supplied weapons against Russia
(ADJUDICATION.md decision 47). The words are in ``data/strike_limits.json``.

One target, "lifting restrictions on Ukraine's use of Western weapons against Russia", whose
polarity reads the same for both camps:

- **support**: wanting the restrictions lifted ("urging allies to lift all remaining restrictions
  on the use of Western weapons", "asks partners to drop the limits on long-range strikes"), or
  letting one's own weapons be used against targets in Russia ("Ukraine had the right to use
  British weapons against targets in Russia", "Kyiv was entitled to conduct operations on Russian
  territory", "Ukraine's right to self-defence did not stop at its own border", "there will be no
  range restrictions on these weapons");
- **oppose**: keeping them, also for one's own weapons only ("the jets could only be used over
  Ukrainian territory", "weapons supplied by Italy had to be used inside Ukraine", "the weapons are
  for Ukraine to defend its own territory", "not encouraging or enabling strikes beyond Ukraine's
  borders"); a refusal before the lifting ("refused to lift the restrictions") is opposition too,
  and so is a policy said to be unchanged ("there has been no change in US policy",
  ``strike_policies.py``).

The holder is the speaker of the quotation the clause lies in, else the first actor named as the
clause's subject before the cue (not after a preposition: "to EU leaders in Brussels"; after a
reporter's question opening the sentence, "Asked whether …, De Croo said …"). A sentence
is cut at "; " and ", and" / ", while" / ", but" so that "Cameron said Ukraine had the right …, and
Sweden's minister said Kyiv was entitled …" gives each speaker a position. Russia backs no lifting
(its reading of such a sentence is a misread holder), and Kyiv keeping the restrictions is its
assurance to its donors, no position (decision 47: "Kyiv's assurances not to fire a weapon into
Russia are no stance").

A stance the other rules read from the same sentence for the same actor on the strike target is
replaced by this reading when the values differ (one position written two ways gave opposite
values, which is what decision 47 settles).
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, has_phrase, sentence_words, tokens, vocab
from coalition.extract.stance_holders import quote_speaker
from coalition.extract.stance_warring import BLOCKS, OWNER_HEADS, PRONOUNS
from coalition.extract.strike_policies import KEYS as POLICY_KEYS, answer_start, unchanged_policy  # "no change in US policy"
from coalition.model import Stance

_WORDS = vocab("strike_limits")
TARGET = _WORDS["target"]
LIFTS = frozenset(_WORDS["lift_verbs"])
LIMITS = frozenset(_WORDS["limit_nouns"])
LIFT_REACH = int(_WORDS["lift_reach"])
WEAPONS = frozenset(_WORDS["weapon_context"])
LIFT_REFUSALS = [_as_tokens(r) for r in _WORDS["lift_refusals"]]
REFUSAL_REACH = int(_WORDS["refusal_reach"])
ACTS = frozenset(_WORDS["acts"])
ACT_REACH = int(_WORDS["act_reach"])
NEGATIONS = frozenset(_WORDS["negations"])
NEGATION_REACH = int(_WORDS["negation_reach"])
BARS = frozenset(_WORDS["bars"])
USE_CONTEXT = frozenset(_WORDS["use_context"])
PERMIT_CONTEXT = frozenset(_WORDS["permission_context"])
MODALS = frozenset({"can", "could", "may"})
RUSSIA_PLACES = _WORDS["russia_places"]
UNBOUNDED = _WORDS["unbounded_defence"]
OWN_TERRITORY = _WORDS["own_territory_only"]
UNENABLED = _WORDS["unenabled"]
STRIKES = frozenset(_WORDS["strike_nouns"])
UNENABLED_REACH = int(_WORDS["unenabled_reach"])
QUESTIONS = frozenset(_WORDS["questions"])
WEAPON_OWNERS = frozenset(_WORDS["weapon_owners"])
# "refused to join a push … to let Ukraine use": declining the push keeps the restrictions
JOIN_REFUSALS = [_as_tokens(r) for r in _WORDS["join_refusals"]]
PUSH_NOUNS = frozenset(_WORDS["push_nouns"])


def _key(phrases) -> frozenset[str]:
    # the longest word of each phrase: a clause without any of them cannot hold the phrase
    return frozenset(max(_as_tokens(p).split(), key=len) for p in phrases)


PERMISSION_KEYS = frozenset(w for p in _WORDS["permissions"] for w in _as_tokens(p).split() if w != "-")
UNBOUNDED_KEYS = _key(UNBOUNDED)
OWN_KEYS = _key(OWN_TERRITORY)
UNENABLED_KEYS = _key(UNENABLED)
TRIGGERS = LIMITS | PERMISSION_KEYS | BARS | UNBOUNDED_KEYS | OWN_KEYS | UNENABLED_KEYS | POLICY_KEYS
# every reading names Russia or a border, the restrictions, or a use on Ukraine's own territory
PLACE_KEYS = frozenset({"russia", "russian", "border", "borders"})
USE_KEYS = frozenset({"used", "use", "defend"})
OWN_PLACE_KEYS = frozenset({"ukraine", "ukrainian", "territory"})
CLAUSE_BREAKS = frozenset({"and", "while", "but", "whereas"})
HOLDERS = ("COUNTRY", "ORG", "PERSON")


def strike_limit_stances(ctx, facts: list) -> list:
    """``facts`` (the article's stances) with the positions on the strike restrictions the other
    rules missed or read with the opposite value."""
    out = list(facts)
    for sent in ctx.sents:
        padded = _padded(sent)
        words = sentence_words(padded)
        if TRIGGERS.isdisjoint(words) or (LIMITS.isdisjoint(words) and PLACE_KEYS.isdisjoint(words)
                                          and (USE_KEYS.isdisjoint(words) or OWN_PLACE_KEYS.isdisjoint(words))):
            continue  # most sentences: no word of any reading, or no Russia, border or own territory named
        read = False
        for start, end in _clauses(ctx, sent):
            reading = unchanged_policy(ctx, start, end) or _reading(ctx, start, end)
            if reading is None:
                continue
            read = True
            value, cue_at = reading
            # "the question was whether Spanish weapons could be used…": nobody's position; "Asked
            # whether …, Austin says …": the answer's holder is named after the question
            opened = answer_start(tokens(ctx.doc).lower, start, cue_at, QUESTIONS)
            if opened is None:
                continue
            holder = clause_holder(ctx, sent, opened, cue_at)
            if holder is None or (value == "support" and holder == "RUS") or (value == "oppose" and holder == "UKR"):
                continue
            if holder == "UKR" and tokens(ctx.doc).lower[cue_at] in MODALS:
                continue  # "Kyiv said it could strike deep inside Russia with its own drones": a capability
            evidence = ctx.sentence_evidence(sent)
            # the same actor's other reading of this sentence on the strike target had the wrong value
            out = [f for f in out if not (f.kind == "stance" and f.actor == holder and f.evidence.start == evidence.start
                                          and f.target == TARGET and f.stance != value)]
            # "refused to lift its limits on strikes": the other rules' open target is this one
            out = [f.model_copy(update={"target": TARGET}) if _on_limits(f, holder, value, evidence) else f for f in out]
            if any(f.kind == "stance" and f.actor == holder and f.stance == value
                   and (f.target == TARGET or f.evidence.start == evidence.start) for f in out):
                continue  # held already: one position per article (a headline and its lede)
            out.append(Stance(actor=holder, target=TARGET, stance=value, evidence=evidence, confidence=0.55))
        if not read and not LIMITS.isdisjoint(words) and LIFTS.isdisjoint(words):
            out = _reversed(ctx, sent, out)
    return out


def _on_limits(fact, holder: str, value: str, evidence) -> bool:
    """The same position read by the other rules from the same sentence with the restrictions
    themselves as an open target ("its limits on strikes")."""
    return (fact.kind == "stance" and fact.actor == holder and fact.stance == value and fact.evidence.start == evidence.start
            and fact.target != TARGET and _limits_target(fact.target))


def _reversed(ctx, sent, facts: list) -> list:
    """A position on the restrictions themselves, with no word of lifting in the sentence ("opposed
    the restrictions on the use of Western weapons against Russia", "defended the limits on
    long-range strikes"), is the reverse position on lifting them: the other rules read the
    restrictions as the target and gave the value of keeping them."""
    start = ctx.sentence_evidence(sent).start
    flip = {"support": "oppose", "oppose": "support"}
    return [f.model_copy(update={"stance": flip[f.stance], "target": TARGET})
            if f.kind == "stance" and f.evidence.start == start and f.stance in flip
            and (f.target == TARGET or _limits_target(f.target)) else f for f in facts]


def _limits_target(target: str) -> bool:
    """An open target naming restrictions on weapons or strikes ("its limits on strikes"), not on
    anything else ("the limits on energy imports")."""
    words = target.lower().split()
    return not LIMITS.isdisjoint(words) and not WEAPONS.isdisjoint(words)


def _clauses(ctx, sent) -> list[tuple[int, int]]:
    """Token ranges of the sentence cut at "; " and at ", and" / ", while" / ", but"."""
    lower = tokens(ctx.doc).lower
    cuts = [sent.start]
    for i in range(sent.start + 1, sent.end - 1):
        if lower[i] == ";" or (lower[i] == "," and lower[i + 1] in CLAUSE_BREAKS):
            cuts.append(i + 1)
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _reading(ctx, start: int, end: int) -> tuple[str, int] | None:
    """(value, token of the cue) of a clause, or None."""
    lower = tokens(ctx.doc).lower
    words = set(lower[start:end])
    text = " " + " ".join(lower[start:end]) + " "
    if not LIMITS.isdisjoint(words) and not LIFTS.isdisjoint(words) and not WEAPONS.isdisjoint(words) and not \
            USE_CONTEXT.isdisjoint(words):
        # limits on how the weapons are used, not on selling them ("eased restrictions on arms exports")
        for i in range(start, end):
            if lower[i] in LIFTS and not LIMITS.isdisjoint(lower[i + 1:min(end, i + 1 + LIFT_REACH)]):
                before = " " + " ".join(lower[max(start, i - REFUSAL_REACH):i]) + " "
                return ("oppose" if any(r in before for r in LIFT_REFUSALS) or _declined_push(lower, start, i)
                        else "support"), i
    if not OWN_KEYS.isdisjoint(words):
        phrase = has_phrase(text, OWN_TERRITORY)
        if phrase:
            return "oppose", _token_of(lower, start, end, phrase)
    if not UNENABLED_KEYS.isdisjoint(words):
        phrase = has_phrase(text, UNENABLED)
        if phrase:
            at = _token_of(lower, start, end, phrase)
            after = " " + " ".join(lower[at:min(end, at + UNENABLED_REACH)]) + " "
            if not STRIKES.isdisjoint(after.split()) and has_phrase(after, RUSSIA_PLACES):
                return "oppose", at
    if not UNBOUNDED_KEYS.isdisjoint(words):
        phrase = has_phrase(text, UNBOUNDED)
        if phrase:
            return "support", _token_of(lower, start, end, phrase)
    if (not PERMISSION_KEYS.isdisjoint(words) or not BARS.isdisjoint(words)) and not PERMIT_CONTEXT.isdisjoint(words):
        # a permission about arms or strikes ("lets a company use its assets in Russia" is none)
        for i in range(start, end):
            if lower[i] not in PERMISSION_KEYS and lower[i] not in BARS:
                continue
            act = next((k for k in range(i + 1, min(end, i + 1 + ACT_REACH)) if lower[k] in ACTS), None)
            if act is None or not has_phrase(" " + " ".join(lower[act:end]) + " ", RUSSIA_PLACES):
                continue
            # "could not be used on Russian soil", "refused to allow", "bars Kyiv from using": keeping the limits
            negated = not NEGATIONS.isdisjoint(lower[max(start, i - NEGATION_REACH):act])
            return ("oppose" if negated or lower[i] in BARS or _declined_push(lower, start, i) else "support"), i
    return None


def _declined_push(lower, start: int, at: int) -> bool:
    """Whether the clause before the cue at ``at`` declines to join others' push for it ("has
    refused to join a push by the bloc's foreign policy chief to let Ukraine use …")."""
    before = " " + " ".join(lower[start:at]) + " "
    for refusal in JOIN_REFUSALS:
        found = before.find(refusal)  # padded by _as_tokens
        if found >= 0 and not PUSH_NOUNS.isdisjoint(before[found:].split()):
            return True
    return False


def _token_of(lower, start: int, end: int, phrase: str) -> int:
    first = _as_tokens(phrase).split()
    for i in range(start, end - len(first) + 1):
        if lower[i:i + len(first)] == first:
            return i
    return start


def clause_holder(ctx, sent, start: int, cue_at: int) -> str | None:
    """The speaker of the quotation the sentence lies in, else the first actor named as the
    clause's subject before the cue, else "he"/"she" for the last person named."""
    speakers = quote_speaker(ctx, sent, [])
    if speakers:
        return speakers[0]
    lower = tokens(ctx.doc).lower
    idx = tokens(ctx.doc).idx
    for m in ctx.mentions_in(idx[start], idx[cue_at], HOLDERS):
        actor = m.stands_for
        if not actor:
            continue
        k = m.start - 1
        while k >= start and lower[k] == "the":
            k -= 1
        if m.end < cue_at and lower[m.end] in ("'s", "’s") and OWNER_HEADS.isdisjoint(lower[m.end + 1:m.end + 3]):
            continue  # "Ukraine's right to self-defence": what is spoken of, not who speaks
        if m.end < cue_at and lower[m.end] in WEAPON_OWNERS:
            continue  # "British weapons", "the Belgian jets": whose weapons, not who speaks
        if k >= start and lower[k] in BLOCKS:
            if k == start or lower[k - 1] == ",":
                continue  # "In Berlin, Chancellor Olaf Scholz said": a place opening the clause
            return None  # "the plan, presented to the Rada and to EU leaders": its subject is no actor
        return actor
    if not PRONOUNS.isdisjoint(lower[start:cue_at]):
        person = pronoun_person_of(ctx, idx[start], lower[start:cue_at])
        if person is not None:
            return ctx.person_details(person)[2]
    return None

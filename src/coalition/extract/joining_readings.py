"""Two wordings of "join" that the stance rules read as a membership position of the wrong holder.
The words are in ``data/joining_readings.json``.

- **Joining others in an act**: "Canada did not join the EU and Japan in announcing new measures",
  "Latvia has joined Poland and Finland in saying it would send troops". What is joined is the company
  of the bodies named, in the act the "in …ing" phrase names, not their membership: no membership
  stance is read from a sentence whose every "join" is followed by its companions and "in" with a verb
  in "-ing", and which names no membership of its own (dev 309; the wording in 034, 155, 240, 281,
  407, 429).
- **Ukraine as the one joining, in another's words**: "he said Ukraine could not join the alliance
  while the war went on", "the minister would not be drawn on when Ukraine might join". Ukraine's
  joining is what is spoken of; the position is the speaker's, not Kyiv's (dev 326, 414; the wording
  in 166, 288). Ukraine's reading of such a sentence is dropped when a speaker of another state or
  body is named (or is "he" / "she" for such a person) before the verb of saying; with a negated modal
  ("could not join", "cannot join") the speaker holds the opposition to that membership. Kyiv's own
  words ("Zelensky said Ukraine would not give up its bid to join NATO") keep their holder.
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.context import lower_words, vocab
from coalition.model import Stance

_WORDS = vocab("joining_readings")
JOIN = frozenset(_WORDS["join_verbs"])
COMPANY_REACH = int(_WORDS["company_reach"])
MEMBERSHIP = frozenset(_WORDS["membership_words"])
MODALS = frozenset(_WORDS["modals"])
NEGATIONS = frozenset(_WORDS["negations"])
SAYING = frozenset(_WORDS["saying_verbs"])
PRONOUNS = frozenset(_WORDS["pronouns"])
TARGETS = _WORDS["membership_targets"]
NATO_WORDS = frozenset(_WORDS["nato_words"])
ENDS = frozenset((".", ";", ":", "?", "!"))


def without_misread_joining(ctx, facts: list) -> list:
    """``facts`` without the membership stances read from joining others in an act, and with
    Ukraine's joining told by another speaker credited to that speaker."""
    if not any(f.kind == "stance" for f in facts):
        return facts
    words = lower_words(ctx.doc)
    out = []
    added: set[tuple[str, int]] = set()
    for f in facts:
        if f.kind != "stance":
            out.append(f)
            continue
        sent = ctx.sentence_at(f.evidence.start)
        lo, hi = sent.start, sent.end
        if JOIN.isdisjoint(words[lo:hi]):
            out.append(f)
            continue
        if f.target in TARGETS and _joins_company(words, lo, hi):
            continue  # "did not join the EU and Britain in announcing new measures"
        if f.actor == "UKR":
            told = _told_by_other(ctx, words, sent)
            if told is not None:
                speaker, negated = told
                target = f.target if f.target in TARGETS else _membership_of(words, lo, hi)
                if negated and speaker != "UKR" and (speaker, f.evidence.start) not in added and not any(
                        g.kind == "stance" and g.actor == speaker and g.stance == "oppose"
                        and g.evidence.start == f.evidence.start for g in facts):
                    added.add((speaker, f.evidence.start))
                    out.append(Stance(actor=speaker, target=target, stance="oppose", evidence=f.evidence,
                                      confidence=0.55))
                continue
        out.append(f)
    return out


def _joins_company(words: list[str], lo: int, hi: int) -> bool:
    """Whether every "join" of the sentence is followed within ``COMPANY_REACH`` words by "in" and a
    word in "-ing", and the sentence names no membership."""
    if not MEMBERSHIP.isdisjoint(words[lo:hi]):
        return False
    joins = [i for i in range(lo, hi) if words[i] in JOIN]
    for i in joins:
        reach = words[i + 1:min(hi, i + 1 + COMPANY_REACH)]
        if not any(w == "in" and k + 1 < len(reach) and reach[k + 1].endswith("ing") for k, w in enumerate(reach)):
            return False
    return True


def _told_by_other(ctx, words: list[str], sent) -> tuple[str, bool] | None:
    """(speaker, negated) when Ukraine is the subject of a modal "join" ("Ukraine could not join")
    after a verb of saying whose speaker, named before it, is not Ukraine; else None."""
    lo, hi = sent.start, sent.end
    mentions = sorted(ctx.actors_in(sent) + ctx.people_in(sent), key=lambda m: m.start)
    for m in mentions:
        if m.stands_for != "UKR" or m.label == "PERSON":
            continue
        after = words[m.end:min(hi, m.end + 4)]
        if not after or after[0] not in MODALS:
            continue
        rest = [w for w in after[1:] if w not in NEGATIONS]
        if not rest or rest[0] not in JOIN:
            continue
        negated = after[0] in NEGATIONS or not NEGATIONS.isdisjoint(after[1:3])
        said = next((k for k in range(m.start - 1, lo - 1, -1) if words[k] in SAYING), None)
        if said is None or any(w in ENDS for w in words[said:m.start]):
            return None
        speaker = _speaker(ctx, words, mentions, lo, said)
        # Kyiv's own speaker telling Ukraine's membership is Ukraine's position, kept as it is
        return (speaker, negated) if speaker and speaker != "UKR" else None
    return None


def _speaker(ctx, words: list[str], mentions, lo: int, said: int) -> str | None:
    """The state or body of the last actor or person named before the verb of saying, or of the
    last person named before the sentence when only "he" / "she" is."""
    before = [m for m in mentions if m.end <= said and m.stands_for]
    if before:
        return before[-1].stands_for
    if not PRONOUNS.isdisjoint(words[lo:said]):
        person = pronoun_person_of(ctx, ctx.doc[lo].idx, words[lo:said])
        if person is not None:
            return ctx.person_details(person)[2]
    return None


def _membership_of(words: list[str], lo: int, hi: int) -> str:
    """The membership the sentence speaks of: NATO's when it names NATO or "the alliance"."""
    return TARGETS[0] if not NATO_WORDS.isdisjoint(words[lo:hi]) else TARGETS[1]

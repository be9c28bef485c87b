"""Stances whose actor is named in the sentence but does not hold the position: wordings met in
news text the rules were not written against. The words are in ``data/misheld_stances.json``.

- An organisation named as what is joined: "Ukraine's goal of joining NATO", "its membership in
  the EU and NATO", "at the NATO summit". NATO or the EU there is part of the target, not a
  holder; a sentence that names the body as a speaker as well ("NATO said …") keeps it.
- Members named by the body's name: "NATO allies rule out sending troops", "a growing number of
  NATO members back a path to membership". Some of its members are not the body; "all NATO members
  agree" (every one of them) stays the body's.
- Another's veto opposed: "they oppose Russia having veto power over Ukraine's membership",
  "Moscow cannot have a veto on Kyiv's path". The speakers oppose the veto, not the membership:
  their `oppose` on the measure the veto would block is dropped (their support, told elsewhere, is
  not touched), and so is an `oppose` read for the veto's holder, who is the object here.
- Another's position restated: "…, the spokesman replied, commenting on the Czech president's
  statement that he did not rule out sending troops". What follows the opener is the other's
  position told by the speaker (hedge_frames.py reads the same frame for participations); a stance
  of the speaker's is kept only when the words before the opener hold a stance cue of their own.
- A position told of another while describing it: "he was referring to Hungary, which continues to
  block the embargo" (the relative clause is Hungary's, not the speaker's), "several states have no
  plans to send troops, after France hinted at the possibility" (France is the subject of a time
  clause with no cue of its own). These are read for participations as well as stances.
- A substitute refused: "would not agree to alternative proposals that could replace NATO
  membership", "would reject any substitute for EU membership". The refusal is of the substitute;
  no `oppose` of the measure it would replace is read there.
- An unnamed group's position after a contrast: "China called for urgent peace talks, but several
  Western powers rebuffed the proposals". The clause after ", but" has its own subject, a group
  no one is named for; the value its words give is not the actor's named before the contrast,
  unless the actor's own clause gives it too.
- Attendance: "the prime minister joined the video summit convened by Starmer", "took part in the
  leaders' call". Being at a meeting is no `support` of the meeting (nor of anything unnamed).
- Backing that is absent or only a condition: "the absence of a clear backing from the United
  States", "without support from Berlin", "based on the level of support from the United States",
  "contingent on backing from Washington". The named state is the one whose backing is missing or
  awaited; no `support` of its is read there.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import has_phrase, vocab
from coalition.extract.hedge_frames import reported_opener
from coalition.extract.position_filters import without_positions

_WORDS = vocab("misheld_stances")
BODIES = frozenset(_WORDS["bodies"])
JOINING = frozenset(_WORDS["joining_words"])
MEMBERSHIP = frozenset(_WORDS["membership_nouns"])
PATH_PREPS = frozenset(_WORDS["path_preps"])
AFTER = frozenset(_WORDS["after_words"])
VETO = frozenset(_WORDS["veto_words"])
VETO_HOLDERS = frozenset(_WORDS["veto_holders"])
VETO_REACH = int(_WORDS["veto_reach"])
LACK = frozenset(_WORDS["lack_words"])
BACKING = frozenset(_WORDS["backing_nouns"])
SOURCE_PREPS = frozenset(_WORDS["source_preps"])
LACK_REACH = int(_WORDS["lack_reach"])
SKIP = frozenset(("the", "a", "an", "'s", "’s"))
MEMBER_NOUNS = frozenset(_WORDS["member_nouns"])
MEETINGS = frozenset(_WORDS["meeting_nouns"])
ATTENDING = frozenset(_WORDS["attending_words"])
CONTRASTS = frozenset(_WORDS["contrasts"])
GROUP_QUANTIFIERS = frozenset(_WORDS["group_quantifiers"])
GROUP_NOUNS = frozenset(_WORDS["group_nouns"])
GROUP_REACH = int(_WORDS["group_reach"])
SUBSTITUTES = frozenset(_WORDS["substitute_words"])
SUBSTITUTE_REACH = int(_WORDS["substitute_reach"])
WHOLE = frozenset(_WORDS["whole_words"])
DESCRIBING = tuple(" " + o + " " for o in _WORDS["describing_openers"])
RELATIVES = frozenset(_WORDS["relative_pronouns"])
SUBORDINATORS = frozenset(_WORDS["subordinators"])
CLAUSE_ENDS = frozenset((",", ";", ".", ":", "—", "–"))


def without_misheld(ctx, facts: list) -> list:
    """``facts`` without the stances whose actor is only a part of the target, the holder of a
    veto the speakers oppose, or a backer whose backing the sentence says is absent."""
    return without_positions(ctx, facts, lambda f, sent, words: _misheld(ctx, f, sent, words))


def _misheld(ctx, f, sent, words) -> bool:
    """Whether the sentence ``sent`` says that the actor of the stance or participation ``f`` does
    not hold it, in one of the wordings of the module's docstring."""
    lo, hi = sent.start, sent.end
    span_words = words[lo:hi]
    mentions = sorted(ctx.actors_in(sent) + ctx.people_in(sent), key=lambda m: m.start)
    own = [m for m in mentions if m.stands_for == f.actor]
    if _describes_another(ctx, sent, words, mentions, own, f.actor):
        return True
    if own and not CONTRASTS.isdisjoint(span_words) and _unnamed_group_holds(ctx, words, mentions, own, f):
        return True
    if f.actor in BODIES and own and all(_some_members(words, m, lo) for m in own):
        return True
    if f.kind != "stance":
        return False
    if f.stance == "support" and f.target.lower().split()[-1:] and f.target.lower().split()[-1] in MEETINGS \
            and not ATTENDING.isdisjoint(span_words):
        return True
    if f.actor in BODIES and own and all(_joined(words, mentions, m, lo) or _some_members(words, m, lo)
                                         for m in own):
        return True
    if f.stance == "oppose" and not VETO.isdisjoint(span_words) and _opposes_a_veto(words, mentions, lo, hi):
        return True
    if own and _restated_after_opener(ctx, sent, own):
        return True
    if f.stance == "oppose" and not SUBSTITUTES.isdisjoint(span_words) and _substitute_for(span_words, f.target):
        return True
    return f.stance == "support" and bool(own) and not LACK.isdisjoint(span_words) and all(
        _lacking(words, m, lo) for m in own)


def _before(words: list[str], at: int, lo: int, n: int) -> list[str]:
    """Up to ``n`` words before token ``at`` (not before ``lo``), articles and possessives left out,
    nearest first."""
    out = []
    i = at - 1
    while i >= lo and len(out) < n:
        if words[i] and words[i] not in SKIP:
            out.append(words[i])
        i -= 1
    return out


def _joined(words, mentions, m, lo: int) -> bool:
    """Whether mention ``m`` is what is joined ("joining NATO", "membership in the EU and NATO",
    "the NATO summit"), following a coordination back to its first member."""
    if m.end < len(words) and words[m.end] in AFTER:
        return True
    prev = _before(words, m.start, lo, 2)
    if prev and prev[0] in ("and", "or", ","):
        first = next((o for o in reversed(mentions) if o.end <= m.start - 1 and o is not m
                      and m.start - o.end <= 3), None)
        if first is None:
            return False
        return _joined(words, mentions, first, lo)
    if prev and prev[0] in JOINING:
        return True
    return len(prev) == 2 and prev[0] in PATH_PREPS and prev[1] in MEMBERSHIP


def _opposes_a_veto(words, mentions, lo: int, hi: int) -> bool:
    """"oppose Russia having veto power", "Russia cannot have a veto": an actor named within
    ``VETO_REACH`` words before a veto word, with a verb of having between them."""
    for m in mentions:
        if m.stands_for is None:
            continue
        window = words[m.end : min(hi, m.end + VETO_REACH + 2)]
        have = next((i for i, w in enumerate(window) if w in VETO_HOLDERS), None)
        if have is not None and not VETO.isdisjoint(window[have + 1 :]):
            return True
    return False


def _lacking(words, m, lo: int) -> bool:
    """"the absence of a clear backing from the United States": a source preposition just before
    the mention, a backing noun before it, a word of lack before that, all within ``LACK_REACH``."""
    prev = _before(words, m.start, lo, LACK_REACH)
    if not prev or prev[0] not in SOURCE_PREPS:
        return False
    for i, w in enumerate(prev[1:], 1):
        if w in BACKING:
            return not LACK.isdisjoint(prev[i + 1 :])
    return False


def _restated_after_opener(ctx, sent, own) -> bool:
    """Whether the sentence tells another's position after "commenting on X's statement that",
    the actor is named only before the opener, and the words before it hold no stance cue."""
    from coalition.extract.clause_groups import _padded

    padded = _padded(sent)
    found = reported_opener(padded)
    if found is None:
        return False
    at, opener = found
    named = sent.text.lower().find(opener.strip())
    cut = sent.start_char + named if named >= 0 else sent.end_char
    if any(m.start_char >= cut for m in own):
        return False
    return has_phrase(padded[:at] + " ", _stance_cues()) is None


_CUES: list = []


def _stance_cues() -> list[str]:
    if not _CUES:
        words = vocab("positions")
        _CUES.extend(p for name in ("oppose", "support", "open", "considering", "conditional")
                     for p in words["stance_verbs"][name])
        _CUES.extend(p for ps in words["cues"].values() for p in ps)
    return _CUES


def _describes_another(ctx, sent, words, mentions, own, actor: str) -> bool:
    """"referring to Hungary, which continues to block …" with the actor named only before the
    opener (or only as "he"), and no stance cue before it; or the actor named only as the subject
    of a time or reason clause ("after France hinted at the possibility") that holds no cue."""
    from coalition.extract.clause_groups import _padded, _padded_range

    lo, hi = sent.start, sent.end
    if own and all(_subordinate_subject(words, m, lo) for m in own):
        for m in own:
            end = next((i for i in range(m.end, hi) if words[i] in CLAUSE_ENDS), hi)
            if has_phrase(_padded_range(ctx.doc, m.end, end), _stance_cues()) is not None:
                return False
            if not _sanction_nouns().isdisjoint(words[m.end:end]):
                return False  # "as Washington keeps widening the sanctions it has imposed": its own act
        return True
    padded = _padded(sent)
    if not any(o in padded for o in DESCRIBING):
        return False
    for o in DESCRIBING:
        found = sent.text.lower().find(o.strip())
        if found < 0:
            continue
        cut = sent.start_char + found
        if any(m.start_char >= cut for m in own):
            return False
        other = next((m for m in mentions if m.start_char > cut and m.stands_for not in (None, actor)), None)
        if other is None or other.start_char - cut > len(o) + 30:
            return False
        after = [w for w in words[other.end : min(hi, other.end + 3)] if w]
        if after[:1] == [","] and len(after) > 1 and after[1] in RELATIVES:
            return has_phrase(padded[: padded.find(o)] + " ", _stance_cues()) is None
    return False


def _subordinate_subject(words, m, lo: int) -> bool:
    """Whether mention ``m`` opens a time or reason clause: "after France hinted", "as Germany
    weighed" (not "such as Germany")."""
    prev = _before(words, m.start, lo, 2)
    return bool(prev) and prev[0] in SUBORDINATORS and not (prev[0] == "as" and prev[1:2] == ["such"])


@lru_cache(maxsize=1)
def _sanction_nouns() -> frozenset:
    return frozenset(vocab("positions")["sanction_acts"]["nouns"])


def _some_members(words, m, lo: int) -> bool:
    """"NATO allies", "EU member states": the body's name before a word for its members, not
    preceded by "all" or "every"."""
    if m.end >= len(words) or words[m.end] not in MEMBER_NOUNS:
        return False
    return WHOLE.isdisjoint(_before(words, m.start, lo, 1))


def _substitute_for(span_words: list[str], target: str) -> bool:
    """Whether the target's last word ("membership") follows a word for a substitute within
    ``SUBSTITUTE_REACH`` words."""
    head = target.lower().split()[-1] if target.strip() else ""
    for i, w in enumerate(span_words):
        if w in SUBSTITUTES and head in span_words[i + 1 : i + 1 + SUBSTITUTE_REACH]:
            return True
    return False


def _unnamed_group_holds(ctx, words, mentions, own, f) -> bool:
    """Whether the value of ``f`` is said only in a clause after ", but" (", while" …) whose subject
    is an unnamed group ("several Western powers"), with the actor named only before it."""
    from coalition.extract.clause_groups import _padded_range

    lo, hi = ctx.sentence_at(f.evidence.start).start, ctx.sentence_at(f.evidence.start).end
    for i in range(lo + 1, hi - 1):
        if words[i] != "," or words[i + 1] not in CONTRASTS:
            continue
        if any(m.start > i and not _not_a_subject(words, m) for m in own):
            return False
        head = [w for w in words[i + 2 : min(hi, i + 2 + GROUP_REACH)] if w]
        noun = next((k for k, w in enumerate(head) if w in GROUP_NOUNS), None)
        if noun is None or GROUP_QUANTIFIERS.isdisjoint(head[:noun]):
            continue
        if any(i < m.start < i + 2 + GROUP_REACH for m in mentions):
            continue  # "but several states, among them Poland, …": named after all
        cues = _value_cues(f)
        if not cues:
            return False
        end = next((k for k in range(i + 2, hi) if words[k] == "," and k + 1 < hi and words[k + 1] in CONTRASTS), hi)
        group_says = has_phrase(_padded_range(ctx.doc, i + 1, end), cues) is not None
        actor_says = has_phrase(_padded_range(ctx.doc, lo, i), cues) is not None
        return group_says and not actor_says
    return False


def _value_cues(f) -> list[str]:
    """The cue words of the fact's value: the stance verbs of a stance's, the status cues of a
    participation's."""
    words = vocab("positions")
    if f.kind == "stance":
        return words["stance_verbs"].get(f.stance, [])
    # an open participation may rest on "could" (decision 52)
    return words["cues"].get(f.status, []) + (words["cues"]["possible"] if f.status == "open" else [])


OBJECT_PREPS = frozenset(("against", "to", "with", "from", "of", "on", "over", "toward", "towards", "by", "for"))


def _not_a_subject(words, m) -> bool:
    """A possessive ("Beijing's ties") or the object of a preposition ("ties to Moscow")."""
    after = words[m.end] if m.end < len(words) else ""
    before = words[m.start - 1] if m.start > 0 else ""
    return after in ("'s", "’s") or before in OBJECT_PREPS

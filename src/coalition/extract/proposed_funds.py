"""A loan, fund or envelope proposed for others to agree, and sums stuck before a legislature, are
no commitments (ADJUDICATION.md decisions 60 and 50).

Wording classes, each read on the sum's own sentence:

- a proposal cue just before the sum, with a pooled instrument named around it ("the Commission's
  proposal for a €50bn facility", "a proposed €5bn Ukraine fund", "had floated a multiannual envelope
  of up to €20bn"): the instrument is the proposer's draft for others to agree, not pledged money.
  A donor's own draft budget line ("proposed NOK 15bn for Ukraine in its budget") stays `planned`,
  and a sentence that reports the proposal agreed ("leaders approved the Commission's proposal for …")
  keeps its commitment;
- a plan told as not carried out ("That plan, championed by …, would have turned the assets into a
  loan of up to €140bn");
- an agreement wished by its proposer ("The Commission wants governments to agree on a mechanism that
  would use up to €210bn …") or expected but not told as given ("expecting to give the Commission a
  green light for a loan of up to €140bn");
- a sum stuck in a legislature or at a summit ("as a $60 billion aid bill remained stuck in
  Congress", decision 50); a third party's block ("blocked by Hungary") stays `paused` (blockers.py).

A donor weighing its own supply stays `considering`: none of these cues is a weighing. Where the
proposal names its proposer ("the Commission's proposal", "Germany proposed a fund"), the proposer
holds a `support` stance on the instrument, unless it holds one already in the article. Words in
``data/proposed_funds.json``.
"""

from __future__ import annotations

from bisect import bisect_left

from coalition.extract.context import _as_tokens, tokens, vocab
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("proposed_funds")


def _phrases(key: str) -> list[list[str]]:
    return [_as_tokens(p).split() for p in _WORDS[key]]


CUES = _phrases("proposal_cues")
FUNDS = frozenset(w for p in _phrases("fund_nouns") for w in p[-1:])
OWN_BUDGET = frozenset(_WORDS["own_budget"])
AGREED = _phrases("agreed")
BREAKS = frozenset(_WORDS["breaks"])
PLAN_SUBJECTS = frozenset(_WORDS["plan_subjects"])
COUNTERFACTUAL = _phrases("counterfactual")
WISHES = _phrases("wished_agreement")
AGREEMENT = _phrases("agreement_verbs")
GREEN_LIGHT = _phrases("green_light")
EXPECTATIONS = _phrases("expectations")
STUCK = _phrases("stuck")
OTHERS_GIVE = frozenset(_WORDS["others_give_verbs"])
OTHERS = frozenset(_WORDS["others_asked"])
CUE_REACH = int(_WORDS["cue_reach"])
NOUN_AFTER = int(_WORDS["noun_after_reach"])
SUBJECT_REACH = int(_WORDS["plan_subject_reach"])
WISH_REACH = int(_WORDS["wish_reach"])
STUCK_REACH = int(_WORDS["stuck_reach"])
POSSESSIVES = frozenset(("'s", "’s"))
OWN_OPENERS = frozenset(w for p in _WORDS["own_budget_openers"] for w in _as_tokens(p).split()[:1])
BODIES = {tuple(_as_tokens(k).split()): v for k, v in _WORDS["bodies"].items()}


def _body_before(lower, lo: int, hi: int) -> str | None:
    """The actor of the last union institution named in [lo, hi) ("the Commission's")."""
    for k in range(hi - 1, lo - 1, -1):
        for words, actor in BODIES.items():
            if tuple(lower[k:k + len(words)]) == words and k + len(words) <= hi:
                return actor
    return None


def _find(lower, lo: int, hi: int, phrases: list[list[str]]) -> list[tuple[int, int]]:
    """(start, end) of each of ``phrases`` inside [lo, hi)."""
    out = []
    for i in range(lo, hi):
        for p in phrases:
            if lower[i:i + len(p)] == p and i + len(p) <= hi:
                out.append((i, i + len(p)))
    return out


def _proposal(ctx, lower, sent, first: int, last: int) -> tuple[int, int] | None:
    """The proposal cue (start, end) before a sum at tokens [first, last), with a pooled instrument
    between them or just after the sum; None when the sentence tells an own budget or agreement."""
    lo = max(sent.start, first - CUE_REACH)
    for start, end in reversed(_find(lower, lo, first, CUES)):
        if not BREAKS.isdisjoint(lower[end:first]):
            continue
        if FUNDS.isdisjoint(lower[end:first]) and FUNDS.isdisjoint(lower[last:min(sent.end, last + NOUN_AFTER)]):
            continue
        if _own_budget(lower, sent.start, sent.end) or _find(lower, sent.start, sent.end, AGREED):
            return None
        return start, end
    return None


def _own_budget(lower, lo: int, hi: int) -> bool:
    """Whether [lo, hi) tells the proposer's own budget ("in its draft budget", "the national
    budget"; not "to support Ukraine's budget" or "the EU's long-term budget")."""
    for k in range(lo, hi):
        if lower[k] in OWN_BUDGET and not OWN_OPENERS.isdisjoint(lower[max(lo, k - 2):k]):
            return True
    return False


def _counterfactual(lower, sent, first: int) -> bool:
    """ "That plan, …, would have turned … into a loan of up to €140bn": a plan not carried out."""
    for start, _ in _find(lower, sent.start, first, COUNTERFACTUAL):
        if not PLAN_SUBJECTS.isdisjoint(lower[sent.start:min(start, sent.start + SUBJECT_REACH)]):
            return True
    return False


def _wished(lower, sent, first: int) -> bool:
    """ "wants EU governments to agree … on a mechanism that would use up to €210bn", "expecting to
    give the Commission a green light for a loan of …": an agreement not told as given; "wants allies
    to commit to a floor of €40bn": others (a group named between the wish and "to") asked to give the
    sum ("wants Switzerland to spend" is the wisher's own state, kept)."""
    for _, end in _find(lower, sent.start, first, WISHES):
        for k in range(end, min(first, end + WISH_REACH + 1)):
            if lower[k] == "to" and any(lower[k + 1:k + 1 + len(p)] == p for p in AGREEMENT):
                return True
            # "wants allies to commit to a floor of €40bn a year": others asked to give the sum, in one clause
            if (k > end and lower[k] == "to" and k + 1 < first and lower[k + 1] in OTHERS_GIVE
                    and not OTHERS.isdisjoint(lower[end:k]) and BREAKS.isdisjoint(lower[k + 2:first])):
                return True
    for start, _ in _find(lower, sent.start, first, GREEN_LIGHT):
        if _find(lower, max(sent.start, start - 8), start, EXPECTATIONS):
            return True
    return False


def _stuck(lower, sent, last: int) -> bool:
    """ "a $60 billion U.S. aid bill remained stuck in Congress" (decision 50)."""
    hi = min(sent.end, last + STUCK_REACH)
    for start, _ in _find(lower, last, hi, STUCK):
        if BREAKS.isdisjoint(lower[last:start]):
            return True
    return False


def _proposer(ctx, lower, sent, cue: tuple[int, int]) -> str | None:
    """The state or body that made the proposal: "the Commission's proposal", "Germany proposed"
    (the clause's subject before a verb cue); a bare "a proposed fund" names none."""
    start, end = cue
    if lower[start] in ("proposal", "proposals"):
        if start - 1 > sent.start and lower[start - 1] in POSSESSIVES:
            idx = tokens(ctx.doc).idx
            lo = max(sent.start, start - 4)
            owners = ctx.mentions_in(idx[lo], idx[start - 1], ("COUNTRY", "ORG"))
            return owners[-1].stands_for if owners else _body_before(lower, lo, start - 1)
        return None
    if start > sent.start and lower[start - 1] in ("a", "an", "the"):
        return None  # "a proposed €5bn fund": no proposer named
    return clause_holder(ctx, sent, sent.start, start) or _body_before(lower, sent.start, start)


def _target(ctx, first: int, last: int, sent_end: int) -> str:
    """ "50 billion euro facility for Ukraine": the sum and the instrument after it."""
    table = tokens(ctx.doc)
    k = last
    while k < min(sent_end, last + NOUN_AFTER) and table.lower[k] not in FUNDS:
        k += 1
    end = k + 1 if k < sent_end and table.lower[k] in FUNDS else last
    text = ctx.text[table.idx[first]:table.idx[end - 1] + len(table.lower[end - 1])]
    return f"{text} for Ukraine"


def proposed_fund_facts(ctx, commitments: list) -> tuple[list, list]:
    """``commitments`` without the sums of these wording classes, and the named proposers'
    `support` stances (to be added where the proposer holds none)."""
    table = tokens(ctx.doc)
    lower = table.lower
    dropped: set[int] = set()
    stances: list = []
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if getattr(draft, "money", None) is None or not hasattr(draft, "parent"):
            continue
        first = bisect_left(table.idx, draft.money.start_char)
        last = bisect_left(table.idx, draft.money.end_char)
        sent = ctx.sentence_at(draft.money.start_char)
        cue = _proposal(ctx, lower, sent, first, last)
        if cue is None and not (_counterfactual(lower, sent, first) or _wished(lower, sent, first)
                                or _stuck(lower, sent, last)):
            continue
        dropped.add(id(draft))
        if cue is not None and draft.parent is None:
            proposer = _proposer(ctx, lower, sent, cue)
            if proposer is not None and proposer not in ("UKR", "RUS"):
                stances.append(Stance(actor=proposer, target=_target(ctx, first, last, sent.end), stance="support",
                                      evidence=ctx.sentence_evidence(sent), confidence=0.5))
    if not dropped:
        return commitments, stances
    # the parts of a dropped proposal ("of which €33bn would be loans") are the proposal's too
    kept = []
    for c in commitments:
        draft = c.__dict__.get("_draft")
        parent = getattr(draft, "parent", None)
        if draft is not None and (id(draft) in dropped or (parent is not None and id(parent) in dropped)):
            continue
        kept.append(c)
    return kept, stances


def with_proposer_stances(facts: list, stances: list) -> list:
    """``facts`` with each proposer's stance whose actor holds no `support` stance in the article."""
    held = {f.actor for f in facts if f.kind == "stance" and f.stance == "support"}
    out = list(facts)
    for s in stances:
        if s.actor not in held:
            out.append(s)
            held.add(s.actor)
    return out

"""Joint sums and joint gifts in kind (adjudication 18): "Together with Sweden, Canada and Norway, Denmark is providing an
additional DKK 3.2 billion". A sum several governments give together, with no split, is no one
donor's: it is one commitment without a donor, and each payer (the subject and its partners) a
share of it, ``part_of`` the whole, without an amount.

The commitment finder gives such a sum to the sentence's subject; this step, run after it, reads
only sentences whose commitment has an amount and where "together with" (or "jointly with",
"alongside") opens a list of states that stands before the subject or right after it, in
commas ("Denmark, together with Sweden, is providing …"). A "together with" after the amount
("€50m, together with 300 missiles") adds items, not payers, and is left alone.

The same aid in kind given by several states in one sentence with a word of paying together
("Denmark, Germany and the Netherlands are financing the refurbishment of Leopard 1A5 tanks", "paid
for jointly by The Hague and Copenhagen") gets its whole, without a donor, and the states' aid
becomes its shares; "each" or "respectively" keeps them separate gifts.
"""

from __future__ import annotations

from types import SimpleNamespace

from coalition.extract.context import ArticleContext, has_phrase, lower_text, tokens, vocab
from coalition.model import Commitment

CUES = (("together", "with"), ("jointly", "with"), ("alongside",), ("along", "with"))
LIST_WORDS = frozenset({",", "and", "the"})
# How many sentences after a joint gift may tell its split (about two paragraphs) ("The two countries will provide the system
# together. Italy will contribute the launchers, while France …").
SPLIT_REACH = 6


def split_joint_sums(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """The shares of each joint sum, after making its whole donorless (in place)."""
    out: list[Commitment] = []
    done: set[int] = set()
    for c in commitments:
        if c.amount is None or c.donor is None or c.part_of is not None or c.evidence.start in done:
            continue
        if not has_phrase(lower_text(ctx.doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")),
                          ["together with", "jointly with", "alongside", "along with"]):
            continue
        payers = _partners(ctx, c)
        if not payers:
            continue
        done.add(c.evidence.start)
        whole_draft = c.__dict__.get("_draft")
        c.donor, c.confidence = None, min(c.confidence, 0.6)
        if whole_draft is not None:
            whole_draft.donor = None
        out.extend(shares_of(c, whole_draft, payers))
    return out


def shares_of(c: Commitment, whole_draft, payers: list[str]) -> list[Commitment]:
    """Each payer's share of the joint sum ``c`` (decision 18): no amount, ``part_of`` the whole once
    the facts are indexed. Also coordinated_payers.py's, for "A, B and C pledged $500m"."""
    shares = []
    for payer in payers:
        share = Commitment(donor=payer, recipient=c.recipient, category=c.category, status=c.status,
                           items=list(c.items), evidence=c.evidence, confidence=0.55)
        if whole_draft is not None:
            # the whole's index is only known once the article's facts are sorted (see extract)
            share.__dict__["_draft"] = SimpleNamespace(parent=whole_draft)
        shares.append(share)
    return shares


def _partners(ctx: ArticleContext, c: Commitment) -> list[str]:
    """The payers of a sum a "together with" before the amount makes joint: the subject and the
    states of the list, when the list stands before the subject ("Together with A and B, D is
    providing") or in commas right after it ("D, together with A, is providing"); [] otherwise."""
    span = ctx.doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
    if span is None:
        return []
    lower = tokens(ctx.doc).lower
    mentions = ctx.mentions_in(span.start_char, span.end_char, ("COUNTRY",))
    money_at = _first_number(ctx, span) or span.end
    for i in range(span.start, money_at):
        cue = next((cue for cue in CUES if tuple(lower[i : i + len(cue)]) == cue), None)
        if cue is None:
            continue
        before = [m for m in mentions if m.end == i - 1 and lower[i - 1] == ","]
        if i != span.start and not before:
            return []  # "Latvia, which leads the coalition together with the UK, will spend …": not the giving's
        listed, k = [], i + len(cue)
        for m in mentions:
            if m.start < k:
                continue
            gap = [lower[j] for j in range(k, m.start)]
            if any(w not in LIST_WORDS for w in gap):
                break
            listed.append(m)
            k = m.end
            if "and" in gap:
                break  # the list's last state
        if not listed or k >= money_at or lower[k] != ",":
            return []
        subject = before[0] if before else next((m for m in mentions if m.start == k + 1), None)
        if subject is None:
            return []
        payers = [subject.code] + [m.code for m in listed if m.code != subject.code]
        if "UKR" in payers or c.donor not in payers:
            return []
        return payers
    return []


def _first_number(ctx: ArticleContext, span) -> int | None:
    for t in span:
        if t.like_num or t.is_currency:
            return t.i
    return None


def join_shared_items(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """The donorless whole of each aid in kind several states of one sentence pay for together; their
    commitments become its shares (their part_of set when the article's facts are indexed)."""
    groups: dict[tuple, list[Commitment]] = {}
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if c.amount is None and c.donor is not None and c.items and draft is not None and getattr(draft, "parent", 1) is None:
            groups.setdefault((c.evidence.start, tuple(i.lower() for i in c.items)), []).append(c)
    out: list[Commitment] = []
    words = None
    for shares in groups.values():
        if len({c.donor for c in shares}) < 2:
            continue
        words = words or vocab("joint_gifts")
        span = ctx.doc.char_span(shares[0].evidence.start, shares[0].evidence.end, alignment_mode="expand")
        padded = lower_text(span)
        if not has_phrase(padded, words["joint_cues"]) or has_phrase(padded, words["each_cues"]):
            continue
        if any(padded.startswith(f" {w} ") for w in words["back_openers"]):
            continue  # "The first is being paid for by A, B and C": a package told before, whose whole is there
        if not _one_list(ctx, span, {c.donor for c in shares}):
            continue  # "Germany has offered to pay for two systems, and Norway for a third": one gift each
        first = shares[0]
        whole = Commitment(donor=None, recipient=first.recipient, category=first.category, status=first.status,
                           items=list(first.items), supplier=first.supplier, evidence=first.evidence, confidence=0.5)
        whole.__dict__["_draft"] = marker = SimpleNamespace(parent=None)
        for c in shares:
            c.__dict__["_draft"].parent = marker
        out.append(whole)
    return out


def _one_list(ctx: ArticleContext, span, donors: set) -> bool:
    """Whether the donors are named as one list ("Denmark, Germany and the Netherlands", "by The
    Hague and Copenhagen"): only commas, "and" and "the" between them."""
    lower = tokens(ctx.doc).lower
    mentions = [m for m in ctx.mentions_in(span.start_char, span.end_char, ("COUNTRY",)) if m.code in donors]
    runs: list[set] = []
    for k, m in enumerate(mentions):
        joined = k and not any(lower[j] not in LIST_WORDS for j in range(mentions[k - 1].end, m.start))
        if joined:
            runs[-1].add(m.code)
        else:
            runs.append({m.code})
    # "placed by the Netherlands and paid for jointly by The Hague and Copenhagen": one run names them all
    return any(run >= donors for run in runs)


def without_shares_split_next(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """``commitments`` without the shares of a joint gift whose next sentences give each payer its own
    part: "Italy and France have finalised the arrangements for jointly supplying a SAMP/T system.
    Italy will contribute the launchers, while France will provide Aster 30 missiles." A sentence
    among the next few (``SPLIT_REACH``) that gives every payer a part of its own tells the split (adjudication 18: each payer's part as the article gives it), so the
    payers' items-only shares of the whole say again what its parts say; the parts become the
    whole's. A sentence that says its aid is more ("also", "separately") leaves the shares."""
    shares: dict[int, list[Commitment]] = {}
    wholes: dict[int, Commitment] = {}
    for c in commitments:
        draft = c.__dict__.get("_draft")
        parent = getattr(draft, "parent", None)
        if parent is not None and c.donor is not None and c.amount is None:
            shares.setdefault(id(parent), []).append(c)
        elif c.donor is None and draft is not None:
            wholes[id(draft)] = c
    if not shares:
        return commitments
    words = vocab("joint_gifts")
    dropped: set[int] = set()
    for key, group in shares.items():
        whole = wholes.get(key)
        payers = {c.donor for c in group}
        if whole is None or len(payers) < 2:
            continue
        at = ctx.sentence_index(whole.evidence.start)
        if any(ctx.sentence_index(c.evidence.start) != at for c in group) or at + 1 >= len(ctx.sents):
            continue
        for later in range(at + 1, min(len(ctx.sents), at + 1 + SPLIT_REACH)):
            parts = [c for c in commitments if c.donor in payers and c.items and ctx.sentence_index(c.evidence.start) == later
                     and getattr(c.__dict__.get("_draft"), "parent", 1) is None]
            if {c.donor for c in parts} != payers or has_phrase(lower_text(ctx.sents[later]), words["separate_cues"]):
                continue
            dropped.update(id(c) for c in group)
            for part in parts:
                part.__dict__["_draft"].parent = whole.__dict__["_draft"]  # the split of the whole told before
            break
    return [c for c in commitments if id(c) not in dropped]


def together_only_in_telling(lower: list[str], start: int, first: int) -> bool:
    """Whether the "together" / "jointly" before the items at ``first`` belongs to a verb of telling
    whose "that"-clause has a singular giver: "The Netherlands announced in August 2023, together with
    Denmark, that it would supply F-16s" is a joint announcement of each one's own jets (ADJUDICATION
    decision 18, sixth pass E), not one gift of theirs together; "said they would jointly pay" keeps
    the joint gift."""
    at = max((k for k in range(start, first) if lower[k] in ("together", "jointly")), default=None)
    if at is None:
        return False
    return any(lower[k] == "that" and lower[k + 1] in ("it", "he", "she") for k in range(at + 1, first - 1))


def with_wholes_priced_next(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """``commitments`` with a joint gift in kind and the sum of it told in the next sentence made one:
    "Germany, Denmark and Norway will jointly pay for 16 Zuzana 2 howitzers. The ministry put the value
    of the order at €92 million, to be split equally between the three partners." The second sentence
    prices the gift of the first (both without a donor, adjudication 18), so the gift is one commitment
    with its amount, the payers' shares part of it; an amountless whole beside it would count the gift
    twice. Only when the next sentence holds exactly one donorless sum, itself no part of another."""
    wholes = [c for c in commitments if c.donor is None and c.amount is None
              and getattr(c.__dict__.get("_draft"), "parent", 1) is None]
    if not wholes:
        return commitments
    dropped: set[int] = set()
    for whole in wholes:
        marker = whole.__dict__["_draft"]
        shares = [c for c in commitments if getattr(c.__dict__.get("_draft"), "parent", None) is marker]
        if not shares:
            continue
        at = ctx.sentence_index(whole.evidence.start)
        sums = [c for c in commitments if c.amount is not None and ctx.sentence_index(c.evidence.start) == at + 1]
        if len(sums) != 1 or sums[0].donor is not None or sums[0].part_of is not None:
            continue
        priced = sums[0]
        draft = priced.__dict__.get("_draft")
        if draft is None or getattr(draft, "parent", None) is not None:
            continue
        for share in shares:
            share.__dict__["_draft"].parent = draft
        if not priced.items:
            priced.items = list(whole.items)
        dropped.add(id(whole))
    return [c for c in commitments if id(c) not in dropped]

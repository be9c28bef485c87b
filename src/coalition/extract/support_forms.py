"""Aid a state has already given, told as the forms its support took, without an amount
(ADJUDICATION.md decision 49). The words are in ``data/support_forms.json``.

"Iceland has also supported Ukraine through humanitarian aid, contributions to the Energy Support
Fund and …", "Since February 2022 Sweden has provided support to Ukraine in the form of defence
materiel, financial contributions and humanitarian assistance": each kind named in the list is
its own commitment of the subject state, `delivered` (a perfect tense: already given), or
`cumulative` when told as a running total ("since", "so far"); its items are the nouns as written,
cut before what they go to ("contributions to the … Fund" is "contributions"). A shared noun is
given back to the adjective before it ("non-lethal and humanitarian aid" is "non-lethal aid" and
"humanitarian aid"). A piece that names no kind of aid ("by hosting people who fled") is none.

Not read: a sentence with an amount (the commitment finder reads it) and aid to be continued ("will
keep supporting Ukraine through…", no perfect tense). A commitment the finder read from the same
sentence for the same donor, without an amount, keeps its first kind and gives up the others.
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, lower_text, sentence_words, tokens, vocab
from coalition.extract.strike_limits import clause_holder
from coalition.model import Commitment

_WORDS = vocab("support_forms")
PERFECT = frozenset(_WORDS["perfect"])
SUPPORT_VERBS = frozenset(_WORDS["support_verbs"])
SUPPORT_NOUNS = frozenset(_WORDS["support_nouns"])
GIVING = frozenset(_WORDS["giving_verbs"])
VERB_REACH = int(_WORDS["verb_reach"])
RECIPIENT_REACH = int(_WORDS["recipient_reach"])
FORMS = sorted((tuple(_as_tokens(f).split()) for f in _WORDS["forms"]), key=len, reverse=True)
FORM_REACH = int(_WORDS["form_reach"])
LIST_ENDS = frozenset(_WORDS["list_ends"])
ITEM_CUTS = frozenset(_WORDS["item_cuts"])
RUNNING = [_as_tokens(r) for r in _WORDS["running_total"]]
KINDS = [(kind, [_as_tokens(w) for w in words]) for kind, words in _WORDS["kinds"].items()]
NOT_GIVERS = frozenset(_WORDS["not_givers"])
ADJECTIVES = frozenset(_WORDS["adjectives"])
RECIPIENTS = frozenset({"ukraine", "kyiv", "kiev", "ukrainians"})
TRIGGERS = SUPPORT_VERBS | SUPPORT_NOUNS


def find_support_forms(ctx, commitments: list[Commitment]) -> list[Commitment]:
    """The commitments of each kind a state's past support is told as, not already found."""
    held = {(c.evidence.start, c.donor) for c in commitments}
    out: list[Commitment] = []
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents:
        words = sentence_words(lower_text(sent))
        if PERFECT.isdisjoint(words) or TRIGGERS.isdisjoint(words) or RECIPIENTS.isdisjoint(words):
            continue  # most sentences
        span = _list_span(lower, sent)
        if span is None or ctx.money_in(sent):
            continue
        verb_at, start, end = span
        donor = clause_holder(ctx, sent, sent.start, verb_at)
        evidence = ctx.sentence_evidence(sent)
        if donor is None or donor in NOT_GIVERS:
            continue
        padded = " " + " ".join(lower[sent.start:sent.end]) + " "
        status = "cumulative" if any(r in padded for r in RUNNING) else "delivered"
        kinds = _kinds(ctx, start, end)
        if (evidence.start, donor) in held:
            # the commitment finder read the list as one commitment: it keeps the first kind, and
            # each other kind is its own; with an amount (or none of the list's kinds) it stays
            same = [c for c in commitments if c.evidence.start == evidence.start and c.donor == donor]
            first = same[0] if len(same) == 1 and same[0].amount is None else None
            if first is None or len(kinds) < 2 or first.category not in dict(kinds):
                continue
            first.items = dict(kinds)[first.category]
            first.status = status
            kinds = [(kind, items) for kind, items in kinds if kind != first.category]
        for kind, items in kinds:
            out.append(Commitment(donor=donor, recipient="UKR", category=kind, status=status, items=items,
                                  evidence=evidence, confidence=0.55))
    return out


def _list_span(lower, sent) -> tuple[int, int, int] | None:
    """(token of the support verb, start, end) of the list of forms: "has [also] supported Ukraine
    through …", "has provided support to Ukraine in the form of …"."""
    for i in range(sent.start, sent.end):
        if lower[i] not in PERFECT:
            continue
        for j in range(i + 1, min(sent.end, i + 1 + VERB_REACH)):
            if lower[j] in SUPPORT_VERBS:
                after = j + 1
            elif lower[j] in GIVING and j + 1 < sent.end and lower[j + 1] in SUPPORT_NOUNS:
                after = j + 2
            else:
                continue
            ukraine = next((k for k in range(after, min(sent.end, after + RECIPIENT_REACH)) if lower[k] in RECIPIENTS),
                           None)
            if ukraine is None:
                break
            for k in range(ukraine + 1, min(sent.end, ukraine + 1 + FORM_REACH)):
                form = next((f for f in FORMS if tuple(lower[k:k + len(f)]) == f), None)
                if form is not None:
                    start = k + len(form)
                    end = next((m for m in range(start, sent.end) if lower[m] in LIST_ENDS
                                or (lower[m] == "," and m + 1 < sent.end and lower[m + 1] in LIST_ENDS)), sent.end)
                    return j, start, end
            break
    return None


def _kinds(ctx, start: int, end: int) -> list[tuple[str, list[str]]]:
    """(kind, items) for each kind of aid the list names, in the order named."""
    doc = ctx.doc
    lower = tokens(doc).lower
    pieces: list[tuple[int, int, str]] = []  # (start, end, the word that ends it)
    a = start
    for k in range(start, end + 1):
        if k == end or lower[k] in (",", "and"):
            if k > a:
                pieces.append((a, k, lower[k] if k < end else ""))
            a = k + 1
    texts = []
    for n, (a, b, ender) in enumerate(pieces):
        while a < b and lower[a] in ("the", "a", "an", "its", "their", "also"):
            a += 1
        cut = next((k for k in range(a + 1, b) if lower[k] in ITEM_CUTS), b)
        text = doc[a:cut].text.strip() if cut > a else ""
        if ender == "and" and text.lower() in ADJECTIVES and n + 1 < len(pieces):
            # "non-lethal and humanitarian aid": the adjective shares the noun after it
            text = f"{text} {doc[pieces[n + 1][1] - 1].text}"
        texts.append(text)
    found: dict[str, list[str]] = {}
    for text in texts:
        padded = " " + " ".join(_as_tokens(text).split()) + " "
        kind = next((kind for kind, words in KINDS if any(w in padded for w in words)), None)
        if kind is not None and text:
            found.setdefault(kind, []).append(text.lower())
    return list(found.items())

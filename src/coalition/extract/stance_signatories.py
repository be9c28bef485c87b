"""The signatories of a declaration hold what it states (ADJUDICATION.md decision 40).

"Britain and France signed a declaration of intent with President Volodymyr Zelensky under which both
countries would deploy troops", "a declaration of intent signed by Zelensky, Macron and Starmer on a
multinational force": the participation finder gives Britain and France their part in the force, and
the co-signatory named after "with" or in the list after "signed by" holds the same position, which
the article says the text states. A signature adopts the text as the signatory's own position.

The reading (words in signatories.json):
- the sentence has a verb of signing and, within ``DOC_REACH`` words either side, a declaration,
  communiqué or joint statement (not a memorandum, letter of intent or agreement: their content is
  a deal or a commitment, carried by the commitment facts);
- the signatories are those named before the verb in its clause, the list after "signed by", and
  the list after "with" that follows the document; two at least, all named (none for "eighty
  countries signed");
- the content is what the other finders read from that same sentence for some of the signatories
  (their stances and participations); none when they read none (a document only cited, or with no
  content given, adds nothing);
- each signatory with no position of its own from the sentence takes each of them: a stance as it
  is; a participation in a force as a participation, except for the state the force is sent to
  (Ukraine), whose signature is its `support` of the force.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.model import Participation, Stance

_WORDS = vocab("signatories")
SIGNING = frozenset(_WORDS["signing"])
DOCUMENTS = frozenset(_WORDS["documents"])
LIST_ENDS = frozenset(_WORDS["list_ends"])
HOSTS = frozenset(_WORDS["hosts"])
DOC_REACH = 6  # "signed a declaration", "a declaration of intent signed by"
LIST_JOINTS = frozenset({",", "and", "the", "both", "as", "well"})
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though", "which", "who", ","})
LABELS = ("COUNTRY", "ORG", "PERSON")
ABOUT = frozenset(_WORDS["about"])
FORCES = frozenset(_WORDS["forces"])
ON_REACH = 6  # "on a multinational force to be deployed"


def signatory_positions(ctx, facts: list) -> list:
    """``facts`` with the positions of the signatories of each signed declaration that the other
    finders left out."""
    if "sign" not in ctx.text:
        return facts
    held: dict[int, list] = {}
    for f in facts:
        if f.kind in ("stance", "participation"):
            held.setdefault(f.evidence.start, []).append(f)
    lower = tokens(ctx.doc).lower
    added = []
    for sent in ctx.sents:
        if SIGNING.isdisjoint(lower[sent.start:sent.end]):
            continue
        found, doc_at = _signatories(ctx, lower, sent.start, sent.end)
        if len(found) < 2:
            continue
        evidence = ctx.sentence_evidence(sent)
        own = [f for f in held.get(evidence.start, ()) if f.actor in found]
        holding = {f.actor for f in own}
        if own:
            added += [_as_held_by(f, actor) for actor in found if actor not in holding for f in own]
            continue
        # no position read from the sentence: what the document is "on" ("a declaration … on a
        # multinational force"), a `support` of each signatory; a force's own members' part in it is
        # their participation, which is not read from a title, so only its host takes it
        target = _subject_of(ctx, lower, doc_at, sent.end)
        if target is None:
            continue
        for actor in found:
            if target in FORCES and actor not in HOSTS:
                continue
            added.append(Stance(actor=actor, target=target, stance="support", evidence=evidence, confidence=0.5))
    if not added:
        return facts
    seen = {_key(f) for fs in held.values() for f in fs}
    out = list(facts)
    for f in added:
        if _key(f) not in seen:
            seen.add(_key(f))
            out.append(f)
    return out


def _key(f) -> tuple:
    return f.kind, f.actor, f.evidence.start, getattr(f, "target", None) or getattr(f, "mission", None)


def _subject_of(ctx, lower, doc_at: int, b: int) -> str | None:
    """The vocabulary target the document at ``doc_at`` is "on" ("a declaration of intent … on a
    multinational force"), within ``ON_REACH`` words of the "on"."""
    on = next((k for k in range(doc_at + 1, b) if lower[k] in ABOUT), None)
    if on is None:
        return None
    from coalition.extract.positions import _named_targets  # the stance finder's targets, read once
    from coalition.extract.stance_targets import targets_in

    padded = " " + " ".join(lower[on + 1:min(b, on + 1 + ON_REACH)]) + " "
    hits = targets_in(padded, _named_targets())
    return hits[0][1] if hits else None


def _as_held_by(f, actor: str):
    """``f``'s position as ``actor``'s: a force's host supports the force it would not take part in."""
    if f.kind == "participation":
        if actor in HOSTS:
            return Stance(actor=actor, target=f.mission, stance="support", evidence=f.evidence, confidence=0.55)
        return Participation(actor=actor, mission=f.mission, status=f.status, roles=list(f.roles),
                             evidence=f.evidence, confidence=0.55)
    return f.model_copy(update={"actor": actor, "confidence": 0.55})


def _signatories(ctx, lower, a: int, b: int) -> tuple[list[str], int]:
    """The named signatories of a declaration signed in tokens [a, b), and where the document is
    named; none without one."""
    verbs = [k for k in range(a, b) if lower[k] in SIGNING]
    for v in verbs:
        docs = [k for k in range(max(a, v - DOC_REACH), min(b, v + DOC_REACH + 1)) if lower[k] in DOCUMENTS]
        if not docs:
            continue
        out: list[str] = []
        if v + 1 < b and lower[v + 1] == "by":
            _add(out, _listed(ctx, lower, v + 2, b))
        else:
            start = max((k + 1 for k in range(a, v) if lower[k] in CLAUSE_BREAKS), default=a)
            _add(out, _named(ctx, lower, start, v))
        with_at = next((k for k in range(max(docs[0], v), min(b, v + 2 * DOC_REACH)) if lower[k] == "with"), None)
        if with_at is not None:
            _add(out, _listed(ctx, lower, with_at + 1, b))
        if len(out) > 1:
            return out, docs[0]
    return [], a


def _add(out: list[str], actors: list[str]) -> None:
    out.extend(x for x in actors if x not in out)


def _listed(ctx, lower, k: int, b: int) -> list[str]:
    """The actors of the list of names starting at ``k``: it runs over names, their titles
    (capitalised: "Italian Prime Minister") and the joints of a list, and ends at the first other
    word ("… with Lithuania and Latvia backing the proposal put forward by Washington")."""
    starts = {m.start: m for m in ctx.mentions_in(ctx.doc[k].idx, ctx.doc[b - 1].idx + 1, LABELS)} if k < b else {}
    out: list[str] = []
    while k < b:
        m = starts.get(k)
        if m is not None:
            actor = m.stands_for
            if actor and not (m.end < b and lower[m.end] in ("'s", "’s")):
                _add(out, [actor])
            k = m.end
        elif lower[k] in LIST_JOINTS or (ctx.doc[k].text[:1].isupper() and lower[k] not in LIST_ENDS):
            k += 1
        else:
            break
    return out


def _named(ctx, lower, a: int, b: int) -> list[str]:
    """The actors named in tokens [a, b), a person by the actor they speak for, not an owner
    ("Ukraine's president")."""
    if b <= a:
        return []
    out = []
    end_char = ctx.doc[b].idx if b < len(ctx.doc) else len(ctx.text)
    for m in ctx.mentions_in(ctx.doc[a].idx, end_char, LABELS):
        actor = m.stands_for
        if actor and not (m.end < len(lower) and lower[m.end] in ("'s", "’s")) and actor not in out:
            out.append(actor)
    return out



# --- a statement's text that follows, unquoted ----------------------------------------------------

ANNOUNCING = frozenset(_WORDS["announcing"])
COUNTS = _WORDS["counts"]
FIRST_PERSON = frozenset(_WORDS["first_person"])
BACK_REACH = 2  # sentences before the announcement that may name the signatories


def statement_voice(ctx, sent) -> list[str]:
    """The signatories whose words ``sent`` is when it lies in the unquoted text of a statement
    announced just before it: "The four visiting leaders agreed the following statement." and then
    "We back President Trump's efforts…" in a press release (decision 40). The text is the run of
    paragraphs after the announcement that speak in the first person; the signatories are those
    the announcement names, else the list that opens one of the two sentences before it (with the
    count it gives, when it gives one)."""
    spans = ctx.__dict__.get("_statement_texts")
    if spans is None:
        spans = ctx.__dict__["_statement_texts"] = _statement_texts(ctx)
    return next((list(who) for a, b, who in spans if a <= sent.start_char < b), [])


def _statement_texts(ctx) -> list[tuple[int, int, list[str]]]:
    text = ctx.text
    if not any(w in text for w in ("following", "follows", "reads")):
        return []
    lower = tokens(ctx.doc).lower
    out = []
    for n, sent in enumerate(ctx.sents):
        words = set(lower[sent.start:sent.end])
        if ANNOUNCING.isdisjoint(words) or DOCUMENTS.isdisjoint(words) or not FIRST_PERSON.isdisjoint(words):
            continue
        who = _listed(ctx, lower, sent.start, sent.end)
        for back in range(n - 1, max(-1, n - 1 - BACK_REACH), -1):
            if len(who) > 1:
                break
            prev = ctx.sents[back]
            who = _listed(ctx, lower, prev.start, prev.end)
        count = next((COUNTS[w] for w in lower[sent.start:sent.end] if w in COUNTS), None)
        if len(who) < 2 or (count is not None and count != len(who)):
            continue
        start = end = sent.end_char
        while end < len(text):
            nxt = text.find("\n\n", end)
            nxt = len(text) if nxt < 0 else nxt
            para = text[end:nxt]
            if para.strip() and FIRST_PERSON.isdisjoint(_spaced(para.lower()).split()):
                break  # the first paragraph not in the signatories' voice ends their text
            end = nxt + 2
        if end > start:
            out.append((start, min(end, len(text)), who))
    return out


def _spaced(para: str) -> str:
    for p in ",.;:!?\"“”'’()":
        para = para.replace(p, " ")
    return para


__all__ = ["signatory_positions", "statement_voice"]

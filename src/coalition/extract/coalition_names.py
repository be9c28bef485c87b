"""Which mentions of "coalition" name a security coalition, and the coalitions a plural names.

Kept apart from the coalition finder, which reads leads, sizes and purposes: these are tests on a
sentence's words only. A government coalition at home ("the ruling coalition", "his coalition
partners", "the coalition of Social Democrats and Greens") is no coalition of states, and "the
artillery and demining capability coalitions" names two coalitions at once (adjudication 26).
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, vocab

# words that end the list of capabilities before "coalitions" ("of the artillery and demining …")
_LIST_STOPS = frozenset({"the", "of", "to", "two", "three", "both", "its", "their", "in", "for", "a", "an", "with", "through",
                         "into", "on", "by", "from", "several", "these", "those", "international", "ukraine's"})


def domestic_coalition(padded: str, words: dict) -> bool:
    """Whether a "coalition" of the sentence is a party coalition of a government at home: a party
    word right before it ("the ruling coalition", "his own coalition"), right after it ("coalition
    partners", "coalition MPs") or after "coalition of" ("the coalition of Social Democrats")."""
    if " coalition" not in padded:
        return False
    toks = padded.split()
    before, after, of = _cached("domestic", words, _domestic_sets)
    for i, tok in enumerate(toks):
        if tok != "coalition":
            continue
        if i and (toks[i - 1] in before or (i > 1 and f"{toks[i - 2]} {toks[i - 1]}" in before)):
            return True
        if i + 1 < len(toks) and toks[i + 1] in after:
            return True
        if i + 2 < len(toks) and toks[i + 1] == "of" and (toks[i + 2] in of or (i + 3 < len(toks) and f"{toks[i + 2]} {toks[i + 3]}" in of)):
            return True
    return False


def _domestic_sets(words: dict) -> tuple[frozenset, frozenset, frozenset]:
    def norm(phrases):
        return frozenset(_as_tokens(p).strip() for p in phrases)
    return norm(words["domestic_before"]), norm(words["domestic_after"]), norm(words["domestic_of"])


def plural_names(padded: str, words: dict) -> list[tuple[int, str]]:
    """'the artillery and demining capability coalitions', 'the demining and IT coalitions': each
    listed capability's coalition, as (token offset, name), when the name is a known one."""
    if " coalitions " not in padded:
        return []
    toks = padded.split()
    index = _cached("phrases", words, _phrase_index)
    out: list[tuple[int, str]] = []
    for i, tok in enumerate(toks):
        if tok != "coalitions":
            continue
        j = i - 1
        if j >= 0 and toks[j] == "capability":
            j -= 1
        segments: list[list[str]] = [[]]
        start = j
        while j >= 0 and i - j <= 10 and toks[j] not in _LIST_STOPS:
            if toks[j] in ("and", ","):
                segments.append([])
            else:
                segments[-1].insert(0, toks[j])
            start = j
            j -= 1
        found = []
        for seg in segments:  # the nearest first
            name = index.get(" ".join(seg)) if seg else None
            if name is None:
                break  # a word that names no coalition ends the list ("For Ukraine, demining and IT …")
            found.append(name)
        if len(found) >= 2:
            out.extend((start, name) for name in reversed(found))
    return out


def _phrase_index(words: dict) -> dict[str, str]:
    """A capability's words ("demining", "it", "air defence") -> the known coalition it names."""
    index: dict[str, str] = {}
    for name, phrases in words["names"].items():
        for phrase in phrases:
            toks = _as_tokens(phrase).split()
            if toks and toks[-1] == "coalition" and len(toks) > 1:
                index.setdefault(" ".join(toks[:-1]), name)
    for phrase, capability in words["capabilities"].items():
        name = index.get(capability.lower())
        if name:
            index.setdefault(phrase, name)
    return index


# tables made from a vocabulary, by (table, the vocabulary's id); the entry keeps the vocabulary, so
# its id cannot be reused while the entry lives
_CACHE: dict[tuple[str, int], tuple[dict, object]] = {}


def _cached(what: str, words: dict, make):
    hit = _CACHE.get((what, id(words)))
    if hit is None or hit[0] is not words:
        hit = _CACHE[(what, id(words))] = (words, make(words))
    return hit[1]


def canonical_name(name: str, words: dict) -> str:
    """The one name a coalition known under several carries (ADJUDICATION.md decision 28):
    "drone coalition" -> "Drone Coalition for Ukraine", "F-16 training coalition" -> "Air Force
    Capability Coalition"; a coalition the vocabulary does not list keeps the name it was found by."""
    return words["canonical"].get(name.lower(), name)


def merge_canonical(facts: list, words: dict) -> list:
    """The facts of one article under their canonical names, one per name: "the F-16 coalition" in
    one sentence and "the Air Force Capability Coalition" in another are one coalition, whose leads,
    size and sentences are pooled (the earlier sentence the evidence)."""
    out: dict[str, object] = {}
    for fact in sorted(facts, key=lambda f: f.evidence.start):
        fact.name = canonical_name(fact.name, words)
        kept = out.get(fact.name)
        if kept is None:
            out[fact.name] = fact
            continue
        kept.leads.extend(c for c in fact.leads if c not in kept.leads)
        kept.contribution_types.extend(c for c in fact.contribution_types if c not in kept.contribution_types)
        kept.size = kept.size if kept.size is not None else fact.size
        kept.purpose = kept.purpose or fact.purpose
        kept.confidence = max(kept.confidence, fact.confidence)
        for ev in [fact.evidence, *fact.more_evidence]:
            if ev.start != kept.evidence.start and ev not in kept.more_evidence:
                kept.more_evidence.append(ev)
    return list(out.values())


def named_in_full(name: str, article: str, words: dict) -> bool | None:
    """For a forum the vocabulary lists under ``named_in_full`` (the contact group), whether the
    article names it by one of those names (decision 29: by its full name, "UDCG" or as the Ramstein
    format; a bare "the contact group" or Ramstein the air base does not); None for any other name."""
    phrases = words["named_in_full"].get(name)
    if phrases is None:
        return None
    return any(_as_tokens(p) in article for p in phrases)


def without_adjective_lead(words: dict) -> dict:
    """The vocabulary with the "-led" adjective taken out of the lead verbs: "the Czech-led
    initiative" is how outlets name that initiative, not a report of who leads it, so it does not by
    itself make a forum that is no coalition by its name a fact (decision 28's mentions in passing)."""
    return _cached("no_adjective", words, lambda w: {**w, "lead_verbs": [v for v in w["lead_verbs"] if v.replace(" ", "") != "-led"]})


def coalition_vocab() -> dict:
    """The coalition vocabulary with its ``coalition_only_names`` added to each coalition's names:
    short names ("UDCG", "the Czech initiative") the coalition finder reads but the stance finder,
    whose targets are the vocabulary's names, does not. Made once per vocabulary."""
    words = vocab("coalitions")
    return _cached("coalition_only", words, lambda w: {**w, "names": {
        name: phrases + w["coalition_only_names"].get(name, []) for name, phrases in w["names"].items()}})

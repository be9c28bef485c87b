"""Coalitions: a named grouping of countries, its leads, size, purpose and the kinds of
contribution its members offer.

An article names a coalition once or twice and describes it over several
sentences ("The initiative, led by the UK and France, aims to…", "many could
contribute logistical, economic, or intelligence support"). Every sentence that
names the coalition, or refers back to it ("the initiative", "participating
nations") within the next few sentences, adds what it says to one fact per
coalition per article; the first such sentence is the evidence, the others are
listed in ``more_evidence``.
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, has_phrase, lower_text, vocab
from coalition.model import Coalition

SIZE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "a dozen": 12, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
REACH = 4  # sentences after a mention that an anaphor can still refer to it


def find_coalitions(ctx: ArticleContext) -> list[Coalition]:
    words = vocab("coalitions")
    found: dict[str, Coalition] = {}
    current: str | None = None
    since = 99
    for sent in ctx.sents:
        padded = lower_text(sent)
        named = None
        for name, phrases in words["names"].items():
            if has_phrase(padded, phrases):
                named = name
                break
        since += 1
        if named:
            current, since = named, 0
        elif not (current and since <= REACH and has_phrase(padded, words["anaphors"])):
            continue
        name = named or current
        evidence = ctx.sentence_evidence(sent)
        fact = found.get(name)
        if fact is None:
            fact = found[name] = Coalition(name=name, evidence=evidence, confidence=0.7)
        elif evidence.start != fact.evidence.start:
            fact.more_evidence.append(evidence)
        _add_details(ctx, sent, padded, fact, words)
    # A bare mention with nothing said about the coalition is still a coalition fact
    # (that it exists and is named); readers can filter by confidence.
    for fact in found.values():
        if fact.leads or fact.size or fact.contribution_types:
            fact.confidence = 0.85
    return list(found.values())


def _add_details(ctx: ArticleContext, sent, padded: str, fact: Coalition, words: dict) -> None:
    doc = sent.doc
    # leads: "led by the UK and France", "UK and France lead …", "a UK-led coalition"
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG")):
        before = lower_text(doc[max(sent.start, m.start - 6) : m.start])
        after = lower_text(doc[m.end : min(sent.end, m.end + 5)])
        led = has_phrase(before, ["led by", "co-led by", "spearheaded by", "headed by", "chaired by", "co-chaired by", "convened by"])
        leads_verb = has_phrase(after, ["lead", "leads", "co-lead", "co-leads", "are leading", "is leading", "chair", "co-chair", "- led"])
        if led or leads_verb:
            if m.code not in fact.leads and m.code != "UKR":
                fact.leads.append(m.code)
    # size: "around 20 countries", "a group of 30 nations"
    if fact.size is None:
        for t in sent:
            if t.lower_ in words["size_nouns"] and t.i > sent.start:
                prev = doc[t.i - 1]
                value = int(prev.text) if prev.text.isdigit() else SIZE_WORDS.get(prev.lower_)
                if value and 2 <= value <= 200:
                    fact.size = value
                    break
    # contribution types
    for kind, phrases in words["contribution_types"].items():
        if kind not in fact.contribution_types and has_phrase(padded, phrases):
            if kind == "troops" or has_phrase(padded, ["contribute", "contributions", "support", "provide", "offer", "send", "supply"]):
                fact.contribution_types.append(kind)
    # purpose: "aims to uphold a truce and provide security guarantees for Ukraine"
    if True:
        cue = has_phrase(padded, words["purpose_cues"])
        if cue:
            text = sent.text
            at = text.lower().find(cue)
            if at >= 0:
                purpose = text[at:].strip().rstrip(".:;")
                for lead in ("aims to ", "aim to ", "aimed at ", "intended to ", "designed to "):
                    if purpose.lower().startswith(lead):
                        purpose = purpose[len(lead):]
                if fact.purpose is None or len(purpose) > len(fact.purpose):
                    fact.purpose = purpose

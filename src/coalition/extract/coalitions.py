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

from coalition.extract.coalition_descriptions import described_coalitions
from coalition.extract.coalition_names import (canonical_name, coalition_vocab, domestic_coalition, merge_canonical, named_in_full, plural_names,
                                               without_adjective_lead)
from coalition.extract.context import ArticleContext, _as_tokens, doc_text, first_group, has_phrase, lower_text, tokens, vocab
from coalition.extract.words import token_positions
from coalition.model import Coalition

SIZE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11, "twelve": 12, "a dozen": 12, "dozen": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
REACH = 4  # sentences after a mention that an anaphor can still refer to it
AUXILIARIES = {"will", "would", "shall", "now", "also", "jointly", "already", "have", "has", "had", "to", "currently", "together",
               # "are preparing to lead", "is set to co-chair", "have agreed to lead": verbs of intent before the lead verb
               "is", "are", "was", "were", "preparing", "planning", "set", "expected", "ready", "agreed", "offered", "due",
               "going", "poised"}
FUNCTION_WORDS = {"and", "or", "the", "a", "an", "by", "with", "that", "which", "who", "as", "while", "but", "when",
                  "after", "before", "of", "in", "on", "for", "to", "from", "said", "says", "where", "both", "then"}
NOT_WHOLE = {"new", "more", "additional", "further", "other", "newer", "fresh"}
LEAD_REACH = 8  # sentences after the mention that "X and Y will lead" can still be about it


def find_coalitions(ctx: ArticleContext) -> list[Coalition]:
    words = coalition_vocab()
    found: dict[str, Coalition] = {}
    current: str | None = None
    recent: list[str] = []  # the names of the last sentence that named any
    since = 99
    met = False  # whether the sentence that last named a coalition has it meeting
    anaphor = None
    lead_only: list[tuple[int, object]] = []  # sentences that only say who leads (see below)
    by_name: set[str] = set()  # coalitions the article names by a name of their own, not by a description
    stated: set[str] = set()  # coalitions whose leads a sentence states (not only a "Czech-led" in the name)
    keyed = _keyed_sentences(ctx, words)
    for n, sent in enumerate(ctx.sents):
        if n not in keyed and (current is None or since >= LEAD_REACH):
            # names no coalition, and no named one is near enough for an anaphor or a lead verb
            since += 1
            continue
        padded = lower_text(sent)
        named = first_group(padded, words["names"])
        if named is None and " coalition " in padded:
            # "the F-16 training coalition", 'a "tank coalition"': a compound name, as good as a listed one
            named = next((name for _, name in _capability_before(padded, words)), None)
        if named is not None:
            by_name.add(named)
        # "the ruling coalition", "his coalition partners": a party coalition at home, which no
        # description names and no "the coalition" refers back from
        domestic = named is None and domestic_coalition(padded, words)
        several = _names_at(padded, words) if named or (" coalition " in padded and not domestic) else []
        plural = plural_names(padded, words)
        if plural:
            # "the artillery and demining capability coalitions": one coalition for each capability
            several = sorted(several + [p for p in plural if all(p[1] != n for _, n in several)])
            by_name.update(name for _, name in plural)
        by_name.update(name for k, name in several if name in words["names"] or (k, name) in _capability_before(padded, words))
        if domestic:
            since += 1
            continue
        if named is None and len(several) == 1 and (_leads(ctx, sent, words) or _counted(padded, words)):
            # a coalition named only by what it does, with its leads or its count ("a coalition of
            # 12 countries would deliver tanks")
            named = several[0][1]
        if len(several) > 1:
            # "…the air defence coalition, led by Germany and France, while Estonia and Luxembourg
            # lead the IT coalition": each name takes the leads written next to it
            _add_several(ctx, sent, several, found, words)
            current, since = several[-1][1], 0
            recent = [name for _, name in several]
            continue
        if named is None:
            named = _unnamed_coalition(ctx, sent, padded, words)
        since += 1
        if named and current and named != current and since <= REACH and _opens_with_anaphor(padded, words):
            # "The coalition was launched within the Contact Group and is co-led by…": the sentence
            # is about the coalition it refers back to; the other name is only where it was set up
            named = None
        if named:
            current, since = named, 0
            recent = [named]
            # "leaders of the coalition met in Paris": a later "the meeting" is the coalition's
            met = bool(has_phrase(padded, words["meeting_words"]))
        elif current and met and since <= REACH and has_phrase(padded, words["meeting_anaphors"]):
            anaphor = None  # "the meeting at the Élysée, which brought together some 35 countries"
        elif not (current and since <= REACH and (anaphor := has_phrase(padded, words["anaphors"]))):
            if current and since <= LEAD_REACH and has_phrase(padded, words["lead_verbs"]):
                lead_only.append((n, sent))
            continue
        elif anaphor is not None:
            # "…a summit of the coalition of the willing… the planned Multinational Force. The
            # coalition, co-chaired by…": of the names just read, the one the anaphor's noun names
            head = anaphor.split()[-1]
            current = next((r for r in reversed(recent) if head in r.lower()), current)
            since = 0  # "the initiative" again: the article is still about it, and a later one refers to it too
        name = named or current
        evidence = ctx.sentence_evidence(sent)
        fact = found.get(name)
        if fact is None:
            fact = found[name] = Coalition(name=name, evidence=evidence, confidence=0.7)
        elif evidence.start != fact.evidence.start:
            fact.more_evidence.append(evidence)
        _add_details(ctx, sent, padded, fact, words)
        if fact.leads and name not in stated and _leads(ctx, sent, without_adjective_lead(words)):
            stated.add(name)
    # "Paris and London will lead the planning together", a few sentences after the article's
    # only coalition is named: who leads it, though the sentence does not name it again.
    if len(found) == 1:
        [fact] = found.values()
        for _, sent in lead_only:
            before = list(fact.leads)
            _add_leads(ctx, sent, fact, subject_only=True)
            if fact.leads != before:
                fact.more_evidence.append(ctx.sentence_evidence(sent))
                stated.add(fact.name)
    # A coalition the article names by a name of its own ("the drone coalition", "the coalition of
    # the willing") is a fact wherever it is mentioned (adjudication 26), with leads only when given;
    # one only described ("the coalition helping Ukraine field F-16s") or a forum that is no coalition
    # by its name (the contact group, a triangle, an initiative) is kept when the article says who
    # leads it or how many members it has.
    # Known coalitions take their one canonical name (decision 28), and what two names of one
    # coalition found is pooled. The contact group is a fact wherever the article names it in full
    # (decision 29), and never when only "the contact group" is written; any other forum needs its
    # size, or its leads stated by more than the "-led" of its name ("the Czech-led initiative").
    by_name = {canonical_name(n, words) for n in by_name}
    stated = {canonical_name(n, words) for n in stated}
    out = []
    by_word = words["named_by_word"]
    for fact in merge_canonical(list(found.values()), words):
        in_full = named_in_full(fact.name, lower_text(ctx.doc[:]), words)
        if in_full is False:
            continue
        coalition_word = any(w in fact.name.lower().split() for w in by_word)
        if fact.size or (fact.leads and (coalition_word or fact.name in stated)):
            fact.confidence = 0.85
            out.append(fact)
        elif fact.name in by_name and (coalition_word or in_full):
            out.append(fact)  # named, and no more than that: the lower confidence it was made with
    # a known forum described, not named ("Prague, which runs its own initiative to buy shells")
    return described_coalitions(ctx, words, out)


def _counted(padded: str, words: dict) -> bool:
    """'a coalition of 12 countries', 'a coalition of nine nations': the coalition with its count."""
    toks = padded.split()
    nouns = words["size_nouns"]
    for i in range(len(toks) - 3):
        if toks[i] == "coalition" and toks[i + 1] == "of" and (toks[i + 2].isdigit() or toks[i + 2] in SIZE_WORDS) \
                and toks[i + 3] in nouns:
            return True
    return False


def _names_at(padded: str, words: dict) -> list[tuple[int, str]]:
    """Every coalition a sentence names, as (token offset in the sentence, name), in order."""
    out = []
    for name, phrases in words["names"].items():
        for phrase in phrases:
            at = padded.find(" " + _as_tokens(phrase).strip() + " ")
            if at >= 0:
                out.append((padded[: at + 1].count(" ") - 1, name))
                break
    out.sort()
    # a name inside a longer one ("drone coalition" in "the drone coalition of the willing") is one
    out = [(k, n) for i, (k, n) in enumerate(out) if not any(k2 == k for k2, _ in out[:i])]
    named_at = {k for k, _ in out}
    for k, name in _purpose_names(padded, words) + _capability_before(padded, words):
        # "the coalition helping Ukraine field F-16 fighter jets": a coalition named by what it does
        if not any(k - 4 <= j <= k for j in named_at):
            out.append((k, name))
    return sorted(out)


def _purpose_names(padded: str, words: dict) -> list[tuple[int, str]]:
    """'the coalition helping Ukraine field F-16 fighter jets' -> 'F-16 coalition', 'the coalition of
    countries training pilots on F-16s' -> 'F-16 training coalition', 'the coalition for armoured
    vehicles' -> 'armoured vehicles coalition': a capability within a few words after "the coalition"."""
    toks = padded.split()
    out = []
    for i, tok in enumerate(toks):
        if tok != "coalition" or i == 0 or toks[i - 1] not in ("the", "a", "an"):
            continue
        window = []
        for w in toks[i + 1 : i + 13]:  # "a coalition of countries that will pool orders for Ukraine's drones"
            if w in (",", ";", ".", "led", "which", "co", "and") and window \
                    and not (w == "and" and window[-1].isdigit()):  # "between 120 and 140 tanks": one amount
                break
            window.append(w)
        text = " " + " ".join(window) + " "
        capability = next((name for phrase, name in words["capabilities"].items() if f" {phrase} " in text), None)
        if capability is None:
            continue
        aim = next((noun for verb, noun in words["aims"].items() if f" {verb} " in text), None)
        out.append((i - 1, f"{capability} {aim} coalition" if aim else f"{capability} coalition"))
    return out


_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def _capability_before(padded: str, words: dict) -> list[tuple[int, str]]:
    """'a European "tank coalition"' -> 'tank coalition', 'the F-16 training coalition' -> 'F-16
    training coalition': a capability (and an aim) right before the word "coalition", quotes apart."""
    if " coalition " not in padded:
        return []
    toks = padded.split()
    out = []
    for i, tok in enumerate(toks):
        if tok != "coalition" or i == 0:
            continue
        j = i - 1
        if toks[j] in _QUOTES:
            j -= 1
        aim = words["aims"].get(toks[j]) if j >= 0 and toks[j] in words["aim_nouns_before"] else None
        if aim:
            j -= 1
        capability = next(((phrase, name) for phrase, name in words["capabilities"].items()
                           if toks[max(0, j - len(phrase.split()) + 1) : j + 1] == phrase.split()), None)
        if capability is None:
            continue
        start = j - len(capability[0].split()) + 1
        out.append((start, f"{capability[1]} {aim} coalition" if aim else f"{capability[1]} coalition"))
    return out


def _add_several(ctx: ArticleContext, sent, several: list[tuple[int, str]], found: dict, words: dict) -> None:
    evidence = ctx.sentence_evidence(sent)
    starts = [sent.start + k for k, _ in several]
    for code, at, named_before in _leads(ctx, sent, words):
        if named_before:  # "X coalition, led by A": the nearest name before the actor
            owners = [i for i, start in enumerate(starts) if start < at]
            owner = owners[-1] if owners else 0
        else:  # "A leads the X coalition": the nearest name after the actor
            owners = [i for i, start in enumerate(starts) if start > at]
            owner = owners[0] if owners else len(starts) - 1
        name = several[owner][1]
        fact = found.get(name)
        if fact is None:
            fact = found[name] = Coalition(name=name, evidence=evidence, confidence=0.7)
        if code not in fact.leads:
            fact.leads.append(code)
    for _, name in several:
        fact = found.get(name)
        if fact is None:
            found[name] = fact = Coalition(name=name, evidence=evidence, confidence=0.7)
        elif fact.evidence.start != evidence.start and evidence not in fact.more_evidence:
            fact.more_evidence.append(evidence)
        _add_known_size(fact, words)


def _opens_with_anaphor(padded: str, words: dict) -> bool:
    return any(padded.startswith(" " + a + " ") for a in words["anaphors"])


def _add_known_size(fact: Coalition, words: dict) -> None:
    """A format whose name gives its size: the Weimar triangle (3), the Nordic-Baltic Eight (8)."""
    if fact.size is None and fact.name in words["known_sizes"]:
        fact.size = words["known_sizes"][fact.name]


def _keyed_sentences(ctx: ArticleContext, words: dict) -> set[int]:
    """The sentences that can name a coalition: each of its names is found only where one of the
    name's words is (its longest, the later of equals, as less common), an unnamed one only where
    "coalition" is. One array step over the document's words, instead of every sentence's
    phrase tests (most articles name no coalition)."""
    keys = _KEYS.get(id(words))
    if keys is None or keys[0] is not words:
        chosen = {"coalition", "coalitions"}
        for phrases in words["names"].values():
            for phrase in phrases:
                chosen.add(max(reversed(_as_tokens(phrase).split()), key=len))
        keys = _KEYS[id(words)] = (words, frozenset(chosen))
    doc, idx = ctx.doc, tokens(ctx.doc).idx
    return {ctx.sentence_index(idx[i]) for i in token_positions(doc, keys[1], lower=True)}


# a vocabulary's key words (see ``_keyed_sentences``), by the vocabulary's id; the mapping is kept
# in the entry, so its id cannot be reused while the entry lives
_KEYS: dict[int, tuple[dict, frozenset[str]]] = {}


def _unnamed_coalition(ctx: ArticleContext, sent, padded: str, words: dict) -> str | None:
    """A coalition formed without a name ("Denmark and the Netherlands put together an 11-nation
    coalition to train pilots on the F-16"): named for its capability and aim ("F-16 training
    coalition") when its founders are given and a capability is named."""
    if not has_phrase(padded, ["coalition"]) or not has_phrase(padded, words["founding_verbs"]):
        return None
    capability = next((name for phrase, name in words["capabilities"].items() if has_phrase(padded, [phrase])), None)
    if capability is None:
        return None
    aim = next((noun for verb, noun in words["aims"].items() if has_phrase(padded, [verb])), None)
    return f"{capability} {aim} coalition" if aim else f"{capability} coalition"


def _add_leads(ctx: ArticleContext, sent, fact: Coalition, words: dict | None = None, *, subject_only: bool = False) -> None:
    """Leads: "led by the UK and France", "UK and France lead …", "a UK-led coalition", "which France
    co-chairs with Britain", "Denmark and the Netherlands put together a coalition"."""
    for code, _, _ in _leads(ctx, sent, words or vocab("coalitions"), subject_only=subject_only):
        if code not in fact.leads:
            fact.leads.append(code)


def _leads(ctx: ArticleContext, sent, words: dict, *, subject_only: bool = False) -> list[tuple[str, int, bool]]:
    """The leads a sentence names: (code, token, whether the coalition is named before the actor,
    as in "led by A", rather than after, as in "A leads the X coalition")."""
    out: list[tuple[str, int, bool]] = []
    doc = sent.doc
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))
    padded = lower_text(sent)
    if not subject_only and mentions and has_phrase(padded, words["co_lead_it"]):
        out.append((mentions[0].code, mentions[0].start, False))  # "Sweden joined it and co-chairs it with Germany"
    for k, m in enumerate(mentions):
        prev_m = mentions[k - 1] if k else None
        # "Paris and London will lead": the verb may follow the last of joined actors
        last = m
        for nxt in mentions[k + 1 :]:
            if any(t.lower_ not in ("and", ",", "the") for t in doc[last.end : nxt.start]):
                break
            last = nxt
        before = lower_text(doc[max(sent.start, m.start - 6) : m.start])
        # the verb right after the actor, past an auxiliary: "France co-chairs", "Paris and London will lead"
        k = last.end
        if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in ("which", "who"):
            k += 2  # "France and Britain, which lead the coalition,": the relative clause's verb
        while k < sent.end and doc[k].lower_ in AUXILIARIES:
            k += 1
        after = lower_text(doc[k : min(sent.end, k + 4)])
        led = not subject_only and has_phrase(before, words["led_by"])
        verbs = [v for v in words["lead_verbs"] if v != "- led"] if subject_only else words["lead_verbs"] + words["founding_verbs"]
        leads_verb = any(after.startswith(" " + " ".join(v.replace("-", " - ").split()) + " ") for v in verbs)
        # "the NATO brigade Canada leads": an actor right after a common noun is the subject of a
        # relative clause about that noun, not of the coalition's lead
        prev = doc[m.start - 1] if m.start > sent.start else None
        if prev is not None and prev.is_alpha and prev.is_lower and prev.lower_ not in FUNCTION_WORDS:
            leads_verb = False
        # "which Britain co-leads with Latvia": the partner named after "with" leads too
        partner = not subject_only and (
            has_phrase(lower_text(doc[max(sent.start, m.start - 4) : m.start]), words["co_lead_with"])
            # "Sweden co-leads the electronic warfare coalition with Germany"
            or (m.start > sent.start and has_phrase(padded, words["co_lead_verbs"])
                and (doc[m.start - 1].lower_ == "with"
                     or (m.start - 1 > sent.start and doc[m.start - 1].lower_ == "the" and doc[m.start - 2].lower_ == "with"))))
        # the list a "led by" opens goes on past the people named with each state ("under the joint
        # chairmanship of Britain's John Healey and France's Sébastien Lecornu") and to a partner
        # after "with" ("led by Denmark and the Netherlands with the United States")
        if not subject_only and not (led or leads_verb or partner) and prev_m is not None and out and out[-1][2] \
                and out[-1][1] == prev_m.start and _continues_list(doc[prev_m.end : m.start]):
            led = True
        if (led or leads_verb or partner) and m.code != "UKR" and all(c != m.code for c, _, _ in out):
            out.append((m.code, m.start, bool(led or partner)))
    return out


def _continues_list(gap) -> bool:
    """Whether the words between two states go on one list of leads: "and", a comma, "with", "the",
    and a possessive with the capitalised name of the state's minister; any other word (a verb, a
    common noun) ends the list."""
    if len(gap) > 7 or not any(t.lower_ in ("and", "with", ",") for t in gap):
        return False
    return all(t.lower_ in ("and", "with", ",", "the", "'s", "’s") or (t.is_alpha and t.is_title) for t in gap)


def _size_raised_to(sent, words: dict) -> int | None:
    """'bringing the number of participating states to 20', 'taking its membership to 20'."""
    tk = tokens(sent.doc)
    lower = tk.lower
    nouns = set(words["size_nouns"]) | {"membership"}
    for i in range(sent.start, sent.end - 2):
        if lower[i] in nouns and lower[i + 1] == "to":
            value = int(lower[i + 2]) if lower[i + 2].isdigit() else SIZE_WORDS.get(lower[i + 2])
            if value and 2 <= value <= 200 and (i + 3 >= sent.end or lower[i + 3] not in ("per", "percent", "%")):
                return value
    return None


def _founders_in(ctx: ArticleContext, sent, words: dict) -> bool:
    return bool(has_phrase(lower_text(sent), words["founding_verbs"] + words["led_by"] + words["lead_verbs"]))


def _add_details(ctx: ArticleContext, sent, padded: str, fact: Coalition, words: dict) -> None:
    doc = sent.doc
    _add_leads(ctx, sent, fact, words)
    # size: "around 20 countries", "a group of 30 nations", "an 11-nation coalition"
    if fact.size is None:
        for t in sent:
            if t.lower_ in words["size_nouns"] and t.i > sent.start:
                prev = doc[t.i - 1]
                # "ten northern European nations", "20 participating states": modifiers before the noun
                k = t.i - 1
                while (k > sent.start and k >= t.i - 3 and prev.is_alpha and prev.lower_ not in FUNCTION_WORDS
                       and not (prev.text.isdigit() or prev.lower_ in SIZE_WORDS)):
                    k -= 1
                    prev = doc[k]
                if not (prev.text.isdigit() or prev.lower_ in SIZE_WORDS):
                    prev = doc[t.i - 1]
                elif any(doc[j].lower_ in NOT_WHOLE for j in range(k + 1, t.i + 1)):
                    continue  # "two new members", "five more countries": those who joined, not the size
                if prev.text in ("-", "–") and t.i - 2 >= sent.start:
                    prev = doc[t.i - 2]
                    if not _founders_in(ctx, sent, words):
                        continue  # "the 50-nation contact group": a description in passing, not a count
                value = int(prev.text) if prev.text.isdigit() else SIZE_WORDS.get(prev.lower_)
                if value and prev.i - 1 == sent.start and doc[sent.start].lower_ == "the" and not padded.startswith(" the coalition"):
                    continue  # "The two governments announced… a contribution to the tank coalition": who acts, not its size
                if value and 2 <= value <= 200:
                    fact.size = value
                    break
    if fact.size is None:
        fact.size = _size_raised_to(sent, words)
    _add_known_size(fact, words)
    # contribution types
    for kind, phrases in words["contribution_types"].items():
        if kind not in fact.contribution_types and has_phrase(padded, phrases):
            if kind == "troops" or has_phrase(padded, ["contribute", "contributions", "support", "provide", "offer", "send", "supply"]):
                fact.contribution_types.append(kind)
    # purpose: "aims to uphold a truce and provide security guarantees for Ukraine"
    if True:
        cue = has_phrase(padded, words["purpose_cues"])
        if cue:
            text = doc_text(sent.doc)[sent.start_char : sent.end_char]
            at = text.lower().find(cue)
            if at >= 0:
                purpose = text[at:].strip().rstrip(".:;")
                for lead in ("aims to ", "aim to ", "aimed at ", "intended to ", "designed to "):
                    if purpose.lower().startswith(lead):
                        purpose = purpose[len(lead):]
                if fact.purpose is None or len(purpose) > len(fact.purpose):
                    fact.purpose = purpose

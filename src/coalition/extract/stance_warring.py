"""Positions of the warring sides (Russia, Ukraine) and Russia's partners told without a stance cue,
and their misread positions (ninth session). The words are in ``data/warring_stances.json``.

Readings added (each adds nothing when the actor holds the same value from the same sentence, or the
same target and value elsewhere in the article, as in ``positions.py``):

- **Moscow characterising a Western step as a hostile act.** "Lavrov described such plans as
  direct NATO involvement in the war", "Zakharova said the plans amounted to foreign
  intervention", "Moscow has called the G7 scheme theft", "Peskov said it would mark a new round
  of escalation", "the step was a blow to Swiss neutrality", "urged Washington to stop supplying
  Ukraine". Naming a step theft, escalation, provocation, intervention, a mistake or illegal, or
  demanding that deliveries stop, is Moscow's opposition to the step (as its "legitimate targets"
  warnings are, ADJUDICATION.md decision 10). The holder is a Russian subject of a speech verb
  before the term, "he" after a sentence naming the speaker, or the speaker of the quotation the
  sentence lies in; the target is one of the vocabulary named in the sentence, else nearest
  around; a truce is never one (a side's answer to a truce is the ceasefire's response, decision
  3), nor is a military act characterised ("called the incursion a provocation"). A state named
  after the speech verb ("has called the G7 scheme theft") is what is characterised, not a
  holder: its opposition read from the same sentence is dropped. The same characterisation by
  another named official is a second fact (decision 16), as is a plain refusal ("Peskov said Russia
  could not accept foreign troops") after the same position told of Moscow or of another official.
- **Kyiv refusing a territorial concession.** "Ukraine would not withdraw from the parts of
  Donetsk it still holds", "would not accept a frozen conflict or trade territory for peace": a
  refusal word before a concession with Ukraine as the subject is its opposition (freezing the
  front line and ceding land are two targets).
- **Kyiv welcoming a policy step** ("welcomed the prime minister's remarks", "called the
  declaration a security victory") is its support; a welcome of aid is none (decision 14).
- **Talks "only" once a condition is met** ("will only negotiate once Russian forces leave"): the
  side's conditional stance on the talks.
- **Kyiv asking for a step against Russia** (permission to strike inside Russia, "Russia must face
  tougher sanctions"): its support. Its asks for aid stay no news, as in ``positions.py``.

Readings removed or corrected:

- Russia and its allies back no support to Ukraine: their support of aid, guarantees, a force,
  membership or sanctions is a misread holder (decision 34's "Russia backs no sanctions on itself").
- A warring side's stance on "the idea", "an appeal", "a request" in a sentence about a truce takes
  the truce's target, so that ``stance_answers`` records it once, as the response (decision 3).
- A side named only inside another thing's name ("the Ukrainian Canadian Congress", "the 2008
  Beijing Games") holds nothing.
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, has_phrase, sentence_words, tokens, vocab
from coalition.extract.stance_holders import quote_speaker
from coalition.extract.stance_praise import praised_by_other
from coalition.extract.stance_targets import targets_in
from coalition.model import Stance

_WORDS = vocab("warring_stances")
HOSTILE = _WORDS["hostile_terms"]
HOSTILE_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in HOSTILE)  # a word each phrase needs
ACTS_OF_WAR = frozenset(_WORDS["acts_of_war"])
SPEECH = frozenset(_WORDS["speech_verbs"])
BLOCKS = frozenset(_WORDS["subject_blocks"])
OWNER_HEADS = frozenset(_WORDS["owner_heads"])
CEASEFIRE_TARGETS = frozenset(_WORDS["ceasefire_targets"])
# each kind of concession its own target: "would not accept a frozen conflict or trade territory" is two
CONCESSION_KINDS = ((_WORDS["concession_target"], _WORDS["concessions"]), (_WORDS["freeze_target"], _WORDS["freezes"]))
CONCESSION_TARGETS = frozenset(t for t, _ in CONCESSION_KINDS)
CONCESSION_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for _, ps in CONCESSION_KINDS for p in ps)
REFUSALS = _WORDS["refusals"]
BACK = 2  # sentences before whose target "such plans", "the move" may refer to
WELCOMES = frozenset(_WORDS["welcome_verbs"])
PRAISE = _WORDS["praise_terms"]
PRAISE_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in PRAISE)
POLICY_NOUNS = frozenset(_WORDS["policy_nouns"])
AID_NOUNS = frozenset(_WORDS["aid_nouns"])
AID_TARGETS = frozenset(_WORDS["aid_targets"])
OBJECT_REACH = 5  # words from the welcome to the head of its object ("the prime minister's remarks")
AGGRESSOR_SIDE = frozenset(_WORDS["aggressor_side"])
BELLIGERENTS = frozenset(vocab("ceasefires")["belligerents"])
SUPPORT_TO_UKRAINE = frozenset(_WORDS["support_to_ukraine"])
PRONOUNS = frozenset(_WORDS["pronouns"])
TALKS = _WORDS["talk_words"]
TALK_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in TALKS)
CONDITIONS = [_as_tokens(c) for c in _WORDS["condition_words"]]
TALKS_TARGET = _WORDS["talks_target"]
REQUESTS = _WORDS["request_verbs"]
REQUEST_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in REQUESTS)
REQUESTABLE = frozenset(_WORDS["requestable_targets"])
DEMANDS = _WORDS["demands"]
ONLY_REACH = 3  # words from "only" to the verb of talks ("will only sit down")
CONDITION_REACH = 10  # words from the verb of talks to its condition
TRUCE_WORDS = _WORDS["truce_words"]
TRUCE_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in TRUCE_WORDS)
CEASEFIRE_TARGET = "ceasefire proposal"
MODIFIER_HEADS = frozenset(_WORDS["modifier_heads"])
MODIFIER_REACH = 3  # words from a name to the head it modifies ("Ukrainian Canadian Congress", "2008 Beijing Games")
WATCHED = AGGRESSOR_SIDE | BELLIGERENTS | {"CHN"}
REFUSAL_CUES = _WORDS["refusal_cues"]
REFUSAL_CUE_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in REFUSAL_CUES)
REFUSAL_REACH = 8  # words from a refusal to the concession it refuses


def warring_stances(ctx, facts: list) -> list:
    """``facts`` (the article's stances) with the warring sides' positions the cues missed, and
    without the support of Russia's side for Ukraine's support."""
    # Russia and its allies back no aid, guarantees, force or membership for Ukraine: such a support
    # is a misread holder ("leaders said that Russia was failing, and that they were ready to
    # provide guarantees") or someone else's praise ("praised Orbán for defending…"), as Russia
    # backs no sanctions on itself (decision 34). Their opposition, openness or conditions stay.
    facts = [f for f in facts if not (f.kind == "stance" and f.stance == "support" and f.actor in AGGRESSOR_SIDE
                                      and f.target in SUPPORT_TO_UKRAINE)]
    padded_all = [_padded(sent) for sent in ctx.sents]
    words = [sentence_words(p) for p in padded_all]
    facts = _truces_named_loosely(ctx, facts, padded_all, words)
    facts = [f for f in facts if not (f.kind == "stance" and f.actor in WATCHED and _named_as_modifier(ctx, f))]
    hostile = [not HOSTILE_KEYS.isdisjoint(w) for w in words]
    conceding = [not CONCESSION_KEYS.isdisjoint(w) for w in words]
    welcoming = [not WELCOMES.isdisjoint(w) or ("called" in w and not PRAISE_KEYS.isdisjoint(w)) for w in words]
    bounding = ["only" in w and not TALK_KEYS.isdisjoint(w) for w in words]
    asking = [not REQUEST_KEYS.isdisjoint(w) or "must" in w for w in words]
    if not any(hostile) and not any(conceding) and not any(welcoming) and not any(bounding) and not any(asking):
        return facts  # most articles: no sentence holds a word of either class
    from coalition.extract.positions import _named_targets

    targets = _named_targets()
    hits = _Hits(padded_all, targets)
    out = list(facts)
    held = {(f.actor, f.target, f.stance) for f in facts if f.kind == "stance"}
    at_sentence = {(f.actor, f.stance, f.evidence.start) for f in facts if f.kind == "stance"}
    for n, sent in enumerate(ctx.sents):
        padded = padded_all[n]
        if hostile[n]:
            term = has_phrase(padded, HOSTILE)
            if term:
                target = _target(hits, n)
                holder, verb_at = _holder(ctx, sent, padded, term)
                another = bool(target) and holder == "RUS" and _another_official(ctx, out, sent, "RUS", target)
                if target and holder == "RUS" and not _act_of_war(ctx, sent, verb_at, padded, term) and (
                        another or not _restated(out, "RUS", "oppose", ctx, n)):
                    evidence = ctx.sentence_evidence(sent)
                    if verb_at is not None:
                        # "Moscow has called the G7 scheme theft": the G7 is what is characterised
                        out = [f for f in out if not _object_actor(ctx, f, evidence.start, verb_at, sent)]
                    _add(out, held, at_sentence, "RUS", target, "oppose", evidence, restated=another)
        if not REFUSAL_CUE_KEYS.isdisjoint(words[n]) and hits[n]:
            cue = has_phrase(padded, REFUSAL_CUES)
            target = _target(hits, n) if cue else None
            if target and (("RUS", target, "oppose") in held) and not any(
                    f.evidence.start == ctx.sentence_evidence(sent).start and f.actor == "RUS" for f in out
                    if f.kind == "stance"):
                holder, _ = _holder(ctx, sent, padded, cue, need_verb=False)
                if holder == "RUS" and _another_official(ctx, out, sent, "RUS", target):
                    # "Peskov said Russia could not accept foreign contingents", after "Moscow has said…"
                    _add(out, held, at_sentence, "RUS", target, "oppose", ctx.sentence_evidence(sent), restated=True)
        if conceding[n]:
            for concession_target, phrases in CONCESSION_KINDS:
                concession = has_phrase(padded, phrases)
                if concession and _refused(ctx, sent, padded, concession):
                    holder = _concession_holder(ctx, sent, padded, concession)
                    if holder == "UKR" and not _restated(out, "UKR", "oppose", ctx, n):
                        _add(out, held, at_sentence, "UKR", concession_target, "oppose", ctx.sentence_evidence(sent),
                             other_object=True)
        if welcoming[n]:
            target = _target(hits, n)
            if target and target not in AID_TARGETS and not ctx.money_in(sent) and _welcomed_policy(ctx, sent, padded):
                welcome = _welcome_word(ctx, sent, padded)
                holder = _holder(ctx, sent, padded, welcome, need_verb=False)[0]
                evidence = ctx.sentence_evidence(sent)
                if holder == "UKR" and not any(f.actor == "UKR" and f.evidence.start == evidence.start
                                               for f in out if f.kind == "stance"):
                    _add(out, held, at_sentence, "UKR", target, "support", evidence)
                elif praised_by_other(ctx, sent, holder, welcome, target, out, evidence):
                    _add(out, held, at_sentence, holder, target, "support", evidence)  # "called it a breakthrough"
        if bounding[n]:
            at = _talks_only_if(ctx, sent)
            if at is not None:
                # "Kyiv has said it will only negotiate once Russian forces leave": a condition on talks
                holder, _ = _holder(ctx, sent, padded, tokens(ctx.doc).lower[at], need_verb=False)
                if holder in ("RUS", "UKR"):
                    _add(out, held, at_sentence, holder, TALKS_TARGET, "conditional", ctx.sentence_evidence(sent))
        if asking[n]:
            asked = [name for name in hits[n] if name in REQUESTABLE] if not REQUEST_KEYS.isdisjoint(words[n]) else []
            word = has_phrase(padded, REQUESTS) if asked else None
            demand = has_phrase(padded, DEMANDS) if "must" in words[n] else None
            if word or demand:
                # "asks partners for permission to strike targets inside Russia", "said Russia must face
                # tougher sanctions": Kyiv asking for a step against the aggressor backs it (its asks for
                # aid and membership are no news, as in ``positions.py``)
                holder, _ = _holder(ctx, sent, padded, word or demand, need_verb=False)
                target = asked[0] if asked else _target(hits, n)
                if holder == "UKR" and target in REQUESTABLE:
                    _add(out, held, at_sentence, "UKR", target, "support", ctx.sentence_evidence(sent))
    return out


def _truces_named_loosely(ctx, facts: list, padded_all: list, words: list) -> list:
    """A warring side's stance on "the idea", "an appeal", "a Ukrainian request" in a sentence about
    a truce ("Russia dismissed an appeal … for a four-day humanitarian pause") is its answer to the
    truce: it takes the truce's target, so that decision 3 (``stance_answers``) records it once, as
    the ceasefire's response."""
    from coalition.extract.positions import _named_targets

    named = _named_targets()
    out = []
    for f in facts:
        if f.kind == "stance" and f.actor in BELLIGERENTS and f.target not in named:
            n = ctx.sentence_index(f.evidence.start)
            if not TRUCE_KEYS.isdisjoint(words[n]) and has_phrase(padded_all[n], TRUCE_WORDS):
                f = f.model_copy(update={"target": CEASEFIRE_TARGET})
        out.append(f)
    return out


def _named_as_modifier(ctx, fact) -> bool:
    """Whether the actor is named in the fact's sentence only inside another thing's name: a
    diaspora body ("The Ukrainian Canadian Congress repeated its call"), a church, an event ("the
    2008 Beijing Games"), a city's accords ("the Minsk agreements"). Such a body is no government,
    an event or treaty no speaker."""
    sent = ctx.sentence_at(fact.evidence.start)
    lower = tokens(ctx.doc).lower
    named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
             if m.stands_for == fact.actor]
    if not named or any(m.label == "PERSON" for m in named):
        return False
    for m in named:
        after = lower[m.end:min(sent.end, m.end + MODIFIER_REACH)]
        head = next((k for k, w in enumerate(after) if w in MODIFIER_HEADS), None)
        # only names (capitalised words) between the actor's name and the head
        if head is None or not all(ctx.doc[m.end + k].text[:1].isupper() for k in range(head)):
            return False
    return not quote_speaker(ctx, sent, [])


def _talks_only_if(ctx, sent) -> int | None:
    """The token of the verb of talks bound by "only" and a condition after it ("will only negotiate
    once…", "would only sit down with Putin if…")."""
    lower = tokens(ctx.doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] != "only":
            continue
        window = " " + " ".join(lower[i + 1:min(sent.end, i + 1 + ONLY_REACH + 1)]) + " "
        talk = next((t for t in TALKS if _as_tokens(t) in window), None)
        if talk is None:
            continue
        after = " " + " ".join(lower[i + 1:min(sent.end, i + 1 + ONLY_REACH + CONDITION_REACH)]) + " "
        if any(c in after for c in CONDITIONS):
            return i + 1
    return None


def _welcome_word(ctx, sent, padded: str) -> str:
    """The welcome verb of the sentence, or the "called" of its praise."""
    lower = tokens(ctx.doc).lower
    return next((w for w in lower[sent.start:sent.end] if w in WELCOMES), "called")


def _welcomed_policy(ctx, sent, padded: str) -> bool:
    """Kyiv's welcome of a policy step ("welcomed the prime minister's remarks", "welcomed the
    measures", "called the declaration a security victory"), not of an aid pledge or package
    (ADJUDICATION.md decision 14: a recipient's welcome of money adds no position)."""
    lower = tokens(ctx.doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] in WELCOMES:
            after = lower[i + 1:min(sent.end, i + 1 + OBJECT_REACH)]
            if not AID_NOUNS.isdisjoint(after):
                return False
            return not POLICY_NOUNS.isdisjoint(after)
    term = has_phrase(padded, PRAISE)
    if not term:
        return False
    at = _token_of(ctx, sent, padded, term)
    called = next((k for k in range(sent.start, at) if lower[k] == "called"), None)
    return called is not None and AID_NOUNS.isdisjoint(lower[called:at])


def _add(out, held, at_sentence, actor, target, value, evidence, restated: bool = False,
         other_object: bool = False) -> None:
    """One more position, unless the actor holds it already (``restated``: by another official) or
    holds the same value from the same sentence (``other_object``: unless that is another refusal's)."""
    if (actor, target, value) in held and not restated:
        return
    if (actor, value, evidence.start) in at_sentence and not (
            other_object and any(f.kind == "stance" and f.evidence.start == evidence.start and f.actor == actor
                                 and f.stance == value and f.target in CONCESSION_TARGETS for f in out)):
        return
    held.add((actor, target, value))
    at_sentence.add((actor, value, evidence.start))
    out.append(Stance(actor=actor, target=target, stance=value, evidence=evidence, confidence=0.55))


def _another_official(ctx, facts: list, sent, actor: str, target: str) -> bool:
    """Whether ``sent`` names an official of ``actor`` whom none of the sentences holding the same
    position names: a position restated by another official is a second fact (decision 16)."""
    people = {m.code for m in ctx.people_in(sent) if m.actor == actor}
    if not people:
        return False
    for f in facts:
        if f.kind == "stance" and f.actor == actor and f.target == target:
            other = ctx.sentence_at(f.evidence.start)
            if other.start_char == sent.start_char or people & {m.code for m in ctx.people_in(other)}:
                return False
    return True


def _act_of_war(ctx, sent, verb_at, padded: str, term: str) -> bool:
    """"Putin called the attack a provocation": what is characterised is a military act of the other
    side, not a step of support (the words between the speech verb and the term name it)."""
    lower = tokens(ctx.doc).lower
    start = sent.start if verb_at is None else verb_at + 1
    return not ACTS_OF_WAR.isdisjoint(lower[start:_token_of(ctx, sent, padded, term)])


def _restated(facts: list, actor: str, value: str, ctx, n: int) -> bool:
    """The same side's same answer in one of the sentences just before: the speaker going on ("he
    ruled out the Crimea element … 'Ukraine will not recognise…'"), one position (decision 16)."""
    before = range(max(0, n - BACK), n)
    return any(f.kind == "stance" and f.actor == actor and f.stance == value and
               ctx.sentence_index(f.evidence.start) in before for f in facts)


class _Hits:
    """The targets each sentence names, looked up only for the sentences a rule asks about: most
    sentences of an article are never asked."""

    def __init__(self, padded_all: list, targets: dict):
        self._padded, self._targets = padded_all, targets
        self._found: list = [None] * len(padded_all)

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, k: int) -> list:
        found = self._found[k]
        if found is None:
            found = self._found[k] = [name for _, name in targets_in(self._padded[k], self._targets)]
        return found


def _target(hits: "_Hits", n: int) -> str | None:
    """The target characterised in sentence ``n``: its own first target, else the last named in the
    sentences just before ("such plans"), else the first named just after ("the move … The jets
    would be destroyed"), else the last named anywhere before; never a truce (a side's answer to a
    truce is the ceasefire's response, ADJUDICATION.md decision 3)."""
    if hits[n]:
        return next((name for name in hits[n] if name not in CEASEFIRE_TARGETS), None)
    order = [*range(n - 1, max(0, n - BACK) - 1, -1), *range(n + 1, min(len(hits), n + 1 + BACK)),
             *range(max(0, n - BACK) - 1, -1, -1)]
    # looked up sentence by sentence, nearest first, until one names a target
    near = (name for k in order for name in (hits[k] if k > n else reversed(hits[k])))
    return next((name for name in near if name not in CEASEFIRE_TARGETS), None)


def _holder(ctx, sent, padded: str, term: str, need_verb: bool = True) -> tuple[str | None, int | None]:
    """The actor who speaks the term, and the token of the speech verb after it: the speaker of
    the quotation the sentence lies in, else the first actor named as a subject before the term
    (not after a preposition, not a possessor of something other than a speaker: "Russia's
    ambassador" speaks for Russia, "Ukraine's borders" do not speak)."""
    lower = tokens(ctx.doc).lower
    term_at = _token_of(ctx, sent, padded, term)
    verb_at = next((i for i in range(sent.start, term_at) if lower[i] in SPEECH), None)
    for m in ctx.mentions_in(sent.start_char, ctx.doc[term_at].idx, ("COUNTRY", "ORG", "PERSON")):
        actor = m.stands_for
        if not actor:
            continue
        k = m.start - 1
        while k >= sent.start and lower[k] == "the":
            k -= 1
        if k >= sent.start and lower[k] in BLOCKS and not (k == sent.start or lower[k - 1] in (",", "\n")):
            continue  # "in talks with Japan": a counterpart, no subject
        if need_verb and verb_at is not None and m.start > verb_at:
            break  # named after the speech verb: what is said about, not who says it
        if m.end < sent.end and lower[m.end] in ("'s", "’s") and (m.end + 1 >= sent.end
                                                                  or lower[m.end + 1] not in OWNER_HEADS):
            continue
        if need_verb and verb_at is None:
            break
        return actor, verb_at
    if need_verb and verb_at is not None and not PRONOUNS.isdisjoint(lower[sent.start:verb_at]):
        # "According to the Kremlin's account, he warned…": the person named last before
        person = pronoun_person_of(ctx, sent.start_char, lower[sent.start:verb_at])
        if person is not None:
            return ctx.person_details(person)[2], verb_at
    if need_verb:
        speakers = quote_speaker(ctx, sent, [])
        if speakers:
            return speakers[0], None
    return None, None


def _concession_holder(ctx, sent, padded: str, concession: str) -> str | None:
    """Who refuses the concession: the subject of its own clause after a ";" ("The two Americans
    accused him…; Zelensky said there could be no compromise with a killer"), else of the sentence,
    else the speaker of the quotation told after it ("'We will not swap our land for a pause,'
    Yermak said")."""
    lower = tokens(ctx.doc).lower
    at = _token_of(ctx, sent, padded, concession)
    cut = max((k for k in range(sent.start, at) if lower[k] == ";"), default=None)
    clause = sent if cut is None else ctx.doc[cut + 1:sent.end]
    holder, _ = _holder(ctx, clause, padded, concession, need_verb=False)
    if holder is None:
        speakers = quote_speaker(ctx, sent, [])
        holder = speakers[0] if speakers else None
    if holder is None:
        # the quotation opened in the sentence before: its speaker is named right before the verb
        after = ctx.mentions_in(ctx.doc[at].idx, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
        holder = next((m.stands_for for m in after if m.stands_for and m.end < sent.end and lower[m.end] in SPEECH), None)
    return holder


def _token_of(ctx, sent, padded: str, phrase: str) -> int:
    """The token where ``phrase`` starts in ``sent`` (its last token when not found)."""
    lower = tokens(ctx.doc).lower
    first = _as_tokens(phrase).split()
    for i in range(sent.start, sent.end - len(first) + 1):
        if lower[i] == first[0] and lower[i:i + len(first)] == first:
            return i
    return sent.end - 1


def _refused(ctx, sent, padded: str, concession: str) -> bool:
    """A refusal word among the few words before the concession."""
    lower = tokens(ctx.doc).lower
    at = _token_of(ctx, sent, padded, concession)
    before = " " + " ".join(lower[max(sent.start, at - REFUSAL_REACH):at]) + " "
    return any(_as_tokens(r) in before for r in REFUSALS)


def _object_actor(ctx, fact, start: int, verb_at: int, sent) -> bool:
    """An opposition read from the same sentence whose actor is named only after the speech verb."""
    if fact.kind != "stance" or fact.evidence.start != start or fact.actor == "RUS" or fact.stance != "oppose":
        return False
    named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
             if m.stands_for == fact.actor]
    return bool(named) and all(m.start > verb_at for m in named)

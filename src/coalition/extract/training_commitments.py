"""Training commitments told without a verb of giving (adjudication 21).

"Ukrainian crews will begin training on the tanks in England", "Training of Ukrainian crews in
Germany is to start promptly", "Canadian instructors have spent years training Ukrainian soldiers":
the training is a ``training`` commitment of the state that gives or hosts it. That state is the
trainers' nationality when given, else the place the training is in, else the state the sentence
opens with; with none of these ("in a third country", "crews will need three weeks of training")
there is no fact. A commitment another rule gives the same donor for training, or in the same
sentence, is not doubled, and one donor gets one training commitment per article.

Kept apart from the commitment finder, which needs a verb of giving, an amount or an item: the
training sentence has none of these and is read on its own words.
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, _as_tokens, has_phrase, lower_text, sentence_words, tokens, vocab
from coalition.extract.stages import _status
from coalition.extract.trainer_origins import listed_in_training_context, listed_trainers
from coalition.extract.training_givers import base_host, deployers, main_donor_training, mission_members, mission_organisation, pronoun_giver
from coalition.extract.training_items import training_items
from coalition.model import Commitment

NOT_HOSTS = frozenset({"UKR", "RUS", "BLR"})  # where trainees are, or the enemy: no giver of training
TRAINING_ITEMS = ("train", "instructor")  # an item that is training, or the people who give it
PLACE_WORDS = frozenset({"to", "in", "at", "from", "with", "for", "of", "by", "into", "via"})


def find_training(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    words = _words()
    train, ukrainian = words["train_set"], words["ukrainian_set"]
    # one training per giver and tense: a programme's past training and its extension are two
    # ("instructors have trained 2,700 recruits" and "will keep 97 personnel training them")
    given = {(c.donor, _past(c.status)) for c in commitments
             if any("train" in (i or "").lower() for i in c.items) or c.category == "training"}
    by_sentence = {(c.evidence.start, c.donor) for c in commitments}
    # "Norway has sent F-16s, along with instructors, to Denmark to help train Ukrainian pilots": the
    # sentence's training is already the commitment of the one who sends the trainers
    trained_in = {c.evidence.start for c in commitments if any(w in (i or "").lower() for i in c.items for w in TRAINING_ITEMS)}
    out: list[Commitment] = []
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        present = sentence_words(padded)
        if not words["not_given_set"].isdisjoint(present) or has_phrase(padded, words["not_given_phrases"]):
            continue
        if not _trains_ukrainians(padded, present, words):
            # "Instructors from Canada, Denmark and Finland have joined the programme": the training
            # of Ukrainians told just before, given by each listed state's instructors
            listed = [] if words["trainer_set"].isdisjoint(present) else listed_in_training_context(
                ctx, index, sent, words["trainer_nouns"], lambda s: _trains_ukrainians(lower_text(s), sentence_words(lower_text(s)), words))
            evidence = ctx.sentence_evidence(sent)
            for donor in listed:
                if (evidence.start, donor) not in by_sentence and (donor, True) not in given:
                    given.add((donor, True))
                    out.append(Commitment(donor=donor, recipient="UKR", category="training", status="delivered",
                                          items=training_items(padded, words), evidence=evidence, confidence=0.55))
            continue
        if _training_needed(padded, words):
            continue  # "Ukrainian crews would need three months of training": a need, no one gives it
        if _others_trained(ctx, sent, words):
            continue  # "Ukrainian specialists would train Polish units": the Ukrainians train, no one trains them
        evidence = ctx.sentence_evidence(sent)
        givers = {d for start, d in by_sentence if start == evidence.start}
        donor = _giver(ctx, sent, padded, words, givers)
        # decision 30: a host gives too when its own instructors train beside the others or it runs
        # the programme; a state that is part of a programme another runs gives as well
        donors = [donor] if donor else []
        donors += [c for c in co_givers(ctx, sent, padded, words) if c not in donors]
        # "alongside instructors from Canada, Sweden and Finland": each state's instructors train
        donors += [c for c in listed_trainers(ctx, sent, words["trainer_nouns"]) if c not in donors]
        # "would play a more active part in the EU's mission that trains …" (training_givers.py)
        donors += [c for c in mission_members(ctx, sent, words) if c not in donors]
        # "Oslo has also stationed jets and ground crews at the training base": what it sends
        sent_by = {c: i for c, i in deployers(ctx, sent, words).items() if c not in donors}
        donors += list(sent_by)
        if not donors and not givers:
            # "He added that … together with training for Ukrainian crews"; "Spanish bases have hosted
            # Ukrainian troops on courses"; "already trained through the EU's military assistance
            # mission": the speaker's state, else the host, else the mission's body
            found = pronoun_giver(ctx, sent, padded) or base_host(ctx, sent, words) or mission_organisation(ctx, sent, words)
            donors = [found] if found else []
            if not donors:
                found = main_donor_training(ctx, sent, padded, commitments, words)
                donors = [found] if found else []
        stage = _stage(padded, words)
        for donor in donors:
            if (donor, _past(stage)) in given or (evidence.start, donor) in by_sentence or evidence.start in trained_in:
                continue
            given.add((donor, _past(stage)))
            out.append(Commitment(donor=donor, recipient="UKR", category="training", status=stage,
                                  items=sent_by.get(donor) or training_items(padded, words), evidence=evidence,
                                  confidence=0.6))
    return out


def _past(status: str | None) -> bool:
    return status in ("delivered", "cumulative")


def _words() -> dict:
    words = _CACHE.get("training")
    if words is None:
        words = vocab("training")
        words["train_set"] = frozenset(words["train_words"])
        words["ukrainian_set"] = frozenset(words["ukrainian_words"])
        words["not_given_set"] = frozenset(words["not_given"])
        words["trainee_set"] = frozenset(words["trainees"])
        words["link_set"] = frozenset(words["subject_links"])
        words["need_set"] = frozenset(words["need_verbs"])
        words["trainer_set"] = frozenset(w for w in words["trainer_nouns"] if " " not in w)
        _CACHE["training"] = words
    return words


_CACHE: dict[str, dict] = {}


def _trains_ukrainians(padded: str, present, words: dict) -> bool:
    """A word of training and Ukrainians as the ones trained."""
    return not (words["train_set"].isdisjoint(present) or words["ukrainian_set"].isdisjoint(present)) and _ukrainians_trained(padded, words)


def _training_needed(padded: str, words: dict) -> bool:
    """A need verb with a word of training within the six words after it ("would need at least three
    months of training")."""
    toks = padded.split()
    needs, train = words["need_set"], words["train_set"]
    return any(tok in needs and not train.isdisjoint(toks[i + 1 : i + 7]) for i, tok in enumerate(toks))


def _ukrainians_trained(padded: str, words: dict) -> bool:
    """Ukrainians are the ones trained: "Ukrainians" alone, or "Ukrainian" with a trainee noun within
    two words after it ("Ukrainian tank crews", "Ukraine's armed forces")."""
    toks = padded.split()
    for i, tok in enumerate(toks):
        if tok == "ukrainians":
            return True
        if tok in ("ukrainian", "ukraine's", "kyiv's") and any(t in words["trainee_set"] for t in toks[i + 1 : i + 4]):
            return True
    return False


def _giver(ctx: ArticleContext, sent, padded: str, words: dict, givers: set) -> str | None:
    """The state that gives or hosts the training: the trainers' nationality ("Canadian
    instructors"), else the subject of the verb of training ("Lithuania said it would keep training
    …"), else the place named with "in" ("in England", not "rather than in Portugal")."""
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.code not in NOT_HOSTS]
    if not mentions:
        return None
    lower = tokens(ctx.doc).lower
    trainers = words["trainers"]
    for m in mentions:
        after = lower_text(ctx.doc[m.end : min(sent.end, m.end + 3)])
        if any(after.startswith(_as_tokens(t)) or after.startswith(" 's" + _as_tokens(t)) for t in trainers):
            if not _co_trainer(ctx, sent, m, words):
                return m.code
        elif _trainers_after(ctx, sent, m, words) and not _co_trainer(ctx, sent, m, words):
            return m.code  # "NZDF infantry instructors", "British army trainers": a word between
    # the subject of the verb of training, past the words that link a subject to its verb ("Lithuania
    # said it would keep training …"); any other word between them (a noun, a verb of its own)
    # makes the state something else's subject
    links, train = words["link_set"], words["train_set"]
    for m in mentions:
        if _after_place_word(lower, sent, m):
            continue  # "sent instructors to Denmark to help train": where they go, not who trains
        k = m.end
        while k < sent.end and k - m.end <= 8 and lower[k] in links:
            k += 1
        if k < sent.end and k > m.end and lower[k] in train:
            return m.code
    if givers:
        # "the Netherlands made 18 F-16s available to the training centre in Romania, where Ukrainian
        # pilots are trained": the sentence is another state's gift; the place is only where it goes
        return None
    for m in mentions:
        if _after_place_word(lower, sent, m) and lower[m.start - 1 - (lower[m.start - 1] == "the")] == "in" \
                and _same_clause_as_training(lower, sent, m, train):
            before = lower_text(ctx.doc[max(sent.start, m.start - 4) : m.start])
            if not has_phrase(before, words["elsewhere"]):
                return m.code
    return None


def _after_place_word(lower, sent, m) -> bool:
    """Whether a state is named after a word of place, with or without an article: "to Denmark",
    "to the UK" (tenth session: "send 70 instructors to the UK to train …" made the host the trainer)."""
    k = m.start - 1
    if k > sent.start and lower[k] == "the":
        k -= 1
    return k >= sent.start and k < m.start and lower[k] in PLACE_WORDS


CLAUSE_BREAKS = frozenset({",", ";", ":", "where", "which", "who", "while", "whereas", "but", "—", "–", "("})


def _same_clause_as_training(lower, sent, m, train) -> bool:
    """Whether a place is in the clause of a word of training, no comma or relative word between
    them: "crews will begin training on the tanks in England", but not "made jets available to the
    training centre in Romania, where Ukrainian pilots are trained" (the place of another act)."""
    for i in range(sent.start, sent.end):
        if lower[i] in train:
            lo, hi = (i, m.start) if i < m.start else (m.end, i)
            if not any(lower[k] in CLAUSE_BREAKS for k in range(lo, hi)):
                return True
    return False


def _others_trained(ctx: ArticleContext, sent, words: dict) -> bool:
    """Whether a state other than Ukraine is the object of the verb of training ("would train
    Polish units", "are training British troops"): the Ukrainians of the sentence are the trainers."""
    lower = tokens(ctx.doc).lower
    train = words["train_set"]
    return any(m.code != "UKR" and m.start > sent.start and lower[m.start - 1] in train
               for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)))


def _stage(padded: str, words: dict) -> str:
    """Delivered when the training is told as done or going on, else as the commitment stages read
    the sentence (a future without a word of planning is announced), announced when they read nothing."""
    if has_phrase(padded, words["done"]) and not has_phrase(padded, words["not_done"]):
        return "delivered"
    status = _status(padded, vocab("commitments"))
    if status == "planned" and not has_phrase(padded, words["plan_words"]):
        return "announced"  # "will", "is due to": the decision told, not a plan
    return status if status in ("announced", "delivered", "planned", "contracted") else "announced"


def _trainers_after(ctx: ArticleContext, sent, m, words: dict) -> bool:
    """A trainer noun right after a state, past one word: "NZDF infantry instructors"."""
    after = lower_text(ctx.doc[m.end : min(sent.end, m.end + 3)]).split()
    return len(after) >= 2 and any(after[1] == t for t in words["trainer_nouns"])


def _co_trainer(ctx: ArticleContext, sent, m, words: dict) -> bool:
    """Whether a state's instructors are named as training beside others ("alongside British
    instructors"): a co-trainer, not the sentence's own subject."""
    before = lower_text(ctx.doc[max(sent.start, m.start - 3) : m.start])
    return any(before.endswith(_as_tokens(w)) for w in words["co_trainer_before"])


def co_givers(ctx: ArticleContext, sent, padded: str, words: dict) -> list[str]:
    """The states that give a sentence's training beside its trainers (decision 30): a host whose own
    instructors train too ("alongside British instructors"), the state that runs the programme ("the
    British-run training programme", "a course run by Britain"), and, with a runner named, a state
    that is part of the programme ("The Netherlands has been part of Operation Interflex, the
    British-run training programme")."""
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.code not in NOT_HOSTS]
    if not mentions:
        return []
    out: list[str] = []
    runners: list[str] = []
    for m in mentions:
        after = lower_text(ctx.doc[m.end : min(sent.end, m.end + 3)])
        before = lower_text(ctx.doc[max(sent.start, m.start - 4) : m.start])
        if _co_trainer(ctx, sent, m, words) and (any(after.startswith(_as_tokens(t)) for t in words["trainer_nouns"])
                                                 or _trainers_after(ctx, sent, m, words)):
            out.append(m.code)
        elif any(after.startswith(_as_tokens(r)) for r in words["run_after"]) \
                or any(before.endswith(_as_tokens(r)) or before.endswith(_as_tokens(r + " the")) for r in words["run_before"]):
            runners.append(m.code)
    if runners:
        out += runners
        for m in mentions:
            after = lower_text(ctx.doc[m.end : min(sent.end, m.end + 5)])
            if m.code not in out and any(after.startswith(_as_tokens(link)) for link in words["member_links"]):
                out.append(m.code)
    return list(dict.fromkeys(out))

"""Givers of training that the training finder's three readings (trainers' nationality, subject of
the verb of training, place of training) miss.

- A state that takes part in a mission or programme that trains Ukrainians ("Spain would play a
  more active part in the EU's mission that trains Ukrainian soldiers", "Portugal contributes to the
  training mission"): decision 30 gives the training to a state that is part of a programme, and
  the training finder read that only beside a named runner.
- An organisation whose mission trains, when no state gives the training and the sentence tells a
  decision ("Ministers also agreed to train another 20,000 Ukrainian soldiers, on top of the 40,000
  already trained through the EU's military assistance mission"): the EU's or NATO's mission is the
  organisation's training. Without a decision ("4,000 soldiers have been trained under the EU's
  mission", "the mission aims to train …") the mission is only described.
- A state's own training grounds as the subject ("Spanish bases have already hosted Ukrainian troops
  on courses"): the host gives the training when no trainers are named (decisions 21 and 30).
- A state that stations or sends its jets and crews where Ukrainians train ("Oslo has also stationed
  jets and ground crews at the Danish training base, where Ukrainian pilots fly alongside Danish
  instructors"): a giver of the training, its items what it sends.
- The article's main donor, for training at a facility the sentence names no state of ("have
  completed training on the Leopard at the San Gregorio training ground" in an article about
  Spain's tanks; "a third country" still gives none).
- A pronoun subject ("He added that the tanks would be delivered together with training for
  Ukrainian crews"): the state the person it stands for speaks for, when the sentence names no
  other state.

Kept apart from ``training_commitments.py``, which reads one giver per sentence from the
sentence's own state names.
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, has_phrase, tokens
from coalition.extract.donors import _main_actor
from coalition.extract.pronoun_holders import pronoun_person

NOT_GIVERS = frozenset({"UKR", "RUS", "BLR"})
CLAUSE_BREAKS = frozenset({";", ":", "but", "while", "whereas", "although", "though"})


def mission_members(ctx: ArticleContext, sent, words: dict) -> list[str]:
    """States named as taking part in a training mission or programme: a member link after the
    state ("would play a more active part in", "contributes to", "has joined") and a mission noun
    after the link, in one clause."""
    lower = tokens(ctx.doc).lower
    links, missions = words["mission_links"], frozenset(words["mission_nouns"])
    out: list[str] = []
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        if m.code in NOT_GIVERS or m.code in out:
            continue
        window = []
        for k in range(m.end, min(sent.end, m.end + 12)):
            if lower[k] in CLAUSE_BREAKS or lower[k] in words["train_set"]:
                break
            window.append(lower[k])
        padded = " " + " ".join(window) + " "
        link = next((f" {w} " for w in links if f" {w} " in padded), None)
        if link is None:
            continue
        rest = padded[padded.index(link) + len(link):].split()
        if not missions.isdisjoint(rest):
            out.append(m.code)
    return out


def mission_organisation(ctx: ArticleContext, sent, words: dict) -> str | None:
    """The organisation whose mission or programme the sentence's training goes through ("the EU's
    military assistance mission", "NATO's training programme"): the organisation named within four
    words before a mission noun."""
    lower = tokens(ctx.doc).lower
    missions = frozenset(words["mission_nouns"])
    if not any(lower[k] in words["decision_verbs"] for k in range(sent.start, sent.end)):
        return None  # "soldiers have been trained under the EU's mission": background, no decision
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("ORG",)):
        if m.code not in words["training_organisations"]:
            continue
        if any(lower[k] in missions for k in range(m.end, min(sent.end, m.end + 5))):
            return m.code
    return None


def pronoun_giver(ctx: ArticleContext, sent, padded: str) -> str | None:
    """The state of the person a sentence-opening "He" or "She" stands for, when the sentence
    names no state other than Ukraine or that person's own ("He also directed the Pentagon to widen
    training": his own ministry)."""
    first = padded.split()[:1]
    if first not in (["he"], ["she"]):
        return None
    named = {m.code for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))} - NOT_GIVERS
    if len(named) > 1:
        return None
    person = pronoun_person(ctx, sent.start_char, padded)
    actor = person.actor if person is not None else None
    if not actor or actor in NOT_GIVERS or not named <= {actor}:
        return None
    return actor


def base_host(ctx: ArticleContext, sent, words: dict) -> str | None:
    """The state whose training grounds the sentence names ("Spanish bases", "Polish training
    grounds"), when it names no trainers: the host of the training."""
    lower = tokens(ctx.doc).lower
    if any(lower[k] in words["trainer_nouns"] for k in range(sent.start, sent.end)):
        return None  # "Dutch instructors at Romanian bases": the trainers give it (decision 30)
    places, soil = words["host_places"], words["host_soil"]
    # "trained on Czech soil under the EU's military assistance mission": the mission's training, which
    # its host only houses; "trained on British soil" alone is the host's
    in_mission = any(lower[k] in words["mission_nouns"] for k in range(sent.start, sent.end))
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        at = m.end + (m.end < sent.end and lower[m.end] == "training")  # "Polish training grounds"
        if m.code not in NOT_GIVERS and at < sent.end and lower[at] in places:
            return m.code
        if m.code not in NOT_GIVERS and at < sent.end and lower[at] in soil and not in_mission:
            return m.code
    return None


def deployers(ctx: ArticleContext, sent, words: dict) -> dict[str, list[str]]:
    """States that station or send what they give to the place of training: the subject of a
    deploying verb ("has also stationed", "deployed"), past the words that link a subject to its
    verb, with the nouns it sends before "at"/"to"/"in" ("jets and ground crews")."""
    lower = tokens(ctx.doc).lower
    links, verbs, stops = words["link_set"], words["deploy_verbs"], words["deploy_stops"]
    out: dict[str, list[str]] = {}
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        if m.code in NOT_GIVERS:
            continue
        k = m.end
        while k < sent.end and k - m.end <= 4 and lower[k] in links:
            k += 1
        if k >= sent.end or lower[k] not in verbs:
            continue
        sent_items, words_now = [], []
        for j in range(k + 1, min(sent.end, k + 10)):
            if lower[j] in stops:
                break
            if lower[j] in (",", "and"):
                if words_now:
                    sent_items.append(" ".join(words_now))
                words_now = []
            else:
                words_now.append(lower[j])
        else:
            continue  # no place the things go to: not a deployment to the training
        if words_now:
            sent_items.append(" ".join(words_now))
        items = [i for i in sent_items if 0 < len(i.split()) <= 3]
        if items:
            out[m.code] = items
    return out


def main_donor_training(ctx: ArticleContext, sent, padded: str, commitments, words: dict) -> str | None:
    """The article's main donor, for training at a facility the sentence names no state of ("Forty
    Ukrainian tank crew members have completed training on the Leopard at the San Gregorio training
    ground" in an article about Spain's tanks): a place told with "at the", no state or
    organisation named, not "a third country" or "abroad", and a main actor that gives in the
    article."""
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))
    if any(m.code != "UKR" for m in mentions):
        return None
    if has_phrase(padded, words["elsewhere_places"]) or not has_phrase(padded, words["facility_openers"]):
        return None
    main = _main_actor(ctx)
    if main is None or main in NOT_GIVERS or not any(c.donor == main for c in commitments):
        return None
    return main

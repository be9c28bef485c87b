"""The status of a clause about sending forces: its cue words checked in a fixed order
(``order`` in positions.json), a hedge that waits only on a ceasefire, a willingness that waits
on one, "no Polish soldiers", refusals of troops with other help offered, and the missions
excluded after a negation. A state's own "could" ("Turkey has signalled it could play a role") is
`open`, `considering` only beside a reported weighing, and troops refused beside a help it could
give is one `open` answer with the troops excluded (ADJUDICATION decision 52).

Separate from ``positions.py``, which finds the clauses, their missions and their actors.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, phrases_in
from coalition.extract.force_premises import firm_offer_after_peace
from coalition.extract.participation_nouns import nominal_cues
from coalition.extract.participation_voices import FORCE_SUBJECTS, PLAIN_BEFORE

_WORD_SETS: list = [None, None]


def word_sets(words: dict) -> tuple[frozenset, frozenset]:
    """The deployment verbs and troop nouns as sets, built again only for another vocabulary
    (not a tuple of each list hashed for every sentence)."""
    if _WORD_SETS[0] is not words:
        _WORD_SETS[:] = [words, (frozenset(words["deploy_verbs"]), frozenset(words["troop_nouns"]))]
    return _WORD_SETS[1]


def refuses_troops(text: str, words: dict) -> bool:
    """"Will not send soldiers, but will run the logistics hub": troops refused, other help
    offered. The offer mentions no troops, so the position on troops is a refusal."""
    cues = words["cues"]
    neg = has_phrase(text, cues["declined"])
    if not neg or any(neg in hedge for hedge in phrases_in(text, cues["open_negated"])):
        return False  # ("not ruling out a contribution, but set two conditions": no refusal)
    at = text.find(" " + neg + " ")
    for marker in (" but ", " though ", " although ", " while ", " instead "):
        cut = text.find(marker, at)
        if cut >= 0:
            rest = text[cut:]
            return not any(" " + n + " " in rest for n in words["troop_nouns"]) and not has_phrase(
                rest, cues["conditional"])
    return False


def possible_help(text: str, words: dict) -> bool:
    """"Slovak soldiers will not take part, though Slovakia could help with demining", "could instead
    offer its territory as a base": the help that stands beside the refused troops is one the state
    says it could give, so the answer is one `open` participation with the troops excluded
    (ADJUDICATION decision 52). A firm offer ("will run the logistics hub") is no "could" and stays
    a refusal with roles. The "could" must come after the refusal cue (anywhere when the clause has
    none)."""
    cues = words["cues"]
    possible = has_phrase(text, cues["possible"])
    if not possible:
        return False
    neg = has_phrase(text, cues["declined"])
    at = text.find(" " + neg + " ") if neg else -1
    where = text.find(" " + possible + " ")
    before = text[:where].split()[-2:]
    if len(before) == 2 and before[1] in FORCE_SUBJECTS and before[0] in PLAIN_BEFORE:
        return False  # "the mission could provoke Moscow": what the force would do, no help offered
    return where > at and not has_phrase(text[max(at, 0):], cues["committed"])


def help_after_refusal(text: str, words: dict, concessive: bool = False) -> bool:
    """"Italy has ruled out a ground contribution; officials in Rome say the government could help
    train Ukrainian forces": a refusal, a semicolon, then a help the state says it could give, with
    no troops of its own and no condition in it (decision 52: one `open` answer, troops excluded).
    A comma does as well when the clause opened with "although", "though" or "while" (``concessive``:
    "Although he ruled out Canadian troops, Ottawa could offer other guarantees"). Ukraine's own
    forces, the ones trained or helped, are no troops offered."""
    neg = has_phrase(text, words["cues"]["declined"])
    start = text.find(" " + neg + " ") if neg else -1
    ats = [text.find(m, start) for m in ((" ; ", " , ") if concessive else (" ; ",))] if neg else []
    at = min([a for a in ats if a >= 0], default=-1)
    if at < 0 or not possible_help(text, words):
        return False
    rest = text[at:].split()
    _, nouns = word_sets(words)
    own = [w for i, w in enumerate(rest) if w in nouns and rest[i - 1] not in UKRAINE_OWN]
    return not own and not has_phrase(text[at:], words["cues"]["conditional"])


# the forces that others train or equip, not troops offered ("could help train Ukrainian forces")
UKRAINE_OWN = frozenset(("ukrainian", "ukraine", "kyiv", "ukraine's", "kyiv's"))


def offer_without_troops(text: str, words: dict) -> bool:
    """"Logistics rather than troops", "could instead offer its territory as a base": other help
    offered in place of troops, a refusal of troops with the help as its roles (as the dev set's
    annotators read it). An offer that only leaves troops out ("air policing, but no ground
    troops") stays what its cue says, and a condition ("only under a UN mandate") keeps it
    conditional."""
    if " instead " not in text and " rather than " not in text:
        return False
    _, nouns = word_sets(words)
    if has_phrase(text, words["cues"]["conditional"]):
        return False
    for marker in (" rather than ", " instead of "):
        at = text.find(marker)
        if at >= 0 and not nouns.isdisjoint(text[at + len(marker) :].split()[:3]):
            return True
    return " instead " in text and " instead of " not in text and nouns.isdisjoint(text.split())


def status_of(padded: str, words: dict) -> str | None:
    cues = nominal_cues(words["cues"])  # "confirmed its readiness to send troops" as "ready to send"
    # "won't put", "doesn't plan to": the tokenizer splits the contraction off ("wo n't"), so
    # read it as "not" and let every "not …" cue cover it.
    if " n't " in padded:
        padded = padded.replace(" n't ", " not ")
    negative = has_phrase(padded, cues["declined"]) or no_troops(padded, words)
    if isinstance(negative, str) and _withholds_size(padded, negative, words):
        negative = None  # "would join the planning but would not commit to numbers": no refusal to take part
    if isinstance(negative, str) and _placed_off_the_front(padded, negative, words):
        negative = None  # "the force would not be deployed along the front line": where, not whether
    positive = has_phrase(padded, _positive_cues(cues))
    for name in words["order"]:
        if name == "mixed":
            if negative and positive and any(m in padded for m in (" but ", " while ", " though ", " although ")):
                return "conditional"
        elif name == "conditional":
            if not has_phrase(_without_relatives(padded), cues[name]):
                continue
            # "open to contributing … if a ceasefire is reached": the ceasefire is every force's
            # premise, not a condition of this country's; the hedge stays what it was
            if (has_phrase(padded, cues["open"]) or _possible_before_condition(padded, cues)) and _premise_only(
                    padded, cues[name], words):
                return "open"
            # "ready to take part …, but only once a ceasefire is agreed": a firm offer (decision 36)
            return "committed" if firm_offer_after_peace(padded, words, _premise_only, PREMISES) else name
        elif name == "declined":
            if negative:
                return name
        elif name == "possible":
            # "Turkey has signalled it could play a role": a step named as possible, open; it is
            # considering only beside a reported weighing ("is weighing whether it could send"),
            # decision 52 (an undecided government is the "undecided" cue, read before)
            if has_phrase(padded, cues[name]):
                return "considering" if has_phrase(padded, words["weighing"]) else "open"
        elif has_phrase(padded, cues[name]):
            # "ready to put troops … once a ceasefire is agreed", "ready to put troops on the ground to
            # enforce a peace deal": a firm offer whose only condition is the mission's premise is
            # committed (decision 36); "ready to contribute troops to a UN mission if one is agreed",
            # or a ceasefire with a mandate or a backstop of the state's own, is conditional
            willing = has_phrase(padded, words["willingness"]) if name == "committed" else None
            if willing and (has_phrase(padded, words["premises"]) or " if " in padded[padded.find(" " + willing + " "):]) \
                    and not firm_offer_after_peace(padded, words, _premise_only, PREMISES):
                return "conditional"
            # "could consider a contribution only with a UN mandate": a hedge bound to a stated
            # condition is the condition's answer (a ceasefire alone is every force's premise)
            # ("not ruling out a contribution, but set two conditions: a clear mandate …" too)
            if name in ("undecided", "open_negated") and has_phrase(padded, words["strict_conditions"]) and not _premise_only(
                    padded, words["strict_conditions"], words):
                return "conditional"
            return {"undecided": "considering", "open_negated": "open"}.get(name, name)
    return None


def _possible_before_condition(padded: str, cues: dict) -> bool:
    """"Croatia could send soldiers … if a ceasefire is reached": a "could" of the offer itself, before
    its first condition; "ready to contribute soldiers … if it could help end the war" is no hedge."""
    starts = [padded.find(" " + c + " ") for c in phrases_in(padded, cues["conditional"])]
    return has_phrase(padded[: min([a for a in starts if a >= 0] + [len(padded)]) + 1], cues["possible"]) is not None


def _withholds_size(padded: str, cue: str, words: dict) -> bool:
    """Whether the refusal ``cue`` is about a size or a date ("not commit to numbers", "declined
    to give a figure"): its next three words (past "to", "a", "any") hold one of ``unstated_sizes``."""
    at = padded.find(" " + cue + " ")
    if at < 0:
        return False
    after = [w for w in padded[at + len(cue) + 2 :].split()[:5] if w not in ("to", "a", "any", "the", "on", "troop")][:2]
    return not frozenset(words["unstated_sizes"]["words"]).isdisjoint(after)


def _placed_off_the_front(padded: str, cue: str, words: dict) -> bool:
    """Whether the refusal ``cue`` says where a force goes, not whether the state takes part ("the
    force would not be deployed along the front line", "would not be sent to the line of contact"):
    one of ``front_placements`` follows it within a few words."""
    at = padded.find(" " + cue + " ")
    if at < 0:
        return False
    placements = words["front_placements"]
    after = " " + " ".join(padded[at + len(cue) + 2 :].split()[: placements["reach"]]) + " "
    return has_phrase(after, placements["phrases"]) is not None


def _without_relatives(padded: str) -> str:
    """``padded`` without its asides opened by ", which" ("a no-fly zone, which would require NATO
    jets to engage"): what the thing would need is no condition of the actor's."""
    while " , which " in padded:
        at = padded.find(" , which ")
        end = padded.find(" , ", at + 9)
        padded = padded[:at] + (padded[end:] if end >= 0 else " . ")
    return padded


PREMISES = frozenset("ceasefire truce peace fighting settlement deal war hostilities".split())


def _premise_only(padded: str, conditions: list[str], words: dict) -> bool:
    """Whether every condition cue in ``padded`` is followed within four words by a ceasefire
    or a peace ("if a durable ceasefire were reached", "once the fighting stops")."""
    found = phrases_in(padded, conditions)
    for cue in found:
        at = padded.find(" " + cue + " ")
        while at >= 0:
            after = padded[at + len(cue) + 2 :].split()[:4]
            if PREMISES.isdisjoint(after) and not any(p in cue.split() for p in PREMISES):
                return False
            at = padded.find(" " + cue + " ", at + 1)
    return bool(found)


def no_troops(padded: str, words: dict) -> bool:
    """"No Polish soldiers would be stationed", "no British combat troops": "no" with a troop
    noun one or two words on."""
    if " no " not in padded:
        return False
    _, nouns = word_sets(words)
    at = padded.find(" no ")
    while at >= 0:
        if not nouns.isdisjoint(padded[at + 4 :].split()[:3]):
            return True
        at = padded.find(" no ", at + 1)
    return False


_POSITIVE: dict[int, tuple[dict, list[str]]] = {}


def _positive_cues(cues: dict) -> list[str]:
    """The committed, open and considering cues as one list, built once per vocabulary (a
    list built afresh for each clause would be indexed afresh too)."""
    hit = _POSITIVE.get(id(cues))
    if hit is None or hit[0] is not cues:
        hit = _POSITIVE[id(cues)] = (cues, cues["committed"] + cues["open"] + cues["possible"] + cues["considering"])
    return hit[1]


_OTHERS: dict[tuple[int, int], tuple[dict, list, list[str]]] = {}


def _other_missions(missions: dict, phrases: list) -> list[str]:
    """Every mission phrase that is not one of ``phrases``, built once per vocabulary."""
    key = (id(missions), id(phrases))
    hit = _OTHERS.get(key)
    if hit is None or hit[0] is not missions or hit[1] is not phrases:
        every = [p for ps in missions.values() for p in ps]
        hit = _OTHERS[key] = (missions, phrases, [p for p in every if p not in phrases])
    return hit[2]


def excluded_missions(padded: str, missions: dict) -> list[str]:
    """Missions named after a negation: "but would not participate in any deterrent force"."""
    out = []
    for marker in (" not ", " n't ", " never "):
        at = padded.find(marker)
        while at >= 0:
            tail = padded[at : at + 80]
            for name, phrases in missions.items():
                if name == "troop deployment":
                    continue
                hit = has_phrase(tail, phrases)
                if hit and name not in out and has_phrase(padded[:at], _other_missions(missions, phrases)):
                    out.append(name)
            at = padded.find(marker, at + 1)
    return out

"""The stance a clause takes, read from its cue words: the first value whose cue is in the
clause (conditional, open, considering, oppose, support, in that order), passing over cues that
are not the clause's own answer: a participle with its agent after it ("rejected by Moscow") or
with no agent at all ("the assets remain blocked"), a negated opposition ("did not oppose"), an
answer word in a comparison ("said no other state"), a noun "calls for" after a speech verb
("said calls for a truce were insincere"). Negated support is opposition; support or openness
with a condition ("in principle", "but wanted", "if Russia did") is conditional, and so is a
refusal with a way out ("refused to proceed unless the risk is shared"), and so is a promise to
act that waits on a condition ("would return to the deal if…", "would halt strikes if…"). A past
perfect told over a stretch of time ("had resisted … for more than a year") is background.
A negated hedge ("was not considering", "neither … nor … was considering") is a refusal. No one's
answer either: a cue inside an "if" clause ("if the Russians are ready…"), a refusal charged to
another ("blamed Kyiv for refusing…"), a power held ("which Russia can veto"), reliance and variety
("depends on Russia for its gas", "depends on whom you ask"), a quantity's dependence ("the final
figure would depend on…"). A condition inside a demand ("pushed for the orders to go only to
European makers") is the demand's content: support. Nor are aid "committed to Ukraine" (an amount's
history) and what is cited "as evidence that Moscow was not serious" (others' reading).

Separate from ``positions.py``, which finds the clauses, their holders and targets.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, phrases_in, vocab
from coalition.extract.stance_supply import restricted_only
from coalition.extract.until_conditions import until_condition
from coalition.extract.noun_negations import denied_noun  # "raised no objection"

_NOT_ANSWERS = vocab("positions")["not_answers"]
# "were expected to endorse the loan", "is likely to be approved": a forecast of a position
FORECASTS = frozenset(_NOT_ANSWERS["forecasts"])
# "weighed heavily in Oslo's decision", "weighed in on the debate": a factor or a comment
WEIGH_CUES = frozenset(_NOT_ANSWERS["weigh_cues"])
WEIGH_FOLLOWERS = frozenset(_NOT_ANSWERS["weigh_followers"])
# "is retiring its F-16s in favour of F-35s": what replaces what, no position
REPLACING = frozenset(_NOT_ANSWERS["replacing"])
FAVOUR_CUES = frozenset(("in favour of", "in favor of"))
# "kept channels open to Moscow": what is kept open, no openness to a step
OPEN_THINGS = frozenset(_NOT_ANSWERS["open_things"])


def _passive(cue: str, text: str, places: tuple[str, ...]) -> bool:
    """Whether a participle cue has its agent after it: "rejected by Moscow", "rejected in Kyiv"
    ("will reach the target by 2030" is no participle)."""
    words = cue.split()
    if len(words) == 2 and words[0].endswith("ed") and words[1] in PARTICLES and \
            text[: text.find(" " + cue + " ")].split()[-1:] in PASSIVE_BE:
        return True  # "had been turned down": a phrasal participle after "be" is passive too
    if not cue.endswith("ed"):
        return False
    if " " + cue + " by " in text or any(" " + cue + " in " + place + " " in text for place in places):
        return True
    # "the assets remain blocked", "the plan was rejected": a passive with no agent is nobody's answer
    at = text.find(" " + cue + " ")
    # ("remains opposed" is an adjective: a position)
    return " " not in cue and cue != "opposed" and text[:at].split()[-1:] in PASSIVE_BE


NEGATIONS = frozenset(("not", "n't", "never"))
# the particle of a phrasal verb ("turned down"); "was prepared to join" is no passive
PARTICLES = frozenset("down up off out aside".split())
PASSIVE_BE = tuple([w] for w in "is are was were be been being remain remains remained".split())


def _negated(cue: str, text: str) -> bool:
    """"did not oppose the plan", "never rejected it": a negated opposition is no position
    (a cue that holds its own negation, "will not accept", is one)."""
    if NEGATIONS.intersection(cue.split()):
        return False
    if denied_noun(cue, text):
        return True  # "raised no objection to the package"
    return not NEGATIONS.isdisjoint(text[: text.find(" " + cue + " ") + 1].split()[-2:])


# What may follow "said no" or "says yes" when it is an answer: the clause's end or what is
# refused ("said no to the plan"); "said no other state had given as much" is a comparison and
# "says no first and bargains later" a habit, neither an answer.
ANSWER_ENDS = frozenset(", . ; : to and but - – — ' \" “ ” ‘ ’".split())


def _no_answer(cue: str, text: str) -> bool:
    """Whether an answer cue ("said no", "says yes") is followed by a word that makes it no answer."""
    if cue.split()[-1] not in ("no", "yes") or cue.split()[-2:-1] == ["to"]:
        return False  # ("would agree to no interim truce": "no" is the refused object's, decision 54)
    rest = text[text.find(" " + cue + " ") + len(cue) + 2 :].split()[:1]
    return bool(rest) and rest[0] not in ANSWER_ENDS


# "said calls for a truce sounded insincere": "calls for" after a speech verb or a determiner is a
# noun, the subject of what is said about others' calls, not the holder's own call (a possessive,
# "renewed its calls for", keeps them the holder's).
NOUN_CUES = frozenset(("calls for", "call for"))
NOUN_BEFORE = frozenset("said says say told that the these those any such".split())


# "any foreign contingent on Ukrainian soil": "contingent" as the noun for a body of troops, after a
# determiner or an adjective, is no condition ("was contingent on a vote", "aid contingent on reforms"
# are conditions)
TROOP_NOUN_CUES = frozenset(("contingent on", "contingent upon"))
TROOP_NOUN_BEFORE = frozenset("a an the any its their our this that each every one foreign military "
                              "international multinational european western allied national large small "
                              "first new whole".split())


def _noun_cue(cue: str, text: str) -> bool:
    before = text[: text.find(" " + cue + " ")].split()[-1:]
    if cue in TROOP_NOUN_CUES:
        return bool(before) and before[0] in TROOP_NOUN_BEFORE
    return cue in NOUN_CUES and before in [[w] for w in NOUN_BEFORE]


# "has dropped its objections to the loan", "lifted its veto": an opposition given up is consent.
WITHDRAWN = frozenset("dropped drops dropping lifted lifts lifting withdrew withdrawn withdraws abandoned "
                      "abandons waived waives lift drop withdraw abandon waive".split())
OWNERS = frozenset("its their his her our".split())
# "dropped its threat to block the renewal", "withdrew their threats to veto": the threat given up
THREATS = frozenset("threat threats".split())


def _withdrawn(cue: str, text: str) -> bool:
    before = text[: text.find(" " + cue + " ")].split()
    if before[-2:-1] and before[-2] in THREATS and before[-1] == "to":
        before = before[:-2]
    if before[-1:] and before[-1] in OWNERS:
        before = before[:-1]
    return bool(before) and before[-1] in WITHDRAWN


# "blamed Kyiv for refusing to negotiate", "accused Moscow of rejecting": a refusal charged to
# another is the speaker's accusation, no one's stated position ("accused Berlin of pouring fuel on
# the fire" is the accuser's own judgment, and stays)
ACCUSING = frozenset("blamed blames blaming blame accused accuses accusing accuse faulted faults".split())
REFUSALS = ("refus", "reject", "block", "obstruct", "stall", "sabotag", "dismiss")
# "resolutions, which Russia can veto": a power held, not a position taken
POWERS = frozenset("veto vetoes block blocks".split())
# "depends on Russia for its gas", "depends on whom you ask": reliance and variety, no condition
RELIANCE_ENDS = frozenset("whom who what how where when which".split())


IF_CLAUSE_ENDS = (" , ", " then ", " ; ", " : ", " — ", " – ", " - ")


QUANTITIES = frozenset("figure figures number numbers amount amounts total size timing price cost sum".split())
# "pushed for the orders to go only to European makers": a condition inside what is demanded is
# the demand's content, and the demand is support
DEMANDS = ("pushed for", "pushes for", "pushing for", "called for", "calls for", "pressed for", "pressing for",
           "argued for", "lobbied for", "insisted on", "insists on")


INFERENCES = ("evidence", "proof")
# "£600m of the £4.5bn in military support committed to Ukraine": a participle after the money or
# aid it describes is an amount's history, not a holder's position
AID_NOUNS = frozenset("support aid assistance money funds funding package packages loans grants billion million "
                      "bn m euros dollars pounds".split())
PARTICIPLES = frozenset(("committed", "pledged", "promised", "allocated", "earmarked"))


def _not_an_answer(cue: str, text: str) -> bool:
    at = text.find(" " + cue + " ")
    before = text[:at].split()
    # "the G7 leaders were expected to endorse the loan": someone's forecast, no position taken yet
    if "to" in before[-2:] and not FORECASTS.isdisjoint(before[-3:]):
        return True
    if cue in WEIGH_CUES and text[at + len(cue) + 2 :].split()[:1] in [[w] for w in WEIGH_FOLLOWERS]:
        return True  # "weighed heavily in the decision": a factor, not a deliberation
    if cue in FAVOUR_CUES and not REPLACING.isdisjoint(before[-5:]):
        return True
    if cue.startswith("open") and before[-1:] and before[-1] in OPEN_THINGS:
        return True  # "has kept channels open to Moscow": a line of contact kept, no position
    if cue.split()[0] in PARTICIPLES and before[-1:] and before[-1] in AID_NOUNS:
        return True
    # "cited … as evidence that Moscow was not serious about talks": others' reading of a country's
    # conduct, not a position it took
    if any(" " + w + " that " in text[:at + 1] for w in INFERENCES):
        return True
    if before[-1:] in (["for"], ["of"]) and cue.startswith(REFUSALS) and not ACCUSING.isdisjoint(before[-5:]):
        return True
    if before[-1:] == ["can"] and cue in POWERS:
        return True
    # "if the Russians are ready for a truce, we are ready too": a cue inside an "if" clause is the
    # condition, not an answer
    lead = text[:at + 1]
    opens = lead.rfind(" if ")
    if opens >= 0 and not any(mark in lead[opens:] for mark in IF_CLAUSE_ENDS) \
            and "if" not in cue.split():
        return True
    # "the final figure would depend on the state of the vehicles": a quantity's dependence
    if any(w.startswith("depend") for w in before[-2:] + cue.split()) and not QUANTITIES.isdisjoint(before[-5:]):
        return True
    if cue.split()[-1] == "on":
        after = text[at + len(cue) + 2:].split()
        if after[:1] and after[0] in RELIANCE_ENDS:
            return True
        # ("depends on an exemption for oil" is a condition: what is relied on is a party)
        head = after[:4]
        if "for" in head and after[0] not in ("a", "an") and not {",", ".", ";"}.intersection(head[:head.index("for")]):
            return True
    return False


def _hedge_negated(cue: str, text: str) -> bool:
    if NEGATIONS.intersection(cue.split()) or "no" in cue.split():
        return False
    before = text[: text.find(" " + cue + " ") + 1].split()
    if not NEGATIONS.isdisjoint(before[-2:]):
        return True
    # "is not something we are considering", "is nothing Tokyo is weighing": a negated thing that
    # the hedge describes, in a relative clause (the negation stands before its subject)
    near = before[-HEDGE_REACH:]
    if "nothing" in near or any(w == "not" and near[i + 1 : i + 2] and near[i + 1] in HEDGED_THINGS
                                for i, w in enumerate(near)):
        return True
    # "neither his country nor Latin America was considering": the pair's "nor" before the cue
    return "neither" in before and "nor" in before[before.index("neither"):]


# "not something / anything / an option / a step … we are considering": the thing a negation
# is about, before the relative clause of the hedge; how far back it may stand.
HEDGED_THINGS = frozenset("something anything an a one".split())
HEDGE_REACH = 6


def stance(text: str, verbs: dict, places: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """The stance a clause group takes and the cue that says it; a participle with its agent
    after it ("rejected by Moscow", or "rejected in Kyiv" with "kyiv" in ``places``) is the
    agent's, not the clause's."""
    # "would respect the truce if Russia did" is a condition; "would honour any agreement" alone is
    # a promise to comply with what does not exist yet, no position on a proposal
    # ("would return immediately if the deal were implemented", "would halt the offensive if
    # Kyiv pulled out": a promise to act that waits on a condition is a conditional answer)
    compliance = verbs.get("compliance", ())
    bound = bool(compliance) and (has_phrase(text, verbs["support_conditions"]) is not None or " if " in text)
    for value in ("conditional", "open", "considering", "oppose", "support"):
        cue = next((p for p in phrases_in(text, verbs[value]) if not _passive(p, text, places)
                    and not _not_an_answer(p, text)
                    and not (value == "support" and p in compliance and not bound)
                    and not (value == "oppose" and _negated(p, text)) and not _no_answer(p, text)
                    and not _noun_cue(p, text) and not restricted_only(p, text)
                    and not (value == "conditional" and (_place_only(p, text) or _refused_backstop(p, text)))), None)
        if cue:
            if value == "open":
                # "open to considering a contribution": the open words hold a hedge that weighs the
                # step, and the longer cue says what the government does (ADJUDICATION.md, 9)
                weighs = next((p for p in phrases_in(text, verbs["considering"]) if cue in p), None)
                if weighs:
                    value, cue = "considering", weighs
            if value == "conditional":
                demand = next((d for d in DEMANDS if " " + d + " " in text), None)
                if demand and text.find(" " + demand + " ") < text.find(" " + cue + " "):
                    return "support", demand
            if value == "support" and cue in compliance:
                return "conditional", cue  # counted only when bound (above)
            if value == "oppose" and _withdrawn(cue, text):
                return "support", cue
            # "has refused to proceed unless the risk is shared": a refusal with a way out is a
            # condition ("would stay until Russia withdrew" is a refusal still, so "until" is not one)
            if value == "oppose" and has_phrase(text, verbs.get("refusal_conditions", ())):
                return "conditional", cue
            # "would not accept its entry until the dispute was settled": a refusal until a stated
            # condition is one too, "until the end of the year" not (decision 54, until_conditions.py)
            if value == "oppose" and " until " in text and until_condition(text, cue):
                return "conditional", cue
            # Negated support ("did not support", "would never back"); a negation in another
            # part of the sentence ("…then lists the reasons it cannot start") is not.
            before = text[: text.find(" " + cue + " ") + 1].split()[-3:]
            if value == "support" and any(w in ("not", "n't", "never", "cannot") for w in before):
                return "oppose", cue
            # "was not considering sending weapons", "neither Chile nor Peru is open to it": a
            # negated hedge is a refusal (a hedge that holds its negation, "not rule out", is none)
            if value in ("open", "considering") and _hedge_negated(cue, text):
                return "oppose", cue
            # "for as long as it takes" is no condition but its opposite
            # nor is a condition already met ("Ukraine has met the conditions for opening the
            # first cluster"): it is said of someone else, and ends nothing the holder asks
            # "even if the United States stayed out" concedes, it sets no condition
            if value in ("support", "open") and has_phrase(_without_met_conditions(
                    text.replace(" as long as it takes ", " ").replace(" even if ", " even though ")),
                                                           verbs["support_conditions"]):
                return "conditional", cue
            return value, cue
    return None, ""


def _place_only(cue: str, text: str) -> bool:
    """Whether an "only" cue restricts a place, not the holder's assent ("weapons are to be used only on
    Ukrainian territory"): Ukraine's own ground (positions.json "own_ground") follows it. That is a
    limit on striking Russia, read by ``strike_limits.py`` (decision 47), no condition."""
    if not cue.startswith("only "):
        return False
    at = text.find(" " + cue + " ")
    return at >= 0 and has_phrase(" " + " ".join(text[at + 1:].split()[:5]) + " ", OWN_GROUND) is not None


OWN_GROUND = tuple(vocab("positions")["own_ground"]["phrases"])

# "The European Central Bank refused to provide a backstop": the backstop is what the holder
# refuses, not a condition it sets; the refusal's own cue ("refused") then gives the stance.
# "would not deploy without a US backstop" keeps its condition.
_REFUSING = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "not",
                       "n't", "never", "rejected", "rejects", "ruled"})
_PROVIDING = frozenset({"provide", "providing", "provides", "offer", "offering", "offers", "give", "giving",
                        "extend", "extending", "act", "acting", "serve", "serving", "be"})
_CONDITION_WORDS = frozenset({"without", "with", "if", "unless", "only", "provided", "once", "under"})


def _refused_backstop(cue: str, text: str) -> bool:
    if cue != "backstop":
        return False
    before = text[: text.find(" backstop ")].split()[-6:]
    return (not _REFUSING.isdisjoint(before) and not _PROVIDING.isdisjoint(before)
            and _CONDITION_WORDS.isdisjoint(before))


def _without_met_conditions(text: str) -> str:
    """The text without the phrases that say conditions are already met (positions.json
    "met_conditions"): "has met the conditions for opening talks" states no condition of anyone's."""
    if " conditions " not in text:
        return text
    for phrase in MET_CONDITIONS:
        text = text.replace(" " + phrase + " ", " ")
    return text


MET_CONDITIONS = tuple(vocab("positions")["met_conditions"]["phrases"])


# "Ukraine would repay it only if Russia paid reparations": a loan's terms, no one's answer to it
REPAYING = frozenset("repay repays repaid repaying repayment".split())
BOUND_WORDS = frozenset("if only mirror reciprocate pace depends depend contingent hinges".split())


def background(text: str, cue: str) -> bool:
    """"Washington had resisted sending the missiles for more than a year": a past perfect told
    over a stretch of time is a position the story has moved past ("had not decided" is none)."""
    head = text[: text.find(" " + cue + " ")].split()
    if cue.startswith("not "):
        return False
    if head[-1:] == ["had"] and cue in WEIGHED:
        return True  # "the council had weighed the decision carefully": a weighing that ended in the decision
    return head[-2:] == ["had", "long"] or (head[-1:] == ["had"] and any(f" {w} " in text for w in SPANS))


# the past forms of weighing a step: after "had" the weighing is over (positions.json "weighed_past")
WEIGHED = frozenset(vocab("positions")["weighed_past"]["verbs"])


SPANS = ("for more than", "for months", "for years", "for weeks", "for over", "for much of")

"""Positions: where an actor stands on a proposal (stances) and on sending forces to a
mission (participation).

Both are read clause by clause. A sentence is cut at clause boundaries (";",
"while", "but", "though"…) so that "Canada has not ruled out sending troops,
while Japan said it was not considering it" gives each country its own
position; a clause without a subject of its own ("…but offers logistics")
belongs to the clause before it. The actors who take a position are the
coordinated list of actors just before the cue ("Estonia, Latvia and Lithuania
have joined Britain and France in saying they are prepared…"), not the places,
objects and counterparts named with a preposition, a possessive or an article
("troops from NATO countries", "his American counterpart", "an American
backstop"); a clause that names nobody ("he said", "we will not…") stands for
the last person named, and a trailing attribution ("…, Russian officials have
said") names the actor when nobody comes before the cue.

Participation: a clause group whose sentence names a mission ("peacekeeping",
"reassurance force"), a deployment of troops ("put British soldiers on the
ground", "Italian troops would not take part"), or, in a bullet item or a
sentence about taking part ("too early to decide whether it would take part"),
the last mission named in the article. Cue words decide the status, checked in
a fixed order (``order`` in positions.json): "too early to decide" is
considering before "not ruled out" is open, and "not ruling out" is open before
"ruled out" is declined. An offer with an exclusion ("could send troops for
peacekeeping but would not participate in any deterrent force") is conditional
with the excluded mission listed, and the exclusion is also a declined
position of its own; a refusal of troops with other help offered ("will not
send soldiers but will run the logistics hub") stays declined (a help it only "could" give
is one open answer with troops excluded, decision 52). A hedge ("open to", "could",
"would consider") waiting only on a ceasefire ("if a ceasefire is reached") keeps its
value, since a ceasefire is every force's premise; a willingness ("ready to", "prepared
to") waiting on one ("once a ceasefire is in place") is conditional; "no Polish soldiers
would be stationed" is declined. A hedge bound to a stated condition ("could consider a
contribution only with a UN mandate") is conditional, and replaces the same actor's open or
considering position on the same mission elsewhere in the article (a headline's "does not rule out").
What a thing would need, in an aside opened by ", which" ("a no-fly zone, which would require NATO
jets"), is no condition of the actor's.

Stances: an actor, a stance cue and a target from the target vocabulary; "the
plan", "the idea" refer back to the last target named. Support with a stated
condition ("supports the idea but there are nuances", "yes in principle") is
conditional; a negated support is opposition; "backed by" (passive) is the
agents' stance, not the subject's; "said no" is an answer only at its clause's end or before what
is refused ("said no to the plan"), not in a comparison ("said no other state had given as much"). A country's position on a force it would send is its participation,
so no stance on the force is added for it from the same sentence.

Each position is reported once per article: the same actor, target or mission
and value again (a headline and its lede, a quote repeating the reported
speech) is not a new fact.

A sentence in a quote whose subject is "we" or a beneficiary ("Ukraine must have security
guarantees") is the quote speaker's, or the signatories' of the joint statement it belongs to;
actors listed after the cue with "alongside", "along with", "joined by" share it.

Participation is found in ``participation.py``. The clause groups and the actors that are their
subject are read in ``clause_groups.py``; the
holders beyond the clause (quotes, joint statements and meetings, companions, passive agents) in
``stance_holders.py``; a participation clause's status in ``participation_status.py``; the stance a
clause's cue words give in ``stance_cues.py``; requests ("asked Berlin to hand the batteries to
Ukraine") in ``stance_requests.py``. A participation clause told as a press report ("a newspaper
reported that China was weighing a role") is no position, unless denied.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.clause_groups import BENEFICIARY, BOUNDARIES, _groups, _padded, _padded_range
from coalition.extract.context import (
    ArticleContext,
    Mention,
    _as_tokens,
    _key_word,
    has_phrase,
    phrases_in,
    sentence_words,
    tokens,
    vocab,
)
from coalition.extract.stance_objects import may_hold as may_hold_object
from coalition.extract.stance_pairs import with_partners
from coalition.extract.stance_clauses import CONTRASTS, coordinated_targets, elided_refusals, first_value, main_clause  # one holder, two positions
from coalition.extract.stance_scope import in_proposal_relative, unaddressed
from coalition.extract.stance_subjects import own_subject
from coalition.extract.stance_targets import FOR_UKRAINE, target_for, targets_in
from coalition.extract.stance_terms import terms_stances
from coalition.extract.plan_contents import plan_contents
from coalition.extract.stance_optouts import opt_out_target, own_opt_out  # an opt-out is a refusal of its own (decision 38)
from coalition.extract.named_refusals import new_refusal  # "will not give up its S-300 systems" after a general refusal
from coalition.extract.aid_support import support_as_aid
from coalition.extract.standing_policies import unheld_policy
from coalition.extract.hosted_meetings import hosts_own_meeting  # "will host the NATO summit"
from coalition.extract.permission_refusals import VERBS as PERMITTING, permission_stances
from coalition.extract.stance_objects import about_the_war, open_target, thanks_for_aid
from coalition.extract.stance_supply import aid_welcome, own_supply
from coalition.extract.stance_requests import REQUEST_WORDS, request_stances
from coalition.extract.stance_cues import BOUND_WORDS, REPAYING, background as _background
from coalition.extract.stance_cues import stance as _stance
from coalition.extract.stance_calls import TARGET as CALLED, call_stances  # decision 2: a bare call for a truce
from coalition.extract.stance_must_accept import must_accept_stances  # 'said Moscow should accept the truce'
from coalition.extract.next_speakers import next_speaker  # "… This was stated by the minister."
from coalition.extract.stance_expressed import expressed_stances  # "voiced deep disagreement with the loan"
from coalition.extract.stance_passives import passive_stances  # "was ruled out by the Swiss government"
from coalition.extract.stance_efforts import effort_stances, without_doubled_efforts  # decision 39: backing peace efforts
from coalition.extract.stance_kept_sanctions import kept_sanctions, refused_lifting
from coalition.extract.stance_signatories import statement_voice
from coalition.extract.package_bargains import BARGAINS, seeks_terms  # "sought guarantees" before letting a package through
from coalition.extract.stance_sovereignty import sovereignty_stances  # what a statement says of Ukraine's sovereignty  # decision 40: a statement's unquoted text  # decision 35: not lifting them is support
from coalition.extract.stance_sanctions import TARGET as SANCTIONS, act_holders, not_self_imposed, sanction_stances
from coalition.extract.stance_votes import TARGET as VOTED, vote_stances
from coalition.extract.union_decisions import union_decisions  # "EU ambassadors agreed an 11th package"
from coalition.extract.numbered_groups import numbered_group  # "the four governments urged": the four just named
from coalition.extract.stance_partners import (
    continues_quotation, other_help, relative_sanction_stances, short_of, withholds_information,
)
from coalition.extract.stance_inclusion import TARGET as INCLUDED, sets_inclusion, without_refusals
from coalition.extract.stance_holders import (
    FIRST_PERSON,
    MEETING,
    companions,
    group_subject,
    partisan_speaker,
    passive_agents,
    quote_speaker,
    signatories,
)
from coalition.extract.participation import BACKSTOP_PROVIDERS, find_participation
from coalition.extract.stance_vetoes import (
    CUES as NOT_BLOCKING, lets_through, main_reading, note_measures, opted_out, story_measure, without_contrary,
)
from coalition.model import Stance

# How many sentences on "the leaders", "they" or a quoted joint statement still stand for the
# signatories of the last joint statement or meeting named.
GROUP_REACH = 8
# "has joined the coalition", "joined G7 sanctions": a membership taken, told as background.
MEMBERSHIPS = frozenset(vocab("positions")["not_answers"]["memberships"])
MEMBERSHIP_TENSES = frozenset("has have had which who".split())
# "would never accept an agreement made over its head" is read; "should have had an agreement" is a wish
NOT_FOR_SUPPORT = frozenset(vocab("positions")["open_targets"]["not_for_support"])
# A survey's findings are the public's, not a government's position.
POLLS = frozenset("poll polls polling survey surveys respondents".split())
# Targets that are a force a country could send troops to, or the ceasefire it would wait for: a
# position on them in a sentence about sending forces is a participation, not a stance.
FORCE_TARGETS = frozenset({"peacekeeping force", "coalition of the willing", "ceasefire proposal"})
# "Belgium has refused to proceed unless the risk is shared": a refusal with a way out names no
# target of its own; it is about the target named just before (within this many sentences).
CONDITION_REACH = 3
# values of a later clause whose cue's own object is its target when the vocabulary names none
HEDGES = frozenset({"open", "considering"})


# --- participation is in participation.py; stances ----------------------------------------------

@lru_cache(maxsize=1)
def _coalition_names() -> frozenset[str]:
    return frozenset(vocab("coalitions")["names"])


@lru_cache(maxsize=1)
def _named_targets() -> dict:
    return {**vocab("coalitions")["names"], **vocab("positions")["targets"]}


@lru_cache(maxsize=1)
def _stance_cues() -> list[str]:
    verbs = vocab("positions")["stance_verbs"]
    return [p for value in ("conditional", "open", "considering", "oppose", "support") for p in verbs[value]]


def find_stances(ctx: ArticleContext) -> list[Stance]:
    words = vocab("positions")
    anaphors = words["anaphors"]
    answers = words["answers"]
    # every anaphor ("the plan") and answer ("said no") ends on one of these words: a sentence
    # with none of them holds none of the phrases, and "the" opens most sentences
    anaphor_ends = _last_words(anaphors, answers)
    verbs = words["stance_verbs"]
    named_targets = _named_targets()
    all_cues = _stance_cues()
    find_participation(ctx)
    participation = ctx.__dict__["_participation_holders"]
    facts: list[Stance] = []
    seen: set[tuple[str, str, str]] = set()
    last_target: str | None = None
    last_target_at = -CONDITION_REACH - 1
    # a refusal with a way out, or any answer bound by a condition ("would return if…", "would
    # mirror Russia's conduct"), is about the target named just before when it names none
    way_out = frozenset(_as_tokens(p).split()[0] for p in verbs.get("refusal_conditions", ())) | BOUND_WORDS
    last_open: str | None = None  # the last target that the vocabulary does not name
    joint: list[str] = []  # the signatories of the last joint statement or meeting named
    joint_at = -GROUP_REACH
    cue_keys = _cue_keys()
    permits = []  # sentences with a verb of permitting, read once the cues' stances are known
    acts: dict[int, dict[str, str]] = {}  # per sentence, each actor's act on sanctions against Russia
    acted = []
    not_blocking: set[tuple[str, int]] = set()  # (actor, sentence start) of supports read from "did not block"
    measures: dict[str, tuple[int, int]] = {}  # targets a state can block: (sentences naming it, last one)
    for n, sent in enumerate(ctx.sents):
        padded = _padded(sent)
        present = sentence_words(padded)  # the sentence's words, asked by most tests below
        if not PERMITTING.isdisjoint(present):
            permits.append((sent, present))
        if not MEETING.isdisjoint(present):
            found = signatories(ctx, sent)
            if found:
                joint, joint_at = found, n
        if joint and continues_quotation(ctx, ctx.sents, n):
            joint_at = n  # a joint statement's text quoted paragraph after paragraph is still theirs
        if n - joint_at > GROUP_REACH:
            joint = []  # "they", "the leaders" a long way on are someone else
        hits = targets_in(padded, named_targets)
        anaphor = None if anaphor_ends.isdisjoint(present) else (
            has_phrase(padded, anaphors) or has_phrase(padded, answers))
        if anaphor and unaddressed(padded, padded.find(" " + anaphor + " ") + 1):
            anaphor = None  # "did not address the plan directly but warned against…"
        anaphoric = last_target if anaphor else None
        # "The initiative, led by the UK and France, aims to … provide security guarantees":
        # a sentence that opens on "the initiative" is still about the last target; what it
        # names after that is the target's content, not a new topic.
        if hits and not (anaphor and last_target and padded.find(" " + anaphor + " ") < hits[0][0]):
            last_target = hits[0][1]
        if hits:
            last_target_at = n
        if not REQUEST_WORDS.isdisjoint(present):
            # "had asked Berlin to hand the batteries to Ukraine": the asker backs the handing over
            for actors, target in request_stances(ctx, sent, last_target or last_open):
                _add_request(facts, seen, actors, target, ctx.sentence_evidence(sent))
        if not POLLS.isdisjoint(present):
            continue  # "a poll showed most Poles opposed…": the public's view, no government's position
        # asked of every sentence that gets here (the first rule below needs it), so read once
        partisan = partisan_speaker(ctx, sent, present)
        for actor, value in ([] if partisan else sanction_stances(
                ctx, sent, present, lambda: quote_speaker(ctx, sent, joint) or statement_voice(ctx, sent))):
            # "has imposed sanctions on Russia", "has not imposed sanctions on Russia": the act is the
            # position (added after the loop: the cues' readings of the sentence come first)
            acts.setdefault(ctx.sentence_evidence(sent).start, {})[actor] = value
            acted.append((actor, value, ctx.sentence_evidence(sent), SANCTIONS))
        for actor, target in ([] if partisan else effort_stances(
                ctx, sent, present, lambda: quote_speaker(ctx, sent, joint) or statement_voice(ctx, sent))):
            acted.append((actor, "support", ctx.sentence_evidence(sent), target))  # "we back his peace efforts"
        for actor in ([] if partisan else call_stances(ctx, sent, present) + must_accept_stances(ctx, sent, present)):
            acted.append((actor, "support", ctx.sentence_evidence(sent), CALLED))  # "urged both sides to agree a truce"
        for actor, value, target in ([] if partisan else expressed_stances(ctx, sent, present, named_targets, anaphoric)):
            acted.append((actor, value, ctx.sentence_evidence(sent), target))  # "a vocal critic of the loan"
        for actor, value, target in ([] if partisan else passive_stances(ctx, sent, present, named_targets)):
            acted.append((actor, value, ctx.sentence_evidence(sent), target))  # "was opposed by Belgium"
        for actor in ([] if partisan else refused_lifting(
                ctx, sent, present, lambda: quote_speaker(ctx, sent, joint) or statement_voice(ctx, sent))):
            acted.append((actor, "support", ctx.sentence_evidence(sent), SANCTIONS))  # "no lifting while…"
        for actor, target, value in ([] if partisan else sovereignty_stances(
                ctx, sent, present, lambda: quote_speaker(ctx, sent, joint) or statement_voice(ctx, sent))):
            acted.append((actor, value, ctx.sentence_evidence(sent), target))  # "no limits on Ukraine's army"
        for actor, value in ([] if partisan else relative_sanction_stances(
                ctx, sent, present)):
            # "the sanctions it has imposed on Russia", "added him to its sanctions list"
            if actor not in acts.get(ctx.sentence_evidence(sent).start, {}):
                acts.setdefault(ctx.sentence_evidence(sent).start, {})[actor] = value
                acted.append((actor, value, ctx.sentence_evidence(sent), SANCTIONS))
        said_at = sets_inclusion(ctx, sent, present, padded)
        if said_at is not None and not partisan:
            # "Nothing about Ukraine can be decided without Ukraine": a condition for accepting talks,
            # of the quotation's speaker or of a subject named before the talks
            holders = quote_speaker(ctx, sent, joint) or act_holders(ctx, tokens(ctx.doc).lower, sent.start,
                                                                     said_at, sent.end)
            acted += [(actor, "conditional", ctx.sentence_evidence(sent), INCLUDED) for actor in holders]
        for actor, target in union_decisions(ctx, sent, present, named_targets):
            acted.append((actor, "support", ctx.sentence_evidence(sent), target))  # the union's decision told as an act
        for actor, value in ([] if partisan else vote_stances(ctx, sent, present)):
            # "has voted for UN resolutions condemning the invasion": a named vote is a position
            acted.append((actor, value, ctx.sentence_evidence(sent), VOTED))
        for actors, target in terms_stances(ctx, sent, present):
            # "any settlement would have to take account of…": the sayer's own terms for it
            for actor in actors:
                _add_stance(facts, seen, actor, target, "conditional", ctx.sentence_evidence(sent), 0.5)
        # no target from the vocabulary: only a cue's own object can be one ("supported the call")
        open_mode = not hits and anaphoric is None
        # a refusal with a way out ("refused to proceed unless…") just after a target is named
        bound_to = last_target if (open_mode and last_target and n - last_target_at <= CONDITION_REACH
                                   and not way_out.isdisjoint(present)
                                   and REPAYING.isdisjoint(present)) else None
        # "Hungary did not block the final text", "Slovakia lifted its objection": the measure the
        # story is about, of those a state can block, is the one let through (decision 38)
        note_measures(measures, hits, n)
        let_to = story_measure(measures) if open_mode and measures and lets_through(present) else None
        if open_mode and not bound_to and measures and seeks_terms(present, padded):
            bound_to = story_measure(measures)  # "Fico sought written guarantees": terms for letting it through
        if open_mode and not bound_to and not let_to and not (may_hold_object(present, sent)
                                               and cue_keys.intersection(present)):
            continue
        # No stance cue anywhere in the sentence: no clause group can take a position (each
        # group's text is a stretch of the sentence), so the groups are not worked out; only a
        # passive's agents are read ("That plan, championed by …"). Most sentences that name a
        # target hold no cue, and reading their clauses cost more than the rest of the rules.
        no_cue = cue_keys.isdisjoint(present) or has_phrase(padded, all_cues) is None
        if open_mode and no_cue:
            continue
        if partisan:
            continue  # "Labour leader Chris Hipkins backed the idea": a party's view, not the government's
        if plan_contents(ctx, n, present):
            continue  # "the proposal would freeze the fighting … Ukraine would not join NATO": the draft's terms
        evidence = ctx.sentence_evidence(sent)
        groups = [] if no_cue else _groups(ctx, sent, all_cues, (), group_subject(padded, joint),
                                           numbered_group(ctx, n, present))  # "the four governments urged"
        if not groups and not no_cue and (any(p in padded for p in FIRST_PERSON) or has_phrase(padded, BENEFICIARY)):
            # "we support every effort", "Ukraine must have robust security guarantees" inside a
            # quote: the quote's speaker's (a third party's words, "Europe has said yes", are not)
            speakers = quote_speaker(ctx, sent, joint) or statement_voice(ctx, sent)  # or a statement's text
            groups = [(speakers, sent.start, sent.end)] if speakers else []
        if not groups and not no_cue:
            # "Sending troops would be a mistake. This was stated by the Hungarian foreign minister."
            speakers = next_speaker(ctx, n)
            groups = [(speakers, sent.start, sent.end)] if speakers else []
        if not groups and not no_cue and " joint " in padded:
            # "A joint statement signed by Spain, Italy and Greece called for…"
            speakers = signatories(ctx, sent)
            groups = [(speakers, sent.start, sent.end)] if speakers else []
        places = _places_after_in(ctx, sent) if groups and " in " in padded else ()
        for g_actors, a, b in groups:
            text = _padded_range(ctx.doc, a, b)
            stance, cue = _stance(text, verbs, places)
            stance = short_of(text, cue, stance)  # "stopped short of endorsing it": no stance (decision 37)
            masked = other_help(text, cue, stance)
            if masked is not None:  # "… though it left the door open to other forms of support"
                stance, cue = _stance(masked, verbs, places)
            if let_to and stance != "support":
                # "Hungary, which also depends on Russian energy, did not block the final text": the
                # aside's words are no answer of the state's
                stance, cue = main_reading(text, stance, cue, lambda t: _stance(t, verbs, places))
            if stance == "support" and cue in NOT_BLOCKING:
                if opted_out(ctx, n, padded, cue):
                    continue  # "will not take part …; they agreed not to block it": the opt-out only (decision 38)
                not_blocking.update((actor, evidence.start) for actor in g_actors)
            if stance is None or unheld_policy(text, cue) or hosts_own_meeting(text, cue) or support_as_aid(text, stance) or \
                    withholds_information(text, cue, stance):
                continue  # "does not send equipment to Kyiv" (a deal's scope), "supports demining through its agency"
            if " that " in padded or " which " in padded:
                at = _cue_at(tokens(ctx.doc).lower, a, b, cue)
                if at is not None and in_proposal_relative(tokens(ctx.doc).lower, sent.start, at):
                    continue  # "the ceasefire that Kyiv had endorsed": which proposal, no news of a position
            if let_to and stance == "support" and (cue in NOT_BLOCKING or cue in verbs["oppose"]):
                held = {f.actor for f in facts if f.stance == "support"}
                for actor in g_actors:
                    # one support per state: "dropped its veto" told again ("lifted its objections")
                    if actor not in held and actor not in participation.get(evidence.start, ()):
                        _add_stance(facts, seen, actor, let_to, stance, evidence, 0.55)
                continue
            if open_mode and bound_to and stance == "conditional":
                for actor in g_actors:
                    if actor in participation.get(evidence.start, ()) or (actor == "UKR" and bound_to in FOR_UKRAINE):
                        continue  # a force's terms are participation; Ukraine's terms for its own aid no news
                    _add_stance(facts, seen, actor, bound_to, stance, evidence, 0.55)
                continue
            if open_mode and cue in BARGAINS:
                continue  # terms sought with no measure in the story: no object of their own ("for its firms")
            if open_mode:
                if not about_the_war(ctx):
                    break
                g_actors = [c for c in g_actors if c not in participation.get(evidence.start, ())]
                # every cue of the value, in turn: "will not give Ukraine any of its air defence
                # systems, …, rejecting reports" has its object after the second
                # (not one after "stopped short of": no endorsement, so no object of one, decision 37)
                cues = [cue] + [c for c in phrases_in(text, verbs.get(stance, ())) if c != cue
                                and short_of(text, c, stance) == stance]
                if stance == "considering":
                    # "positive about contributing tanks but had not decided how many": the
                    # undecided answer is about the object of the willing words before it
                    cues += phrases_in(text, verbs["support"])
                last_open = _open_stances(ctx, facts, seen, g_actors, a, b, text, stance, cues,
                                          last_target or last_open, evidence) or last_open
                continue
            if _background(text, cue):
                continue
            if (f" {cue} us " in text or f" {cue} me " in text) and _speaker_is_object(ctx.doc, a, b, cue):
                continue  # "the others in the coalition have urged us to hold back": the speaker is the one urged
            own_actors = own_subject(ctx, a, b, cue, g_actors)
            g_actors = g_actors if own_actors is None else own_actors  # [] for a person holding no state's view
            later = _later_clauses(ctx, a, b, verbs, named_targets) if BOUNDARIES.intersection(text.split()) else []
            # with later clauses of their own, the first reading's target is its own clause's
            first = _padded_range(ctx.doc, a, later[0][0]) if later else text
            target = (target_for(first, cue, named_targets) or target_for(text, cue, named_targets)
                      or (hits[0][1] if hits else anaphoric))
            g_actors = g_actors + [c for c in companions(ctx, a, b, text, cue) if c not in g_actors]
            if later:  # "would not support confiscating them but was open to using the profits"
                stance, cue = first_value(first, stance, cue, lambda t: _stance(t, verbs, places))
            elif CONTRASTS.intersection(text.split()):  # "backed the plan but ruled out troops"
                target, stance, cue = main_clause(ctx, a, b, target, stance, cue, verbs, places, named_targets)
            readings = [(target, stance, cue)]
            readings += [(t, stance, cue) for t in coordinated_targets(  # "criticised A and B"
                first, cue, lambda t: targets_in(t, named_targets), lambda t: has_phrase(t, all_cues) is not None)
                if stance and t != target]
            readings += [(t, "oppose", cue) for t in elided_refusals(
                text, stance, cue, lambda t: targets_in(t, named_targets)) if t != target]  # "but not its NATO bid"
            if later:
                # the first clause names no target of its own: it is no stance on the later ones'
                own = target_for(first, cue, named_targets) or (anaphoric if anaphor else None)
                readings = [(own, stance, cue)] if own else []
                # "has condemned the invasion as unacceptable, but has not joined the sanctions": the
                # first clause's own object, once per actor and value as in ``_open_stances``
                loose = None if own or not about_the_war(ctx) else open_target(ctx, a, later[0][0], first, cue, None)
                if loose and not {(c, stance) for c in g_actors} & {(f.actor, f.stance) for f in facts}:
                    readings.append((loose, stance, cue))
                readings += [tuple(r) for _, *r in later if own is None or tuple(r[:2]) != (own, stance)]
            readings = with_partners(readings, text)  # "membership of both the EU and NATO"
            for (target, stance, cue), actor in ((r, actor) for r in readings for actor in g_actors):
                if actor in participation.get(evidence.start, ()) and target in FORCE_TARGETS:
                    # a country's position on a force, in a sentence about sending forces, is its
                    # participation; its position on something else there ("…and continues to
                    # oppose EU accession talks") is a stance still
                    continue
                if actor == "UKR" and target in FOR_UKRAINE and stance != "oppose":
                    continue  # Ukraine asks for forces, aid and membership; its position on them is no news
                if stance == "support" and cue in MEMBERSHIPS and _membership_told(text, cue) and (
                        target in _coalition_names()):
                    # "Sweden has joined the coalition": a membership ("Japan has joined G7 sanctions"
                    # is a position on sanctions, ADJUDICATION.md decision 12)
                    continue
                if stance == "conditional" and cue == "backstop" and actor in BACKSTOP_PROVIDERS:
                    continue  # "provided the United States offers a backstop": the condition's provider
                _add_stance(facts, seen, actor, opt_out_target(cue, target), stance, evidence, 0.65)
        # "That plan, championed by Merz and von der Leyen, …": the agents of a passive stance verb
        for stance, actor in ([] if open_mode else passive_agents(ctx, sent.start, sent.end, padded)):
            target = hits[0][1] if hits else anaphoric
            _add_stance(facts, seen, actor, target, stance, evidence, 0.6)
    votes = {(e.start, actor, value) for actor, value, e, target in acted if target == VOTED}
    if votes:
        # "has voted for UN resolutions condemning the invasion": the vote's cue read with an object
        # of its own ("the invasion") is the same vote, told better by the vote reading
        facts = [f for f in facts if f.target in named_targets or (f.evidence.start, f.actor, f.stance) not in votes]
    for actor, value, evidence, target in acted:
        _add_stance(facts, seen, actor, target, value, evidence, 0.6)
    if acts:
        # the act read from the verb that governs the sanctions decides over a cue elsewhere in the
        # sentence ("voted for the resolutions but has not imposed sanctions" is no support of them)
        facts = [f for f in facts if not (f.target == SANCTIONS and acts.get(f.evidence.start, {}).get(f.actor, f.stance)
                                          != f.stance)]
    # "would never accept an agreement made over its head": the condition, not a refusal (decision 33);
    # Russia backs no sanctions on itself, its condition on them is its demand to lift them (decision 34)
    facts = not_self_imposed(kept_sanctions(ctx, without_refusals(facts, {(e.start, a) for a, _, e, target in acted if target == INCLUDED})))
    facts = without_doubled_efforts(facts)  # one support per actor where a sentence names what the efforts are for
    facts = without_contrary(facts, not_blocking)  # the state's own view over its not blocking (decision 38)
    for sent, present in permits:
        # "refused to let Croatian officers join…": an opposition the cues did not read there
        evidence = ctx.sentence_evidence(sent)
        told = {f.actor for f in facts if f.stance == "oppose" and f.evidence.start == evidence.start}
        for actors, act in permission_stances(ctx, sent, present):
            for actor in actors:
                if actor not in told and actor not in participation.get(evidence.start, ()):
                    told.add(actor)
                    facts.append(Stance(actor=actor, target=act, stance="oppose", evidence=evidence, confidence=0.55))
    return facts


def _membership_told(text: str, cue: str) -> bool:
    """Whether a joining cue tells a membership already held: a perfect ("has also joined") or an
    aside ("Norway, which joined in February"); "Japan joined the price cap" is the news itself."""
    before = text[: text.find(" " + cue + " ")].split()
    # "In 2023 Iceland signed up to two of the capability coalitions": a dated joining is background
    return not MEMBERSHIP_TENSES.isdisjoint(before[-2:]) or any(w.isdigit() and len(w) == 4 for w in before)


def _cue_at(lower: list[str], a: int, b: int, cue: str) -> int | None:
    """The token where ``cue`` (lower-case words as the tokenizer writes them) starts in [a, b)."""
    words = cue.split()
    n = len(words)
    return next((i for i in range(a, b - n + 1) if lower[i] == words[0] and lower[i : i + n] == words), None)


def _speaker_is_object(doc, a: int, b: int, cue: str) -> bool:
    """Whether the cue's object is the speaker, "us" or "me" as written ("have urged us to hold
    back"), not the United States ("rejects US plan")."""
    cue_toks = cue.split()
    n = len(cue_toks)
    for i in range(a, b - n):
        if [t.lower_ for t in doc[i : i + n]] == cue_toks and doc[i + n].text in ("us", "me"):
            return True
    return False


def _open_stances(ctx, facts, seen, actors, a, b, text, stance, cues, last, evidence) -> str | None:
    """The stances of a clause group whose target is its cue's own object ("Moscow condemned
    both decisions"); one per actor and value in an article, since such objects are written
    differently each time ("the move", "the decision", "it") and are most often the same thing."""
    target = next((t for t in (open_target(ctx, a, b, text, cue, last) for cue in cues) if t), None) if actors else None
    if not target or (stance == "support" and target != last and target.split()[-1] in NOT_FOR_SUPPORT):
        return None  # "We should have had an agreement": a wish; "would never accept an agreement…" is read
    held = {(f.actor, f.stance) for f in facts}
    # a pronoun for a target the vocabulary names ("Russia has rejected it") is a position on that
    # target, when the clause names no other country that could be the pronoun's subject
    idx = tokens(ctx.doc).idx
    named = target == last and target in _named_targets() and {
        m.code for m in ctx.mentions_in(idx[a], idx[b - 1] + 1, ("COUNTRY",))} <= set(actors)
    for actor in actors:
        if ((actor, stance) in held and not named and not new_refusal(ctx, a, b, target, actor, stance, facts)
                and not own_opt_out(cues[0])) \
                or (actor, target, stance) in seen:
            continue
        if actor == "UKR" and stance == "support" and _names_item(ctx, a, b, target):
            continue  # "Zelensky welcomed the air defence pledges": the recipient thanks, no position
        if stance == "support" and thanks_for_aid(ctx, text, target):
            continue  # "Rutte welcomed the Dutch move" after a package: a thanks, no position
        if (stance == "support" and aid_welcome(text, target)) or own_supply(actor, target, stance):
            continue  # "welcomed the new aid package", Kyiv backing a supply to itself (decision 14)
        seen.add((actor, target, stance))
        facts.append(Stance(actor=actor, target=target, stance=stance, evidence=evidence, confidence=0.5))
    return target


def _add_request(facts, seen, actors, target, evidence) -> None:
    """A request's support, once per actor and value like an open stance's (a request is most
    often told again as the asker's support in other words)."""
    held = {(f.actor, f.stance) for f in facts}
    for actor in actors:
        if (actor, "support") not in held:
            _add_stance(facts, seen, actor, target, "support", evidence, 0.5)


def _add_stance(facts, seen, actor, target, stance, evidence, confidence: float) -> None:
    """A stance, unless the actor already holds the same value on the same target in the article
    (``seen``: each position is reported once per article, see the module docstring)."""
    if (actor, target, stance) not in seen:
        seen.add((actor, target, stance))
        facts.append(Stance(actor=actor, target=target, stance=stance, evidence=evidence, confidence=confidence))


def _names_item(ctx, a: int, b: int, target: str) -> bool:
    """Whether an aid item of tokens [a, b) is in the target's words."""
    return any(a <= start < b and item in target for start, _, item, _ in ctx.doc.user_data.get("items", ()))


@lru_cache(maxsize=1)
def _cue_keys() -> frozenset[str]:
    """A word of every stance cue that a sentence holding the cue must hold (its rarest, see
    ``context._key_word``), as the tokenizer writes it."""
    return frozenset(_key_word(_as_tokens(p)) for p in _stance_cues())


def _places_after_in(ctx: ArticleContext, sent) -> tuple[str, ...]:
    """The countries and capitals named right after "in" in a sentence, as lower-case text."""
    lower = tokens(ctx.doc).lower
    return tuple(" ".join(lower[m.start : m.end]) for m in ctx.actors_in(sent) if m.start > 0 and lower[m.start - 1] == "in")


def _later_clauses(ctx: ArticleContext, a: int, b: int, verbs: dict, targets: dict) -> list:
    """(first token, target, stance, cue) of the later clauses of a group ("…remains opposed to
    sending soldiers, though she has long argued for a guarantee modelled on Article 5") that
    name a target of their own and take a position on it."""
    lower = tokens(ctx.doc).lower
    cuts = [i for i in range(a + 1, b) if lower[i] in BOUNDARIES]
    out = []
    for lo, hi in zip(cuts, cuts[1:] + [b]):
        text = _padded_range(ctx.doc, lo + 1, hi)
        value, cue = _stance(text, verbs)
        own = target_for(text, cue, targets) if value else None
        if not own and value in HEDGES and _stance(_padded_range(ctx.doc, a, lo), verbs)[0] not in (None, value) \
                and about_the_war(ctx):
            # "would not support confiscating the assets but was open to using the proceeds": after a
            # position of another value, a hedge's own object (the clause's subject being the group's)
            own = open_target(ctx, a, hi, _padded_range(ctx.doc, a, hi), cue, None)
        if own:
            out.append((lo, own, value, cue))
    return out


_LAST_WORDS: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}


def _last_words(first: list[str], second: list[str]) -> frozenset[str]:
    """The last word of every phrase of two vocabulary lists, as the tokenizer writes them."""
    hit = _LAST_WORDS.get((id(first), id(second)))
    # The lists are kept in the entry, so their ids cannot be reused while the entry lives.
    if hit is None or hit[0] is not first or hit[1] is not second:
        ends = frozenset(_as_tokens(p).split()[-1] for p in (*first, *second))
        hit = _LAST_WORDS[(id(first), id(second))] = (first, second, ends)
    return hit[2]


__all__ = ["find_participation", "find_stances", "phrases_in", "Mention"]

"""Commitments of aid in kind, without an amount: groups of items next to a verb that gives their
stage, with the donor read around them. (The two pledges a sentence makes without an amount or an
item given are in ``itemless_pledges.py``.)

Separate from the commitment finder, which reads amounts and walks the article, because items
have rules of their own: the clause an item is in (a supposition, a denial, a continuation), who
pays for it, a pause that covers it, an item told of again, a clause whose verb is left out.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.clause_subjects import coordinated_subject
from coalition.extract.aid_items import _category, _generic_items, _item_groups, _item_names, _named_systems, referred_items
from coalition.extract.abandoned_plans import abandoned_plan
from coalition.extract.company_subjects import company_supplies
from coalition.extract.money_subjects import bought_with_money_told_before
from coalition.extract.negated_subjects import denied_after
from coalition.extract.others_consent import only_with_others
from coalition.extract.sum_references import adjective_money_referent, bought_in_second_verb
from coalition.extract.context import _has, _lower, lower_text, lower_words, tokens
from coalition.extract.co_donors import co_donors
from coalition.extract.donors import (_donor_after, _donor_before, _donor_of_relative,
                                      _gapped_item_donor, _subject_of)
from coalition.extract.drafts import Draft
from coalition.extract.joint_gifts import together_only_in_telling
from coalition.extract.founded_schemes import scheme_founders
from coalition.extract.handover_nouns import handover_source, handover_stage
from coalition.extract.listed_donors import chain_subject_givers, from_chain_givers, listed_givers
from coalition.extract.relative_givers import relative_actor_clause_end
from coalition.extract.imposed_pauses import imposed_then_lifted
from coalition.extract.in_kind_clauses import (_definite_before, _head_of_aside, _item_as_subject, _join_list_groups, _made_the_nth,
                                              _opponent_speaks, _other_subject_after, _participle_giver, _partners_of_one_more, _pronoun_relative_giver, _seller_demonym,
                                              without_relative_aside)
from coalition.extract.no_aid import UKRAINE_WORDS
from coalition.extract.generic_recipients import to_any_state_at_war
from coalition.extract.hypernym_repeats import class_noun_told_before
from coalition.extract.passive_agents import passive_co_donors
from coalition.extract.pause_owners import pause_owner
from coalition.extract.pooled_schemes import pooled_subject
from coalition.extract.speaking_companions import beside_speaker
from coalition.extract.time_clauses import stageless_time_clause
from coalition.extract.list_stages import intro_stage
from coalition.extract.lot_donors import lot_owner
from coalition.extract.transport_verbs import carried_stage
from coalition.extract.added_items import added_stage
from coalition.extract.unspecific_items import announced_later, any_of_kind
from coalition.extract.relative_gifts import relative_gift
from coalition.extract.readied_items import readied_stage
from coalition.extract.delivered_contents import delivered_contents_stage
from coalition.extract.reporting_donors import reporting_donor
from coalition.extract.assisted_items import assisting_state
from coalition.extract.truce_pauses import truce_scope
from coalition.extract.origin_modifiers import without_origin_participles
from coalition.extract.side_clauses import side_giver
from coalition.extract.restated import record_aside, schedule_of_earlier_pledge
from coalition.extract.recipients import GIVE_OR_SELL, another_country_receives, items_to_another_country
from coalition.extract.stages import _later_stage, _passive_status, _status
from coalition.extract.unpledged import (asked_for, commentators_forecast, company_order, condition_follows, deliberated, decision_owner, decision_pending, not_given, payer_of_reported, receiver_uses,
                                        joint_buying, reported_subject, use_limited, wanted_items)

ACTOR_LABELS = ("COUNTRY", "ORG", "PERSON", "COMPANY")

RECORD_REACH = 10  # tokens before an item in which a donor's record ("was the first to send") is read


def _in_kind(ctx, sent, items, words, supplier, spending, fallback_donor, sibling: Draft | None = None,
             earlier: list[Draft] | None = None) -> list[Draft]:
    """Commitments of aid in kind: each group of items with a donor and a verb that gives the
    stage. ``sibling``: the amount's commitment of the same sentence, whose donor (found later,
    perhaps) a group without a donor of its own shares. ``earlier``: the article's commitments so
    far; a group that names no donor takes the donor of one of the last two sentences that gave
    the same specific item ("Sweden is sending Gripen jets. The first Gripen jets arrived…")."""
    doc = ctx.doc
    table = tokens(doc)
    out: list[Draft] = []
    groups = []
    kind_split: set[int] = set()  # the first tokens of kinds split off the kind before them, under one verb
    for group in _item_groups(items):
        # "Norway 20 tanks and Finland three radars": an actor between two items starts another clause
        groups.append([group[0]])
        for prev, item in zip(group, group[1:]):
            if any(m.code not in ("UKR", "RUS") and table.lower[m.start - 1] in (",", "and")
                   for m in ctx.mentions_in(table.idx[prev[1]], table.idx[item[0]], ("COUNTRY", "ORG"))):
                groups.append([item])
            elif any(table.lower[j] in _CLAUSE_AUXILIARIES and table.lower[j - 1] in (",", "and", ";") for j in range(prev[1] + 1, item[0])):
                groups.append([item])  # "has been sending radars, and will add generators": a clause of its own, another stage
            elif any(table.lower[j] in ("after", "before", "since") and table.lower[j + 1].endswith("ing") for j in range(prev[1], item[0] - 1)):
                groups.append([item])  # "commits a HAWK battery after sending Patriot interceptors": an earlier step of its own
            elif any(w in words["want_verbs"] for w in table.lower[prev[1]:item[0]]):
                groups.append([item])  # "Ukrainian troops rationing shells": what follows is lacked, read on its own
            elif _has(_lower(doc, prev[1], item[0]), _ALONG_WITH) and _category([prev], "", False) != _category([item], "", False):
                groups.append([item])  # "vests and helmets, as well as generators": items of another kind, a second line
            elif "intelligence" in (prev[3], item[3]) and prev[3] != item[3] and _kinds_joined(ctx, prev[1], item[0]):
                # "military aid and intelligence sharing": each kind its own commitment (ADJUDICATION 49)
                groups.append([item])
                if "intelligence" in f"{prev[2]} {item[2]}":
                    kind_split.add(item[0])  # named as intelligence, not a purpose ("drones for surveillance")
            else:
                groups[-1].append(item)
    groups = _join_list_groups(ctx, sent, groups, kind_split)
    groups = _join_contents(doc, groups)
    payer_at, payer = _payer_clause(ctx, sent, words)
    subject_clause_end = -1
    last_imposed = False
    sentence = lower_text(sent)  # asked by several tests of each group
    for g, group in enumerate(groups):
        first = group[0][0]
        gift = relative_gift(ctx, sent, first, group[-1][1])
        if gift is not None and _category(group, "", spending) != "troops" and not _main_clause_gives(doc, sent, first, words):
            # "to replace the AS-90 guns it gave Ukraine": the relative clause's own giver and stage,
            # when the main clause gives the items nothing of its own
            draft = Draft(gift[0], "UKR", _category(group, "", spending), gift[1], sent, first, supplier=supplier, confidence=0.65)
            draft.items = _item_names(sent, group)
            out.append(draft)
            continue
        start = max(sent.start, _modifiers_start(doc, sent, first) - 8)
        while start > max(sent.start, first - 11) and (table.lower[start - 1] in _BEFORE_WINDOW or (
                table.lower[start - 1].endswith("ing") and start - 2 >= sent.start and table.lower[start - 2] in _BEFORE_WINDOW)):
            start -= 1  # "has also given Ukraine's emergency services a demining machine": keep the auxiliary
            # ("has begun shipping the ACSV Super Bison armoured combat support vehicles": the verb of
            # starting makes the gerund a cue of its own, past a long name)
        window = without_relative_aside(doc, sent, start, first, min(sent.end, group[-1][1] + 4))
        window = without_origin_participles(doc, start, min(sent.end, group[-1][1] + 4), window)  # "UK-supplied missiles were fired"
        if _pause_covers(doc, sent, first, words):
            status = "paused"  # "The pause, first reported on 1 July, covered Patriot interceptors"
        else:
            status = _status(window, words, sentence)
            # the passive's stage, read once: the stage when the window gives none, or a later one
            passive = _passive_status(sent, group[-1][1], words) if not status or status == "announced" else None
            status = status or passive
            if status is None and (far := relative_actor_clause_end(ctx, sent, group[-1][1])) is not None:
                # "a Patriot battery that the United States pledged": the relative clause's verb, past a long name
                status = _status(without_relative_aside(doc, sent, start, first, far), words, sentence)
            if status == "announced" and passive == "delivered":
                status = "delivered"  # "the tanks, promised in February, arrived on Sunday": an earlier pledge delivered
        if status is not None and _after_giving(table, sent, first, words):
            status = "delivered"  # "commits a HAWK battery after sending Patriot interceptors": given before
        # (a kind split off the one before, "… placed on security assistance and intelligence sharing", shares it)
        imposed = last_imposed = imposed_then_lifted(doc, sent, first) or (first in kind_split and last_imposed)
        if imposed:
            status = "announced"  # "lifted the freeze it had placed on security assistance": resumed (and paused before, below)
        if status is not None and _has(sentence, words["count_totals"]):
            status = "cumulative"  # "That brings the number of generators sent to Ukraine to nearly 10,000": a running count
        gapped = _gapped_item_donor(ctx, sent, first) if out else None
        if status is None and gapped is not None:
            status = out[-1].status  # "… will provide Patriot components, and Italy a SAMP/T system": the verb left out
        if status is None and out and (_has(_since_comma(table, sent, first, 6), ("including", "such as", "among them", "notably"))
                                       or _has(_lower(doc, max(sent.start, first - 4), first), words["means_cues"])):
            # "… by supplying aircraft, munitions and simulators": the means of the aid before
            # "would supply weapons worth billions, including Patriot systems": part of the aid before
            out[-1].items.extend(n for n in _item_names(sent, group) if n not in out[-1].items)
            continue
        if out and status in (None, out[-1].status) and _has(_lower(doc, max(sent.start, first - 7), first), _ALONG_WITH):
            if _category(group, "", False) == out[-1].category:
                # "four IRIS-T systems, together with 300 missiles for them": more of the same aid; also
                # when the verb gives both the same stage ("the tanks were delivered, together with
                # spare parts and ammunition"): one delivery, not two
                out[-1].items.extend(n for n in _item_names(sent, group) if n not in out[-1].items)
                continue
            status = status or out[-1].status  # "had started sending weapons, together with a small team of instructors"
        if status is None and first in kind_split and out:
            status = out[-1].status  # "paused deliveries of military aid to Kyiv and then intelligence sharing": one verb
        if status is None:
            status = intro_stage(ctx, sent, words)  # "Portugal has sent:" then "- Leopard 2A6 tanks;"
        if status is None:
            status = carried_stage(sent, first, group[-1][1])  # "Britain flew anti-tank weapons to Ukraine"
        if status is None:
            status = added_stage(sent, _modifiers_start(doc, sent, first))  # "Portugal added three Leopard 2A6s of its own"
        handed = None
        if status is None:
            # "the transfer of F-16 jets from Denmark was under way": the state after "from" gives
            status = handover_stage(sent, first, group[-1][1])
            handed = status and handover_source(ctx, sent, group[-1][1])
        if status is None:
            status = readied_stage(sent, first, group[-1][1])  # "has begun preparing six F-16s for transfer"
        if status is None:
            status = delivered_contents_stage(ctx, sent, first)  # "… last year's shipments. Those included helmets."
        if status is None:
            continue  # no verb gives the items a stage: no commitment, whoever is named
        if any_of_kind(table, sent, first) or announced_later(window):
            # "any transfer of combat aircraft would be a long-term step": no aid in particular;
            # "further humanitarian funding would be announced in the coming days": no pledge yet
            continue
        if stageless_time_clause(doc, sent, first, group[-1][1], words):
            continue  # "would go as soon as the logistics were settled": the main clause's stage
        if status == "planned" and _bare_modal_verb(table, window, start, first, words) is False:
            continue  # "the centre will register the ships": "will" before a verb that gives nothing
        if first < subject_clause_end:
            continue  # "… will need months of basic flight training": still the clause of an item as subject
        if _item_as_subject(ctx, sent, first, group[-1][1], words):
            # "The pilots will need months of training": what aid needs, no pledge, nor any item later in its clause
            subject_clause_end = next((j for j in range(group[-1][1], sent.end) if table.text[j] in (",", ";")), sent.end)
            continue
        if _opponent_speaks(ctx, sent, first, group[-1][1]):
            continue  # "Dmitry Peskov, the Kremlin's spokesman, said the British tanks would burn": no pledge
        if (len(group) == 1 and status not in ("paused", "cancelled") and group[0][2] in words["vague_items"]
                and _definite_before(table, sent, first) in ("the", "these", "those")):
            continue  # "We make the weapons and they pay for them": weapons told of before, nothing named (a pause is news)
        if out and len(group) == 1 and _definite_before(table, sent, first) in ("the", "these", "those") and not _named_systems(sent, first):
            continue  # "... Leopard 1A5 tanks, a programme that aims to send 100 of the vehicles": the same aid again
        clause = _clause_before(sent, first)
        if not_given(doc, clause, words):
            continue  # "had asked Berlin to hand over the batteries", "blocked Denmark from sending": nothing given
        if asked_for(clause, status, words):
            continue  # "turns down German request for tank ammunition": asked for, not given
        if denied_after(doc, sent, group[-1][1]):
            continue  # "British pilots would not be sent": the items' own verb denied
        if commentators_forecast(doc, sent, first, words):
            continue  # "Analysts expect Germany to send more tanks": a forecast, no pledge
        if wanted_items(doc, sent, first, words):
            continue  # "the coalition wants mechanised clearance vehicles": a wish, nothing given
        if status not in ("paused", "cancelled") and (condition_follows(doc, sent, group[-1][1], words)
                                                      or (status != "delivered" and only_with_others(doc, sent, group[-1][1]))):
            continue  # "was weighing sending a Patriot battery if Washington offered guarantees": a supposition
        if receiver_uses(doc, sent, first, group[-1][1], words):
            continue  # "our pilots will use these aircraft well": the receiver's use of aid, no pledge
        if joint_buying(doc, sent, first, words):
            continue  # "plans to fund joint purchases of ammunition": members' own stocks, no aid
        if use_limited(doc, sent, first, group[-1][1], words):
            continue  # "weapons supplied by Italy had to be used inside Ukraine": a limit on use, no delivery
        if decision_pending(doc, sent, first, group[-1][1], words):
            continue  # "the decision to provide aircraft would be taken separately": nothing decided yet
        if another_country_receives(ctx, sent, first):
            continue  # "Portugal will receive the parts needed to repair vehicles": that country gets them
        if items_to_another_country(ctx, sent, group[-1][1]) or to_any_state_at_war(doc, sent, group[-1][1]):
            continue  # "Germany would send Taurus missiles to the UK", "sent arms to a country at war": not Ukraine
        if reported_subject(ctx, sent, first):
            continue  # "Warsaw says the force would deliver humanitarian aid": the force's, not the speaker's
        donor_close = (handed or pause_owner(ctx, sent, first) or decision_owner(ctx, sent, first) or payer_of_reported(ctx, sent, first, group[-1][1]) or gapped or _speaker_of_we(ctx, sent, first) or _head_of_aside(ctx, sent, first) or lot_owner(ctx, sent, first)
                       or _pronoun_relative_giver(ctx, sent, first, group[-1][1]) or _participle_giver(ctx, sent, first)
                       or _donor_before(ctx, sent, first, limit=12) or coordinated_subject(ctx, sent, first) or _subject_of(ctx, sent, first)
                       or _donor_after(ctx, sent, group[-1][1])
                       or _donor_of_relative(ctx, sent, group[-1][1], sent.end) or _made_the_nth(ctx, sent, group[-1][1]))
        founders = scheme_founders(ctx, sent, group[-1][1]) if donor_close is None else []
        donor_close = donor_close or (founders[0] if founders else None)  # "as part of the initiative that Germany … launched"
        side = side_giver(ctx, sent, group[-1][1], words)
        if side is not None and donor_close == side[1] and not any(
                m.code == side[1] for m in ctx.mentions_in(sent.start_char, table.idx[first], ("COUNTRY", "ORG"))):
            donor_close = None  # "seven howitzers arrived, alongside five supplied by the Netherlands": its five, not the seven
        if _seller_demonym(ctx, sent, first, donor_close):
            donor_close = None  # "will buy American weapons … and pass them to Ukraine": the seller
        # Without an amount, only an explicit donor or a bullet under an introducing
        # sentence makes a commitment; "many could contribute logistics" does not.
        if donor_close is None and first in kind_split and out:
            donor_close = out[-1].donor  # "the United States' resumption of military aid and intelligence sharing"
        donor = donor_close or fallback_donor
        if payer is not None and group[-1][1] <= payer_at:
            donor = donor_close = payer  # "… Patriot systems, which NATO allies would pay for": the payer gives
        # "The Czech-led initiative has delivered 850,000 rounds": a pooled scheme's aid, no one's alone
        pooled = donor_close is None and pooled_subject(ctx, sent, first, words)
        if pooled:
            donor = None
        elif donor is None and earlier:
            donor = _donor_of_same_item(ctx, sent, group, earlier)
        if donor is None and sibling is None and not pooled:
            # "Six refurbished tanks will leave the port next month, Madrid's defence ministry confirmed"
            # "seven transformers delivered with Japanese assistance": the state whose help brought them
            donor = donor_close = assisting_state(ctx, sent, group[-1][1]) or reporting_donor(ctx, sent, group[-1][1])
        if donor is None and sibling is None and not pooled:
            if side is not None and status is not None:
                share = Draft(side[1], "UKR", _category(group, window, spending), status, sent, first, supplier=supplier, confidence=0.6)
                share.items = _item_names(sent, group)
                out.append(share)  # "…, alongside five supplied by the Netherlands": its share, whoever gave the rest
            continue
        if schedule_of_earlier_pledge(doc, sent, first, donor, earlier):
            continue  # "set out a delivery plan: six aircraft around New Year": the timing of the pledge told before
        if len(group) == 1 and _definite_before(table, sent, first) in ("the", "these", "those", "our", "their", "its") and earlier and any(
                d.donor == donor and any(_head(i) == _head(group[0][2]) for i in d.items) for d in earlier):
            # "the tanks would add firepower": the tanks this donor gave before, told of again;
            # "lists the three Gepards as delivered": the Gepard guns, in the plural
            continue
        if class_noun_told_before(group, _definite_before(table, sent, first), status, donor, earlier):
            continue  # "the Danish aircraft would come from the fleet …" after "19 F-16 fighter jets": the same aid
        if _has(_lower(doc, group[-1][1], min(sent.end, group[-1][1] + 3)), ("to russia", "to moscow", "for russia")):
            continue  # "shipped munitions to Russia": arms for the invader are no aid to Ukraine
        weighed = deliberated(clause, words)
        if (_has(clause, words["hypothetical"]) and not weighed) or _has(clause, words["negation"]):
            continue  # "whether Britain could replace ...", "it does not send equipment"
        if weighed:
            status = "considering"  # "is discussing whether to hand over its S-300": weighed, not supposed
        if (_has(clause, words["continuation_cues"]) or _has(clause, words["standing_cues"])) and all(it[2] in words["vague_items"] or _ukrainian_troops(table, it) for it in group):
            # "will keep helping Ukraine with weapons", "will keep training Ukrainian soldiers": a
            # general promise, nothing specific given (Ukraine's own troops are who receives); "we were
            # among the first to send weapons" tells of a record, nothing given now
            continue
        # ten tokens: "was the first country to hand over long-range cruise missiles" puts a hyphenated
        # modifier between the cue and the item's noun; no comma between them ("…, will now supply")
        just_before = _lower(doc, max(sent.start, first - RECORD_REACH), first)
        record = _has(just_before, words["standing_cues"])
        if record and "," not in just_before.split(f" {record} ", 1)[-1]:
            continue  # "Britain, which was the first to send tanks, …": a record, nothing given now
        if record_aside(doc, sent, first):
            continue  # "…, making it the first NATO member to hand over tanks": the main clause's record
        if _has(_lower(doc, max(sent.start, first - 4), first), words["target_verbs"]):
            continue  # "the IRIS-T system … had shot down 20 drones": what aid hits, not aid
        if _has(_lower(doc, max(sent.start, first - 6), first), words["sale_cues"]) and not _has(sentence, words["payer_verbs"]):
            continue  # "Washington approved a possible sale of 400 interceptors to Kyiv": sold, not given
        if _has(_lower(doc, max(sent.start, first - 4), first), words["kind_questions"]):
            continue  # "sensitivities about what kinds of arms it pays for": a kind asked about, nothing given
        if _has(_lower(doc, max(sent.start, first - 5), first), words["topic_cues"]):
            continue  # "are expected to give an update on F-16 training": words given about aid, no aid
        if (_has(clause, words["money_referents"]) or bought_with_money_told_before(doc, sent, first) or bought_in_second_verb(doc, sent, first)
                or adjective_money_referent(doc, sent, first)):
            continue  # "the money would buy weapons" (", and will also fund …"): what a pledge told before will pay for
        if ("own" in table.lower[max(sent.start, first - 2) : first] and "of" not in table.lower[max(sent.start, first - 4) : first - 1]
                and not _given_from_own(table, sent, first)):
            continue  # "rebuilds Norway's own air defence": its own forces, not aid ("14 of its own tanks" are given from them)
        if _has(clause, words["replacement_cues"]):
            continue  # "will replace the Patriot systems Germany gives up": a donor's stocks refilled, no aid to Ukraine
        if company_order(ctx, sent, first, clause):
            continue  # "Hensoldt said it had received a large order for radars": a company's order book
        if abandoned_plan(doc, sent, first):
            continue  # "had originally planned to send Mirage jets": a plan given up
        if company_supplies(ctx, sent, first):
            continue  # "…, and Lockheed Martin would provide instructors": the company supplies, the host gives nothing
        if status == "paused" and truce_scope(sent, group[-1][1]):
            continue  # "a halt to missile, drone and bomb attacks": a truce's scope, no aid held back
        if (status not in ("paused", "cancelled") and all(it[2] in words["generic_items"] for it in group)
                and not _has(window, words["resumption_cues"])
                # "paid for the first package of American equipment": a lot of it, delivered, is specific
                and not _has(_lower(doc, max(sent.start, first - 4), first), words["concrete_lots"])):
            # "military support" alone names no aid in kind; it is the money's subject, told
            # elsewhere. A pause, cancellation or resumption of "military aid" is news in itself.
            continue
        category = _category(group, window, spending)
        if category == "troops":
            continue  # troop offers are participation facts, not commitments
        same = next((d for d in out if donor is not None and d.donor == donor and d.status == status and d.category == category
                     and _coordinated(doc, d.anchor_start, first)
                     and not any(m.code not in ("UKR", "RUS") for m in ctx.mentions_in(table.idx[d.anchor_start], table.idx[first], ("COUNTRY", "ORG")))), None)
        if same is not None:
            # "Portugal sent three tanks and has also supplied M113 carriers": one donor, one stage,
            # one sentence: one commitment with all its items
            same.items.extend(n for n in _item_names(sent, group) if n not in same.items)
            continue
        draft = Draft(donor, None if category == "defence_spending" else "UKR", category, status, sent, first,
                      supplier=supplier, confidence=0.7 if donor_close else 0.55, collective=pooled)
        # "… dozens of F-16s, with Denmark expected to hand over the first aircraft": the F-16s
        draft.items = (g and referred_items(sent, table, group, groups[g - 1])) or _item_names(sent, group)
        draft.sibling = sibling if donor is None else None
        if side is not None and side[1] != donor:
            share = Draft(side[1], draft.recipient, category, status, sent, first, supplier=supplier, confidence=0.6)
            share.items = list(draft.items)
            out.append(share)  # before the main clause's: the donor the next sentence carries on is the main one
        out.append(draft)
        rest = _lower(doc, group[-1][1], sent.end)
        later = _later_stage(rest, words) if status not in ("paused", "cancelled") else None
        if status == "paused" and _has(rest, words["resume_cues"]):
            later = "announced"  # "halted aid in March and lifted the freeze a week later": resumed
        elif imposed:
            later = "paused"  # the freeze the sentence lifts, told as imposed: the halt, its own commitment
        if later and later != status:
            # "will send two jets this year and hopes to deliver two more": a second, later stage
            # "… and Germany plans to send 200 more": another subject's, not a second stage of this donor's
            stage = Draft(_other_subject_after(ctx, sent, group[-1][1], donor) or donor, draft.recipient, category, later, sent, first,
                          supplier=supplier, confidence=0.55)
            stage.items, stage.sibling = list(draft.items), draft.sibling
            out.append(stage)
        partners = co_donors(ctx, sent, first, donor) if not pooled else []
        agents: list[str] = []
        if donor is not None:
            partners += [c for c in founders[1:] if c not in partners]  # the scheme's other founders
            partners += [c for c in listed_givers(ctx, sent, first, donor) if c not in partners]
            # "Denmark and Norway pledged their jets": a chain as the subject, each actor gives
            partners += [c for c in chain_subject_givers(ctx, sent, first, donor) if c not in partners]
            # "received F-16 jets from Denmark and the Netherlands": each state of the chain gives its own
            partners += [c for c in from_chain_givers(ctx, sent, first, donor) if c not in partners]
            # "were handed over by Denmark and the Netherlands": each agent of the passive gives
            agents = passive_co_donors(ctx, sent, donor)
            partners += [c for c in agents if c not in partners]
        if group is groups[-1]:
            partners += [c for c in _partners_of_one_more(ctx, sent, group[-1][1], words) if c != donor and c not in partners]
        # "Speaking alongside his Norwegian counterpart, …": who the speaker stands with gives nothing
        partners = [c for c in partners if not beside_speaker(ctx, sent, c)]
        whole = None
        if (partners and (len(founders) > 1 or _has(_lower(doc, sent.start, first), ("jointly", "together")))
                and not set(partners) <= set(agents) and not together_only_in_telling(table.lower, sent.start, first)):
            # (not "handed over by Denmark and the Netherlands, which jointly lead the coalition":
            # the agents of a passive each gave; "jointly" there belongs to another clause)
            # "The United States and the Netherlands are jointly paying for 90 T-72 tanks": one aid
            # of theirs together (no single donor), each giving a share of it, as for a joint amount
            whole = Draft(None, draft.recipient, category, status, sent, first, supplier=supplier, confidence=0.5, collective=True)
            whole.items = list(draft.items)
            out.insert(out.index(draft), whole)
            draft.parent = whole
        for partner in partners:
            twin = Draft(partner, draft.recipient, category, status, sent, first, supplier=supplier, confidence=0.6, parent=whole)
            twin.items = list(draft.items)
            out.append(twin)
    return out


def _after_giving(table, sent: Span, first: int, words: dict) -> bool:
    """Whether "after"/"since" and a gerund of giving stand right before the items (a count and
    names between): "after sending Patriot interceptors in the spring" tells of aid given before."""
    for j in range(first - 1, max(sent.start, first - 4), -1):
        if table.lower[j] in words["giving_after_modal_ing"]:
            return table.lower[j - 1] in ("after", "since")
    return False


def _main_clause_gives(doc, sent: Span, first: int, words: dict) -> bool:
    """Whether the clause before the items gives them a stage of its own, neither denied, supposed nor
    a replacement: "Sweden has delivered the Archer howitzers it promised Ukraine" (delivered, not the
    relative clause's promise), but not "would not let two minehunters that Britain has pledged …"."""
    clause = _clause_before(sent, first)
    if _has(clause, words["negation"]) or _has(clause, words["hypothetical"]) or _has(clause, words["replacement_cues"]):
        return False
    return _status(_lower(doc, max(sent.start, first - 8), first), words, lower_text(sent)) is not None
def _kinds_joined(ctx, lo: int, hi: int) -> bool:
    """Only a conjunction between two kinds of aid ("military aid and intelligence sharing"), also
    past the receiver and an adverb of order ("military aid to Kyiv and then intelligence sharing")."""
    lower = tokens(ctx.doc).lower
    if "," in lower[lo:hi] and "and" not in lower[lo:hi]:
        # "intelligence sharing, cyber defence and training that Norway provides": a longer list goes
        # on; it is read whole (its giver may come after it) and split by kind later (aid_kinds.py)
        return False
    between = [w for w in lower[lo:hi] if w not in (",", "and", "or", "then", "also", "later")]
    if not between:
        return True
    # "to Kyiv", "to Ukraine", "for the Ukrainians": the receiver of the first kind, nothing else
    return (len(between) > 1 and between[0] in ("to", "for", "with")
            and all(w in UKRAINE_WORDS or w == "the" for w in between[1:]) and between[-1] != "the")


def _since_comma(table, sent: Span, first: int, most: int) -> str:
    """The words before ``first``, at most ``most`` of them, back to the nearest comma: "including
    several hundred Javelin anti-tank missiles" reaches its "including" past the count and name."""
    j = first
    while j > max(sent.start, first - most) and table.text[j - 1] not in (",", ";"):
        j -= 1
    return " " + " ".join(table.lower[j:first]) + " "


def _head(item: str) -> str:
    """An item's last word without a plural "s": "Gepard" and "the Gepards" name one thing."""
    words = item.lower().split()
    return words[-1].removesuffix("s") if words else ""


_MODALS_ONLY = ("will", "would")
# Words just before the window that belong to its verb: an auxiliary, an adverb, or a verb of starting
# ("has begun shipping"), whose gerund alone is no cue.
_BEFORE_WINDOW = frozenset({"has", "have", "had", "also", "already", "now", "begun", "began", "started"})
# An auxiliary between two items opens a clause with a verb (and a stage) of its own.
_CLAUSE_AUXILIARIES = frozenset({"will", "would", "shall", "has", "have", "had", "is", "are", "was", "were"})


def _planned_cues_not_modal(words: dict) -> list[str]:
    cues = _PLANNED_CACHE.get(id(words["status"]))
    if cues is None:
        cues = _PLANNED_CACHE[id(words["status"])] = [c for stage, cs in words["status"] if stage == "planned" for c in cs
                                                        if c not in _MODALS_ONLY]
    return cues


_PLANNED_CACHE: dict[int, list[str]] = {}


def _bare_modal_verb(table, window: str, start: int, first: int, words: dict) -> bool | None:
    """Whether the verb after a bare "will"/"would" (the only cue of a planned stage) before the items
    is one that can give: None when another cue gives the stage or no such modal is there."""
    if not _has(window, _MODALS_ONLY) or _has(window, _planned_cues_not_modal(words)):
        return None
    at = next((j for j in range(first - 1, start - 1, -1) if table.lower[j] in ("will", "would")), None)
    if at is None:
        return None
    j = at + 1
    while j < first and table.lower[j] in ("also", "now", "then", "soon", "still", "only", "not", "be", "help", "jointly", "each", "both", "all",
                                           "together", "quickly", "swiftly", "first", "further") or table.lower[j] in words["adverbs_after_modal"]:
        j += 1
    return j < first and (table.lower[j] in words["giving_after_modal"] or table.lower[j] in words["aid_verbs_after_modal"]
                          or (table.lower[j - 1] == "be" and table.lower[j] in words["giving_after_modal_ing"]))  # "will be sending"


# Words that add items of the same giving to those before ("together with a team of instructors").
_ALONG_WITH = ("together with", "along with", "as well as", "alongside")


# Units written after a calibre or range ("122mm", "155 mm", "300km").
_UNITS = frozenset({"mm", "cm", "km", "kg"})


# words between a count and its item, or before the count ("at least 100 refurbished Leopard 1A5
# tanks"): the verb is still read within eight words of the count
_COUNT_MODIFIERS = frozenset({"at", "least", "up", "about", "around", "some", "nearly", "almost", "over", "refurbished",
                              "new", "used", "additional", "further", "modern", "modernised", "modernized", "upgraded",
                              "older", "second-hand", "self-propelled", "towed", "armoured", "armored", "heavy", "light"})


def _modifiers_start(doc, sent: Span, first: int) -> int:
    """Where the count, calibre and model name before an item start ("some of its 122mm D-30
    howitzers"): the verb that gives the stage is read within eight words of there, not of the item."""
    table = tokens(doc)
    j = first
    while j - 1 > sent.start and first - j < 7 and (
            table.title[j - 1] or table.text[j - 1] == "-" or table.lower[j - 1] in _UNITS
            or table.lower[j - 1] in _COUNT_MODIFIERS
            or any(c.isdigit() for c in table.text[j - 1])) and not table.ent[j - 1]:
        j -= 1
    # a model name alone ("together with Eurofighter jets") widens nothing: the window was made for it
    return j if any(c.isdigit() for t in table.text[j:first] for c in t) else first


def _payer_clause(ctx, sent: Span, words: dict) -> tuple[int, str | None]:
    """Where a relative clause "which/that X (would) pay for" starts in the sentence, and X:
    "the US would supply weapons, including Patriot systems, which NATO allies would pay for"."""
    padded = lower_text(sent)
    if not _has(padded, words["payer_verbs"]) or not _has(padded, ("which", "that")):
        return -1, None
    table = tokens(ctx.doc)
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG")):
        j = m.start - 1
        if j <= sent.start or table.lower[j] not in ("which", "that") or m.code in ("UKR", "RUS"):
            continue
        after = _lower(ctx.doc, m.end, min(sent.end, m.end + 5))
        if _has(after, words["payer_verbs"]):
            return j, m.code
    return -1, None


def _speaker_of_we(ctx, sent: Span, first: int) -> str | None:
    """ "'We will send 20 more tanks to Ukraine,' Defence Minister Boris Pistorius said": "we" or "our"
    before the item, in a sentence that names the speaker, is the speaker's country."""
    table = tokens(ctx.doc)
    if not any(table.lower[j] in ("we", "our") for j in range(max(sent.start, first - 8), first)):
        return None
    for m in ctx.people_in(sent):
        if m.actor and m.actor not in ("UKR", "RUS") and m.start > first:
            return m.actor
    return None


def _pause_covers(doc, sent: Span, first: int, words: dict) -> bool:
    """Whether the sentence's subject is a pause ("The pause", "The freeze") and a verb of scope
    ("covered", "affects") comes before the item at ``first``."""
    opening = _lower(doc, sent.start, min(first, sent.start + 3))
    return bool(_has(opening, words["pause_subjects"]) and _has(_lower(doc, sent.start, first), words["pause_scope_verbs"]))


def _ukrainian_troops(table, item) -> bool:
    return item[3] == "troops" and table.lower[item[0] - 1] in ("ukrainian", "ukraine's", "ukraine’s")


def _coordinated(doc, lo: int, hi: int) -> bool:
    """Whether the words between two item groups join them with "and" in one clause: "sent three
    tanks and has also supplied carriers", not "which has pledged 24 jets, confirmed the arrival of"
    (nor, as the caller asks, "… guns began arriving, and Berlin has also shipped missiles": a
    subject of its own, even the same donor's, tells of another delivery)."""
    between = lower_words(doc)[lo:hi]
    return "and" in between and not {"which", "who", "but", "while", "whereas", "that"} & set(between)


def _donor_of_same_item(ctx, sent: Span, group, earlier: list[Draft]) -> str | None:
    """The donor of a commitment of the last two sentences that names one of ``group``'s specific
    (not generic) items."""
    names = {it[2] for it in group} - _generic_items()
    if not names:
        return None
    first = ctx.mentions_in(sent.start_char, sent.end_char, ACTOR_LABELS)
    if first and first[0].code == "UKR" and first[0].start == sent.start:
        return None  # "Ukraine has received 50 Leopard 2 tanks": the recipient's tally, from many donors
    here = ctx.sentence_index(sent.start_char)
    for draft in reversed(earlier[-4:]):
        if draft.donor and draft.sent is not None and 0 < here - ctx.sentence_index(draft.sent.start_char) <= 2:
            if names & {i.lower() for i in draft.items}:
                return draft.donor
    return None


def _given_from_own(table, sent: Span, first: int) -> bool:
    """ "Britain and France have already supplied their own Storm Shadow missiles": a verb of giving
    right before "its/their own" gives the items from the donor's own stocks; that is aid."""
    j = next((k for k in range(first - 1, max(sent.start, first - 3) - 1, -1) if table.lower[k] == "own"), None)
    return j is not None and j - 2 >= sent.start and table.lower[j - 1] in ("its", "their", "his", "her", "our") and table.lower[j - 2] in GIVE_OR_SELL


def _clause_before(sent: Span, i: int) -> str:
    """The lower-case words of the clause that token ``i`` is in, up to ``i``."""
    doc = sent.doc
    table = tokens(doc)
    j = i - 1
    while j > sent.start and table.text[j] not in (",", ";", ":") and table.lower[j] not in ("but", "while", "whereas"):
        j -= 1
    return _lower(doc, j, i)


# "its eleventh arms package to Kyiv, which includes SAMP/T launchers": what a package holds.
_CONTENT_CUES = (" which includes ", " which include ", " which included ", " including ", " which contains ", " containing ",
                 " comprising ", " that includes ", " that include ", " made up of ")


def _join_contents(doc, groups: list) -> list:
    """A group of items told as the contents of the group before it (after "which includes",
    "including" within ten tokens) is the same aid, not a second pledge."""
    out = [groups[0]] if groups else []
    for group in groups[1:]:
        gap_lo, gap_hi = out[-1][-1][1], group[0][0]
        if gap_hi - gap_lo <= 10 and _lower(doc, gap_lo, gap_hi).endswith(_CONTENT_CUES) and ";" not in _lower(doc, gap_lo, gap_hi):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


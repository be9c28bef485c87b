"""Commitments: who pledged what to whom, for how much, at which stage.

A commitment is anchored on an amount of money, or, for in-kind aid without
an amount ("Altius 600m and 700m drones"), on an aid item next to a verb that
gives its stage. The donor is the actor (or the country of the person) named
before the anchor in its sentence; failing that, the actor of an introducing
sentence that ends with a colon (bullet lists), or the donor of the commitment
just before. A company is a supplier, never a donor. A conversion in
parentheses is the same amount; a running total is ``cumulative``; an amount
after "including" is a sub-allocation of the package before it (``part_of``).

The donor rules are in ``donors.py``, the stage cues in ``stages.py``, what is no aid in ``no_aid.py``, aid in kind
without an amount in ``in_kind.py``, the aid items and category in ``aid_items.py``, and the passes over all of an
article's drafts in ``drafts.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.aid_items import _category, _item_names, find_items
from coalition.extract.aid_kinds import split_service_kinds
from coalition.extract.context import ArticleContext, Mention, _has, _lower, lower_text, sentence_words, tokens, vocab
from coalition.extract.donors import (AID_NOUNS, NOUN_TRIGGERS, _actor_before, _collective_subject, _donor_after, _donor_before,
                                      _donor_of_relative, _donor_right_after, _each_giver, _gapped_donor, _group_anaphor,
                                      _intro_donor, _joint_givers, _joint_sources, _main_actor, _payers_after, _source_country,
                                      _trigger_set)
from coalition.extract.drafts import Draft, _drop_yearly_slices, _finish, _fold_priced_items, _merge_repeats, _parent_for
from coalition.extract.counted_pronouns import counted_antecedents
from coalition.extract.in_kind import ACTOR_LABELS, _clause_before, _in_kind
from coalition.extract.money import currency_country
from coalition.extract.itemless_pledges import _output_share_pledge, _own_spending_pledge
from coalition.extract.asset_values import values_assets
from coalition.extract.abandoned_plans import abandoned_plan
from coalition.extract.combined_totals import combined_total
from coalition.extract.pooled_sums import joint_payers, pooled_sum
from coalition.extract.cost_estimates import sizes_cost
from coalition.extract.economy_sizes import sizes_economy
from coalition.extract.private_giving import privately_collected
from coalition.extract.split_openers import split_of_nothing
from coalition.extract.blockers import blockers, owner_instead
from coalition.extract.compared_figures import compared_figure
from coalition.extract.consent_refusals import move_refused, unless_headline_blocker
from coalition.extract.makers import maker_before
from coalition.extract.source_donors import move_from_sources
from coalition.extract.from_donors import give_to_from_actor
from coalition.extract.gapped_amounts import before_qualifier
from coalition.extract.joint_subjects import joint_group_pays
from coalition.extract.group_subjects import ungive_group_subjects
from coalition.extract.member_bodies import body_of_group, members_body, pledging_body
from coalition.extract.payers import given_before, group_gives_after, member_loans, purchase_payers, scheme_owner
from coalition.extract.package_contents import fold_package_contents
from coalition.extract.no_aid import (UKRAINE_WORDS, _about_aid, _budget_total, _buys_a_company, _held_assets, _buys_for_itself, _facility_cost,
                                      _for_another_country, _not_aid, _spent_at_home)
from coalition.extract.side_clauses import side_giver
from coalition.extract.draft_refinements import refine_drafts
from coalition.extract.resumptions import resumption_told_again
from coalition.extract.restated import generic_package_told_elsewhere, summary_told_in_detail, superseded_budget_line
from coalition.extract.recipient_nouns import recipient_noun
from coalition.extract.recipients import (another_receiver, built_at_home, own_budget_clause, own_forces, own_money_of_recipient, sale_to_ukraine,
                                         supposed, ukraine_pays)
from coalition.extract.stages import _status
from coalition.extract.clause_subjects import pronoun_subject
from coalition.extract.verb_items import verb_with_object
from coalition.extract.clause_breaks import _items_in_own_clause
from coalition.extract.giver_appositives import in_giver_appositive
from coalition.extract.amount_asides import after_conversion
from coalition.extract.time_clauses import halt_clause_start
from coalition.extract.ukraine_amounts import amount_for_ukraine
from coalition.extract.unpledged import asked_of_legislature, commentators_forecast, companies_sell, reference_amount, ukraine_asks
from coalition.model import Commitment

# "Some will send aircraft, some will pay": unnamed givers, not the article's main donor.
# Words before "budget" that make it Ukraine's (budget support), not a giver's own budget.
UKRAINE_WORDS_BEFORE = frozenset({"ukraine's", "ukraine’s", "kyiv's", "kyiv’s", "ukrainian", "ukraine", "kyiv"})
QUANTIFIER_SUBJECTS = {"some", "others", "many", "several", "most", "few", "all", "both", "each", "they"}
QUALIFIER_WORDS = {"about", "around", "roughly", "some", "nearly", "almost", "approximately", "at", "least", "more", "than", "over", "up", "to", "just", "under"}
# The words before the colon of a sentence whose bullets name the payers, one each.
FUNDERS_INTRO = (" financed by", " funded by", " paid for by", " contributions from", " came from", " provided by", " co-financed by", " contributed by")
# "three annual instalments of", "4 equal tranches of", "three equal annual instalments of": equal slices of one pledge.
_EQUAL_SLICES = re.compile(r" (?:two|three|four|five|six|seven|eight|ten|twelve|\d+) (?:[a-z-]+ ){0,2}(?:instalments|installments|tranches|payments) of (?:around |about |roughly |some |nearly |almost |approximately )?$")
SLICE_NOUNS = ("instalment", "installment", "tranche", "part", "share", "slice", "portion", "payment")
SPLIT_CUES = ("split into", "divided into", "broken down into", "split between", "divided between", "made up of")
PART_OF_CUES = ("including", "includes", "include", "included", "of which", "of this", "of that", "as part of", "out of which", "comprising", "comprises", "among them", "within that", "within this")


def find_commitments(ctx: ArticleContext) -> list[Commitment]:
    words = vocab("commitments")
    # Whether each sentence's money is no aid, asked by the aid test and again by the sentence loop.
    not_aid: dict[int, bool] = {}
    if not any(m.code == "UKR" for m in ctx.mentions) or not _about_aid(ctx, words, not_aid):
        # An article that never names Ukraine, or never says in one sentence that something is
        # given to it, is not about support to it: transfer fees of a "Ukraine captain", company
        # takeovers "since Russia's invasion of Ukraine" and domestic budgets stay out (issue 3).
        return []
    triggers = _trigger_set()
    main = unless_headline_blocker(ctx, _main_actor(ctx))  # "Hungary blocked …" up top: no giver
    drafts: list[Draft] = []
    intro_donor: str | None = None
    in_list = funders_list = False
    for index, sent in enumerate(ctx.sents):
        padded = lower_text(sent)
        # A bullet list runs from a sentence ending with a colon over the bullets that follow it;
        # its lines ("- C$30m for winter equipment;", "- Canada: C$5bn.") need no verb of their own.
        in_list = in_list and _is_list_item(ctx, sent)
        list_context = in_list
        funders_intro = False
        if not in_list:
            funders_list = False
        if ctx.text[sent.start_char : sent.end_char].rstrip().endswith(":"):
            # "… worth €538m were delivered, financed by:" — the bullets name who paid ("€20m from
            # Sweden"), one each; the sum before the colon is theirs together, no one's alone
            funders_intro = funders_list = padded.rstrip(": ").endswith(FUNDERS_INTRO)
            intro_donor = None if funders_intro else _intro_donor(ctx, sent) or (drafts[-1].donor if drafts else None) or main
            in_list = True
        if (not list_context and triggers.isdisjoint(sentence_words(padded)) and not _follow_up(ctx, sent, drafts, index)
                and not amount_for_ukraine(ctx, sent, padded)):  # "a bill with $60bn for Ukraine": Ukraine's money
            continue
        flag = not_aid.get(index)
        if flag is None:
            flag = not_aid[index] = _not_aid(padded, words)
        if flag:
            continue
        if not list_context and fold_package_contents(ctx, sent, index, drafts):
            continue  # "The package contains …": the items of the package told before, no pledge of its own
        context_donor = None
        if list_context:
            context_donor = intro_donor
        elif tokens(ctx.doc).lower[sent.start] in ("its", "their"):
            # "Lithuania has made a similar pledge. Its defence council decided ...": the
            # pronoun's actor is the last one named, not the article's main actor; "Its members
            # have committed …" are a group's members, no one donor.
            if tokens(ctx.doc).lower[sent.start + 1] not in words["collective_donors"]:
                context_donor = _actor_before(ctx, index)
        elif drafts and drafts[-1].sent is not None and index - ctx.sentence_index(drafts[-1].sent.start_char) <= 2:
            context_donor = drafts[-1].donor
        from_main = False
        if context_donor is None and main and any(d.donor == main for d in drafts) and not (list_context and funders_list):
            # the article's main donor, already giving: the donor of a sentence that names no actor
            context_donor, from_main = main, True
        found = _from_sentence(ctx, sent, padded, words, context_donor, drafts, list_context, from_main, main)
        if found and split_of_nothing(ctx.doc, sent, drafts):
            found = [d for d in found if d.money is None]  # "Of the Lithuanian money, €1.5m …": parts of no pledge
        if funders_intro:
            for draft in found:
                if draft.money is not None:
                    draft.donor, draft.collective = None, True
        for draft in found:
            if draft.donor is None and draft.money is not None and main and not draft.collective:
                if maker_before(ctx, draft.sent, draft.anchor_start) == main:
                    continue  # "Serbian-made ammunition worth €800m reached Ukraine": its industry's sales
                # press releases and single-donor reports name the donor once, up top
                draft.donor, draft.confidence = currency_country(draft.money.currency) or main, 0.5  # "SEK 500m": Sweden
        for draft in found:
            if draft.donor is None and draft.money is not None and not draft.collective:
                # "The federal government confirmed ... A$245m": a national currency other than the
                # dollar, which the world trades in, names the government that spends it
                draft.donor = currency_country(draft.money.currency)
        for draft in found:
            if draft.donor is None and draft.sibling is not None:
                draft.donor = draft.sibling.donor
        blocking = blockers(ctx, sent) if found and _has(padded, words["blocking_verbs"]) else None
        if found:  # "Budapest refused to endorse a €500m tranche": a consent withheld, not a gift
            move_refused(ctx, sent, found, main)
            move_from_sources(ctx, sent, found, main, drafts)  # "as reported by the French agency, $6bn …"
            give_to_from_actor(ctx, sent, found)  # "500 million Canadian dollars in support from Canada"
            ungive_group_subjects(ctx, sent, found)  # "Europeans are working on a pledge …": no carried donor
        if blocking:
            for draft in found:
                if draft.donor in blocking:
                    # "€500m … remains blocked by Hungary": the veto's agent holds back another's money
                    draft.donor = owner_instead(ctx, sent, blocking, main)
                if draft.status == "cancelled" and draft.donor is not None and draft.donor not in blocking:
                    draft.status = "paused"  # a third party's veto holds the money up; the donor cancels nothing
        drafts.extend(d for d in found if d.donor is not None or d.collective)
    generic = words["generic_items"]
    # "It is the tenth package of military support Sweden has provided": the package whose sum is told
    drafts = [d for d in drafts if not generic_package_told_elsewhere(d, drafts, generic)]
    # "… would send Ukraine weapons. Estonia will hand over Javelin missiles.": the summary, told again in detail
    vague = words["vague_items"]
    drafts = [d for d in drafts if not summary_told_in_detail(ctx, d, drafts, vague)]
    # "would resume military aid …" then "… and restart its security assistance": one resumption
    drafts = [d for d in drafts if not resumption_told_again(d, drafts)]
    drafts = refine_drafts(ctx, drafts, main)  # restated pledges, sums named again, channels, dated totals
    drafts = _drop_yearly_slices(ctx, drafts, words)
    drafts = _merge_repeats(ctx, drafts)
    drafts = _fold_priced_items(ctx, drafts)
    # "intelligence sharing, cyber defence and training": a kind each, once repeats are merged (aid_kinds.py)
    drafts = split_service_kinds(ctx, drafts)
    dollars = vocab("money")["dollar_countries"]
    for d in drafts:
        # A bare "$" given by a fund or alliance in an article about a dollar country's aid (a Canadian
        # release: "$500m to NATO's fund") is that country's dollar, as it would be were it the donor.
        if main in dollars and (d.donor is None or d.donor in _organisations()):
            d.currency = main
    return [_finish(ctx, d, drafts) for d in drafts]


def _follow_up(ctx: ArticleContext, sent: Span, drafts: list[Draft], index: int) -> bool:
    """A sentence right after a commitment that names aid items but no actor ("M577 carriers are
    due to follow in February"), or items that go with the aid told before ("the tanks would go
    with 30 self-propelled guns"): it goes on about that aid, trigger word or not."""
    if not drafts or not (find_items(sent) or counted_antecedents(ctx, sent, [])):  # "Fifty of them are to reach Ukraine"
        return False
    if not [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ACTOR_LABELS) if m.code != "UKR"]:
        return True  # (the receiver named is no other actor: "Fifty of them are to reach Ukraine by December")
    # "Ben Wallace said the tanks would go with armoured recovery vehicles": aid going with aid told before
    return bool(_has(lower_text(sent), vocab("commitments")["accompaniment_cues"]))


def _is_list_item(ctx: ArticleContext, sent: Span) -> bool:
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    return ctx.text[line_start : sent.start_char + 3].lstrip().startswith(("•", "*", "-", "–", "·"))


def _from_sentence(ctx, sent, padded, words, context_donor, previous, list_context=False, from_main=False, main=None) -> list[Draft]:
    doc = ctx.doc
    table = tokens(doc)
    # an amount in roubles is Russia's money (its budget, its revenue), never aid to Ukraine
    moneys = [(s, m) for s, m in ctx.money_in(sent) if m.conversion_of is None and not m.superseded
              and m.currency not in words["not_aid_currencies"]]
    roles = words["role_nouns_after_items"]
    # "the logistics hub for the force": a place or a role, not aid given
    items = [it for it in find_items(sent) if not recipient_noun(doc, sent, it[0]) and not _verb_form(table, sent, it)
             and not verb_with_object(table, sent, it, words)  # "jointly financing a second package": a verb
             and not (it[1] < sent.end and table.lower[it[1]] in roles) and not _own_budget_item(table, sent, it)
             # "from the Defence Forces' own stocks": an item as a possessor owns something, it is not given
             and not (it[1] < sent.end and table.text[it[1]] in ("'s", "’s", "'", "’"))
             and not in_giver_appositive(doc, sent, it[0], it[1])]  # "Washington, the largest donor of budget support, …"
    items = counted_antecedents(ctx, sent, items)  # "it sent 114 of them": the items of the sentence before
    if not moneys:
        # "the purchase will be funded with money provided by A, B and C": a purchase told before
        payers = purchase_payers(ctx, sent, padded, words, items)
        if payers:
            return payers
    if not moneys and not items:
        own = _own_spending_pledge(ctx, sent, padded, words)
        return [own] if own else []
    companies = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COMPANY",))]
    supplier = companies[0].code if companies else None
    has_ukraine = any(m.code == "UKR" for m in ctx.actors_in(sent)) or _has(padded, UKRAINE_WORDS)
    spending = _has(padded, words["defence_spending_words"]) is not None and not has_ukraine
    out: list[Draft] = []
    lender = member_loans(ctx, sent) if moneys else None
    if lender is not None:
        # "Poland received €43bn" of the EU's SAFE loans: the lender's money for a member's own defence
        for span, money in moneys:
            draft = Draft(lender[0], None, "defence_spending", "announced", sent, span.start, money=money, confidence=0.6)
            draft.items = [lender[1]]
            out.append(draft)
        return out
    if moneys:
        split_items = _items_in_own_clause(ctx, sent, items, [span for span, _ in moneys])
        for k, (span, money) in enumerate(moneys):
            if span.end < sent.end and table.lower[span.end] in ("each", "apiece"):
                continue  # "packages worth $500m each": the size of a scheme's unit, not a pledge
            if _has(_lower(doc, max(sent.start, span.start - 6), min(sent.end, span.end + 3)), words["unit_cues"]):
                continue  # "Each package is worth roughly $500m", "$450,000 per vehicle": a unit's size or price
            if _EQUAL_SLICES.search(_lower(doc, max(sent.start, span.start - 7), span.start)):
                continue  # "paid out in three annual instalments of £752m": a slice of a pledge told before
            if k and _restates_previous(doc, moneys[k - 1][0], span):
                continue  # "SEK 75bn over three years, or SEK 25bn a year": the same money again
            lo = moneys[k - 1][0].end if k else sent.start
            hi = moneys[k + 1][0].start if k + 1 < len(moneys) else sent.end
            if _has(_lower(doc, lo, hi), words["not_pledge_money"]):
                continue  # unused authority, a superseded proposal, an estimate: no money promised
            if abandoned_plan(doc, sent, span.start):
                continue  # "had at first wanted to give $10bn": a plan given up
            if sizes_cost(doc, sent, lo, span.start):
                continue  # "puts the cost of Ukraine's recovery at $400bn": a need sized, no money given
            if superseded_budget_line(doc, lo, hi):
                continue  # "the draft budget had set aside €4bn": the line a later decision replaced
            if compared_figure(doc, sent, lo, span):
                continue  # "instead of a ceiling of NOK 75bn", "SEK 1bn more than all previous packages"
            right_after = _donor_right_after(ctx, sent, after_conversion(table, sent, span.end))  # "the $50bn (€45bn) G7 loan"
            if right_after is None and own_money_of_recipient(ctx, sent, lo, span.start, words):
                continue  # "Ukraine's own defence budget is $53bn", "Russia plans to spend $145bn": theirs, no aid
            if _budget_total(doc, sent, span.start, span.end, words) or _held_assets(doc, sent, span.end, words) or (
                    values_assets(doc, sent, span.start, span.end) or sizes_economy(doc, sent, span.start, span.end)):
                # "$300bn of Russian central bank assets", "forecasting 2024 GDP of €41.2bn": a stock, an economy
                continue  # "Among its €524.5bn of spending is …" (aid one line of it), "$30bn immobilised in Japan"
            if _buys_a_company(ctx, sent, lo, hi, words):
                continue  # "its $4.6bn purchase of Terran Orbital": a takeover, whatever it supplies
            if _for_another_country(ctx, sent, span.end):
                continue  # "€248m for Poland, Hungary and Romania" (for the refugees they host): not Ukraine's
            if privately_collected(doc, sent, lo, span.start):
                continue  # "The X Charity Foundation had collected 600m hryvnias": private giving, no state's
            if companies_sell(doc, sent, lo, span.start):
                continue  # "Czech defence companies shipped CZK 30bn of weapons to Ukraine": sales, no state's aid
            if _buys_for_itself(doc, max(lo, span.start - 15), span.start, min(hi, span.end + 5)):
                continue  # "Poland will buy 180 tanks from South Korea for $5.8bn": its own purchase
            if _facility_cost(doc, lo, span.start, hi):
                continue  # "The plant, which cost around €500m, opened": a site's price, no pledge
            if another_receiver(ctx, sent, lo, span.start, span.end, hi):
                continue  # "has given Israel $3.8bn", "sold 42 Rafale jets to Indonesia": not Ukraine's
            if ukraine_pays(ctx, sent, lo, span.start, hi):
                continue  # "Ukraine will pay for the Swedish Gripen jets …": a purchase, the seller gives nothing
            if (reference_amount(doc, sent, span.start, span.end, words) or ukraine_asks(ctx, sent, lo, span.start, words)
                    or asked_of_legislature(doc, sent, lo, span.start, words)):  # "has asked Congress for about $61bn"
                continue  # "well above the $5bn the administration had sought", "Kyiv wants … $6bn": no money given
            if supposed(doc, sent, lo, span.start, hi):
                continue  # "If Congress approves it, the US could send another $60bn": a supposition, no pledge
            if commentators_forecast(doc, sent, span.start, words):
                continue  # "Analysts expect Berlin to pledge another €1bn": a forecast, no pledge
            # "South Korea, which has refused to send weapons, will give $100m in humanitarian aid": an
            # item in a denied clause is not what the money buys
            local_items = [it for it in items if lo <= it[0] < hi and it not in split_items
                           and not _has(_clause_before(sent, it[0]), words["negation"])]
            collective = (_collective_subject(ctx, sent, span.start, words) or group_gives_after(ctx, sent, span.end, words)
                          or combined_total(ctx, sent, span.start) or joint_group_pays(ctx, sent, span.start)
                          or pooled_sum(ctx, sent, span.start, span.end) or joint_payers(ctx, sent, span.start, span.end))  # "the coalition's fund has taken in £73m"
            if out and _has(_lower(doc, max(lo, span.start - 3), span.start), ("up from", "down from", "compared with", "compared to")):
                # "are to reach €2.75bn, up from €1.8bn delivered in 2024": the same giver's earlier figure
                collective = collective or out[-1].collective
            donor = None if collective else (scheme_owner(ctx, sent, lo, span.start) or right_after or _gapped_donor(ctx, sent, before_qualifier(doc, sent, span.start))
                                             or _group_anaphor(ctx, sent, span.start) or _donor_before(ctx, sent, span.start) or _donor_of_relative(ctx, sent, span.end, hi))
            if donor is None and list_context:
                donor = context_donor  # a bullet's "from the United States" names the seller
            if not collective:
                donor = donor or _donor_after(ctx, sent, span.end) or context_donor
            elif _has(_lower(doc, max(lo, span.start - 12), span.start), words["collective_donors"]):
                # "At NATO's summit, allies pledged €40bn a year": the members give as their body
                body = (body_of_group(ctx, sent, max(lo, span.start - 12), span.start, words) or members_body(ctx, sent)
                        or pledging_body(ctx, sent, max(lo, span.start - 12), span.start, main))
                if body is not None:
                    donor, collective = body, False
            if donor in _channels():
                donor = _source_country(ctx, sent) or donor
            stop = halt_clause_start(ctx, span.end, min(sent.end, span.end + 10), words) or min(sent.end, span.end + 10)  # "…, days after X paused aid"
            status = _status(_lower(doc, max(sent.start, span.start - 12), stop), words, padded) or "announced"
            around = _lower(doc, max(sent.start, span.start - 8), min(sent.end, span.end + 6))
            if _has(around, words["cumulative_strong"]) or _brings_to(doc, sent, span.start):
                status = "cumulative"
                if (k + 1 < len(moneys) and _brings_to(doc, sent, moneys[k + 1][0].start) and not _brings_to(doc, sent, span.start)
                        and not _has(_lower(doc, max(lo, span.start - 8), span.start), words["cumulative_strong"])):
                    # "adds NOK 5bn, bringing its support to NOK 27bn": the cue belongs to the total after
                    status = _status(_lower(doc, max(sent.start, span.start - 12), span.start), words, padded) or "announced"
            clause = _lower(doc, lo, hi)
            # "… while Poland's own defence budget is zł124bn": the clause's own spending, not aid
            own_budget = not spending and ((_has(clause, words["defence_spending_words"]) and not _has(clause, UKRAINE_WORDS))
                                           or own_forces(doc, sent, lo, hi)  # "to replace those sent to Ukraine"
                                           or own_budget_clause(doc, sent, span.start, span.end, words["defence_spending_words"])
                                           or built_at_home(ctx, sent, span.end, hi))
            category = _category(local_items, clause, spending or bool(own_budget))
            at_home = category != "defence_spending" and _spent_at_home(clause, words)
            if at_home:
                category = "humanitarian"  # "£500m for councils housing Ukrainian families": spent at home, no recipient
            draft = Draft(donor, None if category == "defence_spending" or at_home else "UKR", category, status, sent, span.start,
                          money=money, supplier=supplier if _supplier_near(companies, span, hi) else None,
                          confidence=0.85 if donor else 0.5, collective=collective)
            draft.items = _item_names(sent, local_items)
            before = _lower(doc, max(sent.start, span.start - 5), span.start)
            if out and _has(before, SPLIT_CUES) and out[-1].money and out[-1].money.amount > money.amount:
                draft.parent = out[-1]  # "brings its support to NOK 27bn, split into NOK 17bn of military …"
            elif k and table.lower[span.start - 1] == "and" and out and out[-1].parent is not None and out[-1].money:
                draft.parent = out[-1].parent  # "… split into NOK 17bn of military and NOK 10bn of civilian aid"
            elif _has(before, PART_OF_CUES) or (k and table.lower[span.start - 1] in ("with", "and") and out and _has(_lower(doc, lo, span.start), ("for",))):
                draft.parent = _parent_for(draft, out, previous)
            each = _each_giver(ctx, sent, lo, span.start) if not collective else []
            if each:
                # "The United States and Japan each pledged $1bn": the whole amount from each
                draft.donor = each[0]
                out.append(draft)
                for code in each[1:]:
                    twin = Draft(code, draft.recipient, category, status, sent, span.start, money=money, confidence=0.7)
                    twin.items = list(draft.items)
                    out.append(twin)
                continue
            payers = _payers_after(ctx, sent, span.end, hi)
            if not payers and sale_to_ukraine(doc, sent, span.end, hi, words["payer_verbs"]):
                continue  # "clears $825m ERAM sale to Ukraine": Ukraine's purchase, the seller gives nothing
            if len(payers) == 1:
                draft.donor = payers[0]  # "the sale of $825m in missiles, to be paid for by Denmark": the payer gives
            joint = _joint_givers(ctx, sent, lo, span.start, words) or _joint_sources(ctx, sent, span.end, hi) or (
                payers if len(payers) > 1 else [])
            if joint:
                # "A, B and C will announce a jointly funded package worth $500m": the sum is
                # theirs together, no one's alone (kept without a donor); each gives a share of
                # it, without an amount of its own.
                draft.donor, draft.collective, draft.confidence = None, True, 0.5
                out.append(draft)
                for code in joint:
                    share = Draft(code, draft.recipient, category, status, sent, span.start, confidence=0.6, parent=draft)
                    share.items = draft.items or [_aid_noun_after(doc, lo, span.start) or "aid"]
                    out.append(share)
                continue
            gap = _lower(doc, lo, span.start)
            if k and table.lower[lo - 1] == "of":
                gap = " of" + gap  # "the final €4.2bn of its €18bn": the money span took the "of"
            if k and out and out[-1].money is not None and out[-1].parent is None and out[-1].money.amount < money.amount and (
                    gap in (" from the ", " of the ", " out of the ", " from its ", " of its ", " out of its ")
                    or (gap.endswith((" of the ", " from the ")) and _has(gap, SLICE_NOUNS))):
                out[-1].parent = draft  # "the final tranche of £250m from the £2.26bn loan": a part of the sum after it
            out.append(draft)
        # with one amount only: "adds €95m to the €126m … and will provide the same amount again" may mean the sum of both
        again = _same_sum_again(ctx, sent, padded, words, out, moneys[-1][0].end) if len(moneys) == 1 else None
        if again is not None:
            out.append(again)
        if split_items:
            # Aid in kind in a clause of its own ("It has sent helmets and vests, and provided
            # humanitarian aid worth $100m"): its own commitment; the same subject gives it.
            sibling = next((d for d in out if d.money is not None), None)
            own = _in_kind(ctx, sent, sorted(split_items), words, supplier, spending, sibling.donor if sibling else None, sibling)
            # a halt in a side clause ("…, days after the US paused aid") goes first: the pledge carries on to the next sentence
            out = [d for d in own if d.status == "paused"] + out + [d for d in own if d.status != "paused"]
        return out
    share = _output_share_pledge(ctx, sent, padded, words, items)
    if share is not None:
        return out + [share]
    # In-kind aid without an amount: an item next to a verb that gives the stage.
    if not items:
        own = _own_spending_pledge(ctx, sent, padded, words)
        return out + ([own] if own else [])
    # A sentence that names no actor at all ("M577 carriers are due to follow in February", "Earlier
    # contributions have included M113s") goes on about the donor of the sentence just before.
    # Ukraine named only as the one who receives ("to Kyiv", "given Ukraine's emergency services")
    # hides no other giver, when a sentence just before gave the donor (not the article's main one)
    named = ctx.mentions_in(sent.start_char, sent.end_char, ACTOR_LABELS)
    side = side_giver(ctx, sent, items[0][1], words)
    if side is not None:
        # "…, alongside five supplied by the Netherlands": that actor gives its five only, it hides no giver
        named = [m for m in named if m.start < side[0] or m.code != side[1]]
    # (nor does a person of the donor's own country: "packages approved during Joe Biden's presidency",
    # nor one of no known country: "…, Defence Minister Jaroslav Naď told journalists")
    fallback = context_donor if list_context or (
        (not named or ((not from_main or side is not None) and all(_as_recipient(table, sent, m) or (m.label == "PERSON" and m.actor in (context_donor, None))
                                             for m in named))
         # "It has also sent IRIS-T systems, which have proved effective over Kyiv and Odesa": the
         # pronoun stands for the giver before; places in Ukraine are where the aid works
         # (not "It will give Ukraine's armed forces a capability": "it" there is the package)
         or (pronoun_subject(table, sent) and all(m.code == "UKR" and m.start > items[-1][1] for m in named)))
        and not _quantifier_subject(ctx.doc, sent) and not _has(padded, words["money_referents"])) else None
    if fallback is None and main and _has(padded, words["own_government_nouns"]) and all(
            _as_recipient(table, sent, m) or m.stands_for in (main, None) for m in named):
        fallback = main  # "the cabinet approved a decree to transfer weapons to Kyiv": the article's own government
    out.extend(_in_kind(ctx, sent, items, words, supplier, spending, fallback, earlier=previous))
    for draft in given_before(ctx, sent, items):
        # "… for the Tridon system that Sweden has already donated": given before, its own commitment;
        # the relative clause names who gave the item, not the sentence's subject ("Denmark will
        # service the F-16s that Norway delivered")
        out = [d for d in out if not (d.money is None and d.status == "delivered" and d.items == draft.items and d.donor != draft.donor)]
        if not any(d.donor == draft.donor and set(d.items) & set(draft.items) for d in out):
            out.append(draft)
    return out


def _same_sum_again(ctx, sent: Span, padded: str, words: dict, out: list[Draft], end: int) -> Draft | None:
    """ "… the £2.3bn Britain has pledged this year, the same sum it provided in 2022", "… and the prime
    minister has promised to match that sum (about $2.8bn) in 2023": a word pointing back to the
    sentence's last amount (after it), in a clause with a verb of its own, is that sum at another
    stage or in another year; the clause's verb gives its stage."""
    if not out or out[-1].money is None or not _has(padded, words["same_sum_referents"]):
        return None
    doc = ctx.doc
    table = tokens(doc)
    rest = _lower(doc, end, sent.end)
    referent = _has(rest, words["same_sum_referents"])
    if referent is None:
        return None
    first = referent.split()[0]
    at = next((j for j in range(end, sent.end) if table.lower[j] == first and _lower(doc, j, j + len(referent.split())).strip() == referent), None)
    if at is None:
        return None
    lo = at
    while lo > end and table.text[lo - 1] not in (",", ";"):
        lo -= 1
    hi = at + len(referent.split())
    while hi < sent.end and table.text[hi] not in (",", ";", "."):
        hi += 1
    status = _status(_lower(doc, lo, hi), words)
    if status is None:
        return None  # "the same sum as last year" with no verb of giving: a comparison, not a pledge
    base = out[-1]
    twin = Draft(base.donor, base.recipient, base.category, status, sent, at, money=base.money, confidence=0.6,
                 collective=base.collective)
    twin.again = True
    return twin


def _quantifier_subject(doc, sent: Span) -> bool:
    """ "Some will send aircraft": an unnamed giver; "Some 200 drones are being shipped" counts items."""
    table = tokens(doc)
    return table.lower[sent.start] in QUANTIFIER_SUBJECTS and not (sent.start + 1 < sent.end and doc[sent.start + 1].like_num)


def _as_recipient(table, sent: Span, m: Mention) -> bool:
    """Ukraine named as the one who receives ("to Kyiv", "given Ukraine's emergency services"), which
    names no other giver; "Ukrainian crews have fired …" is a subject of its own."""
    if m.code != "UKR" or m.start <= sent.start:
        return False
    before = table.lower[m.start - 1]
    if before == "the" and m.start - 1 > sent.start:
        before = table.lower[m.start - 2]
    return before in ("to", "for", "into", "in") or before in _trigger_set()


def _verb_form(table, sent: Span, item) -> bool:
    """ "are financing the refurbishment", "is funding": an -ing item after a form of "be" is the
    clause's verb, not aid given."""
    start, end, text, _ = item
    j = start - 1
    if j > sent.start and table.lower[j] in ("jointly", "also", "now", "already", "together"):
        j -= 1  # "are jointly financing"
    return end - start == 1 and text.endswith("ing") and j >= sent.start and table.lower[j] in ("is", "are", "was", "were", "be", "been")


def _own_budget_item(table, sent: Span, item) -> bool:
    """ "signed off on Germany's federal budget", "the state budget will no longer put money into it",
    "contributions to the EU budget": "budget" alone is aid (budget support) only as Ukraine's budget
    ("Ukraine's budget", "Kyiv's state budget") or before "support"; otherwise it is a giver's own."""
    if item[2].lower() != "budget":
        return False
    if item[1] < sent.end and table.lower[item[1]] in ("support", "aid", "assistance"):
        return False
    return not any(w in UKRAINE_WORDS_BEFORE for w in table.lower[max(sent.start, item[0] - 3) : item[0]])


def _aid_noun_after(doc, lo: int, hi: int) -> str | None:
    table = tokens(doc)
    for j in range(hi - 1, lo - 1, -1):
        if table.lower[j] in AID_NOUNS:
            return table.lower[j]
    return None


def _restates_previous(doc, previous: Span, span: Span) -> bool:
    """ "£3bn, or $3.8bn", "SEK 75bn for 2024-2026, or SEK 25bn a year": an amount after ", or"
    that follows another amount says the same money another way."""
    table = tokens(doc)
    j = span.start - 1
    while j > previous.end and table.lower[j] in QUALIFIER_WORDS:
        j -= 1
    return j - 1 >= previous.end and table.lower[j] == "or" and table.text[j - 1] == ","


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    from coalition.resolve import actors as gazetteer

    return frozenset(gazetteer.organisation_names().values())


@lru_cache(maxsize=1)
def _channels() -> frozenset[str]:
    return frozenset(vocab("commitments")["channel_organisations"])


def _brings_to(doc, sent: Span, i: int) -> bool:
    """ "The new aid brings US military assistance since 2022 to more than $65.9bn": a running total."""
    table = tokens(doc)
    j = i - 1
    while j > sent.start and table.lower[j] in ("more", "than", "about", "nearly", "almost", "around", "over", "up", "roughly", "some"):
        j -= 1
    if j <= sent.start or table.lower[j] != "to":
        return False
    return any(t in ("brings", "brought", "bringing", "bring", "takes", "took", "taking", "raises", "raised", "raising") for t in table.lower[sent.start : j])


def _supplier_near(companies: list[Mention], span: Span, hi: int) -> bool:
    return any(span.start - 15 <= c.start < hi for c in companies)



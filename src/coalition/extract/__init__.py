"""Extraction: a spaCy pipeline that turns one article into sourced facts.

    >>> from coalition.extract import extract
    >>> from coalition.model import Article
    >>> result = extract(Article(text="...", source="example"))
    >>> result.model_dump(mode="json")   # one line of `coalition extract --format json`
"""

from __future__ import annotations

from typing import Iterable, Iterator

from coalition.errors import ExtractError
from coalition.extract.spaces import for_tokenizer
from coalition.model import Article, ArticleResult, Document, content_hash


def _spacy_without_torch() -> None:
    """Load spaCy with torch hidden from it.

    spaCy's thinc imports torch whenever torch is installed (``thinc.compat``), which costs every
    extraction about a second and 180 MiB more once the optional ``encoder`` extra is installed,
    though nothing but the stance encoder uses torch. Imported while ``sys.modules`` holds None for
    it, thinc records "no torch" and goes on; the entry is then removed, so the stance encoder
    imports torch itself when it is asked for. Nothing of spaCy's that this package runs needs torch.
    """
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        return  # too late, or torch is wanted already
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


_spacy_without_torch()  # before any module of this package imports spaCy

KIND_ORDER = {"coalition": 0, "commitment": 1, "ceasefire": 2, "participation": 3, "stance": 4, "statement": 5}


def document_for(article: Article) -> Document:
    return Document(
        id=article.id or content_hash(article.text),
        title=article.title,
        url=article.url,
        published=article.published,
        text=article.text,
        outlet=article.outlet,
    )


def extract(article: Article, *, nlp=None) -> ArticleResult:
    """All facts of one article, each with evidence that points into ``document.text``."""
    from coalition.extract.pipeline import load_pipeline

    nlp = nlp or load_pipeline()
    try:
        doc = _make_doc(nlp, article.text)
        # the components in order, as ``nlp(doc)`` runs them, without its per-call bookkeeping
        # (the pipeline list rebuilt, per-component settings and error handlers looked up)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return _facts_of(article, doc)
    except ExtractError:
        raise
    except Exception as e:  # a bug must not stop a batch; it is reported with its article
        raise ExtractError(article.source, f"{type(e).__name__}: {e}") from e


def extract_many(articles: Iterable[Article], *, nlp=None, batch_size: int = 32) -> Iterator[ArticleResult]:
    """Extract a stream of articles, tokenising them in batches with ``nlp.pipe``."""
    from coalition.extract.pipeline import load_pipeline

    nlp = nlp or load_pipeline()
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _run(nlp, batch)
            batch = []
    if batch:
        yield from _run(nlp, batch)


def _run(nlp, batch: list[Article]) -> Iterator[ArticleResult]:
    for article, doc in zip(batch, nlp.pipe(_make_doc(nlp, a.text) for a in batch)):
        try:
            yield _facts_of(article, doc)
        except Exception as e:
            raise ExtractError(article.source, f"{type(e).__name__}: {e}") from e


def _make_doc(nlp, text: str):
    # The text is kept beside the tokens: spaCy rebuilds ``doc.text`` from every token
    # each time it is read (see context.doc_text).
    # The tokenizer reads unusual spaces as plain ones, one character for one (see spaces.py).
    doc = nlp.make_doc(for_tokenizer(text))
    doc.user_data["_text"] = text
    return doc


def _facts_of(article: Article, doc) -> ArticleResult:
    from coalition.extract.ceasefires import find_ceasefires
    from coalition.extract.coalitions import find_coalitions
    from coalition.extract.commitments import find_commitments
    from coalition.extract.context import ArticleContext
    from coalition.extract.participation import find_participation
    from coalition.extract.positions import find_stances
    from coalition.extract.stance_warring import warring_stances
    from coalition.extract.strike_limits import strike_limit_stances
    from coalition.extract.talk_readiness import talk_readiness_stances
    from coalition.extract.conditional_readiness import conditional_readiness_stances
    from coalition.extract.hedged_steps import hedged_step_stances  # "would study the request", "would unblock X only if"
    from coalition.extract.withdrawal_demands import withdrawal_demand_stances
    from coalition.extract.settlement_conditions import settlement_condition_stances
    from coalition.extract.system_refusals import system_refusal_stances
    from coalition.extract.statements import find_statements
    from coalition.extract.verdicts import verdict_stances

    from coalition.extract.coordinated_payers import split_listed_payers
    from coalition.extract.joint_gifts import join_shared_items, split_joint_sums
    from coalition.extract.training_commitments import find_training
    from coalition.extract.training_continuations import training_continuations
    from coalition.extract.support_forms import find_support_forms

    ctx = ArticleContext(doc, article.published)
    commitments = find_commitments(ctx)
    # a government named only as a precedent ("the third after Denmark to donate") is not the donor
    from coalition.extract.precedent_donors import with_subject_donors

    commitments = with_subject_donors(ctx, commitments)
    # a sum a listed subject gives ("Sweden, Norway and Denmark have promised $500m") is theirs together
    from coalition.extract.coordinated_donors import without_last_conjunct_donors

    commitments = without_last_conjunct_donors(ctx, commitments)
    # "from Japan and Norway …, $465 million and $295 million respectively": each sum to its actor
    from coalition.extract.respective_donors import with_respective_donors

    commitments = with_respective_donors(ctx, commitments)
    # "… and Oslo is adding €43 million, a combined €178 million": the sums before it added up
    from coalition.extract.combined_sums import with_combined_sums

    commitments = with_combined_sums(ctx, commitments)
    # "…, the bank itself lends $500 million, …": the one bank the article names
    from coalition.extract.institution_anaphors import with_institution_subjects

    commitments = with_institution_subjects(ctx, commitments)
    # "announced a further $1.75bn … The US provides $1.25bn, the bank lends $500m, Finland adds $15m"
    from coalition.extract.split_sums import with_split_sums

    commitments = with_split_sums(ctx, commitments)
    # "from the World Bank and its development partners … now total $19.7bn": the group's, no one's
    from coalition.extract.partner_sums import without_partner_donors

    commitments = without_partner_donors(ctx, commitments)
    # "Sweden allocates $133m" over "1.4 billion kronor ($133 million)": one act in two currencies
    from coalition.extract.converted_repeats import without_converted_repeats

    commitments = without_converted_repeats(commitments)
    # "The package is worth a total of SEK 1.4 billion": one package's size, not a running total
    from coalition.extract.package_totals import with_package_sizes

    commitments = with_package_sizes(commitments)
    # "The EU agreed a €5bn package. A first tranche of €2bn was paid": a slice told later is part of it
    from coalition.extract.referred_parts import with_referred_parts

    commitments = with_referred_parts(ctx, commitments)
    # a sum several governments give together: no one's, with each payer's share (adjudication 18)
    commitments += split_joint_sums(ctx, commitments)
    commitments += join_shared_items(ctx, commitments)
    commitments += split_listed_payers(ctx, commitments)  # "A, B and C pledged $500m" (coordinated_payers.py)
    # "Denmark has sent F-16s, and Belgium is expected to follow": the follower gives the same aid
    from coalition.extract.following_donors import following_givers

    commitments += following_givers(ctx, commitments)
    # "Berlin cleared the Netherlands to pass on 400 launchers": the cleared state gives them
    from coalition.extract.cleared_transfers import cleared_givers

    commitments += cleared_givers(ctx, commitments)
    # "The Netherlands has pledged 24 aircraft and Norway six": the gapped clause's state gives too
    from coalition.extract.gapped_donors import gapped_givers

    commitments += gapped_givers(ctx, commitments)
    # "… jointly supplying a SAMP/T. Italy will contribute the launchers, while France …": the split told next
    from coalition.extract.joint_gifts import without_shares_split_next

    commitments = without_shares_split_next(ctx, commitments)
    # "… will jointly pay for 16 howitzers. … the value of the order at €92 million, to be split …": one gift, priced
    from coalition.extract.joint_gifts import with_wholes_priced_next

    commitments = with_wholes_priced_next(ctx, commitments)
    # past aid told as the forms a state's support took, without an amount (decision 49)
    commitments += find_support_forms(ctx, commitments)
    # "a ten-year commitment to help Ukraine with cyber defence, demining and …" (support_fields.py)
    from coalition.extract.support_fields import find_support_fields

    commitments += find_support_fields(ctx, commitments)
    # "is pausing plans to send jets": a plan put on hold is an open stance, no commitment (decision 55)
    from coalition.extract.shelved_plans import shelved_plan_facts

    commitments, shelved = shelved_plan_facts(ctx, commitments)
    # "the Commission's proposal for a €50bn facility", "aid bill stuck in Congress": no pledge (decisions 60, 50)
    from coalition.extract.proposed_funds import proposed_fund_facts, with_proposer_stances

    commitments, proposers = proposed_fund_facts(ctx, commitments)
    facts = [
        *find_coalitions(ctx),
        *commitments,
        *shelved,
        # training of Ukrainian crews told without a verb of giving, not doubling the commitments above
        *(training := find_training(ctx, commitments)),
        # "The government has extended the operation until …" after the training (training_continuations.py)
        *training_continuations(ctx, [*commitments, *training]),
        *find_ceasefires(ctx),
        *find_participation(ctx),
        # the warring sides' positions told without a cue word (Moscow's "theft", Kyiv's "will not cede")
        # and the positions on the strike restrictions, one target and polarity (decision 47), and
        # a warring side's readiness for talks (decision 46)
        # a demand that Ukraine withdraw and a side's terms told without "any": its conditions for a settlement
        # and a refusal of a named weapon system whose name the cue's object does not carry
        # and a verdict told by a naming verb ("called the plan fundamentally flawed")
        *verdict_stances(ctx, hedged_step_stances(ctx, conditional_readiness_stances(ctx, system_refusal_stances(
            ctx, settlement_condition_stances(ctx, withdrawal_demand_stances(ctx, talk_readiness_stances(
                ctx, strike_limit_stances(ctx, warring_stances(ctx, find_stances(ctx)))))))))),
        # found already when a stance inside a quote needed its speaker
        *(ctx.__dict__.get("_statements") or find_statements(ctx)),
    ]
    facts = with_proposer_stances(facts, proposers)
    model = doc.user_data.get("_stance_model")
    if model is not None:
        # the optional trained stance classifier, for the pairs the rules gave nothing
        from coalition.extract.statistical_stances import add_stances

        facts.extend(add_stances(ctx, facts, model))
    # a warring side's answer to a truce is the ceasefire's response, not a stance as well
    from coalition.extract.stance_answers import third_party_stances, without_answered

    facts = without_answered(facts)
    # a proposer's call for its own truce is the ceasefire's proposer, not a stance as well
    from coalition.extract.proposer_stances import without_proposers_support

    facts = without_proposers_support(facts)
    from coalition.extract.proposer_persistence import without_proposers_persistence  # "Orbán has not given up."

    facts = without_proposers_persistence(facts)
    # "the arrangement would take effect only once …": a side's condition for a truce it answered (decision 3)
    from coalition.extract.truce_conditions import without_truce_conditions

    facts = without_truce_conditions(facts)
    # a state the truce would not bind that backs or criticises it holds a stance (decision 27)
    facts = third_party_stances(ctx, facts)
    # each named signatory of a declaration holds what the article says it states (decision 40)
    from coalition.extract.stance_signatories import signatory_positions

    facts = signatory_positions(ctx, facts)
    # "Estonia and Lithuania have said the same.": the sentence before's positions are theirs too
    from coalition.extract.same_positions import same_positions

    facts = same_positions(ctx, facts)
    # a document as subject ("The text declares … and demands that Moscow withdraw") speaks for its issuer
    from coalition.extract.document_holders import document_positions

    facts = document_positions(ctx, facts)
    # Kyiv asking for a supply the article records no commitment of: its support (decision 45)
    from coalition.extract.kyiv_requests import kyiv_request_stances

    facts = kyiv_request_stances(ctx, facts)
    # "any use of the assets should be coordinated with G7 partners": the sayer's condition on the step
    from coalition.extract.allied_decisions import allied_decision_stances

    facts = allied_decision_stances(ctx, facts)
    # Kyiv's welcome of a supply the article records as a commitment is no stance (decision 45)
    from coalition.extract.supply_welcomes import without_supply_welcomes

    facts = without_supply_welcomes(ctx, facts)
    # a body that is what is joined, another's veto opposed, a backing said to be absent: not the holder's
    from coalition.extract.misheld_stances import without_misheld

    facts = without_misheld(ctx, facts)
    # a position read only from a reporter's question ("was asked whether Moscow is considering …")
    from coalition.extract.stance_questions import without_questioned

    facts = without_questioned(ctx, facts)
    # another state's forecast of the actor's answer ("warned that Russia would never accept …")
    from coalition.extract.predicted_stances import without_predicted

    facts = without_predicted(ctx, facts)
    # one's own soldiers refused beside backing for the guarantees: support of them
    from coalition.extract.guarantee_backing import guarantee_backing_stances

    facts = guarantee_backing_stances(ctx, facts)
    # "did not join the EU and Britain in announcing …", "he said Ukraine could not join": no membership of theirs
    from coalition.extract.joining_readings import without_misread_joining

    facts = without_misread_joining(ctx, facts)
    # one's own troops ruled out while other help is offered: no opposition to the guarantees
    from coalition.extract.guarantee_offers import without_refused_guarantees

    facts = without_refused_guarantees(ctx, facts)
    # "Moscow dismissed the offer. The deputy minister said …": one position, told from the body (decision 48)
    from coalition.extract.summary_sentences import without_summaries

    facts = without_summaries(ctx, facts)
    # "had no plans to reduce its military presence": the cut is refused, not the presence
    from coalition.extract.reduction_refusals import without_reduction_refusals

    facts = without_reduction_refusals(ctx, facts)
    # "voted in favour of resolutions condemning Russia's invasion": the actor opposes what the text condemns
    from coalition.extract.condemned_objects import with_condemned_objects

    facts = with_condemned_objects(facts)
    facts.sort(key=lambda f: (f.evidence.start, KIND_ORDER[f.kind]))
    # Sub-allocations point at their package by index in the final list (issue 3).
    index = {id(f.__dict__.get("_draft")): i for i, f in enumerate(facts) if f.kind == "commitment"}
    for fact in facts:
        draft = fact.__dict__.pop("_draft", None) if fact.kind == "commitment" else None
        if draft is not None and draft.parent is not None:
            fact.part_of = index.get(id(draft.parent))
    return ArticleResult(document=document_for(article), facts=facts)

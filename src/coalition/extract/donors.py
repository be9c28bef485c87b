"""Who gives: the donor (or joint donors) of a commitment, read from its sentence and the ones
around it.

Separate from the commitment finder because resolving a subject is its own set of rules (an actor
before the anchor that reads as the subject, a possessor, a demonym, a gapped or collective
subject, co-donors after "funded by", the actor of an introducing sentence) with its own word
lists, used for amounts and aid in kind alike.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.subject_asides import after_aside, after_appositive
from coalition.extract.subject_verbs import speech_verbs
from coalition.extract.seller_sources import bought_from
from coalition.extract.context import ArticleContext, Mention, _lower, has_phrase, lower_text, tokens, vocab


# Prepositions that make a following actor a recipient or a place, not a donor.
# "through the World Bank", "via the IMF": a channel, not a giver.
NOT_DONOR_BEFORE = {"since", "after", "before", "than", "of", "to", "for", "with", "in", "into", "against", "on", "at", "toward", "towards", "over", "across", "inside", "outside", "beyond", "within", "throughout", "about", "through", "via", "under"}
# Ukraine receives, and Russia in this domain does not give: "since Russia's invasion".
NOT_DONORS = {"UKR", "RUS"}
COMPANY_NOUNS = {"firm", "firms", "company", "companies", "group", "maker", "manufacturer", "contractor", "giant", "start-up", "startup", "industry", "industries", "producer", "defence", "defense"}
SUPPORT_VERBS = ["ramped up", "stepped up", "stepping up", "increased", "increases", "boosted", "boosts", "announced", "announces", "pledged", "pledges", "unveiled", "unveils", "has given", "will provide", "provides", "is providing", "will send", "committed", "commits", "approved", "approves", "agreed", "signed", "allocated", "is sending", "has sent", "donated", "will give", "gives", "is giving", "confirmed", "delivered", "has delivered", "offered", "its support", "their support", "support"]
# Words after an actor that show it is the subject of its clause, not a modifier of a noun.
SUBJECT_FOLLOWERS = {"will", "would", "has", "have", "had", "is", "are", "was", "were", "also", "said", "says", "plans", "intends", "could", "can", "may", "might", "must", "should", "to", "itself", "alone", "each", "both", "together", "and", "government", "governments"}
# Nouns of people after an actor ("G7 leaders", "EU ministers") that speak for it as a subject.
GROUP_HEADS = {"leaders", "ministers", "officials", "envoys", "diplomats", "negotiators", "lawmakers", "legislators"}
# Triggers that are nouns: "a NATO package" is a modifier, not a subject.
NOUN_TRIGGERS = {"package", "packages", "deal", "contract", "contracts", "order", "aid", "assistance", "support", "funding", "finance", "financing", "loan", "loans", "grant", "grants", "tranche", "allocation", "donation", "commitment", "commitments", "delivery", "deliveries", "procurement", "purchase", "investment", "budget", "spending", "pledge", "transfer", "contribution"}
LEADING_VERBS = {"led", "chaired", "run", "hosted", "convened", "coordinated", "organised", "organized", "headed"}
# Words after "A, B and C" that make the chain the subject of its clause.
JOINT_SUBJECT_FOLLOWERS = {"will", "are", "have", "were", "jointly", "together", "also"}

# Verbs after a group word that make it the subject ("members plan to provide …").
GROUP_VERBS = {"plan", "intend", "aim", "expect", "agreed", "decided", "paid", "pay", "raised", "raise"}

# Verbs after "<country> industry" that make the country's whole industry a channel of its aid.
INDUSTRY_VERBS = {"build", "builds", "produce", "produces", "make", "makes", "manufacture", "manufactures", "deliver", "delivers", "supply", "supplies"}
# Verbs of making before "jointly with X": X made the item with the donor, it does not give it.
MAKING_VERBS = {"developed", "designed", "built", "produced", "made", "manufactured", "co-developed", "co-produced", "assembled", "operated", "led"}

# Phrases after an amount before the actors that pay it ("to be paid for with Danish and Dutch funds").
PAID_WITH = ("paid for with", "paid for by", "financed by", "funded by", "financed with", "funded with", "paid for from")

# Phrases before the actors that pay for aid another actor orders or sends.
FUNDED_BY = ("paid for by", "paid for jointly by", "jointly by", "financed by", "funded by", "co-financed by", "jointly financed by",
             "jointly funded by", "shared by", "provided by", "covered by", "borne by")

TEMPORAL = {"after", "before", "since", "when", "once"}
PLACE_PREPOSITIONS = {"of", "to", "for", "with", "in", "into", "against", "on", "at", "from", "inside", "outside", "beyond", "within", "throughout", "across", "over"}
# Nouns of giving after "X's": "Denmark's contribution", "Britain's share".
AID_NOUNS = {"contribution", "contributions", "aid", "package", "packages", "pledge", "pledges", "support", "donation", "donations", "share", "assistance", "loan", "loans", "funding"}
# Offices and bodies that name their country after "of": "the Government of Estonia".
OFFICES_OF = {"government", "governments", "ministry", "minister", "ambassador", "embassy", "president", "cabinet", "parliament", "republic", "kingdom", "prime", "king", "chancellor", "people", "treasury", "department"}
# Bodies of government before "in" and a capital that stand for the state: "the government in Berlin",
# "the defence ministry in Warsaw" (not "the embassy in Washington", another state's mission there).
GOVERNMENT_IN = {"government", "governments", "cabinet", "ministry", "chancellery", "authorities", "administration"}
BUY_VERBS = {"bought", "buy", "buys", "buying", "purchased", "purchase", "purchases", "ordered", "order", "acquired", "procured", "procure", "imported"}


def _actor_before(ctx: ArticleContext, index: int) -> str | None:
    """The last actor named (not Ukraine or Russia) in the sentences before sentence ``index``."""
    for sent in reversed(ctx.sents[:index]):
        code = _last_actor(ctx, sent)
        if code is not None:
            return code
    return None


def _last_actor(ctx: ArticleContext, sent: Span) -> str | None:
    for m in reversed(ctx.actors_in(sent)):
        if m.code not in NOT_DONORS:
            return m.code
    return None


def _main_actor(ctx: ArticleContext) -> str | None:
    """The actor an article is mostly about: named most often (ties: first), not Ukraine or Russia,
    and named in the headline or first two sentences."""
    counts: dict[str, int] = {}
    lower = tokens(ctx.doc).lower
    for m in ctx.mentions:
        if m.label == "COUNTRY" and m.start and lower[m.start - 1] in ("in", "at"):
            continue  # "at a ceremony in Tokyo": a place, no actor of the article
        code = m.actor if m.label == "PERSON" else (m.code if m.is_actor else None)
        if code and code not in NOT_DONORS:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    early_end = ctx.sents[min(2, len(ctx.sents) - 1)].end_char if ctx.sents else 0
    early = {m.stands_for for m in ctx.mentions if m.start_char < early_end}
    return best if best in early else None


def _intro_donor(ctx: ArticleContext, sent: Span) -> str | None:
    """The donor an introducing sentence gives its bullet list: the actor before a support verb."""
    padded_tokens = tokens(ctx.doc).lower[sent.start : sent.end]
    padded = lower_text(sent)
    best = None
    for verb in SUPPORT_VERBS:
        if f" {verb} " not in padded:
            continue  # its words are not next to each other anywhere in the sentence
        parts = verb.split()
        for i in range(sent.start, sent.end - len(parts) + 1):
            if padded_tokens[i - sent.start : i - sent.start + len(parts)] == parts:
                donor = _donor_before(ctx, sent, i)
                if donor:
                    best = donor
                    break
        if best:
            break
    return best


def _donor_before(ctx: ArticleContext, sent: Span, i: int, *, limit: int | None = None) -> str | None:
    """The actor left of token ``i`` that gives: the nearest one that reads as the subject of a
    clause ("Canada will provide", "Scholz announced") before the nearest one at all, which may be
    a modifier ("a new NATO scheme", "American weapons")."""
    doc = ctx.doc
    table = tokens(doc)
    candidates = ctx.mentions_in(sent.start_char, table.idx[i], ("COUNTRY", "ORG", "PERSON"))
    fallback = None
    for m in reversed(candidates):
        if limit is not None and i - m.end > limit:
            break
        code = _donor_code(ctx, sent, m)
        if code is None:
            continue
        if _reads_as_subject(doc, m):
            return code
        if fallback is None and m.end + 1 < i and table.lower[m.end] in ("'s", "’s") and any(
                table.lower[j] in AID_NOUNS for j in range(m.end + 1, min(i, m.end + 4))):
            # "the Ministry of Defence announced Denmark's 15th donation package, worth DKK 1.7bn":
            # the owner of the package right before the amount gives, not the clause's subject
            return code
        fallback = fallback or code
    return fallback


def _donor_code(ctx: ArticleContext, sent: Span, m: Mention) -> str | None:
    """The donor a mention stands for, or None when its place in the sentence says it does not give."""
    doc = ctx.doc
    table = tokens(doc)
    code = m.stands_for
    if not code:
        return None
    after = table.lower[m.end] if m.end < len(doc) else ""
    possessor = _possessor(ctx, sent, m)
    if possessor is not None:
        # "Norway's Ministry of Defence": the ministry speaks for Norway, whatever the table says.
        return possessor
    if code in NOT_DONORS:
        return None
    before = table.lower[m.start - 1] if m.start > sent.start else ""
    if before == "the" and m.start - 1 > sent.start and (table.lower[m.start - 2] in PLACE_PREPOSITIONS or (after == "," and table.lower[m.start - 2] in ("after", "behind"))):
        before = table.lower[m.start - 2]  # "share of the G7", "the top supplier after the US,", but "after the Commission set out"
    if after in ("'s", "’s") and _aid_noun_follows(doc, m.end + 1, sent.end):
        return code  # "reallocated to Denmark's contribution", "the G7's $50bn": the possessor gives
    if before == "of" and _office_before_of(doc, m, sent):
        return code  # "the Government of Estonia", "Ambassador of Japan"
    if before == "from" and _bought(doc, m, sent):
        return None  # "bought from the United States": the seller
    if before in TEMPORAL and _reads_as_subject(doc, m):
        return code  # "after Macron promised them": a clause, not "after Russia's invasion"
    if before == "by" and m.start - 2 >= sent.start and table.lower[m.start - 2] in LEADING_VERBS:
        return None  # "the coalition, led by Britain": a leader, not a giver
    if before == "in" and m.start - 2 >= sent.start and table.lower[m.start - 2] in GOVERNMENT_IN:
        return code  # "the government in Berlin said it would ship", "the cabinet in Bratislava approved"
    if before in NOT_DONOR_BEFORE:
        return None
    if after in ("industry", "industries") and any(table.lower[j] in INDUSTRY_VERBS for j in range(m.end + 1, min(sent.end, m.end + 4))):
        return code  # "French industry will build 78 Caesar howitzers for Ukraine": a state's order, its industry builds
    if after in COMPANY_NOUNS and not (after in ("defence", "defense") and any(
            table.lower[j] in AID_NOUNS or table.lower[j] in OFFICES_OF or table.lower[j] in ("secretary", "forces", "chief")
            for j in range(m.end + 1, min(sent.end, m.end + 5)))):
        return None  # "a Swedish defence firm" describes a company; "Icelandic defence-related contributions" give
    if m.start > sent.start and table.text[m.start - 1] in ("-",) and m.start - 2 >= sent.start and table.ent[m.start - 2]:
        return None  # "Anglo-American": part of a company's description
    if after == "-" and m.end + 1 < sent.end and table.lower[m.end + 1] in ("led", "based", "made", "built", "owned", "designed"):
        return None  # "the Czech-led initiative", "US-made weapons": a modifier, not a giver
    return code


def _possessor(ctx: ArticleContext, sent: Span, m: Mention) -> str | None:
    doc = ctx.doc
    table = tokens(doc)
    if m.label == "PERSON" or m.start - 2 < sent.start or table.text[m.start - 1] not in ("'s", "’s"):
        return None
    owner = ctx.mentions_in(table.idx[m.start - 2], table.idx[m.start - 2] + len(table.text[m.start - 2]), ("COUNTRY", "ORG"))
    if owner and owner[-1].end == m.start - 1 and owner[-1].code not in NOT_DONORS:
        return owner[-1].code
    return None


def _reads_as_subject(doc, m: Mention) -> bool:
    """An actor followed by a verb or an auxiliary ("Germany will", "Britain announced")."""
    if m.end >= len(doc):
        return False
    table = tokens(doc)
    nxt = table.lower[m.end]
    if table.text[m.end] in (",",) and m.label == "PERSON":
        return True  # "Scholz, who ..., announced"
    if table.text[m.end] == "," and m.end + 1 < len(doc) and table.lower[m.end + 1] in ("which", "who", "whose"):
        return True  # "The Netherlands, which has pledged 24 jets, confirmed ...": the subject
    if nxt in ("'s", "’s") and m.end + 1 < len(doc) and table.lower[m.end + 1] in ("will", "would", "is", "was", "comes", "came"):
        return True  # "Britain's share will be £2bn, Canada's will be C$5bn": the noun left out
    verb_at = after_aside(table.lower, m.end, len(doc))
    if verb_at is None and m.label != "PERSON":
        verb_at = after_appositive(table.lower, m.end, len(doc))  # "Germany, Ukraine's biggest backer in Europe, has"
    if verb_at is not None:
        nxt = table.lower[verb_at]  # "Sweden, for its part, is to provide": the aside hides no verb
    if nxt in GROUP_HEADS and m.end + 1 < len(doc):
        nxt = table.lower[m.end + 1]  # "after G7 leaders agreed to lend": the actor's leaders speak for it
    return nxt in SUBJECT_FOLLOWERS or nxt in speech_verbs() or (nxt in _trigger_set() and nxt not in NOUN_TRIGGERS)


def _aid_noun_follows(doc, start: int, end: int) -> bool:
    table = tokens(doc)
    if start < end and (table.text[start] in vocab("money")["symbols"] or any(s.start == start for s in doc.spans["money"])):
        return True  # "the G7's $50bn", "the G7's USD 50bn", "the G7's 50 billion dollars": an amount, in any form
    return any(table.lower[j] in AID_NOUNS for j in range(start, min(end, start + 3)))


def _office_before_of(doc, m: Mention, sent: Span) -> bool:
    table = tokens(doc)
    j = m.start - 2 if table.lower[m.start - 1] == "of" else m.start - 3
    return j >= sent.start and table.lower[j] in OFFICES_OF


def _bought(doc, m: Mention, sent: Span) -> bool:
    table = tokens(doc)
    return any(table.lower[j] in BUY_VERBS for j in range(max(sent.start, m.start - 8), m.start))


@lru_cache(maxsize=1)
def _trigger_set() -> frozenset[str]:
    return frozenset(vocab("commitments")["triggers"])


def _donor_after(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """"from Germany" / "by the Netherlands" after the anchor ("led by Britain" names a leader)."""
    doc = ctx.doc
    table = tokens(doc)
    for m in ctx.mentions_in(table.idx[i] if i < len(doc) else sent.end_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.stands_for
        if not code or code in NOT_DONORS or m.start <= sent.start:
            continue
        j = m.start - 1
        if table.lower[j] == "the" and j > sent.start:
            j -= 1
        if table.lower[j] in ("that", "which") and j == i and m.end < sent.end and table.lower[m.end] not in ("is", "are", "was", "were", "has", "have", "had", "will", "would"):
            return code  # "the Gepard guns that Germany sent last year": the subject of the item's relative clause
        if bought_from(table.lower, j, sent.start):
            continue  # "a NASAMS system on order from the United States": the seller, not the giver
        if table.lower[j] in ("from", "by") and not (j > sent.start and table.lower[j - 1] in LEADING_VERBS):
            if table.lower[j] == "from" and m.end < sent.end and table.text[m.end] == "," and ctx.mentions_in(
                    table.idx[m.end], table.idx[min(sent.end, m.end + 3) - 1] + 1, ("COUNTRY", "ORG")):
                return None  # "from German, Polish, Norwegian and Canadian stocks": a tally of many sources
            # ("The tanks, donated by Spain, will arrive": an aside that closes with a comma names the giver;
            # "paid for by A, B and C": the first of the payers, the others are co-donors)
            return code
    return None


# Verbs of giving in the past after the actor of a relative clause ("the $45bn that Congress approved").
RELATIVE_VERBS = {"pledged", "approved", "announced", "promised", "committed", "allocated", "earmarked", "unveiled",
                  "agreed", "gave", "provided", "offered", "has", "had", "have", "set", "signed", "donated"}


def _donor_of_relative(ctx, sent: Span, end: int, hi: int) -> str | None:
    """The actor of a relative clause on the amount that ends at ``end``: "the $45bn in aid for
    Ukraine that Congress approved last month", "the $500m in military aid Prime Minister Justin
    Trudeau pledged in November" (``hi``: where the amount's clause ends)."""
    doc = ctx.doc
    table = tokens(doc)
    hi = min(hi, end + 14)
    if end >= hi:
        return None
    for m in ctx.mentions_in(table.idx[end], table.idx[hi - 1] + 1, ("COUNTRY", "ORG", "PERSON")):
        if m.end >= sent.end or table.lower[m.end] not in RELATIVE_VERBS:
            continue
        if any(table.text[t] in (",", ";", ":", "(", ")") for t in range(end, m.start)):
            return None  # another clause, not the amount's own
        code = m.stands_for
        if code and code not in NOT_DONORS and table.lower[m.start - 1] not in NOT_DONOR_BEFORE:
            return code
    return None


# Definite nouns that stand for the organisation named last ("under which the group agreed to lend").
GROUP_ANAPHORS = {"group", "bloc", "alliance", "grouping", "union", "club"}


def _group_anaphor(ctx, sent: Span, i: int) -> str | None:
    """ "…the G7's initiative, under which the group agreed to lend Ukraine $50bn": "the group",
    "the bloc", "the alliance" as the subject before amount ``i`` is the organisation named last
    before it (in this sentence or the one before), when no actor is named between."""
    doc = ctx.doc
    table = tokens(doc)
    for j in range(i - 2, max(sent.start, i - 12), -1):
        if table.lower[j] in GROUP_ANAPHORS and table.lower[j - 1] == "the" and (
                table.lower[j + 1] in SUBJECT_FOLLOWERS or table.lower[j + 1] in RELATIVE_VERBS or table.lower[j + 1] in _trigger_set()):
            if any(m.code not in NOT_DONORS for m in ctx.mentions_in(table.idx[j], table.idx[i], ("COUNTRY", "ORG", "PERSON"))):
                return None
            index = ctx.sentence_index(sent.start_char)
            lo = ctx.sents[index - 1].start_char if index else sent.start_char
            orgs = [m for m in ctx.mentions_in(lo, table.idx[j], ("ORG",))]
            return orgs[-1].code if orgs else None
    return None


def _gapped_donor(ctx, sent: Span, i: int) -> str | None:
    """ "Canada will give $200m, the United States $300m and Norway NOK 1bn": in a clause whose verb
    is left out, the actor right before the amount, after a comma or "and", gives it."""
    doc = ctx.doc
    table = tokens(doc)
    j = i - 1
    found = ctx.mentions_in(table.idx[max(sent.start, i - 5)], table.idx[j] + 1, ("COUNTRY", "ORG")) if j > sent.start else []
    if not found or found[-1].end != i or found[-1].code in NOT_DONORS:
        return None
    m = found[-1]
    k = m.start - 1
    if k > sent.start and table.lower[k] == "the":
        k -= 1
    if k <= sent.start or table.text[k] not in (",", "and", ";"):
        return None
    # the clause before has a verb of giving and its own amount: "…will give $200m, the US $300m"
    return m.code if ctx.money_in(doc[sent.start : k]) else None


GAP_FILLERS = {"a", "an", "another", "second", "third", "further", "more", "additional", "new", "its", "their", "two", "three", "four", "five", "six", "ten"}


def _gapped_item_donor(ctx, sent: Span, first: int) -> str | None:
    """ "…the Netherlands will provide Patriot components, and Italy a second SAMP/T system": in a
    clause whose verb is left out, the actor right before the item (past a determiner or number),
    after "and" or a comma, gives it."""
    doc = ctx.doc
    table = tokens(doc)
    j = first
    while j > max(sent.start, first - 3) and (table.lower[j - 1] in GAP_FILLERS or doc[j - 1].like_num):
        j -= 1
    if j == first or j <= sent.start:
        return None
    found = ctx.mentions_in(table.idx[max(sent.start, j - 4)], table.idx[j - 1] + 1, ("COUNTRY", "ORG"))
    if not found or found[-1].end != j or found[-1].code in NOT_DONORS:
        return None
    k = found[-1].start - 1
    if k > sent.start and table.lower[k] == "the":
        k -= 1
    return found[-1].code if k > sent.start and table.text[k] in (",", "and", ";") else None


def _demonym_before(ctx, sent: Span, i: int) -> str | None:
    """ "lift Belgian defence spending": the country adjective right before the noun."""
    idx = tokens(ctx.doc).idx
    found = ctx.mentions_in(idx[i - 1], idx[i], ("COUNTRY",)) if i > sent.start else []
    return found[-1].code if found and found[-1].end == i and found[-1].code not in NOT_DONORS else None


def _chain_end(table, mentions: list[Mention], k: int) -> int:
    """The index of the last mention of the chain "A, B and C" that starts at ``mentions[k]``.

    A list closes at its "and": in "Together with Sweden, Norway and Iceland, Denmark is providing",
    Denmark after the closing comma opens a clause of its own, it is not a fifth partner."""
    j = k
    closed = False
    while (not closed and j + 1 < len(mentions) and table.text[mentions[j].end] in (",", "and")
           and mentions[j + 1].start <= mentions[j].end + 2):
        closed = table.lower[mentions[j + 1].start - 1] == "and"
        j += 1
    return j


def _opens_sentence(table, sent: Span, start: int) -> bool:
    """Whether only bullet marks or punctuation come before token ``start`` in its sentence."""
    return all(not table.lower[t].isalnum() for t in range(sent.start, start))


def _joint_givers(ctx, sent: Span, lo: int, i: int, words: dict) -> list[str]:
    """The actors of a chain "A, B and C" before amount ``i`` that give it jointly."""
    if not has_phrase(_lower(ctx.doc, lo, i), ("jointly", "joint", "together", "combined")):
        return []
    doc = ctx.doc
    table = tokens(doc)
    mentions = [m for m in ctx.mentions_in(table.idx[lo], table.idx[i], ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    for k in range(len(mentions)):
        if k and _chain_end(table, mentions, k - 1) >= k:
            continue  # inside a chain that starts earlier (and may have closed before this one)
        j = _chain_end(table, mentions, k)
        # "- Denmark, Norway and Sweden followed a day later, jointly financing …": a chain that
        # opens its sentence is its subject whatever verb follows
        if j > k and (_reads_as_subject(doc, mentions[j]) or _opens_sentence(table, sent, mentions[k].start)):
            return _givers_of_chain(mentions[k : j + 1])
    return []


def _givers_of_chain(chain: list) -> list[str]:
    """The distinct codes of a chain's mentions in order, when there are two or more ("Britain
    and the UK" is one giver, not a joint gift)."""
    codes = list(dict.fromkeys(m.code for m in chain))
    return codes if len(codes) > 1 else []


def _each_giver(ctx, sent: Span, lo: int, i: int) -> list[str]:
    """ "The United States and Japan each pledged $1bn", "Britain and Canada will each give £50m": a
    chain of actors before "each", in the clause of amount ``i``, every one of which gives it all."""
    doc = ctx.doc
    table = tokens(doc)
    if "each" not in table.lower[lo:i]:
        return []
    mentions = [m for m in ctx.mentions_in(table.idx[lo], table.idx[i], ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    for k in range(len(mentions)):
        j = _chain_end(table, mentions, k)
        if j > k and has_phrase(_lower(doc, mentions[j].end, min(i, mentions[j].end + 3)), ("each",)):
            return _givers_of_chain(mentions[k : j + 1])
    return []


def _joint_sources(ctx, sent: Span, end: int, hi: int) -> list[str]:
    """ "The fund has received £900m from Norway, Denmark and the Netherlands": a sum from a chain of
    actors after "from" is theirs together ("from German, Polish and Canadian stocks" names where
    items came from, not who paid)."""
    doc = ctx.doc
    table = tokens(doc)
    j = end
    while j < hi and table.lower[j] in ("in", "of", "aid", "funding", "contributions", "so", "far", "this", "year"):
        j += 1
    if j >= hi or table.lower[j] != "from":
        return []
    return _chain_after(ctx, sent, j + 1, hi)


def _payers_after(ctx, sent: Span, end: int, hi: int) -> list[str]:
    """The actors after "paid for with/by", "financed by", "funded by" in the amount's clause: "the sale
    of $825m in missiles to Ukraine, to be paid for with Danish, Dutch and Norwegian funds"."""
    doc = ctx.doc
    table = tokens(doc)
    window = _lower(doc, end, hi)
    cue = has_phrase(window, PAID_WITH)
    if not cue:
        return []
    last = cue.split()[-1]
    at = next((j for j in range(end, hi) if table.lower[j] == last and _lower(doc, j - len(cue.split()) + 1, j + 1).strip() == cue), None)
    if at is None:
        return []  # the cue's words split by white space or punctuation: not the phrase
    codes = _chain_after(ctx, sent, at + 1, hi, demonyms=True)
    if codes:
        return codes
    found = [m for m in ctx.mentions_in(table.idx[at], table.idx[min(hi, at + 3) - 1] + 1, ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    return [found[0].code] if found else []


def _chain_after(ctx, sent: Span, j: int, hi: int, demonyms: bool = False) -> list[str]:
    """The codes of a chain of two or more actors "A, B and C" that starts at token ``j`` (or one
    after, past "the"), and ends the clause or is followed by a preposition or time word (a noun
    after it, "German, Polish and Canadian stocks", makes them modifiers, unless ``demonyms``:
    "Danish, Dutch and Norwegian funds")."""
    doc = ctx.doc
    table = tokens(doc)
    if j >= hi:
        return []
    mentions = [m for m in ctx.mentions_in(table.idx[j], table.idx[hi - 1] + 1, ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    if not mentions or mentions[0].start not in (j, j + 1):
        return []
    last = _chain_end(table, mentions, 0)
    after = mentions[last].end
    if last == 0 or (not demonyms and after < sent.end and table.lower[after].isalpha() and table.lower[after] not in (
            "in", "on", "at", "last", "this", "since", "over", "during", "and", "so", "to", "for", "by")):
        return []
    return _givers_of_chain(mentions[: last + 1])


# Words before "32 allies" that make the number the whole membership of an organisation.
WHOLE_MEMBERSHIP = frozenset({"the", "all", "its", "their", "nato's", "nato’s", "eu's", "eu’s", "alliance's", "alliance’s"})


def _collective_subject(ctx: ArticleContext, sent: Span, i: int, words: dict) -> bool:
    """Whether the subject giving the amount at token ``i`` is an unnamed group ("Ukraine's backers
    pledged", "allies have committed"): the group is no donor, and no one of its members either."""
    doc = ctx.doc
    table = tokens(doc)
    lo = max(sent.start, i - 8)
    collective = set(words["collective_donors"])
    for j in range(i - 1, lo - 1, -1):
        if table.lower[j] in collective and j + 1 < i and not table.ent[j]:
            if j > sent.start and doc[j - 1].like_num and j - 1 > sent.start and table.lower[j - 2] in WHOLE_MEMBERSHIP:
                return False  # "the 32 allies", "the 27 member states": an organisation's members as one
            # ("five allies put more than $1bn": some of them, no one donor)
            if _named_before_group(table, sent, j):
                return False  # "Denmark and partners", "the EU and its member states": the named actor leads
            nxt = table.lower[j + 1]
            if nxt in SUBJECT_FOLLOWERS or nxt in _trigger_set() or nxt in GROUP_VERBS:
                # no named actor gives between the group and the amount ("allies, led by Britain, ...")
                return not _givers_between(ctx, table.idx[j], table.idx[i])
    # "the International Fund for Ukraine, which has raised £900m": what a fund has raised
    verb = has_phrase(_lower(doc, max(sent.start, i - 4), i), words["fund_raising_verbs"])
    if verb:
        fund = next((j for j in range(i - 1, max(sent.start, i - 14) - 1, -1) if table.lower[j] in words["fund_nouns"]), None)
        if fund is not None and not _givers_between(ctx, table.idx[fund], table.idx[i]):
            return True
    # "Across the whole coalition, contributions are planned to reach €2.75bn": a group's sum
    lo = max(sent.start, i - 15)
    scope = has_phrase(_lower(doc, lo, i), words["collective_scopes"])
    if scope:
        # "Britain, like other coalition members, pledged £100m": a giver named before is the subject
        return not _givers_between(ctx, sent.start_char, table.idx[i])
    return False


def _givers_between(ctx, start_char: int, end_char: int) -> bool:
    """Whether an actor that may give (not Ukraine, not Russia) is named between two offsets."""
    return any(m.stands_for not in NOT_DONORS
               for m in ctx.mentions_in(start_char, end_char, ("COUNTRY", "ORG", "PERSON")))


def _named_before_group(table, sent: Span, j: int) -> bool:
    """ "Denmark and (its) partners", "the EU and its Member States": an actor joined by "and" to
    the group word at ``j`` (or to the word "member" before it)."""
    k = j - 1
    if k > sent.start and table.lower[k] in ("member", "partner", "allied"):
        k -= 1
    if k > sent.start and table.lower[k] in ("its", "their", "other", "the"):
        k -= 1
    return k > sent.start and table.lower[k] == "and" and table.ent[k - 1] in ("COUNTRY", "ORG")


def _donor_right_after(ctx: ArticleContext, sent: Span, end: int) -> str | None:
    """A country adjective between an amount and its aid noun names the giver:
    "a $60bn US aid bill", "€1bn German package", "€1.8bn of Danish assistance"."""
    doc = ctx.doc
    table = tokens(doc)
    if end >= sent.end:
        return None
    if end + 1 < sent.end and table.text[end] in ('"', "”", "’", "'"):
        end += 1  # '"at least EUR 1.8 billion" of Danish assistance': a quote closes on the amount
    if end + 1 < sent.end and table.lower[end] in ("of", "in"):
        end += 1  # "€1.8bn of Danish assistance", "$2bn in German aid"
    found = ctx.mentions_in(table.idx[end], table.idx[min(end + 3, sent.end - 1)] + 1, ("COUNTRY", "ORG"))
    if not found or found[0].start != end or found[0].code in NOT_DONORS:
        return None
    m = found[0]
    return m.code if any(table.lower[j] in AID_NOUNS or table.lower[j] in ("bill", "military", "programme", "program") for j in range(m.end, min(sent.end, m.end + 2))) else None


def _source_country(ctx: ArticleContext, sent: Span) -> str | None:
    """The country named as the source of money a bank or fund channels: "Japan's $900m loan
    through the World Bank", "a loan from Japan", "funded by Norway", "Japan will lend … via the IMF"."""
    doc = ctx.doc
    table = tokens(doc)
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        if m.code in NOT_DONORS:
            continue
        before = table.lower[m.start - 1] if m.start > sent.start else ""
        if before == "the" and m.start - 1 > sent.start:
            before = table.lower[m.start - 2]
        after = table.lower[m.end] if m.end < len(doc) else ""
        if after in ("'s", "’s") or before in ("from", "by") or _reads_as_subject(doc, m):
            return m.code
    return None


def _subject_of(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """The actor that opens the clause of token ``i`` as its subject, however far before it:
    "Japan has also provided equipment to Ukraine, including vests, helmets and vehicles"."""
    table = tokens(ctx.doc)
    for m in ctx.mentions_in(sent.start_char, table.idx[i], ("COUNTRY", "ORG", "PERSON")):
        code = _donor_code(ctx, sent, m)
        if code is not None and _reads_as_subject(ctx.doc, m) and table.lower[m.start - 1] not in ("by",):
            return code
    return None

"""A sum a pooled vehicle holds or spends has no single donor (adjudication 18).

"The coalition's common fund, which pools members' cash for joint purchases, has taken in £73 million
so far", "In March the fund allocated EUR 20 million to …", "Member states of the Drone Coalition for
Ukraine, which Latvia leads together with the United Kingdom, have so far promised EUR 549 million",
"With it, pledges to the fund have passed €433 million": the donor finders give the sum to the state
named nearby (the coalition's lead, the article's main actor, the payer of the sentence before), but
the subject is the fund or coalition all its members pay into, so the sum is the pool's: no donor
(a running total counts for precision only; a pooled purchase is a gift of several payers).

Read on the sum's own sentence, back from the sum: a noun of a vehicle (``scheme_nouns``) after "the"
and a few modifiers that name no actor but Ukraine ("the IT Coalition for Ukraine", "the coalition's
common fund"), opening its clause (after a short opener such as "In March", "With it,"), possibly as
"members of the …" or "pledges to the …"; between it and the sum no actor outside a comma aside
(", which Latvia leads …,", ", the vehicle administered by the UK MoD,"), and no "from <state>" right
after the sum. A state paying into a fund ("Germany will pay €500m into the fund", "Britain has put
another €23m into the fund") has the fund after its sum and keeps it; "Germany's pledges to the fund"
and "its fund" have a possessor and are left alone; so is a bare "the fund" in an article naming the
IMF (the Fund). Words in ``data/pooled_sums.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab

REACH = 40  # "The financing scheme that lets foreign governments buy weapons … has now placed contracts worth €538m"
NP_REACH = 6  # "the international Drone Coalition", "the coalition's common fund"
OPENER_REACH = 4  # "In March", "With it", "At the meeting"
AFTER_REACH = 5  # "€20m from Germany": the giver named after the sum
# Not a giver in a vehicle's name ("the Ukraine Energy Support Fund", "the IT Coalition for Ukraine").
NOT_GIVERS = frozenset({"UKR", "RUS"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("pooled_sums").items() if not k.startswith("_")}


def _givers(ctx: ArticleContext, table, start: int, end: int) -> list:
    if start >= end:
        return []
    return [m for m in ctx.mentions_in(table.idx[start], table.idx[end - 1] + 1, ("COUNTRY", "ORG", "PERSON"))
            if m.stands_for not in NOT_GIVERS]


def _opens_clause(ctx: ArticleContext, table, sent: Span, d: int, w: dict) -> bool:
    """Whether the subject starting at ``d`` opens its clause: after a break or a short opener."""
    j = d - 1
    while j >= sent.start and d - j <= OPENER_REACH and table.lower[j] not in w["breaks"]:
        j -= 1
    if j >= sent.start and table.lower[j] not in w["breaks"]:
        return False  # too long a run before it: a clause of its own ("Germany topped up the fund")
    opener = table.lower[j + 1:d]
    if opener and opener[0] not in w["openers"]:
        return False  # "It gave the fund …": the vehicle is an object
    if j >= sent.start and table.lower[j] == ",":
        # after a comma only an opener's ("With it, pledges to the fund …"), not an apposition's
        # ("… under the European Peace Facility, the off-budget fund that …")
        k = j - 1
        while k >= sent.start and j - k <= OPENER_REACH + 1 and table.lower[k] not in w["breaks"]:
            k -= 1
        if (k >= sent.start and table.lower[k] not in w["breaks"]) or table.lower[k + 1] not in w["openers"]:
            return False
        if _givers(ctx, table, k + 1, j):
            return False
    return not _givers(ctx, table, j + 1, d)


def _aside_free_givers(ctx: ArticleContext, table, start: int, end: int) -> bool:
    """Whether an actor stands between ``start`` and ``end`` outside comma asides and parentheses."""
    lower = table.lower
    inside = False
    depth = 0
    for j in range(start, end):
        t = lower[j]
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif t == ",":
            inside = not inside
        elif t in (";", ":"):
            return True  # another clause
        elif not inside and not depth and table.ent[j] and _givers(ctx, table, j, j + 1):
            return True
    return False


def pooled_sum(ctx: ArticleContext, sent: Span, i: int, end: int) -> bool:
    """Whether the sum at tokens ``i``–``end`` is held or spent by a pooled vehicle, the subject of its clause."""
    w = _words()
    table = tokens(ctx.doc)
    lower = table.lower
    lo = max(sent.start, i - REACH)
    if w["scheme_nouns"].isdisjoint(lower[lo:i]):
        return False  # the cheap test first
    for k in range(i - 1, lo - 1, -1):
        if lower[k] not in w["scheme_nouns"]:
            continue
        the = next((j for j in range(k - 1, max(lo, k - NP_REACH) - 1, -1) if lower[j] == "the"), None)
        if the is None and k - sent.start < NP_REACH and table.text[sent.start][:1].isupper():
            the = sent.start  # a headline's subject without its article: "IT coalition passes €58m"
        if the is None or any(lower[j] in w["breaks"] for j in range(the, k)) or _givers(ctx, table, the, k + 1):
            continue  # no determiner, or a state's own fund ("the German fund", "the International Monetary Fund")
        if lower[k] == "fund" and any(m.code == "IMF" for m in ctx.mentions):
            continue  # "the Fund", "the Extended Fund Facility" of an article on the IMF
        d = the
        if the - 2 >= sent.start and lower[the - 1] == "of" and lower[the - 2] in w["member_nouns"]:
            d = the - 2  # "Member states of the Drone Coalition"
            if d - 1 >= sent.start and lower[d - 1] in ("member", "the"):
                d -= 1
        elif the - 2 >= sent.start and lower[the - 1] in w["pledge_links"] and lower[the - 2] in w["pledge_nouns"]:
            d = the - 2  # "pledges to the fund"
            if d - 1 >= sent.start and (lower[d - 1] in w["possessives"] or _givers(ctx, table, d - 1, d)):
                continue  # "Germany's pledges to the fund", "its contributions to the fund"
            if not _givers(ctx, table, max(sent.start, d - 8), d):
                # "The grant lifts pledges to the fund to €270m": the pool's level, whoever lifts it
                return not _aside_free_givers(ctx, table, k + 1, i) and not _giver_after(ctx, table, sent, end)
        if not _opens_clause(ctx, table, sent, d, w):
            continue
        return not _aside_free_givers(ctx, table, k + 1, i) and not _giver_after(ctx, table, sent, end)
    return False


def _giver_after(ctx: ArticleContext, table, sent: Span, end: int) -> bool:
    """ "The fund received €500m from Germany", "The fund, worth €5bn and backed by EU leaders": the giver
    named right after the sum."""
    stop = min(sent.end, end + AFTER_REACH)
    return any(table.lower[j] in ("from", "by") and _givers(ctx, table, j + 1, min(stop, j + 4)) for j in range(end, stop))


LIST_WORDS = frozenset({",", "and", "the"})
GROUP_REACH = 12  # "the two countries expect to fund around €178m"
WAR_SIDES = frozenset({"UKR", "RUS"})


@lru_cache(maxsize=1)
def _joint_words() -> dict:
    w = vocab("pooled_sums")
    return {"links": frozenset(w["payer_links"]), "each": frozenset(w["each_cues"]),
            "packages": frozenset(w["package_nouns"]), "numbers": dict(w["group_numbers"]),
            "groups": frozenset(w["group_nouns"])}


def _listed_states(ctx: ArticleContext, table, start: int, stop: int, step: int) -> set[str]:
    """The states of a list of names running from ``start`` (forward or backward), joined by commas and "and"."""
    codes: set[str] = set()
    j = start
    while (j < stop) if step > 0 else (j > stop):
        if table.ent[j]:
            for m in ctx.mentions_in(table.idx[j], table.idx[j] + 1, ("COUNTRY",)):
                codes.add(m.stands_for)
        elif table.lower[j] not in LIST_WORDS:
            break
        j += step
    return codes - {None}


def joint_payers(ctx: ArticleContext, sent: Span, i: int, end: int) -> bool:
    """Whether the sum at tokens ``i``–``end`` is paid by two or more states listed with it, or by a
    counted group of states just named, with no split."""
    w = _joint_words()
    table = tokens(ctx.doc)
    lower = table.lower
    if not w["each"].isdisjoint(lower[sent.start:sent.end]):
        return False  # "€20m each", "$465m and $295m respectively": each state's own sum
    # after: "a £450m package paid for jointly by the UK and Norway", "$134m comes as grants from A, B and C"
    for j in range(end, min(sent.end - 1, end + 6)):
        if lower[j] in ("by", "from"):
            payers = _listed_states(ctx, table, j + 1, min(sent.end, j + 30), 1)
            if len(payers) >= 2 and not payers & WAR_SIDES:
                return True
            break
        if lower[j] not in w["links"]:
            break
    # before: "a Danish, Norwegian and Swedish package of about $500 million"
    j = i - 1
    while j > sent.start and i - j <= 4 and lower[j] != "of":
        j -= 1
    if lower[j] == "of" and j - 1 > sent.start and lower[j - 1] in w["packages"]:
        payers = _listed_states(ctx, table, j - 2, max(sent.start, j - 14) - 1, -1)
        if len(payers) >= 2 and not payers & WAR_SIDES:
            return True
    return _counted_group(ctx, table, sent, i, w)


def _counted_group(ctx: ArticleContext, table, sent: Span, i: int, w: dict) -> bool:
    """ "… and together with Norway's money the two countries expect to fund around €178m": a count of
    the states just named (in the sentence, else the one before), none of them Ukraine, as the subject."""
    lower = table.lower
    lo = max(sent.start, i - GROUP_REACH)
    if w["groups"].isdisjoint(lower[lo:i]):
        return False  # the cheap test first
    at = next((k for k in range(i - 2, lo - 1, -1) if lower[k + 1] in w["groups"] and lower[k] in w["numbers"]), None)
    if at is None or _aside_free_givers(ctx, table, at + 2, i):
        return False
    count = w["numbers"][lower[at]]
    here = ctx.sentence_index(sent.start_char)
    for back in (sent, ctx.sents[here - 1] if here > 0 else None):
        if back is None:
            break
        stop = table.idx[at] if back is sent else back.end_char
        named: list[str] = []
        for m in ctx.mentions_in(back.start_char, stop, ("COUNTRY",)):
            if m.stands_for and m.stands_for not in named:
                named.append(m.stands_for)
        if named:
            return len(named) == count and not set(named) & WAR_SIDES
    return False

"""Who holds a stance besides the subject of its clause: the speaker of a quote ("we support
every effort"), the signatories of a joint statement whose text follows, those listed after the
cue as sharing it ("voted against, alongside Russia and Belarus"), and the agents of a passive
stance verb or noun ("a plan championed by Merz", "a resolution drafted by Ukraine and the EU",
"won the backing of Canada").

Separate from ``positions.py`` because these read beyond the clause that ``clause_groups.py``
cuts, and the rules that read the clause are long enough.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.clause_groups import GLUE, _last_chain, _padded_range, _subject_before, person_actor
from coalition.extract.context import ArticleContext, Mention, has_phrase, tokens, vocab
from coalition.extract.stance_cues import FORECASTS
from coalition.extract.statements import find_statements
from coalition.resolve.actors import DATA, read_table


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Country adjectives as written ("Russian", "British"), from the country aliases."""
    return frozenset(row[0] for row in read_table(DATA / "country_aliases.tsv") if len(row) > 2 and row[2] == "demonym")


# The word lists live in extract/data/positions.json ("holders").
_HOLDERS = vocab("positions")["holders"]
JOINT = tuple(_HOLDERS["joint"])


def signatories(ctx: ArticleContext, sent) -> list[str]:
    """The countries and organisations that issue a joint statement or meet: "The leaders of
    Denmark, Estonia and Finland today issued a joint statement", "a joint statement signed by
    Spain, Italy and Greece", "Britain, France and Canada met in London"; two at least."""
    lower = tokens(ctx.doc).lower
    at = next((i for i in range(sent.start, sent.end) if lower[i] in MEETING), None)
    if at is None:
        return []
    if lower[at] in ("joint", "jointly") and not has_phrase(_padded_range(ctx.doc, at, min(sent.end, at + 2)), JOINT):
        return []
    actors = _subject_before(ctx, sent.start, at, ())
    if len(actors) < 2:
        # "a joint statement signed by Spain, Italy and Greece"
        by = next((i for i in range(at, min(sent.end, at + 6)) if lower[i] == "by" and lower[i - 1] in SIGNED), None)
        actors = companions_from(ctx, by + 1, sent.end) if by is not None else []
    return actors if len(actors) > 1 else []


# Words of a meeting or a joint statement, whose coordinated subject is remembered as the group
# that "the leaders" or "they" stand for afterwards.
MEETING = frozenset(_HOLDERS["meeting"])
SIGNED = frozenset(_HOLDERS["signed"])
# A clause opening with one of these, naming nobody, is the remembered group's.
GROUP_OPENERS = tuple(f" {phrase} " for phrase in _HOLDERS["group_openers"])


def group_subject(padded: str, joint: list[str]) -> list[str]:
    """The remembered group when a sentence opens with "The leaders", "They", "The statement"."""
    if not joint:
        return []
    head = " " + " ".join(padded.split()[:3]) + " "
    return list(joint) if any(head.startswith(o) for o in GROUP_OPENERS) else []


def quote_speaker(ctx: ArticleContext, sent, joint: list[str]) -> list[str]:
    """The actor whose words a sentence is, when it lies inside a quotation: the speaker of the
    statement it belongs to, else the signatories of the last joint statement named."""
    quotes = ctx.__dict__.get("_quote_spans")
    if quotes is None:
        quotes = ctx.__dict__["_quote_spans"] = [(q.open_mark, q.close_mark) for q in ctx.quotes()]
    mid = (sent.start_char + sent.end_char) // 2
    if not any(a <= mid <= b for a, b in quotes):
        return []
    speakers = ctx.__dict__.get("_quote_speakers")
    if speakers is None:
        # the article's statements, kept for the statement finder's own turn (see ``_facts_of``)
        statements = ctx.__dict__.setdefault("_statements", find_statements(ctx))
        speakers = ctx.__dict__["_quote_speakers"] = [
            (st.evidence.start, st.evidence.end, st.actor) for st in statements if st.actor]
    actor = next((code for a, b, code in speakers if a <= sent.start_char and sent.end_char <= b), None)
    return [actor] if actor else list(joint)


FIRST_PERSON = (" we ", " our ", " i ", " us ")


# After a stance cue, the others who share it: "voted against, alongside Russia and Belarus".
COMPANIONS = tuple(f" {phrase} " for phrase in _HOLDERS["companions"])


def companions(ctx: ArticleContext, a: int, b: int, text: str, cue: str) -> list[str]:
    """The actors listed right after "alongside", "along with", "joined by" after the cue in
    tokens [a, b) (before it, "standing alongside Zelensky, demanded", they are company, not
    subjects)."""
    if not any(c in text for c in COMPANIONS):
        return []
    tk = tokens(ctx.doc)
    lower = tk.lower
    first = cue.replace("-", " - ").split()[0] if cue else ""
    start = next((i for i in range(a, b) if lower[i] == first), b)
    for i in range(start + 1, b - 1):
        if lower[i] in ("alongside", "with", "by", "did", "do", "does") and (
                lower[i] == "alongside" or lower[i - 1] in ("along", "joined", "as")):
            return companions_from(ctx, i + 1, b)
    return []


def companions_from(ctx: ArticleContext, a: int, b: int) -> list[str]:
    """The codes of the list of actors that starts at token ``a``."""
    return _last_chain(ctx, _candidates_after(ctx, a, min(b, a + 25)))


def _candidates_after(ctx: ArticleContext, a: int, b: int) -> list[tuple[Mention, str]]:
    """The actors named from token ``a`` on, while they form one list ("Russia, Belarus, North
    Korea and Hungary")."""
    tk = tokens(ctx.doc)
    out: list[tuple[Mention, str]] = []
    at = a
    for m in ctx.mentions_in(tk.idx[a], tk.idx[b - 1] + 1, ("COUNTRY", "ORG", "PERSON")):
        if m.start < at or not all(tk.lower[k] in GLUE for k in range(at, m.start)):
            break
        code = person_actor(ctx, m) if m.label == "PERSON" else m.code
        if code:
            out.append((m, code))
        at = m.end
    return out


# Participles whose agent after "by" takes the stance: "a plan championed by Merz and von der
# Leyen" is their support, "a proposal rejected by Moscow" Russia's opposition.
PASSIVE_STANCE = {stance: frozenset(words) for stance, words in _HOLDERS["passive_stance"].items()}
# Nouns whose "of"/"from" names who takes the stance: "won the backing of Canada", "support from Japan".
NOUN_STANCE = {stance: frozenset(words) for stance, words in _HOLDERS["noun_stance"].items()}


# Words before a stance noun that make it wanted, not given: "would need the backing of the UN",
# "without the approval of Congress", "sought the blessing of Washington".
WANTING = frozenset(_HOLDERS["wanting"])


def passive_agents(ctx: ArticleContext, a: int, b: int, text: str) -> list[tuple[str, str]]:
    """(stance, actor) for the actors named right after "<participle> by" in tokens [a, b), or
    after "<participle> in" when a country or capital follows ("welcomed in Moscow and rejected
    in Kyiv": Moscow's and Kyiv's answers)."""
    if " by " not in text and " of " not in text and " from " not in text and " in " not in text:
        return []
    tk = tokens(ctx.doc)
    lower, idx = tk.lower, tk.idx
    out: list[tuple[str, str]] = []
    for i in range(a + 1, b - 1):
        if lower[i] == "by" or (lower[i] == "in" and tk.title[i + 1]):
            stance = next((value for value, verbs in PASSIVE_STANCE.items() if lower[i - 1] in verbs), None)
        elif lower[i] in ("of", "from"):
            stance = next((value for value, nouns in NOUN_STANCE.items() if lower[i - 1] in nouns), None)
            if stance and not WANTING.isdisjoint(lower[max(a, i - 4) : i - 1]):
                continue  # "would need the backing of the Security Council": a condition, not its answer
        else:
            continue
        if stance is None:
            continue
        if "to" in lower[max(a, i - 4) : i - 1] and not FORECASTS.isdisjoint(lower[max(a, i - 5) : i - 1]):
            continue  # "is expected to be endorsed by EU leaders": a forecast, not their answer
        if _called_for(lower, a, i - 1):
            continue  # "calling for a force, led by Europeans and supported by the US": the force's design
        at = i + 1
        for m in ctx.mentions_in(idx[at], idx[min(b, at + 15) - 1] + 1, ("COUNTRY", "ORG", "PERSON")):
            # the agents start right after "by" and run on through "and" and commas, past an unnamed
            # group ("the backing of the Nordic countries and Canada")
            if m.start < at or m.start - at > 5 or not all(lower[k] in GLUE or tk.title[k] for k in range(at, m.start)):
                break
            if m.text in _demonyms() and m.end < b and tk.text[m.end].isalpha() and tk.text[m.end].islower():
                break  # "backed by Russian asset profits": the demonym describes the agent, it is none
            code = person_actor(ctx, m) if m.label == "PERSON" else m.code
            if code and (stance, code) not in out:
                out.append((stance, code))
            at = m.end + 1 if m.end < b and lower[m.end] in (",", "and") else -1
            if at < 0:
                break
            if at < b and lower[at] == "by":
                at += 1  # "championed by the European Commission and by Germany's chancellor": "by" repeated
    return out


# "calling for a multinational force, led by Europeans and supported by the United States": a
# participle in the description of what a call asks for is the asked-for thing's design, and its
# agents hold no position (they may never have been asked).
CALLS = frozenset("calling called calls urging urged demanding demanded proposing proposed".split())
CALL_REACH = 10


def _called_for(lower: list[str], a: int, at: int) -> bool:
    """Whether the participle at token ``at`` describes the object of a call before it in the
    same stretch ("calling for a force, led by …, supported by …")."""
    for k in range(at - 1, max(a, at - CALL_REACH) - 1, -1):
        if lower[k] in (";", ":", ".", "but", "while"):
            return False
        if lower[k] == "for" and k > a and lower[k - 1] in CALLS:
            return True
    return False


PARTISAN = frozenset(_HOLDERS["partisan"])
PARTISAN_PAIRS = frozenset(_HOLDERS["partisan_pairs"])
# how far into a sentence its speaker's title may start ("On Tuesday, Labour leader …")
PARTISAN_REACH = 8


def partisan_speaker(ctx: ArticleContext, sent, present: frozenset[str]) -> bool:
    """Whether a sentence opens on a speaker with a party's or a legislator's title, followed by
    a name ("Opposition leader Peter Dutton said…", "Labour leader Chris Hipkins backed…"): a
    party's view, not the government's. ``present`` is the sentence's words, asked first."""
    if PARTISAN.isdisjoint(present) and ("leader" not in present or PARTISAN_PAIRS.isdisjoint(present)):
        return False
    tk = tokens(ctx.doc)
    lower, title = tk.lower, tk.title
    for i in range(sent.start, min(sent.end - 1, sent.start + PARTISAN_REACH)):
        word = lower[i]
        if word in PARTISAN_PAIRS and lower[i + 1] == "leader":
            i, word = i + 1, "leader"
        elif word not in PARTISAN or not (title[i] or (i > sent.start and title[i - 1])):
            continue  # a title is written as one ("Opposition leader", "Labour MP"); "voiced opposition" is none
        # a name of two words follows the title within a few ("Shadow defence secretary James
        # Cartlidge"); "Despite opposition from Hungary" names a country, no speaker
        for k in range(i + 1, min(sent.end - 1, i + 5)):
            if title[k] and title[k + 1] and not ctx.mentions_in(tk.idx[k], tk.idx[k + 1] + 1, ("COUNTRY", "ORG")):
                return True
    return False

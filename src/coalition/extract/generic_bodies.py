"""An institution known by a generic name ("the Ministry of Defence", "the MoD") is one country's
only by habit: British outlets call their own ministry so, and the gazetteer maps the name to the
United Kingdom. Outlets elsewhere use the same words for their own government ("ZAGREB - Croatia is
transferring 30 tanks …, the Ministry of Defence said"), so the name stands for the United Kingdom
only in an article that names the United Kingdom in some other way; elsewhere it is the ministry of
the country the article is about, or of no country we can tell."""

from __future__ import annotations

from functools import lru_cache

NOT_HOSTS = frozenset(("UKR", "RUS"))


@lru_cache(maxsize=1)
def _generic_names() -> dict[str, str]:
    from coalition.extract.context import vocab

    return {name: code for code, names in vocab("commitments")["generic_institutions"].items() for name in names}


def localise(mentions: list) -> list:
    """The mentions with each generic institution's country made the article's own (or the
    mention dropped when the article names no country but Ukraine and Russia)."""
    generic = _generic_names()
    flagged = [k for k, m in enumerate(mentions) if m.label == "COUNTRY" and generic.get(m.text) == m.code]
    if not flagged:
        return mentions
    flagged_set = set(flagged)
    named = {m.code for k, m in enumerate(mentions) if k not in flagged_set and m.label == "COUNTRY"}
    keep = {k for k in flagged if mentions[k].code in named}
    if len(keep) == len(flagged):
        return mentions  # the article names the usual owner otherwise: the name is its own
    counts: dict[str, int] = {}
    order: list[str] = []
    for k, m in enumerate(mentions):
        if k in flagged_set or m.label != "COUNTRY" or m.code in NOT_HOSTS:
            continue
        if m.code not in counts:
            order.append(m.code)
        counts[m.code] = counts.get(m.code, 0) + 1
    host = max(order, key=lambda c: (counts[c], -order.index(c))) if order else None
    out = []
    for k, m in enumerate(mentions):
        if k in flagged_set and k not in keep:
            if host is None:
                continue
            m.code = host
        out.append(m)
    return out

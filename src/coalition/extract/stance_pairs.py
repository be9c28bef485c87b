"""Targets coordinated in one phrase: "reaffirmed its support for Ukraine's membership of both the
European Union and NATO", "backs Ukraine's bids to join the EU and NATO". A clause reads one target
per cue, the first named; its partner in the coordination is the same position's target too.

The pairs and the coordinations that join them are in positions.json ("paired_targets").
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, vocab

_PAIRS = {row["found"]: (row["partner"], tuple(_as_tokens(c) for c in row["coordinations"]))
          for row in vocab("positions")["paired_targets"]["pairs"]}


def with_partners(readings: list[tuple], text: str) -> list[tuple]:
    """``readings`` ((target, stance, cue) each) with the partner of every coordinated target
    added, when the clause's padded ``text`` joins the two."""
    out = list(readings)
    for target, stance, cue in readings:
        pair = _PAIRS.get(target)
        if pair and any(c in text for c in pair[1]) and (pair[0], stance, cue) not in out:
            out.append((pair[0], stance, cue))
    return out

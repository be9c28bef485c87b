"""An article's text with every fact's evidence wrapped in ``<mark>``.

Evidence spans may overlap or nest (a coalition's sentence and its further
evidence, a quote and its attribution), so the text is cut at every span
boundary and each piece is wrapped in one ``<mark>`` per fact covering it,
nested. The piece where a fact's span starts carries ``id="fact-<id>"``, which
the key points beside the text link to. Paragraph breaks become ``<p>``s;
a span that crosses one is closed and reopened, so the markup stays valid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    fact_id: int
    start: int
    end: int
    kind: str
    state: str = "pending"  # review state: pending, accepted, edited, rejected


def fact_spans(facts: Iterable[Mapping], states: Mapping[int, str], text_length: int) -> list[Span]:
    """The evidence spans of stored fact dicts (``id``, ``kind``, ``evidence``, ``attribution``, ``more_evidence``)."""
    spans = []
    for fact in facts:
        evidences = [fact.get("evidence")] + list(fact.get("more_evidence") or [])
        if fact.get("attribution"):
            evidences.append(fact["attribution"])
        for evidence in evidences:
            if not isinstance(evidence, Mapping):
                continue
            start, end = evidence.get("start"), evidence.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_length:
                spans.append(Span(fact["id"], start, end, fact.get("kind", ""), states.get(fact["id"], "pending")))
    return spans


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as HTML paragraphs with each span marked; the first span of each fact gets its id."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end, s.fact_id))
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans}
                  | {i for i, c in enumerate(text) if c == "\n"} | {i + 1 for i, c in enumerate(text) if c == "\n"})
    anchored: set[int] = set()
    paragraphs: list[list[str]] = [[]]
    for start, end in zip(cuts, cuts[1:]):
        piece = text[start:end]
        if piece == "\n":
            paragraphs.append([])
            continue
        html = str(escape(piece))
        for span in reversed([s for s in spans if s.start <= start and end <= s.end]):
            attrs = f' class="ev ev-{span.kind} review-{span.state}" data-fact="{span.fact_id}"'
            if span.fact_id not in anchored and span.start == start:
                attrs = f' id="fact-{span.fact_id}"' + attrs
                anchored.add(span.fact_id)
            html = f"<mark{attrs}>{html}</mark>"
        paragraphs[-1].append(html)
    return Markup("".join(f"<p>{''.join(parts)}</p>" for parts in paragraphs if "".join(parts).strip()))

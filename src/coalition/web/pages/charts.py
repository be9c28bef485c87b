"""Charts as inline SVG, drawn on the server: no JavaScript, no CDN, readable by screen readers.

Each function returns markup (``markupsafe.Markup``) with a ``<title>`` and
``<desc>`` for assistive technology, and a plain table of the same figures is
shown next to every chart by the templates (the chart is decoration of that
table, not the only copy of the numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from markupsafe import Markup, escape

# Colours with at least 3:1 contrast against white (WCAG 1.4.11, graphics).
BAR = "#1f5fa8"
LANE_COLOURS = {
    "commitment": "#1f5fa8",
    "statement": "#6b4c9a",
    "stance": "#b3541e",
    "participation": "#2e7d32",
    "ceasefire": "#8a1c1c",
    "coalition": "#555555",
}
STANCE_COLOURS = {
    "support": "#2e7d32",
    "oppose": "#b00020",
    "open": "#1f5fa8",
    "considering": "#8a6d00",
    "conditional": "#6b4c9a",
}


def money(value: float | None) -> str:
    """€1.6bn, €450m, €12k; an em dash for none."""
    if value is None:
        return "—"
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= scale:
            return f"€{value / scale:.3g}{suffix}"
    return f"€{value:.0f}"


def bar_chart(rows: Sequence[tuple[str, float]], *, title: str, value_label=money, width: int = 560) -> Markup:
    """Horizontal bars, one per ``(label, value)``, longest first as given."""
    bar_height, gap, label_width, value_width = 22, 6, 120, 80
    height = max(1, len(rows)) * (bar_height + gap) + gap
    top = max((value for _, value in rows), default=0) or 1
    span = width - label_width - value_width
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{_id(title)}-t {_id(title)}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{_id(title)}-t">{escape(title)}</title>',
        f'<desc id="{_id(title)}-d">{escape("; ".join(f"{label}: {value_label(value)}" for label, value in rows))}</desc>',
    ]
    for index, (label, value) in enumerate(rows):
        y = gap + index * (bar_height + gap)
        length = max(1.0, span * (value / top)) if value else 0
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" class="chart-label">{escape(_clip(label, 16))}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{BAR}" rx="2"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + bar_height * 0.7:.1f}" class="chart-value">{escape(value_label(value))}</text>'
        )
    if not rows:
        parts.append(f'<text x="{width / 2}" y="{height / 2 + 5}" text-anchor="middle" class="chart-label">no data</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline(events: Sequence[dict], *, title: str, lanes: Sequence[str], width: int = 720) -> Markup:
    """Dots on one lane per fact kind along a time axis.

    ``events`` are dicts with ``date`` (``YYYY-MM-DD``), ``lane`` (one of
    ``lanes``), ``label`` and optionally ``colour`` and ``href``. Events without
    a date are left out (the list beside the chart has them all).
    """
    dated = [e for e in events if _day(e.get("date"))]
    lane_height, left, right, top = 34, 110, 20, 10
    height = top + len(lanes) * lane_height + 30
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{_id(title)}-t {_id(title)}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{_id(title)}-t">{escape(title)}</title>',
        f'<desc id="{_id(title)}-d">{len(dated)} dated facts from '
        f'{escape(min((e["date"] for e in dated), default="-"))} to {escape(max((e["date"] for e in dated), default="-"))}</desc>',
    ]
    days = [_day(e["date"]) for e in dated]
    first, last = (min(days), max(days)) if days else (date.today(), date.today())
    spread = max(1, (last - first).days)
    plot = width - left - right
    for index, lane in enumerate(lanes):
        y = top + index * lane_height + lane_height / 2
        parts.append(
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="chart-label">{escape(lane)}s</text>'
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#8a8a8a" stroke-width="1"/>'
        )
    for event, day in zip(dated, days):
        if event["lane"] not in lanes:
            continue
        x = left + plot * ((day - first).days / spread) if days and spread else left
        y = top + lanes.index(event["lane"]) * lane_height + lane_height / 2
        colour = event.get("colour") or LANE_COLOURS.get(event["lane"], BAR)
        dot = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{colour}" stroke="#ffffff" stroke-width="1.5">'
            f'<title>{escape(event["date"])}: {escape(event.get("label", ""))}</title></circle>'
        )
        if event.get("href"):
            dot = f'<a href="{escape(event["href"])}">{dot}</a>'
        parts.append(dot)
    axis_y = top + len(lanes) * lane_height + 18
    parts.append(f'<text x="{left}" y="{axis_y}" class="chart-label">{first.isoformat()}</text>')
    parts.append(f'<text x="{width - right}" y="{axis_y}" text-anchor="end" class="chart-label">{last.isoformat()}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # the store keeps impossible dates such as 2025-02-30 as written
        return None


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _id(title: str) -> str:
    return "chart-" + "".join(c if c.isalnum() else "-" for c in title.lower())

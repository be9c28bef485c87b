"""A headline's truce, told with no domain, is the truce the body tells with its domains.

"France, UK propose one-month truce" over "… a one-month truce in the air, at sea and on energy
infrastructure": headlines shorten, and a truce whose clause names no domain was read as a general
halt (`full`), which no longer matched the body's air-and-sea truce of the same proposers, and the
one proposal became two. When the headline's mention names no domain, its length is written and
equals the body's, and they share a proposer (``ceasefires.py`` asks for one), it is the same truce
and takes the body's domains. A length only from an occasion's default is not enough, nor a body
truce that is itself general.
"""

from __future__ import annotations


def headline_restates(a, b) -> bool:
    """Whether one of two ceasefire mentions is a headline's domainless telling of the other."""
    # the headline is the article's first sentence (a title line runs into the body when no blank
    # line parts them)
    head, body = (a, b) if a.sent.start < b.sent.start else (b, a)
    if head.sent.start != 0 or body.sent.start == 0 or head.scope or not body.scope or "full" in body.scope:
        return False
    if head.arrangement or body.arrangement or head.occasion_length or body.occasion_length:
        return False
    return bool(head.duration) and head.duration == body.duration

"""Extraction: a spaCy pipeline that turns one article into sourced facts."""

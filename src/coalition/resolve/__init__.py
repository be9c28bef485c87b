"""Resolving: canonical actors (countries, organisations, people), currencies and dates."""

"""Serving: the REST API under /api/v1 and the server-rendered pages, on the same store as the CLI."""

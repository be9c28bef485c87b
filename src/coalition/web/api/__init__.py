"""The REST API under /api/v1: one module per resource, each with its own APIRouter."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/api/v1")

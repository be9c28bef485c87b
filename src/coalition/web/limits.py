"""Request bodies over a limit get 413 before any route sees them.

A pure ASGI middleware: a ``Content-Length`` over the limit is refused at
once; a body without one (chunked) is read up to the limit and refused as
soon as it goes over, so a client cannot stream an endless body. A body
within the limit is passed on to the app unchanged.
"""

from __future__ import annotations

import json

DEFAULT_MAX_BODY = 2 * 1024 * 1024  # 2 MB: a long article as HTML is a few hundred kB


class BodyLimit:
    def __init__(self, app, max_body: int = DEFAULT_MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _reply(send, 400, "Content-Length is not a number")
                return
            if declared > self.max_body:
                await _reply(send, 413, self._too_large(declared))
                return
            await self.app(scope, receive, send)  # the server stops at Content-Length
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        # No length given: read it all here, counting, then replay it.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _reply(send, 413, self._too_large(None))
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self, size: int | None) -> str:
        limit = f"{self.max_body / 1024 / 1024:g} MB"
        if size is None:
            return f"request body too large (limit {limit})"
        return f"request body too large ({size / 1024 / 1024:.1f} MB, limit {limit})"


async def _reply(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")],
    })
    await send({"type": "http.response.body", "body": body})

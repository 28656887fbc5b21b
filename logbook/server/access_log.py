"""One JSON line per request on the `logbook.server.access` logger: never tokens or bodies.

Each line holds the time, method, the route's template (`/v1/bundles/{sha256}`, not the path
typed, nor its query), status, duration, bytes in and out, and the client's address.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER_NAME = "logbook.server.access"
logger = logging.getLogger(LOGGER_NAME)


class AccessLog:
    """ASGI middleware: counts what passes through and logs once the response has ended."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        counts = {"in": 0, "out": 0, "status": 0}

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                counts["in"] += len(message.get("body", b""))
            return message

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                counts["status"] = int(message["status"])
            elif message["type"] == "http.response.body":
                counts["out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        except BaseException:
            counts["status"] = counts["status"] or 500
            raise
        finally:
            if logger.isEnabledFor(logging.INFO):
                logger.info(json.dumps(_record(scope, counts, started), separators=(",", ":")))


def _record(scope: Scope, counts: dict[str, int], started: float) -> dict[str, Any]:
    route = scope.get("route")
    client = scope.get("client")
    return {
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "method": scope.get("method"),
        "route": getattr(route, "path", None),
        "status": counts["status"],
        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
        "bytes_in": counts["in"],
        "bytes_out": counts["out"],
        "client": client[0] if client else None,
    }

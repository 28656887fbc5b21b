"""The mailbox's HTTP routes (Starlette): bundles in from volunteers, out to the coordinator.

Who may do what, by bearer token (compared in constant time, as SHA-256 hashes):
  upload token       POST /v1/bundles, GET /v1/notices
  coordinator token  GET /v1/bundles, GET|DELETE /v1/bundles/{sha256},
                     POST /v1/notices, GET /v1/notices
  nobody             GET /v1/health
The coordinator's token is not accepted for uploads, nor the upload token (which every
enrolled device holds) for reading bundles: each token opens only its own doors.
Every error is a JSON `{"error": "..."}` in plain words. The app keeps no state between
requests but the in-memory upload rate limit (see ratelimit.py), so any number of processes
can serve one database.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import re
from collections.abc import Awaitable, Callable
from contextlib import aclosing, asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from logbook.ascii_numbers import parse_ascii_int
from logbook.bundle.age_header import NotAnAgeFile, check_age_header
from logbook.server.access_log import AccessLog
from logbook.server.config import ServerConfig, token_hash
from logbook.server.protocol import LIMITS_STATE, ConnectionLimits, throttle_accept_errors
from logbook.server.ratelimit import RateLimiter
from logbook.server.storage import (
    LIST_LIMIT,
    NOTICE_LIMIT,
    BundleGone,
    MailboxStore,
    StorageUnavailable,
)

UPLOAD = "upload"
COORDINATOR = "coordinator"
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
# "*" for everyone, else a device id such as D-XXXXXXXXXX.
AUDIENCE_PATTERN = re.compile(r"\*|[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
Handler = Callable[[Request], Awaitable[Response]]


class Refusal(Exception):
    """Answer the request with `status` and a plain-words error, and stop."""

    def __init__(self, status: int, error: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.headers = headers or {}


def error_response(status: int, error: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": error}, status_code=status, headers=headers)


class Mailbox:
    """The routes' shared pieces: settings, storage and the rate limiter."""

    def __init__(self, config: ServerConfig, store: MailboxStore) -> None:
        self.config = config
        self.store = store
        self.limiter = RateLimiter(config.uploads_per_minute, config.upload_burst)
        self._hashes = {
            UPLOAD: config.upload_token_sha256.encode(),
            COORDINATOR: config.coordinator_token_sha256.encode(),
        }

    def holder(self, request: Request) -> tuple[str, str] | None:
        """Which token the request carries, with its hash; None if neither."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return None
        digest = token_hash(token)
        found = None
        # Compare with both, always, so the time taken says nothing about either.
        for role, expected in self._hashes.items():
            if hmac.compare_digest(digest.encode(), expected):
                found = (role, digest)
        return found

    def require(self, request: Request, *roles: str) -> str:
        """The caller's token hash, if it is one of `roles`; else a 401."""
        held = self.holder(request)
        if held is None or held[0] not in roles:
            raise Refusal(
                401,
                "The token is missing or not valid for this request.",
                {"WWW-Authenticate": 'Bearer realm="mailbox"'},
            )
        return held[1]

    async def read_body(self, request: Request, limit: int, what: str) -> bytes:
        """The whole body, refused with a 413 as soon as it passes `limit` bytes."""
        too_large = Refusal(413, f"The {what} is larger than {limit} bytes.")
        declared = request.headers.get("content-length")
        if declared is not None:
            size = parse_ascii_int(declared, 20)
            if size is None:
                raise Refusal(400, "The Content-Length header is not a number.")
            if size > limit:
                raise too_large
        body = bytearray()
        try:
            async with aclosing(request.stream()) as chunks:
                async for chunk in chunks:
                    body += chunk
                    if len(body) > limit:
                        raise too_large
        except ClientDisconnect:
            # Nobody will read this answer; what matters is that nothing was stored.
            raise Refusal(
                400, f"The {what} was cut off before it ended; nothing was stored."
            ) from None
        return bytes(body)

    # -- routes ---------------------------------------------------------------------------

    async def health(self, request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def upload(self, request: Request) -> Response:
        key = self.require(request, UPLOAD)
        wait = self.limiter.take(key)
        if wait > 0:
            raise Refusal(
                429,
                "Too many uploads with this token; wait a little and try again.",
                {"Retry-After": RateLimiter.retry_after(wait)},
            )
        data = await self.read_body(request, self.config.max_bundle_bytes, "bundle")
        try:
            check_age_header(data)
        except NotAnAgeFile as exc:
            raise Refusal(400, str(exc)) from None
        sha256 = hashlib.sha256(data).hexdigest()
        new = await run_in_threadpool(self.store.add_bundle, sha256, data)
        return JSONResponse({"sha256": sha256}, status_code=201 if new else 200)

    async def list_bundles(self, request: Request) -> Response:
        self.require(request, COORDINATOR)
        after = request.query_params.get("after")
        if after is not None:
            check_sha256(after)
        try:
            found = await run_in_threadpool(self.store.list_bundles, after, LIST_LIMIT)
        except BundleGone:
            raise Refusal(
                404, "The bundle to list after is no longer in the mailbox; list from the start."
            ) from None
        return JSONResponse(
            [
                {"sha256": b.sha256, "size": b.size, "received_at": b.received_at.isoformat()}
                for b in found
            ]
        )

    async def fetch(self, request: Request) -> Response:
        self.require(request, COORDINATOR)
        sha256 = check_sha256(request.path_params["sha256"])
        data = await run_in_threadpool(self.store.bundle, sha256)
        if data is None:
            raise Refusal(404, "There is no such bundle in the mailbox.")
        return Response(data, media_type="application/octet-stream")

    async def delete(self, request: Request) -> Response:
        self.require(request, COORDINATOR)
        sha256 = check_sha256(request.path_params["sha256"])
        if not await run_in_threadpool(self.store.delete_bundle, sha256):
            raise Refusal(404, "There is no such bundle in the mailbox.")
        return Response(status_code=204)

    async def post_notice(self, request: Request) -> Response:
        self.require(request, COORDINATOR)
        audience = check_audience(request.query_params.get("audience"))
        data = await self.read_body(request, self.config.max_notice_bytes, "notice")
        if not data:
            raise Refusal(400, "The notice is empty.")
        sha256 = hashlib.sha256(data).hexdigest()
        new = await run_in_threadpool(self.store.add_notice, audience, sha256, data)
        return JSONResponse({"sha256": sha256}, status_code=201 if new else 200)

    async def notices(self, request: Request) -> Response:
        self.require(request, UPLOAD, COORDINATOR)
        audience = check_audience(request.query_params.get("audience"))
        after = parse_ascii_int(request.query_params.get("after", "0"))
        if after is None:
            raise Refusal(400, "`after` must be a notice number (0 or more).")
        audiences = ["*"] if audience == "*" else [audience, "*"]
        found = await run_in_threadpool(self.store.notices, audiences, after, NOTICE_LIMIT)
        return JSONResponse(
            [
                {"id": n.id, "audience": n.audience, "data": base64.b64encode(n.data).decode()}
                for n in found
            ]
        )


def check_sha256(value: str) -> str:
    if not SHA256_PATTERN.fullmatch(value):
        raise Refusal(400, "A bundle is named by its SHA-256: 64 lower-case hexadecimal digits.")
    return value


def check_audience(value: str | None) -> str:
    if value is None or not AUDIENCE_PATTERN.fullmatch(value):
        raise Refusal(400, "`audience` must be a device id (such as D-XXXXXXXXXX) or *.")
    return value


def _guarded(handler: Handler) -> Handler:
    """Turn refusals and a database that is down into their JSON answers."""

    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except Refusal as refusal:
            status, error, headers = refusal.status, refusal.error, dict(refusal.headers)
        except StorageUnavailable:
            status, error = 503, "The mailbox's database is not available; try again later."
            headers = {"Retry-After": "30"}
        if request.method == "POST":
            # The body may be unread (refused on its headers): close rather than drain it.
            headers["Connection"] = "close"
        return error_response(status, error, headers)

    return endpoint


async def _not_found(request: Request, exc: Exception) -> Response:
    return error_response(404, "There is nothing at this address of the mailbox.")


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return error_response(405, "This address of the mailbox does not take that method.")


def create_app(config: ServerConfig, store: MailboxStore | None = None) -> Starlette:
    """The ASGI app. With no `store`, one is opened on `config.db_url` (and closed on exit)."""
    owned = store is None
    mailbox = Mailbox(config, store if store is not None else MailboxStore(config.db_url))

    limits = ConnectionLimits(
        header_timeout=config.header_timeout_seconds,
        body_timeout=config.body_timeout_seconds,
        max_connections=config.max_connections,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        throttle_accept_errors(asyncio.get_running_loop())
        # uvicorn hands this state to every connection's protocol (see protocol.py).
        yield {LIMITS_STATE: limits}
        if owned:
            mailbox.store.close()

    m = mailbox
    routes = [
        Route("/v1/health", _guarded(m.health), methods=["GET"]),
        Route("/v1/bundles", _guarded(m.upload), methods=["POST"]),
        Route("/v1/bundles", _guarded(m.list_bundles), methods=["GET"]),
        Route("/v1/bundles/{sha256}", _guarded(m.fetch), methods=["GET"]),
        Route("/v1/bundles/{sha256}", _guarded(m.delete), methods=["DELETE"]),
        Route("/v1/notices", _guarded(m.post_notice), methods=["POST"]),
        Route("/v1/notices", _guarded(m.notices), methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(AccessLog)],
        exception_handlers={404: _not_found, 405: _not_allowed},
        lifespan=lifespan,
    )
    app.state.mailbox = mailbox
    return app

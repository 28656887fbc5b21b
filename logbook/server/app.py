"""The mailbox's HTTP routes (Starlette): bundles in from volunteers, out to the coordinator.

Who may do what:
  upload (enrolment) token + signed by the new key   POST /v1/devices (register, only that)
  a registered device, signed (request_signature.py) POST /v1/bundles, GET /v1/notices (its own)
  coordinator token   GET /v1/bundles, GET|DELETE /v1/bundles/{sha256}, POST /v1/notices,
                      GET /v1/notices (anyone's), POST /v1/devices/statuses
  nobody              GET /v1/health
Tokens are compared in constant time, as SHA-256 hashes. The upload token, which every
enrolment file carries, can do nothing but register a device's public key; a device's
requests are signed with its Ed25519 key over the method, path, body hash, time and a nonce,
replay-checked. Revoked devices are refused. Rate limits and quotas are per device and live
in the database, like everything else, so any number of processes can serve one database.
Every error is a JSON `{"error": "...", "code": "..."}` in plain words (`code` only where a
client acts on it).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import math
import re
from contextlib import aclosing, asynccontextmanager
from typing import Any, cast

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from logbook.bundle.age_header import NotAnAgeFile, check_age_header
from logbook.digits import parse_ascii_int
from logbook.errors import LogbookError
from logbook.identity.fingerprint import device_id
from logbook.identity.request_signature import (
    MAX_SKEW,
    SignedRequest,
    read_signed,
    signature_holds,
    within_skew,
)
from logbook.identity.signing import load_public
from logbook.server.access_log import AccessLog
from logbook.server.config import ServerConfig, token_hash
from logbook.server.protocol import LIMITS_STATE, ConnectionLimits, throttle_accept_errors
from logbook.server.storage import (
    LIST_LIMIT,
    NOTICE_LIMIT,
    BundleGone,
    MailboxStore,
    QuotaFull,
    Rate,
    RateLimited,
    Replay,
    Revoked,
    StorageUnavailable,
    StoredDevice,
    TooManyPending,
    Upload,
)
from logbook.statuses import DeviceStatus

UPLOAD = "upload"
COORDINATOR = "coordinator"
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
# "*" for everyone, else a device id such as D-XXXXXXXXXX.
AUDIENCE_PATTERN = re.compile(r"\*|[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
REGISTRATION_LIMIT = 1024
STATUSES_LIMIT = 1024 * 1024
MAX_STATUSES = 10_000
BAD_SIGNATURE = "The request's signature does not match the device's key."
REVOKED_TEXT = "The organisation has revoked this device; its requests are refused."


class Refusal(Exception):
    """Answer the request with `status` and a plain-words error, and stop."""

    def __init__(
        self,
        status: int,
        error: str,
        headers: dict[str, str] | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.headers = headers or {}
        self.code = code


def error_response(
    status: int, error: str, headers: dict[str, str] | None = None, code: str | None = None
) -> Response:
    body = {"error": error} if code is None else {"error": error, "code": code}
    return JSONResponse(body, status_code=status, headers=headers)


def request_target(request: Request) -> str:
    """The path and query exactly as sent: what a device's signature covers."""
    raw: bytes = request.scope.get("raw_path") or request.url.path.encode()
    query: bytes = request.scope.get("query_string", b"")
    return (raw + b"?" + query if query else raw).decode("latin-1")


class Mailbox:
    """The routes' shared pieces: settings and storage (which holds every limit's state)."""

    def __init__(self, config: ServerConfig, store: MailboxStore) -> None:
        self.config = config
        self.store = store
        self.rate = Rate(config.uploads_per_minute, config.upload_burst)
        self._hashes = {
            UPLOAD: config.enrolment_token_sha256.encode(),
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

    # -- devices --------------------------------------------------------------------------

    async def signed_by_device(self, request: Request) -> tuple[StoredDevice, SignedRequest]:
        """The registered, unrevoked device that signed this request, now and only once."""
        signed = _signed_in_time(request)
        device = await run_in_threadpool(self.store.device, signed.device_id)
        _check_device(device, signed, request)
        assert device is not None
        await self.check_nonce(device.id, signed)
        return device, signed

    async def check_nonce(self, device: str, signed: SignedRequest) -> None:
        if not await run_in_threadpool(self.store.use_nonce, device, signed.nonce, 2 * MAX_SKEW):
            raise _replay()

    async def register(self, request: Request) -> Response:
        self.require(request, UPLOAD)
        signed = _signed_in_time(request)
        body = await self.read_body(request, REGISTRATION_LIMIT, "registration")
        _check_body(signed, body)
        try:
            document = json.loads(body)
            raw = base64.b64decode(document["public_key"], validate=True)
            key = load_public(raw, "device key")
        except (ValueError, TypeError, KeyError, binascii.Error, LogbookError, RecursionError):
            raise Refusal(
                400, "The registration must be JSON naming the device's public key in base64."
            ) from None
        if not signature_holds(signed, key, request.method, request_target(request)):
            raise Refusal(401, BAD_SIGNATURE, code="bad_signature")
        try:
            device, new = await run_in_threadpool(
                self.store.register_device,
                signed.device_id,
                raw,
                self.config.upload_burst,
                self.config.max_pending_devices,
            )
        except TooManyPending:
            raise Refusal(
                429,
                "Too many devices are waiting for the coordinator's approval; try again later.",
                {"Retry-After": "3600"},
            ) from None
        if device.public_key != raw:
            raise Refusal(409, "Another key is registered under this device id.")
        if device.status == DeviceStatus.REVOKED:
            raise Refusal(403, REVOKED_TEXT, code="device_revoked")
        await self.check_nonce(device.id, signed)
        return JSONResponse(
            {"device_id": device.id, "status": device.status}, status_code=201 if new else 200
        )

    async def device_statuses(self, request: Request) -> Response:
        """The coordinator's approvals and revocations: [{"public_key": b64, "status": ...}]."""
        self.require(request, COORDINATOR)
        body = await self.read_body(request, STATUSES_LIMIT, "list of devices")
        try:
            rows = json.loads(body)
            if not isinstance(rows, list) or len(rows) > MAX_STATUSES:
                raise ValueError("not a list")
            wanted = []
            for row in rows:
                raw = base64.b64decode(row["public_key"], validate=True)
                load_public(raw, "device key")
                if row["status"] not in (DeviceStatus.APPROVED, DeviceStatus.REVOKED):
                    raise ValueError("status")
                wanted.append((device_id(raw), raw, row["status"]))
        except (ValueError, TypeError, KeyError, binascii.Error, LogbookError, RecursionError):
            raise Refusal(
                400,
                'The list must be JSON: [{"public_key": BASE64, "status": "approved" or '
                '"revoked"}, ...].',
            ) from None
        changed = {}
        for device, raw, status in wanted:
            stored = await run_in_threadpool(
                self.store.set_device_status, device, raw, status, self.config.upload_burst
            )
            changed[device] = stored.status
        return JSONResponse({"devices": changed})

    # -- bundles ----------------------------------------------------------------------------

    async def upload(self, request: Request) -> Response:
        """One read refuses on the headers before the body is read; one transaction then
        spends the nonce and the rate, checks the quota and stores the bundle."""
        signed = _signed_in_time(request)
        rate = self.rate
        seen = await run_in_threadpool(
            self.store.check_upload, signed.device_id, signed.nonce, rate
        )
        device = seen.device if seen is not None else None
        _check_device(device, signed, request)
        assert seen is not None and device is not None
        if seen.replay:
            raise _replay()
        if seen.wait > 0:
            # Its nonce is spent all the same, or it could be sent again once there is room.
            await self.check_nonce(device.id, signed)
            raise _rate_limited(seen.wait)
        try:
            data = await self.read_body(request, self.config.max_bundle_bytes, "bundle")
            _check_body(signed, data)
            try:
                check_age_header(data)
            except NotAnAgeFile as exc:
                raise Refusal(400, str(exc)) from None
        except Refusal:
            # Its headers passed, so it costs its nonce and an upload as a good one would.
            await run_in_threadpool(self.store.spend, device.id, signed.nonce, 2 * MAX_SKEW, rate)
            raise
        sha256 = hashlib.sha256(data).hexdigest()
        # Devices not yet approved may be anyone's with the enrolment file: less room.
        upload = Upload(
            sha256, data, self.config.device_quota_bytes, self.config.pending_quota_bytes
        )
        try:
            new = await run_in_threadpool(
                self.store.accept_upload, device.id, signed.nonce, 2 * MAX_SKEW, rate, upload
            )
        except Revoked:
            raise Refusal(403, REVOKED_TEXT, code="device_revoked") from None
        except Replay:
            raise _replay() from None
        except RateLimited as limited:
            raise _rate_limited(limited.wait) from None
        except QuotaFull:
            raise Refusal(
                507,
                "This device's bundles already fill its space in the mailbox; they wait "
                "until the coordinator collects them.",
                {"Retry-After": "3600"},
            ) from None
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
        """The coordinator reads anyone's notices; a device, only its own and everyone's."""
        audience = check_audience(request.query_params.get("audience"))
        after = parse_ascii_int(request.query_params.get("after", "0"))
        if after is None:
            raise Refusal(400, "`after` must be a notice number (0 or more).")
        if "authorization" in request.headers:
            self.require(request, COORDINATOR)
        else:
            device, signed = await self.signed_by_device(request)
            _check_body(signed, b"")
            if audience not in (device.id, "*"):
                raise Refusal(403, "A device may read only its own notices.")
        audiences = ["*"] if audience == "*" else [audience, "*"]
        found = await run_in_threadpool(self.store.notices, audiences, after, NOTICE_LIMIT)
        return JSONResponse(
            [
                {"id": n.id, "audience": n.audience, "data": base64.b64encode(n.data).decode()}
                for n in found
            ]
        )


def _check_device(device: StoredDevice | None, signed: SignedRequest, request: Request) -> None:
    """Refuse unless `device` is registered, signed this request and is not revoked."""
    if device is None:
        raise Refusal(401, "This device is not registered with the mailbox.", code="device_unknown")
    key = load_public(device.public_key, "device key")
    if not signature_holds(signed, key, request.method, request_target(request)):
        raise Refusal(401, BAD_SIGNATURE, code="bad_signature")
    if device.status == DeviceStatus.REVOKED:
        raise Refusal(403, REVOKED_TEXT, code="device_revoked")


def _replay() -> Refusal:
    return Refusal(
        401, "This request was received before; a repeated request is refused.", code="replay"
    )


def _rate_limited(wait: float) -> Refusal:
    return Refusal(
        429,
        "Too many uploads from this device; wait a little and try again.",
        {"Retry-After": str(max(1, math.ceil(wait)))},
    )


def _signed_in_time(request: Request) -> SignedRequest:
    signed = read_signed(dict(request.headers))
    if signed is None:
        raise Refusal(401, "This request must be signed by a registered device.", code="unsigned")
    if not within_skew(signed):
        raise Refusal(
            401,
            "The request's time is more than 5 minutes from the mailbox's clock; check this "
            "computer's date and time.",
            code="clock",
        )
    return signed


def _check_body(signed: SignedRequest, body: bytes) -> None:
    if hashlib.sha256(body).hexdigest() != signed.body_sha256:
        raise Refusal(
            400,
            "The body does not match the SHA-256 it was signed with; nothing was stored.",
            code="body_hash",
        )


def check_sha256(value: str) -> str:
    if not SHA256_PATTERN.fullmatch(value):
        raise Refusal(400, "A bundle is named by its SHA-256: 64 lower-case hexadecimal digits.")
    return value


def check_audience(value: str | None) -> str:
    if value is None or not AUDIENCE_PATTERN.fullmatch(value):
        raise Refusal(400, "`audience` must be a device id (such as D-XXXXXXXXXX) or *.")
    return value


def _answer(
    request: Request, status: int, error: str, headers: dict[str, str], code: str | None = None
) -> Response:
    if request.method == "POST":
        # The body may be unread (refused on its headers): close rather than drain it.
        headers["Connection"] = "close"
    return error_response(status, error, headers, code)


async def _refused(request: Request, exc: Exception) -> Response:
    """A route's refusal: its status and plain-words error (Starlette calls this for
    `Refusal` only)."""
    refusal = cast(Refusal, exc)
    return _answer(request, refusal.status, refusal.error, dict(refusal.headers), refusal.code)


async def _storage_down(request: Request, exc: Exception) -> Response:
    """The database is down or unreachable: ask the client to come back."""
    return _answer(
        request, 503, "The mailbox's database is not available; try again later.",
        {"Retry-After": "30"},
    )  # fmt: skip


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
        Route("/v1/health", m.health, methods=["GET"]),
        Route("/v1/bundles", m.upload, methods=["POST"]),
        Route("/v1/bundles", m.list_bundles, methods=["GET"]),
        Route("/v1/bundles/{sha256}", m.fetch, methods=["GET"]),
        Route("/v1/bundles/{sha256}", m.delete, methods=["DELETE"]),
        Route("/v1/notices", m.post_notice, methods=["POST"]),
        Route("/v1/notices", m.notices, methods=["GET"]),
        Route("/v1/devices", m.register, methods=["POST"]),
        Route("/v1/devices/statuses", m.device_statuses, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(AccessLog)],
        exception_handlers={
            Refusal: _refused,
            StorageUnavailable: _storage_down,
            404: _not_found,
            405: _not_allowed,
        },
        lifespan=lifespan,
    )
    app.state.mailbox = mailbox
    return app

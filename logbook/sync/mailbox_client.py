"""Talking to the organisation's mailbox over HTTPS; every failure becomes DeliveryFailed.

No httpx exception leaves this module, every answer is read with a size cap, redirects are
not followed (a token must not travel anywhere else), and no message or log line carries a
token. A volunteer's device signs its requests with its own key (identity/request_signature):
the upload token of the enrolment file is sent only to register that key, which happens by
itself the first time the mailbox says it does not know the device. The coordinator's token
is never sent with a device's request, nor the upload token with a coordinator's. Proxy
settings from the environment (HTTPS_PROXY, NO_PROXY) are honoured, as httpx does by default.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import hashlib
import json
import math
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from logbook import __version__
from logbook.digits import parse_ascii_int
from logbook.errors import InvalidValue, LogbookError
from logbook.i18n import N_, _, ngettext
from logbook.identity.request_signature import sign_request
from logbook.identity.signing import b64, public_bytes
from logbook.sync.urls import require_safe_url

FETCH_LIMIT = 2 * 1024 * 1024
LIST_LIMIT = 4 * 1024 * 1024
SMALL_LIMIT = 64 * 1024
STAYS_IN_OUTBOX = "The summary stays in the outbox and will be sent later."
_SHA256 = re.compile(r"[0-9a-f]{64}")
_RETRYABLE_STATUS = {408, 425, 429}
GONE = "The bundle is not in the mailbox (404)."
# A listing longer than this is not believed (a mailbox holds days of bundles, not years).
MAX_LISTED = 200_000
MAX_RETRY_AFTER = 86400


class DeliveryFailed(LogbookError):
    """The mailbox could not be used this time; the message says why in plain words.

    `retryable` is True when sending the same thing again later may work (network trouble,
    timeouts, a busy or failing server), False when it will be refused again as it is (a
    rejected token, a bundle too large or malformed, a bundle that is not there).
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        retryable: bool,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class BundleInfo:
    sha256: str
    size: int
    received_at: datetime


@dataclass(frozen=True)
class Notice:
    id: int
    audience: str
    data: bytes


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes
    headers: httpx.Headers


def _causes(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and seen not in found:
        found.append(seen)
        seen = seen.__cause__ or seen.__context__
    return found


def _transport_failure(error: Exception) -> DeliveryFailed:
    """Plain words for what went wrong on the way; the exception's own text is never shown."""
    causes = _causes(error)
    if isinstance(error, httpx.TimeoutException):
        if isinstance(error, httpx.ConnectTimeout):
            return DeliveryFailed(_("The mailbox could not be reached in time."), retryable=True)
        return DeliveryFailed(_("The mailbox did not answer in time."), retryable=True)
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
        return DeliveryFailed(
            _("The mailbox's security certificate could not be verified."), retryable=True
        )
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return DeliveryFailed(
            _("A secure connection to the mailbox could not be set up."), retryable=True
        )
    if isinstance(error, httpx.ConnectError):
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            reason = " (connection refused)"
        elif any(isinstance(c, socket.gaierror) for c in causes):
            reason = " (its address could not be found; check the network)"
        else:
            reason = ""
        return DeliveryFailed(
            _("The mailbox could not be reached{reason}.").format(reason=reason), retryable=True
        )
    if isinstance(error, httpx.RemoteProtocolError):
        return DeliveryFailed(
            _(
                "The mailbox closed the connection or answered in a way that could not be "
                "understood."
            ),
            retryable=True,
        )
    if isinstance(error, httpx.NetworkError):
        return DeliveryFailed(_("The connection to the mailbox was lost."), retryable=True)
    return DeliveryFailed(
        _("The mailbox could not be used ({error}).").format(error=type(error).__name__),
        retryable=True,
    )


def _code(answer: _Answer) -> str | None:
    """The mailbox's machine-readable reason for a refusal, if it gave one."""
    try:
        code = json.loads(answer.body).get("code")
    except (ValueError, AttributeError, RecursionError):
        return None
    return code if isinstance(code, str) else None


_DEVICE_REFUSALS = {
    "device_revoked": (
        N_(
            "The organisation has revoked this device, so the mailbox refuses it; ask your "
            "coordinator."
        ),
        False,
    ),
    "device_unknown": (
        N_(
            "The mailbox does not know this device even after registering it; ask your coordinator."
        ),
        True,
    ),
    "clock": (
        N_(
            "The mailbox refused the request because this computer's clock is more than 5 "
            "minutes off; check the date and time."
        ),
        True,
    ),
    "replay": (N_("The mailbox took the request for a repeat of an earlier one."), True),
}


def _status_failure(
    answer: _Answer, role: str, what: str, not_found: str | None = None
) -> DeliveryFailed:
    status = answer.status
    # A device's refusals (revoked, clock) may come while registering, with the token too.
    if (status == 401 or status == 403) and (role == "device" or _code(answer) in _DEVICE_REFUSALS):
        text, retryable = _DEVICE_REFUSALS.get(
            _code(answer) or "",
            (
                N_("The mailbox refused this device's signature ({status}); ask your coordinator."),
                False,
            ),
        )
        return DeliveryFailed(_(text).format(status=status), retryable=retryable, status=status)
    if status == 507:
        return DeliveryFailed(
            _(
                "The mailbox holds as much from this device as it may until the coordinator "
                "collects it (507); it will be tried again later."
            ),
            retryable=True,
            status=status,
            retry_after=_retry_after(answer.headers),
        )
    if status == 401 or status == 403:
        if role == "upload":
            text = _(
                "The mailbox refused the upload token ({status}): ask your coordinator for a "
                "new enrolment file."
            ).format(status=status)
        else:
            text = _(
                "The mailbox refused the coordinator token ({status}): check the mailbox "
                "settings of the organisation."
            ).format(status=status)
        return DeliveryFailed(text, retryable=False, status=status)
    if status == 413:
        return DeliveryFailed(
            _("The mailbox refused the {what} as too large (413).").format(what=what),
            retryable=False,
            status=status,
        )
    if status == 429:
        wait = _retry_after(answer.headers)
        busy = (
            _("The mailbox is busy with too many uploads (429); it will be tried again later.")
            if wait is None
            else ngettext(
                "The mailbox is busy with too many uploads (429); it will be tried again in "
                "{seconds} second.",
                "The mailbox is busy with too many uploads (429); it will be tried again in "
                "{seconds} seconds.",
                int(wait),
            ).format(seconds=int(wait))
        )
        return DeliveryFailed(
            busy,
            retryable=True,
            status=status,
            retry_after=wait,
        )
    if status == 400:
        return DeliveryFailed(
            _("The mailbox refused the {what} as malformed (400).").format(what=what),
            retryable=False,
            status=status,
        )
    if status == 404:
        return DeliveryFailed(
            not_found or _("There is no mailbox at this URL (404); check the mailbox URL."),
            retryable=False,
            status=status,
        )
    if status >= 500:
        return DeliveryFailed(
            _("The mailbox had a problem (HTTP {status}).").format(status=status),
            retryable=True,
            status=status,
            retry_after=_retry_after(answer.headers),
        )
    return DeliveryFailed(
        _("The mailbox gave an unexpected answer (HTTP {status}).").format(status=status),
        retryable=status in _RETRYABLE_STATUS,
        status=status,
    )


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait, from delta-seconds or an HTTP date; None when absent or not readable.

    The header comes from a server we do not control: anything odd is ignored (the usual
    back-off applies), and no wait is longer than a day.
    """
    value = headers.get("retry-after", "").strip()
    if not value or len(value) > 64:
        return None
    seconds = parse_ascii_int(value, 12)
    if seconds is None:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = max(0, math.ceil((when - datetime.now(UTC)).total_seconds()))
    return float(min(seconds, MAX_RETRY_AFTER))


def _not_understood(status: int | None = None) -> DeliveryFailed:
    return DeliveryFailed(
        _("The mailbox gave an answer that could not be understood."), retryable=True, status=status
    )


def _check_sha256(sha256: str) -> str:
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise InvalidValue("bundle", _("is not named by a SHA-256 (64 lower-case hex digits)"))
    return sha256


def _json(answer: _Answer) -> Any:
    # Answers are capped in bytes; nesting deeper than the parser's limit (a hostile answer,
    # never a mailbox's) ends in RecursionError, which is an answer not understood too.
    try:
        return json.loads(answer.body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _not_understood(answer.status) from None


class MailboxClient:
    """One mailbox, one connection pool. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        base_url: str,
        *,
        upload_token: str | None = None,
        coordinator_token: str | None = None,
        device_key: Ed25519PrivateKey | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        verify: bool | str | ssl.SSLContext = True,
    ) -> None:
        self.base_url = require_safe_url(base_url)
        self._tokens = {"upload": upload_token, "coordinator": coordinator_token}
        self._device_key = device_key
        self._base_path = httpx.URL(self.base_url).raw_path.rstrip(b"/")
        if isinstance(verify, str):
            # A CA bundle file (a self-hosted mailbox's own certificate authority).
            try:
                verify = ssl.create_default_context(cafile=verify)
            except (OSError, ssl.SSLError):
                raise InvalidValue(
                    "mailbox certificate", _("the certificate file cannot be read")
                ) from None
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            verify=verify,
            follow_redirects=False,
            headers={"User-Agent": f"volunteer-logbook/{__version__}"},
        )

    def __enter__(self) -> MailboxClient:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"MailboxClient({self.base_url!r})"

    def sign_as(self, device_key: Ed25519PrivateKey) -> None:
        """Sign this client's device requests with `device_key` (the volunteer's device)."""
        self._device_key = device_key

    # -- requests ---------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        role: str,
        *,
        limit: int,
        content: bytes | None = None,
        params: dict[str, str] | None = None,
    ) -> _Answer:
        """One request as `role`: "coordinator" (its token), "device" (signed with the device
        key) or "upload" (the upload token, and signed: registering the device's key)."""
        # Uncompressed answers only, so the byte cap below is a cap on what is decoded.
        headers = {"Accept-Encoding": "identity"}
        if role in ("upload", "coordinator"):
            token = self._tokens[role]
            if not token:
                raise InvalidValue(f"{role} token", _("is needed for this and was not given"))
            headers["Authorization"] = f"Bearer {token}"
        if role in ("upload", "device") and self._device_key is None:
            raise InvalidValue("device key", _("is needed for this and was not given"))
        if content is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            request = self._http.build_request(
                method, path, headers=headers, content=content, params=params
            )
            if role in ("upload", "device"):
                assert self._device_key is not None
                request.headers.update(
                    sign_request(self._device_key, method, self._target(request), content or b"")
                )
            response = self._http.send(request, stream=True)
            try:
                declared = parse_ascii_int(response.headers.get("content-length", ""), 20)
                if declared is not None and declared > limit:
                    raise _too_much()
                body = bytearray()
                for chunk in response.iter_raw():
                    body += chunk
                    if len(body) > limit:
                        raise _too_much()
                return _Answer(response.status_code, bytes(body), response.headers)
            finally:
                response.close()
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
            raise _transport_failure(error) from None

    def _target(self, request: httpx.Request) -> str:
        """The path and query the mailbox's routes see: the base URL's own path left out."""
        raw = request.url.raw_path
        if self._base_path and raw.startswith(self._base_path):
            raw = raw[len(self._base_path) :]
        return raw.decode("ascii")

    def _expect(
        self, answer: _Answer, ok: set[int], role: str, what: str, not_found: str | None = None
    ) -> None:
        if answer.status not in ok:
            raise _status_failure(answer, role, what, not_found)

    # -- volunteers -------------------------------------------------------------------------

    def register(self) -> str:
        """Register this device's public key with the upload token; the mailbox's status."""
        if self._device_key is None:
            raise InvalidValue("device key", _("is needed for this and was not given"))
        body = json.dumps({"public_key": b64(public_bytes(self._device_key))}).encode()
        answer = self._request("POST", "/v1/devices", "upload", content=body, limit=SMALL_LIMIT)
        self._expect(answer, {200, 201}, "upload", "registration")
        reply = _json(answer)
        if not isinstance(reply, dict) or not isinstance(reply.get("status"), str):
            raise _not_understood(answer.status)
        status: str = reply["status"]
        return status

    def _as_device(self, method: str, path: str, **options: Any) -> _Answer:
        """A signed request; registered first if the mailbox does not know the device yet."""
        answer = self._request(method, path, "device", **options)
        if answer.status == 401 and _code(answer) == "device_unknown":
            self.register()
            answer = self._request(method, path, "device", **options)
        return answer

    def upload(self, data: bytes) -> bool:
        """Send one bundle: True if the mailbox did not have it, False if it already did."""
        try:
            answer = self._as_device("POST", "/v1/bundles", content=data, limit=SMALL_LIMIT)
            self._expect(answer, {200, 201}, "device", "summary")
            reply = _json(answer)
            if (
                not isinstance(reply, dict)
                or reply.get("sha256") != hashlib.sha256(data).hexdigest()
            ):
                raise _not_understood(answer.status)
        except DeliveryFailed as failure:
            if failure.retryable:
                failure.message = f"{failure.message} {STAYS_IN_OUTBOX}"
                failure.args = (failure.message,)
            raise
        return answer.status == 201

    def notices(self, audience: str, after: int = 0) -> list[Notice]:
        """Notices for `audience` (a device id) and for everyone, newer than `after`.

        Signed as the device when this client has a device key (a device reads only its
        own), else with the coordinator's token (anyone's).
        """
        params = {"audience": audience, "after": str(int(after))}
        if self._device_key is not None:
            role = "device"
            answer = self._as_device("GET", "/v1/notices", params=params, limit=LIST_LIMIT)
        else:
            role = "coordinator"
            answer = self._request("GET", "/v1/notices", role, params=params, limit=LIST_LIMIT)
        self._expect(answer, {200}, role, "notices")
        rows = _json(answer)
        if not isinstance(rows, list):
            raise _not_understood(answer.status)
        found = []
        try:
            for row in rows:
                found.append(
                    Notice(
                        id=_int(row["id"]),
                        audience=_str(row["audience"]),
                        data=base64.b64decode(_str(row["data"]), validate=True),
                    )
                )
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise _not_understood(answer.status) from None
        return found

    # -- the coordinator --------------------------------------------------------------------

    def list_bundles(self) -> list[BundleInfo]:
        """Every bundle waiting in the mailbox, oldest first (read page by page)."""
        found: list[BundleInfo] = []
        after: str | None = None
        while True:
            params = {"after": after} if after else None
            answer = self._request(
                "GET", "/v1/bundles", "coordinator", params=params, limit=LIST_LIMIT
            )
            self._expect(answer, {200}, "coordinator", "list")
            rows = _json(answer)
            if not isinstance(rows, list):
                raise _not_understood(answer.status)
            try:
                page = [
                    BundleInfo(
                        sha256=_check_sha256(_str(row["sha256"])),
                        size=_int(row["size"]),
                        received_at=_aware(datetime.fromisoformat(_str(row["received_at"]))),
                    )
                    for row in rows
                ]
            except (KeyError, TypeError, ValueError, InvalidValue):
                raise _not_understood(answer.status) from None
            found.extend(page)
            if not page or page[-1].sha256 == after:
                return found
            if len(found) > MAX_LISTED:
                raise _not_understood(answer.status)
            after = page[-1].sha256

    def fetch(self, sha256: str) -> bytes:
        """The bundle's bytes, checked against its SHA-256."""
        answer = self._request(
            "GET", f"/v1/bundles/{_check_sha256(sha256)}", "coordinator", limit=FETCH_LIMIT
        )
        self._expect(answer, {200}, "coordinator", "bundle", GONE)
        if hashlib.sha256(answer.body).hexdigest() != sha256:
            raise DeliveryFailed(
                _(
                    "The bundle from the mailbox was damaged on the way (its checksum does not "
                    "match)."
                ),
                retryable=True,
                status=answer.status,
            )
        return answer.body

    def delete(self, sha256: str) -> bool:
        """Remove a bundle once imported: True if it was there, False if already gone."""
        answer = self._request(
            "DELETE", f"/v1/bundles/{_check_sha256(sha256)}", "coordinator", limit=SMALL_LIMIT
        )
        if answer.status == 404:
            return False
        self._expect(answer, {200, 204}, "coordinator", "bundle")
        return True

    def post_notice(self, audience: str, data: bytes) -> bool:
        """Post a signed receipt or update: True if new, False if the mailbox already had it."""
        answer = self._request(
            "POST",
            "/v1/notices",
            "coordinator",
            params={"audience": audience},
            content=data,
            limit=SMALL_LIMIT,
        )
        self._expect(answer, {200, 201}, "coordinator", "notice")
        return answer.status == 201

    def post_device_statuses(self, statuses: list[tuple[bytes, str]]) -> dict[str, str]:
        """Tell the mailbox which device keys are approved or revoked; what it now holds."""
        body = json.dumps(
            [{"public_key": b64(key), "status": status} for key, status in statuses]
        ).encode()
        answer = self._request(
            "POST", "/v1/devices/statuses", "coordinator", content=body, limit=LIST_LIMIT
        )
        self._expect(answer, {200}, "coordinator", "list of devices")
        reply = _json(answer)
        devices = reply.get("devices") if isinstance(reply, dict) else None
        if not isinstance(devices, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in devices.items()
        ):
            raise _not_understood(answer.status)
        return devices


def _too_much() -> DeliveryFailed:
    return DeliveryFailed(
        _("The mailbox sent more than expected; the answer was not read."), retryable=True
    )


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not a whole number")
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("no time zone")
    return value

"""Talking to the organisation's mailbox over HTTPS; every failure becomes DeliveryFailed.

No httpx exception leaves this module, every answer is read with a size cap, redirects are
not followed (a token must not travel anywhere else), and no message or log line carries a
token. Each request names the token it needs, so the coordinator's token is never sent with
an upload, nor the upload token with a coordinator's request. Proxy settings from the
environment (HTTPS_PROXY, NO_PROXY) are honoured, as httpx does by default.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any

import httpx

from logbook import __version__
from logbook.errors import InvalidValue, LogbookError
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
            return DeliveryFailed("The mailbox could not be reached in time.", retryable=True)
        return DeliveryFailed("The mailbox did not answer in time.", retryable=True)
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
        return DeliveryFailed(
            "The mailbox's security certificate could not be verified.", retryable=True
        )
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return DeliveryFailed(
            "A secure connection to the mailbox could not be set up.", retryable=True
        )
    if isinstance(error, httpx.ConnectError):
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            reason = " (connection refused)"
        elif any(isinstance(c, socket.gaierror) for c in causes):
            reason = " (its address could not be found; check the network)"
        else:
            reason = ""
        return DeliveryFailed(f"The mailbox could not be reached{reason}.", retryable=True)
    if isinstance(error, httpx.RemoteProtocolError):
        return DeliveryFailed(
            "The mailbox closed the connection or answered in a way that could not be understood.",
            retryable=True,
        )
    if isinstance(error, httpx.NetworkError):
        return DeliveryFailed("The connection to the mailbox was lost.", retryable=True)
    return DeliveryFailed(
        f"The mailbox could not be used ({type(error).__name__}).", retryable=True
    )


def _status_failure(
    answer: _Answer, role: str, what: str, not_found: str | None = None
) -> DeliveryFailed:
    status = answer.status
    if status == 401 or status == 403:
        if role == "upload":
            text = (
                f"The mailbox refused the upload token ({status}): ask your coordinator for a "
                "new enrolment file."
            )
        else:
            text = (
                f"The mailbox refused the coordinator token ({status}): check the mailbox "
                "settings of the organisation."
            )
        return DeliveryFailed(text, retryable=False, status=status)
    if status == 413:
        return DeliveryFailed(
            f"The mailbox refused the {what} as too large (413).", retryable=False, status=status
        )
    if status == 429:
        wait = _retry_after(answer.headers)
        later = f" in {int(wait)} seconds" if wait is not None else " later"
        return DeliveryFailed(
            f"The mailbox is busy with too many uploads (429); it will be tried again{later}.",
            retryable=True,
            status=status,
            retry_after=wait,
        )
    if status == 400:
        return DeliveryFailed(
            f"The mailbox refused the {what} as malformed (400).", retryable=False, status=status
        )
    if status == 404:
        return DeliveryFailed(
            not_found or "There is no mailbox at this URL (404); check the mailbox URL.",
            retryable=False,
            status=status,
        )
    if status >= 500:
        return DeliveryFailed(
            f"The mailbox had a problem (HTTP {status}).",
            retryable=True,
            status=status,
            retry_after=_retry_after(answer.headers),
        )
    return DeliveryFailed(
        f"The mailbox gave an unexpected answer (HTTP {status}).",
        retryable=status in _RETRYABLE_STATUS,
        status=status,
    )


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after", "")
    return float(min(int(value), 86400)) if value.isascii() and value.isdigit() else None


def _not_understood(status: int | None = None) -> DeliveryFailed:
    return DeliveryFailed(
        "The mailbox gave an answer that could not be understood.", retryable=True, status=status
    )


def _check_sha256(sha256: str) -> str:
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise InvalidValue("bundle", "is not named by a SHA-256 (64 lower-case hex digits)")
    return sha256


def _json(answer: _Answer) -> Any:
    try:
        return json.loads(answer.body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _not_understood(answer.status) from None


class MailboxClient:
    """One mailbox, one connection pool. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        base_url: str,
        *,
        upload_token: str | None = None,
        coordinator_token: str | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        verify: bool | str | ssl.SSLContext = True,
    ) -> None:
        self.base_url = require_safe_url(base_url)
        self._tokens = {"upload": upload_token, "coordinator": coordinator_token}
        if isinstance(verify, str):
            # A CA bundle file (a self-hosted mailbox's own certificate authority).
            try:
                verify = ssl.create_default_context(cafile=verify)
            except (OSError, ssl.SSLError):
                raise InvalidValue(
                    "mailbox certificate", "the certificate file cannot be read"
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
        token = self._tokens[role]
        if not token:
            raise InvalidValue(f"{role} token", "is needed for this and was not given")
        # Uncompressed answers only, so the byte cap below is a cap on what is decoded.
        headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": "identity"}
        if content is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            with self._http.stream(
                method, path, headers=headers, content=content, params=params
            ) as response:
                declared = response.headers.get("content-length", "")
                if declared.isascii() and declared.isdigit() and int(declared) > limit:
                    raise _too_much()
                body = bytearray()
                for chunk in response.iter_raw():
                    body += chunk
                    if len(body) > limit:
                        raise _too_much()
                return _Answer(response.status_code, bytes(body), response.headers)
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
            raise _transport_failure(error) from None

    def _expect(
        self, answer: _Answer, ok: set[int], role: str, what: str, not_found: str | None = None
    ) -> None:
        if answer.status not in ok:
            raise _status_failure(answer, role, what, not_found)

    # -- volunteers -------------------------------------------------------------------------

    def upload(self, data: bytes) -> bool:
        """Send one bundle: True if the mailbox did not have it, False if it already did."""
        try:
            answer = self._request("POST", "/v1/bundles", "upload", content=data, limit=SMALL_LIMIT)
            self._expect(answer, {200, 201}, "upload", "summary")
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
        """Notices for `audience` (a device id) and for everyone, newer than `after`."""
        role = "upload" if self._tokens["upload"] else "coordinator"
        answer = self._request(
            "GET",
            "/v1/notices",
            role,
            params={"audience": audience, "after": str(int(after))},
            limit=LIST_LIMIT,
        )
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
                "The bundle from the mailbox was damaged on the way (its checksum does not match).",
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


def _too_much() -> DeliveryFailed:
    return DeliveryFailed(
        "The mailbox sent more than expected; the answer was not read.", retryable=True
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

"""Which mailbox addresses a client may use: https://, or plain http:// only to this computer."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from logbook.errors import InvalidValue
from logbook.i18n import _

FIELD = "mailbox URL"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_safe_url(url: str) -> str:
    """The mailbox's base URL, normalised (`scheme://host[:port][/path]`, no trailing slash).

    Tokens travel in every request, so anything but TLS is refused unless the mailbox is on
    this very computer (127.0.0.0/8, ::1, localhost).
    """
    text = url.strip()
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        raise InvalidValue(FIELD, _("must not contain spaces or control characters"))
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise InvalidValue(FIELD, _("is not a web address (check the port number)")) from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not parts.netloc:
        raise InvalidValue(FIELD, _("must be a web address starting with https://"))
    host = (parts.hostname or "").lower()
    if not host:
        raise InvalidValue(FIELD, _("names no server"))
    if parts.username is not None or parts.password is not None:
        raise InvalidValue(FIELD, _("must not contain a user name or password"))
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise InvalidValue(FIELD, _("must not contain ? or #"))
    if scheme == "http" and not is_loopback(host):
        raise InvalidValue(
            FIELD,
            _(
                "must start with https:// (plain http:// is allowed only to this computer, "
                "such as http://127.0.0.1:8470)"
            ),
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"

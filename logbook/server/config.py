"""The mailbox server's settings file: token hashes, limits and the database URL (TOML)."""

from __future__ import annotations

import hashlib
import ipaddress
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from logbook.errors import DamagedFile, InvalidValue
from logbook.i18n import _

MAX_BUNDLE_BYTES = 1024 * 1024
MAX_NOTICE_BYTES = 64 * 1024
UPLOADS_PER_MINUTE = 60
UPLOAD_BURST = 20
HEADER_TIMEOUT_SECONDS = 10
BODY_TIMEOUT_SECONDS = 30
MAX_CONNECTIONS = 1000
DEVICE_QUOTA_BYTES = 16 * 1024 * 1024
PENDING_QUOTA_BYTES = 2 * 1024 * 1024
MAX_PENDING_DEVICES = 500
DB_FILE_NAME = "mailbox.sqlite3"
_HEX64 = re.compile(r"[0-9a-f]{64}")
# (key, lowest, highest): every number the [limits] table may set.
_LIMITS = (
    ("max_bundle_bytes", 1024, 64 * 1024 * 1024),
    ("uploads_per_minute", 1, 10_000_000),
    ("upload_burst", 1, 10_000_000),
    ("max_notice_bytes", 1024, 16 * 1024 * 1024),
    ("header_timeout_seconds", 1, 600),
    ("body_timeout_seconds", 1, 3600),
    ("max_connections", 16, 1_000_000),
    ("device_quota_bytes", 1024, 1024 * 1024 * 1024),
    ("pending_quota_bytes", 1024, 1024 * 1024 * 1024),
    ("max_pending_devices", 1, 1_000_000),
)
_DEFAULTS = {
    "max_bundle_bytes": MAX_BUNDLE_BYTES,
    "uploads_per_minute": UPLOADS_PER_MINUTE,
    "upload_burst": UPLOAD_BURST,
    "max_notice_bytes": MAX_NOTICE_BYTES,
    "header_timeout_seconds": HEADER_TIMEOUT_SECONDS,
    "body_timeout_seconds": BODY_TIMEOUT_SECONDS,
    "max_connections": MAX_CONNECTIONS,
    "device_quota_bytes": DEVICE_QUOTA_BYTES,
    "pending_quota_bytes": PENDING_QUOTA_BYTES,
    "max_pending_devices": MAX_PENDING_DEVICES,
}


def token_hash(token: str) -> str:
    """Hex SHA-256 of the token; tokens carry 256 random bits, so no slow hash is needed."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# The enrolment token's hash was first written as `upload_sha256`; files made then still load.
ENROLMENT_KEY = "enrolment_sha256"
OLD_ENROLMENT_KEY = "upload_sha256"


@dataclass(frozen=True)
class ServerConfig:
    enrolment_token_sha256: str
    coordinator_token_sha256: str
    db_url: str
    max_bundle_bytes: int = MAX_BUNDLE_BYTES
    uploads_per_minute: int = UPLOADS_PER_MINUTE
    upload_burst: int = UPLOAD_BURST
    max_notice_bytes: int = MAX_NOTICE_BYTES
    header_timeout_seconds: int = HEADER_TIMEOUT_SECONDS
    body_timeout_seconds: int = BODY_TIMEOUT_SECONDS
    max_connections: int = MAX_CONNECTIONS
    device_quota_bytes: int = DEVICE_QUOTA_BYTES
    pending_quota_bytes: int = PENDING_QUOTA_BYTES
    max_pending_devices: int = MAX_PENDING_DEVICES
    # Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses or
    # networks); empty: the headers are ignored and the peer's own address is the client's.
    trusted_proxies: tuple[str, ...] = ()


def default_db_url(config_path: Path) -> str:
    """A SQLite file beside the settings file."""
    return f"sqlite:///{config_path.resolve().parent / DB_FILE_NAME}"


def _toml_string(value: str) -> str:
    """A TOML basic string; control characters are escaped, never written raw."""
    out = ['"']
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def render_server_config(
    enrolment_token: str, coordinator_token: str, *, db_url: str | None = None
) -> str:
    """The settings file for a new mailbox: only hashes of the tokens, default limits."""
    if enrolment_token == coordinator_token:
        raise InvalidValue("mailbox tokens", "the upload and coordinator tokens must differ")
    db_line = (
        f"url = {_toml_string(db_url)}"
        if db_url
        else '# url = "postgresql+psycopg://mailbox:PASSWORD@127.0.0.1:5432/mailbox"'
    )
    return f"""\
# Volunteer Logbook mailbox server (`logbook serve --config THIS_FILE`).
# Only SHA-256 hashes of the tokens are kept here: this file cannot be used to upload or read.
# The enrolment token (in every enrolment file) only registers a device's key; every later
# request of a device is signed with that key.

[tokens]
{ENROLMENT_KEY} = "{token_hash(enrolment_token)}"
coordinator_sha256 = "{token_hash(coordinator_token)}"

[limits]
# Largest bundle accepted, in bytes.
max_bundle_bytes = {MAX_BUNDLE_BYTES}
# Uploads allowed per device: a steady rate per minute and a burst on top of it. Kept in the
# database, so it holds across every worker process and machine.
uploads_per_minute = {UPLOADS_PER_MINUTE}
upload_burst = {UPLOAD_BURST}
# Bytes of bundles one device may have waiting in the mailbox until the coordinator collects:
# an approved device, and one not yet approved (anyone with the enrolment file can make those).
device_quota_bytes = {DEVICE_QUOTA_BYTES}
pending_quota_bytes = {PENDING_QUOTA_BYTES}
# Devices registered with the enrolment token and not yet approved or revoked, at most.
max_pending_devices = {MAX_PENDING_DEVICES}
# Largest receipt or organisation update the coordinator may post, in bytes.
max_notice_bytes = {MAX_NOTICE_BYTES}
# A connection must send its request line and headers within this many seconds of being
# opened (or of its previous answer), and its whole body within this many seconds after.
header_timeout_seconds = {HEADER_TIMEOUT_SECONDS}
body_timeout_seconds = {BODY_TIMEOUT_SECONDS}
# Open connections per server process; past it the one idle longest is closed. Kept below
# the process's open-file limit (ulimit -n) less 64 whatever is set here.
max_connections = {MAX_CONNECTIONS}

[database]
# Without a URL the mailbox keeps a SQLite file ({DB_FILE_NAME}) beside this file.
# Several server processes or machines share one PostgreSQL database:
{db_line}

[proxy]
# Behind a reverse proxy (TLS in front of the mailbox), list the proxy's addresses or networks
# here: only a request from one of them may say, in X-Forwarded-For and X-Forwarded-Proto,
# which client it carries. Empty (the default): those headers are ignored and the access log
# names the connecting address. Never list addresses that untrusted clients can connect from.
trusted_addresses = []
# trusted_addresses = ["127.0.0.1", "::1"]
"""


def _table(data: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise InvalidValue(f"[{name}] in {where}", "must be a table of settings")
    return value


def _refuse_unknown(table: dict[str, Any], section: str, known: set[str], where: str) -> None:
    for key in table:
        if key not in known:
            raise InvalidValue(f"{section}.{key} in {where}", "is not a setting the mailbox knows")


def load_server_config(path: Path) -> ServerConfig:
    """Read and check the settings file; every problem names the file and the setting."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DamagedFile(f"The mailbox settings file {path} does not exist.") from None
    except OSError as exc:
        raise DamagedFile(
            f"The mailbox settings file {path} cannot be read ({exc.strerror})."
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise DamagedFile(
            f"The mailbox settings file {path} is not valid TOML text; write it again with "
            "`logbook org init` or fix it by hand."
        ) from None
    where = str(path)
    _refuse_unknown(data, "", {"tokens", "limits", "database", "proxy"}, where)
    tokens = _table(data, "tokens", where)
    limits = _table(data, "limits", where)
    database = _table(data, "database", where)
    proxy = _table(data, "proxy", where)
    _refuse_unknown(
        tokens, "tokens", {ENROLMENT_KEY, OLD_ENROLMENT_KEY, "coordinator_sha256"}, where
    )
    _refuse_unknown(limits, "limits", set(_DEFAULTS), where)
    _refuse_unknown(database, "database", {"url"}, where)
    _refuse_unknown(proxy, "proxy", {"trusted_addresses"}, where)
    if ENROLMENT_KEY in tokens and OLD_ENROLMENT_KEY in tokens:
        raise InvalidValue(
            f"tokens.{OLD_ENROLMENT_KEY} in {where}",
            _("is the old name of tokens.{new}; keep only one of them").format(new=ENROLMENT_KEY),
        )
    enrolment_key = OLD_ENROLMENT_KEY if OLD_ENROLMENT_KEY in tokens else ENROLMENT_KEY

    hashes = {}
    for key in (enrolment_key, "coordinator_sha256"):
        value = tokens.get(key)
        field = f"tokens.{key} in {where}"
        if value is None:
            raise InvalidValue(field, "is missing")
        if not isinstance(value, str) or not _HEX64.fullmatch(value):
            raise InvalidValue(field, "must be a SHA-256 hash: 64 lower-case hexadecimal digits")
        hashes[key] = value
    if hashes[enrolment_key] == hashes["coordinator_sha256"]:
        raise InvalidValue(f"[tokens] in {where}", "the upload and coordinator tokens must differ")

    numbers = dict(_DEFAULTS)
    for key, lowest, highest in _LIMITS:
        if key not in limits:
            continue
        value = limits[key]
        field = f"limits.{key} in {where}"
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(field, "must be a whole number")
        if not lowest <= value <= highest:
            raise InvalidValue(field, f"must be between {lowest} and {highest}")
        numbers[key] = value

    url = database.get("url")
    if url is None:
        url = default_db_url(path)
    elif not isinstance(url, str) or not url.strip():
        raise InvalidValue(f"database.url in {where}", "must be a database URL in quotes")
    return ServerConfig(
        enrolment_token_sha256=hashes[enrolment_key],
        coordinator_token_sha256=hashes["coordinator_sha256"],
        db_url=url.strip(),
        trusted_proxies=_trusted_proxies(proxy.get("trusted_addresses", []), where),
        **numbers,
    )


def _trusted_proxies(value: object, where: str) -> tuple[str, ...]:
    """Each entry an IP address or network, written back in its standard form."""
    field = f"proxy.trusted_addresses in {where}"
    as_list = _('must be a list of addresses in quotes, e.g. ["127.0.0.1"]')
    if not isinstance(value, list):
        raise InvalidValue(field, as_list)
    found: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise InvalidValue(field, as_list)
        try:
            network = ipaddress.ip_network(item.strip(), strict=False)
        except ValueError:
            raise InvalidValue(
                field,
                _(
                    "{item} is not an IP address or network (such as 10.0.0.0/8); "
                    "host names are not accepted"
                ).format(item=repr(item)),
            ) from None
        # A lone address stays an address: uvicorn matches those exactly and networks by range.
        single = network.num_addresses == 1 and "/" not in item
        found.append(str(network.network_address) if single else str(network))
    return tuple(found)

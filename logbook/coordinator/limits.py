"""How much the coordinator database keeps of what nobody has vouched for yet: bundles held
for devices not yet approved, and rejected bundles in quarantine. Bounded in bytes as well as
in bundles (issue 11: 2,200 padded bundles grew a database to 2.1 GB), set per organisation
in `coordinator_meta`, and shown and changed with `logbook coordinator limits`."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.coordinator.schema import CoordinatorMeta
from logbook.errors import InvalidValue
from logbook.i18n import _

KIB, MIB, GIB = 1024, 1024**2, 1024**3
_SIZE = re.compile(r"([0-9]+)\s*(|B|KiB|MiB|GiB)", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "kib": KIB, "mib": MIB, "gib": GIB}
MAX_BYTES = 64 * GIB
MAX_BUNDLES = 1_000_000


@dataclass(frozen=True)
class Limits:
    held_bytes: int = 64 * MIB  # all bundles held for devices not yet approved
    held_device_bundles: int = 32  # per device not yet approved
    held_device_bytes: int = 8 * MIB
    quarantine_bundles: int = 100
    quarantine_bytes: int = 32 * MIB


DEFAULTS = Limits()
NAMES = tuple(f.name for f in fields(Limits))
LABELS = {
    "held_bytes": "bytes held in all for devices not yet approved",
    "held_device_bundles": "bundles held for each device not yet approved",
    "held_device_bytes": "bytes held for each device not yet approved",
    "quarantine_bundles": "rejected bundles kept in quarantine",
    "quarantine_bytes": "bytes of rejected bundles kept in quarantine",
}


def _key(name: str) -> str:
    return f"limit.{name}"


def load_limits(s: Session) -> Limits:
    stored = dict(
        s.execute(
            select(CoordinatorMeta.key, CoordinatorMeta.value).where(
                CoordinatorMeta.key.in_([_key(n) for n in NAMES])
            )
        ).all()
    )
    values = {}
    for name in NAMES:
        text = stored.get(_key(name))
        # Written only by set_limit; a value that does not read falls back to the default.
        values[name] = int(text) if text is not None and text.isascii() and text.isdigit() else (
            getattr(DEFAULTS, name)
        )  # fmt: skip
    return Limits(**values)


def parse_limit(name: str, text: str) -> int:
    """`64MiB`, `8 MiB`, `100000` (bytes) for byte limits; a plain count for bundles."""
    if name not in NAMES:
        raise InvalidValue("limit", _("must be one of {NAMES}").format(NAMES=", ".join(NAMES)))
    value = text.strip()
    if name.endswith("_bundles"):
        if not re.fullmatch(r"[0-9]+", value) or not 1 <= int(value) <= MAX_BUNDLES:
            raise InvalidValue(
                name,
                _("must be a whole number from 1 to {MAX_BUNDLES:,}").format(
                    MAX_BUNDLES=MAX_BUNDLES
                ),
            )
        return int(value)
    found = _SIZE.fullmatch(value)
    number = int(found[1]) * _UNITS[found[2].lower()] if found else 0
    if not 1 <= number <= MAX_BYTES:
        raise InvalidValue(name, _("must be a size from 1 byte to 64 GiB, such as 64MiB or 512KiB"))
    return number


def set_limit(s: Session, name: str, text: str) -> int:
    value = parse_limit(name, text)
    row = s.get(CoordinatorMeta, _key(name))
    if row is None:
        s.add(CoordinatorMeta(key=_key(name), value=str(value)))
    else:
        row.value = str(value)
    return value


def size_text(value: int) -> str:
    for unit, size in (("GiB", GIB), ("MiB", MIB), ("KiB", KIB)):
        if value >= size and value % size == 0:
            return f"{value // size} {unit}"
    return f"{value:,} bytes"

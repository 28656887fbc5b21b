"""The coordinator database's own backup: every table, encrypted to the organisation's key.

It moves between SQLCipher and PostgreSQL alike (the same rows either way), and opens only
with the organisation's identity, so the key backup plus this file recover everything.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

import pyrage
from sqlalchemy import Integer, Table, func, select

from logbook.bundle.seal import recipient_of
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.schema import SCHEMA_VERSION, CoordinatorBase, CoordinatorMeta
from logbook.errors import DamagedFile, Refused

FORMAT = "logbook.coordinator-db/1"
MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024
TABLES = [
    t for t in CoordinatorBase.metadata.sorted_tables if t.name != CoordinatorMeta.__tablename__
]


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return {"at": value.isoformat()}
    return value


def _back(value: Any) -> Any:
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"], validate=True)
    if isinstance(value, dict) and "at" in value:
        return datetime.fromisoformat(value["at"])
    return value


def backup_database(db: CoordinatorDb, recipient: str) -> bytes:
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.session() as s:
        for table in TABLES:
            rows = s.execute(select(table)).mappings().all()
            tables[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    document = json.dumps({"format": FORMAT, "schema": SCHEMA_VERSION, "tables": tables})
    data: bytes = pyrage.encrypt(document.encode(), [recipient_of(recipient)])
    return data


def restore_database(
    db: CoordinatorDb, data: bytes, identities: list[pyrage.x25519.Identity]
) -> dict[str, int]:
    """Fill an empty coordinator database from a backup; how many rows each table got."""
    document = _open(data, identities)
    with db.session() as s:
        if any(s.scalar(select(func.count()).select_from(t)) for t in TABLES):
            raise Refused("The coordinator database already holds data: restore only into an "
                          "empty one (a new profile, or a new PostgreSQL database).")  # fmt: skip
        counts = {}
        for table in TABLES:
            # Surrogate ids (audit, measure rows) are given afresh, in the same order, so a
            # PostgreSQL sequence is never left behind the ids already in its table.
            surrogate = _surrogate_id(table)
            rows = sorted(document["tables"].get(table.name, []), key=lambda r: r.get("id") or 0)
            try:
                values = [
                    {k: _back(v) for k, v in row.items() if k in table.columns and k != surrogate}
                    for row in rows
                ]
            except (ValueError, TypeError, AttributeError):
                raise DamagedFile("The database backup is damaged.") from None
            if values:
                s.execute(table.insert(), values)
            counts[table.name] = len(values)
    return counts


def _surrogate_id(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].name == "id" and isinstance(keys[0].type, Integer):
        return "id"
    return None


def _open(data: bytes, identities: list[pyrage.x25519.Identity]) -> dict[str, Any]:
    if len(data) > MAX_BACKUP_BYTES:
        raise DamagedFile("The file is too large to be a coordinator database backup.")
    try:
        plain = pyrage.decrypt(data, identities)
    except pyrage.DecryptError:
        raise DamagedFile("The database backup did not open: it is damaged, or it belongs to "
                          "another organisation.") from None  # fmt: skip
    try:
        document = json.loads(plain)
        fmt, schema, tables = document["format"], document["schema"], document["tables"]
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DamagedFile("The database backup is damaged.") from None
    if fmt != FORMAT or not isinstance(tables, dict):
        raise DamagedFile("This is not a coordinator database backup.")
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise Refused("The database backup was made by a newer version of the app.")
    return dict(document)

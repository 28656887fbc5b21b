"""The coordinator database's own backup: every table, encrypted to the organisation's key,
streamed both ways in constant memory, however large the database.

It moves between SQLCipher and PostgreSQL alike (the same rows either way), and opens only
with the organisation's identity, so the key backup plus this file recover everything. The
plain text is JSON lines: a header, then for each table its column names and one line a row,
then the row counts; age encrypts and authenticates it 64 KiB at a time.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, BinaryIO

import pyrage
from sqlalchemy import Integer, LargeBinary, Table, func, select
from sqlalchemy.orm import Session

from logbook.bundle.seal import recipient_of
from logbook.coordinator.contact_modes import MODE_COLUMNS, mode_counts_from_detail
from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.schema import SCHEMA_VERSION, CoordinatorBase, CoordinatorMeta
from logbook.errors import DamagedFile, Refused
from logbook.i18n import N_, _
from logbook.records.values import Mode

FORMAT = "logbook.coordinator-db/2"
TABLES = [
    t for t in CoordinatorBase.metadata.sorted_tables if t.name != CoordinatorMeta.__tablename__
]
BATCH = 500  # rows read or inserted at a time
BLOB_BATCH = 8  # rows at a time of a table holding bundles (up to 1 MiB each)
BATCH_BYTES = 8 * 1024 * 1024  # restore inserts once this much is waiting, whatever the rows
MAX_LINE = 4 * 1024 * 1024  # one row: at most a 1 MiB bundle in base64, with its fields
NOT_OPENED = N_(
    "The database backup did not open: it is damaged, or it belongs to another organisation."
)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return {"at": value.isoformat()}
    if isinstance(value, date):  # a day without a time (an ended match)
        return {"day": value.isoformat()}
    return value


def _back(value: Any) -> Any:
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"], validate=True)
    if isinstance(value, dict) and "at" in value:
        return datetime.fromisoformat(value["at"])
    if isinstance(value, dict) and "day" in value:
        return date.fromisoformat(value["day"])
    return value


def _line(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode() + b"\n"


def _lines(s: Session, counts: dict[str, int]) -> Iterator[bytes]:
    yield _line({"format": FORMAT, "schema": SCHEMA_VERSION})
    for table in TABLES:
        columns = [c.name for c in table.columns]
        yield _line({"table": table.name, "columns": columns})
        counts[table.name] = 0
        # In key order (surrogate ids are given afresh, in order, on restore), a batch at a
        # time: a server-side cursor on PostgreSQL, SQLite's own stepping on SQLCipher.
        query = select(table).order_by(*table.primary_key.columns)
        blobs = any(isinstance(c.type, LargeBinary) for c in table.columns)
        batch = BLOB_BATCH if blobs else BATCH
        for row in s.execute(query, execution_options={"yield_per": batch}):
            counts[table.name] += 1
            yield _line([_plain(v) for v in row])
    yield _line({"end": counts})


class _LineReader(io.RawIOBase):
    """The lines as a file for age to read from, produced only as it asks for them."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = memoryview(next(self._lines))
            except StopIteration:
                return 0
        # Views, never slices: a row is up to 1.4 MB, read by age 8 KiB at a time.
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def backup_database(db: CoordinatorDb, recipient: str, out: BinaryIO) -> dict[str, int]:
    """Write the encrypted backup to `out`; how many rows of each table it holds."""
    counts: dict[str, int] = {}
    with db.session() as s:  # one transaction: one consistent picture of every table
        pyrage.encrypt_io(_LineReader(_lines(s, counts)), out, [recipient_of(recipient)])
    return counts


class _Restorer(io.RawIOBase):
    """Where age writes the plain text as it decrypts: lines become rows, inserted in
    batches into the caller's transaction (which a damaged ending rolls back whole)."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._buffer = bytearray()
        self._table: Table | None = None
        self._columns: list[str] = []
        self._rows: list[dict[str, Any]] = []
        self._waiting = 0  # bytes of the lines behind self._rows
        self.header: dict[str, Any] | None = None
        self.counts: dict[str, int] = {}
        self.ended = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        start = 0
        while (end := self._buffer.find(b"\n", start)) >= 0:
            self._take(bytes(self._buffer[start:end]))
            self._waiting += end - start
            start = end + 1
        del self._buffer[:start]
        if len(self._buffer) > MAX_LINE:
            raise DamagedFile(_("The database backup is damaged (a line without end)."))
        return len(data)

    def _take(self, line: bytes) -> None:
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            raise DamagedFile(_("The database backup is damaged.")) from None
        if self.ended:
            raise DamagedFile(_("The database backup is damaged (data after its end)."))
        if self.header is None:
            self._start(value)
        elif isinstance(value, list):
            self._row(value)
        elif isinstance(value, dict) and "table" in value:
            self._flush()
            self._table = next((t for t in TABLES if t.name == value["table"]), None)
            columns = value.get("columns")
            if not isinstance(columns, list):
                raise DamagedFile(_("The database backup is damaged."))
            self._columns = [str(c) for c in columns]
            if self._table is not None:
                self.counts[self._table.name] = 0
        elif isinstance(value, dict) and "end" in value:
            self._flush()
            self.ended = True
        else:
            raise DamagedFile(_("The database backup is damaged."))

    def _start(self, header: Any) -> None:
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise DamagedFile(_("This is not a coordinator database backup."))
        schema = header.get("schema")
        if not isinstance(schema, int) or schema > SCHEMA_VERSION:
            raise Refused(_("The database backup was made by a newer version of the app."))
        # Checked once the file has shown it opens, so a wrong file is named as such first.
        if any(self._s.scalar(select(func.count()).select_from(t)) for t in TABLES):
            raise Refused(_(
                "The coordinator database already holds data: restore only into an empty one "
                "(a new profile, or a new PostgreSQL database)."
            ))  # fmt: skip
        self.header = header

    def _row(self, values: list[Any]) -> None:
        if self._table is None:
            return  # a table this version does not have
        if len(values) != len(self._columns):
            raise DamagedFile(_("The database backup is damaged."))
        surrogate = _surrogate_id(self._table)
        try:
            row = {
                name: _back(value)
                for name, value in zip(self._columns, values, strict=True)
                if name in self._table.columns and name != surrogate
            }
            if self._table.name == "week_row" and MODE_COLUMNS[Mode.IN_PERSON] not in row:
                row.update(mode_counts_from_detail(row["detail"]))  # a backup from before c0003
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
            raise DamagedFile(_("The database backup is damaged.")) from None
        self._rows.append(row)
        self.counts[self._table.name] += 1
        if len(self._rows) >= BATCH or self._waiting >= BATCH_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self._rows and self._table is not None:
            self._s.execute(self._table.insert(), self._rows)
        self._rows, self._waiting = [], 0

    def finish(self) -> None:
        if self._buffer or not self.ended:
            raise DamagedFile(_("The database backup is incomplete."))


def restore_database(
    db: CoordinatorDb, source: BinaryIO, identities: list[pyrage.x25519.Identity]
) -> dict[str, int]:
    """Fill an empty coordinator database from a backup; how many rows each table got."""
    with db.session() as s:
        restorer = _Restorer(s)
        try:
            pyrage.decrypt_io(source, restorer, identities)
        except (pyrage.DecryptError, OSError):
            # age says which only as text; either way the file did not open with our key.
            raise DamagedFile(_(NOT_OPENED)) from None
        restorer.finish()
        return restorer.counts


def _surrogate_id(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].name == "id" and isinstance(keys[0].type, Integer):
        return "id"
    return None

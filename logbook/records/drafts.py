"""Drafts: what an editor holds but has not saved, kept encrypted until saved or discarded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from logbook.db.models import Draft
from logbook.db.store import Store
from logbook.errors import InvalidValue
from logbook.records.clock import utc_now

MAX_PAYLOAD = 1_000_000


@dataclass(frozen=True)
class DraftInfo:
    key: str  # e.g. "new:visit" or "entry:42": which editor it belongs to
    payload: dict[str, Any]
    updated_at: datetime


class DraftService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, key: str, payload: dict[str, Any]) -> None:
        text = json.dumps(payload, ensure_ascii=False)
        if len(text) > MAX_PAYLOAD or not 0 < len(key) <= 40:
            raise InvalidValue("draft", "is too large to keep")
        with self._store.session() as s:
            row = s.get(Draft, key)
            if row is None:
                s.add(Draft(key=key, payload=text, updated_at=utc_now()))
            else:
                row.payload, row.updated_at = text, utc_now()

    def list(self) -> list[DraftInfo]:
        with self._store.session() as s:
            rows = s.scalars(select(Draft).order_by(Draft.updated_at.desc()))
            return [DraftInfo(r.key, json.loads(r.payload), r.updated_at) for r in rows]

    def discard(self, key: str) -> None:
        with self._store.session() as s:
            s.execute(delete(Draft).where(Draft.key == key))


def discard_drafts_of(session: Session, entry_ids: list[int], match_code: str | None) -> None:
    """Erasure takes drafts along: those of erased entries, and new ones naming the match."""
    keys = [f"entry:{i}" for i in entry_ids]
    if keys:
        session.execute(delete(Draft).where(Draft.key.in_(keys)))
    if match_code:
        for row in session.scalars(select(Draft)):
            if json.loads(row.payload).get("match_code") == match_code:
                session.delete(row)

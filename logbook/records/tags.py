"""Activity and topic tags: the organisation's list plus the volunteer's own."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from logbook.changes import ORGANISATION, Changes
from logbook.db.models import EntryTag, Tag
from logbook.db.store import Store
from logbook.records.dto import TagInfo
from logbook.records.values import TagKind


def tag_rows(session: Session, kind: TagKind, names: Iterable[str]) -> list[Tag]:
    """Find each tag by name (ignoring case) or create it as the volunteer's own.

    Case is folded in Python: SQLite's lower() only knows A-Z, so "Église" would miss.
    """
    known = {t.name.casefold(): t for t in session.scalars(select(Tag).where(Tag.kind == kind))}
    rows = []
    for name in names:
        row = known.get(name.casefold())
        if row is None:
            row = Tag(kind=kind.value, name=name, source="own")
            session.add(row)
            session.flush()
            known[name.casefold()] = row
        rows.append(row)
    return rows


def drop_unused_own_tags(session: Session) -> None:
    """Own tags are text the volunteer typed: keep none that no entry uses any more."""
    used = select(EntryTag.tag_id)
    session.execute(delete(Tag).where(Tag.source == "own", Tag.id.not_in(used)))


class TagService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self, kind: TagKind | None = None) -> list[TagInfo]:
        with self._store.session() as s:
            query = (
                select(Tag, func.count(EntryTag.entry_id))
                .outerjoin(EntryTag, EntryTag.tag_id == Tag.id)
                .group_by(Tag.id)
                .order_by(Tag.kind, func.lower(Tag.name))
            )
            if kind is not None:
                query = query.where(Tag.kind == kind.value)
            return [TagInfo(t.kind, t.name, t.source, n) for t, n in s.execute(query)]

    def set_organisation_list(self, kind: TagKind, names: Iterable[str]) -> Changes:
        """Mark exactly these names as the organisation's; others become the volunteer's own."""
        wanted = {n.casefold(): n for n in names}
        with self._store.session() as s:
            for tag in s.scalars(select(Tag).where(Tag.kind == kind.value)):
                tag.source = "org" if tag.name.casefold() in wanted else "own"
                wanted.pop(tag.name.casefold(), None)
            for name in wanted.values():
                s.add(Tag(kind=kind.value, name=name, source="org"))
        return ORGANISATION

"""Visits, conversations and reflections: add, edit, list, soft-delete, restore, purge."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from logbook.changes import ENTRIES, Changes
from logbook.db.models import Entry, EntryTag, Match
from logbook.db.store import Store
from logbook.errors import InvalidValue, NotFound
from logbook.i18n import _
from logbook.records import values
from logbook.records.clock import local_offset, utc_now
from logbook.records.drafts import DraftKey, discard_drafts_of, discard_in
from logbook.records.dto import EntryInfo, EntryInput, EntryPage
from logbook.records.matches import find_match
from logbook.records.tags import drop_unused_own_tags, tag_rows
from logbook.records.values import DEFAULT_MODE, Kind, TagKind
from logbook.testhooks import stop_point

_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


def validate(entry: EntryInput) -> EntryInput:
    """Check an entry as a whole; returns it normalised. Each error names its field."""
    kind = values.enum_value(Kind, "kind", entry.kind)
    values.past_moment("date", entry.occurred_on, entry.occurred_time)
    contact = kind is not Kind.REFLECTION
    if contact and not entry.match_code:
        raise InvalidValue("match", _("is needed for a {kind}").format(kind=kind.value))
    mode = entry.mode
    if contact:
        mode = values.enum_value(values.Mode, "mode", mode) if mode else DEFAULT_MODE[kind]
        if entry.minutes is None:
            raise InvalidValue("minutes", _("must be between 1 and 1440"))
    else:
        for name in ("mode", "minutes", "seemed", "place"):
            if getattr(entry, name):
                raise InvalidValue(name, _("does not apply to a reflection"))
    if contact and entry.wellbeing is not None:
        raise InvalidValue("wellbeing", _("is the volunteer's own, recorded with a reflection"))
    return dataclasses.replace(
        entry,
        kind=kind,
        match_code=values.match_code(entry.match_code) if entry.match_code else None,
        mode=mode,
        minutes=values.bounded_int("minutes", entry.minutes, 1, 1440),
        seemed=values.bounded_int("seemed", entry.seemed, 1, 5),
        wellbeing=values.bounded_int("wellbeing", entry.wellbeing, 1, 5),
        place=values.short_text("place", entry.place),
        notes=values.long_text("notes", entry.notes),
        activities=values.tag_names("activities", entry.activities),
        topics=values.tag_names("topics", entry.topics),
        follow_up=bool(entry.follow_up),
    )


def to_info(row: Entry, match_code: str | None) -> EntryInfo:
    tags = sorted(row.tags, key=lambda et: et.tag.name.casefold())
    return EntryInfo(
        id=row.id,
        kind=Kind(row.kind),
        occurred_on=row.occurred_on,
        match_code=match_code,
        occurred_time=row.occurred_time,
        minutes=row.minutes,
        mode=values.Mode(row.mode) if row.mode else None,
        place=row.place,
        seemed=row.seemed,
        wellbeing=row.wellbeing,
        notes=row.notes,
        follow_up=row.follow_up,
        activities=tuple(et.tag.name for et in tags if et.tag.kind == TagKind.ACTIVITY),
        topics=tuple(et.tag.name for et in tags if et.tag.kind == TagKind.TOPIC),
        entered_tz=row.entered_tz,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted=row.deleted_at is not None,
    )


def _write(session: Session, row: Entry, entry: EntryInput) -> None:
    row.kind = entry.kind.value
    row.match_id = find_match(session, entry.match_code).id if entry.match_code else None
    row.occurred_on = entry.occurred_on
    row.occurred_time = entry.occurred_time
    row.minutes = entry.minutes
    row.mode = entry.mode.value if entry.mode else None
    row.place = entry.place
    row.seemed = entry.seemed
    row.wellbeing = entry.wellbeing
    row.notes = entry.notes
    row.follow_up = entry.follow_up
    tags = tag_rows(session, TagKind.ACTIVITY, entry.activities) + tag_rows(
        session, TagKind.TOPIC, entry.topics
    )
    row.tags = [EntryTag(tag_id=t.id, tag=t) for t in tags]


def filtered(
    session: Session,
    query: _Query,
    *,
    match_code: str | None = None,
    kind: Kind | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> _Query:
    """The timeline's filters on a query of entries: the one place both listing and search
    narrow by match, kind and dates, in SQL (an unknown match code raises NotFound)."""
    if match_code:
        query = query.where(Entry.match_id == find_match(session, match_code).id)
    if kind is not None:
        query = query.where(Entry.kind == kind.value)
    if date_from is not None:
        query = query.where(Entry.occurred_on >= date_from)
    if date_to is not None:
        query = query.where(Entry.occurred_on <= date_to)
    return query


def _ordered(query: Select[Any, Any]) -> Select[Any, Any]:
    # SQLite sorts NULL lowest, so entries without a time come last within their day
    # without a NULLS LAST clause, which would stop it using ix_entry_timeline.
    return query.order_by(Entry.occurred_on.desc(), Entry.occurred_time.desc(), Entry.id.desc())


class EntryService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _load(self, session: Session, entry_id: int) -> tuple[Entry, str | None]:
        row = session.execute(
            select(Entry, Match.code)
            .outerjoin(Match, Entry.match_id == Match.id)
            .where(Entry.id == entry_id)
        ).one_or_none()
        if row is None:
            raise NotFound(_("There is no entry {entry_id}.").format(entry_id=entry_id))
        return row[0], row[1]

    def add(self, entry: EntryInput, *, draft: DraftKey | None = None) -> EntryInfo:
        """`draft`: the form's draft, discarded in the same transaction, so a crash can never
        leave both the saved entry and a draft that would make a duplicate of it."""
        entry = validate(entry)
        with self._store.session() as s:
            now = utc_now()
            row = Entry(entered_tz=local_offset(), created_at=now, updated_at=now)
            _write(s, row, entry)
            s.add(row)
            if draft is not None:
                discard_in(s, draft)
            s.flush()
            return to_info(row, entry.match_code)

    def get(self, entry_id: int) -> EntryInfo:
        with self._store.session() as s:
            return to_info(*self._load(s, entry_id))

    def edit(self, entry_id: int, *, draft: DraftKey | None = None, **changes: Any) -> EntryInfo:
        """Change some fields; the merged entry is validated exactly like a new one. The
        entry's own draft (and `draft`, if given) end in the same transaction."""
        with self._store.session() as s:
            row, code = self._load(s, entry_id)
            current = to_info(row, code)
            fields = {f.name for f in dataclasses.fields(EntryInput)}
            unknown = set(changes) - fields
            if unknown:
                raise InvalidValue(sorted(unknown)[0], _("is not a field of an entry"))
            base = EntryInput(**{f: getattr(current, f) for f in fields})
            entry = validate(dataclasses.replace(base, **changes))
            _write(s, row, entry)
            row.updated_at = utc_now()
            discard_in(s, DraftKey.of_entry(entry_id))
            if draft is not None:
                discard_in(s, draft)
            s.flush()
            drop_unused_own_tags(s)
            return to_info(row, entry.match_code)

    def list(
        self,
        *,
        match_code: str | None = None,
        kind: Kind | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        include_deleted: bool = False,
        deleted_only: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> EntryPage:
        with self._store.session() as s:
            query = filtered(
                s,
                select(Entry, Match.code).outerjoin(Match, Entry.match_id == Match.id),
                match_code=match_code,
                kind=kind,
                date_from=date_from,
                date_to=date_to,
            )
            if deleted_only:
                query = query.where(Entry.deleted_at.is_not(None))
            elif not include_deleted:
                query = query.where(Entry.deleted_at.is_(None))
            counted = query.with_only_columns(func.count(Entry.id)).order_by(None)
            total = s.scalar(counted) or 0
            page = _ordered(query).offset(offset)
            if limit is not None:
                page = page.limit(limit)
            rows = s.execute(page).all()
            return EntryPage(tuple(to_info(r[0], r[1]) for r in rows), total)

    def delete(self, entry_id: int) -> EntryInfo:
        """Soft delete: hidden everywhere, restorable until its match is erased."""
        with self._store.session() as s:
            row, code = self._load(s, entry_id)
            row.deleted_at = row.deleted_at or utc_now()
            return to_info(row, code)

    def restore(self, entry_id: int) -> EntryInfo:
        with self._store.session() as s:
            row, code = self._load(s, entry_id)
            if row.deleted_at is None:
                raise InvalidValue(
                    "entry", _("entry {entry_id} is not deleted").format(entry_id=entry_id)
                )
            row.deleted_at = None
            return to_info(row, code)

    def purge(self, entry_id: int) -> Changes:
        """Erase one entry for good, compacting so its text does not linger in free pages."""
        with self._store.session() as s:
            row, _code = self._load(s, entry_id)
            discard_drafts_of(s, [row.id], None)
            s.delete(row)
            s.flush()
            drop_unused_own_tags(s)
            self._store.mark_compaction_pending(s)
        stop_point("erasure-committed")
        self._store.compact()
        return ENTRIES

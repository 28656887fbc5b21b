"""Matches: the people a volunteer supports, known outside the device only by their code."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from logbook.changes import CONCERNS, ENTRIES, MATCHES, MEASURES, Changes
from logbook.db.models import Concern, Entry, Match
from logbook.db.store import Store
from logbook.errors import InvalidValue, NotFound, Refused
from logbook.i18n import _, ngettext
from logbook.records import values
from logbook.records.clock import utc_now
from logbook.records.drafts import DraftKey, discard_drafts_of, discard_in
from logbook.records.dto import MatchInfo
from logbook.records.tags import drop_unused_own_tags
from logbook.testhooks import stop_point


def find_match(session: Session, code: str) -> Match:
    row = session.scalar(select(Match).where(Match.code == values.match_code(code)))
    if row is None:
        raise NotFound(
            _("There is no match with code {code}.").format(code=values.match_code(code))
        )
    return row


def _info(session: Session, match: Match) -> MatchInfo:
    last, count = session.execute(
        select(func.max(Entry.occurred_on), func.count(Entry.id)).where(
            Entry.match_id == match.id,
            Entry.deleted_at.is_(None),
            Entry.kind != "reflection",
        )
    ).one()
    unreported = session.scalar(
        select(func.count(Concern.id)).where(
            Concern.match_id == match.id, Concern.reported_on.is_(None)
        )
    )
    return MatchInfo(
        code=match.code,
        display_name=match.display_name,
        start_date=match.start_date,
        end_date=match.end_date,
        last_contact=last,
        entry_count=count,
        unreported_concerns=unreported or 0,
    )


def validate_new(
    code: str, display_name: str, start_date: date | None = None
) -> tuple[str, str, date]:
    """A new match's fields, normalised, in the order the form asks for them."""
    code = values.match_code(code)
    name = values.short_text("display name", display_name, required=True)
    start = values.past_date("start date", start_date or date.today())
    return code, name or "", start


class MatchService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self, code: str, display_name: str, start_date: date | None = None,
        *, draft: DraftKey | None = None,
    ) -> MatchInfo:  # fmt: skip
        """`draft`: the form's draft, discarded in the same transaction."""
        code, name, start = validate_new(code, display_name, start_date)
        with self._store.session() as s:
            if s.scalar(select(Match.id).where(Match.code == code)) is not None:
                raise Refused(_("A match with code {code} already exists.").format(code=code))
            now = utc_now()
            match = Match(
                code=code, display_name=name, start_date=start, created_at=now, updated_at=now
            )
            s.add(match)
            if draft is not None:
                discard_in(s, draft)
            s.flush()
            return _info(s, match)

    def get(self, code: str) -> MatchInfo:
        with self._store.session() as s:
            return _info(s, find_match(s, code))

    def list(self, include_ended: bool = True) -> list[MatchInfo]:
        with self._store.session() as s:
            query = select(Match).order_by(Match.end_date.is_not(None), Match.code)
            if not include_ended:
                query = query.where(Match.end_date.is_(None))
            return [_info(s, m) for m in s.scalars(query)]

    def edit(
        self,
        code: str,
        *,
        display_name: str | None = None,
        new_code: str | None = None,
        start_date: date | None = None,
    ) -> MatchInfo:
        with self._store.session() as s:
            match = find_match(s, code)
            if display_name is not None:
                match.display_name = (
                    values.short_text("display name", display_name, required=True)
                    or match.display_name
                )
            if new_code is not None:
                new = values.match_code(new_code)
                clash = s.scalar(select(Match.id).where(Match.code == new, Match.id != match.id))
                if clash is not None:
                    raise Refused(_("A match with code {new} already exists.").format(new=new))
                match.code = new
            if start_date is not None:
                match.start_date = values.past_date("start date", start_date)
                if match.end_date is not None and match.end_date < match.start_date:
                    raise InvalidValue("start date", _("must not be after the end date"))
            match.updated_at = utc_now()
            return _info(s, match)

    def end(self, code: str, end_date: date | None = None) -> MatchInfo:
        with self._store.session() as s:
            match = find_match(s, code)
            end = values.past_date("end date", end_date or date.today())
            if end < match.start_date:
                raise InvalidValue("end date", _("must not be before the start date"))
            match.end_date = end
            match.updated_at = utc_now()
            return _info(s, match)

    def unreported_concerns(self, code: str) -> int:
        return self.get(code).unreported_concerns

    def erase(self, code: str, *, even_with_unreported_concerns: bool = False) -> Changes:
        """Remove the match with all its entries, measures and concerns, leaving no trace.

        Refused while a safeguarding concern is unreported unless explicitly confirmed.
        """
        with self._store.session() as s:
            match = find_match(s, code)
            info = _info(s, match)
            if info.unreported_concerns and not even_with_unreported_concerns:
                raise Refused(
                    ngettext(
                        "Match {code} has {count} safeguarding concern not yet reported. "
                        "Report it first, or confirm the erasure.",
                        "Match {code} has {count} safeguarding concerns not yet reported. "
                        "Report them first, or confirm the erasure.",
                        info.unreported_concerns,
                    ).format(code=info.code, count=info.unreported_concerns)
                )
            entry_ids = list(s.scalars(select(Entry.id).where(Entry.match_id == match.id)))
            discard_drafts_of(s, entry_ids, match.code)
            s.delete(match)  # entries, concerns and measures go by ON DELETE CASCADE
            s.flush()
            drop_unused_own_tags(s)
            self._store.mark_compaction_pending(s)
        stop_point("erasure-committed")
        self._store.compact()
        return MATCHES | ENTRIES | CONCERNS | MEASURES

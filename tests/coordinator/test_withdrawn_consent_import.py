"""Consent withdrawn on the volunteer's laptop reaches the coordinator: the week is sent
again without the scores, and importing it removes them from the coordinator's database."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from logbook.coordinator.schema import MeasureRow
from logbook.coordinator.service import Coordinator
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.measures import Instrument
from logbook.sync.outbox import OutboxService
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org

MONDAY = date(2026, 11, 2)  # ISO week 2026-W45


def sealed(book: Logbook) -> bytes:
    outbox = OutboxService(book.store)
    [item] = outbox.seal_changes()
    return outbox.data(item.id)


def scores(work: Coordinator) -> list[tuple[str, str, float]]:
    with work.db.session() as s:
        rows = s.execute(select(MeasureRow.week, MeasureRow.measure, MeasureRow.score)).all()
    return sorted((week, measure, score) for week, measure, score in rows)


def test_withdrawn_and_corrected_scores_are_replaced_at_the_coordinator(
    coordinator: UnlockedProfile, org: Org, book: Logbook, member: MembershipService
) -> None:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=60))
    ucla = book.measures.add("M-0042", Instrument.UCLA3, [2, 2, 3], consent=True, taken_on=MONDAY)
    book.measures.add("M-0042", Instrument.SWEMWBS, [3] * 7, consent=True, taken_on=MONDAY)
    with Coordinator(coordinator.store) as work:
        work.importer.import_bytes(sealed(book))  # held until the device is approved
        device = member.device()
        assert device is not None
        work.approve(device.id, "V-01", device.fingerprint)
        assert [m for _w, m, _s in scores(work)] == ["swemwbs", "ucla3"]

        book.measures.correct(ucla.id, [3, 3, 3])
        assert work.importer.import_bytes(sealed(book)).status == "imported"
        assert ("2026-W45", "ucla3", 9.0) in scores(work)

        book.measures.withdraw_consent(ucla.id)
        work.importer.import_bytes(sealed(book))
        assert [m for _w, m, _s in scores(work)] == ["swemwbs"]

        book.measures.withdraw_consent_for_match("M-0042")
        work.importer.import_bytes(sealed(book))
        assert scores(work) == []

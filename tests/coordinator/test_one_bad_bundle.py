"""One bad bundle cannot stop the organisation (issue 11, item 1): refused by the schema or,
failing that, rolled back alone as its own rejection; a batch, a mailbox pull and an approval
all go on past it; a rejected bundle leaves the mailbox into a bounded quarantine."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyrage
import pytest
from pydantic import ValidationError
from sqlalchemy import func, select, text

from logbook.coordinator.importer import Importer, OrgKeys
from logbook.coordinator.schema import AuditEntry, HeldBundle, QuarantinedBundle, Receipt
from logbook.coordinator.service import RECEIPT_FORMAT, Coordinator
from logbook.identity.envelope import open_envelope
from logbook.summary.schema import Summary, WeekSnapshot
from logbook.sync.mailbox_client import MailboxClient
from tests.coordinator.conftest import Volunteer, data_rows, week
from tests.organisation import Org
from tests.sync.test_delivery import mailbox_for


def twice(volunteer: Volunteer, name: str, sequence: int) -> bytes:
    """A week that lists the same match code twice: what stopped every pull (issue 11)."""
    payload = volunteer.payload([week(name, "M-0001")], sequence=sequence)
    matches = payload["summary"]["weeks"][0]["matches"]
    matches.append(dict(matches[0]))
    return volunteer.seal(json.dumps(payload).encode())


@contextmanager
def storage_refuses(work: Coordinator, code: str) -> Iterator[None]:
    """A real database-level failure when a row for `code` is stored: what any constraint
    the schema did not foresee would do."""
    with work.db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON week_row "
                f"WHEN NEW.match_code = '{code}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            ))  # fmt: skip
        else:
            conn.execute(text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.match_code = '{code}' THEN RAISE integrity_constraint_violation; "
                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
            ))  # fmt: skip
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON week_row "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            ))  # fmt: skip
    try:
        yield
    finally:
        with work.db.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(text("DROP TRIGGER refuse"))
            else:
                conn.execute(text("DROP TRIGGER refuse ON week_row"))
                conn.execute(text("DROP FUNCTION refuse()"))


def count(work: Coordinator, table: type) -> int:
    with work.db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_the_schema_refuses_a_match_twice_in_a_week_and_a_week_twice() -> None:
    snapshot = week("2026-W01", "M-0001").model_dump()
    with pytest.raises(ValidationError, match="listed twice in one week"):
        WeekSnapshot.model_validate({**snapshot, "matches": snapshot["matches"] * 2})
    with pytest.raises(ValidationError, match="a week is listed twice"):
        Summary.model_validate({"categories": [], "weeks": [snapshot, snapshot]})


def test_a_match_twice_in_a_week_is_one_rejection_and_the_batch_goes_on(
    work: Coordinator, approved: Volunteer, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "1.age").write_bytes(twice(approved, "2026-W02", 2))
    (folder / "2.age").write_bytes(approved.bundle([week("2026-W03", "M-0001")], sequence=3))
    first, second = work.import_files([folder]).results
    assert first.status == "rejected" and "format" in first.reason
    assert second.status == "imported" and second.weeks == 1


@pytest.mark.parametrize("many", [False, True], ids=["own transaction", "shared transaction"])
def test_a_storage_error_rolls_back_that_bundle_alone(
    work: Coordinator, approved: Volunteer, many: bool
) -> None:
    before = data_rows(work)
    good = approved.bundle([week("2026-W05", "M-0001")], sequence=3)
    bad = approved.bundle([week("2026-W04", "M-0001", "M-BOOM")], sequence=2)
    with storage_refuses(work, "M-BOOM"):
        if many:
            with work.db.session() as s:  # many bundles, one transaction, savepoint each
                results = [work.importer.import_one(s, data, "file") for data in (bad, good)]
        else:
            results = [work.importer.import_bytes(data) for data in (bad, good)]
    rejected, imported = results
    assert rejected.status == "rejected" and "could not be stored" in rejected.reason
    assert "M-BOOM" not in rejected.reason and "refused" not in rejected.reason  # no values
    assert imported.status == "imported"
    after = data_rows(work)
    assert [r[1] for r in after["week_row"]] == ["2026-W01", "2026-W05"]  # W04 left nothing
    assert after["device_week"] != before["device_week"]
    with work.db.session() as s:
        assert s.get(Receipt, rejected.sha256).status == "rejected"  # type: ignore[union-attr]


def test_a_bundle_rejected_once_and_valid_later_is_imported(
    work: Coordinator, approved: Volunteer, org: Org
) -> None:
    data = approved.bundle([week("2026-W06", "M-0001")], sequence=2)
    state = org.service.state()
    # Before the organisation's identity was restored, this coordinator could not open it.
    stranger = Importer(work.db, OrgKeys(state.org_id, frozenset({state.recipient}),
                                         (pyrage.x25519.Identity.generate(),)))  # fmt: skip
    assert stranger.import_bytes(data, "mailbox").status == "rejected"
    assert len(work.quarantine.list()) == 1
    result = work.importer.import_bytes(data, "file")
    assert result.status == "imported" and result.weeks == 1
    assert work.quarantine.list() == []  # taken now: no longer kept as rejected
    with work.db.session() as s:
        assert s.get(Receipt, result.sha256).status == "imported"  # type: ignore[union-attr]


def test_approval_releases_every_held_bundle_past_a_bad_one(
    work: Coordinator, volunteer: Volunteer
) -> None:
    held = [
        volunteer.bundle([week("2026-W01", "M-0001")], sequence=1),
        volunteer.bundle([week("2026-W02", "M-BOOM")], sequence=2),
        volunteer.bundle([week("2026-W03", "M-0001")], sequence=3),
    ]
    assert [work.importer.import_bytes(b, "mailbox").status for b in held] == ["held"] * 3
    with storage_refuses(work, "M-BOOM"):
        info, released = work.approve(volunteer.id, "V-01", volunteer.fingerprint)
    assert info.status == "approved" and info.held == 0
    assert sorted(r.status for r in released.results) == ["imported", "imported", "rejected"]
    [bad] = work.quarantine.list()
    assert bad.source == "held" and bad.device_id == volunteer.id
    assert work.quarantine.data(bad.sha256) == held[1]
    assert count(work, HeldBundle) == 0


def test_a_rejected_bundle_leaves_the_mailbox_for_the_quarantine_with_a_receipt(
    work: Coordinator, approved: Volunteer, org: Org, tmp_path: Path
) -> None:
    bad = twice(approved, "2026-W02", 2)
    good = approved.bundle([week("2026-W03", "M-0001")], sequence=3)
    with mailbox_for(org, tmp_path) as server:
        org.service.set("mailbox_url", server.url)
        with MailboxClient(
            server.url, upload_token=org.tokens.upload, device_key=approved.key
        ) as box:
            assert box.upload(bad) and box.upload(good)
        batch = work.import_from_mailbox()
        assert sorted(r.status for r in batch.results) == ["imported", "rejected"]
        coord_box = MailboxClient(server.url, coordinator_token=org.tokens.coordinator)
        with coord_box:
            assert coord_box.list_bundles() == []  # never fetched and refused again
        assert work.import_from_mailbox().results == []
        with MailboxClient(
            server.url, upload_token=org.tokens.upload, device_key=approved.key
        ) as box:
            notices = box.notices(approved.id)
    # Receipts only: the device's notices also hold its assignment list, posted at each pull.
    receipts = [n for n in notices if json.loads(n.data)["format"] == RECEIPT_FORMAT]
    statuses = {json.loads(open_envelope(n.data, RECEIPT_FORMAT, "r").payload)["status"]
                for n in receipts}  # fmt: skip
    assert statuses == {"imported", "rejected"}
    [kept] = work.quarantine.list()
    assert kept.source == "mailbox" and "format" in kept.reason
    assert work.quarantine.data(kept.sha256[:12]) == bad


def test_the_quarantine_is_bounded_oldest_dropped_with_an_audit_line(
    work: Coordinator, approved: Volunteer
) -> None:
    work.set_limit("quarantine_bundles", "3")
    sent = [twice(approved, f"2026-W{n:02d}", n + 1) for n in range(10, 15)]
    for data in sent:
        work.importer.import_bytes(data, "mailbox")
    kept = work.quarantine.list()
    assert len(kept) == 3
    assert {k.sha256 for k in kept} == {r.sha256 for r in map(_sha, sent[2:])}
    with work.db.session() as s:
        dropped = s.scalars(select(AuditEntry).where(AuditEntry.result == "dropped")).all()
    assert len(dropped) == 2
    newest = twice(approved, "2026-W20", 21)
    work.set_limit("quarantine_bytes", f"{len(newest)}")
    work.importer.import_bytes(newest, "mailbox")
    [kept_one] = work.quarantine.list()
    assert kept_one.size == len(newest) and work.quarantine.data(kept_one.sha256) == newest


def _sha(data: bytes) -> Receipt:
    import hashlib

    return Receipt(sha256=hashlib.sha256(data).hexdigest())


def test_quarantine_can_be_listed_shown_exported_and_emptied(
    work: Coordinator, approved: Volunteer
) -> None:
    for n in (1, 2):
        work.importer.import_bytes(twice(approved, f"2026-W1{n}", n + 1), "mailbox")
    work.importer.import_bytes(twice(approved, "2026-W13", 4), "file")  # a file stays a file
    first, second = work.quarantine.list()
    assert work.quarantine.show(first.sha256[:8]) == first
    work.quarantine.delete(first.sha256)
    assert [q.sha256 for q in work.quarantine.list()] == [second.sha256]
    assert work.quarantine.delete_all() == 1 and count(work, QuarantinedBundle) == 0

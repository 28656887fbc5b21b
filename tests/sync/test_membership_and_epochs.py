"""Trust in stored enrolments, key changes, restores that withdraw weeks, and odd inputs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from logbook.backup.archive import create_backup, restore_backup
from logbook.bundle.read import read_bundle
from logbook.db.models import Membership
from logbook.errors import InvalidValue
from logbook.identity.envelope import EnvelopeRejected
from logbook.identity.signing import b64, new_signing_key, public_bytes
from logbook.org.enrolment import EnrolmentPayload, read_enrolment, write_enrolment
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.summary.schema import MatchWeek, WeekSnapshot
from logbook.sync.deliver import DeliveryService
from logbook.sync.outbox import PACK_BYTES, OutboxService, packed
from logbook.vault.profiles import UnlockedProfile
from tests.conftest import Profiles
from tests.organisation import Org

MONDAY = date(2026, 11, 2)


def visit(day: date, minutes: int = 45) -> EntryInput:
    return EntryInput(kind=Kind.VISIT, occurred_on=day, match_code="M-0042", minutes=minutes)


def test_a_key_change_signed_by_the_old_key_is_taken_and_keeps_working(
    book: Logbook, org: Org, member: MembershipService
) -> None:
    current = read_enrolment(org.enrolment)
    new_key = new_signing_key()
    moved = current.payload.model_copy(
        update={"revision": 2, "signing_key": b64(public_bytes(new_key))}
    )
    old_key_signed = write_enrolment(moved, _org_signing_key(org))
    assert member.apply_update(old_key_signed) is True
    assert member.current() is not None  # stored, and still checks out on every read
    third = moved.model_copy(update={"revision": 3})
    with pytest.raises(EnvelopeRejected):
        member.apply_update(write_enrolment(third, _org_signing_key(org)))  # old key: no more
    assert member.apply_update(write_enrolment(third, new_key)) is True


def test_a_stored_enrolment_swapped_for_a_self_signed_one_is_refused(
    book: Logbook, org: Org, member: MembershipService
) -> None:
    attacker = new_signing_key()
    forged: EnrolmentPayload = read_enrolment(org.enrolment).payload.model_copy(
        update={"signing_key": b64(public_bytes(attacker))}
    )
    with book.store.session() as s:
        s.execute(update(Membership).values(document=write_enrolment(forged, attacker)))
    with pytest.raises(EnvelopeRejected):
        member.current()


def test_the_mailbox_copy_leaves_the_upload_token_out_and_the_member_keeps_theirs(
    book: Logbook, org: Org
) -> None:
    org.service.set("mailbox_url", "https://mailbox.example.org")
    membership = MembershipService(book.store)
    membership.enroll(org.service.enrolment_file(), org.fingerprint)
    org.service.set("topics", "Health")
    mailbox_copy = org.service.enrolment_file(with_token=False)
    assert org.tokens.upload.encode() not in mailbox_copy
    assert read_enrolment(mailbox_copy).payload.upload_token is None
    assert membership.apply_update(mailbox_copy) is True
    assert DeliveryService(book.store).mailbox() == (
        "https://mailbox.example.org",
        org.tokens.upload,
    )


def test_long_home_sharing_weeks_are_summarised(book: Logbook, member: MembershipService) -> None:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    for n in range(7):
        book.entries.add(visit(MONDAY + timedelta(days=n), 1440))
    book.entries.add(visit(MONDAY, 20))
    [week] = OutboxService(book.store).preview().weeks
    assert week.matches[0].minutes == 7 * 1440 + 15


def test_a_restore_withdraws_a_week_emptied_before_the_backup(
    profiles: Profiles, profile: UnlockedProfile, org: Org, tmp_path: Path
) -> None:
    book = Logbook(profile.store)
    MembershipService(book.store).enroll(org.enrolment, org.fingerprint)
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    first = book.entries.add(visit(MONDAY))
    book.entries.add(visit(MONDAY - timedelta(days=7)))
    OutboxService(book.store).seal_changes()
    book.entries.delete(first.id)  # emptied, not sealed yet
    create_backup(profile, tmp_path / "b.lbk")
    restore_backup(profiles.manager, tmp_path / "b.lbk", "Restored", passphrase=profiles.passphrase)
    with profiles.manager.unlock("Restored", profiles.passphrase) as restored:
        outbox = OutboxService(restored.store)
        [item] = outbox.seal_changes()
        payload = read_bundle(outbox.data(item.id), org.identity)
    weeks = {w.week: w.matches for w in payload.summary.weeks}
    assert weeks["2026-W45"] == []  # withdrawn
    assert payload.epoch_weeks == ["2026-W44"]  # and the coordinator is told what remains


def test_packing_counts_bytes_not_characters() -> None:
    name = "交流" * 40  # 80 characters, 240 bytes
    weeks = [
        WeekSnapshot(
            week=f"20{20 + i // 50}-W{i % 50 + 1:02d}",
            matches=[
                MatchWeek(match_code=f"M-{n:03d}", activities={f"{name[:-3]}{n:03d}": 1})
                for n in range(40)
            ],
        )
        for i in range(200)
    ]
    for chunk in packed(weeks):
        size = sum(len(w.model_dump_json(exclude_none=True).encode()) + 1 for w in chunk)
        assert size <= PACK_BYTES


@pytest.mark.parametrize("folder", ["~nosuchuser-xyz/x", "/proc/1/root/nowhere"])
def test_a_folder_that_cannot_be_used_is_refused_plainly(book: Logbook, folder: str) -> None:
    with pytest.raises(InvalidValue, match="folder"):
        DeliveryService(book.store).set_folder(Path(folder))


def _org_signing_key(org: Org):  # type: ignore[no-untyped-def]
    from logbook.identity.signing import load_private
    from logbook.org.keystore import Role, get_key

    with org.service._store.session() as s:
        key = get_key(s, Role.ORG_SIGNING)
        assert key is not None
        return load_private(key.private)

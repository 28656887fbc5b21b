"""Summaries hold only what the brief allows; bundles are sealed, signed and change-driven."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest

from logbook.backup.archive import create_backup, restore_backup
from logbook.bundle.read import BundleRejected, read_bundle
from logbook.errors import Refused
from logbook.identity.envelope import EnvelopeRejected
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput, EntryInput
from logbook.records.measures import Instrument
from logbook.records.values import Kind, Mode
from logbook.summary.build import round_minutes
from logbook.summary.schema import Category
from logbook.sync.outbox import OutboxService, packed
from logbook.vault.epoch import start_new_epoch
from logbook.vault.profiles import UnlockedProfile
from logbook.weeks import iso_week
from tests.conftest import Profiles
from tests.organisation import Org

MONDAY = date(2026, 11, 2)  # ISO week 2026-W45


def visit(code: str, day: date = MONDAY, **kw: object) -> EntryInput:
    return EntryInput(kind=Kind.VISIT, occurred_on=day, match_code=code, minutes=50, **kw)  # type: ignore[arg-type]


def test_minutes_round_to_15_and_never_to_zero() -> None:
    assert [round_minutes(m) for m in (0, 1, 7, 8, 22, 23, 50, 1440)] == [
        0,
        15,
        15,
        15,
        15,
        30,
        45,
        1440,
    ]
    assert all(round_minutes(m) % 15 == 0 for m in range(0, 3000))


def test_week_snapshot_counts_contacts_by_kind_and_mode(
    book: Logbook, member: MembershipService
) -> None:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.entries.add(visit("M-0042", seemed=4, activities=("Walk", "my own tag")))
    book.entries.add(visit("M-0042", MONDAY + timedelta(days=2), seemed=3, follow_up=True))
    book.entries.add(
        EntryInput(
            kind=Kind.CONVERSATION,
            occurred_on=MONDAY,
            match_code="M-0042",
            minutes=10,
            mode=Mode.VIDEO,
            topics=("health",),
        )
    )
    book.entries.add(EntryInput(kind=Kind.REFLECTION, occurred_on=MONDAY, wellbeing=2))
    summary = OutboxService(book.store).preview()
    assert [w.week for w in summary.weeks] == ["2026-W45"]
    row = summary.weeks[0].matches[0]
    assert row.match_code == "M-0042"
    assert {(c.kind, c.mode.value, c.count) for c in row.contacts or []} == {
        ("visit", "in_person", 2),
        ("conversation", "video", 1),
    }
    assert row.minutes == 105  # 50 + 50 + 10 = 110 -> nearest 15
    assert row.activities == {"Walk": 1}  # "my own tag" is not on the organisation's list
    assert row.topics == {"Health": 1}  # spelt as the organisation's list spells it
    assert row.seemed is not None and (row.seemed.mean, row.seemed.count) == (3.5, 2)
    assert row.follow_ups == 1
    assert summary.weeks[0].own_wellbeing is None  # not opted in


def test_own_wellbeing_only_with_the_volunteers_opt_in(
    book: Logbook, member: MembershipService
) -> None:
    book.entries.add(EntryInput(kind=Kind.REFLECTION, occurred_on=MONDAY, wellbeing=2))
    assert OutboxService(book.store).preview().weeks == []
    member.set_share_wellbeing(True)
    week = OutboxService(book.store).preview().weeks[0]
    assert week.own_wellbeing is not None and week.own_wellbeing.mean == 2


def test_measures_only_with_consent_and_concerns_as_counts(
    book: Logbook, member: MembershipService
) -> None:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.measures.add("M-0042", Instrument.UCLA3, [2, 2, 3], consent=True, taken_on=MONDAY)
    book.measures.add("M-0042", Instrument.SWEMWBS, [3] * 7, consent=False, taken_on=MONDAY)
    book.concerns.add(ConcernInput("M-0042", MONDAY, "what was said"))
    book.concerns.add(
        ConcernInput("M-0042", MONDAY, "more", reported_to="lead", reported_on=MONDAY)
    )
    row = OutboxService(book.store).preview().weeks[0].matches[0]
    assert [(m.instrument, m.total) for m in row.measures or []] == [(Instrument.UCLA3, 7)]
    assert row.concerns is not None and (row.concerns.raised, row.concerns.reported) == (2, 1)
    assert row.contacts is None and row.minutes is None


def test_policy_switches_categories_off(book: Logbook, org: Org) -> None:
    org.service.set("policy.off", "minutes,tags")
    membership = MembershipService(book.store)
    membership.enroll(org.service.enrolment_file(), org.fingerprint)
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.entries.add(visit("M-0042", activities=("Walk",)))
    summary = OutboxService(book.store).preview()
    row = summary.weeks[0].matches[0]
    assert row.minutes is None and row.activities is None and row.contacts
    assert Category.MINUTES not in summary.categories


def test_bundle_opens_with_the_org_key_and_holds_no_private_text(
    book: Logbook, org: Org, member: MembershipService
) -> None:
    book.matches.add("M-0042", "Zebedee Private", MONDAY - timedelta(days=30))
    book.entries.add(visit("M-0042", place="Secret Street", notes="private words"))
    [item] = OutboxService(book.store).seal_changes()
    data = OutboxService(book.store).data(item.id)
    plain = pyrage.decrypt(data, [org.identity])
    for private in (b"Zebedee", b"Secret Street", b"private words", b"2026-11-02"):
        assert private not in plain
    payload = read_bundle(data, org.identity)
    assert (payload.epoch, payload.sequence) == (1, 1)
    assert payload.org_id == org.service.state().org_id
    assert payload.summary.weeks[0].week == iso_week(MONDAY)


def test_only_changed_weeks_are_sealed_and_deletions_propagate(
    book: Logbook, member: MembershipService, org: Org
) -> None:
    outbox = OutboxService(book.store)
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    first = book.entries.add(visit("M-0042"))
    book.entries.add(visit("M-0042", MONDAY - timedelta(days=7)))
    assert [i.weeks for i in outbox.seal_changes()] == [2]
    assert outbox.seal_changes() == []  # nothing changed, nothing sealed
    book.entries.delete(first.id)
    [item] = outbox.seal_changes()
    payload = read_bundle(outbox.data(item.id), org.identity)
    assert payload.sequence == 2
    [week] = payload.summary.weeks
    assert week.week == "2026-W45" and week.matches == []  # the empty snapshot replaces it


def test_a_restored_backup_starts_a_new_epoch_and_resends_everything(
    book: Logbook, member: MembershipService, org: Org
) -> None:
    outbox = OutboxService(book.store)
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.entries.add(visit("M-0042"))
    outbox.seal_changes()
    with book.store.session() as s:
        new_epoch = start_new_epoch(s)
    [item] = outbox.seal_changes()
    assert (item.epoch, item.sequence, item.weeks) == (new_epoch, 1, 1)


def test_sealing_needs_enrolment(book: Logbook) -> None:
    with pytest.raises(Refused, match="not joined an organisation"):
        OutboxService(book.store).seal_changes()


def test_large_histories_are_split_below_one_mebibyte() -> None:
    from logbook.summary.schema import MatchWeek, WeekSnapshot

    weeks = [
        WeekSnapshot(
            week=f"{2000 + i // 52}-W{i % 52 + 1:02d}",
            matches=[MatchWeek(match_code=f"M-{n:04d}", follow_ups=1) for n in range(150)],
        )
        for i in range(400)
    ]
    chunks = packed(weeks)
    assert len(chunks) > 1 and sum(map(len, chunks)) == 400


def test_wrong_org_key_and_altered_bundles_are_rejected(
    book: Logbook, member: MembershipService
) -> None:
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.entries.add(visit("M-0042"))
    [item] = OutboxService(book.store).seal_changes()
    data = OutboxService(book.store).data(item.id)
    with pytest.raises(BundleRejected, match="another organisation"):
        read_bundle(data, pyrage.x25519.Identity.generate())


def test_enrolment_refuses_a_wrong_fingerprint_and_a_tampered_file(book: Logbook, org: Org) -> None:
    membership = MembershipService(book.store)
    with pytest.raises(Refused, match="fingerprint does not match"):
        membership.enroll(org.enrolment, "AAAAA AAAAA AAAAA AAAAA AAAAA")
    envelope = json.loads(org.enrolment)
    envelope["payload"] = envelope["payload"][:-8] + "AAAAAAA="
    with pytest.raises(EnvelopeRejected):
        membership.enroll(json.dumps(envelope).encode(), org.fingerprint)
    with pytest.raises(EnvelopeRejected, match="damaged or not a signed"):
        membership.enroll(b"not json", org.fingerprint)
    assert membership.current() is None and membership.device() is None


def test_a_real_restore_starts_a_new_epoch_and_reseals_every_week(
    profiles: Profiles, profile: UnlockedProfile, org: Org, tmp_path: Path
) -> None:
    book = Logbook(profile.store)
    MembershipService(profile.store).enroll(org.enrolment, org.fingerprint)
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.entries.add(visit("M-0042"))
    [first] = OutboxService(book.store).seal_changes()
    backup = tmp_path / "before.lbk"
    create_backup(profile, backup)
    restore_backup(profiles.manager, backup, "Restored", passphrase=profiles.passphrase)
    with profiles.manager.unlock("Restored", profiles.passphrase) as restored:
        [again] = OutboxService(restored.store).seal_changes()
        payload = read_bundle(OutboxService(restored.store).data(again.id), org.identity)
    assert again.epoch > first.epoch and again.sequence == 1
    assert [w.week for w in payload.summary.weeks] == ["2026-W45"]  # sent again, in full

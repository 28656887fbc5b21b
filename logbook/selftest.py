"""`logbook --self-test`: prove, inside the installed or built app, that the core really works.

Creates a profile in a temporary folder with the real KDF, writes and searches entries,
checks the database is really encrypted, backs up and restores, and removes everything.
Each step prints a line; the first failure stops the run with a clear message.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from logbook.backup.archive import create_backup, restore_backup
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.measures import Instrument
from logbook.records.values import Kind

if TYPE_CHECKING:
    from logbook.vault.profiles import ProfileManager

PASSPHRASE = "self-test passphrase"  # noqa: S105 - a throwaway profile, removed at the end


class SelfTestFailed(Exception):
    pass


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


def _encryption(folder: Path) -> None:
    db = folder / "logbook.db"
    raw = db.read_bytes()
    _check(not raw.startswith(b"SQLite format 3"), "the database has a plain SQLite header")
    _check(b"kettle" not in raw.lower(), "note text is readable in the database file")
    # SQLCipher given no key reads like plain SQLite (the built app has no other SQLite).
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        raise SelfTestFailed("SQLite without the key could read the database")
    except sqlcipher3.DatabaseError:
        pass
    finally:
        conn.close()
    version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    _check(bool(version and version[0]), "SQLCipher is missing")


def run_core_self_test(say: Callable[[str], None] = print) -> None:
    """Raise SelfTestFailed (or any error) on the first problem; print progress otherwise."""
    from logbook.vault.profiles import ProfileManager

    root = Path(tempfile.mkdtemp(prefix="logbook-selftest-"))
    try:
        manager = ProfileManager(root)
        started = time.perf_counter()
        made = manager.create("Self test", PASSPHRASE)
        say(f"ok  profile created with the calibrated KDF ({time.perf_counter() - started:.1f} s)")
        with manager.unlock("Self test", PASSPHRASE) as unlocked:
            book = Logbook(unlocked.store)
            book.matches.add("M-0001", "Self Test Person", date.today() - timedelta(days=30))
            for n in range(20):
                book.entries.add(
                    EntryInput(
                        kind=Kind.VISIT, occurred_on=date.today() - timedelta(days=n),
                        match_code="M-0001", minutes=30 + n,
                        notes=f"Visit {n}: we made tea, the kettle whistled, talked about birds.",
                    )
                )  # fmt: skip
            book.measures.add("M-0001", Instrument.SWEMWBS, [3] * 7, consent=True)
            hits = book.search.search("kettle")
            _check(len(hits) == 20, f"search found {len(hits)} of 20 entries")
            say("ok  entries saved and found by full-text search")
            _check(unlocked.store.integrity_problems() == [], "integrity checks failed")
            say("ok  integrity checks passed")
            backup = root / "backup.lbk"
            create_backup(unlocked, backup)
        _encryption(made.info.path)
        say("ok  database is encrypted (SQLCipher present, no plain SQLite header)")
        restore_backup(manager, backup, "Restored", passphrase=PASSPHRASE)
        with manager.unlock("Restored", PASSPHRASE) as restored:
            count = Logbook(restored.store).entries.list().total
            _check(count == 20, f"restored backup has {count} of 20 entries")
        say("ok  backup restored into a new profile")
        manager.recover("Self test", made.recovery_key, "another self-test passphrase")
        say("ok  recovery key works")
        _organisation_and_bundle(manager, say)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    _check(not root.exists(), f"could not remove {root}")
    say("ok  temporary files removed")


def _organisation_and_bundle(manager: ProfileManager, say: Callable[[str], None]) -> None:
    """The age, Ed25519 and HTTP stacks: an organisation, enrolment, a sealed bundle."""
    from logbook.bundle.read import read_bundle
    from logbook.org.membership import MembershipService
    from logbook.org.organisation import OrganisationService
    from logbook.org.settings import OrgSettings
    from logbook.sync.mailbox_client import DeliveryFailed, MailboxClient
    from logbook.sync.outbox import OutboxService
    from logbook.vault.kinds import ProfileKind

    manager.create("Self test org", PASSPHRASE, ProfileKind.COORDINATOR)
    with manager.unlock("Self test org", PASSPHRASE) as coordinator:
        org = OrganisationService(coordinator.store)
        state, _ = org.init(OrgSettings(name="Self test organisation"))
        enrolment, identity = org.enrolment_file(), org.identity()
    with manager.unlock("Restored", PASSPHRASE) as volunteer:
        MembershipService(volunteer.store).enroll(enrolment, state.fingerprint)
        outbox = OutboxService(volunteer.store)
        sealed = outbox.seal_changes()
        _check(len(sealed) == 1, f"{len(sealed)} bundles sealed instead of 1")
        data = outbox.data(sealed[0].id)
    _check(b"kettle" not in data and b"Self Test Person" not in data, "bundle in the clear")
    payload = read_bundle(data, identity)
    _check(len(payload.summary.weeks) >= 3, "the bundle's summary is missing weeks")
    say("ok  organisation made, enrolled, bundle sealed, decrypted and verified")
    # Nothing listens on port 9 of this computer: the HTTP stack must say so, in plain words.
    from logbook.identity.signing import new_signing_key

    with MailboxClient(
        "http://127.0.0.1:9", upload_token="x" * 43, device_key=new_signing_key(), timeout=5
    ) as client:
        try:
            client.upload(data)
            raise SelfTestFailed("an upload to a closed port did not fail")
        except DeliveryFailed:
            pass
    say("ok  the mailbox client works (a closed port is reported, not raised)")
    # A coordinator database on PostgreSQL needs its driver inside the folder.
    from sqlalchemy import create_engine

    from logbook.coordinator.database import normalise_url

    engine = create_engine(normalise_url("postgresql+pg8000://nobody@127.0.0.1:9/none"))
    _check(engine.dialect.driver == "pg8000", "the PostgreSQL driver is missing")
    engine.dispose()
    say("ok  the PostgreSQL driver for coordinator databases is present")


def main(say: Callable[[str], None] = print) -> int:
    try:
        run_core_self_test(say)
    except SelfTestFailed as exc:
        say(f"FAIL  {exc}")
        return 1
    except Exception as exc:  # noqa: BLE001 - report any failure as a result, not a traceback
        say(f"FAIL  unexpected {type(exc).__name__}: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

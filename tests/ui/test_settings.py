"""Settings and care of data: preferences, passphrase change, backup, export, restore."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_accessibility import assert_accessible
from ui.main_window import MainWindow
from ui.preferences import IDLE_MINUTES, REMINDER_DAYS, Preferences


def add_note(qtbot: QtBot, window: MainWindow, text: str) -> None:
    work = window.work
    assert work is not None
    editor = work.new_entry(Kind.REFLECTION)
    editor.notes.setPlainText(text)
    editor.save()
    wait_ops(qtbot, window.ops)


def test_preferences_are_kept_and_applied(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    settings = window.work.settings  # type: ignore[union-attr]
    assert_accessible(settings, "settings")
    settings.idle.setValue(12)
    settings.reminder.setValue(30)
    assert window.idle.seconds == 12 * 60
    assert window.work.matches.model.reminder_days == 30  # type: ignore[union-attr]
    stored = Preferences(profiles.data_dir)
    assert (stored.get(IDLE_MINUTES), stored.get(REMINDER_DAYS)) == (12, 30)
    ini = (profiles.data_dir / "preferences.ini").read_text()
    assert "idle_minutes=12" in ini and profiles.passphrase not in ini


def test_unreadable_or_out_of_range_preferences_fall_back_safely(tmp_path: Path) -> None:
    for name, text, expected in (("a", "banana", 5), ("b", "100000", IDLE_MINUTES.high),
                                 ("c", "-3", IDLE_MINUTES.low)):  # fmt: skip
        (tmp_path / name).mkdir()
        (tmp_path / name / "preferences.ini").write_text(f"[lock]\nidle_minutes={text}\n")
        assert Preferences(tmp_path / name).get(IDLE_MINUTES) == expected


def test_change_passphrase_from_settings(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    dialog = window.work.settings.passphrase_dialog()  # type: ignore[union-attr]
    assert_accessible(dialog, "change passphrase")
    dialog.current.setText("wrong one entirely")
    dialog.new.first.setText("tulip kettle harbour ninety")
    dialog.new.second.setText("tulip kettle harbour ninety")
    dialog.save()
    wait_ops(qtbot, window.ops)
    assert dialog.error.isVisibleTo(dialog) and "Wrong passphrase" in dialog.error.text()
    dialog.current.setText(profiles.passphrase)
    dialog.save()
    wait_ops(qtbot, window.ops)
    assert dialog.result() == dialog.DialogCode.Accepted
    profiles.manager.unlock(profiles.name, "tulip kettle harbour ninety").lock()


def test_backup_export_and_restore(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    add_note(qtbot, window, "Before the backup")
    settings = window.work.settings  # type: ignore[union-attr]
    settings.backup_to(tmp_path / "b.lbk")
    wait_ops(qtbot, window.ops)
    assert (tmp_path / "b.lbk").exists() and "Backup saved" in settings.status.text()
    settings.export_to(tmp_path / "mine.json")
    wait_ops(qtbot, window.ops)
    exported = json.loads((tmp_path / "mine.json").read_text())
    assert [e["notes"] for e in exported["entries"]] == ["Before the backup"]
    add_note(qtbot, window, "After the backup")

    window.restore(str(tmp_path / "b.lbk"), profiles.passphrase)
    assert window.locked
    wait_ops(qtbot, window.ops)
    assert "restored" in window.unlock_screen.status.text()
    unlock(qtbot, window, profiles.passphrase)
    notes = [e.notes for e in window.work.book.entries.list().entries]  # type: ignore[union-attr]
    assert notes == ["Before the backup"]


def test_restore_with_the_wrong_passphrase_changes_nothing(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    add_note(qtbot, window, "Kept")
    window.work.settings.backup_to(tmp_path / "b.lbk")  # type: ignore[union-attr]
    wait_ops(qtbot, window.ops)
    window.restore(str(tmp_path / "b.lbk"), "not the passphrase")
    wait_ops(qtbot, window.ops)
    assert "Wrong passphrase" in window.unlock_screen.error.text()
    unlock(qtbot, window, profiles.passphrase)
    assert window.work.book.entries.list().total == 1  # type: ignore[union-attr]


def test_old_ended_matches_are_offered_for_erasure_not_erased(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    from datetime import date, timedelta

    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.book.matches.add("M-0001", "Long ago", date.today() - timedelta(days=1500))
    work.book.matches.end("M-0001", date.today() - timedelta(days=900))
    work.changed()
    wait_ops(qtbot, window.ops)
    assert work.erasure_offer.isVisibleTo(work)
    work.settings.retention.setValue(60)  # a longer keeping period: nothing to offer
    wait_ops(qtbot, window.ops)
    assert not work.erasure_offer.isVisibleTo(work)
    assert work.book.matches.list()  # offered, never erased without the volunteer

"""Lays every window and dialog of the shell out on a 1366×768 screen and lists what does
not fit: run in a fresh process, because QT_FONT_DPI must be set before Qt starts.

    QT_FONT_DPI=192 python -m tests.ui.fit_probe   # prints a JSON list of problems
    FIT_PROBE_LANGUAGE=pseudo python -m tests.ui.fit_probe   # also lists untranslated text
    FIT_PROBE_LANGUAGE=cy python -m tests.ui.fit_probe       # Welsh: fit and Alt+letter keys
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tools.screenshots import small_laptop_screen

if TYPE_CHECKING:  # Qt is imported in main(), once the screen is set
    from PySide6.QtWidgets import QDialog, QWidget

    from ui.main_window import MainWindow
    from ui.screens.workarea import WorkArea

PANEL = 32  # a desktop's own bar: the window manager keeps windows off it
# A language to lay out in (ui.i18n); with the pseudo-locale, text left in English is listed.
LANGUAGE = os.environ.get("FIT_PROBE_LANGUAGE", "")


def problems_in(window: object, name: str) -> list[str]:
    """Placed as a window manager would (no larger than the screen, less its panel), is
    every control inside the screen and given at least the height its text needs?"""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QWidget,
    )

    assert isinstance(window, QWidget)
    screen = window.screen().geometry()
    room = QRect(screen.x(), screen.y(), screen.width(), screen.height() - PANEL // 2)
    found = []
    if window.width() > room.width() or window.height() > room.height():
        found.append(f"{name}: opens at {window.width()}×{window.height()}, larger than the screen")
    width = min(window.width(), room.width())
    height = min(window.height(), room.height())
    window.setGeometry(room.x(), room.y(), width, height)  # top left, as large as allowed
    QApplication.processEvents()
    if window.width() > room.width() or window.height() > room.height():
        found.append(
            f"{name}: the window needs {window.width()}×{window.height()}, "
            f"the screen has {room.width()}×{room.height()}"
        )
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if not isinstance(widget, QAbstractButton | QLabel | QLineEdit | QComboBox):
            continue
        if any(isinstance(a, QAbstractScrollArea) for a in ancestors(widget, window)):
            continue  # inside a scroll area: reached by scrolling (the area itself is checked)
        label = widget.accessibleName() or getattr(widget, "text", lambda: "")()[:30]
        where = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        if isinstance(widget, QAbstractButton) and not room.contains(where):
            found.append(f"{name}: {type(widget).__name__} {label!r} is off the screen")
        if isinstance(widget, QLabel) and not widget.text():
            continue
        need = (
            widget.heightForWidth(widget.width())
            if widget.hasHeightForWidth()
            else widget.minimumSizeHint().height()
        )
        if widget.height() < need - 1:
            found.append(
                f"{name}: {type(widget).__name__} {label!r} is squeezed to {widget.height()} px "
                f"of the {need} px its text needs"
            )
    return found


def ancestors(widget: object, stop: object) -> list[object]:
    found = []
    parent = widget.parentWidget()  # type: ignore[attr-defined]
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def check_dialogs(
    work: WorkArea,
    check: Callable[[QWidget, str], None],
    settle: Callable[[MainWindow], None],
    window: MainWindow,
) -> None:
    """The dialogs the volunteer's tabs open, each laid out, checked and closed unsaved."""
    from ui.screens.concerns import ReportedDialog

    editor = work.edit_entry(work.timeline.model.entry(0))
    settle(window)
    check(editor, "entry editor")
    editor.done(0)
    adding = work.matches.add()
    check(adding, "add a match")
    adding.done(0)
    match = next(
        work.matches.model.match_at(row)
        for row in range(work.matches.model.rowCount())
        if work.matches.model.match_at(row).code == "M-0042"
    )
    measures = work.matches.measures_dialog(match)
    settle(window)
    check(measures, "outcome measures")
    measures.view.selectRow(0)
    openers: list[tuple[str, Callable[[], QDialog | None]]] = [
        ("withdraw consent for a measure", lambda: measures.withdraw(whole_match=False)),
        ("withdraw consent for every measure", lambda: measures.withdraw(whole_match=True)),
        ("correct a measure", measures.correct),
        ("record a measure", measures.record),
        ("delete a measure", measures.delete),
    ]
    for name, opened in openers:
        dialog = opened()
        assert dialog is not None, name
        check(dialog, name)
        dialog.done(0)  # closed without the "discard changes?" question
    measures.done(0)
    concerns = work.concerns
    concerns.view.selectRow(0)
    for amend in (False, True):
        addition = concerns.add_to(amend=amend)
        assert addition is not None
        check(addition, "correct a concern" if amend else "add a note to a concern")
        addition.done(0)
    raised = concerns.raise_concern()
    check(raised, "raise a concern")
    raised.done(0)
    concern = concerns.selected()
    assert concern is not None
    reported = ReportedDialog(concerns, concerns.book, concerns.ops, concern)
    check(reported, "mark a concern reported")
    reported.done(0)


def main() -> int:
    os.environ["LOGBOOK_TEST_KDF"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["QT_QPA_PLATFORM"] = small_laptop_screen(root)
        from PySide6.QtWidgets import QApplication

        from logbook.vault.profiles import ProfileManager
        from tools.screenshots import (
            PASSPHRASE,
            sample,
            sample_coordinator,
            sample_organisation,
        )
        from ui.main_window import MainWindow
        from ui.screens.coordinator import CoordinatorArea
        from ui.screens.shortcuts import ShortcutsDialog
        from ui.screens.workarea import WorkArea

        app = QApplication.instance() or QApplication(sys.argv[:1])
        problems: list[str] = []
        if LANGUAGE:
            from tests.ui.accelerators import accelerator_clashes
            from tests.ui.untranslated import untranslated_in
            from ui.i18n import install_translators

            install_translators(app, LANGUAGE)

        def settle(window: MainWindow) -> None:
            for _ in range(400):
                app.processEvents()
                if not window.ops.busy and not window.ops.network().busy:
                    app.processEvents()
                    return
                window.ops.wait(50)

        def check(widget: QWidget, name: str) -> None:
            widget.show()
            app.processEvents()
            problems.extend(problems_in(widget, name))
            if LANGUAGE == "pseudo":
                problems.extend(untranslated_in(widget, name))
            if LANGUAGE:
                problems.extend(accelerator_clashes(widget, name))

        sample(root)
        window = MainWindow(ProfileManager(root))
        window.show()
        settle(window)
        check(window, "unlock")
        window.show_create()
        check(window, "create profile")
        window.create_screen.key_page.show_key("MFRG-GZDF-MZTW-Q2LK-NNWW-S3TP-OBYX-E4DT-"
                                               "OV3H-O6DZ-PJQW-2YLE-OQZA", "Sam")  # fmt: skip
        window.create_screen.pages.setCurrentIndex(1)
        check(window, "recovery key")
        window.show_recover("Sam")
        check(window, "recover")
        window.show_unlock()
        window.unlock_screen.profile.setCurrentText("Sam")
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        settle(window)
        work = window.work
        assert isinstance(work, WorkArea)
        settle(window)
        # An entry and a concern chosen: the reading panes beside their lists must fit too.
        work.timeline.view.selectRow(0)
        work.concerns.view.selectRow(0)
        assert work.timeline.reader.entry_id is not None and work.concerns.selected()
        for index in range(work.tabs.count()):
            work.tabs.setCurrentIndex(index)
            settle(window)
            check(window, work.tabs.tabText(index).replace("&", ""))
        work.tabs.setCurrentWidget(work.timeline)
        settle(window)
        view = work.timeline.view
        last = 3  # minutes, the column before the notes
        if view.columnViewportPosition(last) + view.columnWidth(last) > view.viewport().width():
            # Date, kind, match and minutes whole: who and what, without scrolling sideways.
            problems.append("timeline: the list shows less than date, kind, match and minutes")
        check_dialogs(work, check, settle, window)
        dialog = work.settings.passphrase_dialog()
        check(dialog, "change passphrase")
        dialog.reject()
        shortcuts = ShortcutsDialog.show_over(window)
        check(shortcuts, "keyboard shortcuts")
        shortcuts.close()
        sharing = work.sharing
        work.tabs.setCurrentWidget(sharing)
        enrolment_path = sample_organisation(root)
        sharing.join_from(enrolment_path)
        settle(window)
        assert sharing.enrol_dialog is not None
        check(sharing.enrol_dialog, "join an organisation")
        from logbook.org.enrolment import read_enrolment

        heard = read_enrolment(enrolment_path.read_bytes()).fingerprint
        sharing.enrol_dialog.typed.setText(heard)
        sharing.enrol_dialog.confirm_button.click()
        settle(window)
        sharing.save_to(root / "usb-stick")
        settle(window)
        sharing.all_weeks.setChecked(True)
        settle(window)
        check(window, "Sharing (enrolled)")
        window.close()

        # A new volunteer's first sight: nothing written, what to do first and its button.
        first = MainWindow(ProfileManager(root))
        first.show()
        first.unlock_screen.profile.setCurrentText("Priya")
        first.unlock_screen.passphrase.setText(PASSPHRASE)
        first.unlock_screen.try_unlock()
        settle(first)
        settle(first)
        check(first, "empty logbook")
        first.close()

        sample_coordinator(root)
        manager = ProfileManager(root / "coordinator")
        office = MainWindow(manager)
        office.show()
        office.open_profile(manager.unlock("Coordinator", PASSPHRASE))
        settle(office)
        settle(office)
        area = office.work
        assert isinstance(area, CoordinatorArea) and area.devices is not None
        for index in range(area.tabs.count()):
            area.tabs.setCurrentIndex(index)
            settle(office)
            check(office, "coordinator " + area.tabs.tabText(index).replace("&", ""))
        area.tabs.setCurrentWidget(area.devices)
        pending = next(d for d in area.devices.model.rows() if d.status == "pending")
        area.devices.select_device(pending.id)
        approve = area.devices.ask_approve()
        assert approve is not None
        check(approve, "approve a device")
        approve.reject()
        assign = area.devices.ask_assign()
        check(assign, "assign a match code")
        assign.reject()
        codes = area.devices.assignments.rows()
        if codes:
            area.devices.select_code(codes[0].match_code)
            end = area.devices.ask_end()
            if end is not None:
                check(end, "end a match")
                end.reject()
        board = area.dashboard
        if board is not None and board.alerts.rows():
            acknowledge = area.ask_acknowledge(board.alerts.row(0))
            assert acknowledge is not None
            check(acknowledge, "acknowledge an alert")
            acknowledge.reject()
        office.close()
    print(json.dumps(problems, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

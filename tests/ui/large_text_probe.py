"""Run in its own process (QT_FONT_DPI must be set before Qt starts): lay out each free-text
dialog on the screen it is given and print where its buttons end up, as JSON."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput
from logbook.records.measures import Instrument
from logbook.records.values import Kind
from logbook.vault.profiles import ProfileManager
from ui.operations import Operations
from ui.screens.concerns import ConcernAdditionDialog, ConcernDialog
from ui.screens.entry_editor import EntryEditor
from ui.screens.matches import AddMatchDialog
from ui.screens.measures import MeasureForm, MeasuresDialog, WithdrawConsentDialog


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> None:
    data_dir, name, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    ops = Operations()
    with ProfileManager(data_dir).unlock(name, passphrase) as unlocked:
        book = Logbook(unlocked.store)
        host = QWidget()
        host.showMaximized()
        matches = {"M-0001": "Someone with a rather long name", "M-0002": "Ann"}
        match = book.matches.add("M-0001", "Someone with a rather long name")
        dialogs: dict[str, QDialog] = {
            "entry editor": EntryEditor(host, book=book, ops=ops, matches=matches,
                                        activities=["chat"], topics=["health"], kind=Kind.VISIT),
            "concern form": ConcernDialog(host, book, ops, matches, "Priya, 0123 456 789"),
            "add match": AddMatchDialog(host, book, ops),
        }  # fmt: skip
        dialogs["outcome measures"] = MeasuresDialog(host, book, ops, match)
        concern = book.concerns.add(ConcernInput("M-0001", date.today(), "What was said."))
        for amend in (False, True):
            dialogs[f"concern {'correction' if amend else 'note'}"] = ConcernAdditionDialog(
                host, book, ops, concern, amend=amend
            )
        measure = book.measures.add("M-0001", Instrument.UCLA3, [2, 2, 2], consent=True)
        dialogs["withdraw consent"] = WithdrawConsentDialog(host, book, ops, match, measure)
        dialogs["measure correction"] = MeasureForm(
            host, book, ops, match, Instrument.UCLA3, measure
        )
        for instrument in Instrument:
            dialogs[f"measure form {instrument.value}"] = MeasureForm(
                host, book, ops, match, instrument
            )
        screen = app.primaryScreen().availableGeometry()
        found = []
        for label, dialog in dialogs.items():
            dialog.show()
            app.processEvents()
            buttons = [
                rect(QRect(b.mapTo(dialog, b.rect().topLeft()), b.size()))
                for b in dialog.findChildren(QAbstractButton)
                if b.isVisibleTo(dialog) and isinstance(b.parentWidget(), QDialogButtonBox)
            ]
            found.append({
                "name": label, "screen": rect(screen), "frame": rect(dialog.frameGeometry()),
                "inside": rect(dialog.rect()), "buttons": buttons,
                "title": dialog.windowTitle(),
            })  # fmt: skip
            dialog.hide()
        ops.wait()
    print(json.dumps({"dpr": app.primaryScreen().devicePixelRatio(), "dialogs": found}))


if __name__ == "__main__":
    main()

"""Import bundles: dropped or chosen files and folders, a watched folder, and the mailbox.

Files are imported on the shared worker, CHUNK bundles at a time (one transaction, each
bundle under its own savepoint), so a long import shows its progress and stops between
chunks when cancelled: what was imported before the stop is kept. The mailbox is pulled
on the network worker, since it may wait on the network.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from logbook.coordinator.import_log import ImportLogItem
from logbook.coordinator.importer import ImportResult, expand
from logbook.coordinator.service import Coordinator
from logbook.errors import LogbookError, NotFound
from logbook.profile_settings import WATCH_FOLDER
from logbook.progress import Cancelled, Progress
from logbook.statuses import ImportStatus
from logbook.vault.profiles import UnlockedProfile
from ui.models.coordinator import COL_REASON, ROW_ROLE, ImportHistoryModel, ImportResultsModel
from ui.operations import Operations
from ui.progress_bridge import ProgressBridge
from ui.screens.common import scrolling
from ui.screens.coordinator_dashboard import fit_columns, line_width, table
from ui.widgets.accessible import named

SCAN_EVERY_MS = 60 * 1000  # synced and network folders do not always signal a change
SETTLE_MS = 1500  # after a change, wait for the copy to finish before reading
SETTLE_SECONDS = 2.0  # a file changed more recently than this is still being written
BUNDLE_SUFFIX = ".age"


@dataclass
class ImportRun:
    results: list[ImportResult] = field(default_factory=list)
    files: int = 0
    cancelled: bool = False
    automatic: bool = False  # from the watched folder: "already imported" is not news
    again: bool = False  # some files were still being written: look again shortly
    seen: dict[str, tuple[int, float]] = field(default_factory=dict)

    def count(self, status: ImportStatus) -> int:
        return sum(1 for r in self.results if r.status == status)


# Bundles a transaction in the app: big enough to share the commit's cost (about 5 ms a
# bundle alone), small enough that Cancel answers within a fraction of a second.
CHUNK = 50


def import_bundles(coordinator: Coordinator, paths: list[Path], progress: Progress) -> ImportRun:
    """Files as given and the bundles inside folders, CHUNK to a transaction."""
    files = expand(paths)
    run = ImportRun(files=len(files))
    for done in range(0, len(files), CHUNK):
        if progress.cancelled():
            run.cancelled = True
            break
        progress.report(done / max(1, len(files)))
        run.results += coordinator.import_files(files[done : done + CHUNK]).results
    progress.report(1.0)
    return run


def import_new_in(
    coordinator: Coordinator, folder: Path, seen: dict[str, tuple[int, float]],
    progress: Progress,
) -> ImportRun:  # fmt: skip
    """The bundles in `folder` not seen (same size and time) since the folder was chosen."""
    try:
        found = sorted(p for p in folder.iterdir() if p.suffix == BUNDLE_SUFFIX and p.is_file())
        stats = {p: p.stat() for p in found}
    except OSError as exc:
        problem = QCoreApplication.translate(
            "ImportTab", "The watched folder {0} cannot be read: {1}."
        ).format(folder, exc.strerror)
        raise NotFound(problem) from None
    now = time.time()
    run = ImportRun(automatic=True, seen=dict(seen))
    waiting = []
    for path, stat in stats.items():
        signature = (stat.st_size, stat.st_mtime)
        if run.seen.get(str(path)) == signature:
            continue
        if now - stat.st_mtime < SETTLE_SECONDS:
            run.again = True  # still being copied in
            continue
        waiting.append((path, signature))
    run.files = len(waiting)
    for done in range(0, len(waiting), CHUNK):
        if progress.cancelled():
            run.cancelled = True
            break
        progress.report(done / max(1, len(waiting)))
        chunk = waiting[done : done + CHUNK]
        run.results += coordinator.import_files([path for path, _ in chunk]).results
        run.seen.update((str(path), signature) for path, signature in chunk)
    return run


def local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportTab(QWidget):
    imported = Signal()  # something was stored: the dashboard and devices are out of date

    def __init__(self, coordinator: Coordinator, profile: UnlockedProfile, ops: Operations) -> None:
        super().__init__()
        self.coordinator, self.store, self.ops = coordinator, profile.store, ops
        self.net = ops.network()
        self.model = ImportResultsModel()
        self.progress: Progress | None = None
        self.running = False
        self.folder: Path | None = None
        self.seen: dict[str, tuple[int, float]] = {}
        self._scan_again = False
        self._discarded = False
        self.mailbox_url: str | None = None
        self.setAcceptDrops(True)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self._highlight(False)
        drop_title = QLabel(self.tr("Drop bundle files (.age) or folders here"))
        drop_title.setStyleSheet("font-weight: bold;")
        drop_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_hint = QLabel(
            self.tr(
                "Volunteers' summaries arrive as .age files, by USB stick, email or a "
                "shared folder. Each is checked before anything is stored."
            )
        )
        drop_hint.setWordWrap(True)
        drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.files_button = named(QPushButton(self.tr("Import &files…")))
        self.folder_button = named(QPushButton(self.tr("Import a f&older…")))
        drop_buttons = QHBoxLayout()
        drop_buttons.addStretch(1)
        drop_buttons.addWidget(self.files_button)
        drop_buttons.addWidget(self.folder_button)
        drop_buttons.addStretch(1)
        zone = QVBoxLayout(self.drop_zone)
        zone.setContentsMargins(18, 14, 18, 14)
        zone.addWidget(drop_title)
        zone.addWidget(drop_hint)
        zone.addLayout(drop_buttons)

        self.watched = QLabel()
        self.watched.setWordWrap(True)
        self.watched.setAccessibleName(self.tr("Watched folder"))
        self.watch_button = named(QPushButton(self.tr("&Watch a folder…")))
        self.stop_watch_button = named(QPushButton(self.tr("S&top watching")))
        watch_box = QGroupBox(self.tr("Watched folder"))
        watch_layout = QHBoxLayout(watch_box)
        watch_layout.addWidget(self.watched, 1)
        watch_layout.addWidget(self.watch_button)
        watch_layout.addWidget(self.stop_watch_button)
        self.mailbox = QLabel()
        self.mailbox.setWordWrap(True)
        self.mailbox.setAccessibleName(self.tr("Mailbox"))
        self.pull_button = named(QPushButton(self.tr("&Pull from mailbox")))
        self.mailbox_box = QGroupBox(self.tr("Mailbox"))
        mailbox_layout = QHBoxLayout(self.mailbox_box)
        mailbox_layout.addWidget(self.mailbox, 1)
        mailbox_layout.addWidget(self.pull_button)
        self.mailbox_box.hide()  # shown once the organisation has a mailbox

        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bridge = ProgressBridge(lambda f: self.bar.setValue(int(f * 1000)), self)
        self.cancel_button = named(QPushButton(self.tr("&Cancel")), self.tr("Cancel the import"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_row = QWidget()
        self.progress_row.setLayout(progress_row)
        self.progress_row.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Import status"))
        self.message.hide()

        self.view = table(self.tr("Import results"), self.model, sortable=False)
        results_box = QGroupBox(self.tr("Results"))
        results_layout = QVBoxLayout(results_box)
        results_layout.addWidget(self.view, 1)
        # The plain reason is in the table; the checks' own words only when asked for.
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Tec&hnical details"))
        self.details_button.setAccessibleName(self.tr("Technical details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details = QLabel()
        self.details.setWordWrap(True)
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.details.setTextInteractionFlags(
            selectable | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAccessibleName(self.tr("Technical details of the selected bundle"))
        self.details.hide()
        results_layout.addWidget(self.details_button, alignment=Qt.AlignmentFlag.AlignLeft)
        results_layout.addWidget(self.details)
        self.history = ImportHistoryModel()
        self.history_view = table(self.tr("Import history"), self.history, sortable=False)
        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_view, 1)
        history_box.setMinimumHeight(self.fontMetrics().height() * 10)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.drop_zone)
        layout.addWidget(watch_box)
        layout.addWidget(self.mailbox_box)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        # Room for a few results even when the page scrolls (200 % text).
        results_box.setMinimumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(results_box, 1)
        layout.addWidget(history_box, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))  # drops still land here: the tab accepts them

        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.scan)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _: self.settle.start())
        self.every = QTimer(self)
        self.every.setInterval(SCAN_EVERY_MS)
        self.every.timeout.connect(self.scan)

        self.files_button.clicked.connect(self.ask_files)
        self.folder_button.clicked.connect(self.ask_folder)
        self.watch_button.clicked.connect(self.ask_watch)
        self.stop_watch_button.clicked.connect(lambda: self.watch(None))
        self.pull_button.clicked.connect(self.pull)
        self.cancel_button.clicked.connect(self.cancel)
        self.details_button.toggled.connect(lambda _: self._show_details())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected(self.view))
        self.history_view.selectionModel().selectionChanged.connect(
            lambda *_: self._selected(self.history_view)
        )
        self._details_from = self.view
        self._show_folder()
        self.load_history()
        store = self.store
        self.ops.run(lambda: store.read(WATCH_FOLDER), self._start_watching, self._failed,
                     owner=self)  # fmt: skip

    # -- the history and the details -------------------------------------------------------
    def load_history(self) -> None:
        log = self.coordinator.import_log
        self.ops.run(lambda: log.history(), self._show_history, self._failed, owner=self)

    def _show_history(self, items: list[ImportLogItem]) -> None:
        if self._discarded:
            return
        self.history.set_rows(items)
        fit_columns(self.history_view)

    def _selected(self, view: QTableView) -> None:
        self._details_from = view
        self._show_details()

    def technical_reason(self) -> str | None:
        """The checks' own words for the row selected last (None: nothing selected)."""
        rows = self._details_from.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row.technical if isinstance(row, ImportLogItem) else row.reason

    def _show_details(self) -> None:
        on = self.details_button.isChecked()
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        reason = self.technical_reason()
        if reason is None:
            text = self.tr("Select a bundle to see the details of what the checks found.")
        else:
            text = reason or self.tr("The checks found nothing wrong with it.")
        self.details.setText(text)
        self.details.setVisible(on)

    # -- dropping ---------------------------------------------------------------------------
    def _highlight(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "palette(mid)"
        self.drop_zone.setStyleSheet(
            f"QFrame#dropZone {{ border: 2px dashed {colour}; border-radius: 8px; }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event):
            self._highlight(True)
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- choosing ---------------------------------------------------------------------------
    def ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "",
            self.tr("Bundles (*{0});;All files (*)").format(BUNDLE_SUFFIX),
        )  # fmt: skip
        if names:
            self.import_paths([Path(n) for n in names])

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import the bundles in"))
        if folder:
            self.import_paths([Path(folder)])

    # -- importing ----------------------------------------------------------------------------
    def _start(self) -> Progress:
        self.running = True
        self.progress = self.bridge.start()
        self.bar.setValue(0)
        self.progress_row.show()
        self.cancel_button.setEnabled(True)
        for button in (self.files_button, self.folder_button, self.pull_button):
            button.setEnabled(False)
        return self.progress

    def _finish(self) -> None:
        self.running = False
        self.progress = None
        self.progress_row.hide()
        for button in (self.files_button, self.folder_button, self.pull_button):
            button.setEnabled(True)
        if self._scan_again and not self._discarded:
            self._scan_again = False
            self.settle.start()

    def import_paths(self, paths: list[Path]) -> None:
        if self.running:
            self._say(self.tr("Another import is under way; try again when it has finished."))
            return
        coordinator, progress = self.coordinator, self._start()
        self._say(self.tr("Importing…"))
        self.ops.run(lambda: import_bundles(coordinator, paths, progress), self._done,
                     self._run_failed, owner=self)  # fmt: skip

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping after the current bundle…"))

    def _done(self, run: ImportRun) -> None:
        self._finish()
        if run.automatic:
            self.seen = run.seen
            if run.again:
                self.settle.start()
            shown = [r for r in run.results if r.status != ImportStatus.ALREADY]
            if not shown and not run.cancelled:
                return  # nothing new in the watched folder
        else:
            shown = run.results
        self.model.add(shown)
        fit_columns(self.view)
        self.view.setColumnWidth(COL_REASON, max(self.view.columnWidth(COL_REASON),
                                                 line_width(self.view, 40)))  # fmt: skip
        self._say(self.run_text(run), error=any(not r.ok for r in run.results))
        self.load_history()
        changed = (ImportStatus.IMPORTED, ImportStatus.HELD, ImportStatus.CONFLICT)
        if any(r.status in changed for r in run.results):
            self.imported.emit()

    def run_text(self, run: ImportRun) -> str:
        parts = []
        for status, words in (
            (ImportStatus.IMPORTED, self.tr("%n imported", "", run.count(ImportStatus.IMPORTED))),
            (
                ImportStatus.ALREADY,
                self.tr("%n already imported", "", run.count(ImportStatus.ALREADY)),
            ),
            (
                ImportStatus.HELD,
                self.tr("%n held until the device is approved", "", run.count(ImportStatus.HELD)),
            ),
            (
                ImportStatus.CONFLICT,
                self.tr("%n in conflict", "", run.count(ImportStatus.CONFLICT)),
            ),
            (ImportStatus.REJECTED, self.tr("%n rejected", "", run.count(ImportStatus.REJECTED))),
        ):
            if run.count(status):
                parts.append(words)
        if run.cancelled:
            head = self.tr("Stopped after %n of {0} bundle(s); what was imported is kept.",
                           "", len(run.results)).format(run.files)  # fmt: skip
        elif run.automatic:
            head = self.tr("New in the watched folder:")
        elif not run.files:
            return self.tr("No bundle files (.age) were found there.")
        else:
            head = self.tr("%n bundle(s):", "", len(run.results))
        return " ".join([head, ", ".join(parts) + "." if parts else ""]).strip()

    def _run_failed(self, message: str, error: LogbookError | None) -> None:
        self._finish()
        self._failed(message, error)

    def _failed(self, message: str, error: LogbookError | None = None) -> None:
        self._say(message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: palette(highlight); font-weight: bold;" if error else "font-weight: bold;"
        )
        self.message.setVisible(bool(text))

    # -- the watched folder -----------------------------------------------------------------
    def ask_watch(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A folder where volunteers' bundles arrive")
        )
        if folder:
            self.watch(Path(folder))

    def watch(self, folder: Path | None) -> None:
        """Watch `folder` from now on (remembered in this profile), or stop with None."""
        store = self.store
        self.ops.run(lambda: store.write(WATCH_FOLDER, folder),
                     lambda _: self._start_watching(folder), self._failed, owner=self)  # fmt: skip

    def _start_watching(self, folder: Path | None) -> None:
        if self._discarded:
            return
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.folder, self.seen = folder, {}
        self._show_folder()
        if folder is None:
            self.every.stop()
            self.settle.stop()
            return
        if folder.is_dir():
            self.watcher.addPath(str(folder))
        self.every.start()
        self.scan()

    def _show_folder(self) -> None:
        if self.folder is None:
            self.watched.setText(
                self.tr(
                    "None. Choose a folder (a shared or synced one) and new bundles in it "
                    "are imported as they arrive."
                )
            )
        else:
            self.watched.setText(self.tr("{0}: new bundles are imported as they arrive.")
                                 .format(os.fspath(self.folder)))  # fmt: skip
        self.stop_watch_button.setVisible(self.folder is not None)

    def scan(self) -> None:
        """Import what is new in the watched folder (after any import under way)."""
        folder = self.folder
        if folder is None or self._discarded:
            return
        if self.running:
            self._scan_again = True
            return
        if str(folder) not in self.watcher.directories() and folder.is_dir():
            self.watcher.addPath(str(folder))  # it came back (a remounted drive)
        coordinator, seen, progress = self.coordinator, dict(self.seen), self._start()
        self.ops.run(lambda: import_new_in(coordinator, folder, seen, progress), self._done,
                     self._run_failed, owner=self)  # fmt: skip

    # -- the mailbox --------------------------------------------------------------------------
    def set_mailbox(self, url: str | None) -> None:
        self.mailbox_url = url
        self.mailbox_box.setVisible(url is not None)
        self.mailbox.setText(url or "")

    def pull(self) -> None:
        if self.running or self.mailbox_url is None:
            return
        coordinator, progress = self.coordinator, self._start()
        self._say(self.tr("Pulling from the mailbox…"))

        def work() -> ImportRun:
            batch = coordinator.import_from_mailbox(progress)
            return ImportRun(batch.results, files=len(batch.results))

        def failed(message: str, error: LogbookError | None) -> None:
            self._finish()
            if isinstance(error, Cancelled):
                message = self.tr("Stopped. Bundles imported before you stopped are kept; the "
                                  "rest wait in the mailbox.")  # fmt: skip
                self.imported.emit()
            self._say(message, error=not isinstance(error, Cancelled))

        def done(run: ImportRun) -> None:
            self._done(run)
            if not run.results:
                self._say(self.tr("The mailbox has nothing new."))

        # The network worker: a slow mailbox must not hold up the imports and approvals.
        self.net.run(work, done, failed, owner=self)

    # -- locking ------------------------------------------------------------------------------
    def discard(self) -> None:
        """On lock: stop watching; an import under way stops after the current bundle."""
        self._discarded = True
        self.every.stop()
        self.settle.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self.progress is not None:
            self.progress.cancel_event.set()
        self.model.set_rows([])
        self.history.set_rows([])
        self.details.clear()
        self.seen = {}

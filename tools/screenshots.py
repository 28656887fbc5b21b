"""Render the main screens with realistic sample data into docs/screenshots/.

    .venv/bin/python -m tools.screenshots [--scale 2] [--only sharing,enrol] [--language cy]

Uses a throwaway data folder and the test KDF (this is a rendering script, not the app).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PASSPHRASE = "tulip kettle harbour ninety"  # noqa: S105 - sample data only

MATCHES = [
    ("M-0042", "Edith Harris", 160),
    ("M-0057", "Arthur Okafor", 95),
    ("M-0063", "Margaret Singh", 60),
    ("M-0071", "Joan Whitfield", 40),
]
NOTES = [
    "Edith showed me the tomatoes in her greenhouse; the **blight** has gone. We talked "
    "about her sister in Leeds and planned a trip to the garden centre next week.",
    "Short call: Arthur's hospital appointment moved to Thursday. He sounded brighter and "
    "asked about the men's shed at the community centre.",
    "Walked to the park with Margaret and fed the ducks. She said the new hearing aid makes "
    "the café much less tiring.",
    "Played dominoes at the library group. Joan won twice and was delighted; she chatted "
    "with two other members for the first time.",
    "Helped Edith write a birthday card for her grandson. She was tired today and worried "
    "about the heating bill, so I mentioned the energy advice line.",
    "Video call with Arthur and his daughter, who is visiting from Glasgow. Lots of "
    "laughter about old photographs.",
]


def sample(root: Path) -> None:
    from logbook.records.book import Logbook
    from logbook.records.dto import EntryInput
    from logbook.records.values import Kind, Mode
    from logbook.vault.profiles import ProfileManager

    manager = ProfileManager(root)
    manager.create("Sam", PASSPHRASE)
    manager.create("Priya", PASSPHRASE)
    with manager.unlock("Sam", PASSPHRASE) as unlocked:
        book = Logbook(unlocked.store)
        today = date.today()
        for code, name, days in MATCHES:
            book.matches.add(code, name, today - timedelta(days=days))
        # A newer match with no contact yet, to show the gentle reminder.
        book.matches.add("M-0080", "Dorothy Price", today - timedelta(days=20))
        from logbook.records.dto import ConcernInput
        from logbook.records.measures import Instrument

        for days, ucla, swemwbs in ((158, [3, 3, 2], [2, 2, 3, 2, 3, 2, 3]),
                                    (100, [2, 3, 2], [3, 3, 3, 2, 3, 3, 3]),
                                    (40, [2, 2, 2], [3, 4, 3, 3, 3, 4, 3]),
                                    (3, [2, 1, 2], [4, 4, 3, 4, 4, 4, 3])):  # fmt: skip
            when = today - timedelta(days=days)
            book.measures.add("M-0042", Instrument.UCLA3, ucla, consent=True, taken_on=when)
            book.measures.add("M-0042", Instrument.SWEMWBS, swemwbs, consent=True, taken_on=when)

        book.concerns.add(ConcernInput(
            match_code="M-0042", occurred_on=today - timedelta(days=1), occurred_time=time(11, 0),
            place="Her kitchen", seen_or_said='"Nobody has been round since the flood."',
            facts="Damp on the wall by the window; very little food in the fridge.",
            opinion="She seemed frightened of the landlord.",
            action_taken="Rang the coordinator from the car afterwards.",
        ))  # fmt: skip
        kitchen = book.concerns.list()[0].id
        book.concerns.add_note(
            kitchen,
            "Spoke to the coordinator again; she is arranging a visit from the housing officer.",
            today,
        )
        book.concerns.amend(kitchen, "facts", "Damp on the wall by the window; only milk and "
                            "bread in the fridge.", today)  # fmt: skip
        book.concerns.add(ConcernInput(
            match_code="M-0057", occurred_on=today - timedelta(days=30),
            seen_or_said="A fall at home; he had not told his daughter.",
            reported_to="Priya (safeguarding lead)", reported_on=today - timedelta(days=30),
        ))  # fmt: skip
        kinds = [
            (Kind.VISIT, Mode.IN_PERSON), (Kind.CONVERSATION, Mode.PHONE),
            (Kind.VISIT, Mode.IN_PERSON), (Kind.VISIT, Mode.GROUP),
            (Kind.VISIT, Mode.IN_PERSON), (Kind.CONVERSATION, Mode.VIDEO),
        ]  # fmt: skip
        for n in range(24):
            kind, mode = kinds[n % 6]
            code = MATCHES[n % 6 % 4][0] if n % 6 < 4 else MATCHES[[0, 1][n % 6 - 4]][0]
            if n % 7 == 6:
                book.entries.add(EntryInput(
                    kind=Kind.REFLECTION, occurred_on=today - timedelta(days=n * 2),
                    wellbeing=4, notes="Felt the visits are settling into a good rhythm.",
                ))  # fmt: skip
                continue
            book.entries.add(
                EntryInput(
                    kind=kind, occurred_on=today - timedelta(days=n * 2 + 1),
                    occurred_time=time(10 + n % 6, 30) if n % 3 else None, match_code=code,
                    minutes=[60, 20, 45, 90, 75, 30][n % 6], mode=mode,
                    place="Community centre" if mode is Mode.GROUP else None,
                    seemed=[4, 3, 5, 4, 2, 4][n % 6], notes=NOTES[n % 6],
                    activities=(["gardening", "chat", "walk", "games", "letters", "chat"][n % 6],),
                    topics=(["family", "health", "hearing", "friends", "money", "family"][n % 6],),
                    follow_up=n % 6 == 4,
                )
            )  # fmt: skip


def sample_organisation(root: Path) -> Path:
    """An organisation made in a throwaway coordinator profile; returns its enrolment file."""
    from logbook.org.organisation import OrganisationService
    from logbook.org.settings import OrgSettings
    from logbook.vault.kinds import ProfileKind
    from logbook.vault.profiles import ProfileManager

    manager = ProfileManager(root / "coordinator")
    manager.create("Coordinator", PASSPHRASE, ProfileKind.COORDINATOR)
    with manager.unlock("Coordinator", PASSPHRASE) as unlocked:
        service = OrganisationService(unlocked.store)
        service.init(OrgSettings(
            name="Hilltop Befriending", mailbox_url="https://mailbox.hilltop-befriending.org.uk",
            activities=["Walk", "Gardening", "Games", "Letters", "Chat"],
            topics=["Family", "Health", "Hearing", "Friends", "Money"],
            safeguarding_contact="Priya Shah, safeguarding lead, 01632 960 123",
        ))  # fmt: skip
        path = root / "hilltop.enrol"
        path.write_bytes(service.enrolment_file())
    return path


def sample_coordinator(root: Path) -> None:
    """About ten weeks of a small scheme, imported into the sample organisation: Sam's real
    bundles (from the USB stick) and three more laptops, one of them not yet approved."""
    import random

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from logbook.bundle.seal import seal_bundle
    from logbook.coordinator.service import Coordinator
    from logbook.records.measures import SWEMWBS_METRIC, Instrument
    from logbook.records.values import Mode
    from logbook.summary.schema import (
        ConcernCount,
        ContactCount,
        MatchWeek,
        MeasureResult,
        Summary,
        WeekSnapshot,
    )
    from logbook.vault.profiles import ProfileManager
    from logbook.weeks import iso_week

    rng = random.Random(42)  # noqa: S311 - sample data, not secrets
    today = date.today()
    manager = ProfileManager(root / "coordinator")
    with manager.unlock("Coordinator", PASSPHRASE) as unlocked, Coordinator(unlocked.store) as work:
        state = work.org.state()
        sam = work.import_files([root / "usb-stick"]).results
        sam_device = next(r.device_id for r in sam if r.device_id)
        fingerprint = next(d.fingerprint for d in work.devices.list() if d.id == sam_device)
        work.approve(sam_device, "V-03", fingerprint)
        for code, _, _ in MATCHES:
            work.devices.assign(code, "V-03")
        work.devices.assign("M-0080", "V-03")

        def match_week(code: str, weeks_ago: int, span: int, quiet: int) -> MatchWeek | None:
            """A plausible week of one match; nothing in its last `quiet` weeks."""
            if weeks_ago < quiet or rng.random() < 0.2:
                return None
            visits, calls = rng.choice([(1, 0), (1, 1), (0, 1), (2, 0), (1, 0)])
            contacts = (
                [ContactCount(kind="visit", mode=Mode.IN_PERSON, count=visits)] if visits else []
            )
            if calls:
                contacts.append(ContactCount(kind="conversation", mode=Mode.PHONE, count=calls))
            measures = None
            if weeks_ago in (span, quiet + 1):
                first = weeks_ago == span
                ucla = rng.randint(7, 9) if first else rng.randint(4, 7)
                raw = rng.randint(14, 19) if first else rng.randint(18, 25)
                metric = SWEMWBS_METRIC[raw]
                measures = [
                    MeasureResult(instrument=Instrument.UCLA3, total=ucla),
                    MeasureResult(instrument=Instrument.SWEMWBS, metric=metric),
                ]
            return MatchWeek(
                match_code=code, contacts=contacts, minutes=15 * rng.randint(2, 8),
                measures=measures, seemed=None,
                follow_ups=1 if rng.random() < 0.06 else None,
            )  # fmt: skip

        laptops = [
            # volunteer, match codes (code, weeks of history, weeks quiet), bundles lost
            ("V-07", [("M-0011", 11, 0), ("M-0014", 10, 0), ("M-0019", 9, 4)], set()),
            ("V-12", [("M-0023", 10, 0), ("M-0026", 8, 0), ("M-0031", 3, 0)], {2}),
            (None, [("M-0035", 2, 0)], set()),  # a new laptop, not approved yet
        ]
        for volunteer, codes, lost in laptops:
            key = Ed25519PrivateKey.generate()
            longest = max(span for _, span, _ in codes)
            weeks = []
            for ago in range(longest, -1, -1):
                found = [m for code, span, quiet in codes if ago <= span
                         if (m := match_week(code, ago, span, quiet)) is not None]  # fmt: skip
                if code_concern := (volunteer == "V-12" and ago == 1):
                    found = [m.model_copy(update={"concerns": ConcernCount(raised=1, reported=1)})
                             if m.match_code == "M-0023" else m for m in found]  # fmt: skip
                if found or code_concern:
                    weeks.append(WeekSnapshot(week=iso_week(today - timedelta(weeks=ago)),
                                              matches=found))  # fmt: skip
            device = None
            for sequence, start in enumerate(range(0, len(weeks), 3), start=1):
                summary = Summary(categories=[], weeks=weeks[start : start + 3])
                sealed = seal_bundle(summary, key, org_id=state.org_id, recipient=state.recipient,
                                     epoch=1, sequence=sequence)  # fmt: skip
                if sequence not in lost:
                    device = work.importer.import_bytes(sealed.data, "file").device_id
            if volunteer is None or device is None:
                continue
            info = next(d for d in work.devices.list() if d.id == device)
            work.approve(device, volunteer, info.fingerprint)
            for code, _, _ in codes:
                if code != "M-0031":  # sent, but never assigned: flagged
                    work.devices.assign(code, volunteer)


LAPTOP = (1366, 768)  # a common small laptop screen


def small_laptop_screen(folder: Path) -> str:
    """The offscreen platform with one 1366×768 screen (its default is 800×800)."""
    path = folder / "screen.json"
    width, height = LAPTOP
    path.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))  # fmt: skip
    return f"offscreen:configfile={path}"


def main() -> int:
    """Pass --scale 2 to render at 200 % text (QT_FONT_DPI=192, as a person sets it) on a
    1366×768 laptop, each window as large as that screen allows (the pictures get a -200pct
    suffix), --only NAME,NAME to write only those pictures, and --language cy to draw them in
    that language (a -cy suffix; by default, the system's language)."""
    scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
    only = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
    suffix = "" if scale == 1.0 else f"-{int(scale * 100)}pct"
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    suffix += f"-{language}" if language else ""
    if scale != 1.0:
        # Before Qt starts: the same scaling a real desktop applies at this setting.
        os.environ["QT_FONT_DPI"] = str(round(96 * scale))
        os.environ["QT_QPA_PLATFORM"] = small_laptop_screen(Path(tempfile.mkdtemp()))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LOGBOOK_TEST_KDF"] = "1"
    from PySide6.QtWidgets import QApplication, QWidget

    from logbook.vault.profiles import ProfileManager
    from ui.app import identify
    from ui.main_window import MainWindow
    from ui.screens.workarea import WorkArea

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    identify(app, language)
    OUT.mkdir(parents=True, exist_ok=True)

    def size(window: QWidget, width: int, height: int) -> None:
        """The usual size at 100 %; at 200 % the whole laptop screen, less a panel."""
        if scale == 1.0:
            window.resize(width, height)
        else:
            room = window.screen().availableGeometry()
            window.setGeometry(0, 0, room.width(), room.height() - 16)

    def settle(window: MainWindow) -> None:
        for _ in range(200):
            app.processEvents()
            if not window.ops.busy:
                app.processEvents()
                if not window.ops.busy:
                    return
            window.ops.wait(50)

    def shoot(widget: QWidget, name: str) -> None:
        if only is not None and name not in only:
            return
        app.processEvents()
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))
        print(f"wrote docs/screenshots/{name}{suffix}.png")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sample(root)
        window = MainWindow(ProfileManager(root))
        size(window, 1100, 700)
        window.show()
        window.unlock_screen.profile.setCurrentText("Sam")
        shoot(window, "unlock")

        window.show_create()
        window.create_screen.name.setText("Alex")
        window.create_screen.passphrase.first.setText("tulip kettle harbour")
        window.create_screen.passphrase.second.setText("tulip kettle harbour")
        shoot(window, "create-profile")
        window.create_screen.key_page.show_key(
            "MFRG-GZDF-MZTW-Q2LK-NNWW-S3TP-OBYX-E4DT-OV3H-O6DZ-PJQW-2YLE-OQZA", "Alex"
        )
        window.create_screen.pages.setCurrentIndex(1)
        shoot(window, "recovery-key")

        window.show_unlock()
        window.unlock_screen.profile.setCurrentText("Sam")
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        settle(window)
        work = window.work
        assert isinstance(work, WorkArea)
        settle(window)
        work.timeline.view.selectRow(0)  # the reading pane shows the newest entry
        shoot(window, "timeline")
        work.timeline.search.setText("garden")
        work.timeline.reload()
        settle(window)
        shoot(window, "search")
        work.timeline.search.clear()
        work.timeline.reload()
        settle(window)
        editor = work.edit_entry(work.timeline.model.entry(0))
        settle(window)
        shoot(editor, "entry-editor")
        editor.done(0)
        work.tabs.setCurrentWidget(work.matches)
        settle(window)
        shoot(window, "matches")
        match = next(
            work.matches.model.match_at(r)
            for r in range(work.matches.model.rowCount())
            if work.matches.model.match_at(r).code == "M-0042"
        )
        measures = work.matches.measures_dialog(match)
        settle(window)
        measures.chart_choice.setCurrentIndex(1)
        measures.chart_choice.setCurrentIndex(0)
        measures.chart_choice.setCurrentIndex(measures.chart_choice.findData("swemwbs"))
        measures.show()
        shoot(measures, "measures")
        measures.view.selectRow(0)
        withdraw = measures.withdraw(whole_match=False)
        assert withdraw is not None
        shoot(withdraw, "withdraw-consent")
        withdraw.done(0)
        correcting = measures.correct()
        assert correcting is not None
        shoot(correcting, "measure-correction")
        correcting.done(0)
        form = measures.form()
        for combo, value in zip(form.items, (2, 1, 2), strict=False):
            combo.setCurrentIndex(combo.findData(value))
        form.show()
        shoot(form, "measure-form")
        form.done(0)  # close without the "discard changes?" question
        measures.close()
        work.tabs.setCurrentWidget(work.concerns)
        settle(window)
        work.concerns.view.selectRow(0)  # read in full, with its note and correction
        shoot(window, "safeguarding")
        work.concerns.saved_notice.setText(
            "Saved to /home/sam/Documents/safeguarding-concern-1.pdf. This PDF is not "
            "encrypted: anyone who can open the file can read it. Give it only to your "
            "safeguarding lead, then delete it."
        )
        work.concerns.saved_notice.show()
        shoot(window, "concern-pdf-saved")
        work.concerns.saved_notice.hide()
        note = work.concerns.add_to(amend=True)
        assert note is not None
        shoot(note, "concern-correction")
        note.done(0)
        work.tabs.setCurrentWidget(work.settings)
        settle(window)
        shoot(window, "settings")
        dialog = work.concerns.dialog()
        dialog.show()
        shoot(dialog, "concern-form")
        dialog.done(0)
        from ui.concern_pdf import write_concern_pdf

        concern = work.concerns.model.concern(0)
        if only is None:
            write_concern_pdf(concern, OUT / "concern.pdf", "Edith Harris")

        # Joining an organisation, then what will be sent to it.
        sharing = work.sharing
        work.tabs.setCurrentWidget(sharing)
        enrolment_path = sample_organisation(root)
        sharing.join_from(enrolment_path)
        settle(window)
        assert sharing.enrol_dialog is not None
        from logbook.org.enrolment import read_enrolment

        heard = read_enrolment(enrolment_path.read_bytes()).fingerprint
        sharing.enrol_dialog.typed.setText(heard[:17].lower())  # partway through the read-out
        shoot(sharing.enrol_dialog, "enrol")
        sharing.enrol_dialog.typed.setText(heard)
        sharing.enrol_dialog.confirm_button.click()
        settle(window)
        sharing.save_to(root / "usb-stick")  # an earlier delivery, so the status has one
        settle(window)
        sharing.message.hide()
        sharing.all_weeks.setChecked(True)
        settle(window)
        shoot(window, "sharing")
        window.close()

        # A new volunteer's first sight of the logbook: what to do first, with its button.
        first = MainWindow(ProfileManager(root))
        size(first, 1100, 700)
        first.show()
        first.unlock_screen.profile.setCurrentText("Priya")
        first.unlock_screen.passphrase.setText(PASSPHRASE)
        first.unlock_screen.try_unlock()
        settle(first)
        settle(first)
        shoot(first, "empty-logbook")
        first.close()

        # The organisation's side: the coordinator's dashboard and devices.
        sample_coordinator(root)
        manager = ProfileManager(root / "coordinator")
        office = MainWindow(manager)
        size(office, 1100, 760)
        office.show()
        office.open_profile(manager.unlock("Coordinator", PASSPHRASE))
        settle(office)
        settle(office)
        area = office.work
        from ui.screens.coordinator import CoordinatorArea

        assert isinstance(area, CoordinatorArea) and area.devices is not None
        shoot(office, "coordinator-dashboard")
        area.tabs.setCurrentWidget(area.devices)
        pending = next(d for d in area.devices.model.rows() if d.status == "pending")
        area.devices.select_device(pending.id)
        settle(office)
        shoot(office, "coordinator-devices")
        # Approving: the coordinator types what the volunteer reads out (never shown here).
        approve = area.devices.ask_approve()
        assert approve is not None
        approve.typed.setText("kq3zc-7m2pa-xh4")
        approve.volunteer.setText("V-04")
        settle(office)
        shoot(approve, "coordinator-approve")
        approve.done(0)
        # Ending a match from the coordinator's side.
        devices = area.devices
        if devices.assignments.rows():
            devices.select_code(devices.assignments.rows()[0].match_code)
            end = devices.ask_end()
            if end is not None:
                settle(office)
                shoot(end, "coordinator-end-match")
                end.done(0)
        # Acknowledging an alert, then the acknowledged ones.
        board = area.dashboard
        assert board is not None
        area.tabs.setCurrentWidget(board)
        if board.alerts.rows():
            board.alerts_view.selectRow(0)
            acknowledge = area.ask_acknowledge(board.alerts.row(0))
            assert acknowledge is not None
            acknowledge.note.setPlainText("Rang Sam on Tuesday; next visit booked.")
            settle(office)
            shoot(acknowledge, "coordinator-acknowledge")
            acknowledge.done(0)
        # The import history, with a file that is not a summary and its details.
        importing = area.importing
        assert importing is not None
        area.tabs.setCurrentWidget(importing)
        stray = root / "downloads" / "minutes.age"
        stray.parent.mkdir(parents=True, exist_ok=True)
        stray.write_text("Minutes of the trustees' meeting")
        importing.import_paths([stray])
        settle(office)
        importing.view.selectRow(0)
        importing.details_button.setChecked(True)
        settle(office)
        shoot(office, "coordinator-import")
        # A report previewed before saving: this month so far, provisional.
        reports = area.reports
        assert reports is not None
        area.tabs.setCurrentWidget(reports)
        reports.period.setCurrentIndex(reports.period.count() - 1)
        reports.show_preview()
        settle(office)
        shoot(office, "coordinator-report-preview")
        office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

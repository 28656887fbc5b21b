"""The coordinator's tables: alerts, matches, volunteers, devices, assignments, import results.

Each model is handed plain values from the core (`logbook.coordinator.dashboard`, devices,
the importer) and never reads the database; the words are chosen here, once per reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette

from logbook.coordinator.alert_acks import Acknowledged
from logbook.coordinator.dashboard import Alert, AlertKind, MatchContact, VolunteerActivity
from logbook.coordinator.devices import AssignmentInfo, DeviceInfo
from logbook.coordinator.import_log import ImportLogItem, plain_reason
from logbook.coordinator.importer import ImportResult
from logbook.statuses import DeviceStatus, ImportStatus
from ui.weeks import week_start, week_text  # noqa: F401 - one place for weeks; used below

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Row = TypeVar("Row")


def utc_text(moment: datetime | None, with_time: bool = True) -> str:
    """A naive UTC time from the core, in the coordinator's zone and language."""
    if moment is None:
        return ""
    local = QDateTime(moment.replace(tzinfo=UTC).astimezone())
    return QLocale().toString(local, "d MMM yyyy HH:mm" if with_time else "d MMM yyyy")


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def attention() -> QBrush:
    return QBrush(QPalette().color(QPalette.ColorRole.Link))


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows handed in and worded once; subclasses name the columns and the words."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._cells: list[list[str]] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    tooltip_columns: tuple[int, ...] = ()  # long text: the whole of it on hover

    def sort_key(self, row: Row, column: int, cell: str) -> Any:
        return cell.casefold()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [[self.text(r, c) for c in range(len(self.headers()))] for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def cell(self, number: int, column: int) -> str:
        return self._cells[number][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def header_tips(self) -> dict[int, str]:
        return {}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, column = self._rows[index.row()], index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.row()][column]
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return self.sort_key(r, column, self._cells[index.row()][column])
        if role == Qt.ItemDataRole.ToolTipRole and column in self.tooltip_columns:
            return self._cells[index.row()][column]
        return self.styled(r, column, role)

    def styled(self, row: Row, column: int, role: int) -> Any:
        return None


# -- alerts -----------------------------------------------------------------------------
COL_ALERT_KIND, COL_ALERT_SUBJECT, COL_ALERT_VOLUNTEER, COL_ALERT_DETAIL = range(4)


class AlertsModel(RowsModel[Alert]):
    """What needs looking at, most urgent first (the core's order is kept)."""

    def headers(self) -> list[str]:
        return [self.tr("Alert"), self.tr("Match or device"), self.tr("Volunteer"),
                self.tr("Details")]  # fmt: skip

    def kind_text(self, kind: AlertKind) -> str:
        return {
            AlertKind.CONCERN_UNREPORTED: self.tr("Safeguarding: NOT REPORTED"),
            AlertKind.NO_CONTACT: self.tr("No contact"),
            AlertKind.FLAGGED: self.tr("Not their match"),
            AlertKind.GAP: self.tr("Missing bundles"),
            AlertKind.PENDING_DEVICE: self.tr("Device to approve"),
            AlertKind.HELD: self.tr("Bundles held"),
            AlertKind.FOLLOW_UP: self.tr("Follow-up wanted"),
        }[kind]

    def text(self, a: Alert, column: int) -> str:
        if column == COL_ALERT_KIND:
            return self.kind_text(a.kind)
        if column == COL_ALERT_SUBJECT:
            return a.subject
        if column == COL_ALERT_VOLUNTEER:
            return a.volunteer or ""
        return self.detail(a)

    def detail(self, a: Alert) -> str:
        when = week_text(a.week)
        if a.kind is AlertKind.CONCERN_UNREPORTED:
            if a.reported == 0:
                return self.tr(
                    "%n concern(s) raised in the {0}, not reported yet: ask the volunteer now",
                    "",
                    a.count,
                ).format(when)
            return self.tr(
                "%n concern(s) raised in the {0}, only {1} reported: ask the volunteer now",
                "",
                a.count,
            ).format(when, a.reported)
        if a.kind is AlertKind.NO_CONTACT:
            if a.week is None:
                return self.tr("No contact recorded since the code was assigned")
            return self.tr("No contact for %n week(s); the last was in the {0}", "",
                           a.count).format(when)  # fmt: skip
        if a.kind is AlertKind.FLAGGED:
            return self.tr(
                "Sent by device {0} in %n week(s), latest the {1}, but not assigned to this "
                "volunteer",
                "",
                a.count,
            ).format(a.device, when)
        if a.kind is AlertKind.GAP:
            return self.tr("Bundles never received: {0}").format("; ".join(a.detail))
        if a.kind is AlertKind.PENDING_DEVICE:
            if a.count:
                return self.tr("Waiting for approval; %n bundle(s) held until then", "", a.count)
            return self.tr("Waiting for approval")
        if a.kind is AlertKind.HELD:
            return self.tr("%n bundle(s) held", "", a.count)
        return self.tr("%n follow-up(s) wanted in the {0}", "", a.count).format(when)

    tooltip_columns = (COL_ALERT_DETAIL,)

    def sort_key(self, a: Alert, column: int, cell: str) -> Any:
        return (list(AlertKind).index(a.kind), a.subject) if column == COL_ALERT_KIND else cell

    def styled(self, a: Alert, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and a.kind is AlertKind.CONCERN_UNREPORTED:
            return bold()
        return None


COL_ACK_KIND, COL_ACK_SUBJECT, COL_ACK_BY, COL_ACK_AT, COL_ACK_NOTE = range(5)


class AcknowledgedModel(RowsModel[Acknowledged]):
    """Alerts kept out of the list by an acknowledgement, until they are newly true."""

    def __init__(self) -> None:
        super().__init__()
        self._alerts = AlertsModel()  # for the alerts' names, worded in one place

    def headers(self) -> list[str]:
        return [self.tr("Alert"), self.tr("Match or device"), self.tr("Acknowledged by"),
                self.tr("When"), self.tr("Note")]  # fmt: skip

    def text(self, k: Acknowledged, column: int) -> str:
        if column == COL_ACK_KIND:
            return self._alerts.kind_text(k.alert.kind)
        if column == COL_ACK_SUBJECT:
            return k.alert.subject
        if column == COL_ACK_BY:
            return k.by
        if column == COL_ACK_AT:
            return utc_text(k.at)
        return " ".join((k.note or "").split())  # one line; the whole note on hover

    tooltip_columns = (COL_ACK_NOTE,)

    def sort_key(self, k: Acknowledged, column: int, cell: str) -> Any:
        return k.at.isoformat() if column == COL_ACK_AT else cell.casefold()


# -- matches ----------------------------------------------------------------------------
COL_MATCH, COL_MATCH_VOLUNTEER, COL_LAST, COL_WEEKS, COL_RECENT, COL_MATCH_NOTE = range(6)


class CoordinatorMatchesModel(RowsModel[MatchContact]):
    def __init__(self) -> None:
        super().__init__()
        self.no_contact_weeks = 3

    def headers(self) -> list[str]:
        return [self.tr("Match"), self.tr("Volunteer"), self.tr("Last contact"),
                self.tr("Weeks"), self.tr("Contacts"), self.tr("Notes")]  # fmt: skip

    def header_tips(self) -> dict[int, str]:
        return {
            COL_WEEKS: self.tr("Whole weeks since the last contact"),
            COL_RECENT: self.tr("Visits and conversations in the last 4 weeks"),
        }

    def overdue(self, m: MatchContact) -> bool:
        return m.weeks_since is None or m.weeks_since >= self.no_contact_weeks

    def text(self, m: MatchContact, column: int) -> str:
        if column == COL_MATCH:
            return m.code
        if column == COL_MATCH_VOLUNTEER:
            return m.volunteer or self.tr("unassigned")
        if column == COL_LAST:
            return week_text(m.last_contact, short=True) or self.tr("none yet")
        if column == COL_WEEKS:
            return "—" if m.weeks_since is None else str(m.weeks_since)
        if column == COL_RECENT:
            return str(m.contacts_recent)
        notes = []
        if m.unreported_concerns:
            notes.append(self.tr("%n concern(s) not reported", "", m.unreported_concerns))
        if m.flagged:
            notes.append(self.tr("sent by another volunteer's device"))
        if not m.assigned:
            notes.append(self.tr("code not assigned"))
        return "; ".join(notes)

    tooltip_columns = (COL_MATCH_NOTE,)

    def sort_key(self, m: MatchContact, column: int, cell: str) -> Any:
        if column == COL_WEEKS:
            return 10**6 if m.weeks_since is None else m.weeks_since
        if column == COL_RECENT:
            return m.contacts_recent
        if column == COL_LAST:
            return m.last_contact or ""
        return cell.casefold()

    def styled(self, m: MatchContact, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_WEEKS, COL_RECENT):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WEEKS and self.overdue(m):
            return attention()
        if role == Qt.ItemDataRole.FontRole and m.unreported_concerns:
            return bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LAST and m.last_contact:
            return m.last_contact
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RECENT:
            return (
                self.tr("%n in the last 4 weeks", "", m.contacts_recent)
                + "; "
                + self.tr("%n in all", "", m.contacts)
            )
        return None


# -- volunteers -------------------------------------------------------------------------
COL_VOLUNTEER, COL_V_CONTACTS, COL_V_HOURS, COL_V_MATCHES, COL_V_LAST = range(5)


class VolunteersModel(RowsModel[VolunteerActivity]):
    def headers(self) -> list[str]:
        return [self.tr("Volunteer"), self.tr("Contacts"), self.tr("Hours"),
                self.tr("Matches"), self.tr("Last bundle")]  # fmt: skip

    def header_tips(self) -> dict[int, str]:
        return {
            COL_V_CONTACTS: self.tr("Visits and conversations in the last 4 weeks"),
            COL_V_HOURS: self.tr("Hours of contact in the last 4 weeks"),
            COL_V_MATCHES: self.tr("Match codes assigned to the volunteer"),
            COL_V_LAST: self.tr("When the latest bundle from their laptops was imported"),
        }

    def text(self, v: VolunteerActivity, column: int) -> str:
        if column == COL_VOLUNTEER:
            return v.volunteer
        if column == COL_V_CONTACTS:
            return str(v.contacts)
        if column == COL_V_HOURS:
            return "—" if v.hours is None else QLocale().toString(v.hours, "f", 1)
        if column == COL_V_MATCHES:
            return str(v.matches)
        return utc_text(v.last_bundle, with_time=False) or self.tr("none yet")

    def sort_key(self, v: VolunteerActivity, column: int, cell: str) -> Any:
        return [v.volunteer, v.contacts, v.minutes or 0, v.matches,
                (v.last_bundle or datetime.min).isoformat()][column]  # fmt: skip

    def styled(self, v: VolunteerActivity, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and COL_V_CONTACTS <= column <= COL_V_MATCHES:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_VOLUNTEER:
            return self.tr("%n approved laptop(s)", "", v.devices)
        return None


# -- devices ----------------------------------------------------------------------------
(COL_DEVICE, COL_STATUS, COL_D_VOLUNTEER, COL_CONFIRMED, COL_HELD, COL_MISSING,
 COL_LAST_SEEN) = range(7)  # fmt: skip


class DevicesModel(RowsModel[DeviceInfo]):
    def headers(self) -> list[str]:
        return [self.tr("Device"), self.tr("Status"), self.tr("Volunteer"),
                self.tr("Fingerprint"), self.tr("Held"), self.tr("Missing"),
                self.tr("Last seen")]  # fmt: skip

    def header_tips(self) -> dict[int, str]:
        return {
            COL_CONFIRMED: self.tr(
                "Whether you typed the fingerprint the volunteer read out, and it matched"
            ),
            COL_HELD: self.tr("Bundles kept until the device is approved"),
            COL_MISSING: self.tr("Bundle numbers never received (lost, or still on the way)"),
            COL_LAST_SEEN: self.tr("When its latest bundle arrived"),
        }

    def status_text(self, status: str) -> str:
        texts: dict[str, str] = {
            DeviceStatus.PENDING: self.tr("Waiting for approval"),
            DeviceStatus.APPROVED: self.tr("Approved"),
            DeviceStatus.REVOKED: self.tr("Revoked"),
        }
        return texts.get(status, status)

    def text(self, d: DeviceInfo, column: int) -> str:
        if column == COL_DEVICE:
            return d.id
        if column == COL_STATUS:
            return self.status_text(d.status)
        if column == COL_D_VOLUNTEER:
            return d.volunteer or ""
        if column == COL_CONFIRMED:
            # Never the fingerprint itself: it is to be heard from the volunteer, not read here.
            return self.tr("Confirmed") if d.confirmed else self.tr("Not yet")
        if column == COL_HELD:
            return str(d.held) if d.held else ""
        if column == COL_MISSING:
            return "; ".join(d.gaps)
        return utc_text(d.last_seen, with_time=False)

    tooltip_columns = (COL_MISSING,)

    def sort_key(self, d: DeviceInfo, column: int, cell: str) -> Any:
        if column == COL_HELD:
            return d.held
        if column == COL_LAST_SEEN:
            return d.last_seen.isoformat()
        return cell.casefold()

    def styled(self, d: DeviceInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and d.status == DeviceStatus.PENDING:
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_MISSING and d.gaps:
            return attention()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_HELD:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LAST_SEEN:
            return utc_text(d.last_seen)
        return None


# -- assignments ------------------------------------------------------------------------
COL_A_MATCH, COL_A_VOLUNTEER = range(2)


COL_A_ENDED = 2


class AssignmentsModel(RowsModel[AssignmentInfo]):
    """Match code → volunteer code, as the coordinator assigned them, and when one ended."""

    def headers(self) -> list[str]:
        return [self.tr("Match"), self.tr("Volunteer"), self.tr("Ended")]

    def text(self, row: AssignmentInfo, column: int) -> str:
        if column == COL_A_MATCH:
            return row.match_code
        if column == COL_A_VOLUNTEER:
            return row.volunteer
        if row.ended_on is None:
            return ""
        return QLocale().toString(QDate(row.ended_on), "d MMM yyyy")

    def sort_key(self, row: AssignmentInfo, column: int, cell: str) -> Any:
        if column == COL_A_ENDED:
            return row.ended_on.isoformat() if row.ended_on else ""
        return cell.casefold()


# -- import results ---------------------------------------------------------------------
COL_SOURCE, COL_RESULT, COL_R_DEVICE, COL_WEEKS_IN, COL_REASON = range(5)


class ImportResultsModel(RowsModel[ImportResult]):
    """Each bundle tried, newest run first, with what became of it in plain words."""

    def headers(self) -> list[str]:
        return [self.tr("Bundle"), self.tr("Result"), self.tr("Device"), self.tr("Weeks"),
                self.tr("Why")]  # fmt: skip

    tooltip_columns = (COL_REASON,)

    def add(self, results: Sequence[ImportResult]) -> None:
        self.set_rows([*results, *self._rows])

    def status_text(self, status: str) -> str:
        texts: dict[str, str] = {
            ImportStatus.IMPORTED: self.tr("Imported"),
            ImportStatus.ALREADY: self.tr("Already imported"),
            ImportStatus.HELD: self.tr("Held"),
            ImportStatus.CONFLICT: self.tr("Conflict"),
            ImportStatus.REJECTED: self.tr("Rejected"),
        }
        return texts.get(status, status)

    def text(self, r: ImportResult, column: int) -> str:
        if column == COL_SOURCE:
            if r.source in ("mailbox", "held"):
                where = {"mailbox": self.tr("mailbox"), "held": self.tr("held")}[r.source]
                return f"{where}: {r.sha256[:12]}"
            return Path(r.source).name if r.source else r.sha256[:12]
        if column == COL_RESULT:
            return self.status_text(r.status)
        if column == COL_R_DEVICE:
            return r.device_id or ""
        if column == COL_WEEKS_IN:
            return str(r.weeks) if r.status == ImportStatus.IMPORTED else ""
        if r.status == ImportStatus.IMPORTED:
            if r.flagged:
                return self.tr("Imported; not assigned to this device's volunteer: {0}").format(
                    ", ".join(r.flagged)
                )
            return self.tr("Imported %n week(s)", "", r.weeks)
        if r.status == ImportStatus.HELD:
            return self.tr("The device is not approved yet: approve it on the Devices tab and "
                           "its bundles are imported then.")  # fmt: skip
        # The plain reason; the checks' technical one is under "Technical details".
        return plain_reason(r.status, r.reason)

    def styled(self, r: ImportResult, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SOURCE:
            return r.source or r.sha256
        if role == Qt.ItemDataRole.FontRole and not r.ok:
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RESULT and not r.ok:
            return attention()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_WEEKS_IN:
            return RIGHT
        return None


# -- import history ----------------------------------------------------------------------
COL_H_AT, COL_H_FILE, COL_H_RESULT, COL_H_DEVICE, COL_H_WHY = range(5)


class ImportHistoryModel(RowsModel[ImportLogItem]):
    """Every bundle ever tried, newest first, as the coordinator database keeps them."""

    def __init__(self) -> None:
        super().__init__()
        self._results = ImportResultsModel()  # the results' names, worded in one place

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("File"), self.tr("Result"), self.tr("Device"),
                self.tr("Why")]  # fmt: skip

    tooltip_columns = (COL_H_FILE, COL_H_WHY)

    def text(self, h: ImportLogItem, column: int) -> str:
        if column == COL_H_AT:
            return utc_text(h.at)
        if column == COL_H_FILE:
            return {"mailbox": self.tr("(from the mailbox)"),
                    "held": self.tr("(held until approval)")}.get(h.name, h.name)  # fmt: skip
        if column == COL_H_RESULT:
            return self._results.status_text(h.status)
        if column == COL_H_DEVICE:
            return h.device_id or ""
        if h.status == "imported":
            return self.tr("Imported %n week(s)", "", h.weeks)
        return h.plain

    def sort_key(self, h: ImportLogItem, column: int, cell: str) -> Any:
        return h.id if column == COL_H_AT else cell.casefold()

    def styled(self, h: ImportLogItem, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COL_H_RESULT
            and h.status in ("rejected", "conflict")
        ):
            return attention()
        return None

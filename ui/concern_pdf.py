"""One safeguarding concern, in full with every addition, as HTML for the app and as a PDF
for the safeguarding lead (an explicit, decrypted copy)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QTime,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from logbook.atomicfile import write_for_user
from logbook.records.dto import ConcernInfo


def confidential_notice() -> str:
    return QCoreApplication.translate(
        "ConcernPdf",
        "Confidential. Recorded by the volunteer; handle under your safeguarding policy.",
    )


def field_label(field: str) -> str:
    """How a concern's field is named wherever a person reads it (form, view, PDF)."""
    labels = {
        "place": QCoreApplication.translate("ConcernPdf", "Where"),
        "seen_or_said": QCoreApplication.translate(
            "ConcernPdf", "What was seen or said (their own words)"
        ),
        "facts": QCoreApplication.translate("ConcernPdf", "Facts"),
        "opinion": QCoreApplication.translate("ConcernPdf", "Opinion (kept apart from facts)"),
        "action_taken": QCoreApplication.translate("ConcernPdf", "Action taken"),
    }
    return labels[field]


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _para(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def concern_html(c: ConcernInfo, match_name: str | None = None) -> str:
    """The concern as it reads now; each corrected field also shows what was first written,
    and every follow-up note and correction is listed with its date, oldest first."""

    def row(label: str, value: str | None, original: str | None = None) -> str:
        shown = _para(value) if value else "<i>—</i>"
        if original is not None:
            first = _para(original) if original else "—"
            said = html.escape(
                QCoreApplication.translate("ConcernPdf", "Corrected. As first written:")
            )
            shown += f"<br><small><i>{said}</i> {first}</small>"
        head = f"<th align=left valign=top width=28%>{html.escape(label)}</th>"
        return f"<tr>{head}<td>{shown}</td></tr>"

    when = day_text(c.occurred_on) + (
        f", {QLocale().toString(QTime(c.occurred_time.hour, c.occurred_time.minute), 'HH:mm')}"
        if c.occurred_time
        else ""
    )
    reported = (
        QCoreApplication.translate("ConcernPdf", "{0}, on {1}").format(
            c.reported_to, day_text(c.reported_on)
        )
        if c.reported_on
        else QCoreApplication.translate("ConcernPdf", "Not yet reported")
    )
    person = f"{match_name} ({c.match_code})" if match_name else c.match_code
    rows = [
        row(QCoreApplication.translate("ConcernPdf", "Person (match)"), person),
        row(QCoreApplication.translate("ConcernPdf", "When"), when),
    ]
    for field in ("place", "seen_or_said", "facts", "opinion", "action_taken"):
        original = (getattr(c, field) or "") if c.amended(field) else None
        rows.append(row(field_label(field), c.current(field), original))
    rows.append(row(QCoreApplication.translate("ConcernPdf", "Reported to, and when"), reported))
    additions = ""
    if c.additions:
        items = []
        for a in c.additions:
            if a.field is None:
                head = QCoreApplication.translate("ConcernPdf", "{0}: follow-up note").format(
                    day_text(a.written_on)
                )
            else:
                head = QCoreApplication.translate("ConcernPdf", "{0}: correction of “{1}”").format(
                    day_text(a.written_on), field_label(a.field)
                )
            emptied = QCoreApplication.translate("ConcernPdf", "(emptied)")
            body = _para(a.text) if a.text else f"<i>{html.escape(emptied)}</i>"
            items.append(f"<p><b>{html.escape(head)}</b><br>{body}</p>")
        title = QCoreApplication.translate("ConcernPdf", "Follow-up notes and corrections")
        additions = f"<h3>{html.escape(title)}</h3>" + "".join(items)
    heading = QCoreApplication.translate("ConcernPdf", "Safeguarding concern")
    return (
        f"<h2>{html.escape(heading)}</h2>"
        f"<p><i>{html.escape(confidential_notice())}</i></p>"
        f"<table cellspacing=0 cellpadding=6 border=1 width=100%>{''.join(rows)}</table>"
        f"{additions}"
    )


def render_concern_pdf(c: ConcernInfo, match_name: str | None = None) -> bytes:
    """The PDF's bytes (needs a QGuiApplication); writing them is the caller's, off the UI
    thread."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("ConcernPdf", "Safeguarding concern"))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(concern_html(c, match_name))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_concern_pdf(c: ConcernInfo, path: Path, match_name: str | None = None) -> None:
    write_for_user(
        QCoreApplication.translate("ConcernPdf", "PDF"), path, render_concern_pdf(c, match_name)
    )

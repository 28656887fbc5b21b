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
)
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from logbook.atomicfile import write_for_user
from logbook.records.dto import ConcernInfo


def _t(text: str) -> str:
    return QCoreApplication.translate("ConcernPdf", text)


def confidential_notice() -> str:
    return _t("Confidential. Recorded by the volunteer; handle under your safeguarding policy.")


def field_label(field: str) -> str:
    """How a concern's field is named wherever a person reads it (form, view, PDF)."""
    labels = {
        "place": _t("Where"),
        "seen_or_said": _t("What was seen or said (their own words)"),
        "facts": _t("Facts"),
        "opinion": _t("Opinion (kept apart from facts)"),
        "action_taken": _t("Action taken"),
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
            said = html.escape(_t("Corrected. As first written:"))
            shown += f"<br><small><i>{said}</i> {first}</small>"
        head = f"<th align=left valign=top width=28%>{html.escape(label)}</th>"
        return f"<tr>{head}<td>{shown}</td></tr>"

    when = day_text(c.occurred_on) + (
        f", {c.occurred_time.strftime('%H:%M')}" if c.occurred_time else ""
    )
    reported = (
        _t("{0}, on {1}").format(c.reported_to, day_text(c.reported_on))
        if c.reported_on
        else _t("Not yet reported")
    )
    person = f"{match_name} ({c.match_code})" if match_name else c.match_code
    rows = [row(_t("Person (match)"), person), row(_t("When"), when)]
    for field in ("place", "seen_or_said", "facts", "opinion", "action_taken"):
        original = (getattr(c, field) or "") if c.amended(field) else None
        rows.append(row(field_label(field), c.current(field), original))
    rows.append(row(_t("Reported to, and when"), reported))
    additions = ""
    if c.additions:
        items = []
        for a in c.additions:
            if a.field is None:
                head = _t("{0}: follow-up note").format(day_text(a.written_on))
            else:
                head = _t("{0}: correction of “{1}”").format(
                    day_text(a.written_on), field_label(a.field)
                )
            body = _para(a.text) if a.text else f"<i>{html.escape(_t('(emptied)'))}</i>"
            items.append(f"<p><b>{html.escape(head)}</b><br>{body}</p>")
        additions = f"<h3>{html.escape(_t('Follow-up notes and corrections'))}</h3>" + "".join(
            items
        )
    return (
        f"<h2>{html.escape(_t('Safeguarding concern'))}</h2>"
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
    writer.setTitle(_t("Safeguarding concern"))
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
    write_for_user(_t("PDF"), path, render_concern_pdf(c, match_name))

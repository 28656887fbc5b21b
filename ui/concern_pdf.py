"""One safeguarding concern as a PDF for the safeguarding lead (an explicit, decrypted copy)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QTime
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from logbook.records.dto import ConcernInfo


def confidential_notice() -> str:
    return QCoreApplication.translate(
        "ConcernPdf",
        "Confidential. Recorded by the volunteer; handle under your safeguarding policy.",
    )


def concern_html(c: ConcernInfo, match_name: str | None = None) -> str:
    def row(label: str, value: str | None) -> str:
        shown = html.escape(value).replace("\n", "<br>") if value else "<i>—</i>"
        head = f"<th align=left valign=top width=28%>{html.escape(label)}</th>"
        return f"<tr>{head}<td>{shown}</td></tr>"

    # QLocale, not strftime: month names in the app's language.
    locale = QLocale()
    when = locale.toString(QDate(c.occurred_on), "d MMMM yyyy") + (
        f", {locale.toString(QTime(c.occurred_time.hour, c.occurred_time.minute), 'HH:mm')}"
        if c.occurred_time
        else ""
    )
    reported = (
        f"{c.reported_to}, {locale.toString(QDate(c.reported_on), 'd MMMM yyyy')}"
        if c.reported_on
        else QCoreApplication.translate("ConcernPdf", "Not yet reported")
    )
    person = f"{match_name} ({c.match_code})" if match_name else c.match_code
    rows = [
        row(QCoreApplication.translate("ConcernPdf", "Person (match)"), person),
        row(QCoreApplication.translate("ConcernPdf", "When"), when),
        row(QCoreApplication.translate("ConcernPdf", "Where"), c.place),
        row(
            QCoreApplication.translate("ConcernPdf", "What was seen or said (their own words)"),
            c.seen_or_said,
        ),
        row(QCoreApplication.translate("ConcernPdf", "Facts"), c.facts),
        row(QCoreApplication.translate("ConcernPdf", "Opinion (kept apart from facts)"), c.opinion),
        row(QCoreApplication.translate("ConcernPdf", "Action taken"), c.action_taken),
        row(QCoreApplication.translate("ConcernPdf", "Reported to, and when"), reported),
    ]
    heading = QCoreApplication.translate("ConcernPdf", "Safeguarding concern")
    return (
        f"<h2>{html.escape(heading)}</h2>"
        f"<p><i>{html.escape(confidential_notice())}</i></p>"
        f"<table cellspacing=0 cellpadding=6 border=1 width=100%>{''.join(rows)}</table>"
    )


def write_concern_pdf(c: ConcernInfo, path: Path, match_name: str | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("ConcernPdf", "Safeguarding concern"))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(concern_html(c, match_name))
    document.print_(writer)

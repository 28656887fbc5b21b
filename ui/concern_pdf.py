"""One safeguarding concern as a PDF for the safeguarding lead (an explicit, decrypted copy)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QTime
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from logbook.records.dto import ConcernInfo


def _t(text: str) -> str:
    return QCoreApplication.translate("ConcernPdf", text)


def confidential_notice() -> str:
    return _t("Confidential. Recorded by the volunteer; handle under your safeguarding policy.")


def concern_html(c: ConcernInfo, match_name: str | None = None) -> str:
    def row(label: str, value: str | None) -> str:
        shown = html.escape(value).replace("\n", "<br>") if value else "<i>—</i>"
        head = f"<th align=left valign=top width=28%>{html.escape(label)}</th>"
        return f"<tr>{head}<td>{shown}</td></tr>"

    # QLocale, not strftime: month names in the app's language.
    locale = QLocale()
    when = locale.toString(QDate(c.occurred_on), "d MMMM yyyy") + (
        f", {locale.toString(QTime(c.occurred_time), 'HH:mm')}" if c.occurred_time else ""
    )
    reported = (
        f"{c.reported_to}, {locale.toString(QDate(c.reported_on), 'd MMMM yyyy')}"
        if c.reported_on
        else _t("Not yet reported")
    )
    person = f"{match_name} ({c.match_code})" if match_name else c.match_code
    rows = [
        row(_t("Person (match)"), person),
        row(_t("When"), when),
        row(_t("Where"), c.place),
        row(_t("What was seen or said (their own words)"), c.seen_or_said),
        row(_t("Facts"), c.facts),
        row(_t("Opinion (kept apart from facts)"), c.opinion),
        row(_t("Action taken"), c.action_taken),
        row(_t("Reported to, and when"), reported),
    ]
    return (
        f"<h2>{html.escape(_t('Safeguarding concern'))}</h2>"
        f"<p><i>{html.escape(confidential_notice())}</i></p>"
        f"<table cellspacing=0 cellpadding=6 border=1 width=100%>{''.join(rows)}</table>"
    )


def write_concern_pdf(c: ConcernInfo, path: Path, match_name: str | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(_t("Safeguarding concern"))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(concern_html(c, match_name))
    document.print_(writer)

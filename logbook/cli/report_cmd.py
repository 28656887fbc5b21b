"""`logbook coordinator report`: a protected report for funders, as CSV, XLSX or PDF.

PDF is drawn with Qt, which the core never imports: the app's launcher hands the command a
writer (`report_pdf`, next to `start_app` and `ui_self_test`); without the app, PDF is refused
plainly and CSV or XLSX still work.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from logbook.cli.context import Context, SubParsers
from logbook.coordinator.disclosure import DisclosureRule
from logbook.coordinator.periods import parse_period
from logbook.coordinator.report_formats import FORMATS
from logbook.digits import parse_int
from logbook.errors import InvalidValue, Refused
from logbook.i18n import _
from logbook.vault.kinds import ProfileKind

# The report and the coordinator's database are imported when the command runs.
if TYPE_CHECKING:
    from logbook.coordinator.report import Report

ReportPdf = Callable[["Report", Path], None]


def _format_and_path(ctx: Context, period: str) -> tuple[str, Path]:
    from logbook.coordinator.report import default_file_name

    out = Path(ctx.args.out) if ctx.args.out else None
    suffix = out.suffix.lower().lstrip(".") if out is not None and not out.is_dir() else ""
    fmt = ctx.args.format or (suffix if suffix in FORMATS else None)
    if fmt is None:
        raise InvalidValue("--format", _("say which: csv, xlsx or pdf"))
    if suffix and suffix != fmt:
        raise InvalidValue(
            "--out",
            _("the file name ends in .{suffix} but the format is {fmt}").format(
                suffix=suffix, fmt=fmt
            ),
        )
    if out is None:
        return fmt, Path.cwd() / default_file_name(period, fmt)
    if out.is_dir():
        return fmt, out / default_file_name(period, fmt)
    return fmt, out


def report(ctx: Context) -> int:
    from logbook.coordinator.report import (
        MONTH_TO_DATE,
        build_month_to_date,
        build_report,
        month_to_date,
        write_report,
    )
    from logbook.coordinator.service import Coordinator

    provisional = ctx.args.period.strip().lower() == MONTH_TO_DATE
    period = month_to_date(date.today()) if provisional else parse_period(ctx.args.period)
    rule = DisclosureRule(ctx.args.suppress_up_to, ctx.args.round_to, ctx.args.min_for_mean)
    fmt, path = _format_and_path(ctx, period.label)
    write_pdf: ReportPdf | None = getattr(ctx.args, "report_pdf", None)
    if fmt == "pdf" and write_pdf is None:
        raise Refused(
            _(
                "PDF reports are drawn by the desktop app: run this command with the app's own "
                "`logbook` command, or choose --format csv or xlsx."
            )
        )
    if not path.parent.is_dir():
        raise Refused(
            _("Cannot write the report to {path}: there is no folder {parent}.").format(
                path=path, parent=path.parent
            )
        )
    with ctx.unlocked(ProfileKind.COORDINATOR) as profile, Coordinator(profile.store) as work:
        name = work.org.state().settings.name
        if provisional:
            made = build_month_to_date(work.db, rule, organisation=name)
        else:
            made = build_report(work.db, period, rule, organisation=name)
    if write_pdf is not None and fmt == "pdf":
        write_pdf(made, path)
    else:
        write_report(made, fmt, path)
    text = f"Wrote the report for {period.title} to {path}."
    if provisional:
        text = (
            f"Wrote PROVISIONAL month-to-date figures for {period.title} to {path}: for your "
            "own eyes, NOT FOR FUNDERS."
        )
    if made.left_out:
        text += (
            f"\n{made.left_out} match-week(s) were left out: their match code is not assigned "
            "to the volunteer who sent them (see `logbook coordinator assign`)."
        )
    ctx.out.result(
        {"path": path, "period": period.label, "format": fmt, "left_out": made.left_out}, text
    )
    return 0


def register(cmds: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add `report` to the `coordinator` actions."""
    rule = DisclosureRule()
    p = cmds.add_parser(
        "report",
        parents=[common],
        help="a report for funders: counts by month, protected for publishing",
        description="Counts and outcome measures by month over a month or a quarter that has "
        f"ended. Counts from 1 to {rule.suppress_up_to} are hidden, others rounded to the "
        f"nearest {rule.round_to}; further figures are hidden so that no hidden one can be "
        "worked out from the totals. No match, volunteer or device code is ever written.",
    )
    p.add_argument(
        "--period", required=True, metavar="2026-10|2026-Q3|month-to-date",
        help="a calendar month or quarter that has ended; or month-to-date (provisional, "
        "never for funders)",
    )  # fmt: skip
    p.add_argument("--format", choices=FORMATS, help="csv, xlsx or pdf (or from --out)")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="where to write (default: funder-report-PERIOD.FORMAT in this folder)",
    )
    p.add_argument(
        "--suppress-up-to",
        type=parse_int,
        default=rule.suppress_up_to,
        metavar="N",
        help=f"hide counts from 1 to N (default {rule.suppress_up_to})",
    )
    p.add_argument(
        "--round-to",
        type=parse_int,
        default=rule.round_to,
        metavar="N",
        help=f"round other counts to the nearest N (default {rule.round_to})",
    )
    p.add_argument(
        "--min-for-mean",
        type=parse_int,
        default=rule.min_people_for_mean,
        metavar="N",
        help=f"show a mean only over at least N matches (default {rule.min_people_for_mean})",
    )
    p.set_defaults(run=report)

"""The `logbook` executable: a command runs headless; no command starts the desktop app.

Qt is imported only when the app starts, so commands stay fast and work without a display;
and the app starts without importing the command line (and the storage stack behind it),
so its first window appears sooner.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logbook.coordinator.report import Report


def app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when `argv` asks for the app (no command, only --data-dir), else None."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir")
    known, rest = parser.parse_known_args(list(argv))
    return None if rest else known


def start_app(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(getattr(args, "data_dir", None))


def ui_self_test() -> int:
    from ui.selftest import run_ui_self_test

    return run_ui_self_test()


def report_pdf(report: Report, path: Path) -> None:
    from ui.report_pdf import write_report_pdf_headless

    write_report_pdf_headless(report, path)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = app_options(args)
    if options is not None:
        from logbook.hardening import disable_core_dumps

        disable_core_dumps()
        return start_app(options)
    from logbook.cli.main import main as cli_main

    return cli_main(args, start_app=start_app, ui_self_test=ui_self_test, report_pdf=report_pdf)


if __name__ == "__main__":
    sys.exit(main())

"""The `logbook` executable: a command runs headless; no command starts the desktop app.

Qt is imported only when the app starts, so commands stay fast and work without a display;
and the app starts without importing the command line (and the storage stack behind it),
so its first window appears sooner. A path instead of a command (what the desktop passes
when an enrolment file or a backup is opened with the app) starts the app on that file.
The windowed `volunteer-logbook` executable runs this same entry point.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# Neither typing nor pathlib is imported at start: each costs milliseconds every command pays.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from logbook.coordinator.report import Report


def app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when `argv` asks for the app (no command, or a file to open, and only
    --data-dir and --profile), else None."""
    import argparse

    from logbook.cli.help_format import Formatter

    parser = argparse.ArgumentParser(add_help=False, formatter_class=Formatter)
    parser.add_argument("--data-dir")
    parser.add_argument("--profile")
    known, rest = parser.parse_known_args(list(argv))
    known.open_file = None
    if not rest:
        return known
    if len(rest) == 1 and names_a_file(rest[0]):
        known.open_file = rest[0]
        return known
    return None


def names_a_file(arg: str) -> bool:
    """A path to an existing file, never a command: commands are bare words, without a
    folder separator or a dot, so `logbook sync` still syncs beside a file named sync."""
    looks_like_path = any(mark in arg for mark in ("/", "\\", "."))
    return looks_like_path and not arg.startswith("-") and os.path.isfile(arg)


def start_app(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ui.app import run

    open_file = getattr(args, "open_file", None)
    profile = getattr(args, "profile", None) or os.environ.get("LOGBOOK_PROFILE")
    return run(
        getattr(args, "data_dir", None), Path(open_file) if open_file else None, profile=profile
    )


def ui_self_test() -> int:
    from ui.selftest import run_ui_self_test

    return run_ui_self_test()


def report_pdf(report: Report, path: Path) -> None:
    from ui.report_pdf import write_report_pdf_headless

    write_report_pdf_headless(report, path)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        # Answered before argparse is imported, as the parser would (`logbook --version`):
        # importing argparse alone takes about as long as starting the interpreter.
        from logbook import __version__

        print(f"logbook {__version__}")
        return 0
    options = app_options(args)
    if options is not None:
        from logbook.hardening import disable_core_dumps

        disable_core_dumps()
        return start_app(options)
    from logbook.cli.main import main as cli_main

    return cli_main(args, start_app=start_app, ui_self_test=ui_self_test, report_pdf=report_pdf)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the `logbook` command: parse, run one command, map errors to exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Sequence

from logbook import __version__
from logbook.cli.commands import LazyCommands
from logbook.cli.help_format import Formatter
from logbook.digits import parse_int
from logbook.errors import LogbookError
from logbook.hardening import disable_core_dumps
from logbook.i18n import use_environment_language

# What `logbook --help` and `--version` import is kept to argparse: typing, pathlib, shutil
# and ctypes each cost milliseconds at every start (bench/bench_cli_start.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, NoReturn

    from logbook.coordinator.report import Report

EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a tool stopped by SIGPIPE
StartApp = Callable[[argparse.Namespace], int]
SelfTest = Callable[[], int]
ReportPdf = Callable[["Report", "Path"], None]  # drawn with Qt, so only the app can give it


class QuietParser(argparse.ArgumentParser):
    """argparse quotes what was typed in its errors; that may be a note or a name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = (
                "unexpected arguments (put free text in quotes, or give it on standard input "
                "with -)"
            )
        else:
            # "invalid choice: 'x'", "invalid int value: 'x'": name the problem, not the value.
            message = re.sub(r"(invalid [^:]*: )'[^']*'", r"\1(not shown)", message)
            message = message.replace("invalid parse_int value", "not a whole number in 0-9")
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the command (SUPPRESS keeps either from erasing)."""
    common = argparse.ArgumentParser(
        add_help=False, argument_default=argparse.SUPPRESS, formatter_class=Formatter
    )
    common.add_argument(
        "--data-dir", metavar="DIR", help="folder holding the profiles (or LOGBOOK_DATA_DIR)"
    )
    common.add_argument("--profile", metavar="NAME", help="which profile to use")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--yes", action="store_true", help="confirm without asking")
    common.add_argument(
        "--passphrase-fd", type=parse_int, metavar="N", help="read the passphrase from fd N"
    )
    common.add_argument("--new-passphrase-fd", type=parse_int, metavar="N")
    common.add_argument("--recovery-key-fd", type=parse_int, metavar="N")
    return common


def build_parser(*, every_command: bool = True) -> argparse.ArgumentParser:
    """The command's parser. With every_command False, a command's options are built only
    when it is typed (what `main` does, to start fast); the docs need them all."""
    common = common_options()
    parser = QuietParser(
        prog="logbook",
        parents=[common],
        description="Volunteer Logbook: a private, encrypted logbook for befriending volunteers. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works, then exit"
    )
    # Sub-commands are QuietParsers too (argparse makes them of the parent's class).
    sub = parser.add_subparsers(action=LazyCommands, dest="command", metavar="COMMAND")
    assert isinstance(sub, LazyCommands)  # what action= made; says so to the type checker
    sub.list_commands(common)
    if every_command:
        sub.build_all()
    return parser


def quiet_stdout() -> None:
    """Point stdout at the null device, so flushing it at exit cannot fail a second time."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def self_test(ui_self_test: SelfTest | None) -> int:
    from logbook import selftest

    code = selftest.main()
    if code == 0 and ui_self_test is not None:
        code = ui_self_test()
    print("Self-test passed." if code == 0 else "Self-test FAILED.")
    return code


def main(
    argv: Sequence[str] | None = None,
    start_app: StartApp | None = None,
    ui_self_test: SelfTest | None = None,
    report_pdf: ReportPdf | None = None,
) -> int:
    use_environment_language()  # messages in the locale's language, when there is a catalogue
    parser = build_parser(every_command=False)
    try:
        args = parser.parse_args(argv)  # reads no secret: passphrases are read by commands
    except SystemExit as exc:
        return int(exc.code or 0)
    disable_core_dumps()
    args.report_pdf = report_pdf  # for `coordinator report --format pdf`
    run = getattr(args, "run", None)
    # Imported once a command runs: the output and profile helpers load more than --help needs.
    from logbook.cli.context import Context
    from logbook.cli.output import Output

    try:
        if args.self_test:
            return self_test(ui_self_test)
        if run is None:
            if args.command is not None:
                parser.parse_args([args.command, "--help"])
            if start_app is None:
                Output.error("the desktop app is not part of this installation; see --help")
                return EXIT_USAGE
            return start_app(args)
        result: int = run(Context(args))
        sys.stdout.flush()  # a closed pipe is found here, not after main() has returned
        return result
    except LogbookError as exc:
        Output.error(exc.message)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`logbook ... | head`): stop quietly, as Unix tools do.
        quiet_stdout()
        return EXIT_BROKEN_PIPE
    except SystemExit as exc:
        return int(exc.code or 0)
    except KeyboardInterrupt:
        Output.error("interrupted; nothing more was written")
        return 130
    except Exception as exc:
        if os.environ.get("LOGBOOK_DEBUG") == "1":
            raise
        Output.error(
            f"unexpected internal error ({type(exc).__name__}); nothing more was written. "
            "Run again with LOGBOOK_DEBUG=1 to see details."
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""The `logbook` executable: a command runs headless; no command starts the desktop app.

Qt is imported only when the app starts, so commands stay fast and work without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from logbook.cli.main import main as cli_main


def start_app(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(getattr(args, "data_dir", None))


def ui_self_test() -> int:
    from ui.selftest import run_ui_self_test

    return run_ui_self_test()


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, start_app=start_app, ui_self_test=ui_self_test)


if __name__ == "__main__":
    sys.exit(main())

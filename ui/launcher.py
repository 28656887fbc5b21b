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


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, start_app=start_app)


if __name__ == "__main__":
    sys.exit(main())

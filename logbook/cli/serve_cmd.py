"""`logbook serve`: run the organisation's mailbox server (needs the `server` extra)."""

from __future__ import annotations

import argparse
from pathlib import Path

from logbook.cli.context import Context, SubParsers
from logbook.digits import parse_int
from logbook.errors import InvalidValue, Refused
from logbook.i18n import N_, _

DEFAULT_PORT = 8470
# Kept here, not imported from logbook.server.serve: the parser must not import uvicorn.
LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
NOT_INSTALLED = N_(
    "The mailbox server is not part of this installation; install volunteer-logbook-core[server]."
)


def serve(ctx: Context) -> int:
    args = ctx.args
    if not 1 <= args.port <= 65535:
        raise InvalidValue("--port", _("must be between 1 and 65535"))
    if not 1 <= args.workers <= 64:
        raise InvalidValue("--workers", _("must be between 1 and 64"))
    # The desktop build leaves Starlette and uvicorn out: import them only here.
    try:
        from logbook.server.serve import run
    except ImportError as exc:
        missing = exc.name or ""
        if missing.split(".")[0] in {"starlette", "uvicorn", "anyio", "h11"} or missing in {
            "logbook.server.serve",
            "logbook.server.app",
            "logbook.server.storage",
        }:
            raise Refused(_(NOT_INSTALLED)) from None
        raise
    run(
        Path(args.config),
        db_url=args.db,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
    )
    return 0


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "serve",
        parents=[common],
        description="Run the mailbox server that receives volunteers' encrypted summaries. "
        "It holds no key that can read them. Stop it with Ctrl+C.",
    )
    p.add_argument(
        "--config", required=True, metavar="FILE", help="the server settings file (org init)"
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="database URL, overriding the settings file (sqlite:///PATH or "
        "postgresql+psycopg://...; a password is better kept in the file)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=parse_int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    p.add_argument("--workers", type=parse_int, default=1, metavar="N", help="worker processes (1)")
    p.add_argument(
        "--log-level",
        choices=LOG_LEVELS,
        default="info",
        help="least important messages to log (info: one JSON line per request; "
        "warning and above: no access log)",
    )
    p.set_defaults(run=serve)

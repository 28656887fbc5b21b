"""Running the mailbox on uvicorn: the app factory each worker process calls, and `run`.

Workers are separate processes started by uvicorn; they find the settings through
environment variables set by `run`, so `--workers N` needs nothing shared but the database.
"""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette

from logbook.errors import Refused
from logbook.server.access_log import LOGGER_NAME
from logbook.server.app import create_app
from logbook.server.config import ServerConfig, load_server_config
from logbook.server.protocol import MailboxProtocol
from logbook.server.storage import MailboxStore, StorageUnavailable

CONFIG_ENV = "LOGBOOK_SERVER_CONFIG"
DB_URL_ENV = "LOGBOOK_SERVER_DB_URL"
FACTORY = "logbook.server.serve:app_from_env"


def config_from(path: Path, db_url: str | None) -> ServerConfig:
    config = load_server_config(path)
    if db_url:
        from dataclasses import replace

        config = replace(config, db_url=db_url)
    return config


def app_from_env() -> Starlette:
    """uvicorn's factory, called once in each worker process."""
    path = os.environ.get(CONFIG_ENV)
    if not path:
        raise Refused(f"{CONFIG_ENV} is not set: start the mailbox with `logbook serve`.")
    return create_app(config_from(Path(path), os.environ.get(DB_URL_ENV) or None))


def log_config(level: str = "info") -> dict[str, Any]:
    """uvicorn's own messages at `level`, its access log off, ours as bare JSON lines."""
    level = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "default": {
                "()": "uvicorn.logging.DefaultFormatter",
                "fmt": "%(levelprefix)s %(message)s",
                "use_colors": None,
            },
            "json": {"format": "%(message)s"},
        },
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            },
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            },
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "logbook.server": {"handlers": ["default"], "level": level, "propagate": False},
            LOGGER_NAME: {"handlers": ["access"], "level": level, "propagate": False},
        },
    }


def check_port(host: str, port: int) -> None:
    """Say plainly that the address is taken, before uvicorn would say it with a traceback."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise Refused(f"The address {host} is not known on this computer.") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise Refused(
                    f"Port {port} on {host} is already in use; choose another with --port."
                ) from None
            raise Refused(
                f"The mailbox cannot listen on {host} port {port} ({exc.strerror})."
            ) from None


def run(
    config_path: Path,
    *,
    db_url: str | None,
    host: str,
    port: int,
    workers: int,
    log_level: str = "info",
) -> None:
    """Check the settings, the database and the port, then serve until interrupted."""
    config = config_from(config_path, db_url)
    # Made here once, so the workers find the tables and a bad database URL is a plain
    # message rather than a traceback in every worker.
    try:
        store = MailboxStore(config.db_url)
        store.check()
    except StorageUnavailable:
        raise Refused("The mailbox's database cannot be reached; check its URL.") from None
    except Exception as exc:
        if type(exc).__module__.startswith("sqlalchemy"):
            raise Refused(
                f"The mailbox's database cannot be opened ({type(exc).__name__}); check its URL."
            ) from None
        raise
    store.close()
    check_port(host, port)
    os.environ[CONFIG_ENV] = str(config_path.resolve())
    if db_url:
        os.environ[DB_URL_ENV] = db_url
    else:
        os.environ.pop(DB_URL_ENV, None)
    uvicorn.run(
        FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_config=log_config(log_level),
        log_level=log_level,
        server_header=False,
        http=MailboxProtocol,
        **proxy_options(config),
    )


def proxy_options(config: ServerConfig) -> dict[str, Any]:
    """uvicorn's proxy-header settings: believe X-Forwarded-* only from the listed proxies.

    uvicorn itself believes them from 127.0.0.1 by default, so anything on the same machine
    could name any client in the access log; here nothing is believed unless listed.
    """
    return {
        "proxy_headers": bool(config.trusted_proxies),
        "forwarded_allow_ips": list(config.trusted_proxies),
    }

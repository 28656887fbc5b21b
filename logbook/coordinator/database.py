"""Open the coordinator database: the profile's own SQLCipher file, or PostgreSQL by URL.

With PostgreSQL, encryption at rest and TLS to the server are the database operator's job
(the README says so); the URL, with its password, is kept inside the encrypted profile.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from logbook.coordinator.migrate import upgrade_coordinator
from logbook.db.store import Store
from logbook.errors import InvalidValue, Refused
from logbook.i18n import N_, _
from logbook.profile_settings import COORDINATOR_DB_URL


class CoordinatorDb:
    def __init__(self, engine: Engine, *, owns_engine: bool) -> None:
        self.engine = engine
        self._owns_engine = owns_engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error. Savepoints
        (`session.begin_nested()`) inside it roll back alone."""
        with self._sessions.begin() as session:
            if self.engine.dialect.name == "sqlite":
                # The sqlite driver begins a transaction only before its first write, so a
                # SAVEPOINT coming first would start (and its RELEASE commit) the whole
                # transaction: begin it ourselves so savepoints nest inside it.
                session.connection().exec_driver_sql("BEGIN")
            yield session

    def close(self) -> None:
        if self._owns_engine:
            self.engine.dispose()

    def __enter__(self) -> CoordinatorDb:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# pg8000 first: it is what the built app ships (pure Python, small enough for its folder), so
# every installation uses, and the tests exercise, the same driver. A URL naming psycopg (kept
# from an older version) still works where psycopg is installed.
DRIVERS = ("pg8000", "psycopg")
UNREACHABLE = N_(
    "The coordinator database could not be reached: check the server, the user name "
    "and password in its URL, and the network."
)


def normalise_url(url: str) -> str:
    """`postgresql://...` with the first driver this installation has (pg8000)."""
    url = url.strip()
    if url.startswith("postgresql://"):
        url = f"postgresql+{_available_driver()}://" + url.removeprefix("postgresql://")
    if not any(url.startswith(f"postgresql+{driver}://") for driver in DRIVERS):
        raise InvalidValue("database URL", _("must start with postgresql:// (or be left unset)"))
    return url


def _available_driver() -> str:
    import importlib.util

    for driver in DRIVERS:
        if importlib.util.find_spec(driver) is not None:
            return driver
    raise Refused(_("This installation has no PostgreSQL driver (psycopg or pg8000)."))


def database_url(store: Store) -> str | None:
    return store.read(COORDINATOR_DB_URL)


def set_database_url(store: Store, url: str | None) -> None:
    """Use PostgreSQL at `url` from now on (checked first), or the profile's own file."""
    if url is not None:
        url = normalise_url(url)
        connect(url).close()
    store.write(COORDINATOR_DB_URL, url)


def connect(url: str) -> CoordinatorDb:
    try:
        engine = create_engine(url, hide_parameters=True, pool_pre_ping=True)
    except (ArgumentError, ValueError):
        raise InvalidValue("database URL", _("is not a valid postgresql:// address")) from None
    except ImportError:  # a postgresql+psycopg:// URL where psycopg is not installed
        raise Refused(
            _("This installation has no driver for that URL: use postgresql://")
        ) from None
    # Many rows in one INSERT ... VALUES (...), (...) (SQLAlchemy's "insertmanyvalues"), not a
    # round trip a row as pg8000's executemany makes: an import writes a batch's receipts and
    # audit lines at once.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    try:
        # A first connection on its own: whatever fails here is the server, the login or the
        # network, and each driver says so differently (psycopg: OperationalError; pg8000:
        # InterfaceError for a wrong host, ProgrammingError for a wrong password).
        engine.connect().close()
    except (DBAPIError, ValueError):
        engine.dispose()
        raise Refused(_(UNREACHABLE)) from None
    try:
        ensure_schema(engine)
    except (OperationalError, ValueError):
        engine.dispose()
        raise Refused(_(UNREACHABLE)) from None
    return CoordinatorDb(engine, owns_engine=True)


def open_coordinator_db(store: Store) -> CoordinatorDb:
    url = database_url(store)
    if url is not None:
        return connect(url)
    ensure_schema(store.engine, store.path)
    return CoordinatorDb(store.engine, owns_engine=False)


def ensure_schema(engine: Engine, db_path: Path | None = None) -> None:
    """Migrate to the app's schema (a SQLCipher file at `db_path` is copied first); refuse a
    database made by a newer app."""
    try:
        upgrade_coordinator(engine, db_path)
    except SQLAlchemyError as exc:
        if isinstance(exc, OperationalError):
            raise
        raise Refused(_("The coordinator database could not be prepared.")) from None

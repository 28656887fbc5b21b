"""Build a benchmark profile: 10,000 entries with ~25 matches over ~3 years, reproducibly.

The profile is made by the app's own `ProfileManager` (so vault.json, key wrapping, the SQLCipher
file and its migrations are the real ones) and filled with entries validated by the records
services' own `validate` functions, then inserted through the ORM models on the profile's store
in a few large transactions; the FTS5 triggers keep the search index in step, as they do for
every save. Matches, tags, safeguarding concerns and outcome measures are added the same way.

The profile is built with the cheap test KDF (LOGBOOK_TEST_KDF=1, set here): the benchmarks
leave the key derivation out of every figure, so its cost does not matter, and the real
calibrated Argon2id would only slow the build down.

The same data (same seed, same code path) can also be written to plain, unencrypted SQLite
files, for the comparison in bench_core.py.

    .venv/bin/python bench/build_profile.py --data /tmp/logbook-bench [--entries 10000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from types import ModuleType
from typing import Any

import notes
from sqlalchemy import Engine, create_engine, event, select, text

from logbook.db.migrate import head_revision, upgrade_if_behind
from logbook.db.models import Concern, Entry, EntryTag, Match, Measure, Tag
from logbook.db.store import Store
from logbook.records import concerns as concern_rules
from logbook.records import entries as entry_rules
from logbook.records import values
from logbook.records.dto import ConcernInput, EntryInput
from logbook.records.measures import Instrument, score
from logbook.records.tags import TagService
from logbook.records.values import Kind, Mode, TagKind
from logbook.vault import kdf
from logbook.vault.profiles import PROFILES_DIR, ProfileManager

PROFILE = "bench"
PASSPHRASE = "correct horse battery staple"
MANIFEST = "build.json"
# The last day of the data: fixed, so the data never depends on the day it is built.
LAST_DAY = date(2026, 10, 31)
DAYS = 3 * 365
CHUNK = 2_000  # entries per transaction

CONVERSATION_ACTIVITIES = ("phone help", "form filling", "reminiscence", "music", "puzzles")
CONCERN_SAID = (
    "{name} said “nobody would notice if I wasn't here any more”.",
    "{name} had a large bruise on {their} arm and said “I walked into the door”.",
    "{name} told me a man came to the door asking for money for the roof, and {subj} paid him.",
    "{name} said {their} {relative} takes {their} bank card and does not give it back.",
    "{name} had not eaten for two days and the fridge was empty.",
    "{name} said “I keep falling at night and I don't want to bother anyone”.",
)
CONCERN_ACTIONS = (
    "Rang the coordinator from the car straight after the visit.",
    "Called the safeguarding line and followed up by email.",
    "Stayed until the carer arrived and told her what I had seen.",
    "Spoke to the coordinator the next morning as agreed in training.",
)


@dataclass
class BuildStats:
    """What was built, and how long it took."""

    entries: int
    deleted_entries: int
    matches: int
    concerns: int
    measures: int
    tags: int
    entry_tags: int
    notes_words: int
    seconds: float


def enable_test_kdf() -> None:
    """The cheap KDF, honoured only with this explicit test setting (never in the built app)."""
    os.environ[kdf.TEST_KDF_ENV] = "1"


def open_plain_engine(
    path: Path, module: ModuleType = sqlite3, synchronous: str = "FULL"
) -> Engine:
    """An unencrypted SQLite engine with the app's pragmas, for comparison only.

    Same SQLAlchemy dialect, same pool and the same connection set-up as
    `logbook.db.engine.open_engine` (schema read, foreign keys, secure_delete, WAL,
    synchronous), minus the key. `module` is the DB-API module: the stdlib `sqlite3`, or
    `sqlcipher3` without a key (a plain file, but SQLCipher's newer SQLite).
    """
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        module=module,
        hide_parameters=True,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _set_up(conn: Any, _record: Any) -> None:
        cur = conn.cursor()
        try:
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA secure_delete = ON")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute(f"PRAGMA synchronous = {synchronous}")
        finally:
            cur.close()

    return engine


def _dst_offset(day: date) -> str:
    """The UK offset the entry would have been typed in (BST roughly April to October)."""
    return "+01:00" if 4 <= day.month <= 10 else "+00:00"


@dataclass
class _MatchPlan:
    code: str
    display_name: str
    first_name: str
    pronoun: str
    start: date
    end: date | None
    home: str
    weight: float  # how often this match is seen


def _plan_matches(rng: random.Random, count: int) -> list[_MatchPlan]:
    first_day = LAST_DAY - timedelta(days=DAYS)
    plans = []
    for i, (display, pronoun) in enumerate(notes.display_names(count)):
        first = display.split()[0]
        # A third from the start, the rest staggered; about a quarter have ended.
        offset = 0 if i < count // 3 else rng.randint(0, DAYS - 120)
        start = first_day + timedelta(days=offset)
        end = None
        if rng.random() < 0.25:
            end = start + timedelta(days=rng.randint(120, max(121, (LAST_DAY - start).days)))
            end = min(end, LAST_DAY - timedelta(days=7))
        plans.append(
            _MatchPlan(
                code=f"M-{i + 1:04d}",
                display_name=display,
                first_name=first,
                pronoun=pronoun,
                start=start,
                end=end,
                home=notes.home_place(first, rng),
                weight=rng.uniform(0.5, 2.0),
            )
        )
    return plans


def _active(plans: list[_MatchPlan], day: date) -> list[_MatchPlan]:
    return [p for p in plans if p.start <= day and (p.end is None or day <= p.end)]


def _entry_inputs(
    rng: random.Random, writer: notes.NoteWriter, plans: list[_MatchPlan], count: int
) -> Iterator[EntryInput]:
    """`count` valid entries in date order, each with a note that agrees with its fields."""
    first_day = LAST_DAY - timedelta(days=DAYS)
    days = sorted(first_day + timedelta(days=rng.randint(0, DAYS)) for _ in range(count))
    for day in days:
        active = _active(plans, day) or plans[:1]
        match = rng.choices(active, weights=[p.weight for p in active])[0]
        roll = rng.random()
        kind = Kind.VISIT if roll < 0.55 else Kind.CONVERSATION if roll < 0.85 else Kind.REFLECTION
        follow_up = rng.random() < 0.15
        if kind is Kind.REFLECTION:
            about = match if rng.random() < 0.5 else None
            note = writer.write(
                notes.NoteContext(
                    kind="reflection",
                    occurred_on=day,
                    name=about.first_name if about else "",
                    pronoun=about.pronoun if about else "she",
                    follow_up=follow_up,
                    target_words=_note_length(rng),
                )
            )
            yield EntryInput(
                kind=kind,
                occurred_on=day,
                match_code=about.code if about else None,
                occurred_time=_time_of_day(rng, 19, 22),
                wellbeing=rng.choices((1, 2, 3, 4, 5), weights=(1, 3, 6, 7, 3))[0],
                notes=note,
                follow_up=follow_up,
            )
            continue
        if kind is Kind.VISIT:
            mode = Mode.GROUP if rng.random() < 0.12 else Mode.IN_PERSON
            minutes = max(20, min(300, int(rng.gauss(80, 25))))
            place = match.home if rng.random() < 0.65 else rng.choice(notes.OUT_PLACES)
            pool = notes.ACTIVITIES
            activities = rng.sample(pool, rng.choices((1, 2, 3), weights=(5, 4, 1))[0])
        else:
            mode = rng.choices((Mode.PHONE, Mode.VIDEO, Mode.MESSAGE), weights=(7, 2, 1))[0]
            minutes = {Mode.PHONE: rng.randint(8, 60), Mode.VIDEO: rng.randint(15, 45)}.get(
                mode, rng.randint(3, 15)
            )
            place = None
            activities = rng.sample(CONVERSATION_ACTIVITIES, rng.choice((0, 0, 1)))
        if rng.random() < 0.05:
            activities.append(rng.choice(notes.OWN_ACTIVITIES))
        topics = rng.sample(notes.TOPICS, rng.choices((1, 2, 3), weights=(4, 4, 2))[0])
        if rng.random() < 0.05:
            topics.append(rng.choice(notes.OWN_TOPICS))
        seemed = rng.choices((1, 2, 3, 4, 5), weights=(1, 3, 7, 8, 3))[0]
        note = writer.write(
            notes.NoteContext(
                kind=kind.value,
                occurred_on=day,
                name=match.first_name,
                pronoun=match.pronoun,
                mode=mode.value,
                place=place,
                minutes=minutes,
                seemed=seemed,
                activities=activities,
                topics=topics,
                follow_up=follow_up,
                target_words=_note_length(rng),
            )
        )
        yield EntryInput(
            kind=kind,
            occurred_on=day,
            match_code=match.code,
            occurred_time=_time_of_day(rng, 9, 18) if rng.random() < 0.8 else None,
            minutes=minutes,
            mode=mode,
            place=place,
            seemed=seemed,
            notes=note,
            follow_up=follow_up,
            activities=tuple(activities),
            topics=tuple(topics),
        )


def _note_length(rng: random.Random) -> int:
    return max(80, min(260, int(rng.gauss(150, 25))))


def _time_of_day(rng: random.Random, first_hour: int, last_hour: int) -> clock:
    return clock(rng.randint(first_hour, last_hour), rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))


def _add_tags(store: Store) -> None:
    service = TagService(store)
    service.set_organisation_list(TagKind.ACTIVITY, notes.ACTIVITIES)
    service.set_organisation_list(TagKind.TOPIC, notes.TOPICS)
    with store.session() as s:
        for name in notes.OWN_ACTIVITIES:
            s.add(Tag(kind=TagKind.ACTIVITY.value, name=name, source="own"))
        for name in notes.OWN_TOPICS:
            s.add(Tag(kind=TagKind.TOPIC.value, name=name, source="own"))


def _add_matches(store: Store, plans: list[_MatchPlan]) -> dict[str, int]:
    with store.session() as s:
        rows = []
        for p in plans:
            created = datetime.combine(p.start, clock(18, 0))
            rows.append(
                Match(
                    code=values.match_code(p.code),
                    display_name=values.short_text("display name", p.display_name, required=True),
                    start_date=values.past_date("start date", p.start),
                    end_date=p.end,
                    created_at=created,
                    updated_at=created,
                )
            )
        s.add_all(rows)
        s.flush()
        return {m.code: m.id for m in rows}


def _add_entries(
    store: Store, inputs: Iterator[EntryInput], match_ids: dict[str, int], rng: random.Random
) -> tuple[int, int, int, int]:
    """Insert in chunks of CHUNK per transaction; returns entries, deleted, entry tags, words."""
    count = deleted = links = words = 0
    pending: list[EntryInput] = []

    def flush_chunk() -> None:
        nonlocal count, deleted, links, words
        with store.session() as s:
            tags = {(t.kind, t.name.casefold()): t for t in s.scalars(select(Tag))}
            for entry in pending:
                entry = entry_rules.validate(entry)
                at = datetime.combine(entry.occurred_on, entry.occurred_time or clock(20, 0))
                saved = at + timedelta(minutes=(entry.minutes or 15) + rng.randint(5, 600))
                row = Entry(
                    kind=entry.kind.value,
                    match_id=match_ids[entry.match_code] if entry.match_code else None,
                    occurred_on=entry.occurred_on,
                    occurred_time=entry.occurred_time,
                    minutes=entry.minutes,
                    mode=entry.mode.value if entry.mode else None,
                    place=entry.place,
                    seemed=entry.seemed,
                    wellbeing=entry.wellbeing,
                    notes=entry.notes,
                    follow_up=entry.follow_up,
                    entered_tz=_dst_offset(entry.occurred_on),
                    created_at=saved,
                    updated_at=saved,
                    deleted_at=saved + timedelta(days=1) if rng.random() < 0.01 else None,
                )
                row.tags = [
                    EntryTag(tag=tags[(kind.value, name.casefold())])
                    for kind, names in (
                        (TagKind.ACTIVITY, entry.activities),
                        (TagKind.TOPIC, entry.topics),
                    )
                    for name in names
                ]
                s.add(row)
                count += 1
                deleted += row.deleted_at is not None
                links += len(row.tags)
                words += len(entry.notes.split())
        pending.clear()

    for entry in inputs:
        pending.append(entry)
        if len(pending) >= CHUNK:
            flush_chunk()
    if pending:
        flush_chunk()
    return count, deleted, links, words


def _add_concerns(
    store: Store, rng: random.Random, plans: list[_MatchPlan], match_ids: dict[str, int]
) -> int:
    count = 0
    with store.session() as s:
        for _ in range(40):
            plan = rng.choice(plans)
            last = plan.end or LAST_DAY
            day = plan.start + timedelta(days=rng.randint(0, (last - plan.start).days))
            reported = rng.random() < 0.85
            pronoun = {"she": "her", "he": "his"}[plan.pronoun]
            said = rng.choice(CONCERN_SAID).format(
                name=plan.first_name,
                their=pronoun,
                subj=plan.pronoun,
                relative=rng.choice(notes.SLOTS["relative"]),
            )
            concern = concern_rules.validate(
                ConcernInput(
                    match_code=plan.code,
                    occurred_on=day,
                    seen_or_said=said,
                    occurred_time=_time_of_day(rng, 9, 18),
                    place=plan.home,
                    facts="Seen during the visit; noted the time and the words used.",
                    opinion="I think this needs looking at by someone trained.",
                    action_taken=rng.choice(CONCERN_ACTIONS),
                    reported_to=rng.choice(notes.SLOTS["coordinator"]) if reported else None,
                    reported_on=min(day + timedelta(days=rng.randint(0, 1)), LAST_DAY)
                    if reported
                    else None,
                )
            )
            created = datetime.combine(day, clock(21, 0))
            s.add(
                Concern(
                    match_id=match_ids[plan.code],
                    occurred_on=concern.occurred_on,
                    occurred_time=concern.occurred_time,
                    place=concern.place or "",
                    seen_or_said=concern.seen_or_said,
                    facts=concern.facts,
                    opinion=concern.opinion,
                    action_taken=concern.action_taken,
                    reported_to=concern.reported_to,
                    reported_on=concern.reported_on,
                    entered_tz=_dst_offset(day),
                    created_at=created,
                    updated_at=created,
                )
            )
            count += 1
    return count


def _add_measures(
    store: Store, rng: random.Random, plans: list[_MatchPlan], match_ids: dict[str, int]
) -> int:
    """Outcome measures at the start of each match and about every three months after."""
    ranges = {
        Instrument.UCLA3: (3, 1, 3),
        Instrument.ONS_DIRECT: (1, 1, 5),
        Instrument.ONS4: (4, 0, 10),
        Instrument.SWEMWBS: (7, 1, 5),
    }
    count = 0
    with store.session() as s:
        for plan in plans:
            consent = {i: rng.random() < 0.85 for i in Instrument}
            day = plan.start
            while day <= (plan.end or LAST_DAY):
                for instrument in (Instrument.UCLA3, Instrument.ONS4, Instrument.SWEMWBS):
                    n, low, high = ranges[instrument]
                    scored = score(instrument, [rng.randint(low, high) for _ in range(n)])
                    s.add(
                        Measure(
                            match_id=match_ids[plan.code],
                            instrument=instrument.value,
                            taken_on=day,
                            items=json.dumps(list(scored.items)),
                            consent=consent[instrument],
                            created_at=datetime.combine(day, clock(20, 30)),
                        )
                    )
                    count += 1
                day += timedelta(days=rng.randint(80, 100))
    return count


def populate(
    store: Store, *, entries: int = 10_000, matches: int = 25, seed: int = 2024
) -> BuildStats:
    """Fill an empty, migrated store with the benchmark data. Same seed, same data."""
    started = time.perf_counter()
    rng = random.Random(seed)
    writer = notes.NoteWriter(seed=seed + 1)
    plans = _plan_matches(rng, matches)
    _add_tags(store)
    match_ids = _add_matches(store, plans)
    count, deleted, links, words = _add_entries(
        store, _entry_inputs(rng, writer, plans, entries), match_ids, random.Random(seed + 2)
    )
    concerns = _add_concerns(store, rng, plans, match_ids)
    measures = _add_measures(store, rng, plans, match_ids)
    with store.session() as s:
        tags = len(s.scalars(select(Tag.id)).all())
    checkpoint(store.engine)
    return BuildStats(
        entries=count,
        deleted_entries=deleted,
        matches=len(plans),
        concerns=concerns,
        measures=measures,
        tags=tags,
        entry_tags=links,
        notes_words=words,
        seconds=time.perf_counter() - started,
    )


def checkpoint(engine: Engine) -> None:
    """Move everything from the WAL into the main file, so file sizes compare like for like."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def build_profile(data_dir: Path, *, entries: int = 10_000, seed: int = 2024) -> BuildStats:
    """A volunteer profile named PROFILE under `data_dir`, made and filled by the app's code."""
    enable_test_kdf()
    manager = ProfileManager(data_dir)
    manager.create(PROFILE, PASSPHRASE)
    with manager.unlock(PROFILE, PASSPHRASE) as profile:
        return populate(profile.store, entries=entries, seed=seed)


def build_plain(
    path: Path, module: ModuleType, *, entries: int = 10_000, seed: int = 2024
) -> BuildStats:
    """The same data in an unencrypted SQLite file, migrated by the app's own migrations."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = open_plain_engine(path, module)
    try:
        upgrade_if_behind(engine, path)
        return populate(Store(engine, path), entries=entries, seed=seed)
    finally:
        engine.dispose()


def plain_variants() -> dict[str, ModuleType]:
    """File name → DB-API module, for the unencrypted copies of the data."""
    import sqlcipher3

    return {"plain-stdlib.db": sqlite3, "plain-sqlcipher-nokey.db": sqlcipher3}


def build_all(data_dir: Path, *, entries: int = 10_000, seed: int = 2024) -> dict[str, Any]:
    """The SQLCipher profile and the plain copies, with a manifest saying what was built."""
    data_dir.mkdir(parents=True, exist_ok=True)
    built: dict[str, Any] = {
        "entries": entries,
        "seed": seed,
        "last_day": LAST_DAY.isoformat(),
        "schema": head_revision(),
        "generator": generator_digest(seed),
    }
    print(f"building the SQLCipher profile ({entries} entries, test KDF) in {data_dir} …")
    built["sqlcipher"] = asdict(build_profile(data_dir, entries=entries, seed=seed))
    for name, module in plain_variants().items():
        print(f"building {name} …")
        built[name] = asdict(build_plain(data_dir / name, module, entries=entries, seed=seed))
    (data_dir / MANIFEST).write_text(json.dumps(built, indent=2))
    return built


def generator_digest(seed: int) -> str:
    """Identifies the data a build holds: the generator's source and the seed."""
    digest = hashlib.sha256(str(seed).encode())
    for path in (Path(notes.__file__), Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def remove_build(data_dir: Path) -> None:
    """Remove what build_all made (and nothing else) from `data_dir`."""
    shutil.rmtree(data_dir / PROFILES_DIR / PROFILE, ignore_errors=True)
    if (data_dir / PROFILES_DIR).is_dir() and not any((data_dir / PROFILES_DIR).iterdir()):
        (data_dir / PROFILES_DIR).rmdir()
    for name in [*plain_variants(), MANIFEST]:
        for path in data_dir.glob(name + "*"):  # with -wal, -shm and .before-* copies
            path.unlink()


def load_manifest(data_dir: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((data_dir / MANIFEST).read_text()))
    except FileNotFoundError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="data folder to build into")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    if load_manifest(args.data) is not None:
        raise SystemExit(f"{args.data} already holds a build; choose an empty folder")
    built = build_all(args.data, entries=args.entries, seed=args.seed)
    print(json.dumps(built, indent=2))


if __name__ == "__main__":
    main()

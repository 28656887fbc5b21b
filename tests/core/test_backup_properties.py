"""Properties: backup then restore gives back every record; export holds every record and field."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from logbook.backup.archive import create_backup, restore_backup
from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput, EntryInput
from logbook.records.export import export_data
from logbook.records.measures import SPECS, Instrument
from logbook.records.values import Kind, Mode
from logbook.vault.profiles import ProfileManager

TODAY = date.today()
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
short = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
words = st.lists(st.text("abcdefghij klm", min_size=1, max_size=20), max_size=4)
past = st.dates(min_value=date(2000, 1, 1), max_value=TODAY - timedelta(days=1))
times = st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0))


@st.composite
def entries(draw: st.DrawFn) -> EntryInput:
    kind = draw(st.sampled_from(Kind))
    contact = kind is not Kind.REFLECTION
    return EntryInput(
        kind=kind,
        occurred_on=draw(past),
        match_code="M-0001" if contact else draw(st.sampled_from([None, "M-0001"])),
        occurred_time=draw(times),
        minutes=draw(st.integers(1, 1440)) if contact else None,
        mode=draw(st.sampled_from(Mode)) if contact else None,
        place=draw(short) if contact else None,
        seemed=draw(st.none() | st.integers(1, 5)) if contact else None,
        wellbeing=None if contact else draw(st.none() | st.integers(1, 5)),
        notes=draw(text),
        follow_up=draw(st.booleans()),
        activities=tuple(draw(words)),
        topics=tuple(draw(words)),
    )


concerns = st.builds(
    ConcernInput,
    match_code=st.just("M-0001"),
    occurred_on=past,
    seen_or_said=text.filter(lambda s: s.strip() != ""),
    occurred_time=times,
    place=short,
    facts=text,
    opinion=text,
    action_taken=text,
    reported_to=st.none(),
    reported_on=st.none(),
)


@st.composite
def measures(draw: st.DrawFn) -> tuple[Instrument, list[int], bool]:
    instrument = draw(st.sampled_from(Instrument))
    spec = SPECS[instrument]
    items = draw(st.lists(st.integers(spec.low, spec.high), min_size=len(spec.items),
                          max_size=len(spec.items)))  # fmt: skip
    return instrument, items, draw(st.booleans())


records = st.tuples(
    st.lists(entries(), max_size=6),
    st.lists(concerns, max_size=3),
    st.lists(measures(), max_size=3),
)


def fill(book: Logbook, data: Any) -> list[Any]:
    entry_list, concern_list, measure_list = data
    book.matches.add("M-0001", "Property Person", date(2000, 1, 1))
    stored = [book.entries.add(e) for e in entry_list]
    for c in concern_list:
        book.concerns.add(c)
    for instrument, items, consent in measure_list:
        book.measures.add("M-0001", instrument, items, consent=consent, taken_on=date(2020, 1, 1))
    return stored


def comparable(export: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in export.items() if k != "exported_at"}


PROPERTY = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(data=records)
def test_backup_and_restore_round_trip(template: tuple[Path, str], data: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        shutil.copytree(template[0], root)
        manager = ProfileManager(root)
        with manager.unlock("Volunteer", "a long test passphrase") as unlocked:
            book = Logbook(unlocked.store)
            fill(book, data)
            book.entries.delete(book.entries.list().entries[0].id) if data[0] else None
            original = comparable(export_data(book))
            create_backup(unlocked, Path(tmp) / "backup.lbk")
        restore_backup(
            manager, Path(tmp) / "backup.lbk", "Restored", passphrase="a long test passphrase"
        )
        with manager.unlock("Restored", "a long test passphrase") as restored:
            assert comparable(export_data(Logbook(restored.store))) == original


def _iso(value: Any) -> Any:
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "value"):
        return value.value
    return value


def as_stored(text: str) -> str:
    """Free text is kept exactly as typed but for line endings (made `\\n`) and whitespace at
    the very start and end."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


@PROPERTY
@given(data=records)
def test_export_contains_every_record_and_field(template: tuple[Path, str], data: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        shutil.copytree(template[0], root)
        with ProfileManager(root).unlock("Volunteer", "a long test passphrase") as unlocked:
            book = Logbook(unlocked.store)
            stored = fill(book, data)
            exported = export_data(book)
    assert len(exported["entries"]) == len(data[0])
    by_id = {e["id"]: e for e in exported["entries"]}
    for given_entry, saved in zip(data[0], stored, strict=True):
        row = by_id[saved.id]
        assert row["notes"] == as_stored(given_entry.notes)  # free text kept as typed
        for field in dataclasses.fields(EntryInput):
            assert row[field.name] == _iso(getattr(saved, field.name)), field.name
    assert [c["seen_or_said"] for c in exported["concerns"]] == [
        as_stored(c.seen_or_said)
        for c in sorted(data[1], key=lambda c: c.occurred_on, reverse=True)
    ] or len({c.occurred_on for c in data[1]}) < len(data[1])
    assert sorted(tuple(m["score"]["items"]) for m in exported["measures"]) == sorted(
        tuple(items) for _, items, _ in data[2]
    )

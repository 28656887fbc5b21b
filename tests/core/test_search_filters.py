"""Search with the timeline's filters: match, kind and dates narrow the query itself."""

from __future__ import annotations

from datetime import date

import pytest

from logbook.errors import NotFound
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from tests.conftest import Profiles
from tests.core.test_cli import Cli

ANN, BOB = "M-0001", "M-0002"
START = date(2024, 1, 1)


def visit(code: str, on: date, notes: str) -> EntryInput:
    return EntryInput(kind=Kind.VISIT, occurred_on=on, match_code=code, minutes=60, notes=notes)


@pytest.fixture
def cli(profiles: Profiles, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(profiles, capsys)


@pytest.fixture
def crowded(book: Logbook) -> Logbook:
    """300 notes about the garden with Ann, newer than the one with Bob."""
    book.matches.add(ANN, "Ann", START)
    book.matches.add(BOB, "Bob", START)
    book.entries.add(visit(BOB, date(2024, 2, 1), "Bob showed me his garden shed."))
    for n in range(300):
        day = date(2024, 3 + n // 28 % 9, 1 + n % 28)
        book.entries.add(visit(ANN, day, f"Ann and I sat in the garden, visit {n}."))
    book.entries.add(
        EntryInput(kind=Kind.REFLECTION, occurred_on=date(2024, 1, 15), notes="My garden, alone.")
    )
    return book


def test_search_filtered_by_match_finds_the_one_note_beyond_the_first_page(
    crowded: Logbook,
) -> None:
    assert len(crowded.search.search("garden")) == 200  # a page: Bob's note is not in it
    hits = crowded.search.search("garden", match_code=BOB)
    assert [h.entry.match_code for h in hits] == [BOB]
    assert hits[0].snippet.startswith("Bob showed me his garden")
    assert len(crowded.search.search("garden", match_code="m-0002")) == 1  # codes normalised


def test_search_filtered_by_kind_and_dates_narrows_in_the_query(crowded: Logbook) -> None:
    assert [h.entry.kind for h in crowded.search.search("garden", kind=Kind.REFLECTION)] == [
        Kind.REFLECTION
    ]
    january = crowded.search.search("garden", date_from=date(2024, 1, 1), date_to=date(2024, 2, 29))
    assert [h.entry.occurred_on for h in january] == [date(2024, 2, 1), date(2024, 1, 15)]
    after = crowded.search.search("garden", date_from=date(2024, 11, 1))
    assert after and all(h.entry.occurred_on >= date(2024, 11, 1) for h in after)
    ann_march = crowded.search.search(
        "garden", match_code=ANN, kind=Kind.VISIT, date_from=date(2024, 3, 1),
        date_to=date(2024, 3, 31),
    )  # fmt: skip
    assert len(ann_march) == 28 + 28  # two rounds of the nine months land in March
    assert crowded.search.search("garden", match_code=BOB, kind=Kind.REFLECTION) == []


def test_search_filtered_by_an_unknown_match_says_so(crowded: Logbook) -> None:
    with pytest.raises(NotFound, match="no match with code M-0404"):
        crowded.search.search("garden", match_code="M-0404")


def test_cli_search_takes_the_same_filters(cli: Cli) -> None:
    for code in (ANN, BOB):
        assert cli("match", "add", code, "--name", code, "--start", "2024-01-01")[0] == 0
    for code, day in ((BOB, "2024-02-01"), (ANN, "2024-03-01"), (ANN, "2024-04-01")):
        note = f"A walk in the garden with {code}"
        assert cli("entry", "add", "--kind", "visit", "--match", code, "--date", day,
                   "--minutes", "30", "--note", note)[0] == 0  # fmt: skip

    def found(*filters: str) -> list[tuple[str, str]]:
        hits = cli.json("search", "garden", *filters)
        assert isinstance(hits, list)
        return [(h["entry"]["match_code"], h["entry"]["occurred_on"]) for h in hits]

    assert len(found()) == 3
    assert found("--match", "m-0002") == [(BOB, "2024-02-01")]
    assert found("--match", ANN, "--from", "2024-03-15") == [(ANN, "2024-04-01")]
    assert found("--kind", "visit", "--to", "2024-03-01") == [
        (ANN, "2024-03-01"), (BOB, "2024-02-01")
    ]  # fmt: skip
    assert found("--kind", "reflection") == []
    code, _, err = cli("search", "garden", "--kind", "meeting")
    assert code != 0 and "kind" in err and "Traceback" not in err

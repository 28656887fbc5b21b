"""Numbers and ISO weeks are written in ASCII digits: `\\d` and `int()` accept any Unicode
digit (Arabic-Indic, fullwidth, mathematical bold), which reports would then drop."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from logbook.coordinator.periods import parse_period
from logbook.digits import parse_int
from logbook.errors import InvalidValue
from logbook.org.settings import OrgSettings, with_setting
from logbook.summary.schema import WeekSnapshot

FOREIGN_DIGITS = {
    "arabic-indic": "٢٠٢٦",
    "fullwidth": "２０２６",
    "mathematical bold": "𝟐𝟎𝟐𝟔",
}


@pytest.mark.parametrize("year", FOREIGN_DIGITS.values(), ids=FOREIGN_DIGITS.keys())
def test_weeks_in_other_digits_are_refused(year: str) -> None:
    with pytest.raises(ValidationError):
        WeekSnapshot.model_validate({"week": f"{year}-W10", "matches": []})
    with pytest.raises(ValidationError):
        WeekSnapshot.model_validate({"week": "2026-W١٠", "matches": []})
    assert WeekSnapshot.model_validate({"week": "2026-W10", "matches": []}).week == "2026-W10"


@pytest.mark.parametrize("year", FOREIGN_DIGITS.values(), ids=FOREIGN_DIGITS.keys())
def test_periods_in_other_digits_are_refused(year: str) -> None:
    for text in (f"{year}-10", f"{year}-Q3"):
        with pytest.raises(InvalidValue):
            parse_period(text)
    assert parse_period("2026-Q3").months[0].month == 7


@pytest.mark.parametrize("text", ["١٠", "１０", "𝟏𝟎", "1_0", "", "²"])
def test_numbers_are_read_in_ascii_only(text: str) -> None:
    with pytest.raises(ValueError):
        parse_int(text)
    with pytest.raises(InvalidValue):
        with_setting(OrgSettings(name="Org"), "policy.retention_months", text)
    assert parse_int(" 10 ") == 10


def test_a_mailbox_retry_after_in_other_digits_is_ignored() -> None:
    import httpx

    from logbook.sync.mailbox_client import _retry_after

    for value in ("²", "٣"):  # as a hostile server sends them: UTF-8 bytes
        assert _retry_after(httpx.Headers([(b"retry-after", value.encode())])) is None
    assert _retry_after(httpx.Headers({"retry-after": "30"})) == 30.0

"""Kinds, modes and the checks every field goes through, each error naming its field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import TypeVar

from logbook.errors import InvalidValue
from logbook.i18n import _

MAX_NOTES = 200_000
MAX_SHORT_TEXT = 200
MAX_TAG = 80
MATCH_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,31}$")
EARLIEST = date(1900, 1, 1)


class Kind(StrEnum):
    VISIT = "visit"
    CONVERSATION = "conversation"
    REFLECTION = "reflection"


class Mode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    MESSAGE = "message"
    GROUP = "group"


class TagKind(StrEnum):
    ACTIVITY = "activity"
    TOPIC = "topic"


DEFAULT_MODE = {Kind.VISIT: Mode.IN_PERSON, Kind.CONVERSATION: Mode.PHONE}
E = TypeVar("E", bound=StrEnum)


def enum_value(cls: type[E], field: str, value: str) -> E:
    try:
        return cls(value.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise InvalidValue(field, _("must be one of {allowed}").format(allowed=allowed)) from None


def match_code(value: str) -> str:
    code = value.strip().upper()
    if not MATCH_CODE.match(code):
        raise InvalidValue(
            "match code", _("must be letters, digits and dashes as issued, e.g. M-0042")
        )
    return code


def past_date(field: str, value: date, today: date | None = None) -> date:
    today = today or date.today()
    if value > today:
        raise InvalidValue(field, _("cannot be in the future"))
    if value < EARLIEST:
        raise InvalidValue(field, _("is too far in the past"))
    return value


def past_moment(field: str, on: date, at: time | None, now: datetime | None = None) -> None:
    """A past event cannot be dated in the future, to the minute when a time is given."""
    now = now or datetime.now()
    past_date(field, on, now.date())
    if at is not None and on == now.date() and at.replace(second=0) > now.time():
        raise InvalidValue("time", _("cannot be in the future"))


def parse_date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(field, _("must be a real date written as YYYY-MM-DD")) from None


def parse_time(field: str, text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(field, _("must be a time written as HH:MM")) from None


def whole_number(field: str, text: str) -> int | None:
    """A number typed into a form: empty is None; anything else must be digits."""
    text = text.strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise InvalidValue(field, _("must be a whole number"))
    return int(text)


def bounded_int(field: str, value: int | None, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, _("must be a whole number"))
    if not low <= value <= high:
        raise InvalidValue(field, _("must be between {low} and {high}").format(low=low, high=high))
    return value


def short_text(field: str, value: str | None, *, required: bool = False) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise InvalidValue(field, _("must not be empty"))
        return None
    if len(text) > MAX_SHORT_TEXT:
        raise InvalidValue(
            field,
            _("must be at most {MAX_SHORT_TEXT} characters").format(MAX_SHORT_TEXT=MAX_SHORT_TEXT),
        )
    return text


def long_text(field: str, value: str | None, *, required: bool = False) -> str:
    """Free text is kept exactly as typed: only line endings become `\n` and whitespace is
    trimmed at the very start and end; nothing inside is touched (Markdown included)."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not text.strip():
        raise InvalidValue(field, _("must not be empty"))
    if len(text) > MAX_NOTES:
        raise InvalidValue(
            field, _("must be at most {MAX_NOTES} characters").format(MAX_NOTES=MAX_NOTES)
        )
    return text


def tag_names(field: str, names: Iterable[str]) -> tuple[str, ...]:
    """Trim, drop empties and repeats (ignoring case), keep the order given."""
    seen: set[str] = set()
    result = []
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        if len(name) > MAX_TAG:
            raise InvalidValue(
                field, _("each tag must be at most {MAX_TAG} characters").format(MAX_TAG=MAX_TAG)
            )
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return tuple(result)

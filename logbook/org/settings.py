"""The organisation's settings as volunteers receive them: name, tag lists, contact, policy.

Read from a TOML file at `org init`, changed one key at a time by `org set`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from logbook.digits import parse_int
from logbook.errors import DamagedFile, InvalidValue
from logbook.i18n import _
from logbook.records import retention
from logbook.summary.schema import Category

MAX_CONFIG_BYTES = 256 * 1024
ListedTag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class Policy(_Model):
    off: list[Category] = Field(default_factory=list, max_length=len(Category))
    retention_months: Annotated[int, Field(ge=retention.MIN_MONTHS, le=retention.MAX_MONTHS)] = (
        retention.DEFAULT_MONTHS
    )

    def categories(self) -> frozenset[Category]:
        return frozenset(Category) - frozenset(self.off)


class OrgSettings(_Model):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    mailbox_url: str | None = None
    activities: Annotated[list[ListedTag], Field(max_length=200)] = Field(default_factory=list)
    topics: Annotated[list[ListedTag], Field(max_length=200)] = Field(default_factory=list)
    safeguarding_contact: Annotated[str, StringConstraints(max_length=300)] | None = None
    policy: Policy = Field(default_factory=Policy)

    @field_validator("mailbox_url")
    @classmethod
    def _safe_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        from logbook.sync.urls import require_safe_url

        try:
            return require_safe_url(value)
        except InvalidValue as exc:
            raise ValueError(exc.problem) from None

    @field_validator("activities", "topics")
    @classmethod
    def _distinct(cls, names: list[str]) -> list[str]:
        seen: set[str] = set()
        for name in names:
            if name.casefold() in seen:
                raise ValueError(f"“{name}” is listed twice")
            seen.add(name.casefold())
        return names


def settings_from(data: dict[str, Any], source: str) -> OrgSettings:
    try:
        return OrgSettings.model_validate(data)
    except ValidationError as exc:
        raise InvalidValue(source, _first_problem(exc)) from None


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "settings"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}"


def load_settings_file(path: Path, name: str | None = None) -> OrgSettings:
    """Settings from a TOML file; `name` given on the command line wins over the file's."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_CONFIG_BYTES + 1)  # bounded: /dev/zero must not fill memory
    except OSError as exc:
        raise DamagedFile(
            _("Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)
        ) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise DamagedFile(_("{path} is too large for a settings file.").format(path=path))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DamagedFile(
            _("{path} is not valid TOML ({exc}).").format(path=path, exc=exc)
        ) from None
    if name is not None:
        data["name"] = name
    return settings_from(data, str(path))


# `org set KEY VALUE`: the keys, and how a value typed on the command line becomes a setting.
LIST_KEYS = {"activities", "topics", "policy.off"}
SETTABLE = (
    "name",
    "mailbox_url",
    "safeguarding_contact",
    "activities",
    "topics",
    "policy.off",
    "policy.retention_months",
)


def with_setting(settings: OrgSettings, key: str, value: str) -> OrgSettings:
    if key not in SETTABLE:
        raise InvalidValue(
            "key", _("must be one of {SETTABLE}").format(SETTABLE=", ".join(SETTABLE))
        )
    data = settings.model_dump(mode="json")
    parsed: object = value
    if key in LIST_KEYS:
        parsed = [part.strip() for part in value.split(",") if part.strip()]
    elif key == "policy.retention_months":
        try:
            parsed = parse_int(value)
        except ValueError:
            raise InvalidValue(key, _("must be a whole number of months")) from None
    elif value == "":
        parsed = None if key != "name" else ""
    head, _dot, tail = key.partition(".")
    if tail:
        data[head][tail] = parsed
    else:
        data[head] = parsed
    return settings_from(data, key)

"""Shared fixtures: one template profile per session, copied into each test's own folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from logbook.records.book import Logbook
from logbook.vault.profiles import ProfileManager, UnlockedProfile

PASSPHRASE = "a long test passphrase"
PROFILE = "Volunteer"


@dataclass
class Profiles:
    manager: ProfileManager
    data_dir: Path
    name: str
    passphrase: str
    recovery_key: str

    @property
    def folder(self) -> Path:
        return self.manager.folder(self.name)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Made once per session so the KDF and the first migration are paid once."""
    data = tmp_path_factory.mktemp("template")
    made = ProfileManager(data).create(PROFILE, PASSPHRASE)
    return data, made.recovery_key


@pytest.fixture
def profiles(template: tuple[Path, str], tmp_path: Path) -> Profiles:
    data = tmp_path / "data"
    shutil.copytree(template[0], data)
    return Profiles(ProfileManager(data), data, PROFILE, PASSPHRASE, template[1])


@pytest.fixture
def profile(profiles: Profiles) -> Iterator[UnlockedProfile]:
    unlocked = profiles.manager.unlock(profiles.name, profiles.passphrase)
    yield unlocked
    unlocked.lock()


@pytest.fixture
def book(profile: UnlockedProfile) -> Logbook:
    return Logbook(profile.store)


def file_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, to prove a failed action changed nothing."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# The organisation fixtures (coordinator profile, org, enrolled member) for every package.
from tests.organisation import coordinator, coordinator_template, member, org  # noqa: E402,F401

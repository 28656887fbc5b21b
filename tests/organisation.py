"""Fixtures for an organisation (in a coordinator profile) and a volunteer enrolled with it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from logbook.org.membership import MembershipService
from logbook.org.organisation import MailboxTokens, OrganisationService
from logbook.org.settings import OrgSettings
from logbook.records.book import Logbook
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from tests.conftest import PASSPHRASE

COORDINATOR = "Coordinator"
ORG_SETTINGS = OrgSettings(
    name="Hilltop Befriending",
    activities=["Walk", "Tea and chat", "Gardening"],
    topics=["Health", "Family"],
    safeguarding_contact="Safeguarding lead, 01234 567890",
)


@dataclass
class Org:
    enrolment: bytes
    tokens: MailboxTokens
    identity: pyrage.x25519.Identity
    fingerprint: str
    service: OrganisationService


@pytest.fixture(scope="session")
def coordinator_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("coordinator")
    ProfileManager(data).create(COORDINATOR, PASSPHRASE, ProfileKind.COORDINATOR)
    return data


@pytest.fixture
def coordinator(coordinator_template: Path, tmp_path: Path) -> Iterator[UnlockedProfile]:
    data = tmp_path / "coordinator"
    shutil.copytree(coordinator_template, data)
    unlocked = ProfileManager(data).unlock(COORDINATOR, PASSPHRASE)
    yield unlocked
    unlocked.lock()


@pytest.fixture
def org(coordinator: UnlockedProfile) -> Org:
    service = OrganisationService(coordinator.store)
    state, tokens = service.init(ORG_SETTINGS)
    return Org(service.enrolment_file(), tokens, service.identity(), state.fingerprint, service)


@pytest.fixture
def member(book: Logbook, org: Org) -> MembershipService:
    membership = MembershipService(book.store)
    membership.enroll(org.enrolment, org.fingerprint)
    return membership

"""A real mailbox per module and storage kind (SQLite, PostgreSQL), emptied before each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.harness import Mailbox, database, running_mailbox


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_mailbox(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Mailbox]:
    with database(request.param, tmp_path_factory.mktemp("mailbox")) as url:
        with running_mailbox(url) as box:
            yield box


@pytest.fixture
def mailbox(module_mailbox: Mailbox) -> Mailbox:
    module_mailbox.reset()
    return module_mailbox

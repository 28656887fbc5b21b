"""The door's mutation form: what a call changed is emitted once it is committed, always."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from logbook.changes import ENTRIES, MATCHES, Changes
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from tests.ui.conftest import wait_ops
from ui.operations import Operations


def door(qtbot: QtBot) -> tuple[Operations, list[Changes], list[str]]:
    failures: list[str] = []
    ops = Operations(report=lambda message, error, owner: failures.append(message))
    seen: list[Changes] = []
    ops.changed.connect(seen.append)
    return ops, seen, failures


def test_a_mutation_emits_what_it_changed_before_its_callback(qtbot: QtBot, book: Logbook) -> None:
    ops, seen, failures = door(qtbot)
    order: list[object] = []
    ops.changed.connect(lambda changes: order.append(changes))
    ops.mutate(lambda: book.matches.add("M-0001", "Ann", date(2024, 1, 1)),
               lambda match: order.append(match.code))  # fmt: skip
    wait_ops(qtbot, ops)
    assert seen == [MATCHES] and order == [MATCHES, "M-0001"] and failures == []


def test_a_query_emits_nothing(qtbot: QtBot, book: Logbook) -> None:
    ops, seen, _ = door(qtbot)
    listed: list[object] = []
    ops.query(book.matches.list, listed.append)
    wait_ops(qtbot, ops)
    assert listed == [[]] and seen == []


def test_the_change_is_emitted_even_when_the_form_that_saved_is_gone(
    qtbot: QtBot, book: Logbook
) -> None:
    ops, seen, _ = door(qtbot)
    form = QWidget()
    called: list[object] = []
    entry = EntryInput(kind=Kind.REFLECTION, occurred_on=date(2024, 3, 1), notes="x")
    ops.mutate(lambda: book.entries.add(entry), called.append, owner=form)
    shiboken6.delete(form)  # gone before the UI thread can take the result
    qtbot.waitUntil(lambda: not ops.busy, timeout=15_000)
    assert seen == [ENTRIES]  # the lists still refresh
    assert called == []  # the callback of a deleted form is not run


def test_a_mutation_that_cannot_say_what_changed_is_a_reported_failure(
    qtbot: QtBot, book: Logbook
) -> None:
    ops, seen, failures = door(qtbot)
    ops.mutate(lambda: 42)  # type: ignore[arg-type, return-value]
    wait_ops(qtbot, ops)
    assert seen == [] and len(failures) == 1 and "Something went wrong" in failures[0]


def test_a_refused_mutation_emits_nothing_and_says_why(qtbot: QtBot, book: Logbook) -> None:
    ops, seen, failures = door(qtbot)
    ops.mutate(lambda: book.entries.delete(999))
    wait_ops(qtbot, ops)
    assert seen == [] and len(failures) == 1 and "999" in failures[0]

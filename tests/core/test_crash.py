"""A kill at any moment loses nothing that was reported saved, and leaves sound files.

A forked child saves entries (or changes the passphrase) in a loop, reporting each success
through a pipe; the parent kills it with SIGKILL at a random moment, then checks. Rounds:
LOGBOOK_CRASH_ROUNDS (default 200), within LOGBOOK_CRASH_SECONDS (default 240: about 15 s
on a quiet machine, with room for a loaded one).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from logbook.errors import BadSecret
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.vault.profiles import ProfileManager
from tests.conftest import Profiles

ROUNDS = int(os.environ.get("LOGBOOK_CRASH_ROUNDS", "200"))
BUDGET = float(os.environ.get("LOGBOOK_CRASH_SECONDS", "240"))


def fork_child(work: Callable[[Callable[[str], None]], None]) -> tuple[int, int]:
    """Run `work(report)` in a child; `report` writes one line to the parent's pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        os.close(read)
        try:
            work(lambda line: os.write(write, f"{line}\n".encode()) and None)
        finally:
            os._exit(0)
    os.close(write)
    return pid, read


def kill_after_ready(
    pid: int, read: int, rng: random.Random, *, after_first_report: bool = False
) -> list[str]:
    """Wait for the child's 'ready' (and, if asked, its first report of work done), kill it
    at a random moment, return what it reported. Waiting for the first report keeps the
    kills landing mid-work on a loaded machine, where a save can take longer than the
    random delay."""
    buffer = b""
    wanted = 2 if after_first_report else 1
    while buffer.count(b"\n") < wanted:
        chunk = os.read(read, 4096)
        if not chunk:
            break
        buffer += chunk
    time.sleep(rng.uniform(0, 0.04))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read, 65536):
        buffer += chunk
    os.close(read)
    return [line for line in buffer.decode().splitlines() if line != "ready"]


def test_killed_while_saving_entries_loses_nothing_reported(profiles: Profiles) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        Logbook(unlocked.store).matches.add("M-0001", "Crash Test", date(2025, 1, 1))
    rng = random.Random(20261127)
    saved: set[int] = set()
    started = time.monotonic()
    rounds = 0

    def save_forever(report: Callable[[str], None]) -> None:
        manager = ProfileManager(profiles.data_dir)
        unlocked = manager.unlock(profiles.name, profiles.passphrase)
        book = Logbook(unlocked.store)
        report("ready")
        n = 0
        while True:
            entry = book.entries.add(
                EntryInput(
                    kind=Kind.VISIT, occurred_on=date(2025, 3, 1), match_code="M-0001",
                    minutes=1 + n % 1440, notes=f"entry {n} " + "some words " * 50,
                    activities=(f"tag{n % 7}",),
                )
            )  # fmt: skip
            report(str(entry.id))
            n += 1

    while rounds < ROUNDS and time.monotonic() - started < BUDGET:
        pid, read = fork_child(save_forever)
        saved.update(int(x) for x in kill_after_ready(pid, read, rng, after_first_report=True))
        rounds += 1
        with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
            assert unlocked.store.integrity_problems() == [], f"round {rounds}"
            book = Logbook(unlocked.store)
            present = {e.id for e in book.entries.list(include_deleted=True).entries}
            missing = saved - present
            assert not missing, f"round {rounds}: reported saved but lost: {sorted(missing)[:5]}"
            if rounds % 50 == 0:
                assert book.search.search("entry")  # the index survived too
    assert rounds >= min(ROUNDS, 200) or pytest.fail(f"only {rounds} rounds in {BUDGET}s")
    assert len(saved) >= rounds  # the kills really landed mid-work, after saves


def test_killed_during_passphrase_change_leaves_exactly_one_working(profiles: Profiles) -> None:
    rng = random.Random(7)
    passphrases = (profiles.passphrase, "the other passphrase")

    def flip_forever(report: Callable[[str], None]) -> None:
        manager = ProfileManager(profiles.data_dir)
        report("ready")
        while True:
            for old, new in (passphrases, passphrases[::-1]):
                try:
                    manager.change_passphrase(profiles.name, old, new)
                    report(new)
                except BadSecret:
                    pass

    rounds = max(20, ROUNDS // 4)
    for _ in range(rounds):
        pid, read = fork_child(flip_forever)
        kill_after_ready(pid, read, rng)
        working = []
        for candidate in passphrases:
            try:
                profiles.manager.unlock(profiles.name, candidate).lock()
                working.append(candidate)
            except BadSecret:
                pass
        assert len(working) == 1, working
    leftovers = [p.name for p in Path(profiles.folder).iterdir() if p.name.endswith(".tmp")]
    # A kill between writing the temp file and renaming it may leave one behind; never more
    # than one per kill, and they are never read.
    assert len(leftovers) <= rounds

"""A second start while the app runs (a file double-clicked) hands the file to the running app
and quits: the enrolment opens in the window already unlocked, not in a second one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from tests.organisation import Org
from tests.ui.test_open_with import opened, type_passphrase_and_unlock  # noqa: F401
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def second_start(data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    """The app started again, as the desktop does for a double-clicked file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_a_file_opened_again_goes_to_the_running_app(
    qtbot: QtBot,
    opened: MainWindow,  # noqa: F811
    profiles: Profiles,
    org: Org,
    tmp_path: Path,
) -> None:
    single = SingleInstance(profiles.data_dir)
    assert single.listen()
    try:
        single.opened.connect(opened.bring_forward)  # as the app's start does
        area = type_passphrase_and_unlock(qtbot, opened, profiles.passphrase)
        path = tmp_path / "hilltop.enrol"
        path.write_bytes(org.enrolment)
        second = second_start(profiles.data_dir, str(path))
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        assert second.returncode == 0, second.stderr.read() if second.stderr else ""
        qtbot.waitUntil(
            lambda: area.sharing.enrol_dialog is not None and area.sharing.enrol_dialog.isVisible(),
            timeout=15_000,
        )
        dialog = area.sharing.enrol_dialog
        assert dialog is not None and dialog.subject.text() == "Hilltop Befriending"
        dialog.reject()
    finally:
        single.close()
    assert single.path is not None and not single.path.exists()


def test_another_data_folder_is_another_app(tmp_path: Path, profiles: Profiles) -> None:
    mine, other = SingleInstance(profiles.data_dir), SingleInstance(tmp_path / "elsewhere")
    assert mine.path != other.path
    assert mine.listen()
    try:
        assert not other.hand_over(None)  # nobody runs on that folder: it would start
    finally:
        mine.close()


def test_a_socket_left_by_a_killed_app_is_replaced(profiles: Profiles) -> None:
    single = SingleInstance(profiles.data_dir)
    assert single.path is not None
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(single.path))
    stale.close()  # the file stays, as after a kill; nobody listens on it
    assert not SingleInstance(profiles.data_dir).hand_over(None)
    assert single.listen()
    single.close()


def test_what_is_not_our_message_is_ignored(qtbot: QtBot, profiles: Profiles) -> None:
    single = SingleInstance(profiles.data_dir)
    assert single.listen() and single.path is not None
    seen: list[object] = []
    single.opened.connect(seen.append)
    try:
        for junk in (b"not json\n", b"[1, 2]\n", b'{"open": "/no/such/file"}\n', b"x" * 9000):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
                peer.connect(str(single.path))
                peer.sendall(junk)
                qtbot.wait(100)
        # Our own message, sent as `hand_over` sends it, is taken and answered.
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
            peer.connect(str(single.path))
            peer.sendall(b'{"open": null}\n')
            qtbot.waitUntil(lambda: seen == [None], timeout=5000)
            peer.settimeout(5)
            assert peer.recv(2) == b"ok"
        assert seen == [None]
    finally:
        single.close()

"""Screen lock and suspend lock the logbook: signals sent on a private dbus-daemon."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from ui.session_watch import SessionWatch

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="needs dbus-daemon (dev.py installs it)"
)


@pytest.fixture
def bus() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(5)


def send(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, member, *args],
                   check=True)  # fmt: skip


@pytest.mark.parametrize(
    ("path", "member"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
    ],
)
def test_screen_lock_locks(qtbot: QtBot, bus: str, path: str, member: str) -> None:
    connection = QDBusConnection.connectToBus(bus, f"test-{member}")
    assert connection.isConnected()
    locks: list[bool] = []
    watch = SessionWatch(lambda: locks.append(True), session=connection, system=connection)
    assert len(watch.listening) >= 2
    send(bus, path, member, "boolean:false")  # the screen unlocking: nothing to do
    qtbot.wait(200)
    assert locks == []
    send(bus, path, member, "boolean:true")
    qtbot.waitUntil(lambda: locks == [True], timeout=5000)
    QDBusConnection.disconnectFromBus(f"test-{member}")


def test_suspend_locks(qtbot: QtBot, bus: str) -> None:
    connection = QDBusConnection.connectToBus(bus, "test-sleep")
    locks: list[bool] = []
    watch = SessionWatch(lambda: locks.append(True), session=connection, system=connection)
    assert "login1 PrepareForSleep" in watch.listening
    # A stand-in logind: it owns logind's name on the private bus, as the real one does.
    logind = QDBusConnection.connectToBus(bus, "test-logind")
    assert logind.registerService("org.freedesktop.login1")
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
    )
    signal.setArguments([True])
    assert logind.send(signal)
    qtbot.waitUntil(lambda: locks == [True], timeout=5000)
    QDBusConnection.disconnectFromBus("test-logind")
    QDBusConnection.disconnectFromBus("test-sleep")


def test_without_a_bus_nothing_breaks(qtbot: QtBot) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "test-dead")
    watch = SessionWatch(lambda: None, session=dead, system=dead)
    assert watch.listening == []

"""Lock when the screen locks or the machine suspends, as far as the platform tells us.

Best effort, Linux only: listens on D-Bus for the freedesktop/GNOME screensaver's
ActiveChanged(true), logind's PrepareForSleep(true) and a logind session's Lock. Elsewhere,
or with no bus, it does nothing (the idle timer on the wall clock still applies).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
)


class SessionWatch(QObject):
    def __init__(
        self,
        on_lock: Callable[[], None],
        parent: QObject | None = None,
        session: QDBusConnection | None = None,
        system: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_lock = on_lock
        self.listening: list[str] = []
        if sys.platform.startswith("linux"):
            from PySide6.QtDBus import QDBusConnection

            self._connect(session or QDBusConnection.sessionBus(),
                          system or QDBusConnection.systemBus())  # fmt: skip

    def _connect(self, session: QDBusConnection, system: QDBusConnection) -> None:
        if session.isConnected():
            for path, interface in SCREENSAVERS:
                if _connect(
                    session, "", path, interface, "ActiveChanged", self, "screensaver(bool)"
                ):
                    self.listening.append(f"{interface} {path}")
        if system.isConnected():
            manager = ("org.freedesktop.login1", "/org/freedesktop/login1",
                       "org.freedesktop.login1.Manager")  # fmt: skip
            if _connect(system, *manager, "PrepareForSleep", self, "sleeping(bool)"):
                self.listening.append("login1 PrepareForSleep")
            if _connect(system, "org.freedesktop.login1", "", "org.freedesktop.login1.Session",
                        "Lock", self, "session_lock()"):  # fmt: skip
                self.listening.append("login1 Session.Lock")
        log.debug("session watch: %s", ", ".join(self.listening) or "no bus")

    @Slot(bool)
    def screensaver(self, active: bool) -> None:
        if active:
            self.on_lock()

    @Slot(bool)
    def sleeping(self, starting: bool) -> None:
        if starting:
            self.on_lock()

    @Slot()
    def session_lock(self) -> None:
        self.on_lock()


def _connect(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str,
    receiver: QObject, slot: str,
) -> bool:  # fmt: skip
    """One D-Bus signal to one slot of `receiver`, named by its C++ signature."""
    # PySide6's stubs want the slot as bytes, but the binding takes only SLOT()'s text (bytes
    # raise ValueError at run time): the one place the stubs are overruled.
    connect: Callable[..., bool] = bus.connect
    return connect(service, path, interface, name, receiver, SLOT(slot))

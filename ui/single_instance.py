"""One app per person and data folder: a second start (a file double-clicked while the app
runs) hands its file to the running app and quits, so nobody unlocks a second window.

The two talk over a Unix socket in a folder only this user can reach: the private runtime
folder the system gives (XDG_RUNTIME_DIR), else one of our own in the temporary folder,
used only if it is this user's and closed to others. The socket's name is a hash of the
data folder, so it says nothing of it, and another data folder (another portable copy, a
test) is another app. (A plain socket, not QtNetwork, which the app folder leaves out.)
Where none of this is possible the app simply runs alone, as it did before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

MAX_MESSAGE = 8192  # a path and a little JSON; anything longer is not ours
WAIT_SECONDS = 1.0


def private_folder() -> Path | None:
    """A folder only this user can enter, or None."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    if not hasattr(os, "getuid"):
        return None
    folder = Path(tempfile.gettempdir()) / f"volunteer-logbook-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None  # someone else's, or open to others: not a place to listen
    return folder


def socket_path(data_dir: Path) -> Path | None:
    folder = private_folder() if hasattr(socket, "AF_UNIX") else None
    if folder is None:
        return None
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return folder / f"volunteer-logbook-{digest}.sock"


class SingleInstance(QObject):
    """`hand_over` from a second start; `listen` in the first, which emits `opened`."""

    opened = Signal(object)  # a Path to open, or None: just come to the front

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.path = socket_path(data_dir)
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def hand_over(self, file: Path | None) -> bool:
        """True when a running app took the file (or the wish to be shown): quit then."""
        if self.path is None:
            return False
        message = json.dumps({"open": str(file.resolve()) if file else None}).encode() + b"\n"
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
                peer.settimeout(WAIT_SECONDS)
                peer.connect(str(self.path))
                peer.sendall(message)
                # The running app answers once it has read the message.
                return peer.recv(2) == b"ok"
        except OSError:
            return False  # nobody listening (or a socket left by a killed app)

    def listen(self) -> bool:
        """Become the app others hand over to; False if the socket cannot be made."""
        if self.path is None:
            return False
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # left by an app that was killed: `hand_over` found no one
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(str(self.path))
            server.listen(4)
        except OSError:
            server.close()
            return False
        server.setblocking(False)
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._server is not None:
            self._server.close()
            self._server = None
            if self.path is not None:
                with contextlib.suppress(OSError):
                    self.path.unlink()

    def _accept(self) -> None:
        assert self._server is not None
        try:
            peer, _ = self._server.accept()
        except OSError:
            return
        with peer:
            # A short wait at most: the peer is our own app, which sends one line at once.
            peer.settimeout(WAIT_SECONDS / 2)
            try:
                line = self._read_line(peer)
                peer.sendall(b"ok")
            except OSError:
                return
        try:
            wanted = json.loads(line)["open"]
        except (ValueError, KeyError, TypeError):
            return  # not from our own app: ignored
        if wanted is None:
            self.opened.emit(None)
        elif isinstance(wanted, str) and Path(wanted).is_file():
            self.opened.emit(Path(wanted))

    @staticmethod
    def _read_line(peer: socket.socket) -> bytes:
        data = b""
        while b"\n" not in data and len(data) < MAX_MESSAGE:
            chunk = peer.recv(MAX_MESSAGE - len(data))
            if not chunk:
                break
            data += chunk
        return data.split(b"\n", 1)[0]

#!/usr/bin/env python3
"""Set up a private virtual environment and run the app or the whole test suite.

    python3 dev.py app      # start the desktop app
    python3 dev.py test     # lint, type-check and run every test
    python3 dev.py build    # build the one-folder app into dist/VolunteerLogbook/
    python3 dev.py translations   # refresh and compile every catalogue (docs/translating.md)

Everything is installed into ./.venv from constraints.txt, so a fresh clone needs only
Python 3.11+ and pip. As root on Debian, the few system libraries Qt needs are installed too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
EXTRAS = "test,server,postgres,build"
# What the venv is installed from: a change in any of them reinstalls.
INSTALL_INPUTS = ("pyproject.toml", "packaging/core/pyproject.toml", "constraints.txt")
# Shared libraries PySide6 wheels expect from the system (Debian names). The xcb ones must be
# present when building, so PyInstaller can put them in the folder; Xvfb runs the X checks.
# fmt: off
DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "fonts-dejavu-core", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
    "libwayland-client0", "xvfb", "xauth", "x11-utils", "dbus-daemon", "dbus-bin",
    "age",  # the stock tool, to prove bundles and key backups open without our code
    "poppler-utils",  # pdftotext/pdftoppm: the report PDF tests read and render it
]
# fmt: on


def run(*cmd: str | Path, **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)  # type: ignore[call-overload]


def system_packages() -> None:
    """Install missing Debian libraries, only where we are allowed to (root, apt present)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    missing = [
        p
        for p in DEBIAN_PACKAGES
        if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0
    ]
    if missing:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-q", env=env)
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env)


def ensure_venv() -> None:
    wanted = hashlib.sha256(
        b"".join((ROOT / name).read_bytes() for name in INSTALL_INPUTS)
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PY.exists():
        venv.create(VENV, with_pip=True)
    run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "-q", "-c", "constraints.txt", "-e", f".[{EXTRAS}]")
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "build", "translations"}:
        print(__doc__)
        return 2
    system_packages()
    ensure_venv()
    if argv[0] == "app":
        return subprocess.call([str(BIN / "logbook"), *argv[1:]], cwd=ROOT)
    if argv[0] == "translations":
        # .ts from every tr() in ui/, .pot/.po from every _() in logbook/, then .qm/.mo.
        return subprocess.call([str(PY), "tools/translations.py"], cwd=ROOT)
    if argv[0] == "build":
        run(PY, "tools/translations.py", "compile")  # lrelease: the .qm the folder ships
        return subprocess.call(
            [str(BIN / "pyinstaller"), "--noconfirm", "--log-level", "WARN", "build.spec"],
            cwd=ROOT,
        )
    run(PY, "-m", "ruff", "check", ".")
    run(PY, "-m", "mypy")
    return subprocess.call([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

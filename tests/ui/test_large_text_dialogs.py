"""At 200 % text (QT_FONT_DPI=192) on a 1366×768 laptop every free-text dialog fits the screen
with its buttons on it. Laid out in a process of its own: the DPI is read when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Profiles

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def inside(outer: list[int], inner: list[int]) -> bool:
    ox, oy, ow, oh = outer
    x, y, w, h = inner
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def test_free_text_dialogs_fit_a_small_laptop_at_200_percent_text(
    profiles: Profiles, tmp_path: Path
) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [LAPTOP]}))
    env = {**os.environ, "QT_FONT_DPI": "192",
           "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.large_text_probe", str(profiles.data_dir),
         profiles.name, profiles.passphrase],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["dpr"] == 2.0  # the text really is at 200 %
    for dialog in found["dialogs"]:
        name, screen = dialog["name"], dialog["screen"]
        width, height = dialog["frame"][2], dialog["frame"][3]
        assert width <= screen[2] and height <= screen[3], f"{name} is larger than the screen"
        assert dialog["buttons"], f"{name} shows no buttons"
        for button in dialog["buttons"]:
            assert inside(dialog["inside"], button), f"{name}: a button is off the dialog"

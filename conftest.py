"""Test-wide settings, applied before anything imports Qt or derives a key."""

import os

# Qt must find no display and use the offscreen platform; set before any PySide6 import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The cheap KDF, honoured only with this explicit setting (and never in the built app).
os.environ["LOGBOOK_TEST_KDF"] = "1"
for leaking in ("LOGBOOK_DATA_DIR", "LOGBOOK_PROFILE", "LOGBOOK_PASSPHRASE"):
    os.environ.pop(leaking, None)

# Hypothesis: no per-example deadline. Speed is measured in bench/, never asserted in tests,
# and a deadline only turns a busy 2-core machine into a red build.
from hypothesis import settings  # noqa: E402

settings.register_profile("logbook", deadline=None)
settings.load_profile("logbook")

"""Profile kinds and a quick look at a vault's kind, light enough for the unlock screen."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

VAULT_FILE = "vault.json"


class ProfileKind(StrEnum):
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"


def peek_kind(path: Path) -> ProfileKind | None:
    """The kind recorded in vault.json, or None if it cannot be read (reported on unlock).

    Plain JSON on purpose: listing profiles must not load the validation and crypto stack.
    """
    try:
        with path.open("rb") as f:
            return ProfileKind(json.loads(f.read(64 * 1024))["kind"])  # a vault is < 1 KiB
    except (OSError, ValueError, KeyError, TypeError):
        return None

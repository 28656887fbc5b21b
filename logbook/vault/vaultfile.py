"""vault.json: KDF parameters, salt and wrapped keys. It never holds a secret in the clear."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from logbook.atomicfile import write_atomic
from logbook.errors import DamagedFile
from logbook.vault.kdf import KdfParams
from logbook.vault.keywrap import WrappedKey
from logbook.vault.kinds import VAULT_FILE, ProfileKind

VAULT_FORMAT = "logbook.vault/1"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class KdfSection(_Strict):
    algorithm: Literal["argon2id"] = "argon2id"
    memory_kib: int = Field(gt=0)
    iterations: int = Field(gt=0)
    lanes: int = Field(gt=0)
    test: bool = False
    salt: str

    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, self.test)

    def salt_bytes(self) -> bytes:
        return base64.b64decode(self.salt)


class RecoverySection(_Strict):
    salt: str
    key: WrappedKey

    def salt_bytes(self) -> bytes:
        return base64.b64decode(self.salt)


class VaultFile(_Strict):
    format: Literal["logbook.vault/1"] = "logbook.vault/1"
    vault_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    kind: ProfileKind
    created_at: datetime
    database: str = Field(pattern=r"^[A-Za-z0-9_.-]+\.db$")
    kdf: KdfSection
    passphrase_key: WrappedKey
    recovery: RecoverySection


__all__ = ["VAULT_FILE", "ProfileKind", "VaultFile", "load_vault", "save_vault"]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def load_vault(path: Path) -> VaultFile:
    """Read and validate vault.json; any damage is reported naming the file, never a traceback."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise DamagedFile(f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedFile(f"{path} is damaged: it is not valid JSON.") from exc
    try:
        return VaultFile.model_validate(data)
    except ValidationError as exc:
        where = ", ".join(".".join(str(p) for p in e["loc"]) or "top level" for e in exc.errors())
        raise DamagedFile(f"{path} is damaged: missing or invalid {where}.") from exc


def save_vault(path: Path, vault: VaultFile) -> None:
    write_atomic(path, vault.model_dump_json(indent=2).encode() + b"\n")

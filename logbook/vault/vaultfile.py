"""vault.json: KDF parameters, salt and wrapped keys. It never holds a secret in the clear."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from logbook.atomicfile import write_atomic
from logbook.errors import DamagedFile
from logbook.i18n import _
from logbook.vault.kdf import KdfParams
from logbook.vault.keywrap import WrappedKey, base64_of
from logbook.vault.kinds import VAULT_FILE, ProfileKind

# /1 had no seal over its fields (its kind could be flipped); /2 carries `seal`, an HMAC keyed
# from the database key. A /1 vault is sealed on its first unlock (see vault.seal).
VAULT_FORMAT_UNSEALED = "logbook.vault/1"
VAULT_FORMAT = "logbook.vault/2"
SALT_BYTES = 16
SEAL_BYTES = 32
MAX_VAULT_BYTES = 64 * 1024  # a vault file is under 1 KiB
Salt = Annotated[str, AfterValidator(base64_of(SALT_BYTES))]
Seal = Annotated[str, AfterValidator(base64_of(SEAL_BYTES))]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class KdfSection(_Strict):
    algorithm: Literal["argon2id"] = "argon2id"
    memory_kib: int = Field(gt=0)
    iterations: int = Field(gt=0)
    lanes: int = Field(gt=0)
    test: bool = False
    salt: Salt

    @model_validator(mode="after")
    def _argon2_shape(self) -> Self:
        # Argon2 needs 8 KiB per lane; less would fail deep in the KDF instead of here.
        if self.memory_kib < 8 * self.lanes:
            raise ValueError("memory is too small for the number of lanes")
        return self

    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, self.test)

    def salt_bytes(self) -> bytes:
        return base64.b64decode(self.salt)


class RecoverySection(_Strict):
    salt: Salt
    key: WrappedKey

    def salt_bytes(self) -> bytes:
        return base64.b64decode(self.salt)


class VaultFile(_Strict):
    format: Literal["logbook.vault/1", "logbook.vault/2"] = "logbook.vault/2"
    vault_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    kind: ProfileKind
    created_at: datetime
    database: str = Field(pattern=r"^[A-Za-z0-9_.-]+\.db$")
    kdf: KdfSection
    passphrase_key: WrappedKey
    recovery: RecoverySection
    seal: Seal | None = None

    @model_validator(mode="after")
    def _seal_matches_format(self) -> Self:
        if self.format == VAULT_FORMAT and self.seal is None:
            raise ValueError("the seal is missing")
        if self.format == VAULT_FORMAT_UNSEALED and self.seal is not None:
            raise ValueError("an unsealed format has a seal")
        return self

    @property
    def sealed(self) -> bool:
        return self.format == VAULT_FORMAT


__all__ = ["VAULT_FILE", "ProfileKind", "VaultFile", "load_vault", "save_vault"]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def load_vault(path: Path) -> VaultFile:
    """Read and validate vault.json; any damage is reported naming the file, never a traceback."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_VAULT_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise DamagedFile(
            _("Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)
        ) from exc
    if len(raw) > MAX_VAULT_BYTES:
        raise DamagedFile(
            _("{path} is damaged: it is far larger than a vault file.").format(path=path)
        )
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedFile(_("{path} is damaged: it is not valid JSON.").format(path=path)) from exc
    try:
        return VaultFile.model_validate(data)
    except ValidationError as exc:
        where = ", ".join(".".join(str(p) for p in e["loc"]) or "top level" for e in exc.errors())
        raise DamagedFile(
            _("{path} is damaged: missing or invalid {where}.").format(path=path, where=where)
        ) from exc


def save_vault(path: Path, vault: VaultFile) -> None:
    """Only sealed vaults are written: an unsealed one is upgraded, never rewritten as is."""
    if not vault.sealed:
        raise ValueError("an unsealed vault is never written")
    write_atomic(path, vault.model_dump_json(indent=2, exclude_none=True).encode() + b"\n")


def sealed_bytes(vault: VaultFile) -> bytes:
    """The canonical bytes the seal covers: every field but the seal, in a fixed order."""
    fields = vault.model_dump(mode="json", exclude={"seal"})
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()

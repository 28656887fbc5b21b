"""The organisation's key backup: an age identity file, passphrase-encrypted with age.

The plaintext is a standard age identity file (comments, then `AGE-SECRET-KEY-1...`), so
`age -d backup.age > org.key` then `age -d -i org.key bundle.age` works with the stock tool.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyrage

from logbook.digits import parse_int
from logbook.errors import BadSecret, DamagedFile, Refused
from logbook.i18n import _

BACKUP_FORMAT = "logbook.org-key-backup/1"
MAX_BACKUP_BYTES = 64 * 1024
MIN_PASSPHRASE = 12  # the file may be copied anywhere: its passphrase is all that guards it


@dataclass(frozen=True)
class KeyBackup:
    org_id: str
    org_name: str
    signing_key: str  # raw Ed25519 private key, base64
    age_identity: str  # AGE-SECRET-KEY-1...
    # So a restored organisation carries on as it was: its settings (JSON, base64) and
    # revision, the mailbox tokens, and identities retired by key rotations.
    settings: str = ""
    revision: int = 1
    upload_token: str = ""
    coordinator_token: str = ""
    retired_identities: tuple[str, ...] = ()


def render(backup: KeyBackup) -> str:
    lines = [
        f"# {BACKUP_FORMAT}",
        f"# org-id: {backup.org_id}",
        f"# org-name: {' '.join(backup.org_name.split())}",
        f"# signing-key: {backup.signing_key}",
        f"# settings: {backup.settings}",
        f"# revision: {backup.revision}",
        f"# upload-token: {backup.upload_token}",
        f"# coordinator-token: {backup.coordinator_token}",
        # Identities retired by rotations come first: a bundle sealed to one still opens with
        # `age -d -i` on this file, as age tries every identity in it.
        *backup.retired_identities,
        backup.age_identity,
    ]
    return "\n".join(lines) + "\n"


def encrypt_backup(backup: KeyBackup, passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise Refused(
            _("The backup passphrase must be at least {n} characters.").format(n=MIN_PASSPHRASE)
        )
    data: bytes = pyrage.passphrase.encrypt(render(backup).encode(), passphrase)
    return data


def decrypt_backup(data: bytes, passphrase: str) -> KeyBackup:
    if len(data) > MAX_BACKUP_BYTES:
        raise DamagedFile(_("The key backup is too large to be one."))
    try:
        text = pyrage.passphrase.decrypt(data, passphrase).decode("utf-8")
    except pyrage.DecryptError:
        raise BadSecret(
            _("The key backup did not open: the backup passphrase is wrong or the file is damaged.")
        ) from None
    except UnicodeDecodeError:
        raise DamagedFile(_("The key backup's contents are damaged.")) from None
    return parse(text)


def parse(text: str) -> KeyBackup:
    fields: dict[str, str] = {}
    identities: list[str] = []
    lines = text.splitlines()
    if not lines or lines[0] != f"# {BACKUP_FORMAT}":
        raise DamagedFile(_("This is not a Volunteer Logbook organisation key backup."))
    for line in lines[1:]:
        if line.startswith("# ") and ": " in line:
            key, _colon, value = line[2:].partition(": ")
            fields[key] = value
        elif line.startswith("AGE-SECRET-KEY-1"):
            identities.append(line.strip())
    if not identities or "org-id" not in fields or "signing-key" not in fields:
        raise DamagedFile(
            _("The key backup is incomplete (a key or the organisation id is missing).")
        )
    try:
        revision = parse_int(fields.get("revision", "1"))
    except ValueError:
        raise DamagedFile(_("The key backup is damaged (its revision is not a number).")) from None
    return KeyBackup(
        fields["org-id"], fields.get("org-name", ""), fields["signing-key"], identities[-1],
        fields.get("settings", ""), revision, fields.get("upload-token", ""),
        fields.get("coordinator-token", ""), tuple(identities[:-1]),
    )  # fmt: skip

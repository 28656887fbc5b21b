"""The organisation, in a coordinator profile: created once, changed by key, published signed."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from logbook.db.models import KeyPair, Organisation
from logbook.db.store import Store
from logbook.errors import DamagedFile, Refused
from logbook.i18n import _
from logbook.identity.envelope import seal
from logbook.identity.fingerprint import org_fingerprint
from logbook.identity.signing import (
    b64,
    load_private,
    new_signing_key,
    private_text,
    public_bytes,
    unb64,
)
from logbook.org.enrolment import EnrolmentPayload, write_enrolment
from logbook.org.key_backup import KeyBackup, encrypt_backup
from logbook.org.keystore import Role, get_key, put_key, retire_age_key, retired_age_keys
from logbook.org.settings import OrgSettings, with_setting
from logbook.records.clock import utc_now

ROW = 1
RESTORE_JUMP = 1000  # revisions skipped by a restore from a key backup


@dataclass(frozen=True)
class OrgState:
    org_id: str
    revision: int
    settings: OrgSettings
    fingerprint: str
    recipient: str


@dataclass(frozen=True)
class MailboxTokens:
    upload: str  # goes into the enrolment file; lets volunteers' apps upload
    coordinator: str  # stays with the coordinator; lists, fetches and deletes bundles


def new_org_id() -> str:
    return "O-" + base64.b32encode(secrets.token_bytes(10)).decode("ascii")


class OrganisationService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def init(self, settings: OrgSettings) -> tuple[OrgState, MailboxTokens]:
        """Create the organisation's keys, tokens and first settings (once per profile)."""
        signing = new_signing_key()
        identity = pyrage.x25519.Identity.generate()
        tokens = MailboxTokens(secrets.token_urlsafe(32), secrets.token_urlsafe(32))
        with self._store.session() as s:
            if s.get(Organisation, ROW) is not None:
                raise Refused(
                    _("This profile already has an organisation; change it with `logbook org set`.")
                )
            put_key(s, Role.ORG_SIGNING, private_text(signing), b64(public_bytes(signing)))
            put_key(s, Role.ORG_AGE, str(identity), str(identity.to_public()))
            s.add(
                Organisation(
                    id=ROW,
                    org_id=new_org_id(),
                    revision=1,
                    settings=settings.model_dump_json(),
                    upload_token=tokens.upload,
                    coordinator_token=tokens.coordinator,
                    created_at=utc_now(),
                    updated_at=utc_now(),
                )
            )
        return self.state(), tokens

    def exists(self) -> bool:
        """Whether this coordinator profile has made its organisation yet."""
        with self._store.session() as s:
            return s.get(Organisation, ROW) is not None

    def state(self) -> OrgState:
        with self._store.session() as s:
            org = self._org(s)
            signing = self._public(s, Role.ORG_SIGNING)
            recipient = self._public(s, Role.ORG_AGE)
            return OrgState(
                org.org_id,
                org.revision,
                OrgSettings.model_validate_json(org.settings),
                org_fingerprint(org.org_id, base64.b64decode(signing), recipient),
                recipient,
            )

    def set(self, key: str, value: str) -> OrgState:
        """Change one setting; the revision goes up so volunteers' apps take the new file."""
        with self._store.session() as s:
            org = self._org(s)
            changed = with_setting(OrgSettings.model_validate_json(org.settings), key, value)
            org.settings = changed.model_dump_json()
            org.revision += 1
            org.updated_at = utc_now()
        return self.state()

    def tokens(self) -> MailboxTokens:
        with self._store.session() as s:
            org = self._org(s)
            return MailboxTokens(org.upload_token, org.coordinator_token)

    def enrolment_file(self, *, with_token: bool = True) -> bytes:
        return self._enrolment(with_token=with_token)

    def _enrolment(
        self, *, with_token: bool = True, signed_by: Ed25519PrivateKey | None = None
    ) -> bytes:
        """The current settings, signed: what `org publish` writes and volunteers enrol with.

        The copy posted to the mailbox leaves the upload token out: the mailbox keeps tokens
        only as hashes, and volunteers' apps keep the token they enrolled with.
        """
        with self._store.session() as s:
            org = self._org(s)
            key = get_key(s, Role.ORG_SIGNING)
            assert key is not None
            settings = OrgSettings.model_validate_json(org.settings)
            payload = EnrolmentPayload(
                org_id=org.org_id,
                revision=org.revision,
                signing_key=key.public,
                recipient=self._public(s, Role.ORG_AGE),
                upload_token=org.upload_token if settings.mailbox_url and with_token else None,
                settings=settings,
            )
            return write_enrolment(payload, signed_by or load_private(key.private))

    def key_backup(self, passphrase: str) -> bytes:
        with self._store.session() as s:
            org = self._org(s)
            signing, age = get_key(s, Role.ORG_SIGNING), get_key(s, Role.ORG_AGE)
            assert signing is not None and age is not None
            name = OrgSettings.model_validate_json(org.settings).name
            backup = KeyBackup(
                org.org_id, name, signing.private, age.private,
                settings=b64(org.settings.encode()), revision=org.revision,
                upload_token=org.upload_token, coordinator_token=org.coordinator_token,
                retired_identities=tuple(k.private for k in retired_age_keys(s)),
            )  # fmt: skip
        return encrypt_backup(backup, passphrase)

    def restore(self, backup: KeyBackup) -> OrgState:
        """Make this (new) coordinator profile the organisation of the key backup."""
        try:
            for text in (backup.age_identity, *backup.retired_identities):
                pyrage.x25519.Identity.from_str(text)
            signing = load_private(backup.signing_key)
            settings = (
                OrgSettings.model_validate_json(unb64(backup.settings, "settings"))
                if backup.settings
                else OrgSettings(name=backup.org_name or backup.org_id)
            )
        except (pyrage.IdentityError, ValueError):
            raise DamagedFile(_("The key backup's keys or settings are damaged.")) from None
        identity = pyrage.x25519.Identity.from_str(backup.age_identity)
        with self._store.session() as s:
            if s.get(Organisation, ROW) is not None:
                raise Refused(_(
                    "This profile already has an organisation: restore the key backup into a "
                    "new coordinator profile."
                ))  # fmt: skip
            put_key(s, Role.ORG_SIGNING, backup.signing_key, b64(public_bytes(signing)))
            put_key(s, Role.ORG_AGE, backup.age_identity, str(identity.to_public()))
            for text in backup.retired_identities:
                old = pyrage.x25519.Identity.from_str(text)
                retire_age_key(s, KeyPair(private=text, public=str(old.to_public()),
                                          created_at=utc_now()))  # fmt: skip
            s.add(Organisation(
                # Far ahead of anything published since the backup was made, so volunteers'
                # apps (which take only newer revisions) accept this organisation's next file.
                id=ROW, org_id=backup.org_id, revision=backup.revision + RESTORE_JUMP,
                settings=settings.model_dump_json(),
                upload_token=backup.upload_token or secrets.token_urlsafe(32),
                coordinator_token=backup.coordinator_token or secrets.token_urlsafe(32),
                created_at=utc_now(), updated_at=utc_now(),
            ))  # fmt: skip
        return self.state()

    def rotate_keys(self) -> bytes:
        """New signing key and age identity; the old identity is kept for old bundles.

        Returns the announcement: the new enrolment file signed by the OLD key, which
        volunteers' apps accept without a new read-out (they trust the old key).
        """
        new_signing = new_signing_key()
        new_identity = pyrage.x25519.Identity.generate()
        with self._store.session() as s:
            org = self._org(s)
            old_signing, old_age = get_key(s, Role.ORG_SIGNING), get_key(s, Role.ORG_AGE)
            assert old_signing is not None and old_age is not None
            announcer = load_private(old_signing.private)
            retire_age_key(s, old_age)
            s.flush()
            put_key(s, Role.ORG_SIGNING, private_text(new_signing), b64(public_bytes(new_signing)))
            put_key(s, Role.ORG_AGE, str(new_identity), str(new_identity.to_public()))
            org.revision += 1
            org.updated_at = utc_now()
        return self._enrolment(signed_by=announcer)

    def identities(self) -> list[pyrage.x25519.Identity]:
        """Every identity the organisation has had, newest first: old bundles stay readable."""
        with self._store.session() as s:
            self._org(s)
            keys = [get_key(s, Role.ORG_AGE), *reversed(retired_age_keys(s))]
            return [pyrage.x25519.Identity.from_str(k.private) for k in keys if k is not None]

    def recipients(self) -> frozenset[str]:
        with self._store.session() as s:
            self._org(s)
            keys = [get_key(s, Role.ORG_AGE), *retired_age_keys(s)]
            return frozenset(k.public for k in keys if k is not None)

    def sign(self, format: str, payload: bytes) -> bytes:
        """A signed envelope from the organisation (receipts, updates) for volunteers' apps."""
        with self._store.session() as s:
            self._org(s)
            key = get_key(s, Role.ORG_SIGNING)
            assert key is not None
            return seal(format, payload, load_private(key.private))

    def identity(self) -> pyrage.x25519.Identity:
        """The age identity that decrypts bundles (the coordinator's import uses it)."""
        with self._store.session() as s:
            self._org(s)
            key = get_key(s, Role.ORG_AGE)
            assert key is not None
            return pyrage.x25519.Identity.from_str(key.private)

    @staticmethod
    def _org(session: Session) -> Organisation:
        org = session.get(Organisation, ROW)
        if org is None:
            raise Refused(
                _(
                    "This profile has no organisation yet: create it with `logbook org init "
                    "--name NAME --out FILE`."
                )
            )
        return org

    @staticmethod
    def _public(session: Session, role: Role) -> str:
        key = get_key(session, role)
        if key is None:
            raise Refused(_("The organisation's keys are missing from this profile."))
        return key.public

"""The organisation, in a coordinator profile: created once, changed by key, published signed."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import pyrage
from sqlalchemy.orm import Session

from logbook.db.models import Organisation
from logbook.db.store import Store
from logbook.errors import Refused
from logbook.identity.envelope import seal
from logbook.identity.fingerprint import org_fingerprint
from logbook.identity.signing import b64, load_private, new_signing_key, private_text, public_bytes
from logbook.org.enrolment import EnrolmentPayload, write_enrolment
from logbook.org.key_backup import KeyBackup, encrypt_backup
from logbook.org.keystore import Role, get_key, put_key
from logbook.org.settings import OrgSettings, with_setting

ROW = 1


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


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


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
                    "This profile already has an organisation; change it with `logbook org set`."
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
                    created_at=_now(),
                    updated_at=_now(),
                )
            )
        return self.state(), tokens

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
            org.updated_at = _now()
        return self.state()

    def tokens(self) -> MailboxTokens:
        with self._store.session() as s:
            org = self._org(s)
            return MailboxTokens(org.upload_token, org.coordinator_token)

    def enrolment_file(self, *, with_token: bool = True) -> bytes:
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
            return write_enrolment(payload, load_private(key.private))

    def key_backup(self, passphrase: str) -> bytes:
        with self._store.session() as s:
            org = self._org(s)
            signing, age = get_key(s, Role.ORG_SIGNING), get_key(s, Role.ORG_AGE)
            assert signing is not None and age is not None
            name = OrgSettings.model_validate_json(org.settings).name
            backup = KeyBackup(org.org_id, name, signing.private, age.private)
        return encrypt_backup(backup, passphrase)

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
                "This profile has no organisation yet: create it with "
                "`logbook org init --name NAME --out FILE`."
            )
        return org

    @staticmethod
    def _public(session: Session, role: Role) -> str:
        key = get_key(session, role)
        if key is None:
            raise Refused("The organisation's keys are missing from this profile.")
        return key.public

"""Enrolment, in a volunteer profile: the organisation joined, and this device's key."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.changes import ORGANISATION, Changes
from logbook.db.models import Match, Membership
from logbook.db.settings import read_setting, write_setting
from logbook.db.store import Store
from logbook.errors import Refused
from logbook.i18n import _
from logbook.identity.fingerprint import device_fingerprint, device_id, same_fingerprint
from logbook.identity.signing import (
    b64,
    load_private,
    new_signing_key,
    private_text,
    public_bytes,
    unb64,
)
from logbook.org.assignments import (
    ASSIGNMENTS_FORMAT,
    Assignments,
    assignments_from_json,
    assignments_json,
    read_assignments,
)
from logbook.org.enrolment import ENROLMENT_FORMAT, Enrolment, read_enrolment
from logbook.org.keystore import Role, get_key, put_key
from logbook.profile_settings import ASSIGNED, AUTO_SEND, SHARE_WELLBEING
from logbook.records.clock import utc_now
from logbook.records.retention import DEFAULT_MONTHS
from logbook.records.tags import TagService
from logbook.records.values import TagKind
from logbook.summary.build import SummaryPolicy
from logbook.summary.schema import Category

ROW = 1
# What `apply_update` takes: signed settings, and this device's assignment list.
UPDATE_FORMATS = frozenset({ENROLMENT_FORMAT, ASSIGNMENTS_FORMAT})


@dataclass(frozen=True)
class Device:
    id: str
    fingerprint: str

    @property
    def changes(self) -> Changes:
        """Joining (which returns this laptop's device) changes the organisation."""
        return ORGANISATION


class MembershipService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def read(self, data: bytes) -> Enrolment:
        """Check an enrolment file's signature and show what it says, changing nothing."""
        return read_enrolment(data)

    def enroll(self, data: bytes, confirmed_fingerprint: str) -> Device:
        """Join the organisation once the volunteer has confirmed its fingerprint."""
        enrolment = read_enrolment(data)
        if not same_fingerprint(confirmed_fingerprint, enrolment.fingerprint):
            raise Refused(
                _("The fingerprint does not match this enrolment file; you have not "
                  "joined. Ask your coordinator to read it again; if it still differs, tell "
                  "them: the file may not be theirs.")
            )  # fmt: skip
        with self._store.session() as s:
            current = s.get(Membership, ROW)
            if current is not None and current.org_id != enrolment.payload.org_id:
                raise Refused(
                    _(
                        "This profile already belongs to another organisation; make a new "
                        "profile to join this one."
                    )
                )
            self._store_enrolment(s, enrolment, current, enrolment.signing_key)
            if get_key(s, Role.DEVICE) is None:
                key = new_signing_key()
                put_key(s, Role.DEVICE, private_text(key), b64(public_bytes(key)))
        self._apply_tag_lists(enrolment)
        device = self.device()
        assert device is not None
        return device

    def apply_update(self, data: bytes) -> bool:
        """Take a newer enrolment file, or assignment list, signed by the key already
        trusted; False if not newer."""
        if format_of(data) == ASSIGNMENTS_FORMAT:
            return self.apply_assignments(data)
        current = self.current()
        if current is None:
            raise Refused(_("This profile has not joined an organisation yet."))
        update = read_enrolment(data, trusted_key=current.signing_key)
        if update.payload.org_id != current.payload.org_id:
            raise Refused(_("The update is for another organisation."))
        if update.payload.revision <= current.payload.revision:
            return False
        with self._store.session() as s:
            self._store_enrolment(s, update, s.get(Membership, ROW), current.signing_key)
        self._apply_tag_lists(update)
        return True

    def apply_assignments(self, data: bytes) -> bool:
        """Keep a newer assignment list for this device; matches it ends are ended here too
        (from the coordinator's date), unless the volunteer ended them already."""
        current, device = self.current(), self.device()
        if current is None or device is None:
            raise Refused(_("This profile has not joined an organisation yet."))
        update = read_assignments(data, current.signing_key)
        if update.org_id != current.payload.org_id or update.device_id != device.id:
            raise Refused(_("The assignment list is for another organisation or device."))
        known = self.assignments()
        if known is not None and update.revision <= known.revision:
            return False
        ended = {c.code: c.ended_on for c in update.codes if c.ended_on is not None}
        with self._store.session() as s:
            write_setting(s, ASSIGNED, assignments_json(update))
            for match in s.scalars(select(Match).where(Match.code.in_(ended))):
                if match.end_date is None:
                    match.end_date = max(ended[match.code], match.start_date)
                    match.updated_at = utc_now()
        return True

    def assignments(self) -> Assignments | None:
        """The newest assignment list that arrived; None before any has."""
        with self._store.session() as s:
            text = read_setting(s, ASSIGNED)
        return assignments_from_json(text) if text else None

    def code_choices(self) -> tuple[str, ...] | None:
        """Codes a new match may take: assigned, not ended, not used here yet; None until
        the organisation has sent this device its assignments (any code may be typed)."""
        known = self.assignments()
        if known is None:
            return None
        with self._store.session() as s:
            used = set(s.scalars(select(Match.code)))
        return tuple(sorted(known.open_codes() - used))

    def current(self) -> Enrolment | None:
        with self._store.session() as s:
            row = s.get(Membership, ROW)
            if row is None:
                return None
            document, key = row.document, row.document_key
        # Checked on every read against the key that signed it when it arrived.
        return read_enrolment(document, trusted_key=unb64(key, "signing key"))

    def keeping_months(self, own_choice: int = DEFAULT_MONTHS) -> int:
        """The keeping period in months: the organisation's policy while enrolled (it wins),
        else the volunteer's own choice."""
        enrolment = self.current()
        return enrolment.payload.settings.policy.retention_months if enrolment else own_choice

    def upload_token(self) -> str | None:
        """The mailbox's upload token: from the enrolment file, kept when updates omit it."""
        with self._store.session() as s:
            row = s.get(Membership, ROW)
            return None if row is None else row.upload_token

    def device(self) -> Device | None:
        with self._store.session() as s:
            key = get_key(s, Role.DEVICE)
            public = None if key is None else load_private(key.private)
        if public is None:
            return None
        raw = public_bytes(public)
        return Device(device_id(raw), device_fingerprint(raw))

    def device_key(self) -> Ed25519PrivateKey:
        with self._store.session() as s:
            key = get_key(s, Role.DEVICE)
            if key is None:
                raise Refused(
                    _(
                        "This profile has not joined an organisation yet: enrol with the file "
                        "your coordinator gave you."
                    )
                )
            return load_private(key.private)

    def share_wellbeing(self) -> bool:
        return self._store.read(SHARE_WELLBEING)

    def set_share_wellbeing(self, share: bool) -> None:
        self._store.write(SHARE_WELLBEING, share)

    def auto_send(self) -> bool | None:
        """None until the volunteer first sends by hand; then their choice."""
        return self._store.read(AUTO_SEND)

    def set_auto_send(self, on: bool) -> None:
        self._store.write(AUTO_SEND, on)

    def policy(self) -> SummaryPolicy:
        """What summaries may hold: the organisation's policy, or all categories and no
        listed tags before enrolment (so a preview still shows the shape)."""
        current = self.current()
        share = self.share_wellbeing()
        if current is None:
            off = set() if share else {Category.WELLBEING}
            return SummaryPolicy(frozenset(Category) - off)
        return self.with_assigned(current.policy(share))

    def with_assigned(self, policy: SummaryPolicy) -> SummaryPolicy:
        """Once assignments have arrived, only their codes are summarised: a code typed by
        mistake is held back, never sent."""
        known = self.assignments()
        return policy if known is None else replace(policy, codes=known.all_codes())

    @staticmethod
    def _store_enrolment(
        session: Session, enrolment: Enrolment, row: Membership | None, signed_by: bytes
    ) -> None:
        if row is None:
            row = Membership(id=ROW, org_id=enrolment.payload.org_id, enrolled_at=utc_now())
            session.add(row)
        row.revision = enrolment.payload.revision
        row.document = enrolment.document
        row.document_key = b64(signed_by)
        row.upload_token = enrolment.payload.upload_token or row.upload_token
        row.updated_at = utc_now()

    def _apply_tag_lists(self, enrolment: Enrolment) -> None:
        tags = TagService(self._store)
        tags.set_organisation_list(TagKind.ACTIVITY, enrolment.payload.settings.activities)
        tags.set_organisation_list(TagKind.TOPIC, enrolment.payload.settings.topics)


def format_of(data: bytes) -> str | None:
    """The format a signed document says it is, before anything is verified."""
    try:
        value = json.loads(data).get("format")
    except (ValueError, AttributeError, RecursionError):
        return None
    return value if isinstance(value, str) else None

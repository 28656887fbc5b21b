"""The signed enrolment file: what a volunteer's app needs to know about its organisation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import Field, StringConstraints, ValidationError

from logbook.bundle.payload import AgeRecipient, OrgId, PublicKey
from logbook.i18n import _
from logbook.identity.envelope import EnvelopeRejected, open_envelope, seal
from logbook.identity.fingerprint import org_fingerprint
from logbook.identity.signing import unb64
from logbook.org.settings import OrgSettings
from logbook.summary.build import SummaryPolicy
from logbook.summary.schema import Category, Strict

ENROLMENT_FORMAT = "logbook.enrolment/1"
Token = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{32,80}$")]


class EnrolmentPayload(Strict):
    org_id: OrgId
    revision: Annotated[int, Field(ge=1, lt=2**31)]
    signing_key: PublicKey
    recipient: AgeRecipient
    upload_token: Token | None = None
    settings: OrgSettings


@dataclass(frozen=True)
class Enrolment:
    """A verified enrolment file and the fingerprint a volunteer confirms."""

    payload: EnrolmentPayload
    document: bytes

    @property
    def fingerprint(self) -> str:
        p = self.payload
        return org_fingerprint(p.org_id, unb64(p.signing_key, "signing key"), p.recipient)

    @property
    def signing_key(self) -> bytes:
        return unb64(self.payload.signing_key, "signing key")

    def policy(self, share_wellbeing: bool) -> SummaryPolicy:
        settings = self.payload.settings
        categories = settings.policy.categories()
        if not share_wellbeing:
            categories = categories - {Category.WELLBEING}
        return SummaryPolicy(categories, tuple(settings.activities), tuple(settings.topics))


def write_enrolment(payload: EnrolmentPayload, key: Ed25519PrivateKey) -> bytes:
    return seal(ENROLMENT_FORMAT, payload.model_dump_json().encode(), key)


def read_enrolment(data: bytes, trusted_key: bytes | None = None) -> Enrolment:
    """Verify and parse. Self-signed unless `trusted_key` (the key already enrolled with)
    is given; a first enrolment is trusted only once its fingerprint has been confirmed."""
    what = "enrolment file"
    envelope = open_envelope(data, ENROLMENT_FORMAT, what)
    if trusted_key is None:
        trusted_key = _claimed_key(envelope.payload)
    envelope.verify(trusted_key)
    try:
        payload = EnrolmentPayload.model_validate_json(envelope.payload)
    except ValidationError:
        raise EnvelopeRejected(
            _("The enrolment file's contents are not in the expected format.")
        ) from None
    return Enrolment(payload, data)


def _claimed_key(payload: bytes) -> bytes:
    try:
        claimed = json.loads(payload)
        return unb64(claimed["signing_key"], "signing key")
    except (ValueError, KeyError, TypeError, RecursionError):
        raise EnvelopeRejected(
            _("The enrolment file is damaged: its signing key cannot be read.")
        ) from None

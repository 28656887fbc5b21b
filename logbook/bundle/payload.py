"""The signed payload of a bundle: who sends, to whom, in which order, and the summary."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from logbook.summary.schema import IsoWeek, Strict, Summary

BUNDLE_FORMAT = "logbook.bundle/1"
MAX_BUNDLE_BYTES = 1024 * 1024

OrgId = Annotated[str, StringConstraints(pattern=r"^O-[A-Z2-7]{16}$")]
AgeRecipient = Annotated[str, StringConstraints(pattern=r"^age1[02-9ac-hj-np-z]{58}$")]
PublicKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}=$")]


class BundlePayload(Strict):
    device_key: PublicKey  # raw Ed25519 public key, base64
    org_id: OrgId
    recipient: AgeRecipient
    epoch: Annotated[int, Field(ge=1, lt=2**53)]
    sequence: Annotated[int, Field(ge=1, lt=2**53)]
    summary: Summary
    # In the bundles that start an epoch (a new device, or a restored backup): every week the
    # device holds. The coordinator withdraws this device's older-epoch weeks not listed,
    # which a restored, older copy of the logbook cannot know to withdraw itself.
    epoch_weeks: Annotated[list[IsoWeek], Field(max_length=5_000)] | None = None

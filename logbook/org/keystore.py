"""Private keys kept in the profile's encrypted database, one row per role."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from logbook.db.models import KeyPair
from logbook.records.clock import utc_now


class Role(StrEnum):
    DEVICE = "device"  # a volunteer's Ed25519 device key
    ORG_SIGNING = "org_signing"  # the organisation's Ed25519 key
    ORG_AGE = "org_age"  # the organisation's age X25519 identity


RETIRED_AGE = "org_age_old_"  # + a number: identities kept after a rotation, for old bundles


def retired_age_keys(session: Session) -> list[KeyPair]:
    return list(session.scalars(select(KeyPair).where(KeyPair.role.startswith(RETIRED_AGE))))


def retire_age_key(session: Session, key: KeyPair) -> None:
    """Keep the old identity under a numbered role: bundles sealed to it stay readable."""
    number = len(retired_age_keys(session)) + 1
    session.add(
        KeyPair(
            role=f"{RETIRED_AGE}{number}", private=key.private, public=key.public,
            created_at=key.created_at,
        )
    )  # fmt: skip


def get_key(session: Session, role: Role) -> KeyPair | None:
    return session.get(KeyPair, role.value)


def put_key(session: Session, role: Role, private: str, public: str) -> None:
    session.merge(
        KeyPair(
            role=role.value,
            private=private,
            public=public,
            created_at=utc_now(),
        )
    )

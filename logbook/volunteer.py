"""One unlocked volunteer profile: its records, membership, outbox, delivery and sync, made once."""

from __future__ import annotations

from logbook.db.store import Store
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.sync.deliver import ClientFactory, DeliveryService, default_client
from logbook.sync.outbox import OutboxService
from logbook.sync.service import SyncService


class Volunteer(Logbook):
    """What `Coordinator` is for a coordinator profile: every service over one store, so the
    app and the CLI build them once per unlock instead of once per call."""

    def __init__(self, store: Store, client: ClientFactory = default_client) -> None:
        super().__init__(store)
        self.membership = MembershipService(store)
        self.outbox = OutboxService(store, self.membership)
        self.delivery = DeliveryService(
            store, client, membership=self.membership, outbox=self.outbox
        )
        self.sync = SyncService(self.membership, self.outbox, self.delivery)

"""The logbook of one unlocked volunteer profile: every records service behind one object."""

from __future__ import annotations

from logbook.db.store import Store
from logbook.records.concerns import ConcernService
from logbook.records.drafts import DraftService
from logbook.records.entries import EntryService
from logbook.records.matches import MatchService
from logbook.records.measure_log import MeasureService
from logbook.records.search import SearchService
from logbook.records.tags import TagService


class Logbook:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.matches = MatchService(store)
        self.entries = EntryService(store)
        self.concerns = ConcernService(store)
        self.measures = MeasureService(store)
        self.tags = TagService(store)
        self.search = SearchService(store)
        self.drafts = DraftService(store)

"""Open the form a draft came from (after a lock or a crash), showing what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from logbook.errors import LogbookError
from logbook.records.drafts import (
    ConcernAdditionDraft,
    ConcernDraft,
    DraftInfo,
    EntryDraft,
    MatchDraft,
    MeasureDraft,
)
from logbook.records.dto import ConcernInfo, EntryInfo, MatchInfo, MeasureInfo
from logbook.records.measures import Instrument
from logbook.records.values import Kind
from ui.screens.matches import AddMatchDialog
from ui.screens.measures import MeasureForm, corrected_id
from ui.widgets.draft_dialog import DraftDialog

if TYPE_CHECKING:
    from ui.screens.workarea import WorkArea


def restore_draft(area: WorkArea, info: DraftInfo, opened: Callable[[DraftDialog], None]) -> None:
    """`opened` is called with the dialog once it shows the draft."""
    book, ops, draft = area.book, area.ops, info.draft

    def show(dialog: DraftDialog) -> None:
        dialog.restore(info)
        dialog.open()
        opened(dialog)

    def cannot(message: str, error: LogbookError | None) -> None:
        area.notice.setText(message)

    if isinstance(draft, EntryDraft):
        kind = Kind(draft.kind) if draft.kind in set(Kind) else Kind.VISIT

        def edit(entry: EntryInfo | None) -> None:
            show(area._editor(kind, entry))

        entry_id = info.key.entry_id
        if entry_id is None:
            edit(None)
        else:
            ops.run(lambda: book.entries.get(entry_id), edit, cannot, owner=area)
    elif isinstance(draft, ConcernDraft):
        show(area.concerns.dialog())
    elif isinstance(draft, ConcernAdditionDraft):
        amend = draft.field is not None
        concern_id = draft.concern_id

        def addition(concern: ConcernInfo) -> None:
            show(area.concerns.addition_dialog(concern, amend=amend))

        ops.run(lambda: book.concerns.get(concern_id), addition, cannot, owner=area)
    elif isinstance(draft, MatchDraft):
        show(AddMatchDialog(area.matches, book, ops))
    elif isinstance(draft, MeasureDraft) and draft.match_code:
        code = draft.match_code
        instrument = Instrument(draft.instrument) if draft.instrument in set(Instrument) else None

        fixing = corrected_id(info.key)

        def measure(found: tuple[MatchInfo, MeasureInfo | None]) -> None:
            match, correcting = found
            chosen = correcting.instrument if correcting else instrument or Instrument.UCLA3
            show(MeasureForm(area.matches, book, ops, match, chosen, correcting))

        ops.run(
            lambda: (book.matches.get(code), book.measures.get(fixing) if fixing else None),
            measure, cannot, owner=area,
        )  # fmt: skip

"""Outcome measures for one match: forms with consent, the scoring, a chart over time, and
corrections, deletions and consent withdrawn (for one measure or the whole match)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from logbook.changes import Changes
from logbook.errors import InvalidValue
from logbook.records.book import Logbook
from logbook.records.drafts import DraftForm, DraftKey, MeasureDraft
from logbook.records.dto import MatchInfo, MeasureInfo
from logbook.records.measure_catalogue import instrument_range
from logbook.records.measures import SPECS, Instrument, score
from logbook.records.values import past_date
from ui.charts import ScoreChart
from ui.measure_texts import answers, intro, questions, title
from ui.models.measures import MeasuresModel, score_text
from ui.operations import Operations
from ui.widgets.accessible import named
from ui.widgets.context_menu import ContextMenu, MenuItems
from ui.widgets.draft_dialog import DraftDialog
from ui.widgets.field_errors import FieldErrors
from ui.widgets.fit_screen import fit_to_screen
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_table import RecordTable

CORRECTING = "correct-"  # the draft key's target for a correction: "measure:correct-12"


def correction_key(measure_id: int) -> DraftKey:
    return DraftKey(DraftForm.MEASURE, f"{CORRECTING}{measure_id}")


def corrected_id(key: DraftKey) -> int | None:
    """The measure a draft corrects, if it is a correction's draft."""
    target = key.target.removeprefix(CORRECTING)
    return int(target) if key.target.startswith(CORRECTING) and target.isdigit() else None


class MeasureForm(DraftDialog):
    """One administration of one measure, asked with consent; or the correction of one
    recorded wrongly (`correcting`), whose consent it leaves as it is."""

    form_kind = DraftForm.MEASURE

    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, match: MatchInfo,
        instrument: Instrument, correcting: MeasureInfo | None = None,
    ) -> None:  # fmt: skip
        key = correction_key(correcting.id) if correcting else None
        super().__init__(parent, ops, book, key=key)
        self.match, self.instrument, self.correcting = match, instrument, correcting
        self.setWindowTitle(
            self.tr("Correct: {0}").format(title(instrument)) if correcting else title(instrument)
        )
        self.items: list[QComboBox] = []
        body = QWidget()
        form = QFormLayout(body)
        self.errors = FieldErrors(form)
        # Each question above its answers: long questions read well at any font size.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for question in questions(instrument):
            combo = QComboBox()
            combo.setAccessibleName(question)
            combo.addItem(self.tr("(choose)"), None)
            for value, answer in answers(instrument):
                combo.addItem(answer, value)
            combo.currentIndexChanged.connect(self._update)
            self.items.append(combo)
            caption = QLabel(question)
            caption.setWordWrap(True)
            caption.setBuddy(combo)
            form.addRow(caption, combo)
        # No maximum date: a future date is said in words, never silently refused.
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        day_label = QLabel(self.tr("&Date:"))
        day_label.setBuddy(self.day)
        self.errors.add_row(day_label, self.day)
        self.fields = {"date": self.day}
        # Short: a check box does not wrap, and at 200 % text a longer one scrolled the form
        # sideways. The note above it says what sharing means.
        self.consent = QCheckBox(self.tr("They a&greed to share these scores"))
        self.consent.setAccessibleName(self.tr("Consent to share the scores"))
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Score"))
        inner = QVBoxLayout()
        if intro(instrument):
            text = QLabel(intro(instrument))
            text.setWordWrap(True)
            inner.addWidget(text)
        consent_note = QLabel(
            self.tr(
                "A correction leaves consent as it was. If these scores were already sent, "
                "their week is sent again with the corrected ones."
            )
            if correcting
            else self.tr(
                "Ask first whether these scores may be shared with your organisation. "
                "Without consent they stay on this laptop only."
            )
        )
        consent_note.setWordWrap(True)
        form.addRow(consent_note)
        form.addRow(self.consent)
        self.consent.setVisible(correcting is None)
        if correcting is not None:
            for combo, value in zip(self.items, correcting.score.items, strict=True):
                combo.setCurrentIndex(combo.findData(value))
            d = correcting.taken_on
            self.day.setDate(QDate(d.year, d.month, d.day))
            self.consent.setChecked(correcting.consent)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; Tab scrolls to fields
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(inner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.watch(self.day.dateChanged)
        self.consent.toggled.connect(self._update)
        self._update()
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 70, scroll)
        if self.items:
            self.items[0].setFocus()
        self.start_drafts()

    def answers(self) -> list[int] | None:
        values = [combo.currentData() for combo in self.items]
        return None if None in values else [int(v) for v in values]

    def _update(self) -> None:
        values = self.answers()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(values is not None)
        if values is None:
            done = sum(c.currentData() is not None for c in self.items)
            self.result_label.setText(
                self.tr("Answered {0} of {1}.").format(done, len(SPECS[self.instrument].items))
            )
            return
        scored = score(self.instrument, values)
        info = MeasureInfo(0, self.match.code, self.instrument, date.today(), False, scored)
        self.result_label.setText(self.tr("Score: {0}").format(score_text(info)))

    def _taken_on(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def problem(self) -> InvalidValue | None:
        if self.answers() is None:
            return InvalidValue(self.tr("answers"), self.tr("every question needs an answer"))
        try:
            past_date("date", self._taken_on())
        except InvalidValue as exc:
            return exc
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        answers = self.answers() or []  # problem() has made sure each item is answered
        if self.correcting is not None:
            book, measure_id, on, key = self.book, self.correcting.id, self._taken_on(), self.key
            return lambda: book.measures.correct(measure_id, answers, on, draft=key), None
        book, code, instrument, consent, when, key = (
            self.book, self.match.code, self.instrument, self.consent.isChecked(),
            self._taken_on(), self.key,
        )  # fmt: skip
        return lambda: book.measures.add(
            code, instrument, answers, consent=consent, taken_on=when, draft=key
        ), None

    def draft(self) -> MeasureDraft:
        return MeasureDraft(
            match_code=self.match.code, instrument=self.instrument.value,
            answers=tuple(combo.currentData() for combo in self.items),
            taken_on=self._taken_on(), consent=self.consent.isChecked(),
        )  # fmt: skip

    def load_draft(self, draft: Any) -> None:
        assert isinstance(draft, MeasureDraft)
        for combo, value in zip(self.items, draft.answers, strict=False):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if draft.taken_on is not None:
            d = draft.taken_on
            self.day.setDate(QDate(d.year, d.month, d.day))
        self.consent.setChecked(draft.consent)


class WithdrawConsentDialog(FormDialog):
    """The day the person withdrew consent, for one measure or (`measure` None) every measure
    of the match; from then on those scores stay on this laptop."""

    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, match: MatchInfo,
        measure: MeasureInfo | None,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops)
        self.book, self.match, self.measure = book, match, measure
        self.setWindowTitle(
            self.tr("Withdraw consent for this measure")
            if measure
            else self.tr("Withdraw consent for every measure")
        )
        what = (
            self.tr("The {0} of {1} will no longer be shared.").format(
                title(measure.instrument), _day_text(measure.taken_on)
            )
            if measure
            else self.tr(
                "No score of {0}, recorded or still to come, will be shared any more."
            ).format(match.display_name)
        )
        explain = QLabel(
            what
            + " "
            + self.tr(
                "The scores stay on this laptop. Any week already sent with them is sent again "
                "without them."
            )
        )
        explain.setWordWrap(True)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("ddd d MMM yyyy")
        self.on.setAccessibleName(self.tr("Consent withdrawn on"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Withdraw consent"))
        ok.setAccessibleName(self.tr("Withdraw consent"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(explain)
        form.addRow(self.tr("Withdrawn &on:"), self.on)
        form.addRow(self.error)
        form.addRow(self.buttons)
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 60)

    def save(self) -> None:
        d = self.on.date()
        on, book = date(d.year(), d.month(), d.day()), self.book
        if self.measure is not None:
            measure_id = self.measure.id
            self.submit(lambda: book.measures.withdraw_consent(measure_id, on), mutation=True)
        else:
            code = self.match.code
            self.submit(lambda: book.measures.withdraw_consent_for_match(code, on), mutation=True)


def _day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class MeasuresDialog(QDialog):
    def __init__(self, parent: QWidget, book: Logbook, ops: Operations, match: MatchInfo) -> None:
        super().__init__(parent)
        self.book, self.ops, self.match = book, ops, match
        self.setWindowTitle(self.tr("Outcome measures: {0}").format(match.display_name))
        self.model = MeasuresModel()
        self.view = RecordTable(self.tr("Measures taken"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"))
        self.withdraw_all_button = QPushButton(self.tr("Withdraw consent for &all…"))
        self.confirm: QMessageBox | None = None  # the open delete question, if any
        self.chart_choice = QComboBox()
        self.chart_choice.setAccessibleName(self.tr("Measure to chart"))
        self.new_choice = QComboBox()
        self.new_choice.setAccessibleName(self.tr("Measure to record"))
        for instrument in Instrument:
            self.chart_choice.addItem(title(instrument), instrument.value)
            self.new_choice.addItem(title(instrument), instrument.value)
        self.chart = ScoreChart()
        self.chart.setAccessibleName(self.tr("Scores over time"))
        self.record_button = QPushButton(self.tr("&Record…"))
        self.record_button.setAccessibleName(self.tr("Record a measure"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (*close.buttons(), self.correct_button, self.delete_button,
                       self.withdraw_button, self.withdraw_all_button):  # fmt: skip
            named(button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.correct_button)
        chosen.addWidget(self.delete_button)
        chosen.addWidget(self.withdraw_button)
        chosen.addStretch(1)
        chosen.addWidget(self.withdraw_all_button)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.chart_choice, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_choice, 1)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(chosen)
        layout.addLayout(bottom)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.chart_choice.currentIndexChanged.connect(self._draw)
        self.record_button.clicked.connect(self.record)
        self.correct_button.clicked.connect(self.correct)
        self.delete_button.clicked.connect(self.delete)
        self.withdraw_button.clicked.connect(lambda: self.withdraw(whole_match=False))
        self.withdraw_all_button.clicked.connect(lambda: self.withdraw(whole_match=True))
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.menu = ContextMenu(self.view, self._menu_items)
        self._enable()
        fit_to_screen(self, 720, height=560)
        ops.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.measures and self.isVisible():
            self.reload()

    def reload(self) -> None:
        book, code = self.book, self.match.code
        self.ops.run(lambda: book.measures.list(code), self._loaded, owner=self)

    def _loaded(self, rows: list[MeasureInfo]) -> None:
        chosen, focus = self.selected(), self.focusWidget()
        self.model.set_rows(rows)
        if rows:
            self.chart_choice.setCurrentIndex(self.chart_choice.findData(rows[0].instrument.value))
        # The measure just corrected stays chosen, and its buttons with it.
        shown = self.model.rows()
        row = next((i for i, m in enumerate(shown) if chosen and m.id == chosen.id), None)
        if row is not None:
            self.view.selectRow(row)
        self._draw()
        self._enable()
        if focus is not None and not focus.isEnabled():
            # Its row was deleted: back to the list, not on to "Withdraw consent for all".
            self.view.setFocus()

    def selected(self) -> MeasureInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.measure(rows[0].row()) if rows else None

    def _enable(self, *_: object) -> None:
        measure = self.selected()
        self.correct_button.setEnabled(measure is not None)
        self.delete_button.setEnabled(measure is not None)
        self.withdraw_button.setEnabled(measure is not None and measure.shared)
        # Withdrawn for the match is final; any measure tells whether it has been.
        withdrawn = any(m.match_consent_withdrawn_on for m in self.model.rows())
        self.withdraw_all_button.setEnabled(not withdrawn)

    def _menu_items(self) -> MenuItems:
        measure = self.selected()
        one = measure is not None
        return [
            (self.tr("Correct…"), self.correct, one),
            (self.tr("Delete…"), self.delete, one),
            (self.tr("Withdraw consent…"), lambda: self.withdraw(whole_match=False),
             one and measure.shared),  # type: ignore[union-attr]
        ]  # fmt: skip

    def correct(self) -> MeasureForm | None:
        measure = self.selected()
        if measure is None:
            return None
        form = MeasureForm(self, self.book, self.ops, self.match, measure.instrument, measure)
        form.open()  # its save says MEASURES: `_changed` reloads
        return form

    def delete(self) -> QMessageBox | None:
        """Ask first (without blocking: a lock must never wait on the question)."""
        measure = self.selected()
        if measure is None:
            return None
        box = self.confirm = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete measure"),
            self.tr("Delete the {0} measure taken on {1}? If it was sent, its week is sent again "
                    "without it. "
                    "This cannot be undone.").format(
                title(measure.instrument), _day_text(measure.taken_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No)
        book, measure_id = self.book, measure.id

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.ops.mutate(lambda: book.measures.delete(measure_id), owner=self)

        box.finished.connect(answered)
        box.open()
        return box

    def withdraw(self, *, whole_match: bool) -> WithdrawConsentDialog | None:
        measure = None if whole_match else self.selected()
        if not whole_match and measure is None:
            return None
        dialog = WithdrawConsentDialog(self, self.book, self.ops, self.match, measure)
        dialog.open()
        return dialog

    def _draw(self) -> None:
        instrument = Instrument(self.chart_choice.currentData())
        rows = [m for m in self.model.rows() if m.instrument is instrument]
        if instrument is Instrument.ONS4:
            names = [self.tr("Life satisfaction"), self.tr("Worthwhile"), self.tr("Happiness"),
                     self.tr("Anxiety (lower is better)")]  # fmt: skip
            series = [
                (name, [(m.taken_on, float(m.score.items[i])) for m in rows])
                for i, name in enumerate(names)
            ]
        else:

            def value(m: MeasureInfo) -> float:
                s = m.score
                return float(s.metric if s.metric is not None else s.total or s.category or 0)

            series = [(title(instrument), [(m.taken_on, value(m)) for m in rows])]
        low, high = instrument_range(instrument)
        self.chart.set_data(series, low, high)

    def form(self, instrument: Instrument | None = None) -> MeasureForm:
        chosen = instrument or Instrument(self.new_choice.currentData())
        return MeasureForm(self, self.book, self.ops, self.match, chosen)

    def record(self) -> MeasureForm:
        # Opened, not exec()'d: no nested event loop for a lock to unwind through.
        form = self.form()
        form.open()
        return form

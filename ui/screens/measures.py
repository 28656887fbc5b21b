"""Outcome measures for one match: forms with consent, the scoring, and a chart over time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logbook.errors import InvalidValue
from logbook.records.book import Logbook
from logbook.records.drafts import DraftForm, MeasureDraft
from logbook.records.dto import MatchInfo, MeasureInfo
from logbook.records.measure_catalogue import instrument_range
from logbook.records.measures import SPECS, Instrument, score
from logbook.records.values import past_date
from ui.charts import ScoreChart
from ui.measure_texts import answers, intro, questions, title
from ui.models.measures import MeasuresModel, score_text
from ui.operations import Operations
from ui.widgets.draft_dialog import DraftDialog
from ui.widgets.field_errors import FieldErrors
from ui.widgets.fit_screen import fit_to_screen


class MeasureForm(DraftDialog):
    """One administration of one measure, asked with consent."""

    form_kind = DraftForm.MEASURE

    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, match: MatchInfo,
        instrument: Instrument,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops, book)
        self.match, self.instrument = match, instrument
        self.setWindowTitle(title(instrument))
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
            for value, label in answers(instrument):
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._update)
            self.items.append(combo)
            label = QLabel(question)
            label.setWordWrap(True)
            label.setBuddy(combo)
            form.addRow(label, combo)
        # No maximum date: a future date is said in words, never silently refused.
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Date"))
        day_label = QLabel(self.tr("&Date:"))
        day_label.setBuddy(self.day)
        self.errors.add_row(day_label, self.day)
        self.fields = {"date": self.day}
        self.consent = QCheckBox(
            self.tr("They agreed that these scores may be shared with the organisation")
        )
        self.consent.setAccessibleName(self.tr("Consent to share the scores"))
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Score"))
        inner = QVBoxLayout()
        if intro(instrument):
            text = QLabel(intro(instrument))
            text.setWordWrap(True)
            inner.addWidget(text)
        consent_note = QLabel(
            self.tr("Ask first. Without consent the scores stay on this laptop only.")
        )
        consent_note.setWordWrap(True)
        form.addRow(consent_note)
        form.addRow(self.consent)
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
            return InvalidValue("answers", "every question needs an answer")
        try:
            past_date("date", self._taken_on())
        except InvalidValue as exc:
            return exc
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        answers = self.answers() or []  # problem() has made sure each item is answered
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


class MeasuresDialog(QDialog):
    def __init__(self, parent: QWidget, book: Logbook, ops: Operations, match: MatchInfo) -> None:
        super().__init__(parent)
        self.book, self.ops, self.match = book, ops, match
        self.setWindowTitle(self.tr("Outcome measures: {0}").format(match.display_name))
        self.model = MeasuresModel()
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Measures taken"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
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
        for button in close.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
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
        layout.addLayout(bottom)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.chart_choice.currentIndexChanged.connect(self._draw)
        self.record_button.clicked.connect(self.record)
        fit_to_screen(self, 720, height=560)
        self.reload()

    def reload(self) -> None:
        book, code = self.book, self.match.code
        self.ops.run(lambda: book.measures.list(code), self._loaded, owner=self)

    def _loaded(self, rows: list[MeasureInfo]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.chart_choice.setCurrentIndex(self.chart_choice.findData(rows[0].instrument.value))
        self._draw()

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
        form.accepted.connect(self.reload)
        form.open()
        return form

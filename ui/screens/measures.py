"""Outcome measures for one match: forms with consent, the scoring, and a chart over time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logbook.records.book import Logbook
from logbook.records.dto import MatchInfo, MeasureInfo
from logbook.records.measures import SPECS, Instrument, score
from ui.measure_texts import answers, intro, questions, title
from ui.models.measures import MeasuresModel, score_text
from ui.operations import Operations
from ui.widgets.form_dialog import FormDialog, StandardButton
from ui.widgets.score_chart import ScoreChart

RANGES = {Instrument.UCLA3: (3, 9), Instrument.ONS_DIRECT: (1, 5), Instrument.ONS4: (0, 10),
          Instrument.SWEMWBS: (7, 35)}  # fmt: skip


class MeasureForm(FormDialog):
    """One administration of one measure, asked with consent."""

    def __init__(
        self, parent: QWidget, book: Logbook, ops: Operations, match: MatchInfo,
        instrument: Instrument,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops, StandardButton.Save | StandardButton.Cancel)
        self.book, self.match, self.instrument = book, match, instrument
        self.setWindowTitle(title(instrument))
        self.items: list[QComboBox] = []
        form = QFormLayout()
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
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("&Date:"), self.day)
        self.consent = QCheckBox(
            self.tr("They agreed that these scores may be shared with the organisation")
        )
        self.consent.setAccessibleName(self.tr("Consent to share the scores"))
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Score"))
        layout = QVBoxLayout(self)
        if intro(instrument):
            text = QLabel(intro(instrument))
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(form)
        consent_note = QLabel(
            self.tr("Ask first. Without consent the scores stay on this laptop only.")
        )
        consent_note.setWordWrap(True)
        layout.addWidget(consent_note)
        layout.addWidget(self.consent)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._update()

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

    def save(self) -> None:
        values = self.answers()
        if values is None:
            return
        d = self.day.date()
        book, code, instrument, consent = (
            self.book,
            self.match.code,
            self.instrument,
            self.consent.isChecked(),
        )
        when = date(d.year(), d.month(), d.day())
        self.submit(
            lambda: book.measures.add(code, instrument, values, consent=consent, taken_on=when)
        )


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
        self.resize(720, 560)
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
        low, high = RANGES[instrument]
        self.chart.set_data(series, low, high)

    def form(self, instrument: Instrument | None = None) -> MeasureForm:
        chosen = instrument or Instrument(self.new_choice.currentData())
        return MeasureForm(self, self.book, self.ops, self.match, chosen)

    def record(self) -> None:
        if self.form().exec():
            self.reload()

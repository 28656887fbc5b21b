"""The outcome measures' questions and answer labels, as asked, for the forms (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logbook.records.measures import Instrument


def _t(text: str) -> str:
    return QCoreApplication.translate("measures", text)


def title(instrument: Instrument) -> str:
    return {
        Instrument.UCLA3: _t("Loneliness (UCLA 3-item scale)"),
        Instrument.ONS_DIRECT: _t("Loneliness (ONS direct question)"),
        Instrument.ONS4: _t("Personal wellbeing (ONS4)"),
        Instrument.SWEMWBS: _t("Mental wellbeing (SWEMWBS)"),
    }[instrument]


def intro(instrument: Instrument) -> str:
    return {
        Instrument.UCLA3: _t("For each question, how often do they feel this way?"),
        Instrument.ONS_DIRECT: "",
        Instrument.ONS4: _t("On a scale where 0 is “not at all” and 10 is “completely”, overall…"),
        Instrument.SWEMWBS: _t(
            "Below are some statements about feelings and thoughts. Tick the box that best "
            "describes their experience of each over the last two weeks."
        ),
    }[instrument]


def questions(instrument: Instrument) -> list[str]:
    return {
        Instrument.UCLA3: [
            _t("How often do you feel that you lack companionship?"),
            _t("How often do you feel left out?"),
            _t("How often do you feel isolated from others?"),
        ],
        Instrument.ONS_DIRECT: [_t("How often do you feel lonely?")],
        Instrument.ONS4: [
            _t("How satisfied are you with your life nowadays?"),
            _t("To what extent do you feel the things you do in your life are worthwhile?"),
            _t("How happy did you feel yesterday?"),
            _t("How anxious did you feel yesterday?"),
        ],
        Instrument.SWEMWBS: [
            _t("I've been feeling optimistic about the future"),
            _t("I've been feeling useful"),
            _t("I've been feeling relaxed"),
            _t("I've been dealing with problems well"),
            _t("I've been thinking clearly"),
            _t("I've been feeling close to other people"),
            _t("I've been able to make up my own mind about things"),
        ],
    }[instrument]


def answers(instrument: Instrument) -> list[tuple[int, str]]:
    """The answer choices, with the value each scores."""
    if instrument is Instrument.UCLA3:
        return [(1, _t("Hardly ever or never")), (2, _t("Some of the time")), (3, _t("Often"))]
    if instrument is Instrument.ONS_DIRECT:
        return [(1, _t("Often or always")), (2, _t("Some of the time")),
                (3, _t("Occasionally")), (4, _t("Hardly ever")), (5, _t("Never"))]  # fmt: skip
    if instrument is Instrument.ONS4:
        return [(n, str(n)) for n in range(11)]
    return [(1, _t("None of the time")), (2, _t("Rarely")), (3, _t("Some of the time")),
            (4, _t("Often")), (5, _t("All of the time"))]  # fmt: skip

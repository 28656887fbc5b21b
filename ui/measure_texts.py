"""The outcome measures' questions and answer labels, as asked, for the forms (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logbook.records.measures import Instrument


def title(instrument: Instrument) -> str:
    return {
        Instrument.UCLA3: QCoreApplication.translate("measures", "Loneliness (UCLA 3-item scale)"),
        Instrument.ONS_DIRECT: QCoreApplication.translate(
            "measures", "Loneliness (ONS direct question)"
        ),
        Instrument.ONS4: QCoreApplication.translate("measures", "Personal wellbeing (ONS4)"),
        Instrument.SWEMWBS: QCoreApplication.translate("measures", "Mental wellbeing (SWEMWBS)"),
    }[instrument]


def intro(instrument: Instrument) -> str:
    return {
        Instrument.UCLA3: QCoreApplication.translate(
            "measures", "For each question, how often do they feel this way?"
        ),
        Instrument.ONS_DIRECT: "",
        Instrument.ONS4: QCoreApplication.translate(
            "measures", "On a scale where 0 is “not at all” and 10 is “completely”, overall…"
        ),
        Instrument.SWEMWBS: QCoreApplication.translate(
            "measures",
            "Below are some statements about feelings and thoughts. Tick the box that best "
            "describes their experience of each over the last two weeks.",
        ),
    }[instrument]


def questions(instrument: Instrument) -> list[str]:
    return {
        Instrument.UCLA3: [
            QCoreApplication.translate(
                "measures", "How often do you feel that you lack companionship?"
            ),
            QCoreApplication.translate("measures", "How often do you feel left out?"),
            QCoreApplication.translate("measures", "How often do you feel isolated from others?"),
        ],
        Instrument.ONS_DIRECT: [
            QCoreApplication.translate("measures", "How often do you feel lonely?")
        ],
        Instrument.ONS4: [
            QCoreApplication.translate(
                "measures", "How satisfied are you with your life nowadays?"
            ),
            QCoreApplication.translate(
                "measures",
                "To what extent do you feel the things you do in your life are worthwhile?",
            ),
            QCoreApplication.translate("measures", "How happy did you feel yesterday?"),
            QCoreApplication.translate("measures", "How anxious did you feel yesterday?"),
        ],
        Instrument.SWEMWBS: [
            QCoreApplication.translate("measures", "I've been feeling optimistic about the future"),
            QCoreApplication.translate("measures", "I've been feeling useful"),
            QCoreApplication.translate("measures", "I've been feeling relaxed"),
            QCoreApplication.translate("measures", "I've been dealing with problems well"),
            QCoreApplication.translate("measures", "I've been thinking clearly"),
            QCoreApplication.translate("measures", "I've been feeling close to other people"),
            QCoreApplication.translate(
                "measures", "I've been able to make up my own mind about things"
            ),
        ],
    }[instrument]


def answers(instrument: Instrument) -> list[tuple[int, str]]:
    """The answer choices, with the value each scores."""
    if instrument is Instrument.UCLA3:
        return [
            (1, QCoreApplication.translate("measures", "Hardly ever or never")),
            (2, QCoreApplication.translate("measures", "Some of the time")),
            (3, QCoreApplication.translate("measures", "Often")),
        ]
    if instrument is Instrument.ONS_DIRECT:
        return [
            (1, QCoreApplication.translate("measures", "Often or always")),
            (2, QCoreApplication.translate("measures", "Some of the time")),
            (3, QCoreApplication.translate("measures", "Occasionally")),
            (4, QCoreApplication.translate("measures", "Hardly ever")),
            (5, QCoreApplication.translate("measures", "Never")),
        ]
    if instrument is Instrument.ONS4:
        return [(n, str(n)) for n in range(11)]
    return [
        (1, QCoreApplication.translate("measures", "None of the time")),
        (2, QCoreApplication.translate("measures", "Rarely")),
        (3, QCoreApplication.translate("measures", "Some of the time")),
        (4, QCoreApplication.translate("measures", "Often")),
        (5, QCoreApplication.translate("measures", "All of the time")),
    ]

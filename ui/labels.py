"""Translated names of the core's enums, in one place for every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logbook.records.values import Kind, Mode


def kind_name(kind: Kind) -> str:
    return {
        Kind.VISIT: QCoreApplication.translate("labels", "Visit"),
        Kind.CONVERSATION: QCoreApplication.translate("labels", "Conversation"),
        Kind.REFLECTION: QCoreApplication.translate("labels", "Reflection"),
    }[kind]


def mode_name(mode: Mode) -> str:
    return {
        Mode.IN_PERSON: QCoreApplication.translate("labels", "In person"),
        Mode.PHONE: QCoreApplication.translate("labels", "Phone"),
        Mode.VIDEO: QCoreApplication.translate("labels", "Video call"),
        Mode.MESSAGE: QCoreApplication.translate("labels", "Messages"),
        Mode.GROUP: QCoreApplication.translate("labels", "Group"),
    }[mode]


def seemed_name(value: int) -> str:
    return {
        1: QCoreApplication.translate("labels", "1 – very low"),
        2: QCoreApplication.translate("labels", "2 – low"),
        3: QCoreApplication.translate("labels", "3 – okay"),
        4: QCoreApplication.translate("labels", "4 – good"),
        5: QCoreApplication.translate("labels", "5 – very good"),
    }[value]

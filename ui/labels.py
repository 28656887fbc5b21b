"""Translated names of the core's enums, in one place for every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logbook.records.values import Kind, Mode


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind_name(kind: Kind) -> str:
    return {
        Kind.VISIT: _t("Visit"),
        Kind.CONVERSATION: _t("Conversation"),
        Kind.REFLECTION: _t("Reflection"),
    }[kind]


def mode_name(mode: Mode) -> str:
    return {
        Mode.IN_PERSON: _t("In person"),
        Mode.PHONE: _t("Phone"),
        Mode.VIDEO: _t("Video call"),
        Mode.MESSAGE: _t("Messages"),
        Mode.GROUP: _t("Group"),
    }[mode]


def seemed_name(value: int) -> str:
    return {
        1: _t("1 – very low"),
        2: _t("2 – low"),
        3: _t("3 – okay"),
        4: _t("4 – good"),
        5: _t("5 – very good"),
    }[value]

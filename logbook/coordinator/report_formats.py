"""The funder report's file formats, apart from the report so the parser offers them cheaply."""

from __future__ import annotations

FORMATS = ("csv", "xlsx", "pdf")

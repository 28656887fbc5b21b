"""Volunteer Logbook core: encrypted profiles, records and summaries, with no Qt dependency."""

__version__ = "0.1.0"

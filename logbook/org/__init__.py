"""The organisation: its keys and settings (coordinator side), and enrolment (volunteer side)."""

"""Alembic migration scripts for the volunteer's database."""

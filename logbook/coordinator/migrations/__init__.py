"""Alembic migration scripts for the coordinator database (own version table)."""

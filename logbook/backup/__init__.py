"""Encrypted backups of a whole profile, and restoring them."""

"""Profiles and their vaults: key derivation, key wrapping, recovery keys and vault.json."""

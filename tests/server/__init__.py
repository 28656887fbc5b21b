"""Tests of the mailbox server, run for real on loopback."""

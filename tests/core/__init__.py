"""Tests of the headless core."""

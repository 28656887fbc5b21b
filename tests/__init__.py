"""Tests mirror the packages: core/ never touches Qt, ui/ drives real widgets."""

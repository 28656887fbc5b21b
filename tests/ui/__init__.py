"""Tests of the Qt application, with pytest-qt on the offscreen platform."""

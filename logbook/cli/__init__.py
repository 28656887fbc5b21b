"""The `logbook` command line: every action of the core, usable by people and scripts."""

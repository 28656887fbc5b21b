"""The Qt (PySide6) desktop application, on top of the headless `logbook` core."""

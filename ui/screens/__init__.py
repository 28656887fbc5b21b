"""The app's screens: unlock, create profile, recover, and the logbook itself."""

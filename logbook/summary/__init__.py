"""What leaves the device: weekly summaries per match code, with no private content."""

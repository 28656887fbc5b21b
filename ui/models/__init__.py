"""Qt models for every list; they never read the database, the screens hand rows in."""

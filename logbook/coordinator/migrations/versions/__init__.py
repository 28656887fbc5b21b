"""One module per coordinator schema revision."""

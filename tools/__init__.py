"""Developer tools run from a checkout (never shipped): the screenshot renderer."""

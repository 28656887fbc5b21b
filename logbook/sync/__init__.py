"""Delivery of bundles and notices between a device and the organisation's mailbox."""

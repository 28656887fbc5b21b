"""Bundles: a summary signed by the device and age-encrypted to the organisation."""

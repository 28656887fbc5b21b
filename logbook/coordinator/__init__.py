"""The coordinator's side: devices, importing bundles, the dashboard's figures, reports."""

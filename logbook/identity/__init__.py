"""Keys, signatures and fingerprints shared by enrolment files, bundles and receipts."""

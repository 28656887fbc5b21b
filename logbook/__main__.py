"""`python -m logbook`: the command line without the desktop app."""

import sys

from logbook.cli.main import main

sys.exit(main())

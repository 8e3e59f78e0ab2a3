"""`python -m trajectapp` runs the same entry point as the installed script."""

import sys

from trajectapp.cli import main

sys.exit(main())

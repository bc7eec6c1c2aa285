"""``python -m ui``: the same as ``mr-desktop``."""

import sys

from ui.launcher import main

sys.exit(main())

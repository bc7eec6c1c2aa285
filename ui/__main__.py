"""``python -m ui``: the same as ``mr-desktop``."""

import sys

from ui.main import main

sys.exit(main())

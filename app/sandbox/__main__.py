"""``python -m app.sandbox``: the same as ``mr-sandbox``."""

import sys

from app.sandbox.cli import main

sys.exit(main())

"""The worker's side of the extraction: the module a render worker imports at start.

Naming it in ``SUGGESTION_HANDLERS`` makes the worker import it while it warms up, so
the label patterns are compiled then and not on the user's first document. The GUI
process never imports this module.
"""

from __future__ import annotations

from app.suggestions.cues import warm_up
from app.suggestions.job import run_extraction

__all__ = ["run_extraction"]

warm_up()

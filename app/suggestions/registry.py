"""The render-worker handlers of this package, by name (cheap to import: the program
hands them to its RenderService at start-up, long before it reads any document)."""

from __future__ import annotations

EXTRACT_HANDLER = "suggestions.extract"
# Give these to RenderService(extra_handlers=...).
SUGGESTION_HANDLERS: dict[str, str] = {
    EXTRACT_HANDLER: "app.suggestions.handler:run_extraction",
}

"""Extracted words as the API's ``recognizedTextElements`` (bottom-up y).

The API describes recognized text by ``xPosition`` from the left and ``yPosition``
growing from the bottom of the page upwards, with ``width`` and ``height``, all here in
PDF points: for a word whose box is (x0, y0)-(x1, y1) from the top left,
``yPosition = page_height - y1`` (the word's bottom edge).

The API has no page number. A document's pages are therefore stacked as on a long
strip, the first on top: page k's elements are lifted by the heights of the pages after
it, so every element's y stays inside its own page's band and reading order (top to
bottom, page after page) is descending y, as on a single page.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.api.models import RecognizedText
from app.suggestions.model import PageWords

__all__ = ["page_recognized_text", "recognized_text_elements"]

# Text from a PDF's text layer is exact, not guessed.
TEXT_LAYER_CONFIDENCE = 1.0


def page_recognized_text(
    page: PageWords, *, lift: float = 0.0, confidence: float = TEXT_LAYER_CONFIDENCE
) -> list[RecognizedText]:
    """One page's words, y from the page's bottom (plus ``lift``), in reading order."""
    elements: list[RecognizedText] = []
    height = page.height
    for word in page.words:
        elements.append(RecognizedText(
            x_position=round(word.x0, 2),
            y_position=round(lift + max(0.0, height - word.y1), 2),
            text=word.text,
            width=round(word.x1 - word.x0, 2),
            height=round(word.y1 - word.y0, 2),
            confidence=confidence,
        ))
    return elements


def recognized_text_elements(
    pages: Sequence[PageWords], *, max_elements: int = 20_000
) -> list[RecognizedText]:
    """All pages' words for an upload, pages stacked first on top (see module doc).
    At most ``max_elements`` (the first ones, in page order)."""
    elements: list[RecognizedText] = []
    below = sum(page.height for page in pages)
    for page in pages:
        below -= page.height
        elements.extend(page_recognized_text(page, lift=below))
        if len(elements) >= max_elements:
            return elements[:max_elements]
    return elements

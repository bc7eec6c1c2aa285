"""Words with positions from a PDF page (PyMuPDF), in the page's displayed frame.

This runs in a render worker process, never in the GUI process (see
``app.suggestions.job``): MuPDF parses untrusted files there, where a hang or a crash
costs a killed worker and not the program. PyMuPDF is imported when first used.
"""

from __future__ import annotations

from typing import Any

from app.suggestions.model import PageWords, Word

__all__ = ["MAX_WORDS", "page_words"]

# Words kept per page: a page of an invoice has a few hundred; a page of many thousands
# (a data dump, a hostile file) is cut rather than shipped whole to the GUI process.
MAX_WORDS = 20_000


def page_words(page: Any, index: int | None = None) -> PageWords:
    """The words of a PyMuPDF page with boxes in points, top-left origin, on the page as
    it is displayed: MuPDF reports them on the unrotated page, so a rotated page's
    boxes are turned with it, and clipped to the page."""
    rect = page.rect
    width, height = float(rect.width), float(rect.height)
    rotation = int(page.rotation) % 360
    raw = page.get_text("words")
    if rotation:
        m = page.rotation_matrix
        a, b, c, d, e, f = (float(m.a), float(m.b), float(m.c), float(m.d), float(m.e),
                            float(m.f))
    words: list[Word] = []
    for x0, y0, x1, y1, text, *_ in raw:
        if rotation:
            xs = (a * x0 + c * y0 + e, a * x1 + c * y1 + e)
            ys = (b * x0 + d * y0 + f, b * x1 + d * y1 + f)
            x0, x1 = min(xs), max(xs)
            y0, y1 = min(ys), max(ys)
        x0, x1 = max(0.0, x0), min(width, x1)
        y0, y1 = max(0.0, y0), min(height, y1)
        if x1 <= x0 or y1 <= y0:
            continue
        text = text.strip()
        if text:
            words.append(Word(text, x0, y0, x1, y1))
            if len(words) >= MAX_WORDS:
                break
    return PageWords(page.number if index is None else index, width, height, tuple(words),
                     rotation)

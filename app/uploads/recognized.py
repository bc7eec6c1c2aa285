"""The words of a PDF for an upload's ``recognizedTextElements``.

    elements = await read_recognized_text(renderer, pdf_bytes)   # None: send none

The words are read in a render worker (``renderer`` is a RenderService started with
``extra_handlers=SUGGESTION_HANDLERS``, see ``app.suggestions``), never in the calling
process, within ``limit`` seconds. Anything that goes wrong (not a PDF, encrypted,
corrupt, a hung or crashed worker, the time limit) and a scanned PDF without a text
layer give None: the file is then uploaded without elements, as before. The elements
use the API's bottom-up y (``app.suggestions.recognized``), at most ``max_elements``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from app.api.models import RecognizedText
from app.suggestions.job import extract_text
from app.suggestions.recognized import recognized_text_elements

log = logging.getLogger(__name__)

__all__ = [
    "MAX_ELEMENTS",
    "MAX_PDF_BYTES",
    "READ_TIMEOUT",
    "TextReader",
    "is_pdf",
    "read_recognized_text",
]

READ_TIMEOUT = 10.0  # seconds for the worker to read the words
# An invoice has a few hundred words; a long statement a few thousand. The first pages'
# words are the useful ones, and the request stays small.
MAX_ELEMENTS = 5_000
MAX_PDF_BYTES = 25 * 1024 * 1024  # bigger files are uploaded without elements
MAX_PAGES = 12


class TextReader(Protocol):
    """A RenderService with ``SUGGESTION_HANDLERS`` (only ``call`` is used)."""

    async def call(self, handler: str, argument: object = None) -> object: ...


def is_pdf(content_type: str | None, data: bytes) -> bool:
    return (content_type or "").lower() == "application/pdf" or data[:1024].find(b"%PDF") >= 0


async def read_recognized_text(
    reader: TextReader,
    data: bytes,
    *,
    limit: float = READ_TIMEOUT,
    max_elements: int = MAX_ELEMENTS,
) -> list[RecognizedText] | None:
    """The PDF's words as recognized text elements, or None (see the module doc)."""
    if not data or len(data) > MAX_PDF_BYTES or b"%PDF" not in data[:1024]:
        return None
    try:
        async with asyncio.timeout(limit):
            text = await extract_text(reader, data, max_pages=MAX_PAGES, suggest=False)
    except TimeoutError:
        log.info("reading the words of a PDF took longer than %.0f s: none sent", limit)
        return None
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # not readable: uploaded without words
        log.info("no words read from a PDF: %s", exc)
        return None
    if not text.has_text:
        return None
    return recognized_text_elements(text.pages, max_elements=max_elements) or None

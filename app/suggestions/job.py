"""Text extraction and suggestions in a render worker, as the program runs them.

PDFs come from outside: MuPDF reads them only in the preview service's worker
processes, which the service kills when they hang. The extraction is an extra handler
of that service:

    service = RenderService(extra_handlers=SUGGESTION_HANDLERS)
    await service.start()
    text = await extract_text(service, pdf_bytes, own_cvrs=[company.cvr])
    text.suggestions.total        # Suggestion[Amount] | None, with its boxes
    text.pages                    # words with positions (for recognizedTextElements)

Failures are the service's PreviewError subclasses: EncryptedDocument (pass
``password``), CorruptDocument, UnsupportedContent (not a PDF), TooLarge, RenderTimeout,
WorkerCrashed. A PDF without a text layer (a scan) gives pages without words and empty
suggestions, not an error.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.suggestions.finder import find_suggestions
from app.suggestions.model import DocumentText, PageWords, Suggestions
from app.suggestions.registry import EXTRACT_HANDLER, SUGGESTION_HANDLERS

__all__ = [
    "EXTRACT_HANDLER",
    "SUGGESTION_HANDLERS",
    "ExtractionRequest",
    "extract_text",
    "run_extraction",
]


DEFAULT_MAX_PAGES = 12


@dataclass(frozen=True, slots=True)
class ExtractionRequest:
    """What the worker is asked to read (picklable: it travels to the worker)."""

    data: bytes = field(repr=False)
    max_pages: int = DEFAULT_MAX_PAGES  # words of at most this many first pages
    suggest: bool = True
    own_cvrs: tuple[str, ...] = ()  # the bookkeeping company's CVR: not the supplier's
    password: str | None = field(default=None, repr=False)


class _Caller(Protocol):
    async def call(self, handler: str, argument: object = None) -> object: ...


async def extract_text(
    service: _Caller,
    data: bytes,
    *,
    own_cvrs: Collection[str] = (),
    max_pages: int = DEFAULT_MAX_PAGES,
    suggest: bool = True,
    password: str | None = None,
) -> DocumentText:
    """Words and suggestions of a PDF, read in one of ``service``'s worker processes
    (a RenderService started with ``extra_handlers=SUGGESTION_HANDLERS``)."""
    request = ExtractionRequest(bytes(data), max_pages, suggest, tuple(own_cvrs), password)
    result = await service.call(EXTRACT_HANDLER, request)
    if not isinstance(result, DocumentText):  # pragma: no cover - a misconfigured handler
        raise TypeError(f"{EXTRACT_HANDLER} returned {type(result).__name__}")
    return result


def run_extraction(request: ExtractionRequest) -> DocumentText:
    """The handler, in the worker process (tests may call it directly)."""
    from app.previews.protocol import (
        CorruptDocument,
        EncryptedDocument,
        UnsupportedContent,
    )
    from app.suggestions.words import page_words

    started = time.perf_counter()
    if not isinstance(request, ExtractionRequest):
        raise UnsupportedContent("The text extraction was asked the wrong question.")
    data = request.data
    if not data:
        raise CorruptDocument("the file is empty")
    if b"%PDF" not in data[:1024]:
        raise UnsupportedContent("Only PDF documents have a text layer to read.")
    pymupdf: Any = __import__("pymupdf")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except RuntimeError as exc:
        raise CorruptDocument("it is not a readable PDF") from exc
    try:
        if doc.needs_pass:
            if not request.password:
                raise EncryptedDocument()
            if not doc.authenticate(request.password):
                raise EncryptedDocument(wrong_password=True)
        try:
            count = int(doc.page_count)
            if count <= 0:
                raise CorruptDocument("it has no pages")
            pages: list[PageWords] = [
                page_words(doc.load_page(i), i) for i in range(min(count, request.max_pages))
            ]
        except (RuntimeError, ValueError) as exc:
            reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
            raise CorruptDocument(reason or None) from exc
    finally:
        doc.close()
    suggestions = (
        find_suggestions(pages, own_cvrs=request.own_cvrs) if request.suggest
        else Suggestions()
    )
    return DocumentText(count, tuple(pages), suggestions,
                        (time.perf_counter() - started) * 1000)

"""Suggestions read from a document, for the registration form.

From a PDF's text layer (read in a render worker, never in the GUI process)::

    service = RenderService(extra_handlers=SUGGESTION_HANDLERS)   # app.previews
    text = await extract_text(service, pdf_bytes, own_cvrs=[company.cvr])
    s = text.suggestions
    s.document_date   # Suggestion[date] | None: .value, .confidence, .boxes, .label
    s.total, s.vat    # Suggestion[Amount] | None (total includes VAT)
    s.due_date, s.currency, s.supplier_cvr
    s.all()           # what "accept all" fills in, in the form's order
    recognized_text_elements(text.pages)   # for POST /filesForUseInRegistrations

From an e-invoice: ``suggest_from_einvoice(archive_file.einvoice)`` (exact, confidence
1). From plain text: ``suggest_from_text(text)``.

Boxes are in PDF points on the page as displayed, top-left origin (see ``model``).

Typed amounts: ``parse_amount_input("1.234,56")`` -> Amount, or AmountInputError with
the reason. Importing this package is cheap and pulls in neither PyMuPDF nor Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.suggestions.amounts import (
        AmountInputError,
        AmountMatch,
        find_amounts,
        parse_amount_input,
    )
    from app.suggestions.cues import CueKind, find_cues
    from app.suggestions.dates import DateMatch, find_dates, parse_date
    from app.suggestions.einvoice import suggest_from_einvoice
    from app.suggestions.finder import find_suggestions, suggest_from_text
    from app.suggestions.job import (
        EXTRACT_HANDLER,
        SUGGESTION_HANDLERS,
        ExtractionRequest,
        extract_text,
        run_extraction,
    )
    from app.suggestions.model import (
        Box,
        DocumentText,
        Field,
        PageWords,
        Source,
        Suggestion,
        Suggestions,
        Word,
    )
    from app.suggestions.recognized import page_recognized_text, recognized_text_elements

# Each name is imported from its module when first used, so that importing one
# module of this package (at start-up) does not import all of them.
_WHERE: dict[str, str] = {
    "AmountInputError": "app.suggestions.amounts",
    "AmountMatch": "app.suggestions.amounts",
    "find_amounts": "app.suggestions.amounts",
    "parse_amount_input": "app.suggestions.amounts",
    "CueKind": "app.suggestions.cues",
    "find_cues": "app.suggestions.cues",
    "DateMatch": "app.suggestions.dates",
    "find_dates": "app.suggestions.dates",
    "parse_date": "app.suggestions.dates",
    "suggest_from_einvoice": "app.suggestions.einvoice",
    "find_suggestions": "app.suggestions.finder",
    "suggest_from_text": "app.suggestions.finder",
    "EXTRACT_HANDLER": "app.suggestions.registry",
    "SUGGESTION_HANDLERS": "app.suggestions.registry",
    "ExtractionRequest": "app.suggestions.job",
    "extract_text": "app.suggestions.job",
    "run_extraction": "app.suggestions.job",
    "Box": "app.suggestions.model",
    "DocumentText": "app.suggestions.model",
    "Field": "app.suggestions.model",
    "PageWords": "app.suggestions.model",
    "Source": "app.suggestions.model",
    "Suggestion": "app.suggestions.model",
    "Suggestions": "app.suggestions.model",
    "Word": "app.suggestions.model",
    "page_recognized_text": "app.suggestions.recognized",
    "recognized_text_elements": "app.suggestions.recognized",
}

__all__ = [
    "EXTRACT_HANDLER",
    "SUGGESTION_HANDLERS",
    "AmountInputError",
    "AmountMatch",
    "Box",
    "CueKind",
    "DateMatch",
    "DocumentText",
    "ExtractionRequest",
    "Field",
    "PageWords",
    "Source",
    "Suggestion",
    "Suggestions",
    "Word",
    "extract_text",
    "find_amounts",
    "find_cues",
    "find_dates",
    "find_suggestions",
    "page_recognized_text",
    "parse_amount_input",
    "parse_date",
    "recognized_text_elements",
    "run_extraction",
    "suggest_from_einvoice",
    "suggest_from_text",
]


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value

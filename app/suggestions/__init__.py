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

"""The plain data of suggestions: words with positions, boxes, suggestions.

Everything here is picklable and cheap to import: the same objects come back from the
render worker (see ``app.suggestions.job``) to the GUI process.

Coordinates are PDF points on the page *as displayed* (after the page's own rotation):
origin at the top left, y growing downwards, the page ``width`` x ``height`` as
``RenderResult.page_size`` gives it. A preview drawn at ``zoom`` shows a box at
``(x0 * zoom, y0 * zoom)`` (before any view rotation). The API's recognized text uses
bottom-up y; ``app.suggestions.recognized`` converts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Generic, NamedTuple, TypeVar

from app.api.amounts import Amount

__all__ = [
    "Box",
    "DocumentText",
    "Field",
    "PageWords",
    "Source",
    "Suggestion",
    "Suggestions",
    "Word",
]

V = TypeVar("V")


class Word(NamedTuple):
    """One word of a page's text layer and its box (points, top-left origin)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words of one page, in the text layer's order."""

    index: int  # 0-based page number
    width: float  # points, as displayed (after the page's rotation)
    height: float
    words: tuple[Word, ...]
    rotation: int = 0  # the page's own rotation, already applied to the boxes


@dataclass(frozen=True, slots=True)
class Box:
    """Where a suggestion was read: page and rectangle in points (top-left origin)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        assert self.page == other.page
        return Box(self.page, min(self.x0, other.x0), min(self.y0, other.y0),
                   max(self.x1, other.x1), max(self.y1, other.y1))


class Field(StrEnum):
    DOCUMENT_DATE = "document_date"
    DUE_DATE = "due_date"
    TOTAL = "total"  # including VAT
    VAT = "vat"
    NET = "net"  # excluding VAT (read only to check the total and VAT against)
    CURRENCY = "currency"
    SUPPLIER_CVR = "supplier_cvr"
    SUPPLIER_NAME = "supplier_name"


class Source(StrEnum):
    TEXT = "text"  # read from the document's text layer (or plain text)
    EINVOICE = "einvoice"  # taken from the structured e-invoice: exact


@dataclass(frozen=True, slots=True)
class Suggestion(Generic[V]):
    """A value the user may accept, how sure we are, and where it was read.

    ``confidence`` is in [0, 1] (1 for e-invoice data). ``boxes`` are the places the
    value was found, best first (empty for e-invoices); ``label`` is the cue read beside
    it ("I alt DKK", "Invoice date"), or "" when the value stood alone.
    """

    field: Field
    value: V
    confidence: float
    boxes: tuple[Box, ...] = ()
    label: str = ""
    label_box: Box | None = None
    source: Source = Source.TEXT


@dataclass(frozen=True, slots=True)
class Suggestions:
    """What was found in one document; a field is None when nothing fitted."""

    document_date: Suggestion[date] | None = None
    due_date: Suggestion[date] | None = None
    total: Suggestion[Amount] | None = None
    vat: Suggestion[Amount] | None = None
    net: Suggestion[Amount] | None = None
    currency: Suggestion[str] | None = None
    supplier_cvr: Suggestion[str] | None = None
    supplier_name: Suggestion[str] | None = None

    def all(self) -> list[Suggestion[Any]]:
        """Every suggestion for the form, in its order (what "accept all" takes). The
        net amount is not among them: it is kept to check total and VAT against."""
        found: list[Suggestion[Any] | None] = [
            self.document_date, self.total, self.vat, self.currency, self.due_date,
            self.supplier_name, self.supplier_cvr,
        ]
        return [s for s in found if s is not None]

    def __bool__(self) -> bool:
        return bool(self.all())

    def merged(self, other: Suggestions) -> Suggestions:
        """Field by field, the more confident of the two (this one on a tie): e.g. an
        e-invoice's exact values over what was read from its PDF rendering."""
        chosen: dict[str, Any] = {}
        for name in self.__slots__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if mine is None or (theirs is not None and theirs.confidence > mine.confidence):
                chosen[name] = theirs
            else:
                chosen[name] = mine
        return Suggestions(**chosen)


@dataclass(frozen=True, slots=True)
class DocumentText:
    """What the worker read from a PDF: its words per page and the suggestions."""

    page_count: int
    pages: tuple[PageWords, ...]  # the first ``max_pages`` pages
    suggestions: Suggestions = field(default_factory=Suggestions)
    elapsed_ms: float = 0.0  # extraction plus suggestion, in the worker

    @property
    def has_text(self) -> bool:
        return any(page.words for page in self.pages)

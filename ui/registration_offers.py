"""The registration panel's suggestions: offers read from the document, marked in the
form, highlighted on the preview and accepted one by one or all at once.

Mixed into ``RegistrationPanel`` (whose attributes and signals these methods use); see
that module's docstring for the rules a bookkeeper sees.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, SignalInstance
from PySide6.QtWidgets import QDateEdit, QLineEdit, QMessageBox, QWidget
from shiboken6 import isValid

from app.api import models
from app.booking import Draft
from app.suggestions import (
    Box,
    DocumentText,
    Suggestion,
    Suggestions,
    extract_text,
    suggest_from_einvoice,
)
from app.tasks import Tasks
from ui.formatting import format_amount, format_date
from ui.preview_highlights import Highlight
from ui.registration_lines import AMOUNT, LinesModel

if TYPE_CHECKING:
    from ui.registration_panel import TextReader

log = logging.getLogger(__name__)

__all__ = ["OFFER_FIELDS", "SUGGESTED_STYLE", "OffersMixin"]

SUGGESTED_STYLE = "background: #fff6d5;"
# the fields a suggestion fills, in the form's order (Alt+1, Alt+2, Alt+3)
OFFER_FIELDS = ("date", "description", "amount")


class OffersMixin:
    """Suggestions as offers per field (mixed into ``RegistrationPanel``)."""

    if TYPE_CHECKING:
        company: models.CompanyAndAccess | None
        draft: Draft | None
        suggested_for: int | None
        date: QDateEdit
        description: QLineEdit
        lines: LinesModel
        replace_box: QMessageBox | None
        highlightsChanged: SignalInstance
        _renderer: TextReader | None
        _tasks: Tasks
        _loading: bool
        _touched: set[str]
        _loaded_date: dt.date | None
        _suggested: dict[str, str]
        _offers: dict[str, tuple[str, Suggestion[object]]]
        _amount_pending: bool

        def _changed(self) -> None: ...
        def _lines_changed(self) -> None: ...

    def show_suggestions(self, suggestions: Suggestions) -> None:
        """Offer the document's values: fill the fields the user has not typed in
        (marked as suggestions), and highlight where each was read."""
        if self.draft is None:
            return
        self._offers.clear()
        self._amount_pending = False
        self._loading = True
        try:
            found = suggestions.document_date
            if found is not None:
                self._offers["date"] = (format_date(found.value), found)
                if "date" not in self._typed():
                    self._fill("date", found)
            name = suggestions.supplier_name
            if name is not None:
                self._offers["description"] = (str(name.value), name)
                if not self.description.text().strip():
                    self._fill("description", name)
            total = suggestions.total
            if total is not None:
                self._offers["amount"] = (format_amount(total.value), total)
                if all(not line.amount.strip() for line in self.lines.lines()):
                    self._fill("amount", total)
        finally:
            self._loading = False
        self._lines_changed()
        self._emit_highlights()

    def _fill(self, field: str, found: Suggestion[object]) -> None:
        """Put an offer's value in its (empty or default) field, marked."""
        text = self._offers[field][0]
        if field == "date" and isinstance(found.value, dt.date):
            value = found.value
            self.date.setDate(QDate(value.year, value.month, value.day))
            self._mark("date", self.date, text)
        elif field == "description":
            self.description.setText(text)
            self._mark("description", self.description, text)
        elif field == "amount":
            if not self.lines.rowCount():
                self.lines.add_line()
            tip = self._tip(
                QCoreApplication.translate("RegistrationPanel", "Total {0}").format(text)
            )
            self.lines.set_cell(0, AMOUNT, text, suggestion=tip)
            self._amount_pending = True

    def _current(self, field: str) -> str:
        """What the field holds now, as text ("" when empty)."""
        if field == "date":
            return format_date(self.date.date().toPython())  # type: ignore[arg-type]
        if field == "description":
            return self.description.text().strip()
        lines = self.lines.lines()
        return lines[0].amount.strip() if lines else ""

    def offered_fields(self) -> list[str]:
        """The fields with a suggestion not yet accepted or rejected, in form order."""
        return [field for field in OFFER_FIELDS if field in self._offers]

    def accept_suggestion(self, field: str) -> None:
        """Take the suggestion for ``field`` (Alt+1..3, or its highlight clicked). A
        value the user typed there is replaced only after asking."""
        offer = self._offers.get(field)
        if offer is None or self.draft is None:
            return
        text, found = offer
        pending = field in self._suggested or (field == "amount" and self._amount_pending)
        current = self._current(field)
        if not pending and current and current != text and field in self._typed_fields():
            self._ask_replace(field, current, text)
            return
        if not pending and current != text:
            self._loading = True
            try:
                self._fill(field, found)
            finally:
                self._loading = False
        self._take(field)

    def _typed_fields(self) -> set[str]:
        typed = self._typed()
        if any(line.amount.strip() for line in self.lines.lines()[:1]):
            typed.add("amount")
        return typed

    def _take(self, field: str) -> None:
        """The field's value is the user's own now: unmarked, the offer done."""
        self._unmark(field)
        if field == "amount":
            self._amount_pending = False
            self.lines.accept_cell(0, AMOUNT)
        self._touched.add(field)
        self._offers.pop(field, None)
        self._lines_changed()
        self._emit_highlights()

    def _ask_replace(self, field: str, current: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RegistrationPanel", "Use the document's value?"),
            QCoreApplication.translate(
                "RegistrationPanel", "You typed “{0}”. Replace it with “{1}” from the document?"
            ).format(current, text),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("replaceSuggestionBox")
        replace_button = box.addButton(
            QCoreApplication.translate("RegistrationPanel", "Replace"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("RegistrationPanel", "Keep mine"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        self.replace_box = box

        def answered() -> None:
            self.replace_box = None
            if box.clickedButton() is replace_button and field in self._offers:
                self._loading = True
                try:
                    self._fill(field, self._offers[field][1])
                finally:
                    self._loading = False
                self._take(field)
            else:
                self._drop_offer(field)  # kept: the suggestion is rejected
            box.deleteLater()

        box.finished.connect(lambda _r: answered())
        box.open()

    def _drop_offer(self, field: str) -> None:
        if field == "amount":
            self._amount_pending = False
        if self._offers.pop(field, None) is not None:
            self._emit_highlights()

    def highlights(self) -> list[Highlight]:
        """Where the offered suggestions were read (for the preview)."""
        labels = {
            "date": QCoreApplication.translate("RegistrationPanel", "Date"),
            "description": QCoreApplication.translate("RegistrationPanel", "Supplier"),
            "amount": QCoreApplication.translate("RegistrationPanel", "Total"),
        }
        found: list[Highlight] = []
        for field in self.offered_fields():
            boxes: tuple[Box, ...] = self._offers[field][1].boxes
            found.extend(Highlight(field, box.page, box, labels[field]) for box in boxes)
        return found

    def _emit_highlights(self) -> None:
        if self.suggested_for is not None:
            self.highlightsChanged.emit(self.suggested_for, self.highlights())

    def show_document(self, document: models.ArchiveFile) -> None:
        """Suggest from the document on screen: its e-invoice, or its PDF's text (read
        in a render worker). Only empty fields are filled; the user's stay."""
        company = self.company
        if company is None or document.company_xid != company.xid:
            return
        if document.einvoice is not None:
            self.suggested_for = document.archive_file_xid
            self.show_suggestions(suggest_from_einvoice(document.einvoice))
            return
        if self._renderer is None or not document.body.startswith(b"%PDF"):
            return
        xid, draft_id = document.archive_file_xid, self.draft.id if self.draft else None
        own = [company.cvr] if company.cvr else []

        def found(text: DocumentText) -> None:
            current = self.draft.id if self.draft else None
            if not isValid(self) or current != draft_id or self.company is not company:
                return
            self.suggested_for = xid
            self.show_suggestions(text.suggestions)

        self._tasks.preempt(
            f"registration-suggest-{id(self)}",
            extract_text(self._renderer, document.body, own_cvrs=own),
            on_done=found,
            on_error=lambda exc: log.info("no suggestions from document %d: %s", xid, exc),
        )

    def _typed(self) -> set[str]:
        """Fields the user has filled in (a suggestion does not count): those edited
        since the draft was shown, and a restored date other than today's default."""
        typed = set(self._touched)
        if "date" not in self._suggested and self._loaded_date not in (None, dt.date.today()):
            typed.add("date")
        return typed

    def _tip(self, what: str) -> str:
        return QCoreApplication.translate(
            "RegistrationPanel", "Suggested by the document: {0}"
        ).format(what)

    def _key_hint(self, field: str) -> str:
        number = OFFER_FIELDS.index(field) + 1
        return QCoreApplication.translate(
            "RegistrationPanel", " (Alt+{0} or a click on it in the preview takes it)"
        ).format(number)

    def _mark(self, field: str, widget: QWidget, what: str) -> None:
        self._suggested[field] = self._tip(what) + self._key_hint(field)
        widget.setStyleSheet(SUGGESTED_STYLE)
        widget.setToolTip(self._suggested[field])

    def _unmark(self, field: str) -> None:
        if self._suggested.pop(field, None) is None:
            return
        widget = {"date": self.date, "description": self.description}.get(field)
        if widget is not None:
            widget.setStyleSheet("")
            widget.setToolTip("")

    def suggested_fields(self) -> list[str]:
        names = ("account", "vat", "amount")
        cells = [f"line{r + 1}.{names[c]}" for r, c in self.lines.suggested_cells()]
        return sorted(self._suggested) + cells

    def accept_suggestions(self) -> None:
        """Take every suggestion filled in as the user's own (Ctrl+Shift+A); values the
        user typed stay."""
        for field in list(self._suggested):
            self._unmark(field)
        self.lines.accept_suggestions()
        self._amount_pending = False
        self._offers.clear()
        self._emit_highlights()
        self._changed()

    def _clear_suggestions(self) -> None:
        for field in list(self._suggested):
            self._unmark(field)
        self._amount_pending = False
        self._offers.clear()
        self._emit_highlights()

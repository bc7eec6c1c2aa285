"""The registration panel (``registrationPanel``): book the document on screen.

    panel = RegistrationPanel(service, drafts, memory, api, tasks)
    panel.set_company(company)              # restores the company's draft
    panel.set_documents(inbox.selected_lines())   # the attachments (at most 3)
    panel.show_suggestions(suggestions)     # prefill empty fields, marked
    panel.booked.connect(inbox.remove_xids) # the attached documents, once booked
    panel.nextRequested.connect(...)        # "Create and next" succeeded
    panel.highlightsChanged.connect(preview.set_highlights)   # (xid, [Highlight])
    preview.highlightActivated.connect(panel.accept_suggestion)
    panel.matchesWanted.connect(...)        # a BankPosting or an ArchiveFileLine: run
                                            # the matcher, then set_matching_documents /
                                            # set_matching_postings
    panel.prefill_posting(posting, "5820")  # "Book this posting"

The form is a ``Draft`` (app.booking): every change is saved per company (debounced,
``SAVE_DELAY_MS``) and restored when the company is shown again, also after a restart.
Ctrl+Enter creates the suggested registration, Ctrl+Shift+Enter creates it and asks for
the next document, Ctrl+Shift+A accepts every suggestion.

Suggestions: each one read from the document is an *offer* for its field (date,
description, the first line's amount), highlighted on the preview where it was read.
A suggestion fills its field only when the user has not typed there; Alt+1..Alt+3 (the
fields in the form's order) or a click on its highlight accepts one. Over a value the
user typed, accepting asks first ("Replace ... with ...?"): a bookkeeper's own entry is
never overwritten silently. Editing a field rejects its offer; the highlight goes.

When the outcome of a submission is unknown (``RegistrationUncertain``) the user is
asked (``UncertainRegistrationDialog``): send again, check first (the draft stays,
marked uncertain, and the question comes back on the next submit), or discard.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.api import models
from app.booking import (
    MAX_ATTACHMENTS,
    AttachmentRefused,
    BookingMemory,
    BookingService,
    Draft,
    DraftInvalid,
    DraftLine,
    DraftStatus,
    DraftStore,
    RegistrationUncertain,
    Remembered,
    SubmitFailed,
    SubmitProgress,
    SubmitStage,
)
from app.suggestions import Suggestion
from app.tasks import Tasks
from ui.formatting import current_language
from ui.registration_lines import ACCOUNT, AMOUNT, LineDelegate, LinesModel, LinesView
from ui.registration_matches import BankMatchesMixin, MatchesSection
from ui.registration_offers import OFFER_FIELDS, OffersMixin
from ui.uncertain_dialog import DISCARD, RESEND, UncertainRegistrationDialog

log = logging.getLogger(__name__)

__all__ = ["SAVE_DELAY_MS", "CustomerSource", "RegistrationPanel", "TextReader"]

SAVE_DELAY_MS = 400
UNCERTAIN_STYLE = "color: #8a5300; background: #fff3cd; padding: 4px;"


class CustomerSource(Protocol):
    async def customers(self, company_xid: int) -> list[models.Customer]: ...

    async def create_customer(self, customer: models.Customer) -> int: ...


class TextReader(Protocol):
    """A RenderService started with ``extra_handlers=SUGGESTION_HANDLERS``."""

    async def call(self, handler: str, argument: object = None) -> object: ...


class RegistrationPanel(OffersMixin, BankMatchesMixin, QWidget):
    """The registration form beside the preview."""

    booked = Signal(list)  # list[int]: the inbox documents attached to the registration
    nextRequested = Signal()  # "Create and next" booked: show the next inbox document
    busyChanged = Signal(bool)
    # (document xid, list[Highlight]): where the offered suggestions were read
    highlightsChanged = Signal(int, list)
    # a BankPosting (documents wanted) or an ArchiveFileLine (postings wanted)
    matchesWanted = Signal(object)

    def __init__(
        self,
        service: BookingService,
        drafts: DraftStore,
        memory: BookingMemory,
        api: CustomerSource,
        tasks: Tasks,
        parent: QWidget | None = None,
        *,
        renderer: TextReader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registrationPanel")
        self.setAcceptDrops(True)
        self.service, self.drafts, self.memory = service, drafts, memory
        self._api, self._tasks = api, tasks
        self._renderer = renderer  # a RenderService with SUGGESTION_HANDLERS, for PDFs
        self.suggested_for: int | None = None  # the document the suggestions came from
        self.company: models.CompanyAndAccess | None = None
        self.draft: Draft | None = None
        self._names: dict[int, str] = {}  # inbox xid -> name, for the attachments list
        self._loading = False
        self._busy = False
        self._suggested: dict[str, str] = {}  # field -> tooltip
        self.customers_for: int | None = None  # the company whose customers are listed
        self._touched: set[str] = set()  # fields the user edited since the draft was shown
        self._loaded_date: dt.date | None = None
        # field -> (value text, Suggestion) read from document ``suggested_for``
        self._offers: dict[str, tuple[str, Suggestion[object]]] = {}
        self._amount_pending = False  # the first line's amount is a suggestion not taken
        self.replace_box: QMessageBox | None = None
        self.uncertain_dialog: UncertainRegistrationDialog | None = None
        self._ledger_accounts: dict[int, str] = {}  # posting xid -> bank ledger account

        self.date = QDateEdit(self)
        self.date.setObjectName("registrationDate")
        self.date.setCalendarPopup(True)
        self.description = QLineEdit(self)
        self.description.setObjectName("registrationDescription")
        self.supplier = QLineEdit(self)
        self.supplier.setObjectName("registrationSupplier")
        self.supplier.setPlaceholderText(self.tr("Supplier number"))
        self._supplier_model = QStringListModel(self)
        completer = QCompleter(self._supplier_model, self.supplier)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.supplier.setCompleter(completer)
        self.customer = QComboBox(self)
        self.customer.setObjectName("registrationCustomer")
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        customer_completer = self.customer.completer()
        if customer_completer is not None:
            customer_completer.setFilterMode(Qt.MatchFlag.MatchContains)
            customer_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        self.lines = LinesModel(self)
        self.lines_view = LinesView(self.lines, self)
        self.lines_view.setItemDelegate(LineDelegate(self._complete, self.lines_view))
        self.total = QLabel(self)
        self.total.setObjectName("registrationTotal")
        self.line_errors = QLabel(self)
        self.line_errors.setObjectName("registrationLineErrors")
        self.line_errors.setStyleSheet("color: #b00020;")
        self.line_errors.setWordWrap(True)

        self.attachments = QListWidget(self)
        self.attachments.setObjectName("registrationAttachments")
        self.attachments.setMaximumHeight(72)
        self.attachment_error = QLabel(self)
        self.attachment_error.setObjectName("registrationAttachmentError")
        self.attachment_error.setStyleSheet("color: #b00020;")
        self.attachment_error.setWordWrap(True)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("registrationMessage")
        self.message.setWordWrap(True)
        self.uncertain = QLabel(self)
        self.uncertain.setObjectName("registrationUncertain")
        self.uncertain.setWordWrap(True)
        self.uncertain.setStyleSheet(UNCERTAIN_STYLE)
        self.uncertain.setText(
            self.tr(
                "Sent, but no answer came: this registration may already be in"
                " Multi-Regnskab. Check there; sending it again asks you first."
            )
        )
        self.uncertain.setVisible(False)
        self.matching_documents = MatchesSection(
            self.tr("Matching documents"), "registrationMatchingDocuments",
            self.tr("Inbox documents with this amount and a date close to it: click to attach"),
            self,
        )  # fmt: skip
        self.matching_postings = MatchesSection(
            self.tr("Matching bank postings"), "registrationMatchingPostings",
            self.tr("Bank postings that may have paid this document: click to book it so"),
            self,
        )  # fmt: skip
        self.matching_documents.chosen.connect(self._document_chosen)
        self.matching_postings.chosen.connect(self._posting_chosen)
        self.create_button = QPushButton(self.tr("Create suggested registration"), self)
        self.create_button.setObjectName("registrationCreate")
        self.create_button.setToolTip("Ctrl+Enter")
        self.next_button = QPushButton(self.tr("Create and next"), self)
        self.next_button.setToolTip("Ctrl+Shift+Enter")

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Supplier"), self.supplier)
        self.new_customer_button = QToolButton(self)
        self.new_customer_button.setObjectName("registrationNewCustomer")
        self.new_customer_button.setText(self.tr("New customer…"))
        self.new_customer_button.setAccessibleName(self.tr("New customer"))
        self.new_customer_button.setToolTip(self.tr("Create a customer in Multi-Regnskab"))
        self.new_customer_button.clicked.connect(self.new_customer)
        customer_row = QHBoxLayout()
        customer_row.setContentsMargins(0, 0, 0, 0)
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.new_customer_button)
        form.addRow(self.tr("Customer"), customer_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines_view, 1)
        total_row = QHBoxLayout()
        total_row.addWidget(self.line_errors, 1)
        total_row.addWidget(QLabel(self.tr("Total"), self))
        total_row.addWidget(self.total)
        layout.addLayout(total_row)
        layout.addWidget(QLabel(self.tr("Attachments"), self))
        layout.addWidget(self.attachments)
        layout.addWidget(self.attachment_error)
        layout.addWidget(self.matching_documents)
        layout.addWidget(self.matching_postings)
        layout.addWidget(self.progress)
        layout.addWidget(self.uncertain)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        self.date.dateChanged.connect(lambda _d: self._edited("date"))
        self.description.textEdited.connect(lambda _t: self._edited("description"))
        self.supplier.textEdited.connect(lambda _t: self._edited("supplier"))
        self.customer.currentIndexChanged.connect(lambda _i: self._edited("customer"))
        self.lines.linesChanged.connect(self._lines_changed)
        self.create_button.clicked.connect(lambda: self.submit())
        self.next_button.clicked.connect(lambda: self.submit(and_next=True))
        keys = [
            ("Ctrl+Return", lambda: self.submit()),
            ("Ctrl+Enter", lambda: self.submit()),
            ("Ctrl+Shift+Return", lambda: self.submit(and_next=True)),
            ("Ctrl+Shift+Enter", lambda: self.submit(and_next=True)),
            ("Ctrl+Shift+A", self.accept_suggestions),
        ]
        for number, field in enumerate(OFFER_FIELDS, start=1):
            keys.append((f"Alt+{number}", lambda f=field: self.accept_suggestion(f)))
        for key, slot in keys:
            # the whole window's: book while looking at the preview or the inbox
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self._apply_language()
        self._set_enabled()
        self._lines_changed()

    # --- company and draft -------------------------------------------------------------

    def _apply_language(self) -> None:
        self.date.setDisplayFormat("dd.MM.yyyy" if current_language() == "da" else "yyyy-MM-dd")

    def set_company(self, company: models.CompanyAndAccess | None) -> None:
        """Show ``company``'s draft (the latest, or a new one); saves the one shown."""
        self.save_now()
        self.company = company
        self._clear_suggestions()
        self.attachment_error.clear()
        self.message.clear()
        if company is None:
            self.draft = None
            self._load(None)
        else:
            draft = self.drafts.latest(company.xid) or self.drafts.create(
                company.xid, date=dt.date.today()
            )
            self.draft = draft
            self._load(draft)
            self._refresh_suppliers()
            if self.customers_for != company.xid:
                self.reload_customers()
        self._set_enabled()

    def reload_customers(self, select_xid: int | None = None) -> None:
        """Fetch the company's customers again (one was created); ``select_xid`` is
        chosen in the picker when it arrives."""
        company = self.company
        if company is None:
            return
        xid = company.xid

        def loaded(found: list[models.Customer]) -> None:
            if not isValid(self):
                return
            self._customers_loaded(xid, found)
            if select_xid is not None and self.company is company:
                self._select_customer(select_xid)

        self._tasks.start(
            self._api.customers(xid),
            on_done=loaded,
            on_error=lambda exc: log.info("customers not loaded: %s", type(exc).__name__),
        )

    def new_customer(self) -> None:
        """ "New customer…": the customer dialog; the new customer is chosen here."""
        company = self.company
        if company is None:
            return
        from ui.customer_dialog import NewCustomerDialog

        dialog = NewCustomerDialog(self._api, self._tasks, company, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customerCreated.connect(lambda customer: self.reload_customers(customer.xid))
        self.customer_dialog = dialog
        dialog.open()

    def _load(self, draft: Draft | None) -> None:
        self._loading = True
        self._touched.clear()
        self._loaded_date = draft.date if draft is not None else None
        try:
            when = draft.date if draft is not None and draft.date else dt.date.today()
            self.date.setDate(QDate(when.year, when.month, when.day))
            self.description.setText(draft.description if draft else "")
            self.supplier.setText(self._supplier_text(draft.supplier_xid) if draft else "")
            self._select_customer(draft.customer_xid if draft else None)
            self.lines.set_lines(draft.lines if draft and draft.lines else [DraftLine()])
            self._show_attachments()
            if draft is not None and draft.last_error:
                self.message.setText(draft.last_error)
            self._show_uncertain()
        finally:
            self._loading = False
        self._lines_changed()

    def _supplier_text(self, number: int | None) -> str:
        if number is None or self.company is None:
            return ""
        known = self.memory.supplier(self.company.xid, number)
        return f"{number}  {known.name}" if known is not None and known.name else str(number)

    def _refresh_suppliers(self) -> None:
        if self.company is None:
            return
        self._supplier_model.setStringList(
            [
                f"{s.number}  {s.name}" if s.name else str(s.number)
                for s in self.memory.suppliers(self.company.xid)
            ]
        )

    def _customers_loaded(self, company_xid: int, customers: list[models.Customer]) -> None:
        if not isValid(self) or self.company is None or self.company.xid != company_xid:
            return
        self.customers_for = company_xid
        wanted = self.draft.customer_xid if self.draft is not None else None
        self._loading = True
        try:
            self.customer.clear()
            self.customer.addItem("", None)
            for customer in sorted(customers, key=lambda c: c.customer_name.casefold()):
                number = f"{customer.customer_number}  " if customer.customer_number else ""
                self.customer.addItem(f"{number}{customer.customer_name}", customer.xid)
            self._select_customer(wanted)
        finally:
            self._loading = False

    def _select_customer(self, xid: int | None) -> None:
        index = self.customer.findData(xid) if xid is not None else 0
        if index < 0 and xid is not None:
            self.customer.addItem(self.tr("Customer {0}").format(xid), xid)
            index = self.customer.count() - 1
        self.customer.setCurrentIndex(max(index, 0) if self.customer.count() else -1)

    def _set_enabled(self) -> None:
        allowed = self.company is not None and self.company.allow_documents_add
        for widget in (self.create_button, self.next_button):
            widget.setEnabled(bool(allowed) and not self._busy)
        self.new_customer_button.setEnabled(bool(allowed))
        if self.company is not None and not self.company.allow_documents_add:
            self.message.setText(
                self.tr("You may not add documents in this company, so you cannot book here.")
            )

    # --- edits and saving ----------------------------------------------------------------

    def _edited(self, what: str) -> None:
        if self._loading:
            return
        self._touched.add(what)
        self._unmark(what)
        self._drop_offer(what)  # typing over a suggestion rejects it
        self._changed()

    def _changed(self) -> None:
        if self._loading or self.draft is None:
            return
        self.draft = self._from_form(self.draft)
        self._save_timer.start()

    def _supplier_xid(self) -> int | None:
        head = self.supplier.text().strip().split(" ")[0]
        return int(head) if head.isdigit() else None

    def _from_form(self, draft: Draft) -> Draft:
        qdate = self.date.date()
        customer = self.customer.currentData()
        return replace(
            draft,
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            description=self.description.text(),
            supplier_xid=self._supplier_xid(),
            customer_xid=customer if isinstance(customer, int) else None,
            lines=self.lines.lines(),
        )

    def save_now(self) -> None:
        """Write the draft now (the debounced save, at once)."""
        self._save_timer.stop()
        if self.draft is None:
            return
        try:
            self.draft = self.drafts.save(self._from_form(self.draft))
        except KeyError:
            log.info("draft %d is gone", self.draft.id)

    def _lines_changed(self) -> None:
        if (
            not self._loading
            and self._amount_pending
            and (0, AMOUNT) not in self.lines.suggested_cells()
        ):
            self._drop_offer("amount")  # the suggested amount was edited
        self.total.setText(self.lines.total_text())
        errors = self.lines.errors()
        self.line_errors.setText(
            "; ".join(
                self.tr("Line {0}: {1}").format(row + 1, reason) for row, _c, reason in errors
            )
        )
        self._changed()

    def _complete(self, column: int, typed: str) -> list[str]:
        if self.company is None:
            return []
        found: list[Remembered]
        if column == ACCOUNT:
            found = list(self.memory.complete_accounts(self.company.xid, typed, 50))
        else:
            found = self.memory.complete_vat_codes(self.company.xid, typed, 50)
        return [f"{r.code}  {r.label}" if r.label else r.code for r in found]

    # --- attachments ---------------------------------------------------------------------

    def set_documents(self, lines: Sequence[models.ArchiveFileLine]) -> None:
        """The inbox documents to attach (the inbox's selection): the first three are
        attached, the rest refused with the reason shown."""
        if self.draft is None:
            return
        draft = replace(self.draft, inbox_xids=())
        refused: list[str] = []
        for line in lines:
            name = line.name or str(line.xid)
            self._names[line.xid] = name
            try:
                draft = draft.with_inbox_file(line.xid, name)
            except AttachmentRefused as exc:
                refused.append(str(exc))
        self.draft = draft
        self.attachment_error.setText(refused[0] if refused else "")
        self._show_attachments()
        self._changed()
        self.matching_postings.set_matches([])  # they were for another document
        if len(lines) == 1:
            self.matchesWanted.emit(lines[0])  # which bank posting paid it?

    def add_document(self, line: models.ArchiveFileLine) -> bool:
        """Attach one more inbox document; False (the reason shown) when refused."""
        if self.draft is None:
            return False
        name = line.name or str(line.xid)
        self._names[line.xid] = name
        try:
            self.draft = self.draft.with_inbox_file(line.xid, name)
        except AttachmentRefused as exc:
            self.attachment_error.setText(str(exc))
            return False
        self.attachment_error.clear()
        self._show_attachments()
        self._changed()
        return True

    def add_local_file(self, path: str) -> bool:
        """Attach a file from this computer (uploaded hidden when booked); False (the
        reason shown) when refused."""
        if self.draft is None:
            return False
        try:
            self.draft = self.draft.with_local_file(path)
        except AttachmentRefused as exc:
            self.attachment_error.setText(str(exc))
            return False
        self.attachment_error.clear()
        self._show_attachments()
        self._changed()
        return True

    def accepts_file_drops(self) -> bool:
        """Whether files dropped here now are attached to the registration (the window
        then leaves them to this panel instead of uploading them to the inbox)."""
        return self.draft is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.draft is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files dropped here are attached to the registration (not put in the inbox)."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if Path(p).is_file()]
        if not files:
            return
        event.acceptProposedAction()
        for path in files:
            if not self.add_local_file(path):
                break

    def attached_xids(self) -> list[int]:
        return list(self.draft.inbox_xids) if self.draft is not None else []

    def _show_attachments(self) -> None:
        self.attachments.clear()
        if self.draft is None:
            return
        for xid in self.draft.inbox_xids:
            item = QListWidgetItem(self._names.get(xid, self.tr("Document {0}").format(xid)))
            item.setData(Qt.ItemDataRole.UserRole, xid)
            self.attachments.addItem(item)
        for local in self.draft.local_files:
            self.attachments.addItem(local.display_name)
        self.attachments.setToolTip(self.tr("At most {0} attached files").format(MAX_ATTACHMENTS))

    # --- booking -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, *, and_next: bool = False, resend: bool = False) -> None:
        """Create the suggested registration (in the background). ``resend``: the user
        said to send an uncertain one again."""
        if self._busy or self.draft is None or self.company is None:
            return
        if not self.company.allow_documents_add:
            self._set_enabled()
            return
        if self.lines.errors():
            self.message.setText(self.tr("Correct the lines marked in red first."))
            return
        self.save_now()
        self._remember_supplier_name()
        self._set_busy(True)
        self.message.setText(self.tr("Sending…"))
        self._tasks.start(
            self._submit(self.draft, and_next, resend), name=f"registration-{id(self)}"
        )

    def _remember_supplier_name(self) -> None:
        """ "30001 Havnekøkkenet" typed: remember the name given to supplier 30001."""
        number, _, name = self.supplier.text().strip().partition(" ")
        if self.company is None or not number.isdigit() or not name.strip():
            return
        known = self.memory.supplier(self.company.xid, int(number))
        if known is None or known.name != name.strip():
            self.memory.remember_supplier(self.company.xid, int(number), name.strip())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._set_enabled()
        self.busyChanged.emit(busy)

    def _progress(self, progress: SubmitProgress) -> None:
        if progress.stage is SubmitStage.UPLOADING and progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.sent)
        else:
            self.progress.setRange(0, 0)

    async def _submit(self, draft: Draft, and_next: bool, resend: bool = False) -> None:
        attached = list(draft.inbox_xids)
        try:
            await self.service.submit(draft, progress=self._progress, resend=resend)
        except DraftInvalid as exc:
            self._failed("\n".join(problem.message for problem in exc.problems))
            return
        except RegistrationUncertain as exc:
            self._failed(str(exc))
            self._uncertain(draft.id, and_next)
            return
        except SubmitFailed as exc:
            self._failed(str(exc))
            self._refresh_status(draft.id)
            return
        except Exception as exc:
            log.exception("booking failed")
            self._failed(str(exc) or type(exc).__name__)
            return
        self._set_busy(False)
        self._booked(attached, and_next)

    def _failed(self, reason: str) -> None:
        self._set_busy(False)
        self.message.setText(reason)

    # --- an uncertain registration ----------------------------------------------------

    def _refresh_status(self, draft_id: int) -> None:
        """The draft's status as the service left it (the form's fields stay)."""
        stored = self.drafts.find(draft_id)
        if stored is not None and self.draft is not None and self.draft.id == draft_id:
            self.draft = replace(self.draft, status=stored.status, last_error=stored.last_error)
        self._show_uncertain()

    def _show_uncertain(self) -> None:
        uncertain = self.draft is not None and self.draft.status is DraftStatus.UNCERTAIN
        self.uncertain.setVisible(uncertain)

    def _uncertain(self, draft_id: int, and_next: bool) -> None:
        """Ask the user: send again, check first, or discard (the draft is kept
        uncertain until they say)."""
        self._refresh_status(draft_id)
        draft = self.draft
        if draft is None or draft.id != draft_id or not isValid(self):
            return
        if self.uncertain_dialog is not None:
            self.uncertain_dialog.close()
        dialog = UncertainRegistrationDialog(draft.description, self)
        self.uncertain_dialog = dialog
        dialog.decided.connect(lambda choice: self._uncertain_decided(choice, draft, and_next))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self._tasks.start(
            self.service.check_uncertain(draft),
            on_done=lambda evidence: isValid(dialog) and dialog.set_evidence(evidence),
            on_error=lambda exc: log.info("no evidence for draft %d: %s", draft.id, exc),
        )

    def _uncertain_decided(self, choice: str, draft: Draft, and_next: bool) -> None:
        self.uncertain_dialog = None
        if self.draft is None or self.draft.id != draft.id:
            return
        if choice == RESEND:
            self.submit(and_next=and_next, resend=True)
        elif choice == DISCARD:
            attached = list(self.draft.inbox_xids)
            try:
                self.service.confirm_booked(self.draft)
            except KeyError:
                log.info("draft %d is gone already", self.draft.id)
            self._booked(
                attached, and_next, self.tr("The draft was discarded: the registration is there.")
            )
        else:
            self.message.setText(
                self.tr("Kept. Check in Multi-Regnskab; sending it again asks you first.")
            )

    def _booked(self, attached: list[int], and_next: bool, message: str = "") -> None:
        company = self.company
        if company is None:
            return
        self._clear_suggestions()
        self.draft = self.drafts.create(company.xid, date=dt.date.today())
        self._names.clear()
        self._load(self.draft)
        self._refresh_suppliers()
        self.attachment_error.clear()
        self.message.setText(message or self.tr("The suggested registration was created."))
        self.booked.emit(attached)
        if and_next:
            self.nextRequested.emit()

    def shutdown(self) -> None:
        self.save_now()

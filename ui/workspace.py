"""The work areas of a main window and how they talk to each other.

``AppServices`` are made once per run (the render workers, the disk cache, the upload
store); ``Workspace`` is made per signed-in window: the inbox, the preview, the
registration and upload panels with the per-session services behind them, and the wiring
between them and the window (selection -> preview, drops -> upload queue, uploads ->
inbox, and so on).

The inbox is built with the window; everything else is built just after the inbox's
first page is on screen (``realize``), or at once when something needs it sooner (a
file dropped on the window, a test asking for the preview), so that start-up shows the
user's documents without waiting for panels they have not looked at yet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from shiboken6 import isValid

from app.api.models import ArchiveFileLine, BankPosting, CompanyAndAccess
from app.cache import DiskCache
from app.documents import DocumentStore
from app.paths import AppPaths
from app.previews import RenderService
from app.thumbnails import ThumbnailService
from app.uploads.store import UploadStore
from ui.inbox_panel import InboxPanel
from ui.main_window import Panels

if TYPE_CHECKING:
    from app.bank.matching import Match
    from app.bank.service import BankMatcher
    from app.booking import BookingMemory, BookingService, DraftStore
    from app.uploads.intake import Intake
    from app.uploads.queue import UploadQueue
    from ui.bank_view import BankView
    from ui.context import AppContext
    from ui.customers_view import CustomersView
    from ui.main_window import MainWindow
    from ui.preview_pane import PreviewPane
    from ui.products_view import ProductsView
    from ui.registration_panel import RegistrationPanel
    from ui.upload_panel import UploadPanel

log = logging.getLogger(__name__)

__all__ = ["AppServices", "Workspace"]

# built at the latest this long after the inbox's first page landed, painted or not
REALIZE_FALLBACK_MS = 400
# the postings that may have paid the selected document are looked up after this pause
POSTINGS_DELAY_MS = 600
# the suggestions are read from a document shown this long (not from those passed over)
SUGGEST_DELAY_MS = 120


@dataclass
class AppServices:
    """What outlives a window: render workers, caches and the persistent upload store."""

    renderer: RenderService
    cache: DiskCache
    upload_store: UploadStore
    _intake: Intake | None = None

    @classmethod
    def create(cls, paths: AppPaths) -> AppServices:
        """Quick to make: the render workers start in the background on first use."""
        from app.suggestions import SUGGESTION_HANDLERS  # no PyMuPDF: names of handlers

        store = UploadStore.open(paths)
        return cls(
            renderer=RenderService(extra_handlers=SUGGESTION_HANDLERS),
            cache=DiskCache(paths.cache_dir),
            upload_store=store,
        )

    @property
    def intake(self) -> Intake:
        """Checks and spools dropped files for the upload queue (made when first used)."""
        if self._intake is None:
            from app.uploads.intake import Intake

            self._intake = Intake(self.upload_store)
        return self._intake

    async def close(self) -> None:
        await self.renderer.close()
        self.upload_store.close()


class Workspace(QObject):
    """The inbox, preview, registration and upload panels of one window, and their wiring."""

    def __init__(self, ctx: AppContext, services: AppServices) -> None:
        super().__init__()
        self.ctx = ctx
        self.services = services
        api = ctx.api
        self.documents = DocumentStore(api, services.cache)
        self.thumbnails = ThumbnailService(self.documents, services.renderer, services.cache)
        self.inbox = InboxPanel(
            api, ctx.tasks, thumbnails=self.thumbnails, first_pages=ctx.first_pages
        )
        self.company: CompanyAndAccess | None = None
        self.window: MainWindow | None = None
        self.registration: RegistrationPanel | None = None
        self._realized = False
        self._closed = False
        self._after_booking: int | None = None
        self._drafts: DraftStore | None = None
        self._memory: BookingMemory | None = None
        self._panels = Panels(inbox=self.inbox, realize=self.realize)
        self.sections_open = False
        self.matcher: BankMatcher | None = None
        self.bank: BankView | None = None
        self.customers: CustomersView | None = None
        self.products: ProductsView | None = None
        # several uploads finishing together refresh the inbox once
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.inbox.refresh)
        self._realize_timer = QTimer(self)
        self._realize_timer.setSingleShot(True)
        self._realize_timer.setInterval(REALIZE_FALLBACK_MS)
        self._realize_timer.timeout.connect(self._first_page_shown)
        # which postings paid the selected document: looked up once the user stays on
        # it, so moving through the inbox does not compete with the previews
        self._postings_wanted: ArchiveFileLine | None = None
        self._postings_timer = QTimer(self)
        self._postings_timer.setSingleShot(True)
        self._postings_timer.setInterval(POSTINGS_DELAY_MS)
        self._postings_timer.timeout.connect(self._look_up_postings)
        self._suggest_xid: int | None = None
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._suggest)

    def panels(self) -> Panels:
        return self._panels

    @property
    def preview(self) -> PreviewPane:
        self.realize()
        return self._preview

    @property
    def uploads(self) -> UploadPanel:
        self.realize()
        return self._uploads

    @property
    def queue(self) -> UploadQueue:
        self.realize()
        return self._queue

    def attach(self, window: MainWindow) -> None:
        """Connect the inbox to the window now; the rest when it is built (``realize``)."""
        self.window = window
        inbox = self.inbox
        window.companyChanged.connect(self._company_changed)
        inbox.currentChanged.connect(self._current_changed)
        window.refreshRequested.connect(inbox.refresh)
        window.filterRequested.connect(inbox.focus_filter)
        window.sessionRenewed.connect(inbox.refresh)
        # what needs the other panels builds them first
        window.filesDropped.connect(lambda paths: self.uploads.add_paths(paths))
        window.filesPasted.connect(lambda paths: self.uploads.add_paths(paths))
        window.filesChosen.connect(lambda paths: self.uploads.add_paths(paths))
        window.imagePasted.connect(self._image_pasted)
        window.sessionRenewed.connect(lambda: self.uploads.resume())
        window.zoomInRequested.connect(lambda: self.preview.zoom_in())
        window.zoomOutRequested.connect(lambda: self.preview.zoom_out())
        window.zoomResetRequested.connect(lambda: self.preview.zoom_reset())
        window.saveAsRequested.connect(lambda: self.preview.save_as())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), inbox.view)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(lambda: self.preview.delete_current())
        inbox.stateChanged.connect(self._inbox_state)
        if window.company is not None:
            self._company_changed(window.company)

    # --- the sections beside the documents: bank, customers, products ---------------------

    def _open_sections_later(self) -> None:
        window = self.window
        if window is not None and isValid(window) and not self.sections_open and not self._closed:
            self._open_sections(window)

    def _open_sections(self, window: MainWindow) -> None:
        """The bank, customer and product views, as tabs beside the documents (built once
        the inbox's first page is there, so they do not delay it)."""
        from app.bank.facts import DocumentFactsIndex
        from app.bank.service import BankMatcher
        from ui.bank_view import BankView
        from ui.customers_view import CustomersView
        from ui.products_view import ProductsView

        self.sections_open = True
        ctx = self.ctx
        self.matcher = BankMatcher(
            ctx.api, DocumentFactsIndex(self.documents, self.services.renderer, concurrency=2)
        )
        if self._memory is not None:  # remembers each bank account's ledger account
            bank = BankView(ctx.api, ctx.tasks, self._memory, matcher=self.matcher)
            self.bank = bank
            window.add_section(bank, self.tr("Bank"))
            bank.bookPostingRequested.connect(self._book_posting)
            bank.bookWithDocumentRequested.connect(self._book_posting_with_document)
            self.uploads.uploaded.connect(lambda *_args: bank.inbox_changed())
        self.customers = CustomersView(ctx.api, ctx.tasks)
        window.add_section(self.customers, self.tr("Customers"))
        self.products = ProductsView(ctx.api, ctx.tasks, ctx.language)
        window.add_section(self.products, self.tr("Products"))
        panel = self.registration
        if panel is not None:
            panel.matchesWanted.connect(self._matches_wanted)
            self.customers.customerCreated.connect(
                lambda customer: panel.reload_customers() if isValid(panel) else None
            )
            if self.bank is not None:
                bank_view = self.bank
                panel.booked.connect(lambda _xids: bank_view.inbox_changed())
        if self.company is not None:
            self._sections_company(self.company)

    def _sections_company(self, company: CompanyAndAccess | None) -> None:
        for view in (self.bank, self.customers, self.products):
            if view is not None and isValid(view):
                view.set_company(company)

    def _book_posting(self, posting: BankPosting, ledger_account: str | None) -> None:
        """ "Book this posting" in the bank view: the registration panel, prefilled."""
        panel, window = self.registration, self.window
        if panel is None or window is None:
            return
        window.show_section(None)
        panel.prefill_posting(posting, ledger_account)

    def _book_posting_with_document(
        self, posting: BankPosting, ledger_account: str | None, line: ArchiveFileLine
    ) -> None:
        self._book_posting(posting, ledger_account)
        if self.registration is not None:
            self.registration.add_document(line)
        self.inbox.select_xid(line.xid)

    def _matches_wanted(self, wanted: object) -> None:
        """The panel asks which documents match a posting (at once), or which postings a
        document (once the user has stayed on it for POSTINGS_DELAY_MS)."""
        if isinstance(wanted, ArchiveFileLine):
            self._postings_wanted = wanted
            self._postings_timer.start()
            return
        self._find_matches(wanted)

    def _look_up_postings(self) -> None:
        wanted, self._postings_wanted = self._postings_wanted, None
        if wanted is not None:
            self._find_matches(wanted)

    def _find_matches(self, wanted: object) -> None:
        company, panel, memory = self.company, self.registration, self._memory
        matcher = self.matcher
        if company is None or panel is None or matcher is None:
            return

        def alive() -> bool:
            return isValid(panel) and self.company is company

        def documents(found: list[Match]) -> None:
            if alive():
                names = {m.document.key: m.document.name for m in found}
                panel.set_matching_documents(found, names)

        def postings(found: list[Match]) -> None:
            if not alive():
                return
            ledger: dict[int, str] = {}
            for match in found:
                account = matcher.bank_account_for(match.posting.xid)
                remembered = (
                    memory.bank_ledger_account(company.xid, account)
                    if memory is not None and account is not None
                    else None
                )
                if remembered:
                    ledger[match.posting.xid] = remembered
            panel.set_matching_postings(found, ledger)

        def failed(exc: BaseException) -> None:
            log.info("no matches: %s", type(exc).__name__)

        if isinstance(wanted, BankPosting):
            self.ctx.tasks.preempt(
                f"registration-matches-{id(self)}",
                matcher.documents_for_posting(company, wanted),
                on_done=documents,
                on_error=failed,
            )
        elif isinstance(wanted, ArchiveFileLine):
            self.ctx.tasks.preempt(
                f"registration-matches-{id(self)}",
                matcher.postings_for_document(company, wanted),
                on_done=postings,
                on_error=failed,
            )

    def _inbox_state(self, state: str) -> None:
        # The render workers (two processes importing PyMuPDF) start once the first page
        # is on screen, so they do not compete with start-up for the CPU; a preview or a
        # thumbnail asked for earlier starts them at once. The other panels are built
        # right after that first page is painted (at start the page can be there before
        # the window is shown).
        if state not in ("ready", "empty", "error"):
            return
        self.inbox.stateChanged.disconnect(self._inbox_state)
        if self.window is None:
            self._first_page_shown()
            return
        self.inbox.view.viewport().installEventFilter(self)
        self._realize_timer.start()  # in case no paint comes (a hidden or covered window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # after this paint has reached the screen
            QTimer.singleShot(0, self._first_page_shown)
        return False

    def _first_page_shown(self) -> None:
        if self._closed:
            return
        self._realize_timer.stop()
        # (a second call, timer and paint both, finds the workers started or starting)
        self.ctx.tasks.start(self.services.renderer.start(), name="start-renderer")
        self.realize()

    def realize(self) -> None:
        """Build the preview, registration and upload panels and wire them (once)."""
        if self._realized or self._closed:
            return
        self._realized = True
        self._realize_timer.stop()
        from app.uploads.queue import UploadQueue
        from ui.preview_pane import PreviewPane
        from ui.upload_panel import UploadPanel

        ctx, services, api = self.ctx, self.services, self.ctx.api
        # PDFs uploaded to the inbox carry their words, read in the render workers
        self._queue = UploadQueue(api, services.upload_store, text_reader=services.renderer)
        self._preview = PreviewPane(self.documents, services.renderer, api, ctx.tasks)
        self._uploads = UploadPanel(self._queue, services.intake, ctx.tasks)
        self._panels.fill(self._preview, self._uploads)
        self._queue.start()
        window = self.window
        if window is None:
            self._open_registration()
            return
        window.install_panels(self._preview, self._uploads)
        inbox, preview, uploads = self.inbox, self._preview, self._uploads
        preview.documentDeleted.connect(lambda xid: inbox.remove_xids([xid]))
        preview.documentChanged.connect(lambda xid: inbox.reload_xids([xid]))
        preview.status.connect(lambda text: window.show_message(text, 5000))
        uploads.uploaded.connect(self._uploaded)
        uploads.progressChanged.connect(self._upload_progress)
        self._open_registration()
        self._attach_registration(window)
        QTimer.singleShot(0, self._open_sections_later)  # a turn of the loop later
        company = self.company
        uploads.set_company_names(self._company_names())
        if company is not None:
            uploads.set_company(company)
            if self.registration is not None:
                self.registration.set_company(company)
            line = inbox.current_line()
            if line is not None:
                self._current_changed(line)
            selected = inbox.selected_lines()
            if selected and self.registration is not None:
                self.registration.set_documents(selected)

    # --- slots ---------------------------------------------------------------------------

    def _company_changed(self, company: CompanyAndAccess | None) -> None:
        same = company is not None and self.company is not None and company.xid == self.company.xid
        self.company = company
        if self._realized:
            self._uploads.set_company(company)  # the permission flags may have changed
            self._uploads.set_company_names(self._company_names())
            if self.registration is not None:
                self.registration.set_company(company)
        self._sections_company(company)
        if same:
            return  # the same company announced again (companies reloaded): keep the view
        if self._realized:
            self._preview.clear()
        self.inbox.set_company(company.xid if company is not None else None)

    def _company_names(self) -> dict[int, str]:
        companies = self.window.companies if self.window is not None else None
        if companies is None:
            return {}
        return {c.xid: c.name for c in companies.companies_and_access_list}

    def _current_changed(self, line: ArchiveFileLine | None) -> None:
        if not self._realized:
            if line is None:
                return
            self.realize()  # a document chosen before the panels were built
            return  # realize shows the current document
        if line is None or self.company is None:
            self._preview.clear()
            return
        self._preview.show_document(self.company, line)
        neighbours = [self.inbox.next_line(line), self.inbox.previous_line(line)]
        self._preview.prefetch([n for n in neighbours if n is not None])

    def _image_pasted(self, image: QImage) -> None:
        self.uploads.paste_image(image)

    def _uploaded(self, company_xid: int, _file_xid: int) -> None:
        if self.company is not None and company_xid == self.company.xid:
            self._refresh_timer.start()

    def _upload_progress(self, done: int, total: int, _percent: int) -> None:
        if self.window is not None:
            self.window.set_upload_progress(done, total, self._uploads.summary())

    # --- the registration panel (beside the preview) -------------------------------------

    def _open_registration(self) -> None:
        """The booking panel with its drafts and memory; left out (logged) when another
        running copy holds this data folder's drafts."""
        from app.booking import BookingMemory, BookingService, DraftStore, DraftStoreLocked
        from ui.registration_panel import RegistrationPanel

        try:
            self._drafts = DraftStore.open(self.ctx.paths)
        except DraftStoreLocked as exc:
            log.warning("no registration panel: %s", exc)
            return
        self._memory = BookingMemory.open(self.ctx.paths)
        self.booking: BookingService = BookingService(
            self.ctx.api,
            self._drafts,
            memory=self._memory,
            text_reader=self.services.renderer,  # files attached from disk carry their words
        )
        self.registration = RegistrationPanel(
            self.booking,
            self._drafts,
            self._memory,
            self.ctx.api,
            self.ctx.tasks,
            renderer=self.services.renderer,
        )

    def _attach_registration(self, window: MainWindow) -> None:
        # PDFs uploaded to the inbox carry their words, read in the render workers
        self.queue.text_reader = self.services.renderer
        panel = self.registration
        if panel is None:
            return
        self.booking.text_reader = self.services.renderer  # files attached from disk
        splitter = getattr(window, "work_splitter", None)
        if splitter is not None:
            splitter.insertWidget(splitter.indexOf(self._preview) + 1, panel)
            splitter.setStretchFactor(splitter.indexOf(panel), 2)
        inbox, preview = self.inbox, self._preview
        inbox.selectionChanged.connect(panel.set_documents)
        preview.painted.connect(self._document_painted)
        panel.booked.connect(self._booked)
        panel.nextRequested.connect(self._next_document)
        # where the suggestions were read, on the preview; a click there takes one
        panel.highlightsChanged.connect(preview.set_highlights)
        preview.highlightActivated.connect(panel.accept_suggestion)
        # where the suggestions were read, on the preview; a click there takes one
        panel.highlightsChanged.connect(preview.set_highlights)
        preview.highlightActivated.connect(panel.accept_suggestion)

    def _document_painted(self, xid: int) -> None:
        # read once the user stays on the document: reading takes a render worker, which
        # moving quickly through the inbox needs for the next previews
        self._suggest_xid = xid
        self._suggest_timer.start()

    def _suggest(self) -> None:
        document = self._preview.document
        panel = self.registration
        if (
            panel is not None
            and document is not None
            and document.archive_file_xid == self._suggest_xid
            and panel.suggested_for != self._suggest_xid
        ):
            panel.show_document(document)

    def _booked(self, xids: list[int]) -> None:
        """The booked documents leave the inbox; the one after them is remembered for
        "Create and next"."""
        booked = set(xids)
        following = self.inbox.next_line()
        while following is not None and following.xid in booked:
            following = self.inbox.next_line(following)
        self._after_booking = following.xid if following is not None else None
        self.inbox.remove_xids(xids)

    def _next_document(self) -> None:
        if self._after_booking is not None:
            self.inbox.select_xid(self._after_booking)

    def _close_registration(self) -> None:
        if self.registration is not None and isValid(self.registration):
            self.registration.shutdown()
        if self._drafts is not None:
            self._drafts.close()
            self._drafts = None
        if self._memory is not None:
            self._memory.close()
            self._memory = None

    # --- the end -----------------------------------------------------------------------

    async def close(self) -> None:
        """Stop this window's background work; the app-wide services stay."""
        self._closed = True
        timers = (self._refresh_timer, self._realize_timer, self._postings_timer)
        for timer in (*timers, self._suggest_timer):
            if isValid(timer):
                timer.stop()
        if isValid(self.inbox):
            self.inbox.shutdown()
        if self.bank is not None and isValid(self.bank):
            self.bank.shutdown()
        if self._realized:
            if isValid(self._uploads):
                self._uploads.shutdown()
            await self._queue.stop()
        if self.matcher is not None:
            await self.matcher.index.close()
        await self.documents.flush()
        self._close_registration()

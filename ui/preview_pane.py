"""The preview pane (objectName ``previewPane``) beside the inbox.

Shows the selected document: PDF pages and images rendered in the RenderService's
worker processes (``PageView``), plain text, an e-invoice as a readable document
(``EinvoiceView``, in a tab before the file), and the document's details and comments
(``DetailsPanel``). A file that cannot be shown gets a placeholder with the reason and
"Save as…"; an encrypted PDF asks for its password inline.

Public API (for the main window and the inbox):

    pane = PreviewPane(documents, renderer, api, tasks)
    slots:   show_document(company, line), clear(), prefetch(lines),
             zoom_in(), zoom_out(), zoom_reset(), fit_width(), fit_page(), rotate(),
             next_page(), previous_page(), save_as(), delete_current(), retry()
    signals: documentChanged(xid)  renamed, redated or commented
             documentDeleted(xid)
             status(str)           a short message for the status bar
             painted(xid)          the document's first page/image (or its text, its
                                   e-invoice, its placeholder) has been painted
             highlightActivated(field)  a suggestion highlight was clicked
    highlights: set_highlights(xid, [Highlight]) draws suggestion boxes on document
             ``xid``'s pages (only while it is shown; another document clears them)

How it stays fast: everything about the current document runs as one preemptive task
(``Tasks.preempt``), so moving on cancels what became stale. Rendered pages are kept in
an LRU (keyed by document, request: page, size, zoom, rotation) of QImages that wrap the
worker's pixels without a copy; showing a document again is a synchronous lookup and a
paint. ``prefetch`` fetches the neighbours and renders their first page at the current
size once the current document is on screen.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import msgspec
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.api import errors
from app.api.client import ApiClient
from app.api.models import ArchiveFile, ArchiveFileLine, CompanyAndAccess
from app.documents import DocumentStore, key_for
from app.filetypes import FileKind, sniff
from app.previews import (
    CorruptDocument,
    EncryptedDocument,
    InvalidRequest,
    PreviewError,
    RenderRequest,
    RenderResult,
    RenderService,
    RenderTimeout,
    ServiceClosed,
    TooLarge,
    UnsupportedContent,
    WorkerCrashed,
    decode_text,
)
from app.tasks import Tasks
from ui.company_selector import Permissions
from ui.error_messages import explain_error
from ui.preview_details import DetailsPanel, extension_for, safe_file_name
from ui.preview_einvoice import EinvoiceView, embedded_documents
from ui.preview_highlights import Highlight
from ui.preview_page_view import PageView, image_for

log = logging.getLogger(__name__)

__all__ = ["PageCache", "PreviewPane", "document_kind", "render_key"]

PREVIEW_TASK = "preview"
PREFETCH_TASK = "preview-prefetch"
LOADING_DELAY_MS = 250
DETAILS_AFTER_PAINT_MS = 40  # at the latest, when the page's paint does not come
DETAILS_AFTER_PAINT_DELAY_MS = 8
TEXT_IN_THREAD = 256 * 1024  # decode bigger text files off the GUI thread
RENDERED = ("pdf", "image", "unknown")  # kinds that go through the RenderService


def _view_kind(kind: str) -> str:
    """How the page view treats a kind: unknown files are tried as images."""
    return "pdf" if kind == "pdf" else "image"


def render_key(company_xid: int, file_xid: int) -> str:
    """The RenderService's document key: a file's body never changes (only its name,
    date and comments do), so the key does not include the timestamp."""
    return f"{company_xid}:{file_xid}"


def document_kind(doc: ArchiveFile) -> str:
    """"pdf", "image", "text", "xml" or "unknown", by the bytes (not the claimed type)."""
    if not doc.body:
        return "unknown"
    kind = sniff(doc.body[:4096]).kind
    return {
        FileKind.PDF: "pdf",
        FileKind.IMAGE: "image",
        FileKind.TEXT: "text",
        FileKind.XML: "xml",
    }.get(kind, "unknown")


@dataclass(frozen=True)
class _Page:
    image: QImage
    result: RenderResult  # owns the pixels the image wraps

    @property
    def nbytes(self) -> int:
        return len(self.result.pixels)


@dataclass(frozen=True)
class _Attachment:
    """The document an e-invoice carries (shown in its File tab instead of the XML)."""

    name: str
    kind: str  # "pdf" or "image"
    data: bytes


def _first_attachment(xml: bytes) -> _Attachment | None:
    for embedded in embedded_documents(xml):
        kind = sniff(embedded.data[:4096]).kind
        if kind is FileKind.PDF:
            return _Attachment(embedded.name, "pdf", embedded.data)
        if kind is FileKind.IMAGE:
            return _Attachment(embedded.name, "image", embedded.data)
    return None


class PageCache:
    """Rendered pages by (document key, request), least recently used first out."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict[tuple[str, RenderRequest], _Page] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: str, request: RenderRequest) -> _Page | None:
        page = self._items.get((key, request))
        if page is not None:
            self._items.move_to_end((key, request))
        return page

    def put(self, key: str, request: RenderRequest, result: RenderResult, dpr: float) -> _Page:
        old = self._items.pop((key, request), None)
        if old is not None:
            self.bytes -= old.nbytes
        page = _Page(image_for(result, dpr), result)
        if page.nbytes <= self.max_bytes // 3:
            self._items[(key, request)] = page
            self.bytes += page.nbytes
            while self.bytes > self.max_bytes and self._items:
                _, evicted = self._items.popitem(last=False)
                self.bytes -= evicted.nbytes
        return page

    def drop(self, key: str) -> None:
        for item in [k for k in self._items if k[0] == key]:
            self.bytes -= self._items.pop(item).nbytes


class _SharedRenders:
    """One render per (document, request) however many wait for it; it is cancelled
    when the last one waiting gives up, and its result is kept in the page cache even
    when nobody waits any more (it is finished by then anyway)."""

    def __init__(self, renderer: RenderService, pages: PageCache) -> None:
        self.renderer = renderer
        self.pages = pages
        self._inflight: dict[tuple[str, RenderRequest], _Flight] = {}

    async def render(self, key: str, source: Callable[[], Any] | bytes,
                     request: RenderRequest, dpr: float, *, share: bool = True) -> _Page:
        """The page, rendered or from the cache. ``share=False`` (the shown document):
        join a render already under way (a prefetch), else render directly, without the
        extra task hop sharing costs."""
        cached = self.pages.get(key, request)
        if cached is not None:
            return cached
        flight = self._inflight.get((key, request))
        if flight is None and not share:
            return await self._run(key, source, request, dpr)
        if flight is None:
            flight = _Flight(asyncio.ensure_future(self._run(key, source, request, dpr)))
            self._inflight[(key, request)] = flight
            flight.task.add_done_callback(functools.partial(self._landed, (key, request)))
        flight.waiters += 1
        try:
            return await asyncio.shield(flight.task)
        except asyncio.CancelledError:
            if flight.waiters == 1 and not flight.task.done():
                flight.task.cancel()
            raise
        finally:
            flight.waiters -= 1

    async def _run(self, key: str, source: Callable[[], Any] | bytes,
                   request: RenderRequest, dpr: float) -> _Page:
        result = await self.renderer.render(key, source, request)
        return self.pages.put(key, request, result, dpr)

    def _landed(self, key: tuple[str, RenderRequest], task: asyncio.Task[_Page]) -> None:
        flight = self._inflight.get(key)
        if flight is not None and flight.task is task:
            del self._inflight[key]
        if not task.cancelled():
            task.exception()  # retrieved: an orphan's failure is nobody's to report


class _Flight:
    __slots__ = ("task", "waiters")

    def __init__(self, task: asyncio.Task[_Page]) -> None:
        self.task = task
        self.waiters = 0


class _PaintWatcher(QObject):
    """Says once when a watched widget next paints (after ``arm``)."""

    painting = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._armed: QWidget | None = None

    def arm(self, widget: QWidget) -> None:
        self.disarm()
        self._armed = widget
        widget.installEventFilter(self)
        widget.update()

    def disarm(self) -> None:
        if self._armed is not None:
            self._armed.removeEventFilter(self)
            self._armed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._armed and event.type() == QEvent.Type.Paint:
            self.disarm()
            self.painting.emit()  # the paint follows at once (this is its event)
        return False


class MessagePanel(QWidget):
    """Why the document is not shown, with what the user can do: a password field,
    "Save as…", "Try again"."""

    saveAsRequested = Signal()
    retryRequested = Signal()
    passwordEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewMessage")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self)
        self.heading.setObjectName("previewMessageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("previewMessageText")
        for label in (self.heading, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password for the document"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.setMaximumWidth(260)
        self.unlock_button = QPushButton(self.tr("&Open"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Open the document with the password"))
        self.password_row = QWidget(self)
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.password_edit)
        row.addWidget(self.unlock_button)
        row.addStretch(1)

        self.save_as_button = QPushButton(self.tr("Save &as…"), self)
        self.save_as_button.setObjectName("placeholderSaveAsButton")
        self.save_as_button.setAccessibleName(self.tr("Save the file on this computer"))
        self.retry_button = QPushButton(self.tr("Try &again"), self)
        self.retry_button.setObjectName("placeholderRetryButton")
        self.retry_button.setAccessibleName(self.tr("Try to show the document again"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.save_as_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.password_row)
        layout.addLayout(buttons)
        layout.addStretch(2)
        QWidget.setTabOrder(self.password_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.save_as_button)

        self.save_as_button.clicked.connect(self.saveAsRequested)
        self.retry_button.clicked.connect(self.retryRequested)
        self.unlock_button.clicked.connect(self._unlock)
        self.password_edit.returnPressed.connect(self._unlock)

    def _set(self, icon: QStyle.StandardPixmap | None, heading: str, text: str) -> None:
        if icon is None:
            self.icon.clear()
            self.icon.hide()
        else:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
            self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
            self.icon.show()
        self.heading.setText(heading)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(heading)

    def show_loading(self, text: str) -> None:
        self._set(None, text, "")
        self.setToolTip("")
        self.password_row.hide()
        self.save_as_button.hide()
        self.retry_button.hide()

    def show_problem(self, heading: str, text: str, *, details: str = "",
                     can_save: bool = True, can_retry: bool = False) -> None:
        self._set(QStyle.StandardPixmap.SP_MessageBoxWarning, heading, text)
        self.setToolTip(details)
        self.password_row.hide()
        self.save_as_button.setVisible(can_save)
        self.retry_button.setVisible(can_retry)

    def show_password(self, heading: str, text: str) -> None:
        self._set(QStyle.StandardPixmap.SP_MessageBoxInformation, heading, text)
        self.setToolTip("")
        self.password_row.show()
        self.password_edit.clear()
        self.save_as_button.show()
        self.retry_button.hide()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _unlock(self) -> None:
        password = self.password_edit.text()
        if password:
            self.passwordEntered.emit(password)


class PreviewPane(QWidget):
    """The selected document: its pages or text, its e-invoice, its details."""

    documentChanged = Signal(int)
    documentDeleted = Signal(int)
    status = Signal(str)
    painted = Signal(int)
    highlightActivated = Signal(str)  # the field of the suggestion highlight clicked

    def __init__(
        self,
        documents: DocumentStore,
        renderer: RenderService,
        api: ApiClient,
        tasks: Tasks,
        parent: QWidget | None = None,
        *,
        page_cache_bytes: int = 160 * 1024 * 1024,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setAccessibleName(self.tr("Preview"))
        self.documents = documents
        self.renderer = renderer
        self.api = api
        self.tasks = tasks
        self.pages = PageCache(page_cache_bytes)
        self._renders = _SharedRenders(renderer, self.pages)

        self.company: CompanyAndAccess | None = None
        self.line: ArchiveFileLine | None = None
        self.document: ArchiveFile | None = None  # the document on screen
        self._shown_company: CompanyAndAccess | None = None  # its company
        self.kind = ""
        self._generation = 0
        self._view_generation = -1  # the document the page view was reset for
        self._painted_generation = -1
        self._current_task: asyncio.Task[None] | None = None
        self._rendering: tuple[int, str, RenderRequest] | None = None
        self._kinds: OrderedDict[str, str] = OrderedDict()
        # an e-invoice's embedded document (a PDF or an image) by the e-invoice's key
        self._attached: OrderedDict[str, _Attachment | None] = OrderedDict()
        self._passwords: dict[str, str] = {}
        self._prefer_einvoice = True
        self._save_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        self.save_dialog: QFileDialog | None = None
        self.delete_box: QMessageBox | None = None

        # the file: pages, text, or a message
        self.page_view = PageView(self)
        self.page_view.renderNeeded.connect(self._render_needed)
        self.page_view.painted.connect(self._page_painted)
        self.page_view.highlightActivated.connect(self.highlightActivated)
        self._highlights: tuple[int, list[Highlight]] | None = None  # (xid, boxes)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("textView")
        self.text_view.setAccessibleName(self.tr("Text of the document"))
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.empty = QLabel(self.tr("Select a document to see it here."), self)
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.message = MessagePanel(self)
        self.message.saveAsRequested.connect(self.save_as)
        self.message.retryRequested.connect(self.retry)
        self.message.passwordEntered.connect(self._password_entered)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("previewStack")
        for widget in (self.empty, self.page_view, self.text_view, self.message):
            self.stack.addWidget(widget)

        self.einvoice_view = EinvoiceView(self)
        self.einvoice_view.hide()  # until an e-invoice puts it in a tab
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Document views"))
        self.tabs.addTab(self.stack, self.tr("File"))
        self.tabs.tabBar().hide()
        self.tabs.currentChanged.connect(self._tab_changed)

        self.details = DetailsPanel(self)
        self.details.saveRequested.connect(self._save_details)
        self.details.commentRequested.connect(self._add_comment)
        self.details.saveAsRequested.connect(self.save_as)
        self.details.deleteRequested.connect(self.delete_current)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("previewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 230])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        view, details, message = self.page_view, self.details, self.message
        chain: list[QWidget] = [
            self.tabs, view.previous_button, view.next_button, view.zoom_out_button,
            view.zoom_in_button, view.fit_width_button, view.fit_page_button,
            view.rotate_button, view.canvas, self.text_view, self.einvoice_view,
            message.password_edit, message.unlock_button, message.retry_button,
            message.save_as_button, details.name_edit, details.date_edit,
            details.save_button, details.comments, details.comment_edit,
            details.add_comment_button, details.save_as_button, details.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self._details_pending: ArchiveFile | None = None
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.timeout.connect(self._flush_details)
        self._paint_watch = _PaintWatcher(self)
        self._paint_watch.painting.connect(self._other_painted)
        self.clear()

    # --- public slots -------------------------------------------------------------------

    @Slot()
    def clear(self) -> None:
        """Show nothing (no document selected)."""
        self._generation += 1
        self.tasks.cancel(PREVIEW_TASK)
        self.tasks.cancel(PREFETCH_TASK)
        self._loading_timer.stop()
        self._paint_watch.disarm()
        self._details_pending = None
        self.company = self.line = self.document = self._shown_company = None
        self.kind = ""
        self._view_generation = -1
        self._highlights = None
        self.page_view.clear()
        self.text_view.clear()
        self._set_einvoice(None)
        self.stack.setCurrentWidget(self.empty)
        self.details.clear()

    @Slot(object, object)
    def show_document(self, company: CompanyAndAccess, line: ArchiveFileLine) -> None:
        """Show ``line`` of ``company`` (from the inbox), cancelling whatever was loading.

        What is in memory (the document and its rendered first page) is shown at once.
        Otherwise the previous document stays on screen, untouched, until the new one is
        ready (one repaint, no flicker), and a "Loading…" state appears only when that
        takes longer than LOADING_DELAY_MS. Edits always apply to what is on screen.
        """
        self._generation += 1
        generation = self._generation
        self._loading_timer.stop()
        self._paint_watch.disarm()
        self.company, self.line = company, line
        if self._highlights is not None and self._highlights[0] != line.xid:
            self._highlights = None
        self._apply_highlights()
        key = render_key(company.xid, line.xid)
        doc = self.documents.cached(key_for(company.xid, line))
        kind = document_kind(doc) if doc is not None else self._kinds.get(key, "")
        target = self._target(key, kind)
        if target is not None:
            target_key, target_kind = target
            request = self.page_view.first_page_request(
                _view_kind(target_kind), password=self._passwords.get(target_key))
            page = self.pages.get(target_key, request)
            if page is not None:  # warm: paint it now
                if doc is not None:
                    self._apply(company, doc, kind, page_first=True)
                else:
                    self._show_pending()
                    self.kind = kind
                self._reset_view(target_kind, generation)
                self._show_page(page, request, generation)
                if doc is not None:
                    self.tasks.cancel(PREVIEW_TASK)
                    self._current_task = None
                    return  # all there: nothing to wait for
                self._start(generation)  # the details are still to come
                return
        elif (doc is not None and kind in ("text", "xml") and len(doc.body) <= TEXT_IN_THREAD
              and not (kind == "xml" and doc.einvoice is not None and key not in self._attached)):
            self.tasks.cancel(PREVIEW_TASK)
            self._current_task = None
            decoded = decode_text(doc.body)
            self._apply(company, doc, kind)
            self._show_text(decoded.text, decoded.truncated)
            return
        self._loading_timer.start()
        self._start(generation)

    @Slot(object)
    def prefetch(self, lines: Sequence[ArchiveFileLine]) -> None:
        """Fetch these documents and render their first page, after the current one."""
        company = self.company
        if company is None:
            return
        wanted = [line for line in lines if self.line is None or line.xid != self.line.xid]
        if not wanted:
            return
        self.tasks.preempt(PREFETCH_TASK, self._prefetch(company, wanted))

    @Slot()
    def zoom_in(self) -> None:
        self._zoom("in")

    @Slot()
    def zoom_out(self) -> None:
        self._zoom("out")

    @Slot()
    def zoom_reset(self) -> None:
        self._zoom("reset")

    @Slot()
    def fit_width(self) -> None:
        if self._page_shown():
            self.page_view.fit_width()

    @Slot()
    def fit_page(self) -> None:
        if self._page_shown():
            self.page_view.fit_page()

    @Slot()
    def rotate(self) -> None:
        if self._page_shown():
            self.page_view.rotate()

    @Slot()
    def next_page(self) -> None:
        if self._page_shown():
            self.page_view.next_page()

    @Slot()
    def previous_page(self) -> None:
        if self._page_shown():
            self.page_view.previous_page()

    @Slot()
    def retry(self) -> None:
        """Fetch and show the current document again (after a failure)."""
        if self.company is None or self.line is None:
            return
        self._generation += 1
        self._show_loading()
        self._start(self._generation)

    # --- loading and showing ------------------------------------------------------------

    def _start(self, generation: int) -> None:
        self._current_task = self.tasks.preempt(
            PREVIEW_TASK, self._present(generation), on_error=self._failed
        )

    async def _present(self, generation: int) -> None:
        """Fetch the current document and show it the way the view is set up now."""
        company, line = self.company, self.line
        assert company is not None and line is not None
        key = render_key(company.xid, line.xid)
        try:
            doc = await self.documents.get(company.xid, line)
        except errors.ApiError as exc:
            if generation == self._generation:
                self._show_pending()
                self._show_fetch_error(exc)
            return
        if generation != self._generation:
            return
        kind = document_kind(doc)
        self._kinds[key] = kind
        while len(self._kinds) > 4096:
            self._kinds.popitem(last=False)
        if kind == "xml" and doc.einvoice is not None and key not in self._attached:
            attachment = await asyncio.to_thread(_first_attachment, doc.body)
            self._attached[key] = attachment
            while len(self._attached) > 32:
                self._attached.popitem(last=False)
            if generation != self._generation:
                return
        target = self._target(key, kind)
        if target is None:
            if len(doc.body) > TEXT_IN_THREAD:
                decoded = await asyncio.to_thread(decode_text, doc.body)
            else:
                decoded = decode_text(doc.body)
            if generation == self._generation:
                self._apply(company, doc, kind)
                if kind in ("text", "xml"):
                    self._show_text(decoded.text, decoded.truncated)
            return
        target_key, target_kind = target
        attachment = self._attached.get(key) if kind == "xml" else None
        source = attachment.data if attachment is not None else doc.body
        password = self._passwords.get(target_key)
        fresh = self._view_generation != generation  # the view still shows the last one
        if fresh:
            request = self.page_view.first_page_request(_view_kind(target_kind),
                                                        password=password)
        else:
            request = self.page_view.request(password=password)
        self._rendering = (generation, target_key, request)
        try:
            page = await self._renders.render(target_key, source, request,
                                              self.devicePixelRatioF(), share=False)
        except EncryptedDocument as exc:
            if generation == self._generation:
                if exc.wrong_password:
                    self._passwords.pop(target_key, None)
                self._apply(company, doc, kind)
                self._show_password(wrong=exc.wrong_password)
            return
        except PreviewError as exc:
            if generation == self._generation:
                self._apply(company, doc, kind)
                self._show_preview_error(exc)
            return
        if generation == self._generation:
            self._apply(company, doc, kind, page_first=True)
            if self._view_generation != generation:
                self._reset_view(target_kind, generation)
            self._show_page(page, request, generation)

    def _target(self, key: str, kind: str) -> tuple[str, str] | None:
        """What the page view renders for a document: (render key, "pdf"/"image"/...),
        None when it is shown as text (or not known yet)."""
        if kind in RENDERED:
            return key, kind
        attachment = self._attached.get(key) if kind == "xml" else None
        if attachment is not None:
            return f"{key}#attachment", attachment.kind
        return None

    def _current_target(self) -> tuple[str, str] | None:
        if self.company is None or self.line is None:
            return None
        return self._target(render_key(self.company.xid, self.line.xid), self.kind)

    def _apply(self, company: CompanyAndAccess, doc: ArchiveFile, kind: str, *,
               page_first: bool = False) -> None:
        """Make ``doc`` the document on screen: its details, its e-invoice.

        With ``page_first`` (a page is about to be shown) the details panel is updated
        right after the page has been painted, so the page is not kept waiting for the
        rest of the pane; what the user acts on (``document``) changes at once.
        """
        self._loading_timer.stop()
        if self.document is doc and self._shown_company is company:
            return
        self._shown_company = company
        self.kind = kind
        if page_first and doc.einvoice is None and self.isVisible():
            self.document = doc
            self._details_pending = doc
            self._details_timer.start(DETAILS_AFTER_PAINT_MS)  # in case no paint comes
        else:
            self._set_document(doc)

    @Slot()
    def _flush_details(self) -> None:
        doc, self._details_pending = self._details_pending, None
        self._details_timer.stop()
        if doc is not None and doc is self.document:
            self._set_document(doc)

    def _show_pending(self) -> None:
        """Nothing of the selected document is here yet: say what the list knows."""
        self._details_pending = None
        self.document = None
        self._shown_company = None
        self.kind = ""
        line = self.line
        self.details.show_pending(line.name or "" if line else "", line.date if line else None)
        self._set_einvoice(None)

    def _failed(self, exc: BaseException) -> None:
        log.error("preview failed", exc_info=exc)
        self._loading_timer.stop()
        self.message.show_problem(
            self.tr("The document could not be shown"), str(exc) or type(exc).__name__,
            can_save=self.document is not None, can_retry=True,
        )
        self._show_widget(self.message)

    def _reset_view(self, kind: str, generation: int) -> None:
        self.page_view.reset(_view_kind(kind))
        self._view_generation = generation

    def _show_page(self, page: _Page, request: RenderRequest, generation: int) -> None:
        self._loading_timer.stop()
        announce = self._painted_generation != generation
        self.stack.setCurrentWidget(self.page_view)
        self.page_view.show_result(page.image, page.result, request, announce=announce)
        self._apply_highlights()

    @Slot(int, list)
    def set_highlights(self, xid: int, highlights: Sequence[Highlight]) -> None:
        """Draw these suggestion boxes on document ``xid`` while it is shown (its PDF
        pages, not an e-invoice's or an image's); an empty list removes them."""
        self._highlights = (xid, list(highlights)) if highlights else None
        self._apply_highlights()

    def _apply_highlights(self) -> None:
        wanted = self._highlights
        line = self.line
        if wanted is None or line is None or wanted[0] != line.xid or self.kind != "pdf":
            self.page_view.set_highlights([])
        else:
            self.page_view.set_highlights(wanted[1])

    def shown_highlights(self) -> list[Highlight]:
        """The suggestion highlights on the page shown now."""
        return self.page_view.shown_highlights()

    def _show_text(self, text: str, truncated: bool) -> None:
        self._loading_timer.stop()
        if truncated:
            text += "\n\n[…]"
        self.text_view.setPlainText(text)
        self._show_widget(self.text_view)

    def _show_widget(self, widget: QWidget) -> None:
        """Show a text or a message (pages go through ``_show_page``)."""
        self.stack.setCurrentWidget(widget)
        target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
        if self.tabs.currentWidget() is self.einvoice_view:
            target = self.einvoice_view.viewport()
        if self._painted_generation != self._generation:
            self._paint_watch.arm(target)

    def _show_loading(self) -> None:
        """Still loading after LOADING_DELAY_MS: stop showing the previous document."""
        if self.line is None:
            return
        self._show_pending()
        self.page_view.clear()
        self._view_generation = -1
        self.message.show_loading(self.tr("Loading the document…"))
        self.stack.setCurrentWidget(self.message)

    def _show_password(self, *, wrong: bool) -> None:
        self._loading_timer.stop()
        if wrong:
            self.message.show_password(
                self.tr("The password is not correct"),
                self.tr("Type the password again to open the document."),
            )
        else:
            self.message.show_password(
                self.tr("This document is protected by a password"),
                self.tr("Type its password to open it."),
            )
        self._show_widget(self.message)

    def _show_fetch_error(self, exc: errors.ApiError) -> None:
        self._loading_timer.stop()
        if isinstance(exc, errors.NotFound):
            heading = self.tr("The document no longer exists")
            text = self.tr("It has been deleted, perhaps by someone else.")
            retry = False
        else:
            heading = self.tr("The document could not be fetched")
            text = explain_error(exc)
            retry = True
        self.message.show_problem(heading, text, details=str(exc), can_save=False,
                                  can_retry=retry)
        self._show_widget(self.message)

    def _show_preview_error(self, exc: PreviewError) -> None:
        self._loading_timer.stop()
        heading, text, retry = self.explain_preview_error(exc)
        self.message.show_problem(heading, text, details=exc.message, can_save=True,
                                  can_retry=retry)
        self._show_widget(self.message)

    def explain_preview_error(self, exc: PreviewError) -> tuple[str, str, bool]:
        """Heading, explanation (translated) and whether trying again may help."""
        save = self.tr("You can still save the file and open it in another program.")
        if isinstance(exc, CorruptDocument):
            if exc.reason == "the file is empty":
                return self.tr("The file is empty"), self.tr("There is nothing to show."), False
            return self.tr("The file is damaged"), self.tr(
                "It cannot be shown because it is damaged or incomplete.") + " " + save, False
        if isinstance(exc, UnsupportedContent):
            return self.tr("This kind of file cannot be previewed"), save, False
        if isinstance(exc, TooLarge):
            return self.tr("The document is too large to be previewed"), save, False
        if isinstance(exc, RenderTimeout):
            return self.tr("The document took too long to show"), self.tr(
                "Showing it was stopped after {seconds} s. The file may be damaged or "
                "unusually complex.").format(seconds=f"{exc.seconds:g}") + " " + save, True
        if isinstance(exc, WorkerCrashed):
            return self.tr("The preview stopped unexpectedly"), self.tr(
                "The part of the program that draws previews stopped while showing this "
                "document.") + " " + save, True
        if isinstance(exc, InvalidRequest):
            return self.tr("That page does not exist"), "", True
        if isinstance(exc, ServiceClosed):
            return self.tr("Previews are not available"), save, False
        return self.tr("The document could not be shown"), save, True

    @Slot(str)
    def _password_entered(self, password: str) -> None:
        target = self._current_target()
        if target is None:
            return
        self._passwords[target[0]] = password
        self.message.show_loading(self.tr("Opening the document…"))
        self._start(self._generation)

    @Slot()
    def _render_needed(self) -> None:
        if self._view_generation != self._generation:
            return  # the view still shows the previous document; the new one is on its way
        target = self._current_target()
        if target is not None:
            key = target[0]
            request = self.page_view.request(password=self._passwords.get(key))
            task = self._current_task
            if (task is not None and not task.done()
                    and self._rendering == (self._generation, key, request)):
                return  # exactly that is being rendered already
            page = self.pages.get(key, request)
            if page is not None:  # e.g. back to a zoom or page shown before
                self.tasks.cancel(PREVIEW_TASK)
                self._show_page(page, request, self._generation)
                return
            self._start(self._generation)

    @Slot()
    def _page_painted(self) -> None:
        self._announce_painted()

    @Slot()
    def _other_painted(self) -> None:
        self._announce_painted()

    def _announce_painted(self) -> None:
        if self._details_pending is not None:
            # the details next, now that the page is out; a few ms later, so whoever
            # waits for painted() (the list, a benchmark) runs first
            self._details_timer.start(DETAILS_AFTER_PAINT_DELAY_MS)
        if self.line is not None and self._painted_generation != self._generation:
            self._painted_generation = self._generation
            self.painted.emit(self.line.xid)

    def _page_shown(self) -> bool:
        return self.stack.currentWidget() is self.page_view and self.page_view.has_image()

    def _zoom(self, how: str) -> None:
        current = self.tabs.currentWidget()
        if current is self.einvoice_view or self.stack.currentWidget() is self.text_view:
            view = self.einvoice_view if current is self.einvoice_view else self.text_view
            if how == "in":
                view.zoomIn(1)
            elif how == "out":
                view.zoomOut(1)
            else:
                view.setFont(self.font())
            return
        if self._page_shown():
            {"in": self.page_view.zoom_in, "out": self.page_view.zoom_out,
             "reset": self.page_view.zoom_reset}[how]()

    # --- prefetch -----------------------------------------------------------------------

    async def _prefetch(self, company: CompanyAndAccess, lines: list[ArchiveFileLine]) -> None:
        current = self._current_task
        if current is not None and not current.done():
            await asyncio.wait([current])  # the shown document first
        for line in lines:
            try:
                doc = await self.documents.get(company.xid, line)
            except errors.ApiError:
                continue
            key = render_key(company.xid, line.xid)
            kind = document_kind(doc)
            self._kinds[key] = kind
            if kind not in RENDERED:
                continue
            request = self.page_view.first_page_request(
                _view_kind(kind), password=self._passwords.get(key)
            )
            try:
                await self._renders.render(key, doc.body, request, self.devicePixelRatioF())
            except PreviewError:
                continue

    # --- details, e-invoice -------------------------------------------------------------

    def _permissions(self) -> Permissions:
        return Permissions.of(self._shown_company)

    def _set_document(self, doc: ArchiveFile, *, keep_edits: bool = False) -> None:
        self.document = doc
        self._details_pending = None
        self._details_timer.stop()
        permissions = self._permissions()
        self.details.set_document(doc, can_edit=permissions.can_edit,
                                  why_not=permissions.reason() or "", keep_edits=keep_edits)
        if self.einvoice_view.einvoice is not doc.einvoice:
            self._set_einvoice(doc)

    def _set_einvoice(self, doc: ArchiveFile | None) -> None:
        einvoice = doc.einvoice if doc is not None else None
        index = self.tabs.indexOf(self.einvoice_view)
        if doc is None or einvoice is None:
            if index >= 0:
                self.tabs.blockSignals(True)
                self.tabs.removeTab(index)
                self.tabs.blockSignals(False)
            self.einvoice_view.hide()
            self.einvoice_view.set_einvoice(None)
            self.tabs.tabBar().hide()
            return
        self.einvoice_view.set_einvoice(einvoice)
        attachment = self._attached.get(render_key(doc.company_xid, doc.archive_file_xid))
        if attachment is None:
            file_tab = self.tr("File")
        else:
            file_tab = attachment.name or self.tr("Attachment")
        self.tabs.setTabText(self.tabs.indexOf(self.stack), file_tab)
        if index < 0:
            self.tabs.blockSignals(True)
            self.tabs.insertTab(0, self.einvoice_view, self.tr("E-invoice"))
            self.tabs.blockSignals(False)
        self.tabs.tabBar().show()
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.einvoice_view if self._prefer_einvoice else self.stack)
        self.tabs.blockSignals(False)
        if self.tabs.currentWidget() is self.einvoice_view:
            self._paint_watch.arm(self.einvoice_view.viewport())

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.einvoice_view.einvoice is not None:
            self._prefer_einvoice = self.tabs.widget(index) is self.einvoice_view

    # --- editing ------------------------------------------------------------------------

    def _edit_target(self) -> tuple[CompanyAndAccess, ArchiveFile] | None:
        """The document on screen and its company, when the user may change it."""
        if self._shown_company is None or self.document is None:
            return None
        if not self._permissions().can_edit:
            return None
        return self._shown_company, self.document

    @Slot(str, object)
    def _save_details(self, name: str, day: date) -> None:
        target = self._edit_target()
        if target is None or not name:
            return
        company, doc = target
        self._run_edit(self._update(company, doc, name, day, None))

    @Slot(str)
    def _add_comment(self, text: str) -> None:
        target = self._edit_target()
        if target is None or not text:
            return
        company, doc = target
        self._run_edit(self._update(company, doc, doc.friendly_filename, doc.date, text))

    def _run_edit(self, coro: Coroutine[Any, Any, None]) -> None:
        self.details.set_busy(True)
        self.details.show_message("")

        def done(_: None = None) -> None:
            self.details.set_busy(False)

        def failed(exc: BaseException) -> None:
            done()
            log.error("editing a document failed", exc_info=exc)
            self.details.show_message(str(exc), error=True)

        self.tasks.start(coro, on_done=done, on_error=failed)

    async def _update(self, company: CompanyAndAccess, doc: ArchiveFile, name: str, day: date,
                      comment: str | None) -> None:
        xid = doc.archive_file_xid
        try:
            await self.api.update_archive_file(
                company.xid, xid, date=day, friendly_filename=name, comment=comment
            )
        except errors.NotFound:
            self._report(self.tr("The document no longer exists. It may have been deleted."),
                         xid, error=True)
            self._forget(company.xid, xid)
            self.documentDeleted.emit(xid)
            return
        except errors.ApiError as exc:
            self._report(explain_error(exc), xid, error=True)
            return
        comments = list(doc.comments)
        try:  # the server's view: the new comment with its time and author
            fresh = await self.api.archive_file(company.xid, xid, omit_body=True)
            comments = fresh.comments
        except errors.ApiError as exc:
            log.warning("could not reload a document's comments: %s", exc)
        updated = msgspec.structs.replace(doc, friendly_filename=name, date=day,
                                          comments=comments)
        self.documents.forget(company.xid, xid)
        if self.document is doc:
            self._set_document(updated, keep_edits=comment is not None)
            if comment is not None:
                self.details.comment_edit.clear()
        if comment is not None:
            self._report(self.tr("Your comment was added."), xid)
        else:
            self._report(self.tr("The name and date were saved."), xid)
        self.documentChanged.emit(xid)

    def _report(self, text: str, xid: int, *, error: bool = False) -> None:
        if self.document is not None and self.document.archive_file_xid == xid:
            self.details.show_message(text, error=error)
        self.status.emit(text)

    @Slot()
    def delete_current(self) -> None:
        """Ask, then delete the shown document (the Delete key, via the main window)."""
        target = self._edit_target()
        if target is None:
            if self.document is not None:
                self.status.emit(self._permissions().reason() or "")
            return
        company, doc = target
        box = QMessageBox(self)
        box.setObjectName("deleteConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete document"))
        box.setText(self.tr("Delete “{name}”?").format(name=doc.friendly_filename))
        box.setInformativeText(self.tr(
            "It is removed from the inbox in Multi-Regnskab. This cannot be undone."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered() -> None:
            if box.clickedButton() is delete:
                self._run_edit(self._delete(company, doc))
            self.delete_box = None
            box.deleteLater()

        box.finished.connect(answered)
        self.delete_box = box
        box.open()

    async def _delete(self, company: CompanyAndAccess, doc: ArchiveFile) -> None:
        xid = doc.archive_file_xid
        try:
            await self.api.delete_archive_file(company.xid, xid)
        except errors.Conflict:
            self._report(self.tr(
                "The document cannot be deleted because it is attached to a registration."),
                xid, error=True)
            return
        except errors.NotFound:
            self._report(self.tr("The document had already been deleted."), xid)
        except errors.ApiError as exc:
            self._report(explain_error(exc), xid, error=True)
            return
        else:
            self.status.emit(self.tr("“{name}” was deleted.").format(
                name=doc.friendly_filename))
        self._forget(company.xid, xid)
        if self.document is doc or (self.line is not None and self.line.xid == xid):
            self.clear()
        self.documentDeleted.emit(xid)

    def _forget(self, company_xid: int, xid: int) -> None:
        key = render_key(company_xid, xid)
        self.documents.forget(company_xid, xid)
        self.renderer.forget(key)
        self.pages.drop(key)
        self._kinds.pop(key, None)
        self._attached.pop(key, None)
        self._passwords.pop(key, None)

    # --- save as ------------------------------------------------------------------------

    def suggested_file_name(self, doc: ArchiveFile | None = None) -> str:
        doc = doc or self.document
        if doc is None:
            return ""
        return safe_file_name(doc.friendly_filename or doc.file_name, doc.content_type,
                              doc.body[:4096], fallback=self.tr("document"))

    @Slot()
    def save_as(self) -> None:
        """Ask where, then write the shown document's file there."""
        doc = self.document
        if doc is None or not doc.body:
            return
        name = self.suggested_file_name(doc)
        dialog = QFileDialog(self, self.tr("Save the document as"))
        dialog.setObjectName("saveAsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDirectory(self._save_dir)
        dialog.selectFile(name)
        extension = extension_for(doc.content_type, doc.body[:4096])
        if extension:
            dialog.setDefaultSuffix(extension.lstrip("."))

        def chosen(path: str) -> None:
            self.save_dialog = None
            if path:
                self._save_dir = str(Path(path).parent)
                self.tasks.start(self.save_to(doc, Path(path)),
                                 on_error=lambda exc: self.status.emit(str(exc)))

        dialog.fileSelected.connect(chosen)
        dialog.rejected.connect(lambda: setattr(self, "save_dialog", None))
        self.save_dialog = dialog
        dialog.open()

    async def save_to(self, doc: ArchiveFile, path: Path) -> bool:
        """Write the document's bytes to ``path`` (atomically); False on failure."""
        try:
            await asyncio.to_thread(_write_atomically, path, doc.body)
        except OSError as exc:
            text = self.tr("The file could not be saved: {reason}").format(
                reason=exc.strerror or str(exc))
            self._report(text, doc.archive_file_xid, error=True)
            return False
        self._report(self.tr("Saved as {path}").format(path=str(path)), doc.archive_file_xid)
        return True


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.part")
    try:
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise

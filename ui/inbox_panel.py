"""The inbox panel: a filter field over the list of one company's documents.

Public API (for the main window):

    panel = InboxPanel(api, tasks, thumbnails=None, *, page_size=500, first_page_size=100,
                       first_pages=None)
      api: anything with ``archive_files`` (the ApiClient); tasks: ``app.tasks.Tasks``;
      thumbnails: a ``app.thumbnails.ThumbnailService`` (None: page icons only);
      first_pages: ``app.inbox.FirstPages``, first pages asked for at start (None: none)
    signals: currentChanged(ArchiveFileLine | None)   at once, on every change
             selectionChanged(list[ArchiveFileLine])   in display order, once per burst
             activated(ArchiveFileLine)                Enter or double-click
             stateChanged(str)                         "idle", "loading", "ready",
                                                       "empty" or "error"
    slots:   set_company(xid | None), refresh() (F5), remove_xids(xids),
             update_line(line), reload_xids(xids) (re-read after an edit),
             select_next() / select_previous() (J/K, arrows),
             focus_filter() (Ctrl+F), clear_filter(), select_xid(xid), shutdown()
    queries: current_line(), selected_lines(), next_line(line), previous_line(line),
             state, lines() (display order), model / proxy / view

Ctrl+F and F5 are handled when they reach the panel as key presses; a window that has
its own actions for these keys (they win over key presses) connects them to
``focus_filter`` and ``refresh``. J/K are handled by the list, Escape by the filter.

The list is a QTableView over ``InboxFilterModel`` over ``InboxModel`` (no item
widgets, fixed row height). Pages load as the user scrolls (a page ahead of the end of
the list), and thumbnails are asked for only for the rows on screen, once scrolling
pauses; rows that scroll away have their requests cancelled.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.models import ArchiveFileLine
from app.documents import key_for
from app.inbox import ArchiveLister, FirstPages
from app.tasks import Tasks
from app.thumbnails import Thumbnail, ThumbnailService
from ui.inbox_model import (
    FIRST_PAGE_SIZE,
    LINE_ROLE,
    PAGE_SIZE,
    Column,
    InboxFilterModel,
    InboxModel,
)
from ui.thumbnail_delegate import ThumbnailDelegate, ThumbnailImages

log = logging.getLogger(__name__)

__all__ = ["InboxPanel"]

THUMBNAIL_BOX = 36  # logical pixels
THUMBNAIL_DELAY_MS = 80  # thumbnails are asked for once scrolling pauses this long
LOADING_DELAY_MS = 250  # "Loading…" appears only if the first page takes longer
PREFETCH_SCREENS = 2  # start the next page when the end is this many screens away
# The selection is announced (to the registration panel, the bank matches) this long
# after it changes: Shift+arrows over many rows change it many times per paint, and
# the current document's preview (fetched and rendered in some 15 ms) comes first;
# the panel beside it follows before anyone could notice the difference.
SELECTION_DELAY_MS = 20

_SELECT = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def _weak_listener(panel: InboxPanel, service: ThumbnailService) -> Callable[[Thumbnail], None]:
    """A service listener that does not keep the panel alive, and leaves with it."""
    ref = weakref.ref(panel)

    def listener(thumbnail: Thumbnail) -> None:
        target = ref()
        if target is None or not shiboken6.isValid(target):
            with contextlib.suppress(ValueError):
                service.listeners.remove(listener)
            return
        target._thumbnail_arrived(thumbnail)

    return listener


class _InboxView(QTableView):
    """The list; J and K move through it like the arrow keys."""

    def __init__(self, panel: InboxPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        # A viewport made here, like the one Qt makes. Qt's own is a plain QWidget that
        # Python has not seen, and PySide6 wraps such a widget by trying (and so setting
        # up) every QWidget subclass it knows first: about 10 ms of the program's start.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and event.key() in (Qt.Key.Key_J, Qt.Key.Key_K):
            if event.key() == Qt.Key.Key_J:
                self._panel.select_next()
            else:
                self._panel.select_previous()
            event.accept()
            return
        super().keyPressEvent(event)


class _FilterEdit(QLineEdit):
    """The filter: Escape clears it (or, when empty, goes to the list); the arrow keys
    and Enter move on to the list."""

    def __init__(self, panel: InboxPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self._panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if key == Qt.Key.Key_Down:
                self._panel.select_next()
            else:
                self._panel.select_previous()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self._panel.view.currentIndex().isValid():
                self._panel.select_next()
            event.accept()
            return
        super().keyPressEvent(event)


class InboxPanel(QWidget):
    """See the module docstring."""

    currentChanged = Signal(object)  # ArchiveFileLine | None
    selectionChanged = Signal(list)  # list[ArchiveFileLine] (coalesced, next event-loop turn)
    activated = Signal(object)  # ArchiveFileLine
    stateChanged = Signal(str)

    STATE_IDLE = "idle"
    STATE_LOADING = "loading"
    STATE_READY = "ready"
    STATE_EMPTY = "empty"
    STATE_ERROR = "error"

    def __init__(
        self,
        api: ArchiveLister,
        tasks: Tasks,
        thumbnails: ThumbnailService | None = None,
        *,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        first_pages: FirstPages | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPanel")
        self.setAccessibleName(self.tr("Inbox"))
        self._thumbnails = thumbnails
        self._state = self.STATE_IDLE
        self._visible_rows: dict[int, int] = {}  # file xid -> proxy row, of rows on screen

        self.model = InboxModel(api, tasks, page_size=page_size,
                                first_page_size=first_page_size, first_pages=first_pages,
                                parent=self)
        self.proxy = InboxFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.images = ThumbnailImages(parent=self)
        self.delegate = ThumbnailDelegate(self.images, THUMBNAIL_BOX, self)

        self._build()
        self._connect()
        if thumbnails is not None:
            thumbnails.listeners.append(_weak_listener(self, thumbnails))
        self._update_state()

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setObjectName("inboxFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter documents…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter documents"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the documents whose name, date or number contains the text. "
                    "Ctrl+F goes here, Escape clears it.")
        )
        self.filter_edit.setToolTip(
            self.tr("Filter by name, date or number (Ctrl+F); Escape clears the filter")
        )

        view = self.view = _InboxView(self)
        view.setObjectName("inboxView")
        view.setAccessibleName(self.tr("Inbox documents"))
        view.setAccessibleDescription(
            self.tr("J and K or the arrow keys move between documents; Shift or Ctrl with "
                    "a click selects several.")
        )
        view.setModel(self.proxy)
        view.setItemDelegateForColumn(Column.NAME, self.delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setTabKeyNavigation(False)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setCornerButtonEnabled(False)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = view.fontMetrics()
        row_height = max(THUMBNAIL_BOX + 6, metrics.height() + 10)
        rows.setMinimumSectionSize(row_height)
        rows.setDefaultSectionSize(row_height)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        # The header asks its selection model whether each column is wholly selected
        # every time it paints, which walks every row through the model (Python calls):
        # a quarter of a second with 10,000 rows selected. It highlights nothing, so it
        # gets a selection model of its own that stays empty.
        self._header_selection = QItemSelectionModel(self.proxy, self)
        header.setSelectionModel(self._header_selection)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header_metrics = header.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("0") + 6
        samples = {Column.DATE: "00.00.0000", Column.CHANGED: "00.00.0000 00:00",
                   Column.NUMBER: "0000000"}
        self._column_widths: dict[int, int] = {}
        for column, sample in samples.items():
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample),
                        header_metrics.horizontalAdvance(label) + 18)  # + sort arrow
            self._column_widths[column] = width + padding
            header.resizeSection(column, width + padding)
        self._name_min = max(160, metrics.horizontalAdvance("M") * 12 + THUMBNAIL_BOX)
        header.setMinimumSectionSize(40)
        view.setSortingEnabled(True)
        view.setMinimumWidth(280)

        self.message = QWidget(self)
        self.message.setObjectName("inboxMessage")
        self.message_heading = QLabel(self.message)
        self.message_heading.setObjectName("inboxMessageHeading")
        self.message_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_heading.setWordWrap(True)
        font = self.message_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.message_heading.setFont(font)
        self.message_text = QLabel(self.message)
        self.message_text.setObjectName("inboxMessageText")
        self.message_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_text.setWordWrap(True)
        self.message_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"), self.message)
        self.retry_button.setObjectName("inboxRetryButton")
        self.retry_button.setAccessibleName(self.tr("Try loading the inbox again"))
        self.retry_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box = QVBoxLayout(self.message)
        box.setContentsMargins(24, 24, 24, 24)
        box.addStretch(1)
        box.addWidget(self.message_heading)
        box.addWidget(self.message_text)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.retry_button)
        button_row.addStretch(1)
        box.addLayout(button_row)
        box.addStretch(2)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("inboxPages")
        self.pages.addWidget(view)
        self.pages.addWidget(self.message)

        self.status = QLabel(self)
        self.status.setObjectName("inboxStatus")
        self.status.setAccessibleName(self.tr("Inbox status"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.status.setContentsMargins(4, 0, 4, 0)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.filter_edit, view)
        QWidget.setTabOrder(view, self.retry_button)

        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMBNAIL_DELAY_MS)
        self._thumb_timer.timeout.connect(self._request_thumbnails)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._maybe_fetch_more)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_DELAY_MS)
        self._selection_timer.timeout.connect(self._emit_selection)
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(self._update_state)

    def _connect(self) -> None:
        view = self.view
        selection = view.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self._selection_changed)
        view.activated.connect(self._activated)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.viewport().installEventFilter(self)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.retry_button.clicked.connect(self._retry)
        self.status.linkActivated.connect(self._status_link)
        # Not rowsInserted/rowsRemoved: a filter change emits those once per run of rows.
        # Pages, refreshes, removals and filter changes call _after_rows_changed instead.
        self.proxy.layoutChanged.connect(self._rows_changed)
        self.proxy.modelReset.connect(self._rows_changed)
        self.model.loadingChanged.connect(self._update_state)
        self.model.loadFailed.connect(self._update_state)
        self.model.loadingAllChanged.connect(self._update_state)
        self.model.pageLoaded.connect(self._page_loaded)
        self.images.arrived.connect(self._repaint_file)

    # --- slots ----------------------------------------------------------------------------

    @property
    def company_xid(self) -> int | None:
        return self.model.company_xid

    def set_company(self, company_xid: int | None) -> None:
        """Show ``company_xid``'s inbox (None: nothing), starting with its first page."""
        if self._thumbnails is not None:
            self._thumbnails.cancel_all()
        self._visible_rows = {}
        self.delegate.company_xid = company_xid
        if self.filter_edit.text():
            self.filter_edit.clear()
        self.model.set_company(company_xid)
        self._loading_timer.start()
        # a reset clears the selection without telling anyone
        self._selection_timer.stop()
        self.currentChanged.emit(None)
        self.selectionChanged.emit([])
        self._update_state()

    def refresh(self) -> None:
        """Load documents added since the first page and show them at the top (F5)."""
        self.model.refresh()

    def remove_xids(self, xids: Iterable[int]) -> None:
        """Take these documents off the list (deleted, or booked and hidden)."""
        self.model.remove_xids(xids)
        self._update_state()
        self._after_rows_changed()

    def update_line(self, line: ArchiveFileLine) -> None:
        """Show a changed line (the same xid, e.g. after a rename or a new file version).
        Does not re-emit currentChanged."""
        if self.model.update_line(line):
            self._thumb_timer.start()

    def reload_xids(self, xids: Iterable[int]) -> None:
        """Read these documents' lines again (after an edit) and show them as they are
        now, with their new timestampLastUpdate (and so a new thumbnail)."""
        task = self.model.reload_xids(xids)
        if task is not None:
            task.add_done_callback(lambda _task: self._thumb_timer.start()
                                   if shiboken6.isValid(self) else None)

    def select_next(self) -> None:
        self._step(1)

    def select_previous(self) -> None:
        self._step(-1)

    def select_xid(self, xid: int) -> bool:
        """Make the document with this xid the current (and only selected) one."""
        source_row = self.model.row_of(xid)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(index, _SELECT)
        self.view.scrollTo(index)
        return True

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def clear_filter(self) -> None:
        self.filter_edit.clear()

    def shutdown(self) -> None:
        """Stop loading and asking for thumbnails (before the panel goes away)."""
        for timer in (self._thumb_timer, self._fetch_timer, self._selection_timer,
                      self._loading_timer):
            timer.stop()
        if self._thumbnails is not None:
            self._thumbnails.cancel_all()
        self.model.set_company(None)

    # --- queries --------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def current_line(self) -> ArchiveFileLine | None:
        return self._line(self.view.currentIndex())

    def selected_lines(self) -> list[ArchiveFileLine]:
        rows: set[int] = set()
        for selected in self.view.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        lines = [self.proxy.line_at(row) for row in sorted(rows)]
        return [line for line in lines if line is not None]

    def next_line(self, line: ArchiveFileLine | None = None) -> ArchiveFileLine | None:
        """The document after ``line`` (default: the current one) as the list shows them."""
        row = self._proxy_row(line)
        return self.proxy.line_at(row + 1) if row is not None else None

    def previous_line(self, line: ArchiveFileLine | None = None) -> ArchiveFileLine | None:
        row = self._proxy_row(line)
        return self.proxy.line_at(row - 1) if row is not None and row > 0 else None

    def lines(self) -> list[ArchiveFileLine]:
        """Every line the list shows (after the filter), in display order."""
        return [line for row in range(self.proxy.rowCount())
                if (line := self.proxy.line_at(row)) is not None]

    def visible_lines(self) -> list[ArchiveFileLine]:
        """The lines on screen now."""
        first, last = self._visible_range()
        return [line for row in range(first, last + 1)
                if (line := self.proxy.line_at(row)) is not None]

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reaches here when no window action took the key (see the module docstring).
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_filter()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Refresh) or event.key() == Qt.Key.Key_F5:
            self.refresh()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- internals ------------------------------------------------------------------------

    def _line(self, index: QModelIndex) -> ArchiveFileLine | None:
        if not index.isValid():
            return None
        line = index.siblingAtColumn(0).data(LINE_ROLE)
        return line if isinstance(line, ArchiveFileLine) else None

    def _proxy_row(self, line: ArchiveFileLine | None) -> int | None:
        current = self.view.currentIndex()
        if line is None:
            return current.row() if current.isValid() else None
        current_line = self._line(current)
        if current_line is not None and current_line.xid == line.xid:
            return current.row()
        source_row = self.model.row_of(line.xid)
        if source_row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        return index.row() if index.isValid() else None

    def _step(self, delta: int) -> None:
        count = self.proxy.rowCount()
        current = self.view.currentIndex()
        if not current.isValid():
            row = 0 if delta > 0 else count - 1
        elif not self.view.selectionModel().isSelected(current):
            row = current.row()  # current from focus alone, not chosen: choose it first
        else:
            row = current.row() + delta
        if row >= count:
            if self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
            return
        if row < 0:
            return
        column = current.column() if current.isValid() else 0
        index = self.proxy.index(row, column)
        self.view.selectionModel().setCurrentIndex(index, _SELECT)
        self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentChanged.emit(self._line(current))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # Coalesced: Shift+arrows over thousands of rows change it many times per paint.
        if not self._selection_timer.isActive():
            self._selection_timer.start()

    def _emit_selection(self) -> None:
        self.selectionChanged.emit(self.selected_lines())

    def _activated(self, index: QModelIndex) -> None:
        line = self._line(index)
        if line is not None:
            self.activated.emit(line)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_state()
        self._after_rows_changed()

    def _retry(self) -> None:
        self.model.retry()
        self._update_state()

    def _status_link(self, link: str) -> None:
        if link == "retry":
            self._retry()

    def _page_loaded(self, _count: int) -> None:
        self._update_state()
        self._after_rows_changed()

    def _rows_changed(self, *_args: object) -> None:
        self._after_rows_changed()

    def _after_rows_changed(self) -> None:
        self._thumb_timer.start()
        if not self._fetch_timer.isActive():  # after the view has laid the rows out
            self._fetch_timer.start()

    def _scrolled(self, _value: int) -> None:
        self._thumb_timer.start()
        self._maybe_fetch_more()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self._after_rows_changed()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._thumb_timer.start()

    def _fit_columns(self) -> None:
        """In a narrow panel, leave out "Last changed", then the number, so the name keeps
        room to be read (the name's tooltip still tells the number)."""
        header = self.view.horizontalHeader()
        for column in (Column.CHANGED, Column.NUMBER):
            if not header.isSectionHidden(column):
                self._column_widths[column] = header.sectionSize(column)
        room = self.view.viewport().width() - self._name_min
        shown = room - header.sectionSize(Column.DATE)
        for column in (Column.NUMBER, Column.CHANGED):
            wanted = self._column_widths[column]
            fits = shown >= wanted
            if fits:
                shown -= wanted
            if header.isSectionHidden(column) == fits:
                self.view.setColumnHidden(column, not fits)
                if fits:
                    header.resizeSection(column, wanted)

    def _visible_range(self) -> tuple[int, int]:
        """First and last proxy rows on screen ((0, -1) when none)."""
        count = self.proxy.rowCount()
        if count == 0 or not self.view.isVisible():
            return 0, -1
        first = self.view.rowAt(0)
        if first < 0:
            return 0, -1
        last = self.view.rowAt(max(0, self.view.viewport().height() - 1))
        if last < 0:
            last = count - 1
        return first, last

    def _maybe_fetch_more(self) -> None:
        """Ask for the next page when the end of the list is near (or on screen)."""
        if not self.model.canFetchMore(QModelIndex()) or self.model.loading:
            return
        count = self.proxy.rowCount()
        first, last = self._visible_range()
        screen = max(1, last - first + 1)
        if count == 0 or last >= count - 1 - PREFETCH_SCREENS * screen:
            self.model.fetchMore(QModelIndex())

    def _request_thumbnails(self) -> None:
        service = self._thumbnails
        company = self.model.company_xid
        if service is None or company is None:
            return
        self.delegate.set_device_pixel_ratio(self.view.devicePixelRatioF())
        edge = self.delegate.edge
        first, last = self._visible_range()
        visible: dict[int, int] = {}
        wanted: list[ArchiveFileLine] = []
        for row in range(first, last + 1):
            line = self.proxy.line_at(row)
            if line is None:
                continue
            visible[line.xid] = row
            if not self.images.has(key_for(company, line), edge):
                wanted.append(line)
        self._visible_rows = visible
        service.request(company, wanted, edge)

    def _thumbnail_arrived(self, thumbnail: Thumbnail) -> None:
        if thumbnail.key.company_xid != self.model.company_xid:
            return
        self.images.put(thumbnail)

    def _repaint_file(self, xid: int) -> None:
        row = self._visible_rows.get(xid)
        if row is None:
            return
        line = self.proxy.line_at(row)
        if line is not None and line.xid == xid:
            self.view.update(self.proxy.index(row, Column.NAME))
        else:
            self.view.viewport().update()

    # --- state and messages -----------------------------------------------------------------

    def _update_state(self, *_args: object) -> None:
        model = self.model
        if model.company_xid is None:
            state = self.STATE_IDLE
        elif model.error is not None and not model.loaded_once:
            state = self.STATE_ERROR
        elif not model.loaded_once:
            state = self.STATE_LOADING
        elif model.rowCount() == 0 and not model.has_more:
            state = self.STATE_EMPTY
        else:
            state = self.STATE_READY
        self._show_state(state)
        changed = state != self._state
        self._state = state
        self._update_status()
        self.filter_edit.setEnabled(
            state not in (self.STATE_IDLE, self.STATE_EMPTY, self.STATE_ERROR)
            or bool(self.filter_edit.text())
        )
        if changed:
            self.stateChanged.emit(state)

    def _show_state(self, state: str) -> None:
        retry = False
        if state == self.STATE_IDLE:
            self._set_message(self.tr("No company chosen"),
                              self.tr("Choose a company to see its inbox."))
        elif state == self.STATE_ERROR:
            self._set_message(
                self.tr("The inbox could not be loaded"),
                self.tr("Check the connection and try again.") + "\n\n" + (self.model.error or ""),
            )
            retry = True
        elif state == self.STATE_LOADING and not self._loading_timer.isActive():
            self._set_message(self.tr("Loading the inbox…"), "")
        elif state == self.STATE_EMPTY:
            self._set_message(
                self.tr("The inbox is empty"),
                self.tr("Documents you upload appear here. Drop files on the window or "
                        "choose Upload… (Ctrl+U)."),
            )
        else:
            if self.pages.currentWidget() is not self.view:
                had_focus = self.message.isAncestorOf(self.focusWidget()) if (
                    self.focusWidget() is not None) else False
                self.pages.setCurrentWidget(self.view)
                if had_focus:
                    self.view.setFocus()
            return
        self.retry_button.setVisible(retry)
        self.pages.setCurrentWidget(self.message)

    def _set_message(self, heading: str, text: str) -> None:
        self.message_heading.setText(heading)
        self.message_text.setText(text)
        self.message_text.setVisible(bool(text))
        self.message.setAccessibleName(heading)

    def _update_status(self) -> None:
        model = self.model
        locale = QLocale()
        if self._state in (self.STATE_IDLE, self.STATE_EMPTY) or not model.loaded_once:
            self.status.setText("")
            return
        loaded = model.rowCount()
        shown = self.proxy.rowCount()
        n_loaded = locale.toString(loaded)
        if model.error is not None:
            text = self.tr("Could not load more documents.") + (
                f' <a href="retry">{self.tr("Try again")}</a>'
            )
        elif model.loading_all:
            text = self.tr("Loading all documents to sort them… (%1 so far)").replace(
                "%1", n_loaded)
        elif self.proxy.filter_text and model.has_more:
            text = self.tr("Showing %1 of %2 loaded documents").replace(
                "%1", locale.toString(shown)).replace("%2", n_loaded)
        elif self.proxy.filter_text:
            text = self.tr("Showing %1 of %2 documents").replace(
                "%1", locale.toString(shown)).replace("%2", n_loaded)
        elif model.has_more:
            text = self.tr("Documents: %1 loaded, more as you scroll").replace("%1", n_loaded)
        else:
            text = self.tr("Documents: %1").replace("%1", n_loaded)
        self.status.setText(text)

"""The main window: company switcher, inbox | preview, uploads, menus and status bar.

The inbox, preview and upload panels are handed in (``Panels``) so the window does not
depend on how they work; until they are built, ``placeholder_panels()`` stands in. The
window only presents and forwards: what the user asks for (upload these files, zoom,
refresh, save as, sign out) leaves as signals, and what others report (upload
progress) comes in through slots.

Public API (for the integration):

    window = MainWindow(ctx, user, panels)
    signals: companyChanged(CompanyAndAccess | None), permissionsChanged(Permissions),
             filesDropped(list[Path]), filesPasted(list[Path]), imagePasted(QImage),
             filesChosen(list[Path]), saveAsRequested(), zoomInRequested(),
             zoomOutRequested(), zoomResetRequested(), refreshRequested(),
             filterRequested(), signOutRequested(), sessionRenewed(), languageChosen(str)
    slots:   set_upload_progress(done, total, text), show_message(text, msec),
             reload_companies(), refresh(), session_expired(), session_renewed(),
             set_user(user), choose_files(), paste(), show_shortcuts(), shutdown()
    state:   company, permissions, companies, panels, status (the StatusBar), selector,
             actions_ (by name: upload, paste, saveAs, signOut, quit, zoomIn, zoomOut,
             zoomReset, refresh, filter, shortcuts, about), menus ("file", "view", "help")
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.api import errors
from app.api.models import BaseUserData, CompaniesAndAccess, CompanyAndAccess
from ui.company_selector import CompanySelector, Permissions
from ui.context import AppContext, ConnectionState
from ui.error_messages import explain_error
from ui.shortcuts import ShortcutsDialog, sequences_for
from ui.status_bar import StatusBar
from ui.user_menu import AccessCodeDialog, UserButton, display_name

log = logging.getLogger(__name__)

__all__ = ["APP_TITLE", "MainWindow", "Panels", "PlaceholderPanel", "placeholder_panels"]

APP_TITLE = "Multi-Regnskab"
PROBE_INTERVAL_MS = 15_000

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def _takes_file_drops_itself(widget: QWidget | None) -> bool:
    """Whether ``widget`` or a widget around it wants dropped files for itself now (the
    registration panel attaches them), through its ``accepts_file_drops()``."""
    while widget is not None:
        accepts = getattr(widget, "accepts_file_drops", None)
        if callable(accepts):
            return bool(accepts())
        widget = widget.parentWidget()
    return False


# --- panels ------------------------------------------------------------------------------


class PlaceholderPanel(QFrame):
    """Stands in for a panel that is not plugged in yet."""

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        body = QLabel("…", self)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setStyleSheet("color: palette(mid); font-size: 24pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(body, 1)


class Panels:
    """The three work areas the window hosts.

    ``preview`` and ``uploads`` may be left out at first (None) and built later, after
    the inbox's first page is on screen: the window holds empty slots for them until
    ``MainWindow.install_panels`` puts them in; ``realize`` (when given) builds them at
    once when something asks for them earlier. ``attach`` (when given) is called with
    the new window to wire the panels to it; ``close`` stops their background work when
    the window goes away.
    """

    def __init__(
        self,
        inbox: QWidget,
        preview: QWidget | None = None,
        uploads: QWidget | None = None,
        *,
        attach: Callable[[MainWindow], None] | None = None,
        close: Callable[[], Awaitable[None]] | None = None,
        realize: Callable[[], None] | None = None,
    ) -> None:
        self.inbox = inbox
        self._preview = preview
        self._uploads = uploads
        self.attach = attach
        self.close = close
        self.realize = realize

    @property
    def complete(self) -> bool:
        return self._preview is not None and self._uploads is not None

    def _realized(self) -> None:
        if not self.complete and self.realize is not None:
            self.realize()
        if not self.complete:
            raise RuntimeError("the window's panels have not been built")

    @property
    def preview(self) -> QWidget:
        self._realized()
        assert self._preview is not None
        return self._preview

    @property
    def uploads(self) -> QWidget:
        self._realized()
        assert self._uploads is not None
        return self._uploads

    def peek(self) -> tuple[QWidget | None, QWidget | None]:
        """The preview and upload panels as they are now (None: not built yet)."""
        return self._preview, self._uploads

    def fill(self, preview: QWidget, uploads: QWidget) -> None:
        self._preview, self._uploads = preview, uploads


def _slot(object_name: str) -> QWidget:
    """An empty place in the window for a panel that is built a moment later."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


def placeholder_panels() -> Panels:
    return Panels(
        inbox=PlaceholderPanel("inboxPanel", QCoreApplication.translate("MainWindow", "Inbox")),
        preview=PlaceholderPanel(
            "previewPane", QCoreApplication.translate("MainWindow", "Preview")
        ),
        uploads=PlaceholderPanel(
            "uploadPanel", QCoreApplication.translate("MainWindow", "Uploads")
        ),
    )


# --- pages ---------------------------------------------------------------------------------


class _MessagePage(QWidget):
    """A centred explanation with an optional button (loading, no access, errors)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{object_name}Heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self)
        self.text.setObjectName(f"{object_name}Text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra = QHBoxLayout()
        self.extra.addStretch(1)
        self.extra_end = QHBoxLayout()
        box = QVBoxLayout()
        box.addWidget(self.heading)
        box.addSpacing(6)
        box.addWidget(self.text)
        box.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(self.extra)
        row.addStretch(1)
        box.addLayout(row)
        inner = QWidget(self)
        inner.setLayout(box)
        inner.setMaximumWidth(560)
        inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(inner, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def set_message(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)


class _NoAccessPage(_MessagePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("noCompaniesPage", parent)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("noCompaniesCode")
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Your access request code"))
        self.copy_button = QPushButton(self.tr("Copy code"), self)
        self.copy_button.setObjectName("noCompaniesCopyButton")
        self.copy_button.setAccessibleName(self.tr("Copy your access request code"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self._copy)
        self.refresh_button = QPushButton(self.tr("Check again"), self)
        self.refresh_button.setObjectName("noCompaniesRefreshButton")
        self.refresh_button.setAccessibleName(self.tr("Check again for companies"))
        self.extra.addWidget(self.code_label)
        self.extra.addSpacing(12)
        self.extra.addWidget(self.copy_button)
        self.extra.addWidget(self.refresh_button)
        self.set_message(
            self.tr("You do not have access to any company yet"),
            self.tr(
                "Your user is signed in, but no company has given you access to its documents. "
                "Give the code below to the company's administrator in Multi-Regnskab; once "
                "they have granted you access, choose “Check again”."
            ),
        )
        self.code = ""
        self.set_code("")

    def set_code(self, code: str, error: str = "") -> None:
        self.code = code
        if code:
            self.code_label.setText(code)
        else:
            self.code_label.setText(error or self.tr("Fetching your code…"))
        self.copy_button.setEnabled(bool(code))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)


class _PermissionBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permissionBanner")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Permissions in this company"))
        self.setStyleSheet(
            "QLabel#permissionBanner { background: #fff4ce; color: #4d3b00;"
            " border: 1px solid #e8d48b; border-radius: 4px; padding: 6px 10px; }"
        )
        self.hide()

    def set_reason(self, reason: str | None) -> None:
        self.setText(reason or "")
        self.setAccessibleDescription(reason or "")
        self.setVisible(bool(reason))


# --- the window ------------------------------------------------------------------------------


class MainWindow(QMainWindow):
    companyChanged = Signal(object)  # CompanyAndAccess | None
    permissionsChanged = Signal(object)  # Permissions
    filesDropped = Signal(list)  # list[Path]: dropped anywhere on the window
    filesPasted = Signal(list)  # list[Path]: Ctrl+V of files
    imagePasted = Signal(QImage)  # Ctrl+V of an image (e.g. a screenshot)
    filesChosen = Signal(list)  # list[Path]: File > Upload…
    saveAsRequested = Signal()
    zoomInRequested = Signal()
    zoomOutRequested = Signal()
    zoomResetRequested = Signal()
    refreshRequested = Signal()
    filterRequested = Signal()
    signOutRequested = Signal()
    sessionRenewed = Signal()  # signed in again after the session expired
    languageChosen = Signal(str)  # "da" / "en": applies at the next start

    PAGE_LOADING, PAGE_WORK, PAGE_NO_ACCESS, PAGE_ERROR = range(4)

    def __init__(
        self,
        ctx: AppContext,
        user: BaseUserData | None = None,
        panels: Panels | None = None,
        parent: QWidget | None = None,
        *,
        companies: asyncio.Future[CompaniesAndAccess] | None = None,
    ) -> None:
        """``companies``: the companies asked for already (at start-up, while the stored
        session was checked); when they are there, the window opens on the company at
        once instead of on an "Opening…" page that fetches them."""
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.panels = panels or placeholder_panels()
        self._companies: CompaniesAndAccess | None = None
        self._company: CompanyAndAccess | None = None
        self._permissions = Permissions.of(None)
        self._task_prefix = f"mainwindow-{id(self)}"
        self._closing = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_TITLE)
        self.setAccessibleName(self.tr("Multi-Regnskab main window"))
        self.setWindowIcon(QGuiApplication.windowIcon())

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.user_button = UserButton(self)
        self._build_toolbar()
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._set_tab_order()
        self._restore_layout()

        ctx.connection.stateChanged.connect(self._connection_changed)
        self.status.set_connection(str(ctx.connection.state))
        self.user_button.signOutRequested.connect(self.signOutRequested)
        self.user_button.accessCodeRequested.connect(self.show_access_code)
        self.user_button.signInAgainRequested.connect(ctx.guard.ask_again)
        self.selector.companyChanged.connect(self._company_selected)

        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_INTERVAL_MS)
        self._probe_timer.timeout.connect(self._probe_connection)

        self.setAcceptDrops(True)
        self._drop_window: QWindow | None = None  # whose drags eventFilter sees first
        self.set_user(user)
        if (companies is not None and companies.done() and not companies.cancelled()
                and companies.exception() is None):
            self._companies_loaded(companies.result())
        else:
            if companies is not None:
                companies.cancel()  # still on its way (or failed): asked again here
            self.reload_companies()

    # --- construction -----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Company"), self)
        bar.setObjectName("companyToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setAccessibleName(self.tr("Company toolbar"))
        label = QLabel(self.tr("&Company:"), bar)
        label.setContentsMargins(6, 0, 6, 0)
        self.selector = CompanySelector(bar)
        label.setBuddy(self.selector)
        self._selector_actions = [bar.addWidget(label), bar.addWidget(self.selector)]
        for action in self._selector_actions:
            action.setVisible(False)  # until there are companies to choose from
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.user_button.setParent(bar)
        bar.addWidget(self.user_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_central(self) -> None:
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("mainPages")

        self.loading_page = _MessagePage("loadingPage", self.pages)
        self.loading_page.set_message(self.tr("Opening…"), self.tr("Fetching your companies."))

        work = QWidget(self.pages)
        work.setObjectName("workspace")
        self.banner = _PermissionBanner(work)
        self.work_splitter = QSplitter(Qt.Orientation.Horizontal, work)
        self.work_splitter.setObjectName("workSplitter")
        self.work_splitter.setChildrenCollapsible(False)
        preview, uploads = self.panels.peek()
        # empty slots where the preview and upload panels come when they are built
        self._slots = {
            "preview": preview or _slot("previewSlot"),
            "uploads": uploads or _slot("uploadsSlot"),
        }
        self.work_splitter.addWidget(self.panels.inbox)
        self.work_splitter.addWidget(self._slots["preview"])
        self.work_splitter.setStretchFactor(0, 2)
        self.work_splitter.setStretchFactor(1, 3)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, work)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.work_splitter)
        self.main_splitter.addWidget(self._slots["uploads"])
        self.main_splitter.setStretchFactor(0, 4)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(0, False)
        # the documents (inbox, preview, booking) first; the bank, customers and products
        # come as further sections when they are plugged in (the tab bar shows from two)
        self.sections = QTabWidget(work)
        self.sections.setObjectName("sectionTabs")
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setDocumentMode(True)
        self.sections.tabBar().setAutoHide(True)
        self.sections.addTab(self.main_splitter, self.tr("Documents"))
        self._section_actions: list[QAction] = []
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(6, 6, 6, 0)
        work_layout.addWidget(self.banner)
        work_layout.addWidget(self.sections, 1)

        self.no_access_page = _NoAccessPage(self.pages)
        self.no_access_page.refresh_button.clicked.connect(self.reload_companies)

        self.error_page = _MessagePage("errorPage", self.pages)
        self.retry_button = QPushButton(self.tr("Try again"), self.error_page)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self.reload_companies)
        self.error_page.extra.addWidget(self.retry_button)

        for page in (self.loading_page, work, self.no_access_page, self.error_page):
            self.pages.addWidget(page)
        self.workspace = work
        self.setCentralWidget(self.pages)

    def _action(
        self, text: str, name: str, slot: object, shortcut: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        if shortcut is not None:
            action.setShortcuts(sequences_for(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_: dict[str, QAction] = {}
        a = self._action
        self.upload_action = a(
            self.tr("&Upload…"),
            "upload",
            self.choose_files,
            "upload",
            self.tr("Upload files to the inbox"),
        )
        self.paste_action = a(
            self.tr("Upload from clipboard"),
            "paste",
            self.paste,
            "paste",
            self.tr("Upload files or an image from the clipboard"),
        )
        self.save_as_action = a(
            self.tr("&Save as…"),
            "saveAs",
            self.saveAsRequested,
            "saveAs",
            self.tr("Save the shown document on this computer"),
        )
        self.sign_out_action = a(self.tr("Sign &out"), "signOut", self.signOutRequested)
        self.quit_action = a(self.tr("&Quit"), "quit", self._quit, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.zoom_in_action = a(self.tr("Zoom &in"), "zoomIn", self.zoomInRequested, "zoomIn")
        self.zoom_out_action = a(self.tr("Zoom &out"), "zoomOut", self.zoomOutRequested, "zoomOut")
        self.zoom_reset_action = a(
            self.tr("&Actual size"), "zoomReset", self.zoomResetRequested, "zoomReset"
        )
        self.refresh_action = a(self.tr("&Refresh"), "refresh", self.refresh, "refresh")
        self.filter_action = a(
            self.tr("&Filter…"),
            "filter",
            self.filterRequested,
            "filter",
            self.tr("Filter the inbox"),
        )
        self.shortcuts_action = a(
            self.tr("&Keyboard shortcuts"), "shortcuts", self.show_shortcuts, "shortcuts"
        )
        self.about_action = a(self.tr("&About Multi-Regnskab Desktop"), "about", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._set_document_actions(False)  # fmt: skip

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.upload_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.filter_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = QAction(name, group)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.ctx.language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            language_menu.addAction(action)

        self.sections_menu = bar.addMenu(self.tr("&Go"))
        self.sections_menu.setObjectName("sectionsMenu")
        self.sections_menu.menuAction().setVisible(False)  # until there are sections

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.menus = {"file": file_menu, "view": view_menu, "help": help_menu}

    def _set_tab_order(self) -> None:
        chain = [
            self.selector,
            self.user_button,
            self.panels.inbox,
            self._slots["preview"],
            self._slots["uploads"],
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        for name, splitter in (("main", self.main_splitter), ("work", self.work_splitter)):
            state = settings.splitter_state(name)
            if state is None or not splitter.restoreState(state):
                if name == "main":
                    splitter.setSizes([600, 160])
                else:
                    splitter.setSizes([480, 720])

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.set_window_geometry(self.saveGeometry())
        settings.set_splitter_state("main", self.main_splitter.saveState())
        settings.set_splitter_state("work", self.work_splitter.saveState())
        settings.sync()

    # --- panels built after the window ------------------------------------------------------

    def install_panels(self, preview: QWidget, uploads: QWidget) -> None:
        """Put the preview and upload panels in their slots (they were built after the
        window, so that the inbox could be on screen sooner)."""
        for name, widget, splitter in (
            ("preview", preview, self.work_splitter),
            ("uploads", uploads, self.main_splitter),
        ):
            old = self._slots[name]
            if old is widget:
                continue
            splitter.replaceWidget(splitter.indexOf(old), widget)
            old.hide()
            old.deleteLater()
            self._slots[name] = widget
        self.panels.fill(preview, uploads)
        self._set_tab_order()

    def add_section(self, widget: QWidget, title: str) -> QAction:
        """A further section (a tab beside the documents), reachable with Ctrl+<n>."""
        index = self.sections.addTab(widget, title)
        action = QAction(title, self)
        action.setObjectName(f"section{index}Action")
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, w=widget: self.show_section(w))
        self.addAction(action)
        if not self._section_actions:
            documents = QAction(self.sections.tabText(0), self)
            documents.setObjectName("section0Action")
            documents.setShortcut(QKeySequence("Ctrl+1"))
            documents.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            documents.triggered.connect(lambda _checked=False: self.show_section(None))
            self.addAction(documents)
            self._section_actions.append(documents)
            self.sections_menu.addAction(documents)
            self.sections_menu.menuAction().setVisible(True)
        self._section_actions.append(action)
        self.sections_menu.addAction(action)
        return action

    def show_section(self, widget: QWidget | None) -> None:
        """Show a section (None: the documents)."""
        if widget is None:
            self.sections.setCurrentIndex(0)
        else:
            self.sections.setCurrentWidget(widget)

    # --- state --------------------------------------------------------------------------------

    @property
    def company(self) -> CompanyAndAccess | None:
        return self._company

    @property
    def permissions(self) -> Permissions:
        return self._permissions

    @property
    def companies(self) -> CompaniesAndAccess | None:
        return self._companies

    def current_page(self) -> int:
        return self.pages.currentIndex()

    # --- slots for others ---------------------------------------------------------------------

    @Slot(int, int, str)
    def set_upload_progress(self, done: int, total: int, text: str = "") -> None:
        """The upload panel reports progress here (see StatusBar.set_upload_progress)."""
        self.status.set_upload_progress(done, total, text)

    @Slot(str, int)
    def show_message(self, text: str, msec: int = 5000) -> None:
        self.status.showMessage(text, msec)

    def set_user(self, user: BaseUserData | None) -> None:
        self.user = user
        fallback = self.ctx.user_name or ""
        self.user_button.set_user(user, fallback)
        self.status.set_user(display_name(user, fallback), (user.user_name if user else "") or "")

    @Slot()
    def reload_companies(self) -> None:
        """Fetch the companies (start, F5, "Try again"); keeps the selection if it can."""
        if self._companies is None:
            self.pages.setCurrentIndex(self.PAGE_LOADING)
        self.ctx.tasks.preempt(
            f"{self._task_prefix}-companies",
            self.ctx.guard.call(self.ctx.api.companies),
            on_done=self._companies_loaded,
            on_error=self._companies_failed,
        )
        if self.user is None:
            self.ctx.tasks.preempt(
                f"{self._task_prefix}-user",
                self.ctx.guard.call(self.ctx.api.get_user),
                on_done=self.set_user,
                on_error=lambda exc: log.info("could not fetch the user: %s", exc),
            )

    @Slot()
    def refresh(self) -> None:
        self.reload_companies()
        self.refreshRequested.emit()

    @Slot()
    def session_expired(self) -> None:
        """The session ended and the user has not signed in again (yet)."""
        self.user_button.set_session_expired(True)
        self.status.showMessage(self.tr("Signed out: sign in again to continue."))

    @Slot()
    def session_renewed(self) -> None:
        self.user_button.set_session_expired(False)
        self.status.showMessage(self.tr("Signed in again."), 4000)
        self.sessionRenewed.emit()

    # --- companies ------------------------------------------------------------------------------

    def _companies_loaded(self, companies: CompaniesAndAccess) -> None:
        self._companies = companies
        has_companies = bool(companies.companies_and_access_list)
        for action in self._selector_actions:
            action.setVisible(has_companies)
        if not has_companies:
            self._set_company(None)
            self.pages.setCurrentIndex(self.PAGE_NO_ACCESS)
            self.no_access_page.refresh_button.setFocus()
            self._fetch_access_code_for_page()
            return
        preferred = None
        if self.ctx.user_name:
            preferred = self.ctx.settings.last_company(self.ctx.server, self.ctx.user_name)
        if self._company is not None:
            preferred = self._company.xid
        chosen = self.selector.set_companies(companies, preferred)
        self.pages.setCurrentIndex(self.PAGE_WORK)
        if chosen is not None and chosen != self._company:
            self._set_company(chosen)

    def _companies_failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.TransportError):
            self.ctx.connection.report_gave_up()
        message = explain_error(exc)
        if not isinstance(exc, errors.ApiError):
            log.error("loading the companies failed", exc_info=exc)
        if self._companies is not None:
            # keep the work on screen; say what happened
            self.status.showMessage(message, 10_000)
            return
        self.error_page.set_message(self.tr("Your companies could not be fetched"), message)
        self.pages.setCurrentIndex(self.PAGE_ERROR)

    def _company_selected(self, company: CompanyAndAccess) -> None:
        if company != self._company:
            self._set_company(company)

    def _set_company(self, company: CompanyAndAccess | None) -> None:
        self._company = company
        self._permissions = Permissions.of(company)
        reason = self._permissions.reason()
        self.banner.set_reason(reason)
        self.status.set_company(company)
        self.setWindowTitle(f"{company.name} — {APP_TITLE}" if company else APP_TITLE)
        self._set_document_actions(company is not None)
        if company is not None and self.ctx.user_name:
            self.ctx.settings.set_last_company(self.ctx.server, self.ctx.user_name, company.xid)
        self.companyChanged.emit(company)
        self.permissionsChanged.emit(self._permissions)

    def _set_document_actions(self, have_company: bool) -> None:
        perms = self._permissions
        self.upload_action.setEnabled(have_company and perms.can_add)
        self.paste_action.setEnabled(have_company and perms.can_add)
        reason = perms.reason() if have_company else None
        tips = {
            self.upload_action: self.tr("Upload files to the inbox"),
            self.paste_action: self.tr("Upload files or an image from the clipboard"),
        }
        for action, tip in tips.items():
            shown = reason if (not action.isEnabled() and reason) else tip
            action.setToolTip(shown)
            action.setStatusTip(shown)

    # --- access request code -----------------------------------------------------------------

    @Slot()
    def show_access_code(self) -> None:
        dialog = AccessCodeDialog("", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.access_code_dialog = dialog
        dialog.open()
        self.ctx.tasks.preempt(
            f"{self._task_prefix}-access-code",
            self.ctx.guard.call(self.ctx.api.access_request),
            on_done=lambda code: _if_alive(dialog, lambda: dialog.set_code(code)),
            on_error=lambda exc: _if_alive(dialog, lambda: dialog.set_error(explain_error(exc))),
        )

    def _fetch_access_code_for_page(self) -> None:
        page = self.no_access_page
        if page.code:
            return
        self.ctx.tasks.preempt(
            f"{self._task_prefix}-access-code-page",
            self.ctx.guard.call(self.ctx.api.access_request),
            on_done=page.set_code,
            on_error=lambda exc: page.set_code("", explain_error(exc)),
        )

    # --- files in: upload dialog, drops, paste ---------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        if not self._can_upload():
            return
        from PySide6.QtWidgets import QFileDialog  # its Python type is slow to set up

        dialog = QFileDialog(self, self.tr("Upload files"))
        dialog.setObjectName("uploadFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda files: self.filesChosen.emit([Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()

    @Slot()
    def paste(self) -> None:
        if not self._can_upload():
            return
        mime = QGuiApplication.clipboard().mimeData()
        paths = _local_paths(mime.urls()) if mime is not None and mime.hasUrls() else []
        if paths:
            self.filesPasted.emit(paths)
            return
        if mime is not None and mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                self.imagePasted.emit(image)
                return
        self.status.showMessage(self.tr("The clipboard holds no files or image to upload."), 5000)

    def _can_upload(self) -> bool:
        if self._company is None:
            self.status.showMessage(self.tr("Choose a company first."), 5000)
            return False
        if not self._permissions.can_add:
            self.status.showMessage(self._permissions.reason() or "", 8000)
            return False
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._route_drops()

    def _route_drops(self) -> None:
        """Handle file drops anywhere on the window, whatever widget is under them.

        A drop from the desktop reaches the window's QWindow before Qt hands it to the
        widget under the cursor (a text field would take the file's path as text, a list
        would refuse it), so one filter there sees every drop on the window, including
        on widgets added later, and no widget needs a filter of its own. A widget that
        takes dropped files itself (the registration panel, which attaches them) gets
        them as usual."""
        handle = self.windowHandle()
        if handle is None or handle is self._drop_window:
            return
        if self._drop_window is not None:
            self._drop_window.removeEventFilter(self)
        handle.installEventFilter(self)
        self._drop_window = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._drop_window and event.type() in _DRAG_EVENTS
                and isinstance(event, QDropEvent)):
            if _takes_file_drops_itself(self.childAt(event.position().toPoint())):
                return False
            return self._handle_drag(event)
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._handle_drag(event)

    def dragMoveEvent(self, event: QDropEvent) -> None:  # type: ignore[override]
        self._handle_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._handle_drag(event)

    def _handle_drag(self, event: QDropEvent) -> bool:
        """Accept files from outside the program; True when the event was handled here."""
        mime = event.mimeData()
        if event.source() is not None or mime is None or not mime.hasUrls():
            return False  # a drag inside the program, or not files: leave it to the widget
        paths = _local_paths(mime.urls())
        if not paths:
            return False
        if event.type() == QEvent.Type.Drop:
            if self._can_upload():
                event.acceptProposedAction()
                self.filesDropped.emit(paths)
            else:
                event.ignore()
            return True
        if self._company is not None and self._permissions.can_add:
            event.acceptProposedAction()
        else:
            event.ignore()
            if event.type() == QEvent.Type.DragEnter:
                self.status.showMessage(
                    self._permissions.reason() or self.tr("Choose a company first."), 5000
                )
        return True

    # --- dialogs ------------------------------------------------------------------------------

    @Slot()
    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    @Slot()
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its Python type is slow to set up

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Multi-Regnskab Desktop"))
        box.setIconPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            "<b>Multi-Regnskab Desktop</b> "
            + _version()
            + "<br><br>"
            + self.tr(
                "File receipts and invoices into Multi-Regnskab: browse the inbox, preview "
                "documents and upload files by dropping them on the window."
            )
            + "<br><br>"
            + self.tr("Server: {server}").format(server=self.ctx.server)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    def _choose_language(self, lang: str) -> None:
        self.ctx.settings.language = lang
        self.languageChosen.emit(lang)
        if lang != self.ctx.language:
            self.status.showMessage(
                self.tr("The language changes the next time the program starts."), 8000
            )

    # --- connection ------------------------------------------------------------------------------

    def _connection_changed(self, state: str) -> None:
        self.status.set_connection(state)
        if state == ConnectionState.OFFLINE:
            if not self._probe_timer.isActive():
                self._probe_timer.start()
        elif state == ConnectionState.ONLINE:
            self._probe_timer.stop()
            if self.pages.currentIndex() == self.PAGE_ERROR and not self._closing:
                self.reload_companies()

    def _probe_connection(self) -> None:
        self.ctx.connection.report_probing()
        self.ctx.tasks.preempt(
            f"{self._task_prefix}-probe",
            self.ctx.api.get_user(),
            on_done=lambda _user: None,
            on_error=lambda exc: (
                self.ctx.connection.report_gave_up()
                if isinstance(exc, errors.TransportError)
                else None
            ),
        )

    # --- closing ---------------------------------------------------------------------------------

    def _quit(self) -> None:
        self.close()

    def shutdown(self) -> None:
        """Stop this window's background work (before closing it for good)."""
        self._closing = True
        self._probe_timer.stop()
        for name in ("companies", "user", "access-code", "access-code-page", "probe"):
            self.ctx.tasks.cancel(f"{self._task_prefix}-{name}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)


def _local_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def _if_alive(widget: QWidget, fn: object) -> None:
    from shiboken6 import isValid

    if isValid(widget) and callable(fn):
        fn()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("multiregnskab-desktop")
    except PackageNotFoundError:
        return ""

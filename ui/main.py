"""Start the desktop program: ``mr-desktop [--server URL] [--demo] [--lang da|en]``.

``main()`` parses the command line and runs ``run_app`` on the qasync loop
(``ui.asyncloop``). ``Shell`` owns the windows of a run: it restores a stored session or
shows the sign-in dialog, opens the main window, asks for the password again when the
session expires (keeping the window), and goes back to the sign-in dialog after signing
out. ``--demo`` starts the embedded sandbox with the demo data in the per-user data
folder and signs in as the demo user.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.api import PRODUCTION_URL, ApiClient, MemoryTokenStore, TokenStore, errors
from app.api.http import check_base_url
from app.api.models import BaseUserData, CompaniesAndAccess
from app.paths import AppPaths
from app.tasks import Tasks
from app.uploads.store import StoreLocked
from ui import i18n
from ui.context import AppContext, ConnectionMonitor, Settings, make_api
from ui.inbox_model import FIRST_PAGE_SIZE
from ui.main_window import MainWindow, Panels, placeholder_panels
from ui.splash import StartupSplash

if TYPE_CHECKING:
    from ui.login_dialog import LoginDialog
    from ui.workspace import AppServices

log = logging.getLogger(__name__)

__all__ = ["DEMO_PASSWORD", "DEMO_USER", "Shell", "app_icon", "main", "parse_args", "run_app"]

ORGANIZATION = "MultiRegnskab"
APPLICATION = "Multi-Regnskab Desktop"
DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"

PanelFactory = Callable[[AppContext], Panels]
# at start-up, how long the window waits for the companies and the first inbox page asked
# for with the session check before it opens anyway (then it asks for the companies
# again, and the inbox shows its page when it comes)
COMPANIES_WAIT_S = 0.2


def make_panels(ctx: AppContext) -> Panels:
    """The inbox, preview and upload panels of a new main window (one set per window).

    Without the run's services (a bare context in a test of the shell alone), the window
    gets placeholders.
    """
    if ctx.services is None:
        return placeholder_panels()
    from ui.workspace import Workspace  # the panels import Qt models, caches, renderers

    workspace = Workspace(ctx, ctx.services)
    panels = workspace.panels()
    panels.attach = workspace.attach
    panels.close = workspace.close
    return panels


def icons_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "icons"
    return Path(__file__).resolve().parent.parent / "icons"


def app_icon() -> QIcon:
    """The program's icon from icons/: the PNG sizes, 16 to 1024 pixels, which cover
    every size a desktop asks for. (The SVG beside them is for packaging: adding it here
    would load Qt's SVG icon engine, ~1.3 ms, at every start.)"""
    icon = QIcon()
    for png in sorted(icons_dir().glob("mr-desktop-*.png")):
        icon.addFile(str(png))
    return icon


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="mr-desktop", description="Multi-Regnskab Desktop: file receipts and invoices."
    )
    parser.add_argument("--server", help="API base URL (default: the last used, or production)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against a local demo sandbox with demo data, signed in as the demo user",
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    return parser.parse_args(argv)


class Shell(QObject):
    """The windows of one run: sign-in dialog, main window, re-sign-in on expiry."""

    finished = Signal()  # the user quit from the sign-in dialog

    def __init__(
        self,
        ctx: AppContext,
        token_store: TokenStore,
        *,
        panels: PanelFactory | None = None,
        server_error: str | None = None,
        start_wait_s: float = COMPANIES_WAIT_S,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.start_wait_s = start_wait_s
        self.token_store = token_store
        self.panel_factory = panels or make_panels
        self.window: MainWindow | None = None
        self.panels: Panels | None = None
        self.login_dialog: LoginDialog | None = None
        self.user: BaseUserData | None = None
        self._user_name: str | None = None
        self._remember = ctx.settings.stay_signed_in
        self._server_error = server_error
        ctx.guard.prompt = self._prompt_sign_in_again
        ctx.attach_guard()

    # --- start -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Restore the stored session, or ask the user to sign in.

        The companies, and the first inbox page of the company open last time, are
        asked for while the session is checked (GET /user), so the window opens on the
        company with its documents rather than on pages that fetch them first."""
        if self._server_error is None:
            api = self.ctx.api
            companies: asyncio.Future[CompaniesAndAccess] | None = None
            early: list[asyncio.Future[Any]] = []
            try:
                if await api.session.restore() is None:
                    user = None
                else:
                    companies = self.ctx.tasks.start(
                        api.companies(),
                        name="start-companies",
                        on_error=lambda _exc: None,  # the window asks again itself
                    )
                    early = [companies, *self._ask_for_first_page()]
                    user = await api.get_user()
            except errors.SessionExpired:
                user = None
            except errors.ApiError as exc:
                if companies is not None:
                    companies.cancel()
                self.ctx.first_pages.cancel()
                if api.session.signed_in:
                    # tokens are stored but the server cannot confirm them now: open the
                    # window anyway; it shows the problem and retries
                    log.info("stored session not checked: %s", type(exc).__name__)
                    self.ctx.connection.report_gave_up()
                    self._signed_in(None)
                    return
                user = None
            if user is not None:
                pending = [future for future in early if not future.done()]
                if pending:
                    await asyncio.wait(pending, timeout=self.start_wait_s)
                self._signed_in(user, companies=companies)
                return
            if companies is not None:
                companies.cancel()
            self.ctx.first_pages.cancel()
        self.show_sign_in()

    def _ask_for_first_page(self) -> list[asyncio.Future[Any]]:
        """Ask for the first inbox page of the company the user had open last time."""
        user_name = self.ctx.user_name
        if not user_name:
            return []
        company_xid = self.ctx.settings.last_company(self.ctx.server, user_name)
        if company_xid is None:
            return []
        return [self.ctx.first_pages.start(self.ctx.api, company_xid, FIRST_PAGE_SIZE)]

    async def start_signed_in(self, user_name: str, password: str) -> None:
        """Sign in without asking (the demo)."""
        await self.ctx.api.login(user_name, password, remember=False)
        user = await self.ctx.api.get_user()
        self._signed_in(user)

    # --- signing in ------------------------------------------------------------------------

    def show_sign_in(self, error: str | None = None) -> LoginDialog:
        from ui.error_messages import explain_error
        from ui.login_dialog import LoginDialog  # not needed at most starts

        server = self.ctx.settings.last_server or self.ctx.server
        if self._server_error is not None:
            server = self._server_error
        dialog = LoginDialog(
            self._sign_in,
            self.ctx.tasks,
            server=server,
            user_name=self._user_name or self.ctx.settings.last_user or "",
            stay_signed_in=self.ctx.settings.stay_signed_in,
            can_stay_signed_in=self.token_store.persistent,
            stay_unavailable_reason=getattr(self.token_store, "unavailable_reason", None),
        )
        if self._server_error is not None:
            dialog.advanced_button.setChecked(True)
            dialog.show_error(explain_error(ValueError(self._server_error)))
            self._server_error = None
        elif error:
            dialog.show_error(error)
        dialog.signedIn.connect(self._signed_in)
        dialog.rejected.connect(self._sign_in_cancelled)
        self.login_dialog = dialog
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    async def _sign_in(
        self, server: str, user_name: str, password: str, remember: bool
    ) -> BaseUserData:
        api = self._api_for(server)  # ValueError for a bad address
        await api.login(user_name, password, remember=remember)
        user = await api.get_user()
        self._remember = remember
        settings = self.ctx.settings
        settings.last_server = api.base_url
        settings.last_user = user_name
        if self.token_store.persistent:
            settings.stay_signed_in = remember
        return user

    def _api_for(self, server: str) -> Any:
        url = check_base_url(server)
        if url == self.ctx.api.base_url:
            return self.ctx.api
        old = self.ctx.api
        self.ctx.api = make_api(url, self.token_store, self.ctx.connection)
        self.ctx.attach_guard()
        self.ctx.tasks.start(old.aclose(), name="close-old-api")
        return self.ctx.api

    def _signed_in(
        self,
        user: BaseUserData | None,
        *,
        companies: asyncio.Future[CompaniesAndAccess] | None = None,
    ) -> None:
        self.user = user
        self._user_name = (user.user_name if user else None) or self.ctx.user_name
        self.ctx.guard.enabled = True
        panels = self.panel_factory(self.ctx)
        window = MainWindow(self.ctx, user, panels, companies=companies)
        if panels.attach is not None:
            panels.attach(window)
        window.signOutRequested.connect(self.sign_out)
        self.window = window
        self.panels = panels
        window.show()
        if self.login_dialog is not None:
            dialog, self.login_dialog = self.login_dialog, None
            dialog.rejected.disconnect(self._sign_in_cancelled)
            dialog.close()
            dialog.deleteLater()

    def _sign_in_cancelled(self) -> None:
        self.login_dialog = None
        if self.window is None:
            self.finished.emit()

    # --- session expired --------------------------------------------------------------------

    def _prompt_sign_in_again(self) -> None:
        """The session expired: ask for the password on top of the window, keep everything."""
        window = self.window
        if window is None:
            return
        if self.login_dialog is not None:
            return
        log.info("session expired; asking for the password again")
        from ui.login_dialog import LoginDialog

        dialog = LoginDialog(
            self._sign_in_again,
            self.ctx.tasks,
            server=self.ctx.server,
            user_name=self._user_name or self.ctx.settings.last_user or "",
            reauth=True,
            parent=window,
        )
        dialog.signedIn.connect(self._signed_in_again)
        dialog.rejected.connect(self._sign_in_again_cancelled)
        self.login_dialog = dialog
        window.session_expired()
        dialog.open()

    async def _sign_in_again(
        self, server: str, user_name: str, password: str, remember: bool
    ) -> BaseUserData:
        await self.ctx.api.login(user_name, password, remember=self._remember)
        return await self.ctx.api.get_user()

    def _signed_in_again(self, user: BaseUserData) -> None:
        self.login_dialog = None
        self.user = user
        if self.window is not None:
            self.window.set_user(user)
            self.window.session_renewed()
        self.ctx.guard.renewed()

    def _sign_in_again_cancelled(self) -> None:
        self.login_dialog = None
        if self.window is not None:
            self.window.session_expired()

    # --- signing out -------------------------------------------------------------------------

    def sign_out(self) -> None:
        self.ctx.guard.enabled = False
        self.ctx.guard.abandon()
        self.ctx.tasks.start(
            self._sign_out(),
            name="sign-out",
            on_done=lambda _none: self._signed_out(),
            on_error=lambda exc: self._signed_out(),
        )

    async def _sign_out(self) -> None:
        # the window's uploads and loads stop first, so none of them fails on the
        # revoked tokens; queued uploads stay in the queue for the next sign-in
        panels, self.panels = self.panels, None
        if panels is not None and panels.close is not None:
            await panels.close()
        self.ctx.first_pages.cancel()
        await self.ctx.api.logout()

    def _signed_out(self) -> None:
        log.info("signed out")
        self.user = None
        window, self.window = self.window, None
        self.show_sign_in()
        if window is not None:
            window.shutdown()
            window.close()
            window.deleteLater()

    async def close(self) -> None:
        if self.window is not None:
            self.window.shutdown()
        if self.panels is not None and self.panels.close is not None:
            await self.panels.close()
        self.ctx.first_pages.cancel()
        await self.ctx.tasks.close()
        await self.ctx.api.aclose()


# --- the program ------------------------------------------------------------------------


class GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector, run only on the GUI thread.

    Automatic collection runs on whichever thread happens to allocate: a worker of
    asyncio.to_thread, or the demo sandbox's server thread. A Qt object that sits in a
    reference cycle would then be destroyed on that thread, where Qt cannot stop its
    timers, and the next timer event crashes the program. So automatic collection is
    switched off and this timer collects on the GUI thread instead, by the same
    thresholds the interpreter uses.
    """

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def _setup_app(app: QApplication) -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain("multiregnskab.dk")
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Multi-Regnskab")
    QGuiApplication.setDesktopFileName("mr-desktop")
    app.setWindowIcon(app_icon())


def _create_services(paths: AppPaths) -> AppServices:
    from ui.workspace import AppServices  # imports the panels' services

    return AppServices.create(paths)


def _already_running(paths: AppPaths) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        None,
        QCoreApplication.translate("Startup", "Multi-Regnskab Desktop"),
        QCoreApplication.translate(
            "Startup",
            "Multi-Regnskab Desktop is already running for this user. "
            "Use the window that is already open.",
        ),
    )


async def _start_demo_sandbox(paths: AppPaths) -> Any:
    from app.sandbox.server import SandboxServer  # only the demo needs the sandbox

    server = SandboxServer(data_dir=paths.data_dir / "demo-sandbox", seed="demo")
    await asyncio.to_thread(server.start)
    log.info("demo sandbox at %s (data in %s)", server.base_url, server.data_dir)
    return server


def _client_for(
    server: str, token_store: TokenStore, monitor: ConnectionMonitor
) -> tuple[ApiClient, str | None]:
    """The API client for ``server``; for an invalid address, one for production and
    the address to complain about."""
    try:
        return make_api(server, token_store, monitor), None
    except ValueError:
        return make_api(PRODUCTION_URL, token_store, monitor), server


def _keyring_and_client(
    server: str, monitor: ConnectionMonitor
) -> tuple[TokenStore, ApiClient, str | None]:
    from app.api import KeyringTokenStore  # imports keyring: slow

    token_store = KeyringTokenStore()
    return (token_store, *_client_for(server, token_store, monitor))


async def run_app(app: QApplication, args: argparse.Namespace) -> int:
    _setup_app(app)
    collector = GuiThreadGarbageCollector(parent=app)
    settings = Settings(QSettings())
    lang = i18n.choose_language(args.lang, settings.language)
    i18n.install(lang, app)
    # a few folders that exist after the first run: some 0.1 ms here, where a trip to a
    # worker thread and back costs ~5 ms of the start (the event loop has to wake up)
    paths = AppPaths.for_user().ensure()
    monitor = ConnectionMonitor()
    tasks = Tasks()
    sandbox: Any = None
    # The program ends when its last window closes, the sign-in is cancelled, or Qt is
    # asked to quit. Qt must not stop the loop on its own: the cleanup below (stopping
    # the demo sandbox, closing connections) needs it, so run_app returns and only then
    # does the loop end.
    app.setQuitOnLastWindowClosed(False)
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def finish() -> None:
        if not done.done():
            done.set_result(None)

    app.lastWindowClosed.connect(finish)
    app.aboutToQuit.connect(finish)

    # The keyring and the HTTP client (which loads the TLS certificates) are slow to set
    # up: a worker thread makes both while the services are made here.
    connecting: asyncio.Future[tuple[TokenStore, ApiClient, str | None]] | None = None
    if not args.demo:
        server = args.server or settings.last_server or PRODUCTION_URL
        # submitted now (a to_thread task would only start at the next await)
        connecting = asyncio.get_running_loop().run_in_executor(
            None, _keyring_and_client, server, monitor
        )
    # something on screen if making the demo data or checking the session takes a while
    splash = StartupSplash(
        QCoreApplication.translate("Startup", "Starting the demo…")
        if args.demo
        else QCoreApplication.translate("Startup", "Opening Multi-Regnskab…"),
        app.windowIcon(),
    )
    if args.demo:
        # the demo keeps its own queue and caches: a demo upload must never reach a
        # real server whose company happens to have the same number
        paths = AppPaths(paths.data_dir / "demo", paths.cache_dir / "demo").ensure()
    try:
        services = _create_services(paths)  # SQLite: opened on the thread that uses it
    except StoreLocked:
        splash.close()
        if connecting is not None:
            await (await connecting)[1].aclose()
        _already_running(paths)
        return 1
    if connecting is not None:
        token_store, api, server_error = await connecting
    else:
        sandbox = await _start_demo_sandbox(paths)
        token_store = MemoryTokenStore()
        api, server_error = await asyncio.to_thread(
            _client_for, sandbox.base_url, token_store, monitor
        )
    ctx = AppContext(
        api=api,
        paths=paths,
        tasks=tasks,
        settings=settings,
        connection=monitor,
        language=lang,
        demo=bool(args.demo),
        services=services,
        demo_sandbox=sandbox,
    )
    shell = Shell(ctx, token_store, panels=make_panels, server_error=server_error)
    shell.finished.connect(finish)
    try:
        try:
            if args.demo:
                try:
                    await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
                except errors.ApiError as exc:
                    from ui.error_messages import explain_error

                    shell.show_sign_in(explain_error(exc))
            else:
                await shell.start()
        finally:
            splash.close()
        await done
    finally:
        settings.sync()
        await shell.close()
        await services.close()
        if sandbox is not None:
            await asyncio.to_thread(sandbox.stop)
        collector.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from ui.asyncloop import run

    return run(lambda app: run_app(app, args), [sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main())

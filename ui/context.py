"""The services a window needs, handed to it in one object: ``AppContext``.

Widgets receive an ``AppContext`` through their constructor and use only what is in it:
the API client, the per-user folders, the task helper, the settings, the connection
monitor and the session guard. Nothing here knows about a particular window.

- ``Settings``: typed access to QSettings (last server, language, window geometry,
  splitter state, the company last opened per user).
- ``ConnectionMonitor``: online / reconnecting / offline, from the outcome of real API
  calls (``MonitoringTransport`` sees every request the ApiClient sends).
- ``SessionGuard``: when the session can no longer be refreshed, one prompt asks for the
  password again; calls made through ``guard.call`` wait for it and then continue.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import msgspec
from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.api import ApiClient, RetryPolicy, TokenStore, errors
from app.inbox import FirstPages
from app.paths import AppPaths
from app.tasks import Tasks

if TYPE_CHECKING:
    from ui.workspace import AppServices

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = [
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "AppContext",
    "ConnectionMonitor",
    "ConnectionState",
    "MonitoringTransport",
    "SessionGuard",
    "Settings",
    "make_api",
]

# Interactive use: a dead server should be reported within seconds, not minutes.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_RETRY = RetryPolicy(attempts=3, base_delay=0.25, max_delay=2.0)


# --- settings ------------------------------------------------------------------------


class Settings:
    """The program's remembered choices, in QSettings (never a secret)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def _str(self, key: str) -> str | None:
        value = self.qsettings.value(key)
        return str(value) if value not in (None, "") else None

    @property
    def last_server(self) -> str | None:
        return self._str("server/last")

    @last_server.setter
    def last_server(self, url: str | None) -> None:
        self._set("server/last", url)

    @property
    def last_user(self) -> str | None:
        return self._str("server/lastUser")

    @last_user.setter
    def last_user(self, user_name: str | None) -> None:
        self._set("server/lastUser", user_name)

    @property
    def language(self) -> str | None:
        value = self._str("ui/language")
        return value if value in ("da", "en") else None

    @language.setter
    def language(self, lang: str | None) -> None:
        self._set("ui/language", lang)

    @property
    def stay_signed_in(self) -> bool:
        value = self.qsettings.value("server/staySignedIn", True)
        return value in (True, "true", "1", 1)

    @stay_signed_in.setter
    def stay_signed_in(self, on: bool) -> None:
        self.qsettings.setValue("server/staySignedIn", bool(on))

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, data: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter/{name}")

    def set_splitter_state(self, name: str, data: QByteArray) -> None:
        self.qsettings.setValue(f"window/splitter/{name}", data)

    def last_company(self, server: str, user_name: str) -> int | None:
        value = self.qsettings.value(self._company_key(server, user_name))
        try:
            return int(str(value)) if value not in (None, "") else None
        except ValueError:
            return None

    def set_last_company(self, server: str, user_name: str, xid: int) -> None:
        self.qsettings.setValue(self._company_key(server, user_name), int(xid))

    def sync(self) -> None:
        self.qsettings.sync()

    @staticmethod
    def _company_key(server: str, user_name: str) -> str:
        # QSettings keys must not contain "/" from the URL nor be case-sensitive on Windows
        raw = f"{server}|{user_name.lower()}"
        safe = "".join(ch if ch.isalnum() else "_" for ch in raw)
        return f"companies/{safe}"

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def _set(self, key: str, value: Any) -> None:
        if value is None:
            self.qsettings.remove(key)
        else:
            self.qsettings.setValue(key, value)


# --- connection state ------------------------------------------------------------------


class ConnectionState(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


class ConnectionMonitor(QObject):
    """The connection state as the API calls experience it.

    A response of any status means the server is reachable (online). A transport
    failure makes the state "reconnecting" while the client retries; ``offline_after``
    failures in a row, or a call that gave up (``report_gave_up``), make it "offline".
    """

    stateChanged = Signal(str)  # a ConnectionState value

    def __init__(self, offline_after: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.offline_after = offline_after
        self._state = ConnectionState.UNKNOWN
        self._failures = 0

    @property
    def state(self) -> ConnectionState:
        return self._state

    def report_response(self) -> None:
        self._failures = 0
        self._set(ConnectionState.ONLINE)

    def report_failure(self) -> None:
        self._failures += 1
        if self._failures >= self.offline_after:
            self._set(ConnectionState.OFFLINE)
        else:
            self._set(ConnectionState.RECONNECTING)

    def report_gave_up(self) -> None:
        """A call failed for good on the network (after its retries)."""
        self._failures = max(self._failures, self.offline_after)
        self._set(ConnectionState.OFFLINE)

    def report_probing(self) -> None:
        """A check for the lost connection is on its way."""
        if self._state == ConnectionState.OFFLINE:
            self._set(ConnectionState.RECONNECTING)

    def _set(self, state: ConnectionState) -> None:
        if state != self._state:
            log.info("connection %s -> %s", self._state, state)
            self._state = state
            self.stateChanged.emit(str(state))


class MonitoringTransport(httpx.AsyncBaseTransport):
    """Passes requests to the real transport and tells the monitor how they went."""

    def __init__(
        self, monitor: ConnectionMonitor, inner: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._monitor = monitor
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError:
            self._monitor.report_failure()
            raise
        self._monitor.report_response()
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _tls_context_for(base_url: str) -> ssl.SSLContext | bool:
    """Certificate checking for ``base_url``: the system's trusted certificates for https
    (loading them takes tens of milliseconds); for plain http, which the client allows
    only on loopback, an empty context that trusts nothing, so any https the transport
    were ever sent to would fail closed rather than go unchecked."""
    try:
        scheme = httpx.URL(base_url).scheme
    except httpx.InvalidURL:
        scheme = ""
    if scheme == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, with no trusted roots
    return True


def make_api(
    base_url: str,
    token_store: TokenStore,
    monitor: ConnectionMonitor,
    *,
    inner_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> ApiClient:
    """An ApiClient whose calls feed ``monitor``. ValueError for an invalid address."""
    if inner_transport is None:
        # the client's own pool limits do not reach a transport given to it
        inner_transport = httpx.AsyncHTTPTransport(
            verify=_tls_context_for(base_url), limits=httpx.Limits(max_connections=8)
        )
    return ApiClient(
        base_url,
        token_store=token_store,
        transport=MonitoringTransport(monitor, inner_transport),
        retry=retry or DEFAULT_RETRY,
        timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
    )


# --- session expiry ---------------------------------------------------------------------


class SessionGuard:
    """One place that notices an expired session and waits for the user to sign in again.

    ``prompt`` (set by whoever owns the windows) is called once per expiry; it shows the
    sign-in dialog and calls ``renewed()`` when the user has signed in again. Calls made
    with ``call`` that fail with SessionExpired wait for that and are then retried, so the
    user's work continues where it stopped.
    """

    def __init__(self) -> None:
        self.prompt: Callable[[], None] | None = None
        self.enabled = True
        self._waiters: list[asyncio.Future[None]] = []
        self._prompting = False

    @property
    def prompting(self) -> bool:
        return self._prompting

    def expired(self) -> None:
        """The session cannot be refreshed any more (a Session.expired_listeners entry)."""
        if not self.enabled or self._prompting:
            return
        self._prompting = True
        if self.prompt is not None:
            self.prompt()

    def ask_again(self) -> None:
        """Show the prompt again (the user closed it and now wants to sign in)."""
        self._prompting = False
        self.expired()

    def renewed(self) -> None:
        """The user signed in again: every waiting call continues."""
        self._prompting = False
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def abandon(self) -> None:
        """Signed out for good: waiting calls are cancelled."""
        self._prompting = False
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter.cancel()

    async def wait_renewed(self) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await waiter

    async def call(self, fn: Callable[[], Awaitable[T]]) -> T:
        """``await fn()``; when the session has expired, wait for a new sign-in and retry."""
        while True:
            try:
                return await fn()
            except errors.SessionExpired:
                if not self.enabled:
                    raise
                waiting = asyncio.ensure_future(self.wait_renewed())
                self.expired()
                await waiting


# --- the context ----------------------------------------------------------------------------


class AppContext(msgspec.Struct):
    """Everything a window needs, passed to its constructor."""

    api: ApiClient
    paths: AppPaths
    tasks: Tasks
    settings: Settings
    connection: ConnectionMonitor
    guard: SessionGuard = msgspec.field(default_factory=SessionGuard)
    # inbox pages asked for at start, before the window that shows them exists
    first_pages: FirstPages = msgspec.field(default_factory=FirstPages)
    language: str = "en"
    demo: bool = False
    # the run's render workers, caches and upload store (ui.workspace.AppServices)
    services: AppServices | None = None
    # the embedded sandbox of --demo (app.sandbox.server.SandboxServer), else None
    demo_sandbox: Any = None

    @property
    def server(self) -> str:
        return self.api.base_url

    @property
    def user_name(self) -> str | None:
        return self.api.session.user_name

    def attach_guard(self) -> None:
        """Route the API session's expiry to the guard (once)."""
        listeners = self.api.session.expired_listeners
        if self.guard.expired not in listeners:
            listeners.append(self.guard.expired)

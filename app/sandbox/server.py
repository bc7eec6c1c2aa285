"""The sandbox server: ``create_app`` (the ASGI app) and ``SandboxServer`` (uvicorn in a
daemon thread, for the demo, the CLI and the tests).

    with SandboxServer(seed="demo") as server:
        httpx.post(f"{server.base_url}/login", json={...})
        server.faults.enqueue(Fault.drop_after(), path_prefix="/filesForUseInRegistrations")
        server.store.registrations(company_xid)
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import ipaddress
import logging
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp

from app.sandbox import routes_archive, routes_auth, routes_business
from app.sandbox.errors import SandboxError
from app.sandbox.faults import Faults
from app.sandbox.http import Context, error_response, json_response
from app.sandbox.middleware import RequestLog, SandboxMiddleware, install_drop_log_filter
from app.sandbox.seeddata import SeedData
from app.sandbox.store import DB_FILENAME, REFRESH_TTL, Clock, Store, utc_now
from app.sandbox.tap import ResponseObserver, ResponseTap
from app.sandbox.validation import parse_int

__all__ = [
    "API_BASE_PATH",
    "SandboxServer",
    "build_seed_data",
    "create_app",
    "is_loopback",
    "max_body_bytes",
]

logger = logging.getLogger("app.sandbox")

API_BASE_PATH = "/open/clientapi/v1"
_MIB = 1024 * 1024


def max_body_bytes(max_upload_bytes: int) -> int:
    """The raw request size beyond which a body is refused unread: base64 of the largest
    allowed file, with room for the JSON around it."""
    return int(max_upload_bytes * 4 / 3 * 1.25) + _MIB


async def _sandbox_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SandboxError)
    return error_response(exc.status, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = f"No such endpoint: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"Method {request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    return error_response(exc.status_code, message, dict(exc.headers or {}))


def _inspection(table: str) -> Any:
    async def endpoint(request: Request) -> Response:
        """Sandbox-only inspection (outside the API): what the sandbox received."""
        store = request.app.state.sandbox.store
        assert isinstance(store, Store)
        text = request.query_params.get("companyXid")
        company = parse_int("companyXid", text) if text else None
        objects = getattr(store, table)(company)
        return json_response({table: objects})

    return endpoint


async def _health(request: Request) -> Response:
    return json_response({"status": "ok"})


def create_app(
    store: Store,
    *,
    faults: Faults | None = None,
    request_log: RequestLog | None = None,
    max_upload_mb: float = 25,
    observer: ResponseObserver | None = None,
) -> ASGIApp:
    """The sandbox as an ASGI app over ``store``; ``observer`` sees every response."""
    max_upload_bytes = int(max_upload_mb * _MIB)
    app = Starlette(
        routes=[
            Mount(
                API_BASE_PATH,
                routes=[*routes_auth.routes, *routes_archive.routes, *routes_business.routes],
            ),
            Route("/_sandbox/health", _health, methods=["GET"]),
            Route("/_sandbox/registrations", _inspection("registrations"), methods=["GET"]),
            Route("/_sandbox/invoices", _inspection("invoices"), methods=["GET"]),
            Route("/_sandbox/sales", _inspection("sales"), methods=["GET"]),
        ],
        exception_handlers={SandboxError: _sandbox_error, HTTPException: _http_error},
    )
    app.state.sandbox = Context(store=store, max_upload_bytes=max_upload_bytes)
    install_drop_log_filter()
    inner: ASGIApp = app if observer is None else ResponseTap(app, observer)
    return SandboxMiddleware(
        inner,
        faults=faults if faults is not None else Faults(),
        log=request_log if request_log is not None else RequestLog(),
        base_path=API_BASE_PATH,
        max_body_bytes=max_body_bytes(max_upload_bytes),
    )


def build_seed_data(seed: str | SeedData, today: date) -> tuple[str, SeedData]:
    """(name, data) for a seed name ("demo", "empty", "large:N") or ready-made SeedData."""
    if isinstance(seed, SeedData):
        return "custom", seed
    # Imported late: the seed builder is big, and only needed for a new database.
    build_seed: Callable[[str, date], SeedData] = importlib.import_module(
        "app.sandbox.seed"
    ).build_seed
    return seed, build_seed(seed, today)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Uvicorn(uvicorn.Server):
    """uvicorn with a prompt stop: tests start and stop many sandboxes, and uvicorn's own
    main loop and shutdown poll in 0.1 s steps."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._exit_event: asyncio.Event | None = None

    def request_exit(self) -> None:
        """Ask the server to stop (from any thread)."""
        self.should_exit = True
        loop, event = self._loop, self._exit_event
        if loop is not None and event is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                loop.call_soon_threadsafe(event.set)

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._exit_event = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864_000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._exit_event.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        state = self.server_state
        for connection in list(state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.config.timeout_graceful_shutdown or 0)
        while (state.connections or state.tasks) and not self.force_exit:
            if loop.time() > deadline:
                break
            await asyncio.sleep(0.005)
        for task in list(state.tasks):
            task.cancel()
        for connection in list(state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        for server in self.servers:
            await server.wait_closed()


class SandboxServer:
    """A sandbox on a real TCP port, served by uvicorn in a daemon thread."""

    def __init__(
        self,
        data_dir: Path | None = None,
        seed: str | SeedData = "demo",
        token_ttl: float = 900.0,
        latency_ms: float = 0.0,
        fail_rate: float = 0.0,
        drop_rate: float = 0.0,
        max_upload_mb: float = 25.0,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        refresh_ttl: float = REFRESH_TTL,
        observer: ResponseObserver | None = None,
    ) -> None:
        self.observer = observer
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if data_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="mr-sandbox-")
            data_dir = Path(self._tmp.name)
        self.data_dir = Path(data_dir)
        self.seed = seed
        self.host = host
        self.port = port
        self.max_upload_mb = max_upload_mb
        self.clock: Clock = clock or utc_now
        self.refresh_ttl = refresh_ttl
        self._token_ttl = token_ttl
        self.faults = Faults(latency_ms=latency_ms, fail_rate=fail_rate, drop_rate=drop_rate)
        self.request_log = RequestLog()
        self._store: Store | None = None
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    # --- properties --------------------------------------------------------------------

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the sandbox server is not running")
        return self._store

    @property
    def token_ttl(self) -> float:
        return self._token_ttl

    @token_ttl.setter
    def token_ttl(self, seconds: float) -> None:
        """New access tokens live this long (tokens already issued keep their expiry)."""
        self._token_ttl = seconds
        if self._store is not None:
            self._store.token_ttl = seconds

    @property
    def root_url(self) -> str:
        host = self.host
        if host in ("", "0.0.0.0"):
            host = "127.0.0.1"
        elif host == "::":
            host = "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + API_BASE_PATH

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- lifecycle ---------------------------------------------------------------------

    def open_store(self) -> Store:
        """Open the database in the data directory, seeding it when it is new."""
        store = Store.open(
            self.data_dir / DB_FILENAME,
            clock=self.clock,
            token_ttl=self._token_ttl,
            refresh_ttl=self.refresh_ttl,
        )
        try:
            if store.is_new:
                started = time.monotonic()
                name, data = build_seed_data(self.seed, store.today())
                store.load_seed(data, name)
                logger.info("seeded %r in %.2f s", name, time.monotonic() - started)
        except BaseException:
            store.close()
            raise
        return store

    def start(self) -> SandboxServer:
        """Start serving; returns once the port is listening."""
        if self.running:
            return self
        if not is_loopback(self.host):
            logger.warning("the sandbox listens on %s, not only on this machine", self.host)
        self._store = self.open_store()
        sock = _bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        app = create_app(
            self._store,
            faults=self.faults,
            request_log=self.request_log,
            max_upload_mb=self.max_upload_mb,
            observer=self.observer,
        )
        config = uvicorn.Config(
            app,
            host=self.host,
            port=self.port,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            http="h11",
            ws="none",
            server_header=False,
            # Longer than httpx's 5 s keep-alive expiry, so a client never reuses a
            # connection the server is just closing.
            timeout_keep_alive=30,
            timeout_graceful_shutdown=2,
        )
        self._server = _Uvicorn(config)
        self._error = None
        self._thread = threading.Thread(
            target=self._serve, args=(self._server, sock), name="mr-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._thread.join(timeout=1)
                self._close_store()
                raise RuntimeError(f"the sandbox server did not start: {self._error!r}")
            time.sleep(0.005)
        return self

    def _serve(self, server: _Uvicorn, sock: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported by start() / stop()
            self._error = exc
        finally:
            sock.close()
            loop.close()

    def stop(self) -> None:
        """Stop serving and close the database (the data directory stays)."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.request_exit()
            thread.join(timeout=10)
            if thread.is_alive():
                server.force_exit = True
                thread.join(timeout=5)
        self._server = None
        self._thread = None
        self._close_store()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def cleanup(self) -> None:
        """Stop, and remove the temporary data directory if the server made one."""
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cleanup()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio disables Nagle (TCP_NODELAY) only on sockets that do,
    # and with Nagle on, every response written in two parts waits ~40 ms for an ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(False)
    return sock

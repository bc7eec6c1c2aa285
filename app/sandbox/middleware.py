"""The outermost layer of the sandbox app: request log, body limit and injected faults.

It sits outside Starlette (so it sees uvicorn's own ``send``), reads each request body
completely (refusing bodies far beyond the upload limit with 413 before reading them),
then lets the request through, or applies the fault the ``Faults`` object hands out.

Dropped connections: the body has been read, the (captured) response is thrown away and
the socket is closed under uvicorn's feet. uvicorn's ``send`` is a bound method of its
per-request cycle object, which holds the asyncio transport; closing that transport makes
the client see the connection end without any response (httpx raises RemoteProtocolError,
"Server disconnected without sending a response"). Where there is no such transport (an
in-process ASGI client) the drop raises ``ConnectionDropped`` instead.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import msgspec
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sandbox.faults import Fault, Faults

__all__ = [
    "ConnectionDropped",
    "RequestLog",
    "RequestLogEntry",
    "SandboxMiddleware",
    "install_drop_log_filter",
]

logger = logging.getLogger("app.sandbox.http")

_GARBAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>"
    b"<body><h1>Please wait</h1><p>The service is being updated. This is not JSON.</p>"
    b"</body></html>\n"
)

# Set while a request's connection is deliberately dropped, so uvicorn's complaints
# about the unfinished response are not logged as errors.
_dropping: contextvars.ContextVar[bool] = contextvars.ContextVar("sandbox_dropping", default=False)


class ConnectionDropped(Exception):
    """A deliberate drop where no socket could be closed (in-process ASGI clients)."""


@dataclass(frozen=True)
class RequestLogEntry:
    method: str
    path: str  # without the API base path ("/archiveFiles"), or the full path outside it
    full_path: str
    status: int | None  # None: the connection was dropped without a response
    fault: str | None  # the kind of injected fault, if any
    duration: float
    trace_id: str | None = None  # the client's X-MultiRegnskabTraceId header


class RequestLog:
    """What the sandbox was asked, in order (thread-safe; the latest ``limit`` entries)."""

    def __init__(self, limit: int = 100_000) -> None:
        self._entries: deque[RequestLogEntry] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def append(self, entry: RequestLogEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[RequestLogEntry]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def count(self, path: str | None = None, method: str | None = None) -> int:
        """How many requests had this API path (exactly) and method."""
        return sum(
            1
            for e in self.entries()
            if (path is None or e.path == path) and (method is None or e.method == method.upper())
        )

    def __iter__(self) -> Iterator[RequestLogEntry]:
        return iter(self.entries())

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


class _DropLogFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not _dropping.get()


_filter_installed = False


def install_drop_log_filter() -> None:
    """Keep uvicorn quiet about responses we cut off on purpose."""
    global _filter_installed
    if not _filter_installed:
        logging.getLogger("uvicorn.error").addFilter(_DropLogFilter())
        _filter_installed = True


def _json_error(message: str) -> bytes:
    return msgspec.json.encode({"message": message})


class _Exchange:
    """One request's entry in the request log, written once."""

    def __init__(self, log: RequestLog, method: str, path: str, full_path: str) -> None:
        self.log = log
        self.method = method
        self.path = path
        self.full_path = full_path
        self.status: int | None = None
        self.fault: str | None = None
        self.started = time.monotonic()
        self.done = False
        self.trace_id: str | None = None

    def finish(self, dropped: bool = False) -> None:
        if self.done:
            return
        self.done = True
        status = None if dropped else self.status
        self.log.append(
            RequestLogEntry(
                self.method,
                self.path,
                self.full_path,
                status,
                self.fault,
                time.monotonic() - self.started,
                self.trace_id,
            )
        )
        logger.debug(
            "%s %s -> %s%s",
            self.method,
            self.path,
            status or "dropped",
            f" (fault: {self.fault})" if self.fault else "",
        )


class SandboxMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        faults: Faults,
        log: RequestLog,
        base_path: str,
        max_body_bytes: int,
    ) -> None:
        self.app = app
        self.faults = faults
        self.log = log
        self.base_path = base_path.rstrip("/")
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        full_path: str = scope["path"]
        is_api = full_path == self.base_path or full_path.startswith(self.base_path + "/")
        path = (full_path[len(self.base_path) :] or "/") if is_api else full_path
        exchange = _Exchange(self.log, scope["method"], path, full_path)
        for name, value in scope["headers"]:
            if name == b"x-multiregnskabtraceid":
                exchange.trace_id = value[:200].decode("latin-1")

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                exchange.status = int(message["status"])
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                # Logged before the last bytes leave: a client that has its answer can
                # count on finding the request in the log.
                exchange.finish()
            await send(message)

        try:
            body = await self._read_body(scope, receive, send_logged)
            if body is None:
                return
            fault = self.faults.take(exchange.method, path, full_path) if is_api else None
            exchange.fault = fault.kind if fault else None
            latency = self.faults.latency_ms if is_api else 0.0
            if latency > 0:
                await asyncio.sleep(latency / 1000)
            replay = _replay(body, receive)
            if fault is None:
                await self._run(scope, replay, send_logged)
            else:
                await self._apply(fault, scope, replay, send, send_logged, exchange)
        finally:
            exchange.finish()

    async def _read_body(self, scope: Scope, receive: Receive, send: Send) -> bytes | None:
        """The whole request body; None when it was refused (413) or the client left."""
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body_bytes:
                await self._too_large(send)
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._too_large(send)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _too_large(self, send: Send) -> None:
        limit_mb = self.max_body_bytes / (1024 * 1024)
        await _send_simple(
            send,
            413,
            _json_error(f"The request body is larger than {limit_mb:.1f} MB"),
            extra_headers=[(b"connection", b"close")],
        )

    async def _run(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = [False]

        async def tracking_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                started[0] = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            # A bug in the sandbox, never the client's fault: say so, loudly, in the log.
            logger.exception(
                "Unhandled error in the sandbox for %s %s", scope["method"], scope["path"]
            )
            if not started[0]:
                await _send_simple(send, 500, _json_error("Internal error in the sandbox server"))

    async def _apply(
        self,
        fault: Fault,
        scope: Scope,
        receive: Receive,
        raw_send: Send,
        send: Send,
        exchange: _Exchange,
    ) -> None:
        kind = fault.kind
        if kind == "status":
            headers = []
            if fault.retry_after is not None:
                headers.append((b"retry-after", f"{fault.retry_after:g}".encode("ascii")))
            await _send_simple(send, fault.status_code, _json_error(fault.message), headers)
        elif kind == "garbage":
            await _send_simple(send, 200, _GARBAGE, content_type=b"text/html; charset=utf-8")
        elif kind == "delay":
            await asyncio.sleep(fault.seconds)
            await self._run(scope, receive, send)
        elif kind == "drop_before":
            await _drop_connection(raw_send, exchange)
        else:
            messages: list[Message] = []

            async def capture(message: Message) -> None:
                messages.append(message)

            await self._run(scope, receive, capture)
            if kind == "drop_after":
                await _drop_connection(raw_send, exchange)
            elif kind == "truncate":
                await _send_truncated(messages, send, raw_send, exchange)
            elif kind == "slow_body":
                await _send_slowly(messages, send, fault.seconds)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that hands out the already-read body once, then the real events."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_simple(
    send: Send,
    status: int,
    body: bytes,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
    content_type: bytes = b"application/json",
) -> None:
    headers = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode("ascii")),
        *(extra_headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _response_parts(messages: list[Message]) -> tuple[Message | None, bytes]:
    start = next((m for m in messages if m["type"] == "http.response.start"), None)
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start, body


async def _send_truncated(
    messages: list[Message], send: Send, raw_send: Send, exchange: _Exchange
) -> None:
    start, body = _response_parts(messages)
    if start is not None:
        await send(start)
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )
    await _drop_connection(raw_send, exchange)


async def _send_slowly(messages: list[Message], send: Send, seconds: float) -> None:
    start, body = _response_parts(messages)
    if start is None:
        return
    await send(start)
    pieces = 10
    step = max(1, -(-len(body) // pieces))
    for offset in range(0, len(body), step):
        await asyncio.sleep(seconds / pieces)
        await send(
            {"type": "http.response.body", "body": body[offset : offset + step], "more_body": True}
        )
    await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _drop_connection(send: Send, exchange: _Exchange) -> None:
    """Close the client's TCP connection at once, without (the rest of) a response."""
    exchange.finish(dropped=True)
    _dropping.set(True)
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "close"):
        raise ConnectionDropped("The sandbox dropped this connection (injected fault)")
    transport.close()
    # Let asyncio deliver connection_lost, so uvicorn knows the client is gone and does
    # not try to answer on the closed connection.
    for _ in range(100):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)

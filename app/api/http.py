"""The HTTP core: one httpx.AsyncClient, timeouts, retries, trace ids, logging.

It knows HTTP and the spec's error conventions, nothing of tokens or models. Retries:
- failures known to happen before the request left (connect errors, pool timeouts) are
  retried for every method;
- 429 is retried for every method (the server did not act), honouring Retry-After;
- timeouts, broken connections and 5xx are retried only for idempotent requests; a POST
  whose outcome is unknown raises TransportError(request_sent=True) and the caller decides.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import msgspec

from app.api import errors

log = logging.getLogger("app.api.http")

__all__ = ["BodyFactory", "HttpCore", "RetryPolicy", "check_base_url"]

TRACE_HEADER = "X-MultiRegnskabTraceId"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Produces a fresh request body for each attempt (a stream can be sent only once).
BodyFactory = Callable[[], AsyncIterator[bytes]]

_SENT_BEFORE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_DEFAULT_MESSAGES = {
    400: "The server rejected the request as invalid.",
    401: "Not authorized.",
    403: "You do not have permission to do this in this company.",
    404: "Not found.",
    409: "The request conflicts with the current state.",
    413: "The file is too large for the server.",
    429: "Too many requests; try again shortly.",
}


class RetryPolicy(msgspec.Struct, frozen=True):
    attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 30.0  # a longer Retry-After is handed to the caller

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with full jitter for retry number ``attempt`` (1-based)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return rng.uniform(ceiling / 2, ceiling)


def check_base_url(url: str) -> str:
    """The base URL without a trailing slash; https is required except on loopback."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(f"https is required for {parts.hostname} (plain http only on loopback)")
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _server_message(response: httpx.Response) -> str:
    default = _DEFAULT_MESSAGES.get(response.status_code)
    if default is None:
        default = f"The server failed (HTTP {response.status_code})."
    if "json" not in response.headers.get("content-type", ""):
        return default
    try:
        data = response.json()
    except ValueError:
        return default
    if isinstance(data, dict):
        for key in ("message", "error", "detail", "title"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:500]
    return default


class HttpCore:
    """Sends requests to one API base URL with the project's policies."""

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        user_agent: str = "multiregnskab-desktop",
        max_connections: int = 8,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = random.Random()
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            headers={"User-Agent": user_agent, "Accept": "application/json"},
            limits=httpx.Limits(max_connections=max_connections),
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        body_factory: BodyFactory | None = None,
        body_length: int | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        trace_id: str | None = None,
    ) -> httpx.Response:
        """Send with retries; return a response with status < 400 or raise an ApiError."""
        if idempotent is None:
            idempotent = method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
        trace = trace_id or uuid.uuid4().hex
        all_headers = {TRACE_HEADER: trace, **(headers or {})}
        if body is not None or body_factory is not None:
            all_headers.setdefault("Content-Type", "application/json")
        if body_length is not None:
            all_headers["Content-Length"] = str(body_length)
        ctx = {"method": method, "path": path, "trace_id": trace}
        attempt = 0
        while True:
            attempt += 1
            content: bytes | AsyncIterator[bytes] | None = (
                body_factory() if body_factory is not None else body
            )
            request = self._client.build_request(
                method, path, params=params, content=content, headers=all_headers
            )
            started = time.perf_counter()
            try:
                response = await self._client.send(request)
            except httpx.HTTPError as exc:
                elapsed = (time.perf_counter() - started) * 1000
                failure = self._transport_failure(exc, ctx)
                log.warning(
                    "%s %s -> %s after %.1f ms (attempt %d, trace %s)",
                    method,
                    path,
                    type(exc).__name__,
                    elapsed,
                    attempt,
                    trace,
                )
                retryable = not failure.request_sent or idempotent
                if retryable and attempt < self._retry.attempts:
                    await self._sleep(self._retry.delay(attempt, self._rng))
                    continue
                raise failure from exc
            elapsed = (time.perf_counter() - started) * 1000
            status = response.status_code
            log.info(
                "%s %s -> %d in %.1f ms (attempt %d, trace %s)",
                method,
                path,
                status,
                elapsed,
                attempt,
                trace,
            )
            if status < 400:
                return response
            retry_after = _retry_after(response.headers.get("Retry-After"))
            error = errors.error_for_status(
                status, _server_message(response), retry_after=retry_after, **ctx
            )
            if attempt < self._retry.attempts and self._should_retry(status, idempotent):
                wait = self._retry.delay(attempt, self._rng)
                if retry_after is not None:
                    if retry_after > self._retry.max_retry_after:
                        raise error
                    wait = max(wait, retry_after)
                await self._sleep(wait)
                continue
            raise error

    @staticmethod
    def _should_retry(status: int, idempotent: bool) -> bool:
        if status == 429:
            return True
        return idempotent and status in (500, 502, 503, 504)

    @staticmethod
    def _transport_failure(exc: httpx.HTTPError, ctx: dict[str, str]) -> errors.TransportError:
        sent = not isinstance(exc, _SENT_BEFORE)
        if isinstance(exc, httpx.TimeoutException):
            what = "The server did not answer in time."
            return errors.ApiTimeout(what, request_sent=sent, **ctx)
        if sent:
            what = "The connection to the server broke; the request may or may not have arrived."
        else:
            what = "Could not connect to the server."
        return errors.ApiConnectionError(what, request_sent=sent, **ctx)

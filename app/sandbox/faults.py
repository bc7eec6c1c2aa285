"""Switchable faults of the sandbox: latency, error statuses, dropped connections.

Two kinds of control, both safe to change from another thread while the server runs:

* rates, settable at start and at any time: ``latency_ms`` (added to every API request),
  ``fail_rate`` (that fraction of API requests is answered 500 or 503 and has no effect)
  and ``drop_rate`` (that fraction of API requests takes effect, then its connection is
  closed without a response: the client cannot know whether it landed);
* a deterministic queue for tests: ``faults.enqueue(Fault.status(429, retry_after=1),
  method="GET", path_prefix="/archiveFiles")``. Each queued fault fires once, on the next
  request that matches; queued faults take precedence over the rates.

Paths are matched without the API base path (``/archiveFiles``), or with it.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Fault", "FaultKind", "Faults"]

FaultKind = Literal[
    "status",  # answer with an error status, no effect
    "drop_before",  # close the connection without running the request: no effect
    "drop_after",  # run the request (it takes effect), then close without a response
    "garbage",  # answer 200 with an HTML page instead of JSON, no effect
    "delay",  # wait, then handle the request normally
    "truncate",  # run the request, send the headers and half the body, then close
    "slow_body",  # run the request, then trickle the response body out over `seconds`
]


@dataclass(frozen=True)
class Fault:
    """One injected fault. Build it with the class methods."""

    kind: FaultKind
    status_code: int = 0
    retry_after: float | None = None
    seconds: float = 0.0
    message: str = ""

    @classmethod
    def status(
        cls, status_code: int, *, retry_after: float | None = None, message: str | None = None
    ) -> Fault:
        """Answer ``status_code`` (e.g. 429, 500, 503) with a JSON message; no effect."""
        if not 400 <= status_code <= 599:
            raise ValueError(f"not an error status: {status_code}")
        text = message or f"Injected fault: HTTP {status_code}"
        return cls("status", status_code=status_code, retry_after=retry_after, message=text)

    @classmethod
    def drop_before(cls) -> Fault:
        """Read the request, then close the connection: the request has no effect."""
        return cls("drop_before")

    @classmethod
    def drop_after(cls) -> Fault:
        """Let the request take effect, then close the connection without any response."""
        return cls("drop_after")

    @classmethod
    def garbage(cls) -> Fault:
        """Answer 200 with an HTML body (a captive portal, a proxy error page); no effect."""
        return cls("garbage", status_code=200)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait ``seconds`` before handling the request normally."""
        return cls("delay", seconds=max(0.0, seconds))

    @classmethod
    def truncate(cls) -> Fault:
        """The request takes effect; the response stops halfway and the connection closes."""
        return cls("truncate")

    @classmethod
    def slow_body(cls, seconds: float) -> Fault:
        """The request takes effect; the response body trickles out over ``seconds``."""
        return cls("slow_body", seconds=max(0.0, seconds))


@dataclass
class _Queued:
    fault: Fault
    method: str | None
    path_prefix: str | None


@dataclass
class Faults:
    """The fault settings of one running sandbox (``SandboxServer.faults``)."""

    latency_ms: float = 0.0
    fail_rate: float = 0.0
    drop_rate: float = 0.0
    rng: random.Random = field(default_factory=random.Random)
    _queue: list[_Queued] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        _check_rate("fail_rate", self.fail_rate)
        _check_rate("drop_rate", self.drop_rate)
        if self.latency_ms < 0:
            raise ValueError("latency_ms must not be negative")

    def enqueue(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        path_prefix: str | None = None,
        times: int = 1,
    ) -> None:
        """Fire ``fault`` once (or ``times`` times) on the next matching API requests."""
        entry_method = method.upper() if method else None
        with self._lock:
            for _ in range(times):
                self._queue.append(_Queued(fault, entry_method, path_prefix))

    def pending(self) -> int:
        """How many queued faults have not fired yet."""
        with self._lock:
            return len(self._queue)

    def reset(self) -> None:
        """No latency, no random failures, an empty queue."""
        with self._lock:
            self._queue.clear()
        self.latency_ms = 0.0
        self.fail_rate = 0.0
        self.drop_rate = 0.0

    def seed(self, value: int) -> None:
        """Make the random faults repeatable."""
        self.rng.seed(value)

    def take(self, method: str, api_path: str, full_path: str) -> Fault | None:
        """The fault for this request: a queued one if any matches, else a random one."""
        with self._lock:
            for index, entry in enumerate(self._queue):
                if entry.method is not None and entry.method != method.upper():
                    continue
                prefix = entry.path_prefix
                if prefix is not None and not (
                    api_path.startswith(prefix) or full_path.startswith(prefix)
                ):
                    continue
                del self._queue[index]
                return entry.fault
            fail_rate, drop_rate = self.fail_rate, self.drop_rate
            if fail_rate > 0 and self.rng.random() < fail_rate:
                return Fault.status(self.rng.choice((500, 503)))
            if drop_rate > 0 and self.rng.random() < drop_rate:
                return Fault.drop_after()
        return None


def _check_rate(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value}")

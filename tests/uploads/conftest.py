"""Fixtures for the upload queue tests: a store in a temporary data folder, a signed-in
client on a fresh sandbox, and helpers that read the inbox back with content hashes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.api import ApiClient, MemoryTokenStore, RetryPolicy
from app.paths import AppPaths
from app.sandbox.server import SandboxServer
from app.uploads import Backoff, ReconcileSettings, UploadJob, UploadQueue, UploadStore

DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)
FAST_BACKOFF = Backoff(initial=0.02, maximum=0.3, verify_grace=0.05, server_attempts=20)
UPLOAD_PATH = "/filesForUseInRegistrations"


def pdf(extra: bytes = b"", size: int = 0) -> bytes:
    """A PDF-looking body, unique per call unless ``extra`` fixes it."""
    body = b"%PDF-1.7\n" + (extra or os.urandom(16).hex().encode()) + b"\n"
    if size > len(body):
        body += os.urandom(size - len(body))
    return body + b"%%EOF\n"


@dataclass
class Inbox:
    xid: int
    name: str
    sha256: str
    content_type: str
    file_name: str


async def read_inbox(api: ApiClient, company_xid: int) -> list[Inbox]:
    """Every visible inbox file with the SHA-256 of its body."""
    found: list[Inbox] = []
    async for page in api.iter_archive_files(company_xid, 100):
        for line in page:
            file = await api.archive_file(company_xid, line.xid)
            found.append(
                Inbox(
                    line.xid,
                    line.name or "",
                    hashlib.sha256(file.body).hexdigest(),
                    file.content_type,
                    file.file_name,
                )
            )
    return found


class Recorder:
    """A listener that keeps every notification."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def job_added(self, job: UploadJob) -> None:
        self.events.append(("added", job))

    def job_changed(self, job: UploadJob) -> None:
        self.events.append(("changed", job))

    def job_finished(self, job: UploadJob) -> None:
        self.events.append(("finished", job))

    def job_removed(self, job_id: int) -> None:
        self.events.append(("removed", job_id))

    def queue_state_changed(self, state: Any) -> None:
        self.events.append(("queue", state))

    def of(self, kind: str) -> list[Any]:
        return [payload for k, payload in self.events if k == kind]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "client").ensure()


@pytest.fixture
def store(paths: AppPaths) -> Iterator[UploadStore]:
    opened = UploadStore.open(paths)
    yield opened
    opened.close()


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[[SandboxServer], Any]]:
    """``await make_client(server)``: an ApiClient signed in as the demo user."""
    made: list[ApiClient] = []

    async def make(server: SandboxServer) -> ApiClient:
        client = ApiClient(server.base_url, token_store=MemoryTokenStore(), retry=FAST_RETRY)
        made.append(client)
        await client.login(DEMO_USER, DEMO_PASSWORD)
        return client

    yield make
    for client in made:
        await client.aclose()


@pytest.fixture
def server(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox(seed="empty")


@pytest.fixture
async def api(server: SandboxServer, make_client: Callable[[SandboxServer], Any]) -> ApiClient:
    client: ApiClient = await make_client(server)
    return client


@pytest.fixture
async def company(api: ApiClient) -> int:
    companies = await api.companies()
    chosen = companies.default_company()
    assert chosen is not None and chosen.allow_documents_add
    return chosen.xid


@pytest.fixture
async def make_queue(
    store: UploadStore,
) -> AsyncIterator[Callable[..., UploadQueue]]:
    """Queues with fast backoff, stopped after the test."""
    queues: list[UploadQueue] = []

    def make(api: Any, **kwargs: Any) -> UploadQueue:
        kwargs.setdefault("backoff", FAST_BACKOFF)
        kwargs.setdefault("reconcile", ReconcileSettings(page_size=5))
        queue = UploadQueue(api, kwargs.pop("store", store), **kwargs)
        queues.append(queue)
        return queue

    yield make
    for queue in queues:
        await queue.stop()

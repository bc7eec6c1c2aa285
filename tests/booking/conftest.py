"""Fixtures for the booking tests: a drafts store and memory in a temporary data folder,
a signed-in client on a fresh sandbox, and helpers to read back what the sandbox got."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.api import ApiClient, MemoryTokenStore, RetryPolicy, models
from app.booking import BookingMemory, BookingService, DraftStore
from app.paths import AppPaths
from app.sandbox.server import SandboxServer

DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)
REGISTRATIONS = "/suggestedRegistrations"
UPLOADS = "/filesForUseInRegistrations"


def pdf(tag: str = "") -> bytes:
    """A small PDF-looking body, unique per call."""
    return b"%PDF-1.7\n" + (tag.encode() or os.urandom(12).hex().encode()) + b"\n%%EOF\n"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "client").ensure()


@pytest.fixture
def drafts(paths: AppPaths) -> Iterator[DraftStore]:
    store = DraftStore.open(paths)
    yield store
    store.close()


@pytest.fixture
def memory(paths: AppPaths) -> Iterator[BookingMemory]:
    opened = BookingMemory.open(paths)
    yield opened
    opened.close()


@pytest.fixture
def server(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox(seed="empty")


@pytest.fixture
async def api(server: SandboxServer) -> AsyncIterator[ApiClient]:
    client = ApiClient(server.base_url, token_store=MemoryTokenStore(), retry=FAST_RETRY)
    await client.login(DEMO_USER, DEMO_PASSWORD)
    yield client
    await client.aclose()


@pytest.fixture
async def company(api: ApiClient) -> int:
    chosen = (await api.companies()).default_company()
    assert chosen is not None and chosen.allow_documents_add
    return chosen.xid


@pytest.fixture
def service(api: ApiClient, drafts: DraftStore, memory: BookingMemory) -> BookingService:
    return BookingService(api, drafts, memory=memory)


async def inbox_file(api: ApiClient, company: int, name: str = "Kvittering") -> int:
    """A visible inbox file (as if uploaded earlier through the inbox)."""
    meta = models.FileUploadMeta(
        company_xid=company,
        content_type="application/pdf",
        file_name=f"{name}.pdf",
        friendly_filename=name,
        keep_hidden_until_registration=False,
    )
    return await api.upload_file(meta, pdf())


def local_file(folder: Path, name: str = "bilag.pdf", body: bytes | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(body if body is not None else pdf())
    return path


def hidden_files(server: SandboxServer, company: int) -> int:
    store = server.store
    return store.file_count(company) - store.file_count(company, include_hidden=False)


def all_files(server: SandboxServer, company: int) -> int:
    return server.store.file_count(company)


def posts(server: SandboxServer, path: str) -> int:
    return server.request_log.count(path, "POST")


def registrations(server: SandboxServer, company: int) -> list[dict[str, Any]]:
    return list(server.store.registrations(company))

"""Fixtures for client tests: an ApiClient on the sandbox, with every exchange checked."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from app.api import ApiClient, MemoryTokenStore, RetryPolicy
from tests.contract import ContractTransport

DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)


@pytest.fixture
async def make_api() -> AsyncIterator[Callable[..., ApiClient]]:
    """Build ApiClients whose every request and response is validated against the spec."""
    made: list[tuple[ApiClient, ContractTransport]] = []

    def make(base_url: str, **kwargs: Any) -> ApiClient:
        contract = ContractTransport()
        kwargs.setdefault("retry", FAST_RETRY)
        kwargs.setdefault("token_store", MemoryTokenStore())
        client = ApiClient(base_url, transport=contract, **kwargs)
        client.contract = contract  # type: ignore[attr-defined]
        made.append((client, contract))
        return client

    yield make
    violations = [v for _, contract in made for v in contract.violations]
    for client, _ in made:
        await client.aclose()
    assert not violations, "spec violations:\n" + "\n".join(map(str, violations))


@pytest.fixture
async def api(sandbox: Any, make_api: Callable[..., ApiClient]) -> ApiClient:
    """A client signed in as the demo user on the shared demo sandbox."""
    client = make_api(sandbox.base_url)
    await client.login(DEMO_USER, DEMO_PASSWORD)
    return client

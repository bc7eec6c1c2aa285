"""Sign-in, refresh before expiry (single-flight), revocation and session expiry."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.api import ApiClient, MemoryTokenStore, errors
from tests.api.conftest import DEMO_PASSWORD, DEMO_USER


def _count(server: Any, path: str) -> int:
    return sum(1 for entry in server.request_log if entry.path.endswith(path))


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


async def test_wrong_password_is_login_failed(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    client = make_api(sandbox.base_url)
    with pytest.raises(errors.LoginFailed) as caught:
        await client.login(DEMO_USER, "forkert")
    assert "password" in caught.value.message.lower()
    assert not client.session.signed_in


async def test_calls_before_login_say_not_signed_in(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    with pytest.raises(errors.SessionExpired):
        await make_api(sandbox.base_url).companies()


async def test_ten_calls_at_expiry_make_exactly_one_refresh(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    clock = Clock()
    client = make_api(sandbox.base_url, clock=clock)
    first = await client.login(DEMO_USER, DEMO_PASSWORD)
    before = _count(sandbox, "/refreshToken")
    clock.offset = first.expires_at - datetime.now(UTC) - timedelta(seconds=5)  # inside the margin
    results = await asyncio.gather(*(client.get_user() for _ in range(10)))
    assert all(r.user_name == DEMO_USER for r in results)
    assert _count(sandbox, "/refreshToken") - before == 1
    assert client.session.tokens is not None
    assert client.session.tokens.access_token != first.access_token


async def test_real_expiry_with_a_short_ttl_refreshes_before_the_token_dies(
    make_sandbox: Callable[..., Any], make_api: Callable[..., ApiClient]
) -> None:
    server = make_sandbox(seed="empty", token_ttl=2)
    client = make_api(server.base_url)
    await client.login(DEMO_USER, DEMO_PASSWORD)
    for _ in range(6):  # 3 s: across at least one expiry
        await client.get_user()
        await asyncio.sleep(0.5)
    assert _count(server, "/refreshToken") >= 1
    statuses = [e.status for e in server.request_log if e.path.endswith("/user")]
    assert 401 not in statuses  # refreshed ahead of expiry, never after a failure


async def test_revoked_access_token_refreshes_once_and_retries(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    client = make_api(sandbox.base_url)
    await client.login(DEMO_USER, DEMO_PASSWORD)
    await client.invalidate_or_expire_tokens(expire_access_token_now=True)
    before = _count(sandbox, "/refreshToken")
    assert (await client.get_user()).user_name == DEMO_USER
    assert _count(sandbox, "/refreshToken") - before == 1


async def test_rejected_refresh_token_is_session_expired_and_forgets_tokens(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    store = MemoryTokenStore()
    client = make_api(sandbox.base_url, token_store=store)
    await client.login(DEMO_USER, DEMO_PASSWORD, remember=True)
    assert store.load(client.base_url) is not None
    told: list[bool] = []
    client.session.expired_listeners.append(lambda: told.append(True))
    await client.invalidate_or_expire_tokens(
        expire_access_token_now=True, expire_refresh_token_now=True
    )
    with pytest.raises(errors.SessionExpired) as caught:
        await client.companies()
    assert "sign in" in caught.value.message.lower()
    assert told == [True]
    assert not client.session.signed_in and store.load(client.base_url) is None


async def test_logout_revokes_the_tokens_on_the_server(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    store = MemoryTokenStore()
    client = make_api(sandbox.base_url, token_store=store)
    tokens = await client.login(DEMO_USER, DEMO_PASSWORD, remember=True)
    await client.logout()
    assert store.load(client.base_url) is None
    # the old token set is dead on the server too: restoring it fails
    store.save(client.base_url, tokens)
    again = make_api(sandbox.base_url, token_store=store)
    assert await again.restore_session() is None


async def test_stored_session_is_restored_without_the_password(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    store = MemoryTokenStore()
    first = make_api(sandbox.base_url, token_store=store)
    await first.login(DEMO_USER, DEMO_PASSWORD, remember=True)
    second = make_api(sandbox.base_url, token_store=store)
    user = await second.restore_session()
    assert user is not None and user.user_name == DEMO_USER
    assert (await second.companies()).companies_and_access_list


async def test_not_remembered_session_is_not_stored(
    sandbox: Any, make_api: Callable[..., ApiClient]
) -> None:
    store = MemoryTokenStore()
    client = make_api(sandbox.base_url, token_store=store)
    await client.login(DEMO_USER, DEMO_PASSWORD, remember=False)
    assert store.load(client.base_url) is None
    await client.invalidate_or_expire_tokens(expire_access_token_now=True)
    await client.get_user()  # refreshed in memory
    assert store.load(client.base_url) is None


async def test_invalidate_all_tokens_of_the_user(
    make_sandbox: Callable[..., Any], make_api: Callable[..., ApiClient]
) -> None:
    server = make_sandbox(seed="empty")
    a = make_api(server.base_url)
    b = make_api(server.base_url)
    await a.login(DEMO_USER, DEMO_PASSWORD)
    await b.login(DEMO_USER, DEMO_PASSWORD)
    affected = await a.invalidate_or_expire_tokens(
        apply_to_all_tokens_by_user=True, invalidate_now=True
    )
    assert affected >= 2
    with pytest.raises(errors.SessionExpired):
        await b.get_user()

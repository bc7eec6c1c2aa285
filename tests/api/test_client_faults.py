"""What the client does when the network or the server misbehaves.

Faults come from the sandbox itself (real HTTP on loopback); httpx.MockTransport is used
only where the sandbox cannot produce the case (an answer that is JSON but off-spec).
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest

from app.api import ApiClient, RetryPolicy, errors, models
from app.sandbox.faults import Fault
from tests.api.conftest import DEMO_PASSWORD, DEMO_USER


async def _company(client: ApiClient) -> int:
    company = (await client.companies()).default_company()
    assert company is not None
    return company.xid


async def _eventually(check: Callable[[], bool], within: float = 3.0) -> bool:
    """The sandbox logs a request just after answering it: give its thread a moment."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not check():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


def _posts(server: Any, path: str) -> int:
    return sum(1 for e in server.request_log if e.method == "POST" and e.path.endswith(path))


@pytest.fixture
async def faulty(
    make_sandbox: Callable[..., Any], make_api: Callable[..., ApiClient]
) -> tuple[Any, ApiClient]:
    server = make_sandbox(seed="empty")
    client = make_api(server.base_url)
    await client.login(DEMO_USER, DEMO_PASSWORD)
    return server, client


def _meta(company: int, name: str) -> models.FileUploadMeta:
    return models.FileUploadMeta(
        company_xid=company,
        content_type="application/pdf",
        file_name=f"{name}.pdf",
        friendly_filename=name,
        date=date(2026, 11, 5),
        keep_hidden_until_registration=False,
    )


async def test_429_is_retried_after_the_servers_retry_after(faulty: tuple[Any, ApiClient]) -> None:
    server, client = faulty
    company = await _company(client)
    server.faults.enqueue(
        Fault.status(429, retry_after=0.2), method="GET", path_prefix="/archiveFiles"
    )
    page = await client.archive_files(company, 10)
    assert page.archive_files_list == []

    def statuses() -> list[int | None]:
        return [e.status for e in server.request_log if e.path.endswith("/archiveFiles")]

    assert await _eventually(lambda: statuses()[-2:] == [429, 200]), statuses()


async def test_429_with_a_long_retry_after_goes_to_the_caller(
    faulty: tuple[Any, ApiClient],
) -> None:
    server, client = faulty
    server.faults.enqueue(Fault.status(429, retry_after=600), method="GET", path_prefix="/user")
    with pytest.raises(errors.RateLimited) as caught:
        await client.get_user()
    assert caught.value.retry_after == pytest.approx(600, abs=1)


async def test_5xx_on_a_read_is_retried(faulty: tuple[Any, ApiClient]) -> None:
    server, client = faulty
    server.faults.enqueue(Fault.status(503), method="GET", path_prefix="/companies", times=2)
    assert (await client.companies()).companies_and_access_list


async def test_5xx_that_persists_is_a_server_error(faulty: tuple[Any, ApiClient]) -> None:
    server, client = faulty
    server.faults.enqueue(Fault.status(500), method="GET", path_prefix="/user", times=5)
    with pytest.raises(errors.ServerError) as caught:
        await client.get_user()
    assert caught.value.status == 500


async def test_a_post_is_never_resent_blindly_after_a_5xx(faulty: tuple[Any, ApiClient]) -> None:
    server, client = faulty
    company = await _company(client)
    before = _posts(server, "/filesForUseInRegistrations")
    server.faults.enqueue(
        Fault.status(503), method="POST", path_prefix="/filesForUseInRegistrations"
    )
    with pytest.raises(errors.ServerError):
        await client.upload_file(_meta(company, "Én gang"), b"%PDF-1.4 once")
    assert await _eventually(lambda: _posts(server, "/filesForUseInRegistrations") - before == 1)
    await asyncio.sleep(0.2)
    assert _posts(server, "/filesForUseInRegistrations") - before == 1


async def test_dropped_connection_on_a_read_is_retried(faulty: tuple[Any, ApiClient]) -> None:
    server, client = faulty
    server.faults.enqueue(Fault.drop_after(), method="GET", path_prefix="/companies")
    assert (await client.companies()).companies_and_access_list


async def test_upload_dropped_after_it_landed_is_reported_as_unknown_outcome(
    faulty: tuple[Any, ApiClient],
) -> None:
    server, client = faulty
    company = await _company(client)
    body = b"%PDF-1.4 ambiguous " + bytes(range(256)) * 100
    server.faults.enqueue(
        Fault.drop_after(), method="POST", path_prefix="/filesForUseInRegistrations"
    )
    with pytest.raises(errors.ApiConnectionError) as caught:
        await client.upload_file(_meta(company, "Tvivlsom"), body)
    assert caught.value.request_sent is True
    assert await _eventually(lambda: _posts(server, "/filesForUseInRegistrations") == 1)
    await asyncio.sleep(0.2)
    assert _posts(server, "/filesForUseInRegistrations") == 1  # not re-sent
    # ... and it did land: the caller has to look before sending again
    lines = (await client.archive_files(company, 10)).archive_files_list
    assert [line.name for line in lines] == ["Tvivlsom"]
    stored = await client.archive_file(company, lines[0].xid)
    assert hashlib.sha256(stored.body).digest() == hashlib.sha256(body).digest()


async def test_non_json_answer_is_a_protocol_error(faulty: tuple[Any, ApiClient]) -> None:
    server, client = faulty
    server.faults.enqueue(Fault.garbage(), method="GET", path_prefix="/user")
    with pytest.raises(errors.ProtocolError):
        await client.get_user()
    # the injected HTML page is off-spec on purpose: not a sandbox defect
    contract = client.contract  # type: ignore[attr-defined]
    assert [v.status for v in contract.violations] == [200]
    contract.violations.clear()


async def test_timeout_on_a_read_is_retried_then_reported(
    make_sandbox: Callable[..., Any], make_api: Callable[..., ApiClient]
) -> None:
    server = make_sandbox(seed="empty")
    client = make_api(
        server.base_url,
        timeout=httpx.Timeout(0.3),
        retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.01),
    )
    await client.login(DEMO_USER, DEMO_PASSWORD)
    server.faults.enqueue(Fault.delay(1.0), method="GET", path_prefix="/user")
    assert (await client.get_user()).user_name == DEMO_USER  # second attempt is prompt
    server.faults.enqueue(Fault.delay(1.0), method="GET", path_prefix="/user", times=2)
    with pytest.raises(errors.ApiTimeout) as caught:
        await client.get_user()
    assert caught.value.request_sent is True


async def test_413_for_a_file_over_the_servers_limit(
    make_sandbox: Callable[..., Any], make_api: Callable[..., ApiClient]
) -> None:
    server = make_sandbox(seed="empty", max_upload_mb=1)
    client = make_api(server.base_url)
    await client.login(DEMO_USER, DEMO_PASSWORD)
    company = await _company(client)
    with pytest.raises(errors.PayloadTooLarge):
        await client.upload_file(_meta(company, "Stor"), b"%PDF-1.4" + b"0" * 1_500_000)


async def test_nothing_listening_is_a_connection_error_known_not_sent(
    make_api: Callable[..., ApiClient],
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = make_api(f"http://127.0.0.1:{port}/open/clientapi/v1")
    with pytest.raises(errors.ApiConnectionError) as caught:
        await client.login(DEMO_USER, DEMO_PASSWORD)
    assert caught.value.request_sent is False


async def test_off_spec_json_is_a_protocol_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(
                200,
                json={"token": "t", "tokenExpires": "2099-01-01T00:00:00.000", "refreshToken": "r"},
            )
        return httpx.Response(200, json={"companiesAndAccessList": [{"xid": "not a number"}]})

    client = ApiClient(
        "http://127.0.0.1:9/open/clientapi/v1", transport=httpx.MockTransport(handler)
    )
    await client.login("a", "b")
    with pytest.raises(errors.ProtocolError):
        await client.companies()
    await client.aclose()


def test_https_is_required_except_on_loopback() -> None:
    with pytest.raises(ValueError, match="https"):
        ApiClient("http://www.multiregnskab.dk/open/clientapi/v1")
    for ok in (
        "https://www.multiregnskab.dk/open/clientapi/v1",
        "http://127.0.0.1:8/x",
        "http://localhost:8/x",
        "http://[::1]:8/x",
    ):
        ApiClient(ok)

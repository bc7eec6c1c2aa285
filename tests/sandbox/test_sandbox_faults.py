"""Injected faults: queued ones fire once on the matching request; rates apply at random."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from app.sandbox.faults import Fault, Faults
from app.sandbox.server import SandboxServer
from tests.conftest import MAIN_COMPANY, handmade_seed, login

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


@pytest.fixture
def server(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox(seed=handmade_seed("empty"))


@pytest.fixture
def client(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        c.headers.update(login(c))
        yield c


def _upload(client: httpx.Client, name: str = "bon") -> httpx.Response:
    return client.post(
        "/filesForUseInRegistrations",
        json={
            "companyXid": MAIN_COMPANY,
            "fileBodyBase64": base64.b64encode(PDF).decode(),
            "friendlyFilename": name,
        },
    )


def _files(server: SandboxServer) -> int:
    return server.store.file_count(MAIN_COMPANY)


def _companies(client: httpx.Client) -> httpx.Response:
    return client.get("/companies")


def test_a_queued_status_fires_once_on_the_matching_request(
    server: SandboxServer, client: httpx.Client
) -> None:
    server.faults.enqueue(Fault.status(429, retry_after=1), method="GET", path_prefix="/companies")
    assert client.get("/user").status_code == 200  # does not match
    assert server.faults.pending() == 1
    limited = _companies(client)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert limited.json()["message"]
    assert _companies(client).status_code == 200
    assert server.faults.pending() == 0
    statuses = [(e.path, e.status, e.fault) for e in server.request_log if e.method == "GET"]
    assert statuses[-3:] == [
        ("/user", 200, None),
        ("/companies", 429, "status"),
        ("/companies", 200, None),
    ]


def test_queued_faults_can_repeat_and_match_full_paths(
    server: SandboxServer, client: httpx.Client
) -> None:
    server.faults.enqueue(Fault.status(503), path_prefix="/open/clientapi/v1/companies", times=2)
    assert [_companies(client).status_code for _ in range(3)] == [503, 503, 200]


def test_an_error_status_has_no_effect(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.enqueue(Fault.status(500), method="POST")
    assert _upload(client).status_code == 500
    assert _files(server) == 0


def test_drop_after_stores_the_upload_but_the_client_gets_no_response(
    server: SandboxServer, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    server.faults.enqueue(Fault.drop_after(), path_prefix="/filesForUseInRegistrations")
    with pytest.raises(DROPPED):
        _upload(client, "landed")
    assert _files(server) == 1
    entry = server.request_log.entries()[-1]
    assert (entry.path, entry.status, entry.fault) == (
        "/filesForUseInRegistrations",
        None,
        "drop_after",
    )
    assert _upload(client).status_code == 200  # the client reconnects
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_drop_before_has_no_effect(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.enqueue(Fault.drop_before(), method="POST")
    with pytest.raises(DROPPED):
        _upload(client)
    assert _files(server) == 0


async def test_drops_reach_async_clients_too(server: SandboxServer) -> None:
    server.faults.enqueue(Fault.drop_after(), path_prefix="/login")
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        with pytest.raises(DROPPED):
            await client.post(
                "/login", json={"userName": "demo@example.dk", "password": "demo1234"}
            )
        assert server.store.token_set_count("demo@example.dk") == 1
        response = await client.post(
            "/login", json={"userName": "demo@example.dk", "password": "demo1234"}
        )
        assert response.status_code == 200


def test_garbage_is_html_and_has_no_effect(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.enqueue(Fault.garbage(), method="POST")
    response = _upload(client)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    with pytest.raises(ValueError):
        response.json()
    assert _files(server) == 0


def test_delay_then_normal_handling(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.enqueue(Fault.delay(0.4), method="POST")
    started = time.monotonic()
    assert _upload(client).status_code == 200
    assert time.monotonic() - started >= 0.4
    assert _files(server) == 1
    with pytest.raises(httpx.ReadTimeout):
        server.faults.enqueue(Fault.delay(1.0), path_prefix="/companies")
        client.get("/companies", timeout=0.2)


def test_truncated_response(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.enqueue(Fault.truncate(), path_prefix="/companies")
    with pytest.raises(httpx.RemoteProtocolError):
        _companies(client)
    assert _companies(client).status_code == 200


def test_slow_body(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.enqueue(Fault.slow_body(0.3), path_prefix="/companies")
    started = time.monotonic()
    slow = _companies(client)
    assert time.monotonic() - started >= 0.25
    assert slow.json() == _companies(client).json()


def test_fail_rate_answers_5xx_without_effect(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.fail_rate = 1.0
    statuses = {_upload(client).status_code for _ in range(20)}
    assert statuses <= {500, 503} and statuses
    assert httpx.get(f"{server.root_url}/_sandbox/health").status_code == 200  # not the API
    server.faults.fail_rate = 0.0
    assert _files(server) == 0


def test_drop_rate_drops_after_the_effect(server: SandboxServer, client: httpx.Client) -> None:
    server.faults.drop_rate = 1.0
    for _ in range(3):
        with pytest.raises(DROPPED):
            _upload(client)
    server.faults.drop_rate = 0.0
    assert _files(server) == 3


def test_partial_rates_are_repeatable(server: SandboxServer, client: httpx.Client) -> None:
    def run() -> list[int | None]:
        server.faults.seed(7)
        server.faults.fail_rate = 0.5
        statuses = [_companies(client).status_code for _ in range(20)]
        server.faults.fail_rate = 0.0
        return list(statuses)

    first = run()
    assert first == run()
    assert 200 in first and ({500, 503} & set(first))


def test_latency_is_added_to_api_requests(make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox(seed=handmade_seed("empty"), latency_ms=250)
    started = time.monotonic()
    assert httpx.post(f"{server.base_url}/login", json={}).status_code == 400
    assert time.monotonic() - started >= 0.25
    server.faults.latency_ms = 0
    started = time.monotonic()
    httpx.post(f"{server.base_url}/login", json={})
    assert time.monotonic() - started < 0.25


def test_request_log_counts(server: SandboxServer, client: httpx.Client) -> None:
    before = server.request_log.count("/companies", "GET")
    for _ in range(3):
        _companies(client)
    assert server.request_log.count("/companies", "GET") - before == 3
    client.get("/user", headers={"X-MultiRegnskabTraceId": "trace-42"})
    assert server.request_log.entries()[-1].trace_id == "trace-42"
    assert server.request_log.count("/companies", "POST") == 0
    server.request_log.clear()
    assert len(server.request_log) == 0


def test_fault_construction_is_checked() -> None:
    with pytest.raises(ValueError):
        Fault.status(200)
    with pytest.raises(ValueError):
        Faults(fail_rate=1.5)
    faults = Faults()
    faults.enqueue(Fault.drop_after(), method="post", path_prefix="/x")
    assert faults.take("GET", "/x", "/base/x") is None
    assert faults.take("POST", "/y", "/base/y") is None
    assert faults.take("POST", "/x", "/base/x") == Fault.drop_after()
    faults.enqueue(Fault.garbage())
    faults.reset()
    assert faults.pending() == 0

"""Malformed input of every kind is a 4xx with a JSON message, never a 5xx; and every
operation's success answers conform to the spec."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer
from tests.conftest import MAIN_COMPANY, handmade_seed, login
from tests.contract import check_exchange

C = MAIN_COMPANY
POSTS = [
    "/login",
    "/refreshToken",
    "/user",
    "/filesForUseInRegistrations",
    "/suggestedRegistrations",
    "/customers",
    "/invoices",
    "/sales",
]
BAD_BODIES: list[bytes] = [
    b"",
    b"null",
    b"[]",
    b"42",
    b'"text"',
    b"{",
    b"{'single': 'quotes'}",
    b"\xff\xfe\x00",
    b'{"companyXid": 1e999}',
    b'{"companyXid": 99999999999999999999999999}',
    b'{"companyXid": -9223372036854775809}',
    b'{"companyXid": true}',
    b'{"companyXid": "100001"}',
    b'{"companyXid": null}',
    b'{"text": "\\ud800"}',
    b'{"nested": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    b'{"companyXid": 100001, "date": {"y": 2026}}',
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(
        data_dir=tmp_path_factory.mktemp("validation"), seed=handmade_seed("demo")
    ) as server:
        yield server


@pytest.fixture(scope="module")
def client(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        c.headers.update(login(c))
        yield c


def _assert_client_error(response: httpx.Response, *allowed: int) -> None:
    assert response.status_code < 500, (response.request.url, response.text)
    if allowed:
        assert response.status_code in allowed, (response.request.url, response.text)
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json()["message"], str) and response.json()["message"]


@pytest.mark.parametrize("path", POSTS)
def test_malformed_bodies_are_400(client: httpx.Client, path: str) -> None:
    for body in BAD_BODIES:
        response = client.post(path, content=body, headers={"content-type": "application/json"})
        _assert_client_error(response, 400, 401)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", f"/archiveFile/{C}/1"),
        ("DELETE", "/tokens"),
    ],
)
def test_malformed_bodies_on_other_methods(client: httpx.Client, method: str, path: str) -> None:
    for body in BAD_BODIES:
        response = client.request(method, path, content=body)
        _assert_client_error(response, 400)


@pytest.mark.parametrize(
    "path",
    [
        "/archiveFiles?companyXid=abc&maxLines=1",
        "/archiveFiles?companyXid=%EF%BC%91&maxLines=1",  # a full-width digit
        "/archiveFiles?companyXid=1_000&maxLines=1",
        "/archiveFiles?companyXid=%201&maxLines=1",
        "/archiveFiles?companyXid=9223372036854775808&maxLines=1",
        f"/archiveFiles?companyXid={C}&maxLines=1&folderXid=x",
        f"/archiveFiles?companyXid={C}&maxLines=1&continuationToken=%00%FF",
        f"/archiveFiles?companyXid={C}&maxLines=1&continuationToken=" + "A" * 5000,
        "/archiveFile?companyXid=1",
        f"/archiveFile?companyXid={C}&archiveFileXid=1&omitFileBody=maybe",
        f"/archiveFile?companyXid={C}&archiveFileXid=1e3",
        "/customers/1.5",
        "/customers/-",
        "/customers/99999999999999999999",
        "/products/%F0%9F%92%A9",
        f"/bankPostings/{C}/5001?fromDateIncl=2026-1-1",
        f"/bankPostings/{C}/5001?fromDateIncl=0000-01-01",
        f"/bankPostings/{C}/5001?toDateIncl=9999-99-99",
        "/unitsOfMeasure/%00",
    ],
)
def test_malformed_parameters_are_400(client: httpx.Client, path: str) -> None:
    _assert_client_error(client.get(path), 400)


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/nothing-here", 404),
        ("GET", "/archiveFile/1", 404),
        ("POST", "/companies", 405),
        ("PATCH", "/user", 405),
        ("GET", "/customers", 405),
    ],
)
def test_unknown_routes_are_json(client: httpx.Client, method: str, path: str, status: int) -> None:
    _assert_client_error(client.request(method, path), status)
    outside = client.request(method, f"{client.base_url.scheme}://{client.base_url.host}:"
                                      f"{client.base_url.port}/elsewhere")  # fmt: skip
    _assert_client_error(outside, 404, 405)


def test_upload_of_non_object_recognized_text(client: httpx.Client) -> None:
    body = {
        "companyXid": C,
        "fileBodyBase64": base64.b64encode(b"x").decode(),
        "recognizedTextElements": [{"xPosition": "1", "yPosition": 2, "text": "t"}],
    }
    _assert_client_error(client.post("/filesForUseInRegistrations", json=body), 400)


def _successful_calls(server: SandboxServer, client: httpx.Client) -> Iterator[httpx.Response]:
    """One successful call of each of the 24 operations."""
    pdf = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()
    yield client.get("/user")
    yield client.get("/companies")
    yield client.post("/accessRequest")
    yield client.get("/archiveFiles", params={"companyXid": C, "maxLines": 3})
    first = client.get("/archiveFiles", params={"companyXid": C, "maxLines": 1}).json()
    seeded = first["archiveFilesList"][0]["xid"]
    yield client.get("/archiveFile", params={"companyXid": C, "archiveFileXid": seeded})
    uploaded = client.post(
        "/filesForUseInRegistrations",
        json={"companyXid": C, "fileBodyBase64": pdf, "comment": "ny"},
    )
    yield uploaded
    xid = uploaded.json()["xid"]
    yield client.get(
        "/archiveFile", params={"companyXid": C, "archiveFileXid": xid, "omitFileBody": "true"}
    )
    yield client.put(
        f"/archiveFile/{C}/{xid}", json={"date": "2026-11-01", "friendlyFilename": "Bon"}
    )
    spare = client.post("/filesForUseInRegistrations", json={"companyXid": C,
                                                              "fileBodyBase64": pdf})  # fmt: skip
    yield client.delete(f"/archiveFile/{C}/{spare.json()['xid']}")
    yield client.post(
        "/suggestedRegistrations",
        json={
            "companyXid": C,
            "date": "2026-11-01",
            "description": "Bon",
            "debitCreditlines": [{"accountNumber": "2000", "amount": "10,00"}],
            "filesToAttachXids": [{"xid": xid}],
        },
    )
    yield client.get(f"/customers/{C}")
    yield client.post(
        "/customers",
        json={
            "companyXid": C,
            "xid": 0,
            "entityVersion": 0,
            "customerName": "Kunde",
            "currencyCode": "DKK",
            "address1": "Vej 1",
            "zipCode": "1000",
            "city": "København K",
            "countryCode": "DK",
            "languageCode": "EN",
        },
    )
    yield client.post(
        "/invoices",
        json={
            "companyXid": C,
            "invoiceXid": 0,
            "customerXid": 2001,
            "invoiceDate": "2026-11-01",
            "lines": [{"lineNo": 0, "lineText": "x", "amount": "1,00", "productTypeXid": 3001}],
        },
    )
    yield client.post(
        "/sales",
        json={"companyXid": C, "customerXid": 2001, "amount": "10,00",
              "generateMobilePayQrCode": True},
    )  # fmt: skip
    yield client.get(f"/productTypes/{C}")
    yield client.get(f"/products/{C}")
    yield client.get(f"/bankAccounts/{C}")
    yield client.get(f"/bankPostings/{C}/5001")
    yield client.get(f"/bankBalances/{C}")
    yield client.get("/unitsOfMeasure/da")
    tokens = client.post("/login", json={"userName": "demo@example.dk", "password": "demo1234"})
    yield tokens
    yield client.post(
        "/refreshToken",
        headers={"Authorization": f"Bearer {tokens.json()['token']}"},
        json={"refreshToken": tokens.json()["refreshToken"]},
    )
    new_user = client.post("/user", json={"userName": "ny@example.dk", "password": "hemmelig"})
    yield new_user
    mine = {"Authorization": f"Bearer {new_user.json()['tokenResponse']['token']}"}
    yield client.request(
        "DELETE",
        "/tokens",
        headers=mine,
        json={
            "applyToAllTokensByUser": True,
            "invalidateNow": False,
            "expireAccessTokenNow": False,
            "expireRefreshTokenNow": True,
        },
    )
    yield client.delete("/user", headers=mine)


def test_every_operation_conforms_to_the_spec(server: SandboxServer, client: httpx.Client) -> None:
    operations: set[tuple[str, str]] = set()
    problems: list[str] = []
    for response in _successful_calls(server, client):
        request = response.request
        assert response.status_code == 200, (request.method, request.url, response.text)
        body = request.content
        problems += [
            f"{request.method} {request.url.path}: {p}"
            for p in check_exchange(request, body, response)
        ]
        segments = request.url.path.split("/")[4:]
        operations.add((request.method, segments[0] if segments else ""))
    assert not problems, "\n".join(problems)
    assert len(operations) >= 20  # (method, first path segment) pairs: 24 operations


def _walk_for_nulls(value: Any, where: str = "$") -> list[str]:
    if value is None:
        return [where]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _walk_for_nulls(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _walk_for_nulls(v, f"{where}[{i}]")]
    return []


def test_no_nulls_in_answers(server: SandboxServer, client: httpx.Client) -> None:
    for response in _successful_calls(server, client):
        if response.content:
            assert _walk_for_nulls(response.json()) == [], response.request.url

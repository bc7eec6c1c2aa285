"""Login, token expiry and rotation, token revocation, users and companies."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer
from tests.conftest import DEMO_PASSWORD, DEMO_USER, FakeClock, login

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}")


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as c:
        yield c


def _tokens(client: httpx.Client, user: str = DEMO_USER, password: str = DEMO_PASSWORD) -> Any:
    response = client.post("/login", json={"userName": user, "password": password})
    assert response.status_code == 200, response.text
    return response.json()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _refresh(client: httpx.Client, access: str, refresh: str) -> httpx.Response:
    return client.post("/refreshToken", headers=_bearer(access), json={"refreshToken": refresh})


def test_login_returns_a_token_set(client: httpx.Client) -> None:
    tokens = _tokens(client)
    assert set(tokens) == {"token", "tokenExpires", "refreshToken"}
    assert TIMESTAMP.fullmatch(tokens["tokenExpires"])
    assert len(tokens["token"]) >= 32 and tokens["token"] != tokens["refreshToken"]
    assert client.get("/companies", headers=_bearer(tokens["token"])).status_code == 200


def test_login_user_name_is_case_insensitive(client: httpx.Client) -> None:
    assert _tokens(client, user="  Demo@Example.DK ")["token"]


@pytest.mark.parametrize(
    ("user", "password"),
    [(DEMO_USER, "wrong"), ("nobody@example.dk", DEMO_PASSWORD), (DEMO_USER, ""), ("", "")],
)
def test_bad_credentials_are_401(client: httpx.Client, user: str, password: str) -> None:
    response = client.post("/login", json={"userName": user, "password": password})
    assert response.status_code == 401
    assert response.json()["message"]


@pytest.mark.parametrize(
    "body", [{}, {"userName": DEMO_USER}, {"userName": 1, "password": "x"}, [], "x", None]
)
def test_malformed_login_is_400(client: httpx.Client, body: Any) -> None:
    assert client.post("/login", json=body).status_code == 400


@pytest.mark.parametrize(
    "header", [None, "", "Bearer", "Basic abc", "Bearer not-a-token", "bearer x y"]
)
def test_missing_or_unknown_tokens_are_401(client: httpx.Client, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = client.get("/companies", headers=headers)
    assert response.status_code == 401
    assert "message" in response.json()


def test_refresh_rotates_the_refresh_token(client: httpx.Client) -> None:
    first = _tokens(client)
    response = _refresh(client, first["token"], first["refreshToken"])
    assert response.status_code == 200
    second = response.json()
    assert second["token"] != first["token"] and second["refreshToken"] != first["refreshToken"]
    # The new set works; the old refresh token is spent; the old access token lives on.
    assert client.get("/user", headers=_bearer(second["token"])).status_code == 200
    assert _refresh(client, first["token"], first["refreshToken"]).status_code == 401
    assert client.get("/user", headers=_bearer(first["token"])).status_code == 200
    # And the new refresh token works exactly once too.
    assert _refresh(client, second["token"], second["refreshToken"]).status_code == 200
    assert _refresh(client, second["token"], second["refreshToken"]).status_code == 401


def test_refresh_needs_the_matching_access_token(client: httpx.Client) -> None:
    one, two = _tokens(client), _tokens(client)
    assert _refresh(client, two["token"], one["refreshToken"]).status_code == 401
    assert (
        client.post("/refreshToken", json={"refreshToken": one["refreshToken"]}).status_code == 401
    )
    assert _refresh(client, "unknown", one["refreshToken"]).status_code == 401
    bad_body = client.post("/refreshToken", headers=_bearer(one["token"]), json={})
    assert bad_body.status_code == 400
    assert _refresh(client, one["token"], one["refreshToken"]).status_code == 200


def test_tokens_expire_on_the_injected_clock(make_sandbox: Callable[..., SandboxServer]) -> None:
    clock = FakeClock()
    server = make_sandbox(clock=clock, token_ttl=60)
    with httpx.Client(base_url=server.base_url) as client:
        tokens = _tokens(client)
        assert tokens["tokenExpires"] == "2026-11-24T12:01:00.000"
        clock.advance(59)
        assert client.get("/user", headers=_bearer(tokens["token"])).status_code == 200
        clock.advance(1)
        expired = client.get("/user", headers=_bearer(tokens["token"]))
        assert expired.status_code == 401 and "expired" in expired.json()["message"]
        # An expired access token can still be refreshed...
        renewed = _refresh(client, tokens["token"], tokens["refreshToken"])
        assert renewed.status_code == 200
        assert client.get("/user", headers=_bearer(renewed.json()["token"])).status_code == 200
        # ...until the refresh token itself expires (30 days).
        clock.advance(30 * 86400)
        again = renewed.json()
        assert _refresh(client, again["token"], again["refreshToken"]).status_code == 401


def test_short_ttl_expires_in_real_time(make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox(token_ttl=1)
    with httpx.Client(base_url=server.base_url) as client:
        tokens = _tokens(client)
        assert client.get("/user", headers=_bearer(tokens["token"])).status_code == 200
        time.sleep(1.1)
        assert client.get("/user", headers=_bearer(tokens["token"])).status_code == 401
        assert _refresh(client, tokens["token"], tokens["refreshToken"]).status_code == 200
        server.token_ttl = 900  # changeable while running
        assert _tokens(client)["tokenExpires"] > tokens["tokenExpires"]


def _delete_tokens(client: httpx.Client, token: str, **flags: bool) -> httpx.Response:
    body = {
        "applyToAllTokensByUser": False,
        "invalidateNow": False,
        "expireAccessTokenNow": False,
        "expireRefreshTokenNow": False,
    }
    body.update(flags)
    return client.request("DELETE", "/tokens", headers=_bearer(token), json=body)


def test_delete_tokens_invalidate_now(client: httpx.Client) -> None:
    mine, other = _tokens(client), _tokens(client)
    response = _delete_tokens(client, mine["token"], invalidateNow=True)
    assert response.json() == {"tokensAffected": 1}
    assert client.get("/user", headers=_bearer(mine["token"])).status_code == 401
    assert _refresh(client, mine["token"], mine["refreshToken"]).status_code == 401
    assert client.get("/user", headers=_bearer(other["token"])).status_code == 200


def test_delete_tokens_expire_access_keeps_refresh(client: httpx.Client) -> None:
    tokens = _tokens(client)
    assert _delete_tokens(client, tokens["token"], expireAccessTokenNow=True).json() == {
        "tokensAffected": 1
    }
    assert client.get("/user", headers=_bearer(tokens["token"])).status_code == 401
    assert _refresh(client, tokens["token"], tokens["refreshToken"]).status_code == 200


def test_delete_tokens_expire_refresh_keeps_access(client: httpx.Client) -> None:
    tokens = _tokens(client)
    _delete_tokens(client, tokens["token"], expireRefreshTokenNow=True)
    assert client.get("/user", headers=_bearer(tokens["token"])).status_code == 200
    assert _refresh(client, tokens["token"], tokens["refreshToken"]).status_code == 401


def test_delete_tokens_for_all_of_a_users_sets(make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox()
    with httpx.Client(base_url=server.base_url) as client:
        sets = [_tokens(client) for _ in range(3)]
        nothing = _delete_tokens(client, sets[0]["token"], applyToAllTokensByUser=True)
        assert nothing.json() == {"tokensAffected": 0}
        response = _delete_tokens(
            client, sets[0]["token"], applyToAllTokensByUser=True, invalidateNow=True
        )
        assert response.json() == {"tokensAffected": 3}
        for tokens in sets:
            assert client.get("/user", headers=_bearer(tokens["token"])).status_code == 401


def test_delete_tokens_validates_its_body(client: httpx.Client) -> None:
    token = _tokens(client)["token"]
    response = client.request(
        "DELETE", "/tokens", headers=_bearer(token), json={"invalidateNow": "yes"}
    )
    assert response.status_code == 400


def test_user_lifecycle(client: httpx.Client) -> None:
    name = f"New.User.{time.monotonic_ns()}@Example.dk"
    created = client.post("/user", json={"userName": name, "password": "hemmelig"})
    assert created.status_code == 200
    body = created.json()
    assert set(body) == {"tokenResponse", "codeForAccessRequest"}
    headers = _bearer(body["tokenResponse"]["token"])
    assert client.get("/user", headers=headers).json() == {"userName": name.lower()}
    assert client.get("/companies", headers=headers).json() == {
        "companiesAndAccessList": [],
        "lastCompanies": [],
    }
    code = client.post("/accessRequest", headers=headers).json()["accessRequestCode"]
    assert code == body["codeForAccessRequest"]
    assert client.post("/accessRequest", headers=headers).json()["accessRequestCode"] == code
    taken = client.post("/user", json={"userName": name.upper(), "password": "x"})
    assert taken.status_code == 409
    assert _tokens(client, name, "hemmelig")
    assert client.delete("/user", headers=headers).status_code == 200
    assert client.get("/user", headers=headers).status_code == 401
    gone = client.post("/login", json={"userName": name, "password": "hemmelig"})
    assert gone.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"userName": "", "password": "x"},
        {"userName": "not-an-email", "password": "x"},
        {"userName": "a" * 70 + "@example.dk", "password": "x"},
        {"userName": "ok@example.dk", "password": ""},
        {"userName": "ok@example.dk"},
    ],
)
def test_bad_new_users_are_400(client: httpx.Client, body: Any) -> None:
    assert client.post("/user", json=body).status_code == 400


def test_demo_user_and_companies(sandbox: SandboxServer, client: httpx.Client) -> None:
    headers = login(client)
    user = client.get("/user", headers=headers).json()
    assert user["userName"] == DEMO_USER and user["realName"]
    companies = client.get("/companies", headers=headers).json()
    listed = companies["companiesAndAccessList"]
    assert listed and companies["lastCompanies"]
    assert companies["lastCompanies"][0] in {c["xid"] for c in listed}
    for company in listed:
        assert set(company) == {
            "xid",
            "name",
            "cvr",
            "allowDocumentsAdd",
            "allowDocumentsEdit",
            "allowDocumentsView",
        }


def test_delete_tokens_counts_only_live_sets(make_sandbox: Callable[..., SandboxServer]) -> None:
    clock = FakeClock()
    server = make_sandbox(clock=clock, token_ttl=60)
    with httpx.Client(base_url=server.base_url) as client:
        old = _tokens(client)
        clock.advance(61)
        _tokens(client)  # a second set, live
        new = _refresh(client, old["token"], old["refreshToken"]).json()
        # old: access expired and refresh spent (dead); the login and the refresh: live
        response = _delete_tokens(
            client,
            new["token"],
            applyToAllTokensByUser=True,
            expireAccessTokenNow=True,
            expireRefreshTokenNow=True,
        )
        assert response.json() == {"tokensAffected": 2}
        assert client.get("/user", headers=_bearer(new["token"])).status_code == 401
        assert _refresh(client, new["token"], new["refreshToken"]).status_code == 401

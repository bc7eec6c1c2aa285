"""The spec checkers themselves: they must catch what is off-spec, or they prove nothing."""

from __future__ import annotations

from typing import Any

import httpx

from app.sandbox.tap import Exchange
from tests.contract import ServerSpecChecker, check_exchange


def _exchange(status: int, body: bytes) -> Exchange:
    return Exchange(
        method="GET",
        path="/open/clientapi/v1/companies",
        query="",
        request_headers={"authorization": "Bearer x"},
        status=status,
        response_headers={"content-type": "application/json"},
        body=body,
    )


def test_server_checker_flags_an_off_spec_response_and_passes_a_good_one() -> None:
    checker = ServerSpecChecker()
    checker(_exchange(200, b'{"companiesAndAccessList": [{"xid": "x"}], "lastCompanies": []}'))
    checker(_exchange(200, b'{"companiesAndAccessList": [], "lastCompanies": []}'))
    checker(_exchange(403, b'{"message": "undocumented status: not checked"}'))
    violations = checker.check()
    assert len(violations) == 1 and violations[0].status == 200
    assert checker.checked == 2


def test_client_side_check_flags_a_request_missing_a_required_field() -> None:
    request = httpx.Request(
        "POST", "http://127.0.0.1:1/open/clientapi/v1/login", json={"userName": "a"}
    )
    response = httpx.Response(401, request=request)
    problems = check_exchange(request, request.read(), response)
    assert problems and "request" in problems[0]


def test_the_shared_sandbox_has_its_responses_checked(sandbox: Any) -> None:
    with httpx.Client(base_url=sandbox.base_url) as http:
        http.post("/login", json={"userName": "demo@example.dk", "password": "demo1234"})
    assert isinstance(sandbox.observer, ServerSpecChecker)
    assert sandbox.observer.check() == []
    assert sandbox.observer.checked > 0

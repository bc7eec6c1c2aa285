"""Check every request the client sends and every response it gets against the spec.

``ContractTransport`` wraps httpx's transport; each exchange is validated with
openapi-core against the vendor's OpenAPI document (env MR_API_SPEC, default
../shared/api/public-client-api-v1.yaml). Responses are checked when the spec documents
their status (it documents mostly 200 and 401); violations are collected so a fixture can
fail the test that caused them.
"""

from __future__ import annotations

import copy
import functools
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

REPO = Path(__file__).resolve().parents[1]
SPEC_PATH = Path(
    os.environ.get("MR_API_SPEC", REPO.parent / "shared/api/public-client-api-v1.yaml")
)
BASE_PATH = "/open/clientapi/v1"


class _JsonLikeLoader(yaml.SafeLoader):
    """YAML as JSON sees it: ``2021-12-31`` stays a string, not a datetime.date."""


_JsonLikeLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@functools.cache
def spec_dict() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.load(fh, Loader=_JsonLikeLoader)
    return data


@functools.cache
def openapi_for(host_url: str) -> OpenAPI:
    spec = copy.deepcopy(spec_dict())
    spec["servers"] = [{"url": host_url + BASE_PATH}]
    return OpenAPI.from_dict(spec)


class _Req:
    def __init__(self, request: httpx.Request, body: bytes | None) -> None:
        url = urlsplit(str(request.url))
        self.host_url = f"{url.scheme}://{url.netloc}"
        self.path = url.path
        self.method = request.method.lower()
        self.body = body or None
        self.content_type = request.headers.get("content-type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(url.query, keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )


class _Resp:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))
        self.data = response.content


@dataclass
class Violation:
    method: str
    path: str
    status: int | None
    problem: str

    def __str__(self) -> str:
        return f"{self.method} {self.path} [{self.status}]: {self.problem}"


def _documented(host_url: str, method: str, path: str, status: int) -> bool:
    rel = path.removeprefix(BASE_PATH)
    for template, ops in spec_dict()["paths"].items():
        parts, tparts = rel.strip("/").split("/"), template.strip("/").split("/")
        if len(parts) != len(tparts):
            continue
        if all(t.startswith("{") or t == p for t, p in zip(tparts, parts, strict=True)):
            op = ops.get(method)
            if op is not None:
                return str(status) in op.get("responses", {})
    return False


def check_exchange(
    request: httpx.Request, body: bytes | None, response: httpx.Response
) -> list[str]:
    """Problems with one request/response pair (empty when it conforms)."""
    api = openapi_for(f"{request.url.scheme}://{request.url.netloc.decode()}")
    req = _Req(request, body)
    problems: list[str] = []
    try:
        api.validate_request(req)
    except Exception as exc:  # openapi-core raises a family of errors
        problems.append(f"request: {exc!r} {getattr(exc, '__cause__', '')!r}")
    if _documented(req.host_url, req.method, req.path, response.status_code):
        try:
            api.validate_response(req, _Resp(response))
        except Exception as exc:
            problems.append(f"response: {exc!r} {getattr(exc, '__cause__', '')!r}")
    return problems


class ContractTransport(httpx.AsyncBaseTransport):
    """An httpx transport that validates each exchange and records violations."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport()
        self.violations: list[Violation] = []
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.requests.append(request)
        response = await self._inner.handle_async_request(request)
        await response.aread()
        if request.url.path.startswith(BASE_PATH):
            for problem in check_exchange(request, body, response):
                self.violations.append(
                    Violation(request.method, request.url.path, response.status_code, problem)
                )
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _ExchangeRequest:
    """An openapi-core request built from what the sandbox saw."""

    def __init__(self, host_url: str, exchange: Any) -> None:
        self.host_url = host_url
        self.path = exchange.path
        self.method = exchange.method.lower()
        self.body = None
        self.content_type = exchange.request_headers.get("content-type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(exchange.query, keep_blank_values=True)),
            header=Headers(exchange.request_headers),
            cookie=ImmutableMultiDict(),
        )


class _ExchangeResponse:
    def __init__(self, exchange: Any) -> None:
        self.status_code = exchange.status
        self.content_type = exchange.response_headers.get("content-type", "")
        self.headers = Headers(exchange.response_headers)
        self.data = exchange.body


class ServerSpecChecker:
    """An observer for ``SandboxServer(observer=...)``: every response the sandbox sends
    with a status the spec documents is validated against the spec's schema.

    The observer only records (it runs on the server's thread); ``check()`` validates
    what was recorded since the last call and returns the violations.
    """

    HOST = "http://sandbox.test"

    def __init__(self) -> None:
        self._pending: list[Any] = []
        self._lock = threading.Lock()
        self.checked = 0

    def __call__(self, exchange: Any) -> None:
        if exchange.path.startswith(BASE_PATH):
            with self._lock:
                self._pending.append(exchange)

    def check(self) -> list[Violation]:
        with self._lock:
            pending, self._pending = self._pending, []
        api = openapi_for(self.HOST)
        found: list[Violation] = []
        for ex in pending:
            if not _documented(self.HOST, ex.method.lower(), ex.path, ex.status):
                continue
            self.checked += 1
            try:
                api.validate_response(_ExchangeRequest(self.HOST, ex), _ExchangeResponse(ex))
            except Exception as exc:
                found.append(Violation(ex.method, ex.path, ex.status, f"response: {exc!r}"))
        return found

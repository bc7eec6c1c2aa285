"""What every route handler needs: the store, JSON responses, auth and parameter parsing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypeVar

import msgspec
from starlette.requests import Request
from starlette.responses import Response

from app.sandbox.bodies import _Body, decode_body
from app.sandbox.errors import SandboxError, bad_request, forbidden, unauthorized
from app.sandbox.store import CompanyAccess, Store, TokenOwner
from app.sandbox.validation import INT64_MAX, INT64_MIN, iso_date, parse_int

__all__ = [
    "Context",
    "Permission",
    "authenticate",
    "bearer_token",
    "context",
    "error_response",
    "json_response",
    "path_int",
    "query_bool",
    "query_date",
    "query_int",
    "read_body",
    "require_company",
]

Permission = Literal["view", "add", "edit"]
B = TypeVar("B", bound=_Body)

_encoder = msgspec.json.Encoder()


@dataclass
class Context:
    """The sandbox state the handlers share (``app.state.sandbox``)."""

    store: Store
    max_upload_bytes: int


def context(request: Request) -> Context:
    ctx = request.app.state.sandbox
    assert isinstance(ctx, Context)
    return ctx


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        _encoder.encode(data), status_code=status, headers=headers, media_type="application/json"
    )


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return json_response({"message": message}, status, headers)


async def read_body(request: Request, kind: type[B]) -> B:
    return decode_body(await request.body(), kind)


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise unauthorized("Missing Authorization header (expected 'Bearer <token>')")
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise unauthorized("The Authorization header must be 'Bearer <token>'")
    return token


def authenticate(request: Request) -> TokenOwner:
    """The owner of the request's valid access token, or 401."""
    owner = context(request).store.check_access_token(bearer_token(request))
    request.state.user_name = owner.user_name
    return owner


_PERMISSION_TEXT = {
    "view": ("allow_documents_view", "view documents"),
    "add": ("allow_documents_add", "add documents"),
    "edit": ("allow_documents_edit", "edit documents"),
}


def require_company(
    request: Request,
    owner: TokenOwner,
    company_xid: int,
    permission: Permission | None = None,
) -> CompanyAccess:
    """The company when the user may use it (and has ``permission``), else 403."""
    company = context(request).store.company_access(owner.user_name, company_xid)
    if company is None:
        raise forbidden(f"You do not have access to company {company_xid}")
    if permission is not None:
        attribute, text = _PERMISSION_TEXT[permission]
        if not getattr(company, attribute):
            raise forbidden(f"You are not allowed to {text} in company {company_xid}")
    return company


def query_int(
    request: Request,
    name: str,
    *,
    required: bool = True,
    minimum: int = INT64_MIN,
    maximum: int = INT64_MAX,
) -> int | None:
    text = request.query_params.get(name)
    if text is None or text == "":
        if required:
            raise bad_request(f"Missing required query parameter {name}")
        return None
    return parse_int(name, text, minimum=minimum, maximum=maximum)


def require_query_int(
    request: Request, name: str, *, minimum: int = INT64_MIN, maximum: int = INT64_MAX
) -> int:
    value = query_int(request, name, required=True, minimum=minimum, maximum=maximum)
    assert value is not None
    return value


def query_bool(request: Request, name: str, default: bool) -> bool:
    text = request.query_params.get(name)
    if text is None or text == "":
        return default
    lowered = text.lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise bad_request(f"{name}: expected true or false, got {text[:40]!r}")


def query_date(request: Request, name: str) -> date | None:
    text = request.query_params.get(name)
    if text is None or text == "":
        return None
    return iso_date(name, text)


def path_int(request: Request, name: str) -> int:
    value = request.path_params.get(name)
    if not isinstance(value, str):
        raise SandboxError(404, "Not found")
    return parse_int(name, value)

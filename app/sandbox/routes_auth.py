"""Users, tokens and companies: /login, /refreshToken, /tokens, /user, /accessRequest,
/companies."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.api.wire import format_timestamp
from app.sandbox.bodies import (
    CreateUserRequest,
    InvalidateOrExpireTokensRequest,
    LoginRequest,
    RefreshTokenRequest,
)
from app.sandbox.errors import bad_request, unauthorized
from app.sandbox.http import authenticate, bearer_token, context, json_response, read_body
from app.sandbox.seeddata import JsonObject
from app.sandbox.store import TokenSet

__all__ = ["routes"]

_USER_NAME = re.compile(r"[^@\s]+@[^@\s]+")


def _token_response(tokens: TokenSet) -> JsonObject:
    return {
        "token": tokens.access_token,
        "tokenExpires": format_timestamp(tokens.access_expires),
        "refreshToken": tokens.refresh_token,
    }


async def login(request: Request) -> Response:
    body = await read_body(request, LoginRequest)
    store = context(request).store
    user_name = store.authenticate(body.user_name, body.password)
    if user_name is None:
        raise unauthorized("Wrong user name or password")
    request.state.user_name = user_name
    return json_response(_token_response(store.issue_tokens(user_name)))


async def refresh_token(request: Request) -> Response:
    access_token = bearer_token(request)
    body = await read_body(request, RefreshTokenRequest)
    tokens = context(request).store.refresh(access_token, body.refresh_token)
    return json_response(_token_response(tokens))


async def invalidate_tokens(request: Request) -> Response:
    owner = authenticate(request)
    body = await read_body(request, InvalidateOrExpireTokensRequest)
    affected = context(request).store.revoke_tokens(
        owner,
        all_sets=body.apply_to_all_tokens_by_user,
        invalidate=body.invalidate_now,
        expire_access=body.expire_access_token_now,
        expire_refresh=body.expire_refresh_token_now,
    )
    return json_response({"tokensAffected": affected})


async def access_request(request: Request) -> Response:
    owner = authenticate(request)
    user = context(request).store.user(owner.user_name)
    return json_response({"accessRequestCode": user.access_request_code})


async def user(request: Request) -> Response:
    if request.method == "POST":
        return await _create_user(request)
    owner = authenticate(request)
    store = context(request).store
    if request.method == "DELETE":
        store.user(owner.user_name)  # 401 when already gone
        store.delete_user(owner.user_name)
        return json_response({})
    record = store.user(owner.user_name)
    data: JsonObject = {"userName": record.user_name}
    if record.real_name:
        data["realName"] = record.real_name
    if record.administrator_xid is not None:
        data["administratorXid"] = record.administrator_xid
    if record.administrator_name:
        data["administratorName"] = record.administrator_name
    if record.administrator_role:
        data["administratorRole"] = record.administrator_role
    return json_response(data)


async def _create_user(request: Request) -> Response:
    body = await read_body(request, CreateUserRequest)
    user_name = body.user_name.strip().lower()
    if not user_name:
        raise bad_request("userName must not be empty")
    if len(user_name) > 70:
        raise bad_request("userName must be at most 70 characters")
    if not _USER_NAME.fullmatch(user_name):
        raise bad_request("userName must be an e-mail address")
    if not body.password:
        raise bad_request("password must not be empty")
    tokens, code = context(request).store.create_user(user_name, body.password)
    request.state.user_name = user_name
    return json_response({"tokenResponse": _token_response(tokens), "codeForAccessRequest": code})


async def companies(request: Request) -> Response:
    owner = authenticate(request)
    store = context(request).store
    listed = [
        {
            "xid": c.xid,
            "name": c.name,
            "cvr": c.cvr,
            "allowDocumentsAdd": c.allow_documents_add,
            "allowDocumentsEdit": c.allow_documents_edit,
            "allowDocumentsView": c.allow_documents_view,
        }
        for c in store.companies_for(owner.user_name)
    ]
    return json_response(
        {"companiesAndAccessList": listed, "lastCompanies": store.last_companies(owner.user_name)}
    )


routes = [
    Route("/login", login, methods=["POST"]),
    Route("/refreshToken", refresh_token, methods=["POST"]),
    Route("/tokens", invalidate_tokens, methods=["DELETE"]),
    Route("/accessRequest", access_request, methods=["POST"]),
    Route("/user", user, methods=["GET", "POST", "DELETE"]),
    Route("/companies", companies, methods=["GET"]),
]

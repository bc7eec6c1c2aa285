"""The async client of Multi-Regnskab's Public Client API: one method per operationId.

    async with ApiClient("https://www.multiregnskab.dk/open/clientapi/v1") as api:
        await api.login("user@example.dk", password, remember=True)
        companies = await api.companies()

Authentication is handled here once for every call (see ``auth.Session``); errors are
the classes in ``errors``; bodies are the models in ``models``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeVar

import httpx

from app.api import codec, errors, models
from app.api.auth import Session
from app.api.http import BodyFactory, HttpCore, RetryPolicy
from app.api.tokens import MemoryTokenStore, TokenSet, TokenStore, utc_now
from app.api.uploads import ProgressCallback, UploadBody
from app.api.wire import format_date

T = TypeVar("T")

__all__ = ["PRODUCTION_URL", "ApiClient"]

PRODUCTION_URL = "https://www.multiregnskab.dk/open/clientapi/v1"
# Decode bodies larger than this in a worker thread, not on the event loop.
_OFFLOAD_BYTES = 256 * 1024


class ApiClient:
    """One signed-in (or not yet signed-in) user against one server."""

    def __init__(
        self,
        base_url: str = PRODUCTION_URL,
        *,
        token_store: TokenStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], datetime] = utc_now,
        max_connections: int = 8,
    ) -> None:
        kwargs: dict[str, Any] = {}
        if timeout is not None:
            kwargs["timeout"] = timeout
        self._http = HttpCore(
            base_url, transport=transport, retry=retry, max_connections=max_connections, **kwargs
        )
        self.base_url = self._http.base_url
        self.session = Session(token_store or MemoryTokenStore(), self.base_url, clock=clock)
        self.session.bind(self.refresh_token)

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- plumbing -----------------------------------------------------------------

    async def _authed(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        body_factory: BodyFactory | None = None,
        body_length: int | None = None,
    ) -> httpx.Response:
        """Send with the bearer token; on an unexpected 401 refresh once and retry once."""
        payload = codec.encode(body) if body is not None else None
        trace = uuid.uuid4().hex
        tokens = await self.session.valid_tokens()
        for last_try in (False, True):
            try:
                return await self._http.send(
                    method,
                    path,
                    params=params,
                    body=payload,
                    body_factory=body_factory,
                    body_length=body_length,
                    headers={"Authorization": f"Bearer {tokens.access_token}"},
                    trace_id=trace,
                )
            except errors.Unauthorized as exc:
                if last_try:
                    await self.session.forget()
                    raise errors.SessionExpired(
                        "Your session is no longer valid. Please sign in again.",
                        status=401,
                        method=exc.method,
                        path=exc.path,
                        trace_id=exc.trace_id,
                    ) from exc
                tokens = await self.session.refresh(tokens)
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    async def _decode(response: httpx.Response, type_: type[T]) -> T:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.ProtocolError(
                f"The server answered with {response.headers.get('content-type') or 'no type'}"
                " where JSON was expected.",
                method=response.request.method,
                path=response.request.url.path,
            )
        data = response.content
        try:
            if len(data) > _OFFLOAD_BYTES:
                return await asyncio.to_thread(codec.decode, data, type_)
            return codec.decode(data, type_)
        except codec.DecodeError as exc:
            raise errors.ProtocolError(
                f"The server's answer does not match the API: {exc}",
                method=response.request.method,
                path=response.request.url.path,
            ) from exc

    async def _get(self, path: str, type_: type[T], params: dict[str, Any] | None = None) -> T:
        return await self._decode(await self._authed("GET", path, params=params), type_)

    async def _post_for_xid(self, path: str, body: Any) -> int:
        response = await self._authed("POST", path, body=body)
        return (await self._decode(response, models.EntityIdentification)).xid

    # --- user and session ------------------------------------------------------------

    async def login(self, user_name: str, password: str, *, remember: bool = False) -> TokenSet:
        """POST /login. ``remember`` keeps the tokens (never the password) for next time."""
        try:
            response = await self._http.send(
                "POST", "/login", body=codec.encode(models.LoginRequest(user_name, password))
            )
        except errors.Unauthorized as exc:
            raise errors.LoginFailed(
                "Wrong user name or password.", status=401, method="POST", path="/login"
            ) from exc
        token = await self._decode(response, models.TokenResponse)
        tokens = TokenSet.from_response(user_name, token, self.session.now())
        await self.session.establish(tokens, remember=remember)
        return tokens

    async def restore_session(self) -> models.BaseUserData | None:
        """Resume a stored session without the password; None when there is none that works."""
        if await self.session.restore() is None:
            return None
        try:
            return await self.get_user()
        except errors.SessionExpired:
            return None

    async def refresh_token(self, stale: TokenSet) -> TokenSet:
        """POST /refreshToken with the old access token and the refresh token."""
        response = await self._http.send(
            "POST",
            "/refreshToken",
            body=codec.encode(models.RefreshTokenRequest(stale.refresh_token)),
            headers={"Authorization": f"Bearer {stale.access_token}"},
        )
        token = await self._decode(response, models.TokenResponse)
        return TokenSet.from_response(stale.user_name, token, self.session.now())

    async def logout(self) -> None:
        """Revoke this session's tokens on the server and forget them here.

        The local tokens are forgotten even when the server cannot be reached.
        """
        try:
            if self.session.signed_in:
                await self.invalidate_or_expire_tokens(invalidate_now=True)
        except (errors.TransportError, errors.HttpStatusError):
            pass
        finally:
            await self.session.forget()

    async def invalidate_or_expire_tokens(
        self,
        *,
        apply_to_all_tokens_by_user: bool = False,
        invalidate_now: bool = False,
        expire_access_token_now: bool = False,
        expire_refresh_token_now: bool = False,
    ) -> int:
        """DELETE /tokens; returns how many tokens were affected."""
        request = models.InvalidateOrExpireTokensRequest(
            apply_to_all_tokens_by_user=apply_to_all_tokens_by_user,
            invalidate_now=invalidate_now,
            expire_access_token_now=expire_access_token_now,
            expire_refresh_token_now=expire_refresh_token_now,
        )
        response = await self._authed("DELETE", "/tokens", body=request)
        result = await self._decode(response, models.InvalidateOrExpireTokensResponse)
        return result.tokens_affected

    async def access_request(self) -> str:
        """POST /accessRequest: the user's code for being granted access to a company."""
        response = await self._authed("POST", "/accessRequest")
        return (await self._decode(response, models.AccessRequestResponse)).access_request_code

    async def get_user(self) -> models.BaseUserData:
        return await self._get("/user", models.BaseUserData)

    async def create_user(
        self, user_name: str, password: str, *, remember: bool = False
    ) -> models.CreateUserResponse:
        """POST /user, then continue signed in as the new user."""
        response = await self._http.send(
            "POST", "/user", body=codec.encode(models.CreateUserRequest(user_name, password))
        )
        created = await self._decode(response, models.CreateUserResponse)
        tokens = TokenSet.from_response(
            user_name.lower(), created.token_response, self.session.now()
        )
        await self.session.establish(tokens, remember=remember)
        return created

    async def delete_user(self) -> None:
        """DELETE /user: removes the signed-in user's account, then forgets the session."""
        await self._authed("DELETE", "/user")
        await self.session.forget()

    # --- companies and archive ---------------------------------------------------------

    async def companies(self) -> models.CompaniesAndAccess:
        return await self._get("/companies", models.CompaniesAndAccess)

    async def archive_files(
        self,
        company_xid: int,
        max_lines: int = 100,
        *,
        folder_xid: int | None = None,
        continuation_token: str | None = None,
    ) -> models.ArchiveFiles:
        """One page of the inbox; pass ``continuation_token`` from the previous page."""
        params: dict[str, Any] = {"companyXid": company_xid, "maxLines": max_lines}
        if folder_xid is not None:
            params["folderXid"] = folder_xid
        if continuation_token:
            params["continuationToken"] = continuation_token
        return await self._get("/archiveFiles", models.ArchiveFiles, params)

    async def iter_archive_files(
        self, company_xid: int, page_size: int = 100, *, folder_xid: int | None = None
    ) -> AsyncIterator[list[models.ArchiveFileLine]]:
        """Every page of the inbox in order."""
        token: str | None = None
        while True:
            page = await self.archive_files(
                company_xid, page_size, folder_xid=folder_xid, continuation_token=token
            )
            yield page.archive_files_list
            token = page.continuation_token
            if not token:
                return

    async def archive_file(
        self, company_xid: int, archive_file_xid: int, *, omit_body: bool = False
    ) -> models.ArchiveFile:
        """One file with its metadata; ``.body`` holds the decoded bytes (off the loop)."""
        params: dict[str, Any] = {"companyXid": company_xid, "archiveFileXid": archive_file_xid}
        if omit_body:
            params["omitFileBody"] = "true"
        response = await self._authed("GET", "/archiveFile", params=params)
        if "json" not in response.headers.get("content-type", ""):
            await self._decode(response, models.ArchiveFile)  # raises ProtocolError
        try:
            return await asyncio.to_thread(_decode_archive_file, response.content)
        except (codec.DecodeError, binascii.Error) as exc:
            raise errors.ProtocolError(
                f"The server's file does not match the API: {exc}",
                method="GET",
                path="/archiveFile",
            ) from exc

    async def update_archive_file(
        self,
        company_xid: int,
        archive_file_xid: int,
        *,
        date: date,
        friendly_filename: str,
        comment: str | None = None,
    ) -> None:
        """PUT metadata: date, friendly name, and optionally a new comment."""
        body = models.ArchiveFileUpdate(
            date=date, friendly_filename=friendly_filename, comment=comment
        )
        await self._authed("PUT", f"/archiveFile/{company_xid}/{archive_file_xid}", body=body)

    async def delete_archive_file(self, company_xid: int, archive_file_xid: int) -> None:
        """DELETE; NotFound when unknown, Conflict when delete-protected."""
        await self._authed("DELETE", f"/archiveFile/{company_xid}/{archive_file_xid}")

    async def upload_file(
        self,
        meta: models.FileUploadMeta,
        source: Path | bytes,
        *,
        progress: ProgressCallback | None = None,
    ) -> int:
        """POST /filesForUseInRegistrations, streamed; returns the new file's xid.

        A TransportError with ``request_sent`` True means the upload may have landed:
        look for it before sending it again (the client never re-sends it blindly).
        """
        upload = UploadBody(meta, source, progress)
        response = await self._authed(
            "POST",
            "/filesForUseInRegistrations",
            body_factory=upload,
            body_length=upload.length,
        )
        return (await self._decode(response, models.EntityIdentification)).xid

    # --- registrations, customers, invoices, sales -------------------------------------

    async def create_suggested_registration(self, registration: models.Registration) -> int:
        if len(registration.files_to_attach_xids) > 3:
            raise ValueError("a registration can have at most 3 attached files")
        return await self._post_for_xid("/suggestedRegistrations", registration)

    async def customers(self, company_xid: int) -> list[models.Customer]:
        return (await self._get(f"/customers/{company_xid}", models.CustomerList)).customers

    async def create_customer(self, customer: models.Customer) -> int:
        return await self._post_for_xid("/customers", customer)

    async def create_invoice(self, invoice: models.Invoice) -> int:
        return await self._post_for_xid("/invoices", invoice)

    async def create_sales(self, sale: models.SalesRequest) -> models.SalesResponse:
        response = await self._authed("POST", "/sales", body=sale)
        return await self._decode(response, models.SalesResponse)

    # --- bank ----------------------------------------------------------------------------

    async def bank_accounts(self, company_xid: int) -> list[models.BankAccount]:
        return (await self._get(f"/bankAccounts/{company_xid}", models.BankAccounts)).accounts

    async def bank_postings(
        self,
        company_xid: int,
        bank_account_xid: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
    ) -> list[models.BankPosting]:
        """Postings of one account; the server defaults to the last month."""
        params: dict[str, Any] = {}
        if from_date is not None:
            params["fromDateIncl"] = format_date(from_date)
        if to_date is not None:
            params["toDateIncl"] = format_date(to_date)
        path = f"/bankPostings/{company_xid}/{bank_account_xid}"
        return (await self._get(path, models.BankPostings, params)).bp_list

    async def bank_balances(self, company_xid: int) -> list[models.BankBalance]:
        return (await self._get(f"/bankBalances/{company_xid}", models.BankBalances)).bb_list

    # --- products and options ------------------------------------------------------------

    async def product_types(self, company_xid: int) -> list[models.ProductType]:
        return (await self._get(f"/productTypes/{company_xid}", models.ProductTypes)).pt_list

    async def products(self, company_xid: int) -> list[models.Product]:
        return (await self._get(f"/products/{company_xid}", models.Products)).product_list

    async def units_of_measure(self, language: Literal["da", "en"]) -> list[models.UnitOfMeasure]:
        return (await self._get(f"/unitsOfMeasure/{language}", models.UnitsOfMeasure)).uom_list


def _decode_archive_file(data: bytes) -> models.ArchiveFile:
    """JSON + base64 of a whole file: run in a worker thread."""
    file = codec.decode(data, models.ArchiveFile)
    if file.file_body_base64:
        file.body = base64.b64decode(file.file_body_base64, validate=True)
        file.file_body_base64 = ""
    return file

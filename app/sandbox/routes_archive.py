"""The document archive and registrations: /archiveFiles, /archiveFile, uploads and
/suggestedRegistrations."""

from __future__ import annotations

import base64
import binascii
import re

import msgspec
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.api.amounts import format_amount
from app.sandbox.bodies import ArchiveFileUpdate, FileUpload, RegistrationRequest
from app.sandbox.errors import bad_request, not_found, too_large
from app.sandbox.http import (
    authenticate,
    context,
    json_response,
    path_int,
    query_bool,
    query_int,
    read_body,
    require_company,
    require_query_int,
)
from app.sandbox.seeddata import JsonObject
from app.sandbox.sniffing import sniff_content_type
from app.sandbox.store import FileRecord
from app.sandbox.validation import INT32_MAX, danish_amount, iso_date, required_text, strict_base64

__all__ = ["MAX_LINES", "decode_continuation", "encode_continuation", "routes"]

MAX_LINES = 1000
MAX_ATTACHED_FILES = 3
_CONTENT_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[\w.+-]+(\s*;[ -~]*)?")


# --- listing -------------------------------------------------------------------------------


def encode_continuation(company_xid: int, folder_xid: int | None, last_xid: int) -> str:
    """An opaque continuation token: the last xid seen (plus what it is valid for)."""
    folder = "-" if folder_xid is None else str(folder_xid)
    raw = f"af1.{company_xid}.{folder}.{last_xid}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_continuation(token: str, company_xid: int, folder_xid: int | None) -> int:
    """The last xid a token encodes; 400 when it is not one of ours for this listing."""
    invalid = bad_request("continuationToken is not valid for this listing")
    if not token or len(token) > 200 or not token.isascii():
        raise invalid
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except (binascii.Error, ValueError):
        raise invalid from None
    parts = raw.split(".")
    folder = "-" if folder_xid is None else str(folder_xid)
    if len(parts) != 4 or parts[0] != "af1" or parts[1] != str(company_xid) or parts[2] != folder:
        raise invalid
    if not re.fullmatch(r"-?[0-9]{1,19}", parts[3]):
        raise invalid
    return int(parts[3])


async def archive_files(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = require_query_int(request, "companyXid")
    max_lines = require_query_int(request, "maxLines", minimum=1, maximum=INT32_MAX)
    folder_xid = query_int(request, "folderXid", required=False)
    if folder_xid == 0:
        folder_xid = None  # the inbox itself
    token = request.query_params.get("continuationToken")
    before = decode_continuation(token, company_xid, folder_xid) if token else None
    require_company(request, owner, company_xid, "view")
    lines, more = context(request).store.list_files(
        company_xid, min(max_lines, MAX_LINES), before_xid=before, folder_xid=folder_xid
    )
    data: JsonObject = {
        "archiveFilesList": [
            {
                "xid": line.xid,
                "id": line.id,
                "date": line.date,
                "name": line.name,
                "timestampLastUpdate": line.timestamp_last_update,
            }
            for line in lines
        ]
    }
    if more and lines:
        data["continuationToken"] = encode_continuation(company_xid, folder_xid, lines[-1].xid)
    return json_response(data)


# --- one file ------------------------------------------------------------------------------


def _archive_file(record: FileRecord, omit_body: bool) -> JsonObject:
    data: JsonObject = {
        "companyXid": record.company_xid,
        "archiveFileXid": record.xid,
        "fileBodyBase64": (
            "" if omit_body or record.body is None else base64.b64encode(record.body).decode()
        ),
        "contentType": record.content_type,
        "fileName": record.file_name,
        "friendlyFilename": record.friendly_filename,
        "date": record.date,
    }
    if record.plain_text is not None:
        data["plainText"] = record.plain_text
    if record.einvoice is not None:
        data["einvoice"] = record.einvoice
    comments = []
    for c in record.comments:
        comment: JsonObject = {"dateTime": c.date_time, "userName": c.user_name}
        if c.real_name:
            comment["realName"] = c.real_name
        if c.user_initials:
            comment["userInitials"] = c.user_initials
        comment["comment"] = c.comment
        comments.append(comment)
    data["comments"] = comments
    return data


async def archive_file(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = require_query_int(request, "companyXid")
    file_xid = require_query_int(request, "archiveFileXid")
    omit_body = query_bool(request, "omitFileBody", False)
    require_company(request, owner, company_xid, "view")
    record = context(request).store.file(company_xid, file_xid, with_body=not omit_body)
    if record is None:
        raise not_found(f"Archive file {file_xid} does not exist in company {company_xid}")
    return json_response(_archive_file(record, omit_body))


async def change_archive_file(request: Request) -> Response:
    owner = authenticate(request)
    company_xid = path_int(request, "companyXid")
    file_xid = path_int(request, "archiveFileXid")
    store = context(request).store
    if request.method == "DELETE":
        require_company(request, owner, company_xid, "edit")
        store.delete_file(company_xid, file_xid)
        return json_response({})
    body = await read_body(request, ArchiveFileUpdate)
    file_date = iso_date("date", body.date)
    name = required_text("friendlyFilename", body.friendly_filename).strip()
    comment = body.comment.strip() if body.comment else None
    require_company(request, owner, company_xid, "edit")
    store.update_file(
        company_xid,
        file_xid,
        file_date=file_date,
        friendly_filename=name,
        comment=comment or None,
        author=owner.user_name,
    )
    return json_response({})


# --- uploads -------------------------------------------------------------------------------


def _decoded_size(text: str) -> int:
    return len(text) * 3 // 4 - text[-2:].count("=")


async def upload_file(request: Request) -> Response:
    owner = authenticate(request)
    body = await read_body(request, FileUpload)
    content_type = body.content_type.strip() if body.content_type else None
    if content_type and not _CONTENT_TYPE.fullmatch(content_type):
        raise bad_request(f"contentType {content_type[:60]!r} is not a media type")
    file_date = iso_date("date", body.date) if body.date else None
    require_company(request, owner, body.company_xid, "add")
    limit = context(request).max_upload_bytes
    if _decoded_size(body.file_body_base64) > limit:
        raise too_large(f"The file is larger than the maximum of {limit} bytes")
    data = strict_base64("fileBodyBase64", body.file_body_base64)
    if not data:
        raise bad_request("fileBodyBase64 must not be empty")
    if len(data) > limit:
        raise too_large(f"The file is larger than the maximum of {limit} bytes")
    file_name = body.file_name.strip() if body.file_name else None
    friendly = body.friendly_filename.strip() if body.friendly_filename else None
    comment = body.comment.strip() if body.comment else None
    recognized = (
        [msgspec.to_builtins(element) for element in body.recognized_text_elements]
        if body.recognized_text_elements is not None
        else None
    )
    xid = context(request).store.add_file(
        body.company_xid,
        data,
        content_type=content_type or sniff_content_type(data),
        file_name=file_name or None,
        friendly_filename=friendly or None,
        file_date=file_date,
        hidden=(
            True
            if body.keep_hidden_until_registration is None
            else body.keep_hidden_until_registration
        ),
        comment=comment or None,
        author=owner.user_name,
        recognized_text=recognized,
    )
    return json_response({"xid": xid})


# --- registrations -------------------------------------------------------------------------


async def suggested_registration(request: Request) -> Response:
    owner = authenticate(request)
    body = await read_body(request, RegistrationRequest)
    reg_date = iso_date("date", body.date)
    description = required_text("description", body.description).strip()
    lines: list[JsonObject] = []
    for index, line in enumerate(body.debit_creditlines or ()):
        where = f"debitCreditlines[{index}]"
        account = required_text(f"{where}.accountNumber", line.account_number).strip()
        amount = danish_amount(f"{where}.amount", line.amount)
        wire: JsonObject = {"accountNumber": account}
        vat_code = line.vat_code.strip() if line.vat_code else ""
        if vat_code:
            wire["vatCode"] = vat_code
        wire["amount"] = format_amount(amount)
        lines.append(wire)
    file_xids = [entity.xid for entity in body.files_to_attach_xids or ()]
    if len(file_xids) > MAX_ATTACHED_FILES:
        raise bad_request(
            f"filesToAttachXids: at most {MAX_ATTACHED_FILES} files can be attached,"
            f" got {len(file_xids)}"
        )
    if len(set(file_xids)) != len(file_xids):
        raise bad_request("filesToAttachXids: the same file is attached twice")
    require_company(request, owner, body.company_xid, "add")
    xid = context(request).store.add_registration(
        body.company_xid,
        reg_date=reg_date,
        description=description,
        lines=lines,
        file_xids=file_xids,
        author=owner.user_name,
        supplier_xid=body.supplier_xid,
        customer_xid=body.customer_xid,
    )
    return json_response({"xid": xid})


routes = [
    Route("/archiveFiles", archive_files, methods=["GET"]),
    Route("/archiveFile", archive_file, methods=["GET"]),
    Route(
        "/archiveFile/{companyXid}/{archiveFileXid}",
        change_archive_file,
        methods=["PUT", "DELETE"],
    ),
    Route("/filesForUseInRegistrations", upload_file, methods=["POST"]),
    Route("/suggestedRegistrations", suggested_registration, methods=["POST"]),
]

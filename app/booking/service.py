"""Booking a draft: validate, upload local files hidden, create the suggested registration.

    drafts = DraftStore.open(paths)
    memory = BookingMemory.open(paths)
    service = BookingService(api, drafts, memory=memory)
    try:
        xid = await service.submit(draft, progress=show)
    except DraftInvalid as exc:        # nothing sent; exc.problems say what to fix
    except SubmitFailed as exc:        # the draft stays; exc.reason, exc.message
    except RegistrationUncertain:      # may have arrived: ask the user (see below)

Rules:

* Local PDFs go with their words as recognizedTextElements when the service has a
  ``text_reader`` (a RenderService with SUGGESTION_HANDLERS; see app.uploads.recognized).
* Local files are uploaded hidden-until-registration, each at most once per draft:
  the store records every upload (before it is sent and when it lands), and a retry of
  the same draft reuses what landed before instead of sending it again.
* A failed submission keeps the draft and its uploads for the retry. Files removed
  from the draft, and every upload of an abandoned draft (``abandon``), are deleted on
  the server; when that fails they stay recorded and ``purge_pending`` (run it at
  start) tries again. Nothing is dropped silently.
* POST /suggestedRegistrations is never repeated blindly. When its outcome is unknown
  (the connection broke after sending, a timeout, a 5xx other than 503, a garbled
  answer, or the program died waiting) the draft becomes ``UNCERTAIN`` and
  ``RegistrationUncertain`` is raised. ``check_uncertain`` looks for evidence (a hidden
  upload attached to it becomes visible in the inbox when the registration exists);
  then the user chooses: ``confirm_booked`` (it arrived), ``submit(draft, resend=True)``
  (send it again) or ``abandon``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from app.api import errors, models
from app.api.amounts import Amount
from app.api.uploads import ProgressCallback
from app.booking.drafts import (
    MAX_ATTACHMENTS,
    Draft,
    DraftStatus,
    DraftStore,
    DraftUpload,
    LocalFile,
    UploadState,
)
from app.booking.memory import BookingMemory, check_account_number, check_vat_code
from app.filetypes import sniff
from app.suggestions.amounts import AmountInputError, parse_amount_input
from app.uploads.intake import DEFAULT_ACCEPTED_TYPES, DEFAULT_MAX_BYTES, NAME_MAX
from app.uploads.recognized import TextReader, read_recognized_text
from app.uploads.reconcile import InboxReader

log = logging.getLogger(__name__)

__all__ = [
    "AbandonReport",
    "BookingApi",
    "BookingError",
    "BookingService",
    "DraftBusy",
    "DraftInvalid",
    "Evidence",
    "FailureReason",
    "Problem",
    "RegistrationUncertain",
    "SubmitFailed",
    "SubmitProgress",
    "SubmitStage",
    "ValidDraft",
    "validate_draft",
]


class BookingApi(InboxReader, Protocol):
    """The part of ``ApiClient`` that booking uses."""

    async def upload_file(
        self,
        meta: models.FileUploadMeta,
        source: Path | bytes,
        *,
        progress: ProgressCallback | None = None,
    ) -> int: ...

    async def create_suggested_registration(self, registration: models.Registration) -> int: ...

    async def delete_archive_file(self, company_xid: int, archive_file_xid: int) -> None: ...


# --- validation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something to fix before the draft can be sent.

    ``field`` is "date", "description", "supplier", "lines", "attachments", or a line's
    "account" / "vat_code" / "amount" with ``line`` its 0-based index in ``Draft.lines``.
    """

    field: str
    message: str
    line: int | None = None


@dataclass(frozen=True)
class ValidDraft:
    """A draft that passed validation, with its lines parsed (blank lines left out)."""

    draft: Draft
    date: dt.date
    lines: tuple[models.DebitCreditLine, ...]

    @property
    def total(self) -> Amount:
        return Amount(sum((line.amount for line in self.lines), Amount(0)))


def validate_draft(draft: Draft) -> ValidDraft | list[Problem]:
    """The parsed draft, or every problem found (for showing as the user types)."""
    problems: list[Problem] = []
    if draft.date is None:
        problems.append(Problem("date", "Choose the registration's date."))
    if not draft.description.strip():
        problems.append(Problem("description", "Write a description."))
    if draft.supplier_xid is not None and draft.supplier_xid <= 0:
        problems.append(Problem("supplier", "A supplier number is a positive number."))
    lines: list[models.DebitCreditLine] = []
    for index, line in enumerate(draft.lines):
        if line.blank:
            continue
        why = check_account_number(line.account)
        if why is not None:
            problems.append(Problem("account", why, index))
        why = check_vat_code(line.vat_code)
        if why is not None:
            problems.append(Problem("vat_code", why, index))
        try:
            amount = parse_amount_input(line.amount)
        except AmountInputError as exc:
            problems.append(Problem("amount", str(exc), index))
            continue
        lines.append(
            models.DebitCreditLine(
                account_number=line.account.strip(),
                amount=amount,
                vat_code=line.vat_code.strip() or None,
            )
        )
    if not any(not line.blank for line in draft.lines):
        problems.append(Problem("lines", "Add at least one line."))
    if draft.attachment_count > MAX_ATTACHMENTS:
        problems.append(
            Problem(
                "attachments",
                f"A registration can have at most {MAX_ATTACHMENTS} attached files; this"
                f" one has {draft.attachment_count}. Remove"
                f" {draft.attachment_count - MAX_ATTACHMENTS}.",
            )
        )
    if len(set(draft.inbox_xids)) != len(draft.inbox_xids):
        problems.append(Problem("attachments", "The same document is attached twice."))
    if problems or draft.date is None:
        return problems
    return ValidDraft(draft, draft.date, tuple(lines))


# --- outcomes -------------------------------------------------------------------------------


class BookingError(Exception):
    """A submission that did not produce a registration (``message`` is for the user)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DraftInvalid(BookingError):
    """Nothing was sent: ``problems`` say what to fix."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = tuple(problems)


class DraftBusy(BookingError):
    """The draft is being submitted already."""


class FailureReason(StrEnum):
    NETWORK = "network"  # no connection; nothing arrived: retry
    SERVER = "server"  # 503 / 429: the server did not act: retry later
    SIGN_IN = "sign_in"  # the session expired: sign in, then retry
    FORBIDDEN = "forbidden"  # the company does not allow adding documents
    REJECTED = "rejected"  # 400/404/409: the server's message says why
    TOO_LARGE = "too_large"  # 413 for an attachment
    FILE_UNREADABLE = "file_unreadable"  # a local file is gone or unreadable
    # An upload's outcome is unknown: retry sends it again. If the first copy arrived,
    # it stays hidden on the server (its xid is unknown, so it cannot be deleted).
    UPLOAD_UNCERTAIN = "upload_uncertain"


class SubmitFailed(BookingError):
    """Nothing was registered; the draft (and files uploaded for it) stay for a retry."""

    def __init__(self, reason: FailureReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def retryable(self) -> bool:
        return self.reason in (
            FailureReason.NETWORK,
            FailureReason.SERVER,
            FailureReason.SIGN_IN,
            FailureReason.UPLOAD_UNCERTAIN,
        )


class RegistrationUncertain(BookingError):
    """The registration may or may not have been created: ask the user.

    The draft is ``UNCERTAIN``; ``submit`` refuses to send it again (raising this
    again) unless called with ``resend=True``.
    """

    def __init__(self, draft_id: int, message: str) -> None:
        super().__init__(message)
        self.draft_id = draft_id


class Evidence(StrEnum):
    """What the inbox says about an uncertain registration (``check_uncertain``)."""

    # A file uploaded hidden for it is visible now: a registration references it.
    ARRIVED = "arrived"
    # Every file uploaded hidden for it is still hidden: it did not arrive (or the
    # server has not finished yet).
    NOT_ARRIVED = "not_arrived"
    # Nothing to look at (no hidden upload attached), or the inbox could not be read.
    UNKNOWN = "unknown"


class SubmitStage(StrEnum):
    UPLOADING = "uploading"  # a local file: file_name, sent / total bytes
    REGISTERING = "registering"
    DONE = "done"


@dataclass(frozen=True)
class SubmitProgress:
    stage: SubmitStage
    file_name: str = ""
    file_index: int = 0  # 0-based among the files being uploaded
    file_count: int = 0
    sent: int = 0
    total: int = 0


@dataclass(frozen=True)
class AbandonReport:
    deleted: tuple[int, ...] = ()  # server xids deleted now
    pending: tuple[int, ...] = ()  # still to delete (the server could not be reached)
    unreachable: int = 0  # uploads that may have arrived hidden, xid unknown
    attached: tuple[int, ...] = field(default=())  # referenced by a registration (409)


# --- the service ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    local: LocalFile
    data: bytes
    sha256: str
    content_type: str
    file_name: str


def _outcome_unknown(exc: errors.ApiError) -> bool:
    """Whether a failed POST may have taken effect (the project's convention)."""
    if isinstance(exc, errors.TransportError):
        return exc.request_sent
    if isinstance(exc, errors.ServerError):
        return exc.status != 503
    return isinstance(exc, errors.ProtocolError)


def _failure(exc: errors.ApiError, what: str) -> SubmitFailed:
    if isinstance(exc, errors.SessionExpired):
        return SubmitFailed(FailureReason.SIGN_IN, "Your session has expired. Sign in again.")
    if isinstance(exc, errors.TransportError):
        return SubmitFailed(
            FailureReason.NETWORK, f"The server could not be reached ({exc.message})."
        )
    if isinstance(exc, errors.RateLimited | errors.ServerError):
        return SubmitFailed(
            FailureReason.SERVER, f"The server is busy or failing: {exc.message} Try again."
        )
    if isinstance(exc, errors.Forbidden):
        return SubmitFailed(
            FailureReason.FORBIDDEN, "This company does not allow you to add documents."
        )
    if isinstance(exc, errors.PayloadTooLarge):
        return SubmitFailed(FailureReason.TOO_LARGE, f"{what} is too large for the server.")
    return SubmitFailed(FailureReason.REJECTED, f"The server refused {what}: {exc.message}")


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BookingService:
    """Submits drafts from a ``DraftStore`` through the API (one per signed-in client)."""

    def __init__(
        self,
        api: BookingApi,
        drafts: DraftStore,
        *,
        memory: BookingMemory | None = None,
        max_file_bytes: int = DEFAULT_MAX_BYTES,
        inbox_pages: int = 10,
        text_reader: TextReader | None = None,
    ) -> None:
        self._api = api
        self._drafts = drafts
        self._memory = memory
        self._max_bytes = max_file_bytes
        self._inbox_pages = inbox_pages
        self._busy: set[int] = set()
        # reads a PDF's words (render worker) to send as recognizedTextElements
        self.text_reader = text_reader

    def busy(self, draft_id: int) -> bool:
        """Whether ``draft_id`` is being submitted now."""
        return draft_id in self._busy

    # --- submitting -----------------------------------------------------------------

    async def submit(
        self,
        draft: Draft,
        *,
        resend: bool = False,
        progress: Callable[[SubmitProgress], None] | None = None,
    ) -> int:
        """Save and send ``draft``; the new suggested registration's xid.

        Raises DraftInvalid (nothing sent), SubmitFailed (nothing registered, the draft
        stays), RegistrationUncertain (may have been registered: the user decides),
        DraftBusy, or KeyError when the draft is gone. ``resend=True`` sends an
        UNCERTAIN draft again: the user said so. On success the draft is deleted, the
        accounts, VAT codes and supplier are remembered, and the uploads are attached.
        """
        if draft.id in self._busy:
            raise DraftBusy("This draft is being sent already.")
        self._busy.add(draft.id)
        try:
            return await self._submit(draft, resend, progress or (lambda _: None))
        finally:
            self._busy.discard(draft.id)

    async def _submit(
        self, draft: Draft, resend: bool, progress: Callable[[SubmitProgress], None]
    ) -> int:
        current = self._drafts.find(draft.id)
        if current is None:
            raise KeyError(draft.id)
        if current.status is DraftStatus.UNCERTAIN and not resend:
            raise RegistrationUncertain(
                draft.id,
                current.last_error
                or "The registration may have arrived already. Check before sending again.",
            )
        draft = self._drafts.save(draft)
        checked = validate_draft(draft)
        if isinstance(checked, list):
            raise DraftInvalid(checked)
        prepared = await self._prepare(draft)
        # Files taken off the draft since an earlier attempt: their uploads are orphans.
        self._drafts.discard_stale(draft.id, (p.sha256 for p in prepared))
        uploaded: list[int] = []
        for index, item in enumerate(prepared):
            uploaded.append(await self._upload(draft, item, index, len(prepared), progress))
        attach = [*draft.inbox_xids, *uploaded]
        registration = models.Registration(
            company_xid=draft.company_xid,
            date=checked.date,
            description=draft.description.strip(),
            supplier_xid=draft.supplier_xid,
            customer_xid=draft.customer_xid,
            debit_creditlines=list(checked.lines),
            files_to_attach_xids=[models.EntityIdentification(xid=x) for x in attach],
        )
        progress(SubmitProgress(SubmitStage.REGISTERING))
        self._drafts.set_status(draft.id, DraftStatus.SUBMITTING)
        try:
            xid = await self._api.create_suggested_registration(registration)
        except errors.ApiError as exc:
            if _outcome_unknown(exc):
                message = (
                    "The connection failed after the registration was sent"
                    f" ({exc.message}); it may have arrived. Check in Multi-Regnskab, or"
                    " look for it here, before sending it again."
                )
                self._drafts.set_status(draft.id, DraftStatus.UNCERTAIN, message)
                log.warning("draft %d: registration outcome unknown: %s", draft.id, exc)
                raise RegistrationUncertain(draft.id, message) from exc
            failure = _failure(exc, "the registration")
            self._drafts.set_status(draft.id, DraftStatus.EDITING, failure.message)
            log.info("draft %d: registration failed: %s", draft.id, exc)
            raise failure from exc
        except BaseException:
            # Cancelled (or a bug) while the POST was under way: it may have arrived.
            self._drafts.set_status(
                draft.id,
                DraftStatus.UNCERTAIN,
                "Sending was interrupted; the registration may have arrived.",
            )
            raise
        log.info("draft %d booked as suggested registration %d", draft.id, xid)
        self._finish(draft, checked, attach)
        progress(SubmitProgress(SubmitStage.DONE))
        await self._purge_quietly()
        return xid

    async def _prepare(self, draft: Draft) -> list[_Prepared]:
        """Read and check every local file (in a worker thread)."""
        problems: list[Problem] = []
        prepared: list[_Prepared] = []
        for local in draft.local_files:
            path = Path(local.path)
            try:
                data = await asyncio.to_thread(_read, path)
            except OSError as exc:
                problems.append(
                    Problem("attachments", f"«{local.display_name}» cannot be read: {exc}")
                )
                continue
            kind = sniff(data[:4096])
            if kind.content_type not in DEFAULT_ACCEPTED_TYPES:
                problems.append(
                    Problem(
                        "attachments",
                        f"«{local.display_name}» is not a PDF, an image or a text file.",
                    )
                )
                continue
            if len(data) > self._max_bytes:
                problems.append(
                    Problem(
                        "attachments",
                        f"«{local.display_name}» is larger than"
                        f" {self._max_bytes // (1024 * 1024)} MB.",
                    )
                )
                continue
            if not data:
                problems.append(Problem("attachments", f"«{local.display_name}» is empty."))
                continue
            digest = await asyncio.to_thread(_sha256, data)
            if any(p.sha256 == digest for p in prepared):
                problems.append(
                    Problem("attachments", f"«{local.display_name}» is attached twice.")
                )
                continue
            file_name = path.name[:NAME_MAX] or f"bilag{kind.extension}"
            prepared.append(_Prepared(local, data, digest, kind.content_type, file_name))
        if problems:
            raise DraftInvalid(problems)
        return prepared

    async def _upload(
        self,
        draft: Draft,
        item: _Prepared,
        index: int,
        count: int,
        progress: Callable[[SubmitProgress], None],
    ) -> int:
        earlier = self._drafts.uploaded(draft.id, item.sha256)
        if earlier is not None and earlier.server_xid is not None:
            log.info(
                "draft %d: reusing upload %d of %s", draft.id, earlier.server_xid, item.file_name
            )
            return earlier.server_xid
        for upload in self._drafts.uploads(draft.id):
            if upload.sha256 == item.sha256 and upload.state is UploadState.UNCERTAIN:
                log.warning(
                    "draft %d: an earlier upload of %s may have arrived hidden (xid unknown);"
                    " sending it again",
                    draft.id,
                    item.file_name,
                )
                self._drafts.forget_upload(upload.id)
        record = self._drafts.begin_upload(
            draft.id, draft.company_xid, item.sha256, len(item.data), item.file_name
        )
        recognized = None
        if self.text_reader is not None and item.content_type == "application/pdf":
            recognized = await read_recognized_text(self.text_reader, item.data)
        meta = models.FileUploadMeta(
            company_xid=draft.company_xid,
            content_type=item.content_type,
            file_name=item.file_name,
            friendly_filename=(item.local.name or item.file_name)[:NAME_MAX],
            date=draft.date,
            keep_hidden_until_registration=True,
            recognized_text_elements=recognized,
        )

        def report(sent: int, total: int) -> None:
            progress(
                SubmitProgress(SubmitStage.UPLOADING, item.file_name, index, count, sent, total)
            )

        report(0, len(item.data))
        try:
            xid = await self._api.upload_file(meta, item.data, progress=report)
        except errors.ApiError as exc:
            what = f"«{item.local.display_name}»"
            if _outcome_unknown(exc):
                message = (
                    f"The upload of {what} broke off ({exc.message}); it may have arrived."
                    " Trying again uploads it again."
                )
                self._drafts.upload_uncertain(record.id, message)
                self._drafts.set_status(draft.id, DraftStatus.EDITING, message)
                raise SubmitFailed(FailureReason.UPLOAD_UNCERTAIN, message) from exc
            self._drafts.forget_upload(record.id)
            failure = _failure(exc, what)
            self._drafts.set_status(draft.id, DraftStatus.EDITING, failure.message)
            raise failure from exc
        except BaseException:
            self._drafts.upload_uncertain(record.id, "The upload was interrupted.")
            raise
        self._drafts.upload_landed(record.id, xid)
        log.info("draft %d: uploaded %s hidden as %d", draft.id, item.file_name, xid)
        return xid

    def _finish(self, draft: Draft, checked: ValidDraft, attached: list[int]) -> None:
        self._drafts.booked(draft.id, attached)
        if self._memory is not None:
            try:
                self._memory.record_booking(
                    draft.company_xid,
                    [(line.account_number, line.vat_code) for line in checked.lines],
                    supplier_xid=draft.supplier_xid,
                )
            except Exception:  # remembering is a convenience: never fail a booking on it
                log.exception("could not remember the accounts of draft %d", draft.id)

    # --- uncertain registrations ---------------------------------------------------------

    async def check_uncertain(self, draft: Draft) -> Evidence:
        """Whether an UNCERTAIN draft's registration arrived, as far as the inbox tells.

        A file uploaded hidden for the draft becomes visible only when a registration
        references it, so its presence in the inbox listing is proof. Drafts that attach
        only inbox files leave no trace: UNKNOWN.
        """
        hidden = {
            u.server_xid
            for u in self._drafts.uploads(draft.id)
            if u.state is UploadState.UPLOADED and u.server_xid is not None
        }
        if not hidden:
            return Evidence.UNKNOWN
        token: str | None = None
        try:
            for _ in range(self._inbox_pages):
                page = await self._api.archive_files(
                    draft.company_xid, 100, continuation_token=token
                )
                if any(line.xid in hidden for line in page.archive_files_list):
                    return Evidence.ARRIVED
                token = page.continuation_token
                if not token:
                    return Evidence.NOT_ARRIVED
        except errors.ApiError as exc:
            log.info("draft %d: cannot look in the inbox: %s", draft.id, exc)
            return Evidence.UNKNOWN
        return Evidence.UNKNOWN  # a long inbox: not looked at to the end

    def confirm_booked(self, draft: Draft) -> None:
        """The user says the uncertain registration arrived: the draft is done.

        Its uploads are attached to that registration and are not deleted.
        """
        current = self._drafts.get(draft.id)
        attached = [
            u.server_xid
            for u in self._drafts.uploads(draft.id)
            if u.state is UploadState.UPLOADED and u.server_xid is not None
        ]
        checked = validate_draft(current)
        self._drafts.booked(draft.id, attached)
        if self._memory is not None and isinstance(checked, ValidDraft):
            self._memory.record_booking(
                current.company_xid,
                [(line.account_number, line.vat_code) for line in checked.lines],
                supplier_xid=current.supplier_xid,
            )

    # --- abandoning and cleaning up ------------------------------------------------------

    async def abandon(self, draft: Draft) -> AbandonReport:
        """Throw the draft away and delete the files uploaded for it on the server.

        Files that cannot be deleted now stay recorded (``pending``) for
        ``purge_pending``; the draft is gone either way.
        """
        if draft.id in self._busy:
            raise DraftBusy("This draft is being sent; wait for it to finish.")
        unreachable = sum(
            1
            for u in self._drafts.uploads(draft.id)
            if u.state in (UploadState.UNCERTAIN, UploadState.SENDING)
        )
        mine = {
            u.server_xid
            for u in self._drafts.uploads(draft.id)
            if u.state is UploadState.UPLOADED and u.server_xid is not None
        }
        self._drafts.delete(draft.id)
        report = await self.purge_pending(draft.company_xid)
        return AbandonReport(
            deleted=tuple(x for x in report.deleted if x in mine),
            pending=tuple(x for x in report.pending if x in mine),
            unreachable=unreachable,
            attached=tuple(x for x in report.attached if x in mine),
        )

    async def purge_pending(self, company_xid: int | None = None) -> AbandonReport:
        """Delete uploads of drafts that are gone; what could not be deleted stays."""
        deleted: list[int] = []
        pending: list[int] = []
        attached: list[int] = []
        for upload in self._drafts.pending_deletions(company_xid):
            assert upload.server_xid is not None
            try:
                await self._api.delete_archive_file(upload.company_xid, upload.server_xid)
            except errors.NotFound:
                deleted.append(upload.server_xid)  # gone already
            except errors.Conflict:
                # Delete-protected: a registration references it, so it is no orphan
                # (an uncertain registration that did arrive).
                attached.append(upload.server_xid)
            except errors.ApiError as exc:
                log.info("upload %d not deleted yet: %s", upload.server_xid, exc)
                pending.append(upload.server_xid)
                continue
            else:
                deleted.append(upload.server_xid)
            self._drafts.forget_upload(upload.id)
        return AbandonReport(tuple(deleted), tuple(pending), 0, tuple(attached))

    async def _purge_quietly(self) -> None:
        try:
            await self.purge_pending()
        except Exception:
            log.exception("cleaning up uploads of finished drafts failed")

    def pending_deletions(self) -> list[DraftUpload]:
        return self._drafts.pending_deletions()

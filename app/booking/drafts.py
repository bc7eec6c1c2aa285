"""Registration drafts, saved per company in SQLite as the user types.

A ``Draft`` is an immutable snapshot of the registration form: date, description,
supplier number, customer, lines (account, VAT code, amount *as typed*), the inbox
files to attach and local files to upload and attach. The form keeps one, replaces it
on every change (``dataclasses.replace`` or the ``with_*`` helpers) and hands it to
``DraftStore.save``; debouncing the saves is the caller's business. Every save is one
committed transaction in a WAL database with ``synchronous=FULL``: a draft survives a
crash, a kill -9 or a power cut.

Besides the drafts, the store keeps the *uploads* made for them (the local files sent
hidden-until-registration by ``BookingService``): which content went up as which file,
so a failed submission reuses them on retry, and an abandoned draft's files are
deleted on the server, never silently orphaned. ``save`` never touches these records,
so the form can keep saving while a submission runs.

One running copy of the program owns the drafts of a data folder (a lock file, as for
the upload queue): two copies could otherwise book the same draft twice.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.locks import FolderLock, StoreLocked
from app.paths import AppPaths

log = logging.getLogger(__name__)

__all__ = [
    "MAX_ATTACHMENTS",
    "AttachmentRefused",
    "Draft",
    "DraftLine",
    "DraftStatus",
    "DraftStore",
    "DraftStoreLocked",
    "DraftUpload",
    "LocalFile",
    "UploadState",
]

DB_NAME = "drafts.sqlite3"
LOCK_NAME = "drafts.lock"
SCHEMA_VERSION = 1
# The API attaches at most this many files to one registration.
MAX_ATTACHMENTS = 3


class DraftStoreLocked(StoreLocked):
    """Another running copy of the program holds this data folder's drafts."""


class AttachmentRefused(ValueError):
    """An attachment the draft cannot take; ``str(exc)`` says why, for the user."""


class DraftStatus(StrEnum):
    EDITING = "editing"  # being edited, or a submission failed (``last_error`` says why)
    SUBMITTING = "submitting"  # POST /suggestedRegistrations under way
    # The POST's outcome is unknown (the connection broke after sending, a 5xx other
    # than 503, a garbled answer, or the program died while waiting). The registration
    # may exist: it is sent again only when the user says so.
    UNCERTAIN = "uncertain"


class UploadState(StrEnum):
    SENDING = "sending"  # POST /filesForUseInRegistrations under way
    UPLOADED = "uploaded"  # on the server, hidden; ``server_xid`` set
    UNCERTAIN = "uncertain"  # may have arrived (hidden, xid unknown): cannot be reached
    DELETE = "delete"  # the draft is gone: delete ``server_xid`` on the server


@dataclass(frozen=True)
class DraftLine:
    """One debit/credit line as typed: account number, VAT code, amount text."""

    account: str = ""
    vat_code: str = ""
    amount: str = ""  # as typed ("1.234,56"); parsed by parse_amount_input on submit

    @property
    def blank(self) -> bool:
        return not (self.account.strip() or self.vat_code.strip() or self.amount.strip())


@dataclass(frozen=True)
class LocalFile:
    """A file on this computer to upload (hidden) and attach."""

    path: str
    name: str = ""  # the friendly name in Multi-Regnskab; "" = the file's name

    @property
    def display_name(self) -> str:
        return self.name or Path(self.path).name


@dataclass(frozen=True)
class Draft:
    """A snapshot of the registration form (immutable: safe to keep and compare)."""

    id: int
    company_xid: int
    date: dt.date | None = None
    description: str = ""
    supplier_xid: int | None = None  # the supplier's number
    customer_xid: int | None = None
    lines: tuple[DraftLine, ...] = ()
    inbox_xids: tuple[int, ...] = ()  # archive files to attach
    local_files: tuple[LocalFile, ...] = ()  # uploaded hidden on submit, then attached
    status: DraftStatus = DraftStatus.EDITING
    last_error: str | None = None  # why the last submission failed, for the user
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    # --- attachments --------------------------------------------------------------

    @property
    def attachment_count(self) -> int:
        return len(self.inbox_xids) + len(self.local_files)

    def _room_for(self, what: str) -> None:
        if self.attachment_count >= MAX_ATTACHMENTS:
            raise AttachmentRefused(
                f"A registration can have at most {MAX_ATTACHMENTS} attached files, so"
                f" {what} was not added. Remove one of the others first."
            )

    def with_inbox_file(self, xid: int, name: str = "") -> Draft:
        """This draft with inbox file ``xid`` attached; AttachmentRefused (with the
        reason) when it is attached already or the draft has its 3 files."""
        what = f"«{name}»" if name else f"document {xid}"
        if xid in self.inbox_xids:
            raise AttachmentRefused(f"{what[0].upper()}{what[1:]} is attached already.")
        self._room_for(what)
        return replace(self, inbox_xids=(*self.inbox_xids, xid))

    def without_inbox_file(self, xid: int) -> Draft:
        return replace(self, inbox_xids=tuple(x for x in self.inbox_xids if x != xid))

    def with_local_file(self, path: str | Path, name: str = "") -> Draft:
        """This draft with a local file attached (uploaded hidden when submitted)."""
        text = str(Path(path).absolute())
        local = LocalFile(text, name)
        if any(f.path == text for f in self.local_files):
            raise AttachmentRefused(f"«{local.display_name}» is attached already.")
        self._room_for(f"«{local.display_name}»")
        return replace(self, local_files=(*self.local_files, local))

    def without_local_file(self, path: str | Path) -> Draft:
        text = str(Path(path).absolute())
        return replace(self, local_files=tuple(f for f in self.local_files if f.path != text))

    # --- lines --------------------------------------------------------------------

    def with_line(self, line: DraftLine | None = None, at: int | None = None) -> Draft:
        """A line added at ``at`` (default: at the end)."""
        lines = list(self.lines)
        lines.insert(len(lines) if at is None else at, line or DraftLine())
        return replace(self, lines=tuple(lines))

    def with_line_set(self, index: int, line: DraftLine) -> Draft:
        lines = list(self.lines)
        lines[index] = line
        return replace(self, lines=tuple(lines))

    def without_line(self, index: int) -> Draft:
        lines = list(self.lines)
        del lines[index]
        return replace(self, lines=tuple(lines))

    def with_line_moved(self, index: int, to: int) -> Draft:
        """The line at ``index`` moved to position ``to`` (clamped to the table)."""
        lines = list(self.lines)
        line = lines.pop(index)
        lines.insert(max(0, min(to, len(lines))), line)
        return replace(self, lines=tuple(lines))


@dataclass(frozen=True)
class DraftUpload:
    """A local file's content uploaded (or being uploaded) for a draft."""

    id: int
    draft_id: int | None  # None once the draft is gone (a deletion still to do)
    company_xid: int
    sha256: str
    size: int
    file_name: str
    state: UploadState
    server_xid: int | None = None
    error: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_xid INTEGER NOT NULL,
    date TEXT,
    description TEXT NOT NULL DEFAULT '',
    supplier_xid INTEGER,
    customer_xid INTEGER,
    lines TEXT NOT NULL DEFAULT '[]',
    inbox_xids TEXT NOT NULL DEFAULT '[]',
    local_files TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS drafts_company ON drafts (company_xid, updated_at);

CREATE TABLE IF NOT EXISTS uploads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id INTEGER,
    company_xid INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    state TEXT NOT NULL,
    server_xid INTEGER,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS uploads_draft ON uploads (draft_id, sha256);
"""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def _parse_ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _lines_json(lines: Iterable[DraftLine]) -> str:
    return json.dumps(
        [[line.account, line.vat_code, line.amount] for line in lines], ensure_ascii=False
    )


def _files_json(files: Iterable[LocalFile]) -> str:
    return json.dumps([[f.path, f.name] for f in files], ensure_ascii=False)


class DraftStore:
    """The drafts database (``drafts.sqlite3`` in the data folder).

    Synchronous and small, like the upload store: call it from one thread (the event
    loop's). Every method commits before it returns.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        lock: bool = True,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.data_dir = data_dir
        self._clock = clock
        self._lock: FolderLock | None = None
        if lock:
            self._lock = FolderLock(data_dir / LOCK_NAME)
            try:
                self._lock.acquire()
            except StoreLocked as exc:
                raise DraftStoreLocked(
                    f"The drafts in {data_dir} are in use by another running copy."
                ) from exc
        try:
            self._db = sqlite3.connect(data_dir / DB_NAME, timeout=10.0)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
            self._recover()
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    @classmethod
    def open(cls, paths: AppPaths) -> DraftStore:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(paths.data_dir)

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"the drafts were written by a newer version (schema {version})")
        if version < SCHEMA_VERSION:
            with self._db:
                self._db.executescript(_SCHEMA)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _recover(self) -> None:
        """What a crash interrupted: a POST of a registration or of an upload."""
        now = _ts(self._clock())
        with self._db:
            changed = self._db.execute(
                "UPDATE drafts SET status = ?, last_error = ?, updated_at = ? WHERE status = ?",
                (
                    DraftStatus.UNCERTAIN.value,
                    "The program stopped while the registration was being sent; it may"
                    " have arrived.",
                    now,
                    DraftStatus.SUBMITTING.value,
                ),
            ).rowcount
            lost = self._db.execute(
                "UPDATE uploads SET state = ?, error = ?, updated_at = ? WHERE state = ?",
                (
                    UploadState.UNCERTAIN.value,
                    "The program stopped while the file was being uploaded.",
                    now,
                    UploadState.SENDING.value,
                ),
            ).rowcount
        if changed or lost:
            log.warning("drafts: %d submission(s) and %d upload(s) were interrupted", changed, lost)

    # --- drafts ----------------------------------------------------------------------

    def _draft(self, row: sqlite3.Row) -> Draft:
        return Draft(
            id=row["id"],
            company_xid=row["company_xid"],
            date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
            description=row["description"],
            supplier_xid=row["supplier_xid"],
            customer_xid=row["customer_xid"],
            lines=tuple(DraftLine(*item) for item in json.loads(row["lines"])),
            inbox_xids=tuple(int(x) for x in json.loads(row["inbox_xids"])),
            local_files=tuple(LocalFile(*item) for item in json.loads(row["local_files"])),
            status=DraftStatus(row["status"]),
            last_error=row["last_error"],
            created_at=_parse_ts(row["created_at"]),
            updated_at=_parse_ts(row["updated_at"]),
        )

    def create(self, company_xid: int, **fields: Any) -> Draft:
        """A new draft for ``company_xid``, with any editable fields of ``Draft`` given."""
        now = _ts(self._clock())
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO drafts (company_xid, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                (company_xid, DraftStatus.EDITING.value, now, now),
            )
        draft_id = cursor.lastrowid
        assert draft_id is not None
        draft = self.get(draft_id)
        return self.save(replace(draft, **fields)) if fields else draft

    def save(self, draft: Draft) -> Draft:
        """Write the editable fields of ``draft`` (not its status); the saved snapshot.

        Saved as it is, even when invalid (``validate_draft`` says what to fix; the
        ``with_*`` helpers refuse a fourth attachment before it gets here).

        KeyError when the draft is gone (booked or abandoned meanwhile).
        """
        now = self._clock()
        with self._db:
            changed = self._db.execute(
                "UPDATE drafts SET company_xid = ?, date = ?, description = ?,"
                " supplier_xid = ?, customer_xid = ?, lines = ?, inbox_xids = ?,"
                " local_files = ?, updated_at = ? WHERE id = ?",
                (
                    draft.company_xid,
                    draft.date.isoformat() if draft.date else None,
                    draft.description,
                    draft.supplier_xid,
                    draft.customer_xid,
                    _lines_json(draft.lines),
                    json.dumps(list(draft.inbox_xids)),
                    _files_json(draft.local_files),
                    _ts(now),
                    draft.id,
                ),
            ).rowcount
        if not changed:
            raise KeyError(draft.id)
        return self.get(draft.id)

    def get(self, draft_id: int) -> Draft:
        found = self.find(draft_id)
        if found is None:
            raise KeyError(draft_id)
        return found

    def find(self, draft_id: int) -> Draft | None:
        row = self._db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return self._draft(row) if row is not None else None

    def drafts(self, company_xid: int) -> list[Draft]:
        """The company's drafts, the most recently changed first."""
        rows = self._db.execute(
            "SELECT * FROM drafts WHERE company_xid = ? ORDER BY updated_at DESC, id DESC",
            (company_xid,),
        ).fetchall()
        return [self._draft(row) for row in rows]

    def latest(self, company_xid: int) -> Draft | None:
        """The draft to reopen for a company (the most recently changed)."""
        drafts = self.drafts(company_xid)
        return drafts[0] if drafts else None

    def set_status(self, draft_id: int, status: DraftStatus, error: str | None = None) -> Draft:
        with self._db:
            changed = self._db.execute(
                "UPDATE drafts SET status = ?, last_error = ?, updated_at = ? WHERE id = ?",
                (status.value, error, _ts(self._clock()), draft_id),
            ).rowcount
        if not changed:
            raise KeyError(draft_id)
        return self.get(draft_id)

    def delete(self, draft_id: int) -> list[DraftUpload]:
        """Remove a draft whose uploads are not attached to a registration (abandoned).

        Its uploaded files are kept as deletions to do (returned); uploads whose outcome
        is unknown cannot be reached and are forgotten (logged).
        """
        with self._db:
            self._db.execute(
                "UPDATE uploads SET draft_id = NULL, state = ?, updated_at = ?"
                " WHERE draft_id = ? AND state = ?",
                (
                    UploadState.DELETE.value,
                    _ts(self._clock()),
                    draft_id,
                    UploadState.UPLOADED.value,
                ),
            )
            self._forget_unreachable(draft_id)
            self._db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        return self.pending_deletions()

    def booked(self, draft_id: int, attached_xids: Iterable[int]) -> list[DraftUpload]:
        """Remove a draft that became a registration with ``attached_xids``.

        Its uploads among them are done with; any other upload of the draft (a file
        removed from it after an attempt) is kept as a deletion to do (returned).
        """
        attached = set(attached_xids)
        with self._db:
            rows = self._db.execute(
                "SELECT id, server_xid FROM uploads WHERE draft_id = ? AND state = ?",
                (draft_id, UploadState.UPLOADED.value),
            ).fetchall()
            for row in rows:
                if row["server_xid"] in attached:
                    self._db.execute("DELETE FROM uploads WHERE id = ?", (row["id"],))
                else:
                    self._db.execute(
                        "UPDATE uploads SET draft_id = NULL, state = ?, updated_at = ?"
                        " WHERE id = ?",
                        (UploadState.DELETE.value, _ts(self._clock()), row["id"]),
                    )
            self._forget_unreachable(draft_id)
            self._db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        return self.pending_deletions()

    def _forget_unreachable(self, draft_id: int) -> None:
        rows = self._db.execute(
            "SELECT file_name FROM uploads WHERE draft_id = ? AND state IN (?, ?)",
            (draft_id, UploadState.UNCERTAIN.value, UploadState.SENDING.value),
        ).fetchall()
        for row in rows:
            log.warning(
                "draft %d: an upload of %r may have arrived hidden; its xid is unknown, so"
                " it cannot be deleted through the API",
                draft_id,
                row["file_name"],
            )
        self._db.execute("DELETE FROM uploads WHERE draft_id = ?", (draft_id,))

    # --- uploads made for drafts ------------------------------------------------------

    def _upload(self, row: sqlite3.Row) -> DraftUpload:
        return DraftUpload(
            id=row["id"],
            draft_id=row["draft_id"],
            company_xid=row["company_xid"],
            sha256=row["sha256"],
            size=row["size"],
            file_name=row["file_name"],
            state=UploadState(row["state"]),
            server_xid=row["server_xid"],
            error=row["error"],
            created_at=_parse_ts(row["created_at"]),
            updated_at=_parse_ts(row["updated_at"]),
        )

    def uploads(self, draft_id: int) -> list[DraftUpload]:
        """The uploads made for a draft, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM uploads WHERE draft_id = ? ORDER BY id", (draft_id,)
        ).fetchall()
        return [self._upload(row) for row in rows]

    def uploaded(self, draft_id: int, sha256: str) -> DraftUpload | None:
        """The upload of this content for this draft that is on the server, if any."""
        row = self._db.execute(
            "SELECT * FROM uploads WHERE draft_id = ? AND sha256 = ? AND state = ?"
            " ORDER BY id DESC LIMIT 1",
            (draft_id, sha256, UploadState.UPLOADED.value),
        ).fetchone()
        return self._upload(row) if row is not None else None

    def begin_upload(
        self, draft_id: int, company_xid: int, sha256: str, size: int, file_name: str
    ) -> DraftUpload:
        """Record an upload about to be sent (committed before the first byte leaves)."""
        now = _ts(self._clock())
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO uploads (draft_id, company_xid, sha256, size, file_name, state,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft_id,
                    company_xid,
                    sha256,
                    size,
                    file_name,
                    UploadState.SENDING.value,
                    now,
                    now,
                ),
            )
        upload_id = cursor.lastrowid
        assert upload_id is not None
        return self._get_upload(upload_id)

    def _get_upload(self, upload_id: int) -> DraftUpload:
        row = self._db.execute("SELECT * FROM uploads WHERE id = ?", (upload_id,)).fetchone()
        if row is None:
            raise KeyError(upload_id)
        return self._upload(row)

    def upload_landed(self, upload_id: int, server_xid: int) -> DraftUpload:
        return self._set_upload(upload_id, UploadState.UPLOADED, server_xid=server_xid)

    def upload_uncertain(self, upload_id: int, error: str) -> DraftUpload:
        return self._set_upload(upload_id, UploadState.UNCERTAIN, error=error)

    def _set_upload(
        self,
        upload_id: int,
        state: UploadState,
        *,
        server_xid: int | None = None,
        error: str | None = None,
    ) -> DraftUpload:
        with self._db:
            self._db.execute(
                "UPDATE uploads SET state = ?, server_xid = COALESCE(?, server_xid), error = ?,"
                " updated_at = ? WHERE id = ?",
                (state.value, server_xid, error, _ts(self._clock()), upload_id),
            )
        return self._get_upload(upload_id)

    def forget_upload(self, upload_id: int) -> None:
        """Drop the record of an upload that certainly is not (or no longer) on the server."""
        with self._db:
            self._db.execute("DELETE FROM uploads WHERE id = ?", (upload_id,))

    def discard_stale(self, draft_id: int, keep_sha256: Iterable[str]) -> list[DraftUpload]:
        """Uploads of files no longer on the draft become deletions to do (returned)."""
        keep = set(keep_sha256)
        with self._db:
            for upload in self.uploads(draft_id):
                if upload.sha256 in keep:
                    continue
                if upload.state is UploadState.UPLOADED:
                    self._db.execute(
                        "UPDATE uploads SET draft_id = NULL, state = ?, updated_at = ?"
                        " WHERE id = ?",
                        (UploadState.DELETE.value, _ts(self._clock()), upload.id),
                    )
                elif upload.state is UploadState.UNCERTAIN:
                    log.warning(
                        "draft %d: an upload of %r may have arrived hidden and cannot be"
                        " reached (its xid is unknown)",
                        draft_id,
                        upload.file_name,
                    )
                    self._db.execute("DELETE FROM uploads WHERE id = ?", (upload.id,))
        return self.pending_deletions()

    def pending_deletions(self, company_xid: int | None = None) -> list[DraftUpload]:
        """Uploaded files of drafts that are gone, still to delete on the server."""
        sql = "SELECT * FROM uploads WHERE state = ?"
        params: list[Any] = [UploadState.DELETE.value]
        if company_xid is not None:
            sql += " AND company_xid = ?"
            params.append(company_xid)
        rows = self._db.execute(sql + " ORDER BY id", params).fetchall()
        return [self._upload(row) for row in rows]

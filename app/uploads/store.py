"""SQLite persistence of the upload queue (WAL mode, under the data folder).

Two tables:

* ``jobs``: one row per file the user asked to upload, with its state, a reference to
  the spooled copy of its content and everything needed to send it again;
* ``uploads``: what this client has uploaded, by company and SHA-256 of the content,
  kept when finished jobs are cleared from the list (duplicate warnings, and the xids
  that reconciliation must not claim for another job).

The store is synchronous and small: every call is a few rows, committed at once. Use
it from one thread (the event loop's). ``UploadStore.open`` also takes an exclusive
lock on the data folder's queue, so two running copies of the program never upload
the same jobs.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import msgspec

from app.locks import FolderLock, StoreLocked
from app.paths import AppPaths

__all__ = [
    "ACTIVE_STATES",
    "FINAL_STATES",
    "JobState",
    "PreviousUpload",
    "StoreLocked",
    "UploadJob",
    "UploadStore",
    "WaitReason",
]

DB_NAME = "uploads.sqlite3"
LOCK_NAME = "uploads.lock"
SPOOL_DIR = "spool"
SCHEMA_VERSION = 1


class JobState(StrEnum):
    QUEUED = "queued"  # waiting for its turn
    UPLOADING = "uploading"  # being sent
    VERIFYING = "verifying"  # outcome of an earlier attempt unknown: checking the inbox
    WAITING = "waiting"  # for the network, the server or a new sign-in (see WaitReason)
    DONE = "done"  # in the inbox; server_xid is set
    FAILED = "failed"  # error_code / error_message say why; retry() is possible
    CANCELLED = "cancelled"


class WaitReason(StrEnum):
    NETWORK = "network"  # no connection, or it broke: retried with backoff
    SERVER = "server"  # 429 / 5xx / a garbled answer: retried with backoff
    SIGN_IN = "sign_in"  # the session expired: the queue waits for resume()


FINAL_STATES = frozenset({JobState.DONE, JobState.CANCELLED})
ACTIVE_STATES = frozenset(
    {JobState.QUEUED, JobState.UPLOADING, JobState.VERIFYING, JobState.WAITING}
)


class UploadJob(msgspec.Struct, frozen=True):
    """A snapshot of one job (immutable: safe to hand to the UI)."""

    id: int
    company_xid: int
    source_path: str | None  # the original file; None for clipboard data
    spool_path: Path | None  # the spooled copy; None once it has been deleted
    content_type: str
    file_name: str
    friendly_name: str
    date: date
    size: int
    sha256: str
    state: JobState
    wait_reason: WaitReason | None = None
    attempts: int = 0  # how many times the file was sent
    bytes_sent: int = 0  # progress of the current attempt (not persisted while sending)
    server_xid: int | None = None
    error_code: str | None = None
    error_message: str | None = None
    needs_verify: bool = False  # an earlier attempt may have landed: look before sending
    created_at: datetime | None = None
    updated_at: datetime | None = None
    started_at: datetime | None = None  # first time it was sent
    finished_at: datetime | None = None

    @property
    def finished(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def progress(self) -> float:
        """0.0 .. 1.0 of the current attempt (1.0 when done)."""
        if self.state is JobState.DONE:
            return 1.0
        return min(1.0, self.bytes_sent / self.size) if self.size else 0.0


class PreviousUpload(msgspec.Struct, frozen=True):
    """An earlier upload (or a queued job) of the same content to the same company."""

    when: datetime
    file_name: str
    friendly_name: str
    state: str  # "done" (uploaded), or the state of a job still in the queue
    server_xid: int | None = None
    job_id: int | None = None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_xid INTEGER NOT NULL,
    source_path TEXT,
    spool_name TEXT,
    content_type TEXT NOT NULL,
    file_name TEXT NOT NULL,
    friendly_name TEXT NOT NULL,
    date TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    state TEXT NOT NULL,
    wait_reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    bytes_sent INTEGER NOT NULL DEFAULT 0,
    server_xid INTEGER,
    error_code TEXT,
    error_message TEXT,
    needs_verify INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
);
CREATE INDEX IF NOT EXISTS jobs_content ON jobs (company_xid, sha256);

CREATE TABLE IF NOT EXISTS uploads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_xid INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    friendly_name TEXT NOT NULL,
    server_xid INTEGER NOT NULL,
    job_id INTEGER
);
CREATE INDEX IF NOT EXISTS uploads_content ON uploads (company_xid, sha256);
"""

# UploadJob fields stored under another name or form.
_COLUMN_OF = {"spool_path": "spool_name"}


def _ts(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC).isoformat()


def _parse_ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class UploadStore:
    """The queue's database and spool folder."""

    def __init__(self, data_dir: Path, *, lock: bool = True) -> None:
        self.data_dir = data_dir
        self.spool_dir = data_dir / SPOOL_DIR
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        self._lock: FolderLock | None = None
        if lock:
            self._lock = FolderLock(data_dir / LOCK_NAME)
            self._lock.acquire()
        try:
            self._db = sqlite3.connect(data_dir / DB_NAME, timeout=10.0)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed state change survives a power cut, not only a crash.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    @classmethod
    def open(cls, paths: AppPaths) -> UploadStore:
        """The store under ``paths.data_dir`` (created when missing)."""
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(paths.data_dir)

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"the upload queue was written by a newer version (schema {version})"
            )
        if version < SCHEMA_VERSION:
            with self._db:
                self._db.executescript(_SCHEMA)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # --- jobs ----------------------------------------------------------------------

    def _job(self, row: sqlite3.Row) -> UploadJob:
        spool = row["spool_name"]
        return UploadJob(
            id=row["id"],
            company_xid=row["company_xid"],
            source_path=row["source_path"],
            spool_path=self.spool_dir / spool if spool else None,
            content_type=row["content_type"],
            file_name=row["file_name"],
            friendly_name=row["friendly_name"],
            date=date.fromisoformat(row["date"]),
            size=row["size"],
            sha256=row["sha256"],
            state=JobState(row["state"]),
            wait_reason=WaitReason(row["wait_reason"]) if row["wait_reason"] else None,
            attempts=row["attempts"],
            bytes_sent=row["bytes_sent"],
            server_xid=row["server_xid"],
            error_code=row["error_code"],
            error_message=row["error_message"],
            needs_verify=bool(row["needs_verify"]),
            created_at=_parse_ts(row["created_at"]),
            updated_at=_parse_ts(row["updated_at"]),
            started_at=_parse_ts(row["started_at"]),
            finished_at=_parse_ts(row["finished_at"]),
        )

    def add_job(
        self,
        *,
        company_xid: int,
        source_path: str | None,
        spool_path: Path,
        content_type: str,
        file_name: str,
        friendly_name: str,
        date: date,
        size: int,
        sha256: str,
        now: datetime,
    ) -> UploadJob:
        if spool_path.parent != self.spool_dir:
            raise ValueError(f"{spool_path} is not in the spool folder")
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO jobs (company_xid, source_path, spool_name, content_type,"
                " file_name, friendly_name, date, size, sha256, state, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    company_xid,
                    source_path,
                    spool_path.name,
                    content_type,
                    file_name,
                    friendly_name,
                    date.isoformat(),
                    size,
                    sha256,
                    JobState.QUEUED.value,
                    _ts(now),
                    _ts(now),
                ),
            )
        job_id = cursor.lastrowid
        assert job_id is not None
        return self.get(job_id)

    def get(self, job_id: int) -> UploadJob:
        row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise KeyError(job_id)
        return self._job(row)

    def jobs(self) -> list[UploadJob]:
        rows = self._db.execute("SELECT * FROM jobs ORDER BY id").fetchall()
        return [self._job(row) for row in rows]

    def save(self, job: UploadJob) -> UploadJob:
        """Write every field of ``job`` (stamped with ``updated_at``) and return it."""
        values: dict[str, Any] = {}
        for name in job.__struct_fields__:  # structs.fields() would resolve the annotations
            if name == "id":
                continue
            value = getattr(job, name)
            column = _COLUMN_OF.get(name, name)
            if isinstance(value, Path):
                value = value.name
            elif isinstance(value, datetime):
                value = _ts(value)
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, bool):
                value = int(value)
            values[column] = value
        assignments = ", ".join(f"{column} = ?" for column in values)
        with self._db:
            self._db.execute(
                f"UPDATE jobs SET {assignments} WHERE id = ?", (*values.values(), job.id)
            )
        return job

    def update(self, job: UploadJob, now: datetime, **changes: Any) -> UploadJob:
        return self.save(msgspec.structs.replace(job, updated_at=now, **changes))

    def finish_done(self, job: UploadJob, server_xid: int, now: datetime) -> UploadJob:
        """Mark ``job`` done and remember the upload, in one transaction."""
        done = msgspec.structs.replace(
            job,
            state=JobState.DONE,
            wait_reason=None,
            server_xid=server_xid,
            error_code=None,
            error_message=None,
            needs_verify=False,
            bytes_sent=job.size,
            updated_at=now,
            finished_at=now,
        )
        with self._db:
            self._db.execute(
                "INSERT INTO uploads (company_xid, sha256, uploaded_at, file_name,"
                " friendly_name, server_xid, job_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    job.company_xid,
                    job.sha256,
                    _ts(now),
                    job.file_name,
                    job.friendly_name,
                    server_xid,
                    job.id,
                ),
            )
            self.save(done)
        return done

    def delete_jobs(self, job_ids: list[int]) -> None:
        with self._db:
            self._db.executemany("DELETE FROM jobs WHERE id = ?", [(i,) for i in job_ids])

    # --- what was uploaded before --------------------------------------------------

    def previous_upload(
        self, company_xid: int, sha256: str, *, exclude_job: int | None = None
    ) -> PreviousUpload | None:
        """The latest upload of this content to this company, else a job still queued."""
        row = self._db.execute(
            "SELECT * FROM uploads WHERE company_xid = ? AND sha256 = ?"
            " ORDER BY uploaded_at DESC, id DESC LIMIT 1",
            (company_xid, sha256),
        ).fetchone()
        if row is not None:
            return PreviousUpload(
                when=datetime.fromisoformat(row["uploaded_at"]),
                file_name=row["file_name"],
                friendly_name=row["friendly_name"],
                state=JobState.DONE.value,
                server_xid=row["server_xid"],
                job_id=row["job_id"],
            )
        states = tuple(s.value for s in ACTIVE_STATES)
        marks = ", ".join("?" for _ in states)
        row = self._db.execute(
            f"SELECT * FROM jobs WHERE company_xid = ? AND sha256 = ? AND state IN ({marks})"
            " AND id != ? ORDER BY id DESC LIMIT 1",
            (company_xid, sha256, *states, exclude_job if exclude_job is not None else -1),
        ).fetchone()
        if row is None:
            return None
        return PreviousUpload(
            when=datetime.fromisoformat(row["created_at"]),
            file_name=row["file_name"],
            friendly_name=row["friendly_name"],
            state=row["state"],
            job_id=row["id"],
        )

    def known_xids(self, company_xid: int) -> set[int]:
        """Server xids of every file this client uploaded to the company."""
        rows = self._db.execute(
            "SELECT server_xid FROM uploads WHERE company_xid = ?"
            " UNION SELECT server_xid FROM jobs WHERE company_xid = ?"
            " AND server_xid IS NOT NULL",
            (company_xid, company_xid),
        ).fetchall()
        return {row[0] for row in rows}

    def spool_names(self) -> set[str]:
        """Spool files that jobs still refer to."""
        rows = self._db.execute(
            "SELECT spool_name FROM jobs WHERE spool_name IS NOT NULL"
        ).fetchall()
        return {row[0] for row in rows}


def remove_file(path: Path | None) -> None:
    """Delete ``path`` if it exists (a spooled copy); never raises for a missing file."""
    if path is None:
        return
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)

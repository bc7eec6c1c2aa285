"""The upload list as a Qt table model: one row per job of the upload queue.

``UploadModel`` mirrors ``UploadQueue.jobs()`` and follows it through an
``UploadBridge`` (rows appear, change and disappear as the queue says). The friendly
name and the date of a job that has not been sent yet are editable; an edit goes to
the queue (``edit``), which refuses it once the job is on its way (``editRefused``).

The texts users read about a job (its state, why it failed, why a file was refused)
are made here, in the user's language, so the panel, its dialogs and the tests agree.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, Protocol

from msgspec.structs import replace
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from app.uploads import (
    DEFAULT_MAX_BYTES,
    FailureCode,
    JobNotEditable,
    JobState,
    RefusalCode,
    UploadJob,
    WaitReason,
)
from ui.formatting import format_date, format_size, parse_date
from ui.upload_bridge import UploadBridge

log = logging.getLogger(__name__)

__all__ = [
    "JOB_ID_ROLE",
    "JOB_ROLE",
    "PROGRESS_ROLE",
    "STATE_ROLE",
    "Column",
    "Counts",
    "JobEditor",
    "UploadModel",
    "failure_text",
    "refusal_text",
    "state_text",
]

JOB_ROLE = Qt.ItemDataRole.UserRole + 1  # the UploadJob
JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its id
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # 0..100 for the progress bar, None: no bar
STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # the JobState value (str)

_MiB = 1024 * 1024
_EDITABLE = frozenset({JobState.QUEUED, JobState.WAITING, JobState.FAILED})
_FAILED_COLOUR = QColor("#b3261e")


class Column(IntEnum):
    FILE = 0
    NAME = 1
    DATE = 2
    SIZE = 3
    PROGRESS = 4
    STATUS = 5
    COMPANY = 6  # shown only while the queue holds uploads for more than one company


class JobEditor(Protocol):
    """What the model needs of the queue to change a job (``UploadQueue.edit``)."""

    def edit(
        self, job_id: int, *, friendly_name: str | None = None, date: date | None = None
    ) -> UploadJob: ...


@dataclass(frozen=True)
class Counts:
    """How the jobs in the list stand."""

    total: int = 0  # every job but the cancelled ones
    done: int = 0
    failed: int = 0
    active: int = 0  # queued, uploading, verifying or waiting
    waiting: int = 0
    bytes_total: int = 0  # of the jobs counted in total
    bytes_done: int = 0  # done jobs in full, plus what the running ones have sent


# --- texts -------------------------------------------------------------------------------


def limit_text(max_bytes: int) -> str:
    """``25 MB`` for the intake's limit (a binary megabyte, as the intake counts)."""
    return f"{max_bytes / _MiB:g} MB"


def refusal_text(code: RefusalCode | str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Why the intake refused a file, in the user's language."""
    if code == RefusalCode.EMPTY:
        return QCoreApplication.translate("UploadModel", "The file is empty")
    if code == RefusalCode.TOO_LARGE:
        return QCoreApplication.translate(
            "UploadModel", "The file is too large (max. {limit})"
        ).format(limit=limit_text(max_bytes))
    if code == RefusalCode.UNSUPPORTED_TYPE:
        return QCoreApplication.translate(
            "UploadModel", "Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file"
        )
    if code == RefusalCode.NOT_FOUND:
        return QCoreApplication.translate("UploadModel", "The file no longer exists")
    return QCoreApplication.translate("UploadModel", "The file cannot be read")


def failure_text(
    code: FailureCode | str | None, message: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Why a job failed, in the user's language (the server's own words when it gave some)."""
    if code == FailureCode.TOO_LARGE:
        return QCoreApplication.translate(
            "UploadModel", "The file is too large (max. {limit})"
        ).format(limit=limit_text(max_bytes))
    if code == FailureCode.FORBIDDEN:
        return QCoreApplication.translate(
            "UploadModel", "The company does not allow you to add documents"
        )
    if code == FailureCode.REJECTED:
        if message:
            return QCoreApplication.translate(
                "UploadModel", "The server refused the file: {message}"
            ).format(message=message)
        return QCoreApplication.translate("UploadModel", "The server refused the file")
    if code == FailureCode.SERVER_ERROR:
        return QCoreApplication.translate("UploadModel", "The server kept failing; try again later")
    if code == FailureCode.SPOOL_MISSING:
        return QCoreApplication.translate(
            "UploadModel", "The copy kept for uploading is gone; add the file again"
        )
    if code == FailureCode.UNREADABLE:
        return QCoreApplication.translate("UploadModel", "The file could not be read")
    if code == FailureCode.UNVERIFIABLE:
        return QCoreApplication.translate(
            "UploadModel",
            "It may have arrived; look in the inbox before you try again",
        )
    return QCoreApplication.translate("UploadModel", "Unexpected error (see the log)")


def percent_of(job: UploadJob) -> int:
    """Whole per cent sent, rounded down (100 only once everything has been sent)."""
    if job.state is JobState.DONE:
        return 100
    return min(100, job.bytes_sent * 100 // job.size) if job.size else 0


def state_text(job: UploadJob, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """``Queued``, ``Sending… 45%``, ``Sent``, ``Failed: …`` in the user's language."""
    state = job.state
    if state is JobState.QUEUED:
        if job.needs_verify:
            return QCoreApplication.translate(
                "UploadModel", "Queued: will check whether the file arrived"
            )
        return QCoreApplication.translate("UploadModel", "Queued")
    if state is JobState.UPLOADING:
        return QCoreApplication.translate("UploadModel", "Sending… {percent}%").format(
            percent=percent_of(job)
        )
    if state is JobState.VERIFYING:
        return QCoreApplication.translate("UploadModel", "Checking whether the file arrived")
    if state is JobState.WAITING:
        if job.wait_reason is WaitReason.SIGN_IN:
            return QCoreApplication.translate("UploadModel", "Sign in again to continue")
        if job.wait_reason is WaitReason.SERVER:
            return QCoreApplication.translate("UploadModel", "Waiting for the server")
        return QCoreApplication.translate("UploadModel", "Waiting for the network")
    if state is JobState.DONE:
        return QCoreApplication.translate("UploadModel", "Sent")
    if state is JobState.FAILED:
        return QCoreApplication.translate("UploadModel", "Failed: {reason}").format(
            reason=failure_text(job.error_code, job.error_message, max_bytes)
        )
    return QCoreApplication.translate("UploadModel", "Cancelled")


def is_editable(job: UploadJob) -> bool:
    """Name and date may change: the job has not been sent (and nothing may have landed)."""
    return job.state in _EDITABLE and not job.needs_verify


def is_finished(job: UploadJob) -> bool:
    return job.state in (JobState.DONE, JobState.CANCELLED)


def is_active(job: UploadJob) -> bool:
    return job.state in (
        JobState.QUEUED,
        JobState.UPLOADING,
        JobState.VERIFYING,
        JobState.WAITING,
    )


def sample_state_texts(max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """The longer state texts in the current language (to size the status column)."""
    job = UploadJob(
        id=0,
        company_xid=0,
        source_path=None,
        spool_path=None,
        content_type="application/pdf",
        file_name="",
        friendly_name="",
        date=date.today(),
        size=1,
        sha256="",
        state=JobState.UPLOADING,
    )
    return [
        state_text(replace(job, state=JobState.UPLOADING, bytes_sent=1), max_bytes),
        state_text(replace(job, state=JobState.VERIFYING), max_bytes),
        state_text(replace(job, state=JobState.WAITING, wait_reason=WaitReason.SIGN_IN)),
        state_text(replace(job, state=JobState.WAITING, wait_reason=WaitReason.NETWORK)),
        state_text(
            replace(job, state=JobState.FAILED, error_code=FailureCode.TOO_LARGE.value),
            max_bytes,
        ),
    ]


def _icon(state: JobState) -> QIcon:
    """A small picture of the state; a blank one keeps the texts of all rows aligned."""
    app = QApplication.instance()
    pixmap = {
        JobState.UPLOADING: QStyle.StandardPixmap.SP_ArrowUp,
        JobState.DONE: QStyle.StandardPixmap.SP_DialogApplyButton,
        JobState.FAILED: QStyle.StandardPixmap.SP_MessageBoxWarning,
        JobState.WAITING: QStyle.StandardPixmap.SP_BrowserReload,
        JobState.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
    }.get(state)
    if pixmap is not None and isinstance(app, QApplication):
        return app.style().standardIcon(pixmap)
    blank = QPixmap(16, 16)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)


# --- the model ------------------------------------------------------------------------


class UploadModel(QAbstractTableModel):
    """The queue's jobs, oldest first."""

    editRefused = Signal(str)  # an edit that did not apply, and why (for the user)
    countsChanged = Signal()  # Counts may have changed (rows added, changed or removed)

    def __init__(
        self,
        editor: JobEditor | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self.max_bytes = max_bytes
        self._jobs: list[UploadJob] = []
        self._rows: dict[int, int] = {}  # job id -> row
        self._icons: dict[JobState, QIcon] = {}
        self._company_names: dict[int, str] = {}

    # --- following the queue -----------------------------------------------------------

    def set_company_names(self, names: dict[int, str]) -> None:
        """The names to show in the company column (by company xid)."""
        self._company_names = dict(names)
        if self._jobs:
            top, bottom = (
                self.index(0, Column.COMPANY),
                self.index(len(self._jobs) - 1, Column.COMPANY),
            )
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def companies(self) -> set[int]:
        """The companies the listed uploads go to."""
        return {job.company_xid for job in self._jobs}

    def connect_bridge(self, bridge: UploadBridge) -> None:
        bridge.jobAdded.connect(self.upsert)
        bridge.jobChanged.connect(self.upsert)
        bridge.jobFinished.connect(self.upsert)
        bridge.jobRemoved.connect(self.remove_job)

    def set_jobs(self, jobs: list[UploadJob]) -> None:
        self.beginResetModel()
        self._jobs = sorted(jobs, key=lambda j: j.id)
        self._reindex()
        self.endResetModel()
        self.countsChanged.emit()

    def upsert(self, job: UploadJob) -> None:
        """A new job is appended (in id order); a known one is replaced."""
        row = self._rows.get(job.id)
        if row is not None:
            self._jobs[row] = job
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        else:
            row = len(self._jobs)
            while row > 0 and self._jobs[row - 1].id > job.id:
                row -= 1
            self.beginInsertRows(QModelIndex(), row, row)
            self._jobs.insert(row, job)
            self._reindex()
            self.endInsertRows()
        self.countsChanged.emit()

    def remove_job(self, job_id: int) -> None:
        row = self._rows.get(job_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._jobs[row]
        self._reindex()
        self.endRemoveRows()
        self.countsChanged.emit()

    def _reindex(self) -> None:
        self._rows = {job.id: row for row, job in enumerate(self._jobs)}

    # --- reading ----------------------------------------------------------------------

    def jobs(self) -> list[UploadJob]:
        return list(self._jobs)

    def job_at(self, row: int) -> UploadJob | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int | None:
        return self._rows.get(job_id)

    def counts(self) -> Counts:
        total = done = failed = active = waiting = bytes_total = bytes_done = 0
        for job in self._jobs:
            if job.state is JobState.CANCELLED:
                continue
            total += 1
            bytes_total += job.size
            if job.state is JobState.DONE:
                done += 1
                bytes_done += job.size
            elif job.state is JobState.FAILED:
                failed += 1
            else:
                active += 1
                waiting += job.state is JobState.WAITING
                if job.state is JobState.UPLOADING:
                    bytes_done += min(job.bytes_sent, job.size)
        return Counts(total, done, failed, active, waiting, bytes_total, bytes_done)

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return (
            {
                Column.FILE: self.tr("File"),
                Column.NAME: self.tr("Name"),
                Column.DATE: self.tr("Date"),
                Column.SIZE: self.tr("Size"),
                Column.PROGRESS: self.tr("Progress"),
                Column.STATUS: self.tr("Status"),
                Column.COMPANY: self.tr("Company"),
            }.get(Column(section))
            if 0 <= section < len(Column)
            else None
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None:
            return base
        if index.column() in (Column.NAME, Column.DATE) and is_editable(job):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(job, column)
        if role == Qt.ItemDataRole.EditRole:
            if column is Column.NAME:
                return job.friendly_name
            if column is Column.DATE:
                return QDate(job.date.year, job.date.month, job.date.day)
            return self._display(job, column)
        if role == JOB_ROLE:
            return job
        if role == JOB_ID_ROLE:
            return job.id
        if role == STATE_ROLE:
            return job.state.value
        if role == PROGRESS_ROLE:
            return self._bar(job)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(job, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SIZE, Column.DATE):
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column is Column.SIZE else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            if job.state not in self._icons:
                self._icons[job.state] = _icon(job.state)
            return self._icons[job.state]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is Column.STATUS
            and job.state is JobState.FAILED
        ):
            return _FAILED_COLOUR
        return None

    def _display(self, job: UploadJob, column: Column) -> str:
        if column is Column.FILE:
            return job.file_name
        if column is Column.NAME:
            return job.friendly_name
        if column is Column.DATE:
            return format_date(job.date)
        if column is Column.SIZE:
            return format_size(job.size)
        if column is Column.PROGRESS:
            bar = self._bar(job)
            return "" if bar is None else self.tr("{percent}%").format(percent=bar)
        if column is Column.COMPANY:
            return self._company_names.get(job.company_xid, str(job.company_xid))
        return state_text(job, self.max_bytes)

    @staticmethod
    def _bar(job: UploadJob) -> int | None:
        if job.state is JobState.UPLOADING:
            return percent_of(job)
        if job.state in (JobState.VERIFYING, JobState.DONE):
            return 100  # the whole file has been sent
        return None  # queued, waiting, failed, cancelled: nothing on its way

    def _tooltip(self, job: UploadJob, column: Column) -> str | None:
        if column is Column.FILE:
            if job.source_path:
                return job.source_path
            return self.tr("Pasted from the clipboard")
        if column in (Column.NAME, Column.DATE):
            if is_editable(job):
                return self.tr("Double-click or press F2 to change")
            return None
        if column is Column.STATUS:
            text = state_text(job, self.max_bytes)
            if job.state is JobState.FAILED and job.error_message:
                return f"{text}\n\n{job.error_message}"
            if job.state is JobState.WAITING and job.error_message:
                return f"{text}\n\n{job.error_message}"
            return text
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None or role != Qt.ItemDataRole.EditRole or self._editor is None:
            return False
        column = Column(index.column())
        try:
            if column is Column.NAME:
                name = " ".join(str(value or "").split())
                if not name:
                    self.editRefused.emit(self.tr("The name must not be empty."))
                    return False
                if name == job.friendly_name:
                    return False
                changed = self._editor.edit(job.id, friendly_name=name)
            elif column is Column.DATE:
                new_date = _to_date(value)
                if new_date is None:
                    self.editRefused.emit(self.tr("That is not a date."))
                    return False
                if new_date == job.date:
                    return False
                changed = self._editor.edit(job.id, date=new_date)
            else:
                return False
        except JobNotEditable:
            self.editRefused.emit(
                self.tr(
                    "{name} is already on its way; its name and date can no longer change."
                ).format(name=job.file_name)
            )
            return False
        except ValueError as exc:
            log.info("edit of job %d refused: %s", job.id, exc)
            self.editRefused.emit(self.tr("The name is too long."))
            return False
        self.upsert(changed)
        return True


def _to_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None

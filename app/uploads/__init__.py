"""The persistent upload queue: intake checks, SQLite jobs, exactly-once uploads.

Job states (``JobState``): queued -> uploading -> done; uploading -> waiting (network,
server, sign-in) -> queued/uploading again; an unknown outcome -> verifying (looking for
the file in the inbox) -> done or uploading; failed (``FailureCode``) and cancelled.

No Qt here: the UI observes the queue through ``UploadListener``.
"""

from app.uploads.intake import (
    DEFAULT_ACCEPTED_TYPES,
    DEFAULT_MAX_BYTES,
    Intake,
    IntakeItem,
    RefusalCode,
    StagedFile,
    Verdict,
)
from app.uploads.queue import (
    Backoff,
    FailureCode,
    JobNotEditable,
    NullListener,
    QueueState,
    UploadApi,
    UploadListener,
    UploadQueue,
)
from app.uploads.reconcile import ReconcileSettings, find_landed_upload
from app.uploads.store import (
    JobState,
    PreviousUpload,
    StoreLocked,
    UploadJob,
    UploadStore,
    WaitReason,
)

__all__ = [
    "DEFAULT_ACCEPTED_TYPES",
    "DEFAULT_MAX_BYTES",
    "Backoff",
    "FailureCode",
    "Intake",
    "IntakeItem",
    "JobNotEditable",
    "JobState",
    "NullListener",
    "PreviousUpload",
    "QueueState",
    "ReconcileSettings",
    "RefusalCode",
    "StagedFile",
    "StoreLocked",
    "UploadApi",
    "UploadJob",
    "UploadListener",
    "UploadQueue",
    "UploadStore",
    "Verdict",
    "WaitReason",
    "find_landed_upload",
]

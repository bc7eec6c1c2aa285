"""The persistent upload queue: intake checks, SQLite jobs, exactly-once uploads.

Job states (``JobState``): queued -> uploading -> done; uploading -> waiting (network,
server, sign-in) -> queued/uploading again; an unknown outcome -> verifying (looking for
the file in the inbox) -> done or uploading; failed (``FailureCode``) and cancelled.

No Qt here: the UI observes the queue through ``UploadListener``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# Each name is imported from its module when first used, so that importing one
# module of this package (at start-up) does not import all of them.
_WHERE: dict[str, str] = {
    "DEFAULT_ACCEPTED_TYPES": "app.uploads.intake",
    "DEFAULT_MAX_BYTES": "app.uploads.intake",
    "Intake": "app.uploads.intake",
    "IntakeItem": "app.uploads.intake",
    "RefusalCode": "app.uploads.intake",
    "StagedFile": "app.uploads.intake",
    "Verdict": "app.uploads.intake",
    "Backoff": "app.uploads.queue",
    "FailureCode": "app.uploads.queue",
    "JobNotEditable": "app.uploads.queue",
    "NullListener": "app.uploads.queue",
    "QueueState": "app.uploads.queue",
    "UploadApi": "app.uploads.queue",
    "UploadListener": "app.uploads.queue",
    "UploadQueue": "app.uploads.queue",
    "ReconcileSettings": "app.uploads.reconcile",
    "find_landed_upload": "app.uploads.reconcile",
    "JobState": "app.uploads.store",
    "PreviousUpload": "app.uploads.store",
    "StoreLocked": "app.uploads.store",
    "UploadJob": "app.uploads.store",
    "UploadStore": "app.uploads.store",
    "WaitReason": "app.uploads.store",
}

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


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value

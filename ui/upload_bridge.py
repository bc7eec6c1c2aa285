"""The upload queue's listener for Qt: queue callbacks become Qt signals.

``UploadQueue`` calls its listeners on the event loop, which under qasync is the GUI
thread, so the signals are emitted directly (no queued connection is needed). A bridge
keeps no state of its own: the model and the panel connect to its signals.

    bridge = UploadBridge()
    queue.add_listener(bridge)
    bridge.jobChanged.connect(model.update_job)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.uploads import QueueState, UploadJob

__all__ = ["UploadBridge"]


class UploadBridge(QObject):
    """An ``UploadListener`` that re-emits every notification as a signal."""

    jobAdded = Signal(object)  # UploadJob
    jobChanged = Signal(object)  # UploadJob: state, progress or editable fields
    jobFinished = Signal(object)  # UploadJob: done, failed or cancelled
    jobRemoved = Signal(int)  # job id
    queueStateChanged = Signal(str)  # a QueueState value

    def job_added(self, job: UploadJob) -> None:
        self.jobAdded.emit(job)

    def job_changed(self, job: UploadJob) -> None:
        self.jobChanged.emit(job)

    def job_finished(self, job: UploadJob) -> None:
        self.jobFinished.emit(job)

    def job_removed(self, job_id: int) -> None:
        self.jobRemoved.emit(job_id)

    def queue_state_changed(self, state: QueueState) -> None:
        self.queueStateChanged.emit(str(state))

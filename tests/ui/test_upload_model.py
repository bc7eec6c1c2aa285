"""The upload list's model and texts: every state, failure and refusal in words (English
and Danish), what may be edited, and an edit the queue refuses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.uploads import FailureCode, JobNotEditable, JobState, RefusalCode, UploadJob, WaitReason
from tests.ui.shell_support import language
from ui.upload_bridge import UploadBridge
from ui.upload_model import (
    JOB_ROLE,
    PROGRESS_ROLE,
    Column,
    UploadModel,
    failure_text,
    refusal_text,
    state_text,
)

JOB = UploadJob(
    id=1,
    company_xid=100001,
    source_path="/home/mette/Bilag/Telia.pdf",
    spool_path=None,
    content_type="application/pdf",
    file_name="Telia.pdf",
    friendly_name="Telia",
    date=date(2026, 11, 12),
    size=1_234_567,
    sha256="0" * 64,
    state=JobState.QUEUED,
)


class Editor:
    """Stands in for UploadQueue.edit."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str | None, date | None]] = []
        self.refuse = False

    def edit(
        self, job_id: int, *, friendly_name: str | None = None, date: date | None = None
    ) -> UploadJob:
        if self.refuse:
            raise JobNotEditable(f"job {job_id} is uploading")
        self.calls.append((job_id, friendly_name, date))
        changes: dict[str, object] = {}
        if friendly_name is not None:
            changes["friendly_name"] = friendly_name
        if date is not None:
            changes["date"] = date
        return replace(JOB, id=job_id, **changes)  # type: ignore[arg-type]


STATES = [
    (JOB, "Queued", "I kø"),
    (replace(JOB, needs_verify=True), "Queued: will check whether the file arrived",
     "I kø: kontrollerer om filen kom frem"),
    (replace(JOB, state=JobState.UPLOADING, bytes_sent=555_556), "Sending… 45%",
     "Sender … 45 %"),
    (replace(JOB, state=JobState.VERIFYING), "Checking whether the file arrived",
     "Kontrollerer om filen kom frem"),
    (replace(JOB, state=JobState.WAITING, wait_reason=WaitReason.NETWORK),
     "Waiting for the network", "Venter på netværk"),
    (replace(JOB, state=JobState.WAITING, wait_reason=WaitReason.SERVER),
     "Waiting for the server", "Venter på serveren"),
    (replace(JOB, state=JobState.WAITING, wait_reason=WaitReason.SIGN_IN),
     "Sign in again to continue", "Log ind igen for at fortsætte"),
    (replace(JOB, state=JobState.DONE, server_xid=7), "Sent", "Sendt"),
    (replace(JOB, state=JobState.FAILED, error_code="too_large"),
     "Failed: The file is too large (max. 25 MB)", "Fejlede: Filen er for stor (maks. 25 MB)"),
    (replace(JOB, state=JobState.CANCELLED), "Cancelled", "Annulleret"),
]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "da"])
def test_state_texts(qapp: QApplication, lang: str) -> None:
    with language(lang):
        for job, english, danish in STATES:
            assert state_text(job) == (english if lang == "en" else danish)


@pytest.mark.parametrize("lang", ["en", "da"])
def test_every_failure_and_refusal_has_words(qapp: QApplication, lang: str) -> None:
    with language(lang):
        failures = {code: failure_text(code, "Ugyldig dato") for code in FailureCode}
        refusals = {code: refusal_text(code, 10 * 1024 * 1024) for code in RefusalCode}
    assert len(set(failures.values())) == len(FailureCode)
    assert len(set(refusals.values())) == len(RefusalCode)
    if lang == "en":
        assert failures[FailureCode.REJECTED] == "The server refused the file: Ugyldig dato"
        assert refusals[RefusalCode.TOO_LARGE] == "The file is too large (max. 10 MB)"
        assert refusals[RefusalCode.EMPTY] == "The file is empty"
    else:
        assert failures[FailureCode.REJECTED] == "Serveren afviste filen: Ugyldig dato"
        assert failures[FailureCode.FORBIDDEN] == "Firmaet tillader ikke, at du tilføjer bilag"
        assert refusals[RefusalCode.TOO_LARGE] == "Filen er for stor (maks. 10 MB)"
        assert refusals[RefusalCode.UNSUPPORTED_TYPE].startswith("Ikke en PDF")


def test_rows_follow_the_bridge(qapp: QApplication) -> None:
    with language("en"):
        model = UploadModel(Editor())
        bridge = UploadBridge()
        model.connect_bridge(bridge)
        bridge.job_added(replace(JOB, id=2))
        bridge.job_added(JOB)  # an older job sorts before
        assert [model.index(r, 0).data(JOB_ROLE).id for r in range(2)] == [1, 2]
        bridge.job_changed(replace(JOB, state=JobState.UPLOADING, bytes_sent=617_284))
        assert model.index(0, Column.STATUS).data() == "Sending… 50%"
        assert model.index(0, Column.PROGRESS).data(PROGRESS_ROLE) == 50
        assert model.index(0, Column.PROGRESS).data() == "50%"
        assert model.index(0, Column.SIZE).data() == "1,2 MB"
        assert model.index(0, Column.FILE).data(Qt.ItemDataRole.ToolTipRole) == str(
            Path("/home/mette/Bilag/Telia.pdf")
        )
        bridge.job_finished(replace(JOB, state=JobState.DONE, server_xid=9))
        counts = model.counts()
        assert (counts.total, counts.done, counts.active) == (2, 1, 1)
        bridge.job_removed(1)
        assert model.rowCount() == 1 and model.row_of(2) == 0


def test_only_unsent_jobs_are_editable_and_edits_go_to_the_queue(qapp: QApplication) -> None:
    with language("da"):
        editor = Editor()
        model = UploadModel(editor)
        refused: list[str] = []
        model.editRefused.connect(refused.append)
        model.set_jobs([JOB])
        name, when = model.index(0, Column.NAME), model.index(0, Column.DATE)
        assert model.flags(name) & Qt.ItemFlag.ItemIsEditable
        assert model.flags(when) & Qt.ItemFlag.ItemIsEditable
        assert not model.flags(model.index(0, Column.FILE)) & Qt.ItemFlag.ItemIsEditable
        assert when.data() == "12.11.2026"
        assert when.data(Qt.ItemDataRole.EditRole) == QDate(2026, 11, 12)

        assert model.setData(name, "  Telia   november ")
        assert model.setData(when, QDate(2026, 11, 30))
        assert model.setData(when, "01.12.2026")
        assert editor.calls == [
            (1, "Telia november", None),
            (1, None, date(2026, 11, 30)),
            (1, None, date(2026, 12, 1)),
        ]
        assert not model.setData(when, "i går")
        assert refused == ["Det er ikke en dato."]

        editor.refuse = True  # the queue started sending it meanwhile
        assert not model.setData(name, "For sent")
        assert refused[-1] == "Telia.pdf er allerede på vej; navn og dato kan ikke længere ændres."

        for state in (JobState.UPLOADING, JobState.VERIFYING, JobState.DONE, JobState.CANCELLED):
            model.upsert(replace(JOB, state=state))
            assert not model.flags(name) & Qt.ItemFlag.ItemIsEditable, state
        model.upsert(replace(JOB, state=JobState.FAILED, needs_verify=True))
        assert not model.flags(name) & Qt.ItemFlag.ItemIsEditable

"""The upload panel as a person sees it: busy, with jobs in every state, in Danish.

The picture is saved to /tmp/upload_panel.png (look at it after a change); the test
checks what can be checked without eyes: Danish texts and formats, nothing clipped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

import pytest
from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.api import ApiClient
from app.api.models import CompanyAndAccess
from app.paths import AppPaths
from app.tasks import Tasks
from app.uploads import FailureCode, Intake, JobState, UploadQueue, UploadStore, WaitReason
from tests.ui.shell_support import language
from tests.ui.upload_support import (  # noqa: F401 - fixtures
    dispose,
    jpeg_bytes,
    keep_loop_fixture,
    pdf_bytes,
    write,
)
from ui.upload_model import PROGRESS_ROLE, Column
from ui.upload_panel import UploadPanel

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("keep_loop")]

SCREENSHOT = Path("/tmp/upload_panel.png")
COMPANY = CompanyAndAccess(
    xid=100001,
    name="Nordlys Design ApS",
    cvr="12345678",
    allow_documents_add=True,
    allow_documents_edit=True,
    allow_documents_view=True,
)


async def build_busy_panel(
    tmp_path: Path,
) -> tuple[UploadPanel, Callable[[], Awaitable[None]]]:
    """A panel whose list shows a job in each state (the queue is never started: the
    states beyond "queued" are snapshots handed to the model as the queue would)."""
    store = UploadStore.open(AppPaths.under(tmp_path / "client").ensure())
    intake = Intake(store)
    api = ApiClient("http://127.0.0.1:9")  # never called: the queue does not start
    queue = UploadQueue(api, store)
    tasks = Tasks()
    panel = UploadPanel(queue, intake, tasks, company=COMPANY)
    files = [
        ("Telia faktura november.pdf", pdf_bytes(size=182_000)),
        ("Kvittering Netto.jpg", jpeg_bytes(800, 600)),
        ("Husleje december.pdf", pdf_bytes(size=2_400_000)),
        ("Scanning 0042.pdf", pdf_bytes(size=730_000)),
        ("Kørselsregnskab.pdf", pdf_bytes(size=12_000)),
        ("Årsopgørelse 2025 (scannet i høj opløsning).pdf", pdf_bytes(size=1_300_000)),
        ("Gammel kopi.pdf", pdf_bytes(size=95_000)),
        ("Bilag 17.pdf", pdf_bytes(size=64_000)),
    ]
    jobs = []
    for name, body in files:
        item = await intake.check_file(COMPANY.xid, write(tmp_path / "in" / name, body))
        jobs.append(queue.add(item))
    model = panel.model
    done, photo, sending, verifying, waiting, failed, cancelled, _queued = jobs
    model.upsert(replace(done, state=JobState.DONE, server_xid=1, bytes_sent=done.size))
    model.upsert(replace(photo, state=JobState.DONE, server_xid=2, bytes_sent=photo.size))
    model.upsert(
        replace(sending, state=JobState.UPLOADING, bytes_sent=sending.size * 45 // 100 + 1)
    )
    model.upsert(replace(verifying, state=JobState.VERIFYING, needs_verify=True))
    model.upsert(replace(waiting, state=JobState.WAITING, wait_reason=WaitReason.NETWORK))
    model.upsert(
        replace(
            failed,
            state=JobState.FAILED,
            error_code=FailureCode.TOO_LARGE.value,
            error_message="The file is too large for the server.",
        )
    )
    model.upsert(replace(cancelled, state=JobState.CANCELLED))
    panel.select_jobs([failed.id])

    async def cleanup() -> None:
        dispose(panel)
        await tasks.close()
        await api.aclose()
        store.close()

    return panel, cleanup


async def test_busy_panel_in_danish(tmp_path: Path, qapp: QApplication) -> None:
    with language("da"):
        panel, cleanup = await build_busy_panel(tmp_path)
        try:
            panel.resize(1000, 290)
            panel.show()
            model = panel.model
            statuses = [model.index(r, Column.STATUS).data() for r in range(model.rowCount())]
            assert statuses == [
                "Sendt",
                "Sendt",
                "Sender … 45 %",
                "Kontrollerer om filen kom frem",
                "Venter på netværk",
                "Fejlede: Filen er for stor (maks. 25 MB)",
                "Annulleret",
                "I kø",
            ]
            assert model.index(0, Column.SIZE).data() == "182,0 kB"
            assert model.index(2, Column.SIZE).data() == "2,4 MB"
            assert model.index(0, Column.DATE).data() == date.today().strftime("%d.%m.%Y")
            assert model.index(2, Column.PROGRESS).data(PROGRESS_ROLE) == 45
            assert model.index(5, Column.PROGRESS).data(PROGRESS_ROLE) is None
            assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"
            assert model.headerData(Column.FILE, Qt.Orientation.Horizontal) == "Fil"
            assert panel.summary() == "2 af 7 sendt · 1 fejlede · sat på pause"
            assert panel.retry_button.text() == "Prøv igen" and panel.retry_button.isEnabled()
            assert panel.clear_button.text() == "Ryd færdige"

            # Nothing clipped: buttons and the summary get the room they ask for, and the
            # status column is wide enough for the longest state.
            for button in (
                panel.upload_button,
                panel.retry_button,
                panel.cancel_button,
                panel.remove_button,
                panel.clear_button,
            ):
                assert button.width() >= button.sizeHint().width(), button.text()
            assert panel.summary_label.width() >= panel.summary_label.sizeHint().width()
            header = panel.view.horizontalHeader()
            metrics = panel.view.fontMetrics()
            longest = max(metrics.horizontalAdvance(s) for s in statuses)
            icon = panel.view.iconSize().width() or 16
            assert header.sectionSize(Column.STATUS) >= longest + icon + 12
            assert panel.view.horizontalScrollBar().maximum() == 0

            panel.grab().save(str(SCREENSHOT))
            assert not panel.grab().toImage().isNull()
        finally:
            await cleanup()

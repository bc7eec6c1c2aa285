"""Drafts survive a crash: a program process builds the real registration panel, types
a draft, and is killed with SIGKILL once the panel saved it; a new panel on the same
data folder shows the same draft (fields, lines, attachment)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from app.api import ApiClient, MemoryTokenStore
from app.booking import BookingMemory, BookingService, DraftStore
from app.paths import AppPaths
from app.tasks import Tasks
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, ROOT, until
from ui.registration_lines import ACCOUNT, AMOUNT, VAT
from ui.registration_panel import RegistrationPanel

pytestmark = pytest.mark.timeout(120)


async def test_a_draft_typed_in_a_killed_program_comes_back(
    make_sandbox: Any, tmp_path: Path
) -> None:
    server = make_sandbox(seed="demo")
    data_dir = tmp_path / "client"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.ui.registration_kill_worker",
        server.base_url,
        str(data_dir),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    try:
        async with asyncio.timeout(60):
            while True:
                line = (await process.stdout.readline()).decode().rstrip("\n")
                assert line, "the program ended before saving"
                if line.startswith("saved"):
                    _, draft_id, document_xid, _name = line.split(" ", 3)
                    break
    finally:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    assert process.returncode == -signal.SIGKILL

    api = ApiClient(server.base_url, token_store=MemoryTokenStore())
    await api.login(DEMO_USER, DEMO_PASSWORD)
    company = (await api.companies()).default_company()
    assert company is not None
    paths = AppPaths.under(data_dir).ensure()
    drafts = DraftStore.open(paths)  # the dead process's lock is free
    memory = BookingMemory.open(paths)
    tasks = Tasks()
    panel = RegistrationPanel(
        BookingService(api, drafts, memory=memory), drafts, memory, api, tasks
    )
    try:
        panel.resize(520, 640)
        panel.show()
        panel.set_company(company)
        assert panel.draft is not None and panel.draft.id == int(draft_id)
        assert panel.date.date().toPython() == dt.date(2026, 11, 23)
        assert panel.description.text() == "Frokost kundemøde"
        cells = [
            [panel.lines.data(panel.lines.index(row, col)) for col in (ACCOUNT, VAT, AMOUNT)]
            for row in range(panel.lines.rowCount())
        ]
        assert cells == [["7350", "I25", "1.234,56"], ["5820", "", "-1.234,56"]]
        assert panel.total.text() == "0,00"
        assert panel.attached_xids() == [int(document_xid)]
        assert panel.attachments.count() == 1
        await until(lambda: panel.customers_for == company.xid, 10, "the customers")
    finally:
        panel.shutdown()
        panel.hide()
        shiboken6.delete(panel)
        await tasks.close()
        drafts.close()
        memory.close()
        await api.aclose()

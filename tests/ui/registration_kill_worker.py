"""A program process for the kill -9 test: the real registration panel (offscreen) on a
data folder against a sandbox; types a draft, waits until the panel saved it, prints
"saved", and waits to be killed.

    python -m tests.ui.registration_kill_worker BASE_URL DATA_DIR
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.api import ApiClient, MemoryTokenStore
from app.booking import BookingMemory, BookingService, DraftStore
from app.paths import AppPaths
from app.tasks import Tasks
from ui.asyncloop import run
from ui.registration_lines import ACCOUNT, AMOUNT, VAT
from ui.registration_panel import RegistrationPanel

DATE = (2026, 11, 23)
DESCRIPTION = "Frokost kundemøde"
CELLS = [(0, ACCOUNT, "7350"), (0, VAT, "I25"), (0, AMOUNT, "1.234,56"),
         (1, ACCOUNT, "5820"), (1, AMOUNT, "-1.234,56")]  # fmt: skip


async def type_cell(panel: RegistrationPanel, row: int, col: int, text: str) -> None:
    view = panel.lines_view
    index = panel.lines.index(row, col)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    for _ in range(500):  # the delegate commits on a later turn of the loop
        if view.indexWidget(index) is None:
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("the cell was not committed")


async def main(app: QApplication) -> int:
    base_url, data_dir = sys.argv[1], Path(sys.argv[2])
    api = ApiClient(base_url, token_store=MemoryTokenStore())
    await api.login("demo@example.dk", "demo1234")
    company = (await api.companies()).default_company()
    assert company is not None
    paths = AppPaths.under(data_dir).ensure()
    drafts = DraftStore.open(paths)
    memory = BookingMemory.open(paths)
    tasks = Tasks()
    document = (await api.archive_files(company.xid, 10)).archive_files_list[0]
    panel = RegistrationPanel(BookingService(api, drafts, memory=memory), drafts, memory, api,
                              tasks)  # fmt: skip
    panel.resize(520, 640)
    panel.show()
    panel.set_company(company)
    panel.date.setDate(QDate(*DATE))
    QTest.keyClicks(panel.description, DESCRIPTION)
    for row, col, text in CELLS:
        if row >= panel.lines.rowCount():
            panel.lines_view.add_line()
        await type_cell(panel, row, col, text)
    panel.set_documents([document])
    assert panel.draft is not None
    # the panel's own (debounced) save, not a save_now()
    while True:
        stored = drafts.find(panel.draft.id)
        if (
            stored is not None
            and stored.description == DESCRIPTION
            and stored.inbox_xids == (document.xid,)
            and len(stored.lines) == 2
            and stored.lines[1].amount == "-1.234,56"
        ):
            break
        await asyncio.sleep(0.02)
    print("saved", stored.id, document.xid, document.name or "", flush=True)
    await asyncio.sleep(3600)  # until killed
    return 0


if __name__ == "__main__":
    sys.exit(run(main, sys.argv))

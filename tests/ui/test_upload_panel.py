"""The upload panel against a real sandbox over loopback: files, folders and pasted images
become jobs that end in the inbox exactly once; refusals, duplicates, edits, cancel and
retry, a view-only company, progress signals and a lossy network."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QFileDialog, QLineEdit

from app.paths import AppPaths
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from app.uploads import Intake, JobState, UploadQueue, UploadStore
from tests.ui.upload_support import (  # noqa: F401 - fixtures
    FAST_BACKOFF,
    UPLOAD_PATH,
    Rig,
    dispose,
    english_fixture,
    jpeg_bytes,
    keep_loop_fixture,
    make_rig_fixture,
    pdf_bytes,
    png_bytes,
    read_inbox,
    sha,
    top_level,
    until,
    upload_posts,
    upload_server_fixture,
    write,
    zip_bytes,
)
from ui.upload_dialogs import DuplicateDialog, RefusalDialog
from ui.upload_model import Column
from ui.upload_panel import UploadPanel

pytestmark = [pytest.mark.timeout(90), pytest.mark.usefixtures("english")]

MakeRig = Callable[..., Any]


async def all_done(rig: Rig, count: int, seconds: float = 30.0) -> None:
    await until(
        lambda: (
            len(rig.queue.jobs()) == count
            and all(j.state is JobState.DONE for j in rig.queue.jobs())
        ),
        seconds,
        what=f"{count} jobs done (now {[j.state.value for j in rig.queue.jobs()]})",
    )


async def test_files_and_a_folder_land_once_each(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server)
    files = tmp_path / "files"
    bodies = {
        "faktura.pdf": pdf_bytes("faktura"),
        "kvittering.jpg": jpeg_bytes(),
        "noter.txt": "Kørsel 12 km, parkering 25 kr.\n".encode(),
        "bilag/januar.pdf": pdf_bytes("januar"),
        "bilag/scan.png": png_bytes(),
        "bilag/under/tekst.txt": b"plain text\n",
    }
    for name, body in bodies.items():
        write(files / name, body)
    write(files / "bilag/.skjult.pdf", pdf_bytes("hidden"))  # hidden: skipped
    write(files / "bilag/arkiv.zip", zip_bytes())  # refused

    uploaded: list[tuple[int, int]] = []
    progress: list[tuple[int, int, int]] = []
    busy: list[bool] = []
    rig.panel.uploaded.connect(lambda c, x: uploaded.append((c, x)))
    rig.panel.progressChanged.connect(lambda d, t, p: progress.append((d, t, p)))
    rig.panel.busyChanged.connect(busy.append)

    rig.panel.add_paths(
        [files / "faktura.pdf", files / "kvittering.jpg", files / "noter.txt", files / "bilag"]
    )
    await until(lambda: rig.panel.model.rowCount() == 6, what="six rows")
    assert set(rig.statuses()) == {"Queued"}
    assert rig.panel.summary().startswith("0 of 6 sent")
    assert busy == [True]
    # The rows say what they are; sizes in Danish number format.
    model = rig.panel.model
    names = [model.index(r, Column.FILE).data() for r in range(6)]
    assert names == ["faktura.pdf", "kvittering.jpg", "noter.txt", "januar.pdf", "scan.png",
                     "tekst.txt"]  # fmt: skip
    assert model.index(0, Column.NAME).data() == "faktura"
    assert model.index(0, Column.DATE).data() == date.today().strftime("%d-%m-%Y")
    assert model.index(0, Column.SIZE).data().endswith(" B")

    # The zip is reported with its name and reason in one dialog.
    dialog = await until(lambda: top_level("uploadRefusalDialog"), what="the refusal dialog")
    assert isinstance(dialog, RefusalDialog)
    assert dialog.entries == [
        ("arkiv.zip", "Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file")
    ]
    assert "1 file cannot be uploaded" in dialog.text()
    dialog.findChild(type(dialog.table), "refusalTable")
    dialog.accept()

    rig.queue.start()
    await all_done(rig, 6)
    await until(lambda: not rig.panel.busy, what="not busy")
    assert rig.statuses() == ["Sent"] * 6
    assert rig.panel.summary() == "6 of 6 sent"

    inbox = await read_inbox(rig.api, rig.company.xid)
    counts = Counter(f.sha256 for f in inbox)
    assert len(inbox) == 6
    assert all(counts[sha(body)] == 1 for body in bodies.values())
    assert sorted(x for _c, x in uploaded) == sorted(f.xid for f in inbox)
    assert {c for c, _x in uploaded} == {rig.company.xid}
    by_sha = {f.sha256: f for f in inbox}
    assert by_sha[sha(bodies["kvittering.jpg"])].content_type == "image/jpeg"
    assert by_sha[sha(bodies["noter.txt"])].content_type == "text/plain"
    assert by_sha[sha(bodies["faktura.pdf"])].name == "faktura"
    assert await upload_posts(upload_server) == 6

    # Progress: files sent of the batch, and bytes in per cent; then "nothing to show".
    assert busy == [True, False]
    assert progress[-2:] == [(6, 6, 100), (0, 0, 0)]
    while_busy = progress[:-1]
    assert all(0 <= d <= t <= 6 and 0 <= p <= 100 for d, t, p in while_busy)
    assert [d for d, _t, _p in while_busy] == sorted(d for d, _t, _p in while_busy)

    # Clear finished empties the list (the history stays for duplicate checks).
    assert rig.panel.clear_action.isEnabled()
    rig.panel.clear_button.click()
    assert model.rowCount() == 0 and not rig.panel.clear_action.isEnabled()


async def test_refused_files_are_listed_with_reasons(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server, max_bytes=1024 * 1024)
    empty = write(tmp_path / "tom.pdf", b"")
    large = write(tmp_path / "stor.pdf", pdf_bytes(size=2 * 1024 * 1024))
    archive = write(tmp_path / "bilag.zip", zip_bytes())
    missing = tmp_path / "findes-ikke.pdf"
    good = write(tmp_path / "god.pdf", pdf_bytes())
    rig.panel.add_paths([empty, large, archive, missing, good])
    dialog = await until(lambda: top_level("uploadRefusalDialog"), what="the refusal dialog")
    assert isinstance(dialog, RefusalDialog)
    assert dialog.entries == [
        ("tom.pdf", "The file is empty"),
        ("stor.pdf", "The file is too large (max. 1 MB)"),
        ("bilag.zip", "Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file"),
        ("findes-ikke.pdf", "The file no longer exists"),
    ]
    assert dialog.heading.text() == "4 files cannot be uploaded"
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    # One message for the whole drop; the good file is queued.
    assert [j.file_name for j in rig.queue.jobs()] == ["god.pdf"]
    # A second drop while the message is open adds to the same message.
    rig.panel.add_paths([write(tmp_path / "igen.zip", zip_bytes())])
    await until(lambda: len(dialog.entries) == 5, what="the second refusal")
    assert top_level("uploadRefusalDialog") is dialog
    assert dialog.heading.text() == "5 files cannot be uploaded"
    dialog.findChild(type(rig.panel.upload_button), "x")  # no crash looking around
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    await until(lambda: top_level("uploadRefusalDialog") is None, what="the dialog closed")
    assert rig.panel.refusal_dialog is None
    assert await upload_posts(upload_server) == 0


async def test_duplicates_ask_skip_and_upload_anyway(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server)
    rig.queue.start()
    body = pdf_bytes("telia")
    path = write(tmp_path / "Telia faktura.pdf", body)
    rig.panel.add_paths([path])
    await all_done(rig, 1)

    # Again: the panel asks, and Skip skips (the spooled copy is dropped).
    rig.panel.add_paths([path])
    dialog = await until(lambda: top_level("uploadDuplicateDialog"), what="the question")
    assert isinstance(dialog, DuplicateDialog)
    today = date.today().strftime("%d-%m-%Y")
    assert dialog.text.text() == (
        f"Telia faktura.pdf was uploaded on {today} as “Telia faktura”. Upload it again?"
    )
    assert not dialog.apply_all.isVisible()  # only one duplicate
    assert dialog.skip_button.isDefault()
    dialog.skip_button.click()
    await until(lambda: top_level("uploadDuplicateDialog") is None, what="the dialog closed")
    await until(lambda: list(rig.store.spool_dir.iterdir()) == [], what="the spool emptied")
    assert len(rig.queue.jobs()) == 1

    # And "Upload anyway" uploads it a second time.
    rig.panel.add_paths([path])
    dialog = await until(lambda: top_level("uploadDuplicateDialog"), what="the question")
    assert isinstance(dialog, DuplicateDialog)
    dialog.upload_button.click()
    await all_done(rig, 2)
    inbox = await read_inbox(rig.api, rig.company.xid)
    assert Counter(f.sha256 for f in inbox)[sha(body)] == 2

    # Three duplicates in one drop: one question, "do the same for the others".
    others = [write(tmp_path / f"kopi-{n}.pdf", body) for n in range(3)]
    rig.panel.add_paths(others)
    dialog = await until(lambda: top_level("uploadDuplicateDialog"), what="the question")
    assert isinstance(dialog, DuplicateDialog)
    await until(lambda: dialog.apply_all.isVisible(), what="apply to all offered")
    assert dialog.apply_all.text() == "Do the same for the 2 other duplicates"
    dialog.apply_all.setChecked(True)
    dialog.skip_button.click()
    await until(lambda: not rig.panel.busy, what="the intake to end")
    assert top_level("uploadDuplicateDialog") is None
    assert len(rig.queue.jobs()) == 2
    await until(lambda: list(rig.store.spool_dir.iterdir()) == [], what="the spool emptied")
    assert await upload_posts(upload_server) == 2


async def test_edit_name_and_date_of_a_queued_job(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server)  # the queue is not started: jobs stay queued
    rig.panel.add_paths([write(tmp_path / "scan0001.pdf", pdf_bytes())])
    await until(lambda: rig.panel.model.rowCount() == 1, what="the row")
    view = rig.panel.view
    model = rig.panel.model

    # F2 on the name, type, Enter.
    name_index = model.index(0, Column.NAME)
    view.setFocus()
    view.setCurrentIndex(name_index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = await until(lambda: view.findChild(QLineEdit, "uploadNameEditor"), what="editor")
    editor.selectAll()
    QTest.keyClicks(editor, "Husleje november")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    await until(lambda: model.index(0, Column.NAME).data() == "Husleje november", what="name")

    # Double-click the date: a date editor in the interface's format.
    date_index = model.index(0, Column.DATE)
    view.setCurrentIndex(date_index)
    view.edit(date_index)
    date_editor = await until(lambda: view.findChild(QDateEdit, "uploadDateEditor"), what="date")
    assert date_editor.displayFormat() == "dd-MM-yyyy"
    wanted = date.today() - timedelta(days=40)
    date_editor.setDate(QDate(wanted.year, wanted.month, wanted.day))
    QTest.keyClick(date_editor, Qt.Key.Key_Return)
    await until(lambda: rig.queue.jobs()[0].date == wanted, what="the date in the queue")
    assert model.index(0, Column.DATE).data() == wanted.strftime("%d-%m-%Y")
    assert rig.queue.jobs()[0].friendly_name == "Husleje november"

    # An empty name is refused with a word, not applied.
    assert not model.setData(name_index, "   ")
    assert rig.panel.notice.isVisible() and rig.panel.notice.text() == "The name must not be empty."

    rig.queue.start()
    await all_done(rig, 1)
    [line] = await read_inbox(rig.api, rig.company.xid)
    assert line.name == "Husleje november" and line.date == wanted
    # Sent: nothing is editable any more.
    assert not (model.flags(name_index) & Qt.ItemFlag.ItemIsEditable)


async def test_cancel_remove_and_retry(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server)
    a = write(tmp_path / "a.pdf", pdf_bytes())
    b = write(tmp_path / "b.pdf", pdf_bytes())
    rig.panel.add_paths([a, b])
    await until(lambda: rig.panel.model.rowCount() == 2, what="two rows")
    first, second = rig.queue.jobs()
    panel = rig.panel

    panel.select_jobs([first.id])
    assert panel.cancel_action.isEnabled() and not panel.retry_action.isEnabled()
    assert not panel.remove_action.isEnabled()
    panel.cancel_button.click()
    assert rig.queue.job(first.id).state is JobState.CANCELLED
    assert rig.statuses() == ["Cancelled", "Queued"]
    assert panel.remove_action.isEnabled() and panel.clear_action.isEnabled()
    # Delete removes the finished row.
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert [j.id for j in rig.queue.jobs()] == [second.id]
    assert panel.model.rowCount() == 1

    # The server refuses the next upload: the row fails with the reason; Retry sends it.
    upload_server.faults.enqueue(
        Fault.status(400, message="Ugyldig fil"), method="POST", path_prefix=UPLOAD_PATH
    )
    rig.queue.start()
    await until(lambda: rig.queue.job(second.id).state is JobState.FAILED, what="failed")
    assert rig.statuses()[0].startswith("Failed: The server refused the file")
    assert "1 failed" in panel.summary()
    panel.select_jobs([second.id])
    assert panel.retry_action.isEnabled() and panel.retry_button.isEnabled()
    panel.retry_button.click()
    await all_done(rig, 1)
    assert rig.statuses() == ["Sent"]
    inbox = await read_inbox(rig.api, rig.company.xid)
    assert [f.sha256 for f in inbox] == [second.sha256]


async def test_view_only_company_refuses_adding(
    sandbox: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    api_companies = None
    rig: Rig = await make_rig(sandbox)
    api_companies = await rig.api.companies()
    view_only = next(
        c for c in api_companies.companies_and_access_list if not c.allow_documents_add
    )
    panel = rig.panel
    assert panel.upload_action.isEnabled() and not panel.notice.isVisible()
    panel.set_company(view_only)
    assert not panel.upload_action.isEnabled() and not panel.upload_button.isEnabled()
    reason = "You only have read access to documents in this company."
    assert panel.notice.isVisible() and panel.notice.text() == reason
    assert panel.upload_action.toolTip() == reason
    before = sandbox.request_log.count(UPLOAD_PATH, "POST")
    panel.add_paths([write(tmp_path / "x.pdf", pdf_bytes())])
    mime = QMimeData()
    mime.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))
    panel.paste(mime)
    panel.open_file_dialog()
    assert panel.file_dialog is None and rig.queue.jobs() == [] and not panel.busy
    assert panel.notice.text() == reason
    assert sandbox.request_log.count(UPLOAD_PATH, "POST") == before
    # No company at all: the same, with its own reason.
    panel.set_company(None)
    panel.add_paths([tmp_path / "x.pdf"])
    assert panel.notice.text() == "Choose a company first." and rig.queue.jobs() == []
    # Back to a company that allows it.
    panel.set_company(rig.company)
    assert panel.upload_action.isEnabled() and not panel.notice.isVisible()


async def test_paste_an_image_and_files(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server)
    rig.queue.start()
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    mime = QMimeData()
    mime.setImageData(image)
    rig.panel.paste(mime)
    await all_done(rig, 1)
    [job] = rig.queue.jobs()
    assert job.content_type == "image/png" and job.file_name.startswith("Indsat billede ")
    assert job.source_path is None
    tooltip = rig.panel.model.index(0, Column.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Pasted from the clipboard"

    [line] = await read_inbox(rig.api, rig.company.xid)
    body = (await rig.api.archive_file(rig.company.xid, line.xid)).body
    from io import BytesIO

    from PIL import Image

    with Image.open(BytesIO(body)) as img:
        assert img.format == "PNG" and img.size == (120, 80)

    # Files copied in a file manager arrive as URLs.
    doc = write(tmp_path / "kopieret.pdf", pdf_bytes())
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(doc))])
    rig.panel.paste(files)
    await all_done(rig, 2)
    assert rig.queue.jobs()[1].file_name == "kopieret.pdf"

    # Text is not something to upload.
    text = QMimeData()
    text.setText("hej")
    rig.panel.paste(text)
    assert rig.panel.notice.text() == "The clipboard holds no files or image to upload."
    assert len(rig.queue.jobs()) == 2


async def test_a_lossy_network_loses_and_doubles_nothing(
    make_sandbox: Callable[..., SandboxServer], make_rig: MakeRig, tmp_path: Path
) -> None:
    server = make_sandbox(seed="empty")
    rig: Rig = await make_rig(server)
    server.faults.seed(20261124)
    server.faults.drop_rate = 0.4
    bodies = [pdf_bytes(size=20_000) for _ in range(6)]
    paths = [write(tmp_path / "drop" / f"bilag-{n}.pdf", body) for n, body in enumerate(bodies)]
    uploaded: list[int] = []
    rig.panel.uploaded.connect(lambda _c, x: uploaded.append(x))
    rig.queue.start()
    rig.panel.add_paths([tmp_path / "drop"])
    await all_done(rig, 6, seconds=60)
    server.faults.drop_rate = 0.0
    inbox = await read_inbox(rig.api, rig.company.xid)
    counts = Counter(f.sha256 for f in inbox)
    assert len(inbox) == 6 and all(counts[sha(b)] == 1 for b in bodies)
    assert sorted(uploaded) == sorted(f.xid for f in inbox)
    assert rig.statuses() == ["Sent"] * 6
    assert len(paths) == 6
    dropped = [e for e in server.request_log if e.path == UPLOAD_PATH and e.status is None]
    assert dropped, "the sandbox dropped no upload: the test proves nothing"


async def test_file_dialog_and_jobs_left_from_the_last_run(
    upload_server: SandboxServer, make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(upload_server)
    panel = rig.panel
    panel.open_file_dialog()
    dialog = panel.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.objectName() == "uploadFileDialog"
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    filters = dialog.nameFilters()
    assert filters[0].startswith("Documents and images (*.pdf *.jpg") and "*.txt" in filters[0]
    assert filters[-1] == "All files (*)"
    bodies = [pdf_bytes(), jpeg_bytes()]
    chosen = [write(tmp_path / "valgt.pdf", bodies[0]), write(tmp_path / "foto.jpg", bodies[1])]
    dialog.filesSelected.emit([str(p) for p in chosen])  # what accepting the dialog does
    dialog.close()
    await until(lambda: panel.model.rowCount() == 2, what="two rows")
    await until(lambda: panel.file_dialog is None, what="the dialog forgotten")

    # The program stops before anything was sent, and starts again: the jobs are back,
    # the new panel says it is busy once its signals are connected, and they go out.
    panel.shutdown()
    await rig.queue.stop()
    rig.store.close()
    store = UploadStore.open(AppPaths.under(rig.tmp_path))
    queue = UploadQueue(rig.api, store, backoff=FAST_BACKOFF)
    again = UploadPanel(queue, Intake(store), rig.tasks, company=rig.company)
    try:
        busy: list[bool] = []
        progress: list[tuple[int, int, int]] = []
        uploaded: list[int] = []
        again.busyChanged.connect(busy.append)
        again.progressChanged.connect(lambda d, t, p: progress.append((d, t, p)))
        again.uploaded.connect(lambda _c, x: uploaded.append(x))
        assert [again.model.index(r, Column.FILE).data() for r in range(2)] == [
            "valgt.pdf",
            "foto.jpg",
        ]
        assert again.busy and again.summary() == "0 of 2 sent · paused"
        await until(lambda: busy == [True], what="the announcement")
        assert progress == [(0, 2, 0)]
        queue.start()
        await until(lambda: len(uploaded) == 2, what="both uploaded")
        await until(lambda: busy == [True, False], what="not busy")
        assert progress[-2:] == [(2, 2, 100), (0, 0, 0)]
        inbox = await read_inbox(rig.api, rig.company.xid)
        assert sorted(f.sha256 for f in inbox) == sorted(sha(b) for b in bodies)
    finally:
        dispose(again)
        await queue.stop()
        store.close()


async def test_uploads_to_two_companies_show_which_company(
    make_sandbox: Callable[..., SandboxServer], make_rig: MakeRig, tmp_path: Path
) -> None:
    rig: Rig = await make_rig(make_sandbox(seed="demo"))  # the demo user has two companies
    panel = rig.panel
    companies = (await rig.api.companies()).companies_and_access_list
    names = {c.xid: c.name for c in companies}
    other = next(c for c in companies if c.xid != rig.company.xid and c.allow_documents_add)
    panel.set_company_names(names)
    panel.add_paths([write(tmp_path / "første.pdf", pdf_bytes())])
    await until(lambda: panel.model.rowCount() == 1, what="one row")
    # one company: no company column
    assert panel.view.isColumnHidden(Column.COMPANY)

    panel.set_company(other)
    panel.add_paths([write(tmp_path / "anden.pdf", pdf_bytes())])
    await until(lambda: panel.model.rowCount() == 2, what="two rows")
    await until(lambda: not panel.view.isColumnHidden(Column.COMPANY), what="the column")
    shown = [panel.model.index(r, Column.COMPANY).data() for r in range(2)]
    assert shown == [names[rig.company.xid], names[other.xid]]
    assert panel.model.headerData(Column.COMPANY, Qt.Orientation.Horizontal) == "Company"

"""Drafts: saved as typed, restored after a restart or a kill -9, at most 3 attachments."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.booking import (
    MAX_ATTACHMENTS,
    AttachmentRefused,
    Draft,
    DraftLine,
    DraftStatus,
    DraftStore,
    DraftStoreLocked,
    LocalFile,
    UploadState,
)
from app.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
COMPANY = 100000001


def test_a_draft_round_trips_through_the_store(drafts: DraftStore, paths: AppPaths) -> None:
    draft = drafts.create(COMPANY)
    assert draft.status is DraftStatus.EDITING and draft.lines == ()
    edited = replace(
        draft,
        date=date(2026, 11, 20),
        description="Frokost kundemøde – Havnekøkkenet",
        supplier_xid=4711,
        customer_xid=2001,
        lines=(DraftLine("7350", "I25", "1.234,56"), DraftLine("5820", "", "-1.234,5")),
    )
    edited = edited.with_inbox_file(900001).with_local_file(paths.data_dir / "kvittering.jpg")
    saved = drafts.save(edited)
    drafts.close()

    reopened = DraftStore.open(paths)
    try:
        again = reopened.get(draft.id)
        assert again.date == date(2026, 11, 20)
        assert again.description == "Frokost kundemøde – Havnekøkkenet"
        assert (again.supplier_xid, again.customer_xid) == (4711, 2001)
        assert again.lines == saved.lines
        assert again.lines[1].amount == "-1.234,5"  # kept as typed
        assert again.inbox_xids == (900001,)
        assert again.local_files == (LocalFile(str(paths.data_dir / "kvittering.jpg")),)
        assert again.local_files[0].display_name == "kvittering.jpg"
        assert again.updated_at is not None and again.created_at is not None
    finally:
        reopened.close()


def test_drafts_are_kept_per_company_latest_first(drafts: DraftStore) -> None:
    first = drafts.create(COMPANY, description="første")
    other = drafts.create(COMPANY + 1, description="andet firma")
    second = drafts.create(COMPANY, description="anden")
    assert [d.id for d in drafts.drafts(COMPANY)] == [second.id, first.id]
    drafts.save(replace(first, description="første, rettet"))
    latest = drafts.latest(COMPANY)
    assert latest is not None and latest.id == first.id
    assert [d.id for d in drafts.drafts(COMPANY + 1)] == [other.id]
    assert drafts.latest(42) is None


def test_the_fourth_attachment_is_refused_with_the_reason(drafts: DraftStore) -> None:
    draft = drafts.create(COMPANY)
    draft = draft.with_inbox_file(1).with_inbox_file(2).with_local_file("/tmp/bilag.pdf")
    assert draft.attachment_count == MAX_ATTACHMENTS
    with pytest.raises(AttachmentRefused) as refused:
        draft.with_inbox_file(3, "Faktura 3 fra Mølleren")
    assert "at most 3 attached files" in str(refused.value)
    assert "«Faktura 3 fra Mølleren» was not added" in str(refused.value)
    with pytest.raises(AttachmentRefused, match="at most 3"):
        draft.with_local_file("/tmp/andet.pdf")
    # the same file twice is refused too
    with pytest.raises(AttachmentRefused, match="attached already"):
        draft.without_inbox_file(2).with_inbox_file(1)
    with pytest.raises(AttachmentRefused, match="attached already"):
        draft.without_inbox_file(2).with_local_file("/tmp/bilag.pdf")
    # removing one makes room
    assert draft.without_local_file("/tmp/bilag.pdf").with_inbox_file(3).inbox_xids == (1, 2, 3)


def test_lines_are_added_removed_and_moved() -> None:
    a, b, c = DraftLine("1000"), DraftLine("2000"), DraftLine("3000")
    draft = Draft(id=1, company_xid=COMPANY).with_line(a).with_line(c).with_line(b, at=1)
    assert draft.lines == (a, b, c)
    assert draft.with_line_moved(2, 0).lines == (c, a, b)
    assert draft.with_line_moved(0, 99).lines == (b, c, a)
    assert draft.without_line(1).lines == (a, c)
    assert draft.with_line_set(1, DraftLine("2001")).lines[1].account == "2001"
    assert DraftLine(" ", "", "").blank and not DraftLine("", "", "1").blank


def test_saving_a_deleted_draft_says_so(drafts: DraftStore) -> None:
    draft = drafts.create(COMPANY)
    drafts.delete(draft.id)
    with pytest.raises(KeyError):
        drafts.save(draft)
    assert drafts.find(draft.id) is None


def test_one_running_copy_owns_the_drafts(drafts: DraftStore, paths: AppPaths) -> None:
    with pytest.raises(DraftStoreLocked, match="another running copy"):
        DraftStore.open(paths)


def test_interrupted_submissions_are_uncertain_after_a_restart(
    drafts: DraftStore, paths: AppPaths
) -> None:
    posting = drafts.create(COMPANY, description="sendes")
    drafts.set_status(posting.id, DraftStatus.SUBMITTING)
    uploading = drafts.create(COMPANY, description="uploades")
    record = drafts.begin_upload(uploading.id, COMPANY, "ab" * 32, 10, "bilag.pdf")
    drafts.close()

    reopened = DraftStore.open(paths)
    try:
        again = reopened.get(posting.id)
        assert again.status is DraftStatus.UNCERTAIN
        assert again.last_error and "may have arrived" in again.last_error
        (upload,) = reopened.uploads(uploading.id)
        assert upload.id == record.id and upload.state is UploadState.UNCERTAIN
        assert reopened.get(uploading.id).status is DraftStatus.EDITING
    finally:
        reopened.close()


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
async def test_a_draft_survives_kill_9(tmp_path: Path) -> None:
    data_dir = tmp_path / "killed-client"
    data_dir.mkdir()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.booking.draft_worker",
        str(data_dir),
        str(COMPANY),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    last: list[str] = []
    try:
        async with asyncio.timeout(30):
            while True:
                line = (await process.stdout.readline()).decode().rstrip("\n")
                assert line, "the worker ended early"
                if line.startswith("saved"):
                    last = line.split(" ", 2)
                    if int(last[1]) >= 40:
                        break
    finally:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    assert process.returncode == -signal.SIGKILL

    store = DraftStore(data_dir)  # the lock died with the process
    try:
        draft = store.latest(COMPANY)
        assert draft is not None
        step = int(last[1])
        # Everything the worker reported saved is there (it may have saved one more).
        saved_step = int(draft.description.rsplit(" ", 1)[1])
        assert saved_step in (step, step + 1)
        assert draft.date == date(2026, 11, 24)
        assert len(draft.lines) == 1
        assert draft.lines[0].account == "7350" and draft.lines[0].vat_code == "I25"
        assert draft.lines[0].amount == f"{saved_step}.{saved_step % 1000:03d},50"
        assert draft.status is DraftStatus.EDITING
    finally:
        store.close()

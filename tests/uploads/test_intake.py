"""Intake: types by content, refusals with stable codes, folders, clipboard, duplicates."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.paths import AppPaths
from app.uploads import Intake, RefusalCode, UploadStore, Verdict
from app.uploads.intake import is_hidden

COMPANY = 100001

SAMPLES: dict[str, tuple[bytes, str]] = {
    "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n", "application/pdf"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "image/jpeg"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image/png"),
    "tiff": (b"II*\x00\x08\x00\x00\x00" + bytes(range(256)), "image/tiff"),
    "gif": (b"GIF89a\x01\x00\x01\x00" + bytes(range(256)), "image/gif"),
    "webp": (b"RIFF\x24\x01\x00\x00WEBPVP8 " + bytes(range(256)), "image/webp"),
    "text": ("Kvittering\nBrød 35,00 kr\nI alt 35,00 kr\n".encode(), "text/plain"),
}


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def intake(store: UploadStore) -> Intake:
    return Intake(store)


# A misleading or missing extension for each type: the content decides.
@pytest.mark.parametrize(
    ("kind", "name", "sent_name"),
    [
        ("pdf", "faktura.txt", "faktura.pdf"),
        ("jpeg", "foto.jpeg", "foto.jpeg"),
        ("png", "scan", "scan.png"),
        ("tiff", "scan.tiff", "scan.tiff"),
        ("gif", "logo.png", "logo.gif"),
        ("webp", "billede.webp", "billede.webp"),
        ("text", "bank.csv", "bank.csv"),
    ],
)
async def test_accepted_by_content(
    intake: Intake, tmp_path: Path, kind: str, name: str, sent_name: str
) -> None:
    data, content_type = SAMPLES[kind]
    item = await intake.check_file(COMPANY, write(tmp_path / name, data))
    assert item.verdict is Verdict.ACCEPTED, item.message
    assert item.staged is not None
    assert item.staged.content_type == content_type
    assert item.staged.file_name == sent_name
    assert item.staged.friendly_name == Path(name).stem
    assert item.staged.size == len(data)
    assert item.staged.sha256 == hashlib.sha256(data).hexdigest()
    assert item.staged.spool_path.read_bytes() == data  # the spooled copy


async def test_zip_named_pdf_is_refused(intake: Intake, tmp_path: Path, store: UploadStore) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("faktura.pdf", SAMPLES["pdf"][0])
    item = await intake.check_file(COMPANY, write(tmp_path / "faktura.pdf", buffer.getvalue()))
    assert item.verdict is Verdict.REFUSED
    assert item.refusal is RefusalCode.UNSUPPORTED_TYPE
    assert item.staged is None and item.message
    assert list(store.spool_dir.iterdir()) == []  # nothing kept


async def test_refusals_have_stable_codes(store: UploadStore, tmp_path: Path) -> None:
    intake = Intake(store, max_bytes=1000)
    cases = {
        "empty.pdf": (b"", RefusalCode.EMPTY),
        "big.pdf": (b"%PDF-1.4\n" + b"0" * 2000, RefusalCode.TOO_LARGE),
        "program.exe": (
            b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)),
            RefusalCode.UNSUPPORTED_TYPE,
        ),
        "invoice.xml": (b'<?xml version="1.0"?><Invoice/>', RefusalCode.UNSUPPORTED_TYPE),
    }
    for name, (data, code) in cases.items():
        item = await intake.check_file(COMPANY, write(tmp_path / name, data))
        assert (item.verdict, item.refusal) == (Verdict.REFUSED, code), name
        assert item.message, name
    missing = await intake.check_file(COMPANY, tmp_path / "gone.pdf")
    assert missing.refusal is RefusalCode.NOT_FOUND
    clip = await intake.check_bytes(COMPANY, b"")
    assert clip.refusal is RefusalCode.EMPTY
    assert list(store.spool_dir.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
async def test_unreadable(intake: Intake, tmp_path: Path) -> None:
    path = write(tmp_path / "locked.pdf", SAMPLES["pdf"][0])
    path.chmod(0)
    try:
        item = await intake.check_file(COMPANY, path)
    finally:
        path.chmod(0o600)
    assert item.refusal is RefusalCode.UNREADABLE


async def test_folder_with_a_mix(intake: Intake, tmp_path: Path) -> None:
    root = tmp_path / "Bilag"
    write(root / "a.pdf", SAMPLES["pdf"][0])
    write(root / "maj" / "b.jpg", SAMPLES["jpeg"][0])
    write(root / "maj" / "dybt" / "c.txt", SAMPLES["text"][0])
    write(root / "maj" / "tom.pdf", b"")
    write(root / "noter.docx", b"PK\x03\x04" + bytes(range(256)))
    # Hidden and system files and folders are skipped without a word.
    write(root / ".DS_Store", b"junk")
    write(root / "Thumbs.db", b"junk")
    write(root / "~$faktura.docx", b"junk")
    write(root / ".git" / "x.pdf", SAMPLES["pdf"][0] + b"1")
    write(root / "maj" / ".skjult.pdf", SAMPLES["pdf"][0] + b"2")
    items = await intake.check_folder(COMPANY, root)
    got = {item.name: (item.verdict, item.refusal) for item in items}
    assert got == {
        "a.pdf": (Verdict.ACCEPTED, None),
        "b.jpg": (Verdict.ACCEPTED, None),
        "c.txt": (Verdict.ACCEPTED, None),
        "tom.pdf": (Verdict.REFUSED, RefusalCode.EMPTY),
        "noter.docx": (Verdict.REFUSED, RefusalCode.UNSUPPORTED_TYPE),
    }
    assert is_hidden(root / ".git") and not is_hidden(root / "maj")


async def test_dropping_files_and_folders_with_the_same_content(
    intake: Intake, tmp_path: Path
) -> None:
    data = SAMPLES["png"][0]
    one = write(tmp_path / "drop" / "kvittering.png", data)
    write(tmp_path / "drop" / "kopi" / "kvittering kopi.png", data)
    items = await intake.check_paths(COMPANY, [one, tmp_path / "drop" / "kopi"])
    assert [i.verdict for i in items] == [Verdict.ACCEPTED, Verdict.DUPLICATE]
    assert items[1].previous is not None and items[1].previous.state == "selected"


async def test_clipboard_bytes_get_a_sensible_name(store: UploadStore) -> None:
    when = datetime(2026, 11, 24, 12, 5, tzinfo=UTC)
    intake = Intake(store, clock=lambda: when)
    local = when.astimezone().strftime("%Y-%m-%d %H.%M")
    image = await intake.check_bytes(COMPANY, SAMPLES["png"][0])
    assert image.verdict is Verdict.ACCEPTED and image.staged is not None
    assert image.source is None
    assert image.staged.file_name == f"Indsat billede {local}.png"
    assert image.staged.friendly_name == f"Indsat billede {local}"
    document = await intake.check_bytes(COMPANY, SAMPLES["pdf"][0])
    assert document.staged is not None
    assert document.staged.file_name == f"Indsat dokument {local}.pdf"
    named = await intake.check_bytes(COMPANY, SAMPLES["pdf"][0] + b" ", name="Faktura 17.pdf")
    assert named.staged is not None and named.staged.file_name == "Faktura 17.pdf"
    junk = await intake.check_bytes(COMPANY, b"\x00\x01\x02\x03" * 10)
    assert junk.refusal is RefusalCode.UNSUPPORTED_TYPE


async def test_duplicates_are_remembered_across_restarts(paths: AppPaths, tmp_path: Path) -> None:
    data = SAMPLES["pdf"][0]
    source = write(tmp_path / "faktura.pdf", data)
    store = UploadStore.open(paths)
    intake = Intake(store)
    first = await intake.check_file(COMPANY, source)
    assert first.verdict is Verdict.ACCEPTED and first.staged is not None
    staged = first.staged
    uploaded_at = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    job = store.add_job(
        company_xid=COMPANY,
        source_path=str(source),
        spool_path=staged.spool_path,
        content_type=staged.content_type,
        file_name=staged.file_name,
        friendly_name="Faktura fra Mølleren",
        date=uploaded_at.date(),
        size=staged.size,
        sha256=staged.sha256,
        now=uploaded_at,
    )
    # While queued, the same content is already a duplicate ...
    queued = await intake.check_file(COMPANY, source)
    assert queued.verdict is Verdict.DUPLICATE and queued.previous is not None
    assert queued.previous.state == "queued" and queued.previous.job_id == job.id
    await intake.discard(queued)
    assert queued.staged is not None and not queued.staged.spool_path.exists()
    store.finish_done(job, 4242, uploaded_at)
    store.delete_jobs([job.id])  # cleared from the list: the history stays
    store.close()

    store = UploadStore.open(paths)  # a restart
    try:
        intake = Intake(store)
        again = await intake.check_file(COMPANY, tmp_path / "faktura.pdf")
        assert again.verdict is Verdict.DUPLICATE
        assert again.previous is not None
        assert again.previous.when == uploaded_at
        assert again.previous.friendly_name == "Faktura fra Mølleren"
        assert again.previous.server_xid == 4242
        assert "2026-11-20" in again.message
        # Another company has not seen it.
        other = await intake.check_file(COMPANY + 1, source)
        assert other.verdict is Verdict.ACCEPTED
    finally:
        store.close()


def test_one_queue_per_data_folder(paths: AppPaths, store: UploadStore) -> None:
    from app.uploads import StoreLocked

    with pytest.raises(StoreLocked):
        UploadStore.open(paths)

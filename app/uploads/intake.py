"""Checking what the user wants to upload: files, whole folders, clipboard bytes.

Every candidate is recognised by its content (``app.filetypes.sniff``), checked for
size, copied into the spool folder and hashed in one pass in a worker thread. The
answer is an ``IntakeItem`` with one of three verdicts:

* ``accepted``: hand it to ``UploadQueue.add``;
* ``duplicate``: this client uploaded (or queued) the same content to the same company
  before; ``previous`` says when and as what. The caller asks the user, then calls
  ``UploadQueue.add`` (add anyway) or ``Intake.discard`` (skip);
* ``refused``: ``refusal`` is a stable code (``RefusalCode``) for the UI to translate,
  ``message`` an English explanation. Nothing is kept.

The spooled copy belongs to the item until it is added or discarded; spool files that
no job refers to are cleaned when the queue starts.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import stat
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from app.api.tokens import utc_now
from app.filetypes import UNKNOWN, FileKind, FileType, sniff, sniff_name
from app.uploads.store import PreviousUpload, UploadStore, remove_file

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_ACCEPTED_TYPES",
    "DEFAULT_MAX_BYTES",
    "Intake",
    "IntakeItem",
    "RefusalCode",
    "StagedFile",
    "Verdict",
    "clipboard_name",
    "is_hidden",
]

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
# What the inbox takes: PDF, the common image formats and plain text.
DEFAULT_ACCEPTED_TYPES = frozenset(
    {
        "application/pdf",
        "image/jpeg",
        "image/png",
        "image/tiff",
        "image/gif",
        "image/webp",
        "text/plain",
    }
)
NAME_MAX = 250  # fileName and friendlyFilename in the API
_HEAD_BYTES = 8192
_CHUNK_BYTES = 1024 * 1024
# Archives and executables: never a PDF, even with a stored PDF near their start.
_CONTAINERS = (
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",
    b"MZ",
    b"\xd0\xcf\x11\xe0",
    b"ustar",
)
_SYSTEM_NAMES = frozenset(
    {"thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store", "icon\r", "$recycle.bin"}
)


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


class RefusalCode(StrEnum):
    EMPTY = "empty"  # 0 bytes
    TOO_LARGE = "too_large"  # over the size limit
    UNSUPPORTED_TYPE = "unsupported_type"  # content is not PDF/JPEG/PNG/TIFF/GIF/WebP/text
    UNREADABLE = "unreadable"  # permission denied, a read error, not a regular file
    NOT_FOUND = "not_found"  # the path does not exist (any more)


@dataclass(frozen=True)
class StagedFile:
    """An accepted file's spooled copy and what is known about it."""

    spool_path: Path
    file_name: str  # as it will be sent (extension fixed to match the content)
    friendly_name: str  # default friendly name: the original name without extension
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class IntakeItem:
    verdict: Verdict
    company_xid: int
    name: str  # what to show: the file name (or the clipboard name)
    source: Path | None  # the original path; None for clipboard data
    staged: StagedFile | None = None  # set for accepted and duplicate
    previous: PreviousUpload | None = None  # set for duplicate
    refusal: RefusalCode | None = None  # set for refused
    message: str = ""  # English explanation (refusals and duplicates)

    @property
    def can_add(self) -> bool:
        return self.staged is not None


class _Refused(Exception):
    def __init__(self, code: RefusalCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_hidden(path: Path) -> bool:
    """Hidden or system files and folders, which a folder intake skips."""
    name = path.name
    lower = name.lower()
    if name.startswith(".") or lower.startswith("~$") or lower in _SYSTEM_NAMES:
        return True
    try:
        st = path.lstat()
    except OSError:
        return False
    attributes = getattr(st, "st_file_attributes", 0)  # Windows only
    hidden_or_system = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(
        stat, "FILE_ATTRIBUTE_SYSTEM", 4
    )
    if attributes & hidden_or_system:
        return True
    flags = getattr(st, "st_flags", 0)  # macOS: chflags hidden
    return bool(flags & getattr(stat, "UF_HIDDEN", 0))


def clipboard_name(ftype: FileType, when: datetime) -> str:
    """``Indsat billede 2026-11-24 13.05.png`` (the names users see in Multi-Regnskab)."""
    what = {FileKind.IMAGE: "billede", FileKind.PDF: "dokument"}.get(ftype.kind, "tekst")
    return f"Indsat {what} {when:%Y-%m-%d %H.%M}{ftype.extension}"


def _fit_name(name: str, ftype: FileType) -> str:
    """``name`` with an extension that fits the content, at most NAME_MAX characters.

    ``scan.txt`` holding a PDF becomes ``scan.pdf``; ``scan`` becomes ``scan.pdf``;
    ``kvittering.2024`` becomes ``kvittering.2024.pdf``; text keeps e.g. ``bank.csv``.
    """
    name = name.strip() or "fil"
    stem, ext = os.path.splitext(name)
    named = sniff_name(name)
    if named.content_type == ftype.content_type:
        pass
    elif named.kind is FileKind.UNKNOWN:
        if not (ftype.kind is FileKind.TEXT and ext):
            stem, ext = name, ftype.extension
    else:
        ext = ftype.extension
    return stem[: max(1, NAME_MAX - len(ext))] + ext


def _friendly(name: str) -> str:
    stem = os.path.splitext(name)[0].strip() or name.strip()
    return stem[:NAME_MAX]


class Intake:
    """Checks candidates and spools accepted ones. Use from the event loop."""

    def __init__(
        self,
        store: UploadStore,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        accepted_types: frozenset[str] = DEFAULT_ACCEPTED_TYPES,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self.max_bytes = max_bytes
        self.accepted_types = accepted_types
        self._clock = clock

    # --- public ----------------------------------------------------------------------

    async def check_paths(self, company_xid: int, paths: Iterable[Path]) -> list[IntakeItem]:
        """Files and folders (as dropped on the window), folders walked recursively."""
        items: list[IntakeItem] = []
        seen: dict[str, IntakeItem] = {}
        for path in paths:
            is_dir = await asyncio.to_thread(path.is_dir)
            if is_dir:
                for file in await asyncio.to_thread(_walk, path):
                    items.append(await self._check_file(company_xid, file, seen))
            else:
                items.append(await self._check_file(company_xid, path, seen))
        return items

    async def check_file(self, company_xid: int, path: Path) -> IntakeItem:
        return await self._check_file(company_xid, path, {})

    async def check_folder(self, company_xid: int, folder: Path) -> list[IntakeItem]:
        """Every file below ``folder``, skipping hidden and system files and folders."""
        return await self.check_paths(company_xid, [folder])

    async def check_bytes(
        self, company_xid: int, data: bytes, *, name: str | None = None
    ) -> IntakeItem:
        """Clipboard data (a pasted image or file); ``name`` when the clipboard had one."""
        try:
            staged = await asyncio.to_thread(self._stage_bytes, data, name)
        except _Refused as refused:
            shown = name or "Indsat"
            return self._refused(company_xid, shown, None, refused)
        return self._verdict(company_xid, staged.file_name, None, staged, {})

    async def discard(self, item: IntakeItem) -> None:
        """Drop an item that will not be added (a skipped duplicate): its spooled copy."""
        if item.staged is not None:
            await asyncio.to_thread(remove_file, item.staged.spool_path)

    # --- checks ------------------------------------------------------------------------

    async def _check_file(
        self, company_xid: int, path: Path, seen: dict[str, IntakeItem]
    ) -> IntakeItem:
        try:
            staged = await asyncio.to_thread(self._stage_file, path)
        except _Refused as refused:
            return self._refused(company_xid, path.name, path, refused)
        return self._verdict(company_xid, path.name, path, staged, seen)

    def _refused(
        self, company_xid: int, name: str, source: Path | None, refused: _Refused
    ) -> IntakeItem:
        log.info("refused %s: %s", name, refused.code)
        return IntakeItem(
            verdict=Verdict.REFUSED,
            company_xid=company_xid,
            name=name,
            source=source,
            refusal=refused.code,
            message=refused.message,
        )

    def _verdict(
        self,
        company_xid: int,
        name: str,
        source: Path | None,
        staged: StagedFile,
        seen: dict[str, IntakeItem],
    ) -> IntakeItem:
        previous = self._store.previous_upload(company_xid, staged.sha256)
        if previous is None and staged.sha256 in seen:
            # The same content twice in one drop (e.g. a copy in another folder).
            earlier = seen[staged.sha256]
            assert earlier.staged is not None
            previous = PreviousUpload(
                when=self._clock(),
                file_name=earlier.staged.file_name,
                friendly_name=earlier.staged.friendly_name,
                state="selected",
            )
        if previous is None:
            item = IntakeItem(Verdict.ACCEPTED, company_xid, name, source, staged)
        else:
            if previous.state == "done":
                message = (
                    f"{name} was uploaded before, on {previous.when:%Y-%m-%d %H:%M},"
                    f" as {previous.friendly_name!r}."
                )
            else:
                message = f"{name} is already in the upload list as {previous.friendly_name!r}."
            item = IntakeItem(
                Verdict.DUPLICATE,
                company_xid,
                name,
                source,
                staged,
                previous=previous,
                message=message,
            )
        seen.setdefault(staged.sha256, item)
        return item

    # --- worker-thread parts ------------------------------------------------------------

    def _too_large(self, size: int) -> _Refused:
        limit = self.max_bytes / (1024 * 1024)
        return _Refused(
            RefusalCode.TOO_LARGE,
            f"The file is {size / (1024 * 1024):.1f} MB; the limit is {limit:g} MB.",
        )

    def _check_type(self, head: bytes) -> FileType:
        if not head:
            raise _Refused(RefusalCode.EMPTY, "The file is empty.")
        ftype = sniff(head)
        if ftype.kind is FileKind.PDF and head.startswith(_CONTAINERS):
            # sniff() allows junk before %PDF-; an archive holding a stored PDF is not one.
            ftype = UNKNOWN
        if ftype.content_type not in self.accepted_types:
            raise _Refused(
                RefusalCode.UNSUPPORTED_TYPE,
                "Only PDF files, images (JPEG, PNG, TIFF, GIF, WebP) and plain text"
                " can be uploaded.",
            )
        return ftype

    def _stage_file(self, path: Path) -> StagedFile:
        try:
            st = os.stat(path)
        except FileNotFoundError as exc:
            raise _Refused(RefusalCode.NOT_FOUND, "The file does not exist.") from exc
        except OSError as exc:
            raise _Refused(RefusalCode.UNREADABLE, f"The file cannot be read: {exc}") from exc
        if not stat.S_ISREG(st.st_mode):
            raise _Refused(RefusalCode.UNREADABLE, "This is not a regular file.")
        if st.st_size == 0:
            raise _Refused(RefusalCode.EMPTY, "The file is empty.")
        if st.st_size > self.max_bytes:
            raise self._too_large(st.st_size)
        try:
            with open(path, "rb") as handle:
                head = handle.read(_HEAD_BYTES)
                ftype = self._check_type(head)
                return self._spool(head, handle, ftype, path.name)
        except _Refused:
            raise
        except OSError as exc:
            raise _Refused(RefusalCode.UNREADABLE, f"The file cannot be read: {exc}") from exc

    def _stage_bytes(self, data: bytes, name: str | None) -> StagedFile:
        if len(data) > self.max_bytes:
            raise self._too_large(len(data))
        ftype = self._check_type(data[:_HEAD_BYTES])
        when = self._clock().astimezone()
        file_name = name or clipboard_name(ftype, when)
        return self._spool(data, None, ftype, file_name)

    def _spool(
        self, head: bytes, rest: BinaryIO | None, ftype: FileType, original_name: str
    ) -> StagedFile:
        """Copy ``head`` + the rest of the open file into the spool, hashing as it goes."""
        digest = hashlib.sha256()
        final = self._store.spool_dir / f"{uuid.uuid4().hex}{ftype.extension}"
        part = final.with_name(final.name + ".part")
        size = 0
        try:
            with open(part, "wb") as out:
                chunk = head
                while chunk:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise self._too_large(size)
                    digest.update(chunk)
                    out.write(chunk)
                    chunk = rest.read(_CHUNK_BYTES) if rest is not None else b""
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, final)
        except BaseException:
            remove_file(part)
            raise
        return StagedFile(
            spool_path=final,
            file_name=_fit_name(original_name, ftype),
            friendly_name=_friendly(original_name),
            content_type=ftype.content_type,
            size=size,
            sha256=digest.hexdigest(),
        )


def _walk(folder: Path) -> list[Path]:
    """Regular files below ``folder`` in a stable order, without hidden/system ones."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not is_hidden(base / d))
        for name in sorted(files):
            path = base / name
            if not is_hidden(path):
                found.append(path)
    return found


def today(clock: Callable[[], datetime]) -> date:
    """The user's local date now."""
    return clock().astimezone().date()

"""What a file is, by its content (magic bytes), not by its name.

Bookkeepers get PDFs, phone photos (JPEG, HEIC is not supported), scans (PNG, TIFF),
GIF/WebP images from web shops, and plain-text receipts. Everything else is refused.
"""

from __future__ import annotations

from enum import Enum

import msgspec

__all__ = ["FileKind", "FileType", "sniff", "sniff_name"]


class FileKind(Enum):
    PDF = "pdf"
    IMAGE = "image"
    TEXT = "text"
    XML = "xml"
    UNKNOWN = "unknown"


class FileType(msgspec.Struct, frozen=True):
    kind: FileKind
    content_type: str
    extension: str  # with the dot, e.g. ".pdf"

    @property
    def accepted(self) -> bool:
        return self.kind is not FileKind.UNKNOWN


UNKNOWN = FileType(FileKind.UNKNOWN, "application/octet-stream", "")

_MAGIC: list[tuple[bytes, int, FileType]] = [
    (b"%PDF-", 0, FileType(FileKind.PDF, "application/pdf", ".pdf")),
    (b"\xff\xd8\xff", 0, FileType(FileKind.IMAGE, "image/jpeg", ".jpg")),
    (b"\x89PNG\r\n\x1a\n", 0, FileType(FileKind.IMAGE, "image/png", ".png")),
    (b"II*\x00", 0, FileType(FileKind.IMAGE, "image/tiff", ".tif")),
    (b"MM\x00*", 0, FileType(FileKind.IMAGE, "image/tiff", ".tif")),
    (b"GIF87a", 0, FileType(FileKind.IMAGE, "image/gif", ".gif")),
    (b"GIF89a", 0, FileType(FileKind.IMAGE, "image/gif", ".gif")),
]
_WEBP = FileType(FileKind.IMAGE, "image/webp", ".webp")
_TEXT = FileType(FileKind.TEXT, "text/plain", ".txt")
_XML = FileType(FileKind.XML, "application/xml", ".xml")


# Containers that can hold a stored PDF near their start: never mistake them for one.
_CONTAINERS = (
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"7z\xbc\xaf",
    b"Rar!",
    b"MZ",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",
)


def sniff(head: bytes) -> FileType:
    """The type of a file from its first bytes (give at least 4 KiB when you can)."""
    for magic, offset, ftype in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return ftype
    if head.startswith(_CONTAINERS):
        return UNKNOWN
    # A PDF may start with a little junk before %PDF- (readers allow 1024 bytes).
    if b"%PDF-" in head[:1024]:
        return _MAGIC[0][2]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _WEBP
    return _sniff_text(head)


def _sniff_text(head: bytes) -> FileType:
    if not head or b"\x00" in head:
        return UNKNOWN
    sample = head.removeprefix(b"\xef\xbb\xbf")
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(sample) - 4:
            try:
                text = sample.decode("cp1252")
            except UnicodeDecodeError:
                return UNKNOWN
        else:
            text = sample[: exc.start].decode("utf-8")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > len(text) // 100:
        return UNKNOWN
    stripped = text.lstrip()
    if (
        stripped.startswith("<?xml")
        or stripped.startswith("<Invoice")
        or stripped.startswith("<CreditNote")
    ):
        return _XML
    return _TEXT


def sniff_name(name: str) -> FileType:
    """A guess from a file name alone (for labels; never for accepting a file)."""
    lower = name.lower()
    for _, _, ftype in _MAGIC:
        if lower.endswith(ftype.extension) or (
            ftype.extension == ".jpg" and lower.endswith(".jpeg")
        ):
            return ftype
    if lower.endswith(".webp"):
        return _WEBP
    if lower.endswith((".tif", ".tiff")):
        return _MAGIC[3][2]
    if lower.endswith(".txt"):
        return _TEXT
    if lower.endswith(".xml"):
        return _XML
    return UNKNOWN

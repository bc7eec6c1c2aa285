"""Content types from magic bytes, for uploads that do not name theirs."""

from __future__ import annotations

__all__ = ["OCTET_STREAM", "sniff_content_type"]

OCTET_STREAM = "application/octet-stream"

_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
)
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"}
_XML_STARTS = (b"<?xml", b"<Invoice", b"<CreditNote", b"<ubl:", b"<sbd:")


def sniff_content_type(body: bytes) -> str:
    """The content type the first bytes of ``body`` reveal, else application/octet-stream."""
    for prefix, content_type in _PREFIXES:
        if body.startswith(prefix):
            return content_type
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "image/webp"
    if body[:2] == b"BM" and len(body) > 26 and body[6:10] == b"\x00\x00\x00\x00":
        return "image/bmp"
    if body[4:8] == b"ftyp" and body[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if b"%PDF-" in body[:1024]:
        return "application/pdf"
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(_XML_STARTS):
        return "application/xml"
    return OCTET_STREAM

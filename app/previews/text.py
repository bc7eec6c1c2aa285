"""Plain-text receipts decoded for display (the UI shows the text; nothing is rendered).

Danish receipts come as UTF-8 (with or without a BOM), as Windows-1252 from older
point-of-sale systems, and now and then as UTF-16 from Windows tools. Decoding never
fails: the best reading wins, and a byte no encoding explains becomes U+FFFD.
"""

from __future__ import annotations

import codecs
import re

import msgspec

__all__ = ["DEFAULT_MAX_CHARS", "DecodedText", "decode_text"]

DEFAULT_MAX_CHARS = 200_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?")
# C0 controls other than tab, newline and form feed; they only confuse a text view.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodedText(msgspec.Struct, frozen=True):
    text: str
    encoding: str  # what the bytes were read as, e.g. "utf-8", "cp1252"
    bom: bool  # the file started with a byte-order mark
    truncated: bool  # the file was longer than max_chars; ``text`` is its beginning


def decode_text(data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS) -> DecodedText:
    """The text of a plain-text file, at most ``max_chars`` characters of it."""
    encoding, bom = "", False
    for mark, name in _BOMS:
        if data.startswith(mark):
            encoding, bom, data = name, True, data[len(mark) :]
            break
    # No encoding needs more than four bytes a character: decode no more than that.
    limit = max_chars * 4 + 4
    cut = len(data) > limit
    sample = data[:limit]
    if encoding:
        text = _decode(sample, encoding, final=not cut)
    else:
        encoding, text = _guess(sample, final=not cut)
    text = _CONTROLS.sub("", _NEWLINES.sub("\n", text))
    truncated = cut or len(text) > max_chars
    return DecodedText(text[:max_chars], encoding, bom, truncated)


def _decode(data: bytes, encoding: str, *, final: bool, errors: str = "replace") -> str:
    # Incremental, so a character cut in half at the sample's end is dropped, not garbled.
    return codecs.getincrementaldecoder(encoding)(errors).decode(data, final=final)


def _guess(data: bytes, *, final: bool) -> tuple[str, str]:
    try:
        return "utf-8", _decode(data, "utf-8", final=final, errors="strict")
    except UnicodeDecodeError:
        pass
    # Mostly valid UTF-8 with a stray bad byte is still UTF-8 (a file glued together
    # from two sources); Windows-1252 text hardly ever forms valid multi-byte sequences.
    lenient = _decode(data, "utf-8", final=final)
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if "\u0080" <= ch != "\ufffd")
    if multibyte >= 4 * bad:
        return "utf-8", lenient
    return "cp1252", _decode(data, "cp1252", final=final)

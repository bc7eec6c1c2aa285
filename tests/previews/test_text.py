"""Plain-text receipts: decoding that copes with what point-of-sale systems write."""

from __future__ import annotations

import codecs

from app.previews.text import decode_text

RECEIPT = (
    "Bageriet Æblegården\r\n2 x rugbrød   58,00 kr.\r\nMoms (25 %)  11,60 kr.\r\n"
    "Tak for besøget – på gensyn!\r\n"
)
EXPECTED = RECEIPT.replace("\r\n", "\n")


def test_utf8() -> None:
    decoded = decode_text(RECEIPT.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.bom, decoded.truncated) == (
        EXPECTED, "utf-8", False, False)


def test_utf8_with_bom() -> None:
    decoded = decode_text(codecs.BOM_UTF8 + RECEIPT.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.bom) == (EXPECTED, "utf-8", True)


def test_cp1252_from_an_old_till() -> None:
    decoded = decode_text(RECEIPT.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (EXPECTED, "cp1252")
    assert "æ" in decode_text("æøå ÆØÅ".encode("cp1252")).text.lower()


def test_utf16_with_bom() -> None:
    decoded = decode_text(RECEIPT.encode("utf-16"))
    assert decoded.text == EXPECTED and decoded.bom


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    data = "Købt: rødgrød med fløde, ærter, øl, å".encode() + b" \xff slut"
    decoded = decode_text(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Købt: rødgrød") and "\ufffd" in decoded.text


def test_length_is_capped_without_breaking_a_character() -> None:
    decoded = decode_text(("ø" * 1000).encode(), max_chars=100)
    assert decoded.text == "ø" * 100 and decoded.truncated
    # Cut in the middle of a two-byte character by the byte cap: still clean UTF-8.
    decoded = decode_text(("æ" * 3000).encode(), max_chars=1001)
    assert decoded.text == "æ" * 1001 and decoded.encoding == "utf-8"


def test_control_characters_and_old_mac_newlines() -> None:
    decoded = decode_text(b"linje 1\rlinje 2\x00\x07\ttab\x0cside 2")
    assert decoded.text == "linje 1\nlinje 2\ttab\x0cside 2"


def test_empty() -> None:
    decoded = decode_text(b"")
    assert decoded.text == "" and not decoded.truncated

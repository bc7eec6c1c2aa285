"""Small PDFs drawn for the tests: text placed where a layout puts it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pymupdf

Placed = tuple[float, float, str] | tuple[float, float, str, float]


def make_pdf(*pages: Sequence[Placed], width: float = 595, height: float = 842,
             rotation: int = 0, font: str = "helv") -> bytes:
    """One page per sequence of (x, y, text[, size]); (x, y) is the baseline start on
    the page as displayed. With ``rotation`` the page is stored rotated and its text
    drawn so that it reads upright when displayed."""
    doc: Any = pymupdf.open()
    for placed in pages:
        page = doc.new_page(width=width, height=height)
        if rotation:
            page.set_rotation(rotation)
        for item in placed:
            x, y, text = item[0], item[1], item[2]
            size = item[3] if len(item) > 3 else 10
            point = pymupdf.Point(x, y) * page.derotation_matrix
            page.insert_text(point, text, fontsize=size, fontname=font, rotate=rotation)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def image_only_pdf() -> bytes:
    """A "scan": one page holding a picture and no text."""
    doc: Any = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 80), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(50, 50, 545, 792), pixmap=pix)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def encrypted_pdf(password: str = "hemmelig") -> bytes:
    doc: Any = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "I alt DKK 1.250,00")
    data: bytes = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password,
                              owner_pw=password + "-owner")
    doc.close()
    return data

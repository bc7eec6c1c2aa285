"""Test documents, made on the spot with PyMuPDF and Pillow (imported here only)."""

from __future__ import annotations

import io
import struct
import zlib

import pymupdf
from PIL import Image

A4 = (595.0, 842.0)


def pdf(pages: int = 1, *, size: tuple[float, float] = A4, text: bool = True) -> bytes:
    """Pages with a black 40x40 pt square in the top left corner, 50 pt further right on
    each next page,
    and a line of text (unless ``text`` is False: then it is like a scan, no text)."""
    doc = pymupdf.open()
    for number in range(pages):
        page = doc.new_page(width=size[0], height=size[1])
        x = 50 * number
        page.draw_rect(pymupdf.Rect(x, 0, x + 40, 40), color=(0, 0, 0), fill=(0, 0, 0))
        if text:
            page.insert_text((72, 200), f"Faktura side {number + 1}: 1.234,50 kr. æøå",
                             fontsize=24)
    return bytes(doc.tobytes(garbage=3, deflate=True))


def encrypted_pdf(user_password: str = "hemmelig", owner_password: str = "ejer") -> bytes:
    doc = pymupdf.open(stream=pdf(2), filetype="pdf")
    out = io.BytesIO()
    doc.save(out, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_password,
             owner_pw=owner_password)
    return out.getvalue()


def truncated_pdf() -> bytes:
    """A download cut off early: the header and part of the first objects."""
    whole = pdf(3)
    return whole[: len(whole) // 3]


def corrupt_pdf() -> bytes:
    return b"%PDF-1.7\n" + bytes(range(256)) * 40


def _save(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def marked_image(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """White, with a black square in the top left corner (a tenth of the width)."""
    image = Image.new(mode, size, "white")
    edge = max(2, size[0] // 10)
    image.paste("black", (0, 0, edge, edge))
    return image


def jpeg_with_orientation(orientation: int, shown: tuple[int, int] = (300, 400)) -> bytes:
    """A JPEG that *looks* ``shown`` (w, h) with its mark top-left once its EXIF
    orientation is applied; the stored pixels are turned the other way."""
    inverse = {
        1: None,
        3: Image.Transpose.ROTATE_180,
        6: Image.Transpose.ROTATE_90,
        8: Image.Transpose.ROTATE_270,
    }[orientation]
    image = marked_image(shown)
    stored = image if inverse is None else image.transpose(inverse)
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _save(stored, "JPEG", quality=90, exif=exif)


def photo_12mp() -> bytes:
    """A 4000 x 3000 phone-photo-sized JPEG: red left half, blue right half, some detail."""
    width, height = 4000, 3000
    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((30, 30, 200), (width // 2, 0, width, height))
    detail = Image.effect_noise((width // 4, height // 4), 24).resize((width, height))
    image = Image.blend(image, Image.merge("RGB", [detail] * 3), 0.15)
    return _save(image, "JPEG", quality=88)


def png_with_alpha(size: tuple[int, int] = (200, 100)) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))  # fully transparent...
    image.paste((0, 128, 0, 255), (0, 0, size[0] // 2, size[1]))  # ...but the left half
    return _save(image, "PNG")


def multipage_tiff(pages: int = 3, size: tuple[int, int] = (200, 300)) -> bytes:
    frames = [Image.new("L", size, 40 * (n + 1)) for n in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (120, 80)) -> bytes:
    image = marked_image(size)
    if fmt == "GIF":
        return _save(image.convert("P"), "GIF")
    return _save(image, fmt)


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG declaring 10 gigapixels in a few hundred bytes (the pixel data is zeros)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = compressor.compress(row * 64) + compressor.flush()  # the start is enough
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data)
            + chunk(b"IEND", b""))


def looping_page_tree_pdf() -> bytes:
    """A PDF whose page tree contains itself (a classic way to hang a naive reader)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def rotated_page_pdf() -> bytes:
    """One A4 page whose /Rotate is 90: it shows landscape, its mark top right."""
    doc = pymupdf.open(stream=pdf(), filetype="pdf")
    doc[0].set_rotation(90)
    return bytes(doc.tobytes())

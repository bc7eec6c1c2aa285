"""Render the application icon from icons/mr-desktop.svg into every format the platforms want.

    .venv/bin/python packaging/make_icons.py [--out icons]

writes icons/mr-desktop-<N>.png (16 … 1024), icons/mr-desktop.ico (Windows: 16-256,
PNG-compressed entries) and icons/mr-desktop.icns (macOS: 16-1024, PNG entries). Only
Qt's SVG renderer is needed; ICO and ICNS are written here because Qt's writers store a
single size only.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType per pixel size (PNG payloads, macOS 10.7+); @2x types reuse the same PNGs
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    path.write_bytes(header + entries + payload)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    chunks = b""
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        chunks += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    path.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=ROOT / "icons" / "mr-desktop.svg")
    parser.add_argument("--out", type=Path, default=ROOT / "icons")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"cannot read {args.svg}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (args.out / f"mr-desktop-{size}.png").write_bytes(data)
    write_ico(args.out / "mr-desktop.ico", pngs)
    write_icns(args.out / "mr-desktop.icns", pngs)
    print(f"wrote {len(pngs)} PNGs, mr-desktop.ico and mr-desktop.icns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

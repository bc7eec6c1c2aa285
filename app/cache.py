"""A bounded disk cache of document bodies and thumbnails.

Entries are keyed by (company xid, archive file xid, timestampLastUpdate), so an edited
file gets a new key and the stale entry simply ages out. When a kind of entry grows past
its byte budget the least recently used files are removed. All methods block on disk
I/O: call them from a worker thread (asyncio.to_thread), never on the GUI thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import struct
import tempfile
import threading
from pathlib import Path

import msgspec

log = logging.getLogger(__name__)

__all__ = ["CacheKey", "DiskCache", "Pixels"]


class CacheKey(msgspec.Struct, frozen=True):
    company_xid: int
    file_xid: int
    timestamp: str  # timestampLastUpdate as the server wrote it

    def stem(self) -> str:
        digest = hashlib.sha1(self.timestamp.encode(), usedforsecurity=False).hexdigest()[:12]
        return f"{self.company_xid}/{self.file_xid}-{digest}"


class Pixels(msgspec.Struct, frozen=True):
    """A raw image: ``format`` names a QImage format the UI can wrap without converting."""

    width: int
    height: int
    stride: int
    format: str
    data: bytes

    _HEADER = struct.Struct("<4sIII16s")

    def to_bytes(self) -> bytes:
        fmt = self.format.encode()[:16].ljust(16, b"\0")
        return self._HEADER.pack(b"MRPX", self.width, self.height, self.stride, fmt) + self.data

    @classmethod
    def from_bytes(cls, blob: bytes) -> Pixels:
        magic, width, height, stride, fmt = cls._HEADER.unpack_from(blob)
        if magic != b"MRPX":
            raise ValueError("not a cached image")
        data = blob[cls._HEADER.size :]
        if len(data) != stride * height:
            raise ValueError("truncated cached image")
        return cls(width, height, stride, fmt.rstrip(b"\0").decode(), data)


class _Area:
    """One folder of entries with a byte budget, pruned least-recently-used first."""

    def __init__(self, root: Path, budget: int) -> None:
        self.root = root
        self.budget = budget
        self._lock = threading.Lock()
        self._size: int | None = None

    def path(self, name: str) -> Path:
        return self.root / name

    def read(self, name: str) -> bytes | None:
        path = self.path(name)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # mark as recently used
        return data

    def write(self, name: str, data: bytes) -> None:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        # write-then-rename: a crash never leaves a half-written entry behind
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
        with self._lock:
            if self._size is not None:
                self._size += len(data)
            size = self._current_size()
        if size > self.budget:
            self.prune()

    def _current_size(self) -> int:
        if self._size is None:
            self._size = sum(p.stat().st_size for p in self._files())
        return self._size

    def _files(self) -> list[Path]:
        if not self.root.exists():
            return []
        return [p for p in self.root.rglob("*") if p.is_file() and not p.name.startswith(".tmp-")]

    def prune(self) -> None:
        """Remove least recently used entries until the area is within 80 % of budget."""
        with self._lock:
            entries = []
            for p in self._files():
                try:
                    st = p.stat()
                except OSError:
                    continue
                entries.append((st.st_mtime, st.st_size, p))
            total = sum(size for _, size, _ in entries)
            target = int(self.budget * 0.8)
            for _, size, p in sorted(entries):
                if total <= target:
                    break
                p.unlink(missing_ok=True)
                total -= size
            self._size = total


class DiskCache:
    """Document bodies (with their metadata) and thumbnails under one folder."""

    def __init__(
        self,
        root: Path,
        *,
        body_budget: int = 512 * 1024 * 1024,
        thumb_budget: int = 64 * 1024 * 1024,
    ) -> None:
        self.root = root
        self._bodies = _Area(root / "bodies", body_budget)
        self._thumbs = _Area(root / "thumbs", thumb_budget)

    def has_body(self, key: CacheKey) -> bool:
        """Whether ``key``'s body is stored (one stat: cheap enough for the GUI thread, so
        a miss costs no trip to a worker thread)."""
        return self._bodies.path(key.stem() + ".json").exists()

    def get_body(self, key: CacheKey) -> tuple[bytes, bytes] | None:
        """(metadata JSON, body) or None."""
        meta = self._bodies.read(key.stem() + ".json")
        if meta is None:
            return None
        body = self._bodies.read(key.stem() + ".bin")
        if body is None:
            return None
        return meta, body

    def put_body(self, key: CacheKey, meta: bytes, body: bytes) -> None:
        self._bodies.write(key.stem() + ".bin", body)
        self._bodies.write(key.stem() + ".json", meta)  # written last: marks it complete

    def get_thumbnail(self, key: CacheKey, edge: int) -> Pixels | None:
        blob = self._thumbs.read(f"{key.stem()}-{edge}.px")
        if blob is None:
            return None
        try:
            return Pixels.from_bytes(blob)
        except (ValueError, struct.error):
            log.warning("dropping a damaged thumbnail in the cache")
            self._thumbs.path(f"{key.stem()}-{edge}.px").unlink(missing_ok=True)
            return None

    def put_thumbnail(self, key: CacheKey, edge: int, pixels: Pixels) -> None:
        self._thumbs.write(f"{key.stem()}-{edge}.px", pixels.to_bytes())

    def clear(self) -> None:
        for area in (self._bodies, self._thumbs):
            for p in area._files():
                p.unlink(missing_ok=True)
            area._size = 0

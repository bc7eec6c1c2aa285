"""An exclusive lock on a data folder, so one running copy of the program owns it.

The operating system releases the lock when the process dies (kill -9 included), so a
crash never leaves the folder locked.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

__all__ = ["FolderLock", "StoreLocked"]


class StoreLocked(RuntimeError):
    """Another running copy of the program holds this data folder."""


class FolderLock:
    """An exclusive, process-wide lock on a file; released by the OS if we die."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self._path, "a+b")  # noqa: SIM115 - held until release()
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise StoreLocked(
                f"{self._path.name} in {self._path.parent} is in use by another running copy."
            ) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._handle.seek(0)
                msvcrt.locking(self._handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
        finally:
            self._handle.close()
            self._handle = None

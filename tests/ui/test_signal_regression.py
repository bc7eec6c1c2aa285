"""PySide6 6.12.0 on Python 3.11 aborts after a few hundred signal emissions.

pyproject.toml keeps that combination out with an environment marker; this test emits
ten thousand signals with Python payloads so that a bad pin shows up as a crash here.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object, str)


def test_installed_pyside_is_not_the_broken_combination() -> None:
    broken = sys.version_info[:2] == (3, 11) and pyside_version.startswith("6.12.0")
    assert not broken, f"PySide6 {pyside_version} on Python 3.11 is known to abort"


def test_ten_thousand_signal_emissions(qapp: object) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(lambda payload, text: received.append(len(payload) + len(text)))
    for i in range(10_000):
        emitter.changed.emit({"row": i, "name": f"faktura {i}"}, "x")
    assert len(received) == 10_000
    assert sum(received) == 10_000 * 3

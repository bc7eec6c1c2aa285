"""The start-up picture appears only when starting takes a while."""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.splash import StartupSplash


def _splashes() -> list[str]:
    return [w.objectName() for w in QApplication.topLevelWidgets()
            if w.objectName() == "splash" and w.isVisible()]


async def test_a_quick_start_shows_no_splash() -> None:
    splash = StartupSplash("Opening Multi-Regnskab…", QIcon(), delay_ms=150)
    await asyncio.sleep(0.02)
    splash.close()
    await asyncio.sleep(0.25)
    assert _splashes() == []
    assert splash.label is None


async def test_a_slow_start_shows_the_splash_until_it_is_closed() -> None:
    splash = StartupSplash("Starting the demo…", QIcon(), delay_ms=50)
    assert _splashes() == []
    await asyncio.sleep(0.2)
    assert _splashes() == ["splash"]
    assert splash.label is not None and splash.label.accessibleName() == "Starting the demo…"
    splash.close()
    await asyncio.sleep(0)
    assert _splashes() == []

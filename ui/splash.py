"""The start-up picture, shown only when starting takes long enough to need one.

A start that restores a stored session has its window on screen in about a third of a
second; a picture flashed for part of that only delays the window (drawing it costs
some 8 ms). So ``StartupSplash`` waits ``SPLASH_DELAY_MS`` first: the demo, which
makes its data, a slow network or a slow machine get it; a quick start does not.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel

__all__ = ["SPLASH_DELAY_MS", "StartupSplash", "splash_picture"]

SPLASH_DELAY_MS = 300


def splash_picture(message: str, icon: QIcon) -> QLabel:
    """A small frameless picture with the icon, the name and ``message``, centred.

    A frameless QLabel rather than QSplashScreen: QSplashScreen.show() blocks for about a
    second on Linux (measured on xcb and offscreen), which doubled the start-up time.
    """
    pixmap = QPixmap(340, 200)
    pixmap.fill(QColor("#f4f7fb"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(130, 24, icon.pixmap(80, 80))
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1f3f63"))
    painter.drawText(QRect(0, 112, 340, 32), int(Qt.AlignmentFlag.AlignHCenter), "Multi-Regnskab")
    font.setBold(False)
    font.setPointSizeF(font.pointSizeF() / 1.5)
    painter.setFont(font)
    painter.setPen(QColor("#3c4a5a"))
    painter.drawText(QRect(0, 150, 340, 40), int(Qt.AlignmentFlag.AlignHCenter), message)
    painter.setPen(QColor("#c9d6e4"))
    painter.drawRect(0, 0, 339, 199)
    painter.end()
    splash = QLabel()
    splash.setObjectName("splash")
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.setAccessibleName(message)
    splash.adjustSize()
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    return splash


class StartupSplash(QObject):
    """``splash_picture(message, icon)`` on screen from ``delay_ms`` after it is made
    until ``close()``; never, when closed sooner. The event loop must run meanwhile."""

    def __init__(self, message: str, icon: QIcon, delay_ms: int = SPLASH_DELAY_MS) -> None:
        super().__init__()
        self._message = message
        self._icon = icon
        self.label: QLabel | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(delay_ms)

    def _show(self) -> None:
        self.label = splash_picture(self._message, self._icon)
        self.label.show()
        self.label.repaint()

    def close(self) -> None:
        self._timer.stop()
        if self.label is not None:
            self.label.close()
            self.label.deleteLater()
            self.label = None

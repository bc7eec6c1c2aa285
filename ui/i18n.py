"""The interface language: Danish or English, chosen once at start.

``choose_language`` decides (``--lang``, then the remembered choice, then the system
locale: Danish on a Danish system, English elsewhere); ``install`` loads the program's own
translations (resources/i18n/mr_desktop_<lang>.qm, compiled by ``make translations``)
and Qt's own (qtbase_<lang>.qm: the buttons of standard dialogs, context menus of text
fields), and sets the locale used for dates and amounts (``ui.formatting``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui import formatting

log = logging.getLogger(__name__)

__all__ = ["LANGUAGES", "choose_language", "install", "resources_dir", "translations_dir"]

LANGUAGES = ("da", "en")
CATALOG = "mr_desktop"

# Keep the installed translators alive (Qt does not own them).
_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """resources/ of the source tree, or of a frozen build (PyInstaller's _MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language(locale: QLocale | None = None) -> str:
    loc = locale if locale is not None else QLocale.system()
    return "da" if loc.language() == QLocale.Language.Danish else "en"


def choose_language(
    requested: str | None, remembered: str | None = None, locale: QLocale | None = None
) -> str:
    for lang in (requested, remembered):
        if lang in LANGUAGES:
            assert lang is not None
            return lang
    return system_language(locale)


def install(lang: str, app: QCoreApplication | None = None) -> bool:
    """Install the translators for ``lang``; True when the program's catalogue loaded.

    English needs no catalogue (the sources are English) but one is loaded when built, so
    a corrected English wording reaches the interface too.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    formatting.set_language(lang)

    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    elif lang != "en":
        log.warning("Qt's own %s translations not found in %s", lang, qt_dir)

    own = QTranslator(app)
    loaded = own.load(f"{CATALOG}_{lang}", str(translations_dir()))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    elif lang != "en":
        log.warning("no %s translation in %s (run `make translations`)", lang, translations_dir())
    return loaded

"""Keyboard shortcuts: the one table of them, and the overview dialog (Help menu, F1).

The main window's actions take their keys from ``SHORTCUTS`` so the overview cannot
drift from what the keys do; keys handled inside the panels (J/K, arrows, Delete) are
listed here too so the overview is complete.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["SHORTCUTS", "Shortcut", "ShortcutsDialog", "keys_for", "sequences_for"]

_CONTEXT = "Shortcuts"


class Shortcut(msgspec.Struct, frozen=True):
    name: str  # id used by the window's actions
    keys: tuple[str, ...]  # portable QKeySequence strings
    group: str  # untranslated (translated in context "Shortcuts")
    description: str  # untranslated (translated in context "Shortcuts")


SHORTCUTS: tuple[Shortcut, ...] = (
    # general
    Shortcut("upload", ("Ctrl+U",), QT_TRANSLATE_NOOP("Shortcuts", "General"),
             QT_TRANSLATE_NOOP("Shortcuts", "Upload files…")),
    Shortcut("paste", ("Ctrl+V",), QT_TRANSLATE_NOOP("Shortcuts", "General"),
             QT_TRANSLATE_NOOP("Shortcuts", "Upload files or an image from the clipboard")),
    Shortcut("saveAs", ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("Shortcuts", "General"),
             QT_TRANSLATE_NOOP("Shortcuts", "Save the document as…")),
    Shortcut("refresh", ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "General"),
             QT_TRANSLATE_NOOP("Shortcuts", "Refresh")),
    Shortcut("shortcuts", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "General"),
             QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts")),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "General"),
             QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    # inbox
    Shortcut("filter", ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Inbox"),
             QT_TRANSLATE_NOOP("Shortcuts", "Filter the inbox")),
    Shortcut("next", ("Down", "J"), QT_TRANSLATE_NOOP("Shortcuts", "Inbox"),
             QT_TRANSLATE_NOOP("Shortcuts", "Next document")),
    Shortcut("previous", ("Up", "K"), QT_TRANSLATE_NOOP("Shortcuts", "Inbox"),
             QT_TRANSLATE_NOOP("Shortcuts", "Previous document")),
    Shortcut("extend", ("Shift+Down", "Shift+Up"), QT_TRANSLATE_NOOP("Shortcuts", "Inbox"),
             QT_TRANSLATE_NOOP("Shortcuts", "Select more documents")),
    Shortcut("delete", ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Inbox"),
             QT_TRANSLATE_NOOP("Shortcuts", "Delete the document shown (asks first)")),
    # preview
    Shortcut("zoomIn", ("+", "Ctrl++"), QT_TRANSLATE_NOOP("Shortcuts", "Preview"),
             QT_TRANSLATE_NOOP("Shortcuts", "Zoom in")),
    Shortcut("zoomOut", ("-", "Ctrl+-"), QT_TRANSLATE_NOOP("Shortcuts", "Preview"),
             QT_TRANSLATE_NOOP("Shortcuts", "Zoom out")),
    Shortcut("zoomReset", ("0", "Ctrl+0"), QT_TRANSLATE_NOOP("Shortcuts", "Preview"),
             QT_TRANSLATE_NOOP("Shortcuts", "Actual size")),
    Shortcut("nextPage", ("PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Preview"),
             QT_TRANSLATE_NOOP("Shortcuts", "Next page")),
    Shortcut("previousPage", ("PgUp",), QT_TRANSLATE_NOOP("Shortcuts", "Preview"),
             QT_TRANSLATE_NOOP("Shortcuts", "Previous page")),
    # registration
    Shortcut("book", ("Ctrl+Return",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Create the suggested registration")),
    Shortcut("bookAndNext", ("Ctrl+Shift+Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Create it and go on to the next document")),
    Shortcut("acceptAll", ("Ctrl+Shift+A",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Accept every suggestion")),
    Shortcut("acceptDate", ("Alt+1",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts",
                               "Accept the suggested date (or click its box on the page)")),
    Shortcut("acceptDescription", ("Alt+2",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Accept the suggested supplier as description")),
    Shortcut("acceptAmount", ("Alt+3",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Accept the suggested total")),
    Shortcut("addLine", ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Add a line")),
    Shortcut("removeLine", ("Ctrl+Del",), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Remove the line")),
    Shortcut("moveLine", ("Alt+Up", "Alt+Down"), QT_TRANSLATE_NOOP("Shortcuts", "Registration"),
             QT_TRANSLATE_NOOP("Shortcuts", "Move the line up or down")),
)  # fmt: skip


def _by_name(name: str) -> Shortcut:
    for shortcut in SHORTCUTS:
        if shortcut.name == name:
            return shortcut
    raise KeyError(name)


def keys_for(name: str) -> tuple[str, ...]:
    return _by_name(name).keys


def sequences_for(name: str) -> list[QKeySequence]:
    return [QKeySequence(key) for key in _by_name(name).keys]


def native_text(keys: tuple[str, ...]) -> str:
    """The keys as this platform writes them ("Ctrl+U", "⌘U"), joined by " / "."""
    return " / ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
    )


class ShortcutsDialog(QDialog):
    """A table of every shortcut, grouped, in the user's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Work faster with the keyboard:"), self)
        self.table = QTableWidget(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        # tall enough for every row without scrolling, when the screen allows
        height = rows.defaultSectionSize() * self.table.rowCount() + header.sizeHint().height()
        self.table.setMinimumHeight(min(height + 4, 640))
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _fill(self) -> None:
        rows: list[tuple[str, str, bool]] = []
        group = ""
        for shortcut in SHORTCUTS:
            if shortcut.group != group:
                group = shortcut.group
                rows.append((QCoreApplication.translate(_CONTEXT, group), "", True))
            rows.append(
                (
                    QCoreApplication.translate(_CONTEXT, shortcut.description),
                    native_text(shortcut.keys),
                    False,
                )
            )
        self.table.setRowCount(len(rows))
        for row, (text, keys, is_group) in enumerate(rows):
            label = QTableWidgetItem(text)
            key_item = QTableWidgetItem(keys)
            if is_group:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                label.setFlags(Qt.ItemFlag.ItemIsEnabled)
                key_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, key_item)

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) as shown, for tests and screen readers."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]

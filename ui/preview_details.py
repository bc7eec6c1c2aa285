"""The shown document's details: friendly name and date, comments, Save as… and Delete.

``DetailsPanel`` only presents and asks: the preview pane does the calls to the server
(``saveRequested``, ``commentRequested``, ``deleteRequested``, ``saveAsRequested``).
``safe_file_name`` makes the name offered by "Save as…" safe on every platform.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.api.models import ArchiveFile, ArchiveFileComment
from app.filetypes import FileKind, sniff
from ui import formatting

__all__ = ["DetailsPanel", "extension_for", "safe_file_name"]

# --- file names -----------------------------------------------------------------------

_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/pjpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "text/plain": ".txt",
    "application/xml": ".xml",
    "text/xml": ".xml",
}
_SAME_EXTENSION = {
    ".jpg": {".jpg", ".jpeg", ".jpe", ".jfif"},
    ".tif": {".tif", ".tiff"},
    ".txt": {".txt", ".text"},
    ".xml": {".xml"},
}
# Characters Windows, macOS or Linux do not allow in a file name.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{device}{n}" for device in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")
}
_MAX_UTF8_BYTES = 180  # well inside 255 bytes (Linux, macOS) and 255 UTF-16 units


def extension_for(content_type: str, head: bytes = b"") -> str:
    """The extension ("" if none is known) for a file, by its bytes when given."""
    if head:
        sniffed = sniff(head[:4096])
        if sniffed.kind is not FileKind.UNKNOWN:
            return sniffed.extension
        if head[:2] == b"BM":
            return ".bmp"
    return _EXTENSIONS.get(content_type.split(";")[0].strip().lower(), "")


def safe_file_name(name: str, content_type: str = "", head: bytes = b"",
                   fallback: str = "document") -> str:
    """``name`` made into a file name that is safe everywhere, with a fitting extension.

    No path separators, no characters Windows refuses, no control or invisible
    formatting characters (a right-to-left override can disguise ".exe"), no reserved
    Windows device names, no leading or trailing dots and spaces, a sensible length; the
    extension is the one the content has (kept if the name already ends with it).
    """
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(
        " " if unicodedata.category(ch) in ("Zl", "Zp") or ch in "\t\n\r" else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\t\n\r"
    )
    text = _FORBIDDEN.sub("_", text)
    text = _SPACES.sub(" ", text).strip(" .")
    extension = extension_for(content_type, head)
    stem, dot, current = text.rpartition(".")
    if dot and extension and "." + current.lower() in _SAME_EXTENSION.get(
        extension, {extension}
    ):
        extension = "." + current  # keep the user's spelling: .JPG, .jpeg
        text = stem.rstrip(" .")
    text = text or fallback
    device = text.split(".")[0].strip().upper()
    if device in _RESERVED:
        text = "_" + text
    while len((text + extension).encode("utf-8")) > _MAX_UTF8_BYTES:
        text = text[:-1].rstrip(" .")
    return (text or fallback) + extension


# --- the panel ------------------------------------------------------------------------


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DetailsPanel(QWidget):
    """Friendly name, date, comments and the document's actions."""

    saveRequested = Signal(str, object)  # friendly name, datetime.date
    commentRequested = Signal(str)
    saveAsRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDetails")
        self.setAccessibleName(self.tr("Document details"))
        self.document: ArchiveFile | None = None
        self.can_edit = False
        self._busy = False
        self._why_not = ""

        self.name_label = QLabel(self.tr("&Name"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("friendlyNameEdit")
        self.name_edit.setAccessibleName(self.tr("Document name"))
        self.name_edit.setMaxLength(250)
        self.name_label.setBuddy(self.name_edit)

        self.date_label = QLabel(self.tr("&Date"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("documentDateEdit")
        self.date_edit.setAccessibleName(self.tr("Document date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            "dd.MM.yyyy" if formatting.current_language() == "da" else "dd-MM-yyyy"
        )
        self.date_label.setBuddy(self.date_edit)

        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("saveDetailsButton")
        self.save_button.setAccessibleName(self.tr("Save the name and date"))

        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileInfoLabel")
        self.file_label.setAccessibleName(self.tr("File"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        muted = self.file_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText,
                       muted.color(QPalette.ColorRole.PlaceholderText))
        self.file_label.setPalette(muted)

        self.comments_label = QLabel(self.tr("Comments"), self)
        font = self.comments_label.font()
        font.setBold(True)
        self.comments_label.setFont(font)
        self.comments = QListWidget(self)
        self.comments.setObjectName("commentsList")
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setWordWrap(True)
        self.comments.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.comments.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.comments.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.comments.setMinimumHeight(48)

        self.comment_edit = QLineEdit(self)
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("New comment"))
        self.comment_edit.setPlaceholderText(self.tr("Write a comment…"))
        self.comment_edit.setMaxLength(2000)
        self.add_comment_button = QPushButton(self.tr("Add &comment"), self)
        self.add_comment_button.setObjectName("addCommentButton")
        self.add_comment_button.setAccessibleName(self.tr("Add the comment"))

        self.save_as_button = QPushButton(self.tr("Save &as…"), self)
        self.save_as_button.setObjectName("saveAsButton")
        self.save_as_button.setAccessibleName(self.tr("Save the file on this computer"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setAccessibleName(self.tr("Delete the document"))

        self.message = QLabel(self)
        self.message.setObjectName("detailsMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.name_edit, 0, 1, 1, 3)
        grid.addWidget(self.date_label, 1, 0)
        grid.addWidget(self.date_edit, 1, 1)
        grid.addWidget(self.save_button, 1, 3)
        grid.setColumnStretch(2, 1)

        add_row = QHBoxLayout()
        add_row.addWidget(self.comment_edit, 1)
        add_row.addWidget(self.add_comment_button)

        actions = QHBoxLayout()
        actions.addWidget(self.save_as_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self.file_label)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments, 1)
        layout.addLayout(add_row)
        layout.addLayout(actions)

        for first, second in (
            (self.name_edit, self.date_edit),
            (self.date_edit, self.save_button),
            (self.save_button, self.comments),
            (self.comments, self.comment_edit),
            (self.comment_edit, self.add_comment_button),
            (self.add_comment_button, self.save_as_button),
            (self.save_as_button, self.delete_button),
        ):
            QWidget.setTabOrder(first, second)

        self.name_edit.textChanged.connect(self._update_buttons)
        self.name_edit.returnPressed.connect(self._save)
        self.date_edit.dateChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self._save)
        self.comment_edit.textChanged.connect(self._update_buttons)
        self.comment_edit.returnPressed.connect(self._comment)
        self.add_comment_button.clicked.connect(self._comment)
        self.save_as_button.clicked.connect(self.saveAsRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        self.clear()

    # --- what is shown ------------------------------------------------------------------

    def clear(self) -> None:
        self.document = None
        self.name_edit.clear()
        self.date_edit.setDate(QDate.currentDate())
        self.file_label.clear()
        self.comments.clear()
        self.comment_edit.clear()
        self.show_message("")
        self._update_buttons()

    def show_pending(self, name: str, day: date | None) -> None:
        """What the list knows while the document itself is still being fetched."""
        self.clear()
        self.name_edit.setText(name)
        if day is not None:
            self.date_edit.setDate(_qdate(day))
        self._update_buttons()

    def set_document(self, document: ArchiveFile, *, can_edit: bool, why_not: str = "",
                     keep_edits: bool = False) -> None:
        """Show ``document``; with ``keep_edits`` unsaved name/date edits stay."""
        dirty = keep_edits and self.is_dirty()
        name, day = self.name_edit.text(), self.date_edit.date()
        same = self.document is not None and (
            self.document.archive_file_xid == document.archive_file_xid
        )
        self.document = document
        self.can_edit = can_edit
        self._why_not = why_not
        if dirty and same:
            self.name_edit.setText(name)
            self.date_edit.setDate(day)
        else:
            self.name_edit.setText(document.friendly_filename)
            self.date_edit.setDate(_qdate(document.date))
        if not same:
            self.comment_edit.clear()
            self.show_message("")
        size = formatting.format_size(len(document.body)) if document.body else ""
        info = " · ".join(x for x in (document.file_name, size) if x)
        self.file_label.setText(info)
        self._show_comments(document.comments)
        self._update_buttons()

    def _show_comments(self, comments: list[ArchiveFileComment]) -> None:
        self.comments.clear()
        if not comments:
            item = QListWidgetItem(self.tr("No comments yet."))
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.comments.addItem(item)
            return
        for comment in comments:
            who = comment.real_name or comment.user_name
            when = formatting.format_timestamp(comment.date_time)
            item = QListWidgetItem(f"{who} · {when}\n{comment.comment}")
            item.setToolTip(comment.user_name)
            self.comments.addItem(item)
        self.comments.scrollToBottom()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        palette = self.palette()
        if error:
            palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.message.setPalette(palette)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # --- state ------------------------------------------------------------------------

    def values(self) -> tuple[str, date]:
        qd = self.date_edit.date()
        return self.name_edit.text().strip(), date(qd.year(), qd.month(), qd.day())

    def is_dirty(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        name, day = self.values()
        return name != doc.friendly_filename or day != doc.date

    @Slot()
    def _update_buttons(self) -> None:
        have = self.document is not None
        editable = have and self.can_edit
        ready = editable and not self._busy
        for widget in (self.name_edit, self.date_edit, self.comment_edit):
            widget.setEnabled(editable)
        self.save_button.setEnabled(ready and self.is_dirty() and bool(self.values()[0]))
        self.add_comment_button.setEnabled(ready and bool(self.comment_edit.text().strip()))
        self.delete_button.setEnabled(ready)
        self.save_as_button.setEnabled(have)
        tip = self._why_not if have and not self.can_edit else ""
        widgets: tuple[QWidget, ...] = (self.name_edit, self.date_edit, self.save_button,
                                        self.comment_edit, self.add_comment_button,
                                        self.delete_button)
        for editor in widgets:
            editor.setToolTip(tip)

    @Slot()
    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return
        name, day = self.values()
        self.saveRequested.emit(name, day)

    @Slot()
    def _comment(self) -> None:
        if not self.add_comment_button.isEnabled():
            return
        self.commentRequested.emit(self.comment_edit.text().strip())

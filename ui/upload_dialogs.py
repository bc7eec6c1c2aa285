"""The upload panel's questions and reports: a duplicate to confirm, refused files.

Both are window-modal dialogs meant to be shown with ``open()`` (never ``exec()``: a
nested event loop inside the qasync loop is a trap); they answer through signals.

* ``DuplicateDialog``: "this file was uploaded on 12.11.2026 as “Telia faktura”. Upload
  it again?" with Upload anyway / Skip and "do the same for the other duplicates";
  ``decided(upload: bool, apply_to_all: bool)``.
* ``RefusalDialog``: one list of every file that cannot be uploaded and why; more can
  be added while it is open (``add_refusals``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.uploads import IntakeItem
from ui.formatting import format_date
from ui.upload_model import limit_text

__all__ = ["DuplicateDialog", "RefusalDialog"]


def _heading(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class DuplicateDialog(QDialog):
    """Asks whether to upload a file this client has uploaded (or queued) before."""

    decided = Signal(bool, bool)  # upload, apply to the other duplicates too

    def __init__(self, item: IntakeItem, others: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._answered = False
        self.setObjectName("uploadDuplicateDialog")
        self.setWindowTitle(self.tr("Upload again?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)

        self.heading = _heading(self, "duplicateHeading")
        self.heading.setText(self.tr("This file has been uploaded before"))
        self.text = QLabel(self)
        self.text.setObjectName("duplicateText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setText(self.question(item))

        self.apply_all = QCheckBox(self.tr("Do the same for the other duplicates"), self)
        self.apply_all.setObjectName("duplicateApplyAll")
        self.apply_all.setAccessibleName(self.tr("Do the same for the other duplicates"))
        self.set_others(others)

        buttons = QDialogButtonBox(self)
        self.upload_button = QPushButton(self.tr("Upload anyway"), self)
        self.upload_button.setObjectName("duplicateUploadButton")
        self.upload_button.setAccessibleName(self.tr("Upload anyway"))
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setObjectName("duplicateSkipButton")
        self.skip_button.setAccessibleName(self.tr("Skip this file"))
        buttons.addButton(self.upload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Doing nothing is the safe answer: Enter skips, uploading again takes a choice.
        self.upload_button.setAutoDefault(False)
        self.skip_button.setDefault(True)
        self.upload_button.clicked.connect(lambda: self._answer(True))
        self.skip_button.clicked.connect(lambda: self._answer(False))
        self.rejected.connect(lambda: self._answer(False))  # Esc, the close button

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(6)
        layout.addWidget(self.apply_all)
        layout.addWidget(buttons)
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.text.text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def question(self, item: IntakeItem) -> str:
        previous = item.previous
        if previous is None:
            return self.tr("{name} has been uploaded before. Upload it again?").format(
                name=item.name
            )
        if previous.state == "done":
            when = previous.when
            local = when.astimezone() if isinstance(when, datetime) else when
            return self.tr(
                "{name} was uploaded on {date} as “{friendly}”. Upload it again?"
            ).format(
                name=item.name, date=format_date(local.date()), friendly=previous.friendly_name
            )
        return self.tr(
            "{name} is already in the upload list as “{friendly}”. Upload it again?"
        ).format(name=item.name, friendly=previous.friendly_name)

    def set_others(self, others: int) -> None:
        """How many more duplicates wait for an answer (the check box shows when any do)."""
        self.apply_all.setVisible(others > 0)
        if others == 1:
            self.apply_all.setText(self.tr("Do the same for the other duplicate"))
        elif others > 1:
            self.apply_all.setText(
                self.tr("Do the same for the {count} other duplicates").format(count=others)
            )

    def _answer(self, upload: bool) -> None:
        if self._answered:
            return
        self._answered = True
        self.decided.emit(upload, self.apply_all.isVisible() and self.apply_all.isChecked())
        if self.isVisible():
            self.done(QDialog.DialogCode.Accepted if upload else QDialog.DialogCode.Rejected)


class RefusalDialog(QDialog):
    """Lists every refused file with the reason, in one message."""

    NAME, REASON = range(2)

    def __init__(self, max_bytes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadRefusalDialog")
        self.setWindowTitle(self.tr("Files not uploaded"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self.entries: list[tuple[str, str]] = []

        self.heading = _heading(self, "refusalHeading")
        self.hint = QLabel(
            self.tr(
                "You can upload PDF files, images (JPEG, PNG, TIFF, GIF, WebP) and plain text"
                " files of up to {limit}."
            ).format(limit=limit_text(max_bytes)),
            self,
        )
        self.hint.setObjectName("refusalHint")
        self.hint.setWordWrap(True)

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.table = QTableView(self)
        self.table.setObjectName("refusalTable")
        self.table.setAccessibleName(self.tr("Files that cannot be uploaded"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.NAME, 200)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("refusalOkButton")
        ok.setAccessibleName(self.tr("Close the list of files not uploaded"))
        buttons.accepted.connect(self.accept)
        ok.setDefault(True)
        self.ok_button = ok

        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        icon.setAccessibleName(self.tr("Warning"))
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def add_refusals(self, entries: list[tuple[str, str]]) -> None:
        """Append ``(file name, reason)`` pairs and update the heading."""
        for name, reason in entries:
            name_item = QStandardItem(name)
            name_item.setToolTip(name)
            reason_item = QStandardItem(reason)
            reason_item.setToolTip(reason)
            self.model.appendRow([name_item, reason_item])
            self.entries.append((name, reason))
        count = len(self.entries)
        if count == 1:
            self.heading.setText(self.tr("1 file cannot be uploaded"))
        else:
            self.heading.setText(self.tr("{count} files cannot be uploaded").format(count=count))
        self.setAccessibleName(self.heading.text())
        self._fit()

    def _fit(self) -> None:
        """Room for the texts (within reason) and for up to eight rows, no empty rows."""
        metrics = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin)
        pad += 16
        name_width = max((metrics.horizontalAdvance(n) for n, _r in self.entries), default=0)
        reason_width = max((metrics.horizontalAdvance(r) for _n, r in self.entries), default=0)
        name_width = min(name_width + pad, 320)
        self.table.horizontalHeader().resizeSection(self.NAME, max(name_width, 120))
        frame = 2 * self.table.frameWidth()
        scroll = self.table.verticalScrollBar().sizeHint().width() if len(self.entries) > 8 else 0
        wanted = max(name_width, 120) + reason_width + pad + frame + scroll
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        extra = (margins.left() + margins.right()) if margins is not None else 24
        self.table.setMinimumWidth(min(wanted, 880))
        rows = max(1, min(len(self.entries), 8))
        height = self.table.verticalHeader().defaultSectionSize() * rows
        height += self.table.horizontalHeader().sizeHint().height() + frame
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height if len(self.entries) <= 8 else 16_777_215)
        self.resize(max(self.minimumWidth(), min(wanted, 880) + extra), self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers)."""
        lines = [self.heading.text()]
        lines += [f"{name}: {reason}" for name, reason in self.entries]
        lines.append(self.hint.text())
        return "\n".join(lines)

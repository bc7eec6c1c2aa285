"""The upload panel (objectName ``uploadPanel``): files in, the upload list, its actions.

The panel presents an ``UploadQueue`` and feeds it through an ``Intake``; it owns
neither. Files arrive through its slots (the main window forwards drops, pastes and
Ctrl+U), are checked by the intake off the GUI thread, and become jobs in the queue:
refused files are reported together in one ``RefusalDialog``, and a file this client
has uploaded before is only queued again when the user says so (``DuplicateDialog``).
Uploads go to the company set with ``set_company``; a company that does not allow
adding documents gets the reason instead.

Public API (for the main window):

    panel = UploadPanel(queue, intake, tasks, parent=None, company=None)
    slots:   set_company(CompanyAndAccess | None), add_paths(list[Path]),
             paste(QMimeData), paste_image(QImage), open_file_dialog(), resume(),
             announce() (re-emits the current state; also done once after start-up),
             shutdown() (before the queue stops and the window closes)
    signals: uploaded(company_xid: int, file_xid: int)   a job is done (refresh the inbox)
             progressChanged(done: int, total: int, percent: int)
                 files sent / files in the current batch / bytes sent in %; while busy,
                 then a last (done, total, 100) and (0, 0, 0) when the work has ended
             busyChanged(bool)    files are being checked or uploads are under way
             summaryChanged(str)  the header's summary ("3 of 10 sent · 1 failed")
    state:   model (UploadModel), view (QTableView, ``uploadList``), summary(),
             refusal_dialog / duplicate_dialog / file_dialog while shown
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api.models import CompanyAndAccess
from app.tasks import Tasks
from app.uploads import Intake, IntakeItem, JobState, QueueState, UploadJob, UploadQueue, Verdict
from app.uploads.intake import NAME_MAX, is_hidden
from ui import formatting
from ui.company_selector import Permissions
from ui.upload_bridge import UploadBridge
from ui.upload_dialogs import DuplicateDialog, RefusalDialog
from ui.upload_model import (
    JOB_ROLE,
    PROGRESS_ROLE,
    Column,
    UploadModel,
    is_active,
    is_finished,
    refusal_text,
    sample_state_texts,
)

log = logging.getLogger(__name__)

__all__ = ["UploadDelegate", "UploadPanel", "expand_paths"]

_NOTICE_MS = 8000
_DATE_EDIT_FORMATS = {"da": "dd.MM.yyyy", "en": "dd-MM-yyyy"}


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders replaced by the files below them (hidden and system files
    and folders skipped, stable order). Blocking: call it in a worker thread."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            base = Path(root)
            dirs[:] = sorted(d for d in dirs if not is_hidden(base / d))
            found.extend(base / name for name in sorted(files) if not is_hidden(base / name))
    return found


def _encode_png(image: QImage) -> bytes:
    """``image`` as PNG bytes (QImage is reentrant: fine in a worker thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


# --- the list ------------------------------------------------------------------------------


class UploadDelegate(QStyledItemDelegate):
    """Paints the progress bars and edits the friendly name and the date."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.column() != Column.PROGRESS:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return
        rect = opt.rect.adjusted(4, 0, -4, 0)  # type: ignore[attr-defined]
        height = min(rect.height() - 6, max(10, opt.fontMetrics.height() - 2))  # type: ignore[attr-defined]
        rect.setTop(rect.top() + (rect.height() - height) // 2)
        rect.setHeight(height)
        bar = QStyleOptionProgressBar()
        bar.rect = rect  # type: ignore[attr-defined]
        bar.palette = opt.palette  # type: ignore[attr-defined]
        bar.fontMetrics = opt.fontMetrics  # type: ignore[attr-defined]
        bar.direction = opt.direction  # type: ignore[attr-defined]
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        bar.minimum = 0  # type: ignore[attr-defined]
        bar.maximum = 100  # type: ignore[attr-defined]
        bar.progress = int(value)  # type: ignore[attr-defined]
        bar.textVisible = False  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() == Column.DATE:
            editor = QDateEdit(parent)
            editor.setObjectName("uploadDateEditor")
            editor.setCalendarPopup(True)
            lang = formatting.current_language()
            editor.setDisplayFormat(_DATE_EDIT_FORMATS.get(lang, "dd-MM-yyyy"))
            editor.setAccessibleName(self.tr("Date of the document"))
            return editor
        if index.column() == Column.NAME:
            line = QLineEdit(parent)
            line.setObjectName("uploadNameEditor")
            line.setMaxLength(NAME_MAX)
            line.setAccessibleName(self.tr("Name of the document"))
            return line
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, QDate):
            editor.setDate(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class UploadView(QTableView):
    """The upload list; Delete removes the selected finished rows."""

    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_delete = event.matches(QKeySequence.StandardKey.Delete) or (
            event.key() == Qt.Key.Key_Delete
        )
        if is_delete and self.state() != QAbstractItemView.State.EditingState:
            self.deletePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# --- intake bookkeeping ---------------------------------------------------------------------


@dataclass
class _Batch:
    """One drop, paste or file-dialog choice on its way through the intake."""

    company_xid: int
    total: int = 0  # files to check (known once folders are expanded)
    checked: int = 0
    refusals: list[tuple[str, str]] = field(default_factory=list)
    duplicate_answer: bool | None = None  # "do the same for the others": upload or skip


# --- the panel -------------------------------------------------------------------------------


class UploadPanel(QWidget):
    uploaded = Signal(int, int)  # company xid, file xid: a job is done
    progressChanged = Signal(int, int, int)  # files sent, files in the batch, percent
    busyChanged = Signal(bool)
    summaryChanged = Signal(str)

    def __init__(
        self,
        queue: UploadQueue,
        intake: Intake,
        tasks: Tasks,
        parent: QWidget | None = None,
        *,
        company: CompanyAndAccess | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self.intake = intake
        self.tasks = tasks
        self._company: CompanyAndAccess | None = None
        self._queue_state = queue.state
        self._intakes: set[asyncio.Task[Any]] = set()
        self._batches: list[_Batch] = []
        self._pending_duplicates: deque[tuple[_Batch, IntakeItem]] = deque()
        self._busy = False
        self._batch_ids: set[int] = set()
        self._last_progress: tuple[int, int, int] = (0, 0, 0)
        self._summary = ""
        self._closed = False
        self.duplicate_dialog: DuplicateDialog | None = None
        self.refusal_dialog: RefusalDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.setObjectName("uploadPanel")
        self.setAccessibleName(self.tr("Uploads"))

        self.bridge = UploadBridge(self)
        self.model = UploadModel(queue, max_bytes=intake.max_bytes, parent=self)
        self.model.set_jobs(queue.jobs())
        self.model.connect_bridge(self.bridge)
        self.model.editRefused.connect(self.show_notice)
        self.model.countsChanged.connect(self._refresh_status)
        self.bridge.jobFinished.connect(self._job_finished)
        self.bridge.queueStateChanged.connect(self._queue_state_changed)
        queue.add_listener(self.bridge)

        self._build()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._restore_notice)
        self.set_company(company)
        self._refresh_status()
        # Jobs left from the last run make the panel busy at once: say so again once
        # whoever made the panel has connected to its signals.
        if self._busy:
            QTimer.singleShot(0, self.announce)

    # --- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Uploads"), self)
        self.title.setObjectName("uploadTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("uploadSummary")
        self.summary_label.setAccessibleName(self.tr("Upload summary"))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.upload_action = self._action(
            self.tr("Upload…"), "uploadFiles", self.open_file_dialog,
            self.tr("Choose files to upload to the inbox (Ctrl+U)"),
        )  # fmt: skip
        self.retry_action = self._action(
            self.tr("Retry"), "retryUpload", self.retry_selected,
            self.tr("Try the selected uploads again now"),
        )  # fmt: skip
        self.cancel_action = self._action(
            self.tr("Cancel"), "cancelUpload", self.cancel_selected,
            self.tr("Cancel the selected uploads"),
        )  # fmt: skip
        self.remove_action = self._action(
            self.tr("Remove"), "removeUpload", self.remove_selected,
            self.tr("Remove the selected finished uploads from the list (Delete)"),
        )  # fmt: skip
        self.clear_action = self._action(
            self.tr("Clear finished"), "clearFinished", self.clear_finished,
            self.tr("Remove every sent or cancelled upload from the list"),
        )  # fmt: skip
        self.edit_action = self._action(
            self.tr("Change name or date"), "editUpload", self.edit_current,
            self.tr("Change the name or date of the selected upload (F2)"),
        )  # fmt: skip

        self.upload_button = self._button(self.upload_action, self.tr("Upload files"))
        self.retry_button = self._button(self.retry_action, self.tr("Retry the selected uploads"))
        self.cancel_button = self._button(
            self.cancel_action, self.tr("Cancel the selected uploads")
        )
        self.remove_button = self._button(
            self.remove_action, self.tr("Remove the selected uploads from the list")
        )
        self.clear_button = self._button(
            self.clear_action, self.tr("Clear finished uploads from the list")
        )

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addSpacing(8)
        top.addWidget(self.summary_label, 1)
        for button in (
            self.upload_button,
            self.retry_button,
            self.cancel_button,
            self.remove_button,
            self.clear_button,
        ):
            top.addWidget(button)

        self.notice = QLabel(self)
        self.notice.setObjectName("uploadNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Upload notice"))
        self.notice.setStyleSheet(
            "QLabel#uploadNotice { background: #fff4ce; color: #4d3b00;"
            " border: 1px solid #e8d48b; border-radius: 4px; padding: 4px 8px; }"
        )
        self.notice.hide()

        self.view = UploadView(self)
        self.view.setObjectName("uploadList")
        self.view.setAccessibleName(self.tr("Upload list"))
        self.view.setAccessibleDescription(
            self.tr(
                "Files being uploaded to the inbox. F2 changes the name or date of a file that"
                " has not been sent; Delete removes finished rows."
            )
        )
        self.view.setModel(self.model)
        self.delegate = UploadDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            max(22, self.view.fontMetrics().height() + 8)
        )
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        metrics = self.view.fontMetrics()
        icon = self.view.iconSize().width() if self.view.iconSize().isValid() else 16
        widths = {
            Column.DATE: metrics.horizontalAdvance("00.00.00000") + 12,
            Column.SIZE: metrics.horizontalAdvance("000,0 MB") + 16,
            Column.PROGRESS: metrics.horizontalAdvance("M" * 7),
            Column.STATUS: max(
                metrics.horizontalAdvance(t) for t in sample_state_texts(self.intake.max_bytes)
            )
            + max(icon, 16)
            + 16,
        }
        # The names share what is left; the other columns keep their size (and can be
        # widened by the user).
        header.setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        widths[Column.COMPANY] = metrics.horizontalAdvance("M" * 14)
        self.view.setColumnHidden(Column.COMPANY, True)
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.deletePressed.connect(self.remove_selected)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._update_actions)
        self.view.addActions([self.edit_action])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        chain = [
            self.upload_button,
            self.retry_button,
            self.cancel_button,
            self.remove_button,
            self.clear_button,
            self.view,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.view)

    def _action(self, text: str, name: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a tool button would drop the "…" of iconText()
        action.setObjectName(f"{name}Action")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _button(self, action: QAction, accessible: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(action.objectName().removesuffix("Action") + "Button")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(False)
        return button

    # --- company ---------------------------------------------------------------------------

    @property
    def company(self) -> CompanyAndAccess | None:
        return self._company

    @Slot(object)
    def set_company(self, company: CompanyAndAccess | None) -> None:
        """Uploads go to ``company`` from now on (those already queued keep theirs)."""
        self._company = company
        self._restore_notice()
        self._update_actions()

    def refusal_reason(self) -> str | None:
        """Why files cannot be added now; None when they can."""
        if self._company is None:
            return self.tr("Choose a company first.")
        permissions = Permissions.of(self._company)
        if not permissions.can_add:
            return permissions.reason() or self.tr("You cannot upload documents to this company.")
        return None

    def _can_add(self) -> bool:
        reason = self.refusal_reason()
        if reason is not None:
            self.show_notice(reason)
            return False
        return True

    # --- files in --------------------------------------------------------------------------

    @Slot(list)
    def add_paths(self, paths: list[Path]) -> None:
        """Upload these files and whole folders (a drop, the file dialog, a paste)."""
        paths = [Path(p) for p in paths]
        if not paths or not self._can_add():
            return
        assert self._company is not None
        batch = _Batch(self._company.xid)
        self._start_intake(batch, self._check_paths(batch, paths))

    @Slot(QMimeData)
    def paste(self, mime: QMimeData) -> None:
        """Upload what the clipboard holds: files (as paths) or an image (as PNG)."""
        if not self._can_add():
            return
        if mime.hasUrls():
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            paths = [p for p in paths if str(p)]
            if paths:
                self.add_paths(paths)
                return
        if mime.hasFormat("image/png"):
            data = bytes(mime.data("image/png").data())
            if data:
                self._add_bytes(data)
                return
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.paste_image(image)
                return
        self.show_notice(self.tr("The clipboard holds no files or image to upload."))

    @Slot(QImage)
    def paste_image(self, image: QImage) -> None:
        """Upload a pasted image (a screenshot) as PNG."""
        if image.isNull() or not self._can_add():
            return
        self._add_bytes(QImage(image))  # a shared copy the worker thread may read

    def _add_bytes(self, data: bytes | QImage) -> None:
        assert self._company is not None
        batch = _Batch(self._company.xid, total=1)
        self._start_intake(batch, self._check_bytes(batch, data))

    @Slot()
    def open_file_dialog(self) -> None:
        """Choose files to upload (Ctrl+U); the dialog answers through a signal."""
        if not self._can_add():
            return
        if self.file_dialog is not None and self.file_dialog.isVisible():
            self.file_dialog.raise_()
            return
        dialog = QFileDialog(self, self.tr("Upload files"))
        dialog.setObjectName("uploadFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters(
            [
                self.tr(
                    "Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp"
                    " *.txt)"
                ),
                self.tr("PDF files (*.pdf)"),
                self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)"),
                self.tr("Text files (*.txt)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files]))
        dialog.finished.connect(lambda _code: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    # --- intake (coroutines run by Tasks; callbacks on the loop) ---------------------------

    def _start_intake(self, batch: _Batch, coro: Any) -> None:
        self._batches.append(batch)
        task = self.tasks.start(
            coro,
            on_done=lambda _result: self._intake_ended(batch),
            on_error=lambda exc: self._intake_failed(batch, exc),
            name=f"upload-intake-{id(batch)}",
        )
        self._intakes.add(task)
        task.add_done_callback(self._intakes.discard)
        task.add_done_callback(lambda _t: self._refresh_status())
        self._refresh_status()

    async def _check_paths(self, batch: _Batch, paths: list[Path]) -> None:
        files = await asyncio.to_thread(expand_paths, paths)
        batch.total = len(files)
        self._refresh_status()
        for path in files:
            item = await self.intake.check_file(batch.company_xid, path)
            batch.checked += 1
            self._take(batch, item)

    async def _check_bytes(self, batch: _Batch, data: bytes | QImage) -> None:
        if isinstance(data, QImage):
            data = await asyncio.to_thread(_encode_png, data)
        item = await self.intake.check_bytes(batch.company_xid, data)
        batch.checked += 1
        self._take(batch, item)

    def _take(self, batch: _Batch, item: IntakeItem) -> None:
        """What the intake said about one file."""
        if item.verdict is Verdict.ACCEPTED:
            self._queue_item(item)
        elif item.verdict is Verdict.DUPLICATE:
            if batch.duplicate_answer is not None:
                self._settle_duplicate(item, batch.duplicate_answer)
            else:
                self._pending_duplicates.append((batch, item))
                self._ask_next_duplicate()
        else:
            batch.refusals.append((item.name, refusal_text(item.refusal, self.intake.max_bytes)))
        self._refresh_status()

    def _queue_item(self, item: IntakeItem) -> None:
        try:
            self.queue.add(item)
        except ValueError as exc:
            log.warning("could not queue %s: %s", item.name, exc)
            self.show_notice(
                self.tr("{name} could not be added to the uploads.").format(name=item.name)
            )

    def _intake_ended(self, batch: _Batch) -> None:
        if batch in self._batches:
            self._batches.remove(batch)
        if batch.refusals:
            self._show_refusals(batch.refusals)
        if self.duplicate_dialog is not None:
            self.duplicate_dialog.set_others(self._others_pending(batch))

    def _intake_failed(self, batch: _Batch, exc: BaseException) -> None:
        log.error("checking files to upload failed", exc_info=exc)
        self._intake_ended(batch)
        self.show_notice(self.tr("Some files could not be checked: {error}").format(error=exc))

    # --- duplicates ------------------------------------------------------------------------

    def _others_pending(self, batch: _Batch) -> int:
        return sum(1 for b, _item in self._pending_duplicates if b is batch)

    def _ask_next_duplicate(self) -> None:
        if self.duplicate_dialog is not None or self._closed:
            return
        while self._pending_duplicates:
            batch, item = self._pending_duplicates.popleft()
            if batch.duplicate_answer is not None:
                self._settle_duplicate(item, batch.duplicate_answer)
                continue
            dialog = DuplicateDialog(item, self._others_pending(batch), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.decided.connect(
                lambda upload, apply_all, b=batch, i=item: self._duplicate_decided(
                    b, i, upload, apply_all
                )
            )
            self.duplicate_dialog = dialog
            dialog.open()
            return

    def _duplicate_decided(
        self, batch: _Batch, item: IntakeItem, upload: bool, apply_all: bool
    ) -> None:
        self.duplicate_dialog = None
        self._settle_duplicate(item, upload)
        if apply_all:
            batch.duplicate_answer = upload
        # Ask for the next one once this dialog has closed.
        QTimer.singleShot(0, self._ask_next_duplicate)

    def _settle_duplicate(self, item: IntakeItem, upload: bool) -> None:
        if upload:
            self._queue_item(item)
        else:
            log.info("skipped duplicate %s", item.name)
            self.tasks.start(self.intake.discard(item), name=f"upload-discard-{id(item)}")

    # --- refusals --------------------------------------------------------------------------

    def _show_refusals(self, refusals: list[tuple[str, str]]) -> None:
        if self._closed:
            return
        dialog = self.refusal_dialog
        if dialog is None:
            dialog = RefusalDialog(self.intake.max_bytes, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _code: setattr(self, "refusal_dialog", None))
            self.refusal_dialog = dialog
            dialog.add_refusals(refusals)
            dialog.open()
        else:
            dialog.add_refusals(refusals)

    # --- actions on jobs -------------------------------------------------------------------

    def selected_jobs(self) -> list[UploadJob]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        jobs = [self.model.job_at(row) for row in rows]
        return [job for job in jobs if job is not None]

    def select_jobs(self, job_ids: Iterable[int]) -> None:
        """Select the rows of these jobs (and nothing else)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        first: QModelIndex | None = None
        for job_id in job_ids:
            row = self.model.row_of(job_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            selection.select(index, flags)
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)

    @Slot()
    def retry_selected(self) -> None:
        for job in self.selected_jobs():
            if job.state in (JobState.FAILED, JobState.WAITING):
                self._retry(job.id, attempts=10)
        self._update_actions()

    def _retry(self, job_id: int, attempts: int) -> None:
        """Retry now; a job that has only just failed may still be winding down its
        attempt (the queue then says no), so ask again shortly."""
        if self._closed or self.queue.retry(job_id):
            return
        try:
            state = self.queue.job(job_id).state
        except KeyError:
            return
        if attempts > 1 and state in (JobState.FAILED, JobState.WAITING):
            QTimer.singleShot(20, lambda: self._retry(job_id, attempts - 1))

    @Slot()
    def cancel_selected(self) -> None:
        too_late = []
        for job in self.selected_jobs():
            cancellable = is_active(job) or job.state is JobState.FAILED
            if cancellable and not self.queue.cancel(job.id):
                too_late.append(job.file_name)
        if too_late:
            self.show_notice(
                self.tr("Already sent, so it cannot be cancelled: {names}").format(
                    names=", ".join(too_late)
                )
            )
        self._update_actions()

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected finished rows; a failed one is given up (cancelled) first."""
        for job in self.selected_jobs():
            if job.state is JobState.FAILED:
                self.queue.cancel(job.id)
            if is_finished(self.queue.job(job.id)):
                self.queue.remove(job.id)
        self._update_actions()

    @Slot()
    def clear_finished(self) -> None:
        self.queue.clear_finished()
        self._update_actions()

    @Slot()
    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        name_index = self.model.index(index.row(), Column.NAME)
        self.view.setCurrentIndex(name_index)
        self.view.edit(name_index)

    @Slot()
    def resume(self) -> None:
        """Continue after signing in again (or "try now" after the network came back)."""
        self.queue.resume()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.select_jobs([self.model.data(index, JOB_ROLE).id])
        menu = QMenu(self)
        menu.setObjectName("uploadContextMenu")
        for action in (self.edit_action, self.retry_action, self.cancel_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.addAction(self.clear_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _update_actions(self) -> None:
        reason = self.refusal_reason()
        self.upload_action.setEnabled(reason is None)
        self.upload_action.setToolTip(
            reason or self.tr("Choose files to upload to the inbox (Ctrl+U)")
        )
        selected = self.selected_jobs()
        self.retry_action.setEnabled(
            any(j.state in (JobState.FAILED, JobState.WAITING) for j in selected)
        )
        self.cancel_action.setEnabled(
            any(is_active(j) or j.state is JobState.FAILED for j in selected)
        )
        self.remove_action.setEnabled(
            any(is_finished(j) or j.state is JobState.FAILED for j in selected)
        )
        self.clear_action.setEnabled(any(is_finished(j) for j in self.model.jobs()))
        current = self.view.currentIndex()
        job = self.model.job_at(current.row()) if current.isValid() else None
        self.edit_action.setEnabled(
            job is not None
            and bool(
                self.model.flags(self.model.index(current.row(), Column.NAME))
                & Qt.ItemFlag.ItemIsEditable
            )
        )

    # --- reports from the queue ------------------------------------------------------------

    def _job_finished(self, job: UploadJob) -> None:
        if job.state is JobState.DONE and job.server_xid is not None:
            self.uploaded.emit(job.company_xid, job.server_xid)

    def _queue_state_changed(self, state: str) -> None:
        self._queue_state = QueueState(state)
        self._refresh_status()

    # --- status: summary, progress, busy ---------------------------------------------------

    def summary(self) -> str:
        return self._summary

    def set_company_names(self, names: dict[int, str]) -> None:
        """Company names for the company column (shown when uploads go to several)."""
        self.model.set_company_names(names)

    def _refresh_status(self) -> None:
        if self._closed:
            return
        self.view.setColumnHidden(Column.COMPANY, len(self.model.companies()) <= 1)
        jobs = self.model.jobs()
        counts = self.model.counts()
        checking = sum(max(0, b.total - b.checked) for b in self._batches)
        checking_unknown = any(b.total == 0 for b in self._batches)
        parts: list[str] = []
        if counts.total:
            parts.append(
                self.tr("{done} of {total} sent").format(done=counts.done, total=counts.total)
            )
        if counts.failed:
            parts.append(self.tr("{count} failed").format(count=counts.failed))
        if self._batches:
            if checking:
                parts.append(self.tr("checking {count} files…").format(count=checking))
            elif checking_unknown:
                parts.append(self.tr("checking files…"))
        if counts.active:
            if self._queue_state is QueueState.SIGN_IN_REQUIRED:
                parts.append(self.tr("sign in again to continue"))
            elif self._queue_state is QueueState.OFFLINE:
                parts.append(self.tr("waiting for the network"))
            elif self._queue_state is QueueState.STOPPED:
                parts.append(self.tr("paused"))
        if parts:
            summary = " · ".join(parts)
        else:
            summary = self.tr("Drop files on the window, paste them or choose Upload…")
        self.summary_label.setText(summary)
        self.summary_label.setToolTip(summary)
        if summary != self._summary:
            self._summary = summary
            self.summaryChanged.emit(summary)

        active_ids = {job.id for job in jobs if is_active(job)}
        busy = bool(active_ids) or bool(self._batches)
        if busy and not self._busy:
            self._batch_ids = set()
        self._batch_ids |= active_ids
        in_batch = [
            job for job in jobs if job.id in self._batch_ids and job.state is not JobState.CANCELLED
        ]
        total = len(in_batch)
        done = sum(job.state is JobState.DONE for job in in_batch)
        size = sum(job.size for job in in_batch)
        sent = sum(
            job.size if not is_active(job) else min(job.bytes_sent, job.size) for job in in_batch
        )
        percent = int(100 * sent / size) if size else 0
        if busy:
            self._emit_progress((done, total, percent))
        elif self._busy:
            if total:
                self._emit_progress((done, total, 100))
            self._emit_progress((0, 0, 0))
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
        self._update_actions()

    def _emit_progress(self, values: tuple[int, int, int]) -> None:
        if values != self._last_progress:
            self._last_progress = values
            self.progressChanged.emit(*values)

    @property
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def announce(self) -> None:
        """Emit the current summary, busy state and progress again (after connecting)."""
        if self._closed:
            return
        self.summaryChanged.emit(self._summary)
        self.busyChanged.emit(self._busy)
        self.progressChanged.emit(*self._last_progress)

    # --- notices ---------------------------------------------------------------------------

    @Slot(str)
    def show_notice(self, text: str, msec: int = _NOTICE_MS) -> None:
        """A short message above the list (the company's reason comes back after it)."""
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.show()
        self._notice_timer.start(msec)

    def _restore_notice(self) -> None:
        self._notice_timer.stop()
        reason = self.refusal_reason() if self._company is not None else None
        if reason:
            self.notice.setText(reason)
            self.notice.setAccessibleDescription(reason)
            self.notice.show()
        else:
            self.notice.clear()
            self.notice.hide()

    # --- closing ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop checking files and listening to the queue (before the window closes)."""
        if self._closed:
            return
        self._closed = True
        for task in list(self._intakes):
            task.cancel()
        self._notice_timer.stop()
        self._pending_duplicates.clear()
        for dialog in (self.duplicate_dialog, self.refusal_dialog, self.file_dialog):
            if dialog is not None:
                dialog.close()
        with contextlib.suppress(ValueError):
            self.queue.remove_listener(self.bridge)

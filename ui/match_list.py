"""A short list of bank matches (``app.bank.Match``), each with a button to use it.

    matches = MatchList(MatchList.DOCUMENTS, parent)   # or MatchList.POSTINGS
    matches.setObjectName("bankMatches")                # the owner names it
    matches.set_message(matches.tr("Looking…"))        # shown while there are no rows
    matches.set_matches(found)                          # best first, as app.bank ranks
    matches.activated.connect(use)                      # the Match, button or Enter

As ``DOCUMENTS`` each row shows the document's name, date, total and how far the
posting's date is from it ("+1 day"), with an "Attach" button; as ``POSTINGS`` the
posting's date, text and amount, with a "Use" button. Enter (or Space) on the list
activates the current row; the buttons are reachable with Tab too. Rows where the money
went the unexpected way (a refund for an expense) say so.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.bank import Match
from ui.formatting import format_amount, format_date

__all__ = ["MatchList", "closeness_text"]

MAX_ROWS = 20


def closeness_text(widget: QWidget, days: int) -> str:
    """How far the posting is from the document: "same day", "+1 day", "-2 days".

    Translated in the "MatchList" context whatever ``widget`` is (pyside6-lupdate files
    a ``widget.tr(...)`` under no class, so such texts would never be translated).
    """
    if days == 0:
        return QCoreApplication.translate("MatchList", "same day")
    # no %n plurals: the English catalogue has none, and "(s)" would show
    if days == 1:
        return QCoreApplication.translate("MatchList", "+1 day")
    if days == -1:
        return QCoreApplication.translate("MatchList", "-1 day")
    if days > 0:
        return QCoreApplication.translate("MatchList", "+{0} days").format(days)
    return QCoreApplication.translate("MatchList", "-{0} days").format(-days)


class _Rows(QListWidget):
    """The rows; Enter or Space activates the current one."""

    def __init__(self, owner: MatchList) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            row = self.currentRow()
            if row >= 0:
                self._owner.activate(row)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.count():
            self.setCurrentRow(0)


class MatchList(QWidget):
    """See the module docstring."""

    activated = Signal(object)  # Match

    DOCUMENTS = "documents"
    POSTINGS = "postings"

    def __init__(
        self,
        kind: str = DOCUMENTS,
        parent: QWidget | None = None,
        *,
        action_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in (self.DOCUMENTS, self.POSTINGS):
            raise ValueError(f"kind is {self.DOCUMENTS!r} or {self.POSTINGS!r}")
        self.kind = kind
        self._action = action_text or (
            self.tr("Attach") if kind == self.DOCUMENTS else self.tr("Use")
        )
        self._matches: list[Match] = []
        self.setAccessibleName(
            self.tr("Matching documents")
            if kind == self.DOCUMENTS
            else self.tr("Matching postings")
        )

        self.view = _Rows(self)
        self.view.setObjectName("matchRows")
        self.view.setAccessibleName(self.accessibleName())
        self.view.setAccessibleDescription(self.tr("Enter uses the chosen row."))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(False)
        self.message = QLabel(self)
        self.message.setObjectName("matchMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.set_message("")

    # --- the API ----------------------------------------------------------------------

    def set_matches(self, matches: Sequence[Match], *, empty_text: str = "") -> None:
        """Show these matches (at most ``MAX_ROWS``); ``empty_text`` when there are none."""
        self._matches = list(matches)[:MAX_ROWS]
        self.view.clear()
        for row, match in enumerate(self._matches):
            item = QListWidgetItem(self.view)
            widget = self._row_widget(row, match)
            item.setSizeHint(widget.sizeHint())
            item.setToolTip(widget.toolTip())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, widget.accessibleName())
            self.view.setItemWidget(item, widget)
        if self._matches:
            self.message.hide()
            self.view.show()
        else:
            self.set_message(empty_text)

    def set_message(self, text: str) -> None:
        """No rows; show ``text`` instead (loading, nothing found, an error)."""
        self._matches = []
        self.view.clear()
        self.view.hide()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self.set_message("")

    def matches(self) -> list[Match]:
        return list(self._matches)

    def count(self) -> int:
        return len(self._matches)

    def row_text(self, row: int) -> str:
        """The text shown on a row (tests, accessibility)."""
        return self._row_texts(self._matches[row])[0]

    def button(self, row: int) -> QPushButton:
        widget = self.view.itemWidget(self.view.item(row))
        button = widget.findChild(QPushButton)
        assert button is not None
        return button

    def activate(self, row: int) -> None:
        if 0 <= row < len(self._matches):
            self.activated.emit(self._matches[row])

    # --- rows -------------------------------------------------------------------------

    def _row_texts(self, match: Match) -> tuple[str, str]:
        """(the row's text, its tooltip)."""
        close = closeness_text(self, match.days)
        if self.kind == self.DOCUMENTS:
            document = match.document
            parts = [
                document.name or document.supplier_name or self.tr("Document"),
                format_date(document.date),
                format_amount(document.total),
                close,
            ]
            tip = self.tr("{name}: dated {date}, total {total}; the posting is {close}").format(
                name=parts[0], date=parts[1], total=parts[2], close=close
            )
        else:
            posting = match.posting
            parts = [
                format_date(posting.bank_date),
                posting.bank_text,
                format_amount(posting.bank_amount),
                close,
            ]
            tip = " ".join(t for t in (posting.bank_text, posting.extra_bank_text or "") if t)
        if not match.expected_direction:
            parts.append(self.tr("(money the other way)"))
        return "  ·  ".join(p for p in parts if p), tip

    def _row_widget(self, row: int, match: Match) -> QWidget:
        text, tip = self._row_texts(match)
        widget = QWidget(self.view)
        widget.setObjectName("matchRow")
        label = QLabel(text, widget)
        label.setObjectName("matchText")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        button = QPushButton(self._action, widget)
        button.setObjectName("matchAction")
        button.setAccessibleName(f"{self._action}: {text}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, r=row: self.activate(r))
        box = QHBoxLayout(widget)
        box.setContentsMargins(4, 1, 4, 1)
        box.addWidget(label, 1)
        box.addWidget(button)
        widget.setToolTip(tip)
        widget.setAccessibleName(text)
        return widget

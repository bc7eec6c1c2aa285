"""The lines table of the registration panel: account, VAT code, amount.

``LinesModel`` keeps the lines as typed (``DraftLine``), checks every amount with
``parse_amount_input`` (the Danish way first: "1.234,56", also "1234.56", "-1.234,56")
and shows a refused amount in red with the reason as its tooltip. ``total()`` is the sum
of the valid amounts. ``LinesView`` adds the keys: Ctrl+Shift+N (or Enter on the last
row) adds a line, Ctrl+Delete removes one, Alt+Up/Down moves one. ``LineDelegate``
edits the cells, with completions of remembered accounts and VAT codes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.booking import DraftLine, check_account_number, check_vat_code
from app.suggestions import AmountInputError, parse_amount_input
from ui.formatting import format_amount

__all__ = [
    "ACCOUNT",
    "AMOUNT",
    "VAT",
    "LineDelegate",
    "LinesModel",
    "LinesView",
    "amount_error",
]

ACCOUNT, VAT, AMOUNT = 0, 1, 2
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
SUGGESTED_BRUSH = QBrush(QColor("#fff6d5"))

_Index = QModelIndex | QPersistentModelIndex


def amount_error(text: str) -> str | None:
    """Why ``text`` is not an amount, or None when it is (or is empty)."""
    if not text.strip():
        return None
    try:
        parse_amount_input(text)
    except AmountInputError as exc:
        return exc.reason
    return None


class LinesModel(QAbstractTableModel):
    """The registration's lines as typed; ``linesChanged`` after every edit."""

    linesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[DraftLine] = []
        self._suggested: dict[tuple[int, int], str] = {}  # (row, col) -> tooltip

    # --- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Account"), self.tr("VAT code"), self.tr("Amount"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _text(self, row: int, col: int) -> str:
        line = self._lines[row]
        return (line.account, line.vat_code, line.amount)[col]

    def cell_error(self, row: int, col: int) -> str | None:
        text = self._text(row, col)
        if col == AMOUNT:
            return amount_error(text)
        if not text.strip():
            return None
        return check_account_number(text) if col == ACCOUNT else check_vat_code(text)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        text = self._text(row, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        error = self.cell_error(row, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return ERROR_BRUSH
            if (row, col) in self._suggested:
                return SUGGESTED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or self._suggested.get((row, col))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_cell(index.row(), index.column(), str(value or ""))
        return True

    # --- editing -----------------------------------------------------------------------

    def set_cell(self, row: int, col: int, text: str, *, suggestion: str | None = None) -> None:
        line = self._lines[row]
        if col == ACCOUNT:
            line = DraftLine(text, line.vat_code, line.amount)
        elif col == VAT:
            line = DraftLine(line.account, text, line.amount)
        else:
            line = DraftLine(line.account, line.vat_code, text)
        self._lines[row] = line
        if suggestion is None:
            self._suggested.pop((row, col), None)
        else:
            self._suggested[(row, col)] = suggestion
        index = self.index(row, col)
        self.dataChanged.emit(index, index)
        self.linesChanged.emit()

    def set_lines(self, lines: Sequence[DraftLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._suggested.clear()
        self.endResetModel()
        self.linesChanged.emit()

    def lines(self) -> tuple[DraftLine, ...]:
        return tuple(self._lines)

    def add_line(self, line: DraftLine | None = None, at: int | None = None) -> int:
        row = len(self._lines) if at is None else max(0, min(at, len(self._lines)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(row, line or DraftLine())
        self._suggested = {
            (r + (1 if r >= row else 0), c): t for (r, c), t in self._suggested.items()
        }
        self.endInsertRows()
        self.linesChanged.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self._suggested = {
            (r - (1 if r > row else 0), c): t for (r, c), t in self._suggested.items() if r != row
        }
        self.endRemoveRows()
        self.linesChanged.emit()

    def move_line(self, row: int, to: int) -> int:
        """Move line ``row`` to ``to`` (clamped); the row it ends on."""
        to = max(0, min(to, len(self._lines) - 1))
        if not 0 <= row < len(self._lines) or to == row:
            return row
        self.beginResetModel()
        line = self._lines.pop(row)
        self._lines.insert(to, line)
        self._suggested.clear()
        self.endResetModel()
        self.linesChanged.emit()
        return to

    # --- suggestions and totals ----------------------------------------------------------

    def suggested_cells(self) -> list[tuple[int, int]]:
        return sorted(self._suggested)

    def accept_cell(self, row: int, col: int) -> None:
        """The cell's suggested value is the user's own now (unmarked)."""
        if self._suggested.pop((row, col), None) is not None:
            index = self.index(row, col)
            self.dataChanged.emit(index, index)

    def accept_suggestions(self) -> None:
        cells = list(self._suggested)
        self._suggested.clear()
        for row, col in cells:
            index = self.index(row, col)
            self.dataChanged.emit(index, index)

    def errors(self) -> list[tuple[int, int, str]]:
        """(row, column, reason) of every refused cell."""
        found = []
        for row in range(len(self._lines)):
            for col in (ACCOUNT, VAT, AMOUNT):
                error = self.cell_error(row, col)
                if error:
                    found.append((row, col, error))
        return found

    def total(self) -> Decimal:
        """The sum of the amounts that parse."""
        total = Decimal(0)
        for line in self._lines:
            if line.amount.strip() and amount_error(line.amount) is None:
                total += Decimal(parse_amount_input(line.amount))
        return total

    def total_text(self) -> str:
        return format_amount(self.total())


class _CellEditor(QLineEdit):
    """A cell's editor: checks the text as it is typed (red, with the reason)."""

    def __init__(self, parent: QWidget, check: Callable[[str], str | None]) -> None:
        super().__init__(parent)
        self._check = check
        self.error: str | None = None
        self.textChanged.connect(self._checked)

    def _checked(self, text: str) -> None:
        self.error = self._check(text) if text.strip() else None
        self.setStyleSheet("QLineEdit { background: #f8d7da; }" if self.error else "")
        self.setToolTip(self.error or "")


class LineDelegate(QStyledItemDelegate):
    """Editors for the cells, with completions from ``complete(column, typed)``."""

    def __init__(
        self, complete: Callable[[int, str], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._complete = complete

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        col = index.column()
        if col == AMOUNT:
            editor = _CellEditor(parent, amount_error)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            return editor
        editor = _CellEditor(parent, check_account_number if col == ACCOUNT else check_vat_code)
        model = QStringListModel(self._complete(col, ""), editor)
        completer = QCompleter(model, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # the completion text is "7350  Repræsentation": keep only the code
        completer.activated.connect(lambda text: editor.setText(str(text).split("  ")[0]))
        editor.setCompleter(completer)
        return editor

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text().split("  ")[0].strip())


class LinesView(QTableView):
    """The lines table with its keys; ``addRequested`` is Enter on the last row."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._lines = model
        self.setObjectName("registrationLines")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(24)
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Shift+N", self.add_line),
            ("Ctrl+Del", self.remove_line),
            ("Alt+Up", lambda: self.move_line(-1)),
            ("Alt+Down", lambda: self.move_line(1)),
        ]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def add_line(self) -> None:
        row = self._lines.add_line()
        self.setCurrentIndex(self._lines.index(row, ACCOUNT))
        self.setFocus()

    def remove_line(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row, col = current.row(), current.column()
        self._lines.remove_line(row)
        if self._lines.rowCount():
            self.setCurrentIndex(self._lines.index(min(row, self._lines.rowCount() - 1), col))

    def move_line(self, step: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = self._lines.move_line(current.row(), current.row() + step)
        self.setCurrentIndex(self._lines.index(row, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            enter
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().row() == self._lines.rowCount() - 1
        ):
            self.add_line()
            return
        super().keyPressEvent(event)

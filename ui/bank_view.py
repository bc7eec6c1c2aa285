"""The bank view (``bankView``): a company's bank accounts, balances and postings.

    view = BankView(api, tasks, memory, matcher=matcher)   # matcher: app.bank.service
    view.set_company(company)                   # CompanyAndAccess | None
    view.bookPostingRequested.connect(panel.prefill_posting)   # (BankPosting, str | None)
    view.bookWithDocumentRequested.connect(...)  # (BankPosting, str | None, ArchiveFileLine)
    view.refresh()    # F5: accounts, balances and postings again
    view.inbox_changed()   # documents booked or uploaded: look for matches again
    view.shutdown()   # stop background work

Left: the accounts with their latest balances. Right: the period (from/to, default the
last three months; quick choices), a search over text, extra text, note and amount
("1.234,56" or "1234.56"), the postings newest first with a count and sum, the ledger
account the chosen bank account books to (remembered in ``BookingMemory``), "Book this
posting" (also Enter or a double-click on a row), and the inbox documents matching the
chosen posting, best first, each with "Attach" (books the posting with that document).
Matches are looked for in the background and given up when another posting is chosen.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.models import BankAccount, BankBalance, BankPosting, CompanyAndAccess
from app.bank import Match
from app.bank.service import BankMatcher
from app.booking import BookingMemory
from app.booking.memory import check_account_number
from app.tasks import Tasks
from ui.error_messages import explain_error
from ui.formatting import current_language, format_amount, format_date, format_timestamp
from ui.match_list import MatchList
from ui.tables import StatePage

log = logging.getLogger(__name__)

__all__ = ["BankApi", "BankView", "PostingsFilter", "PostingsModel"]

_Index = QModelIndex | QPersistentModelIndex
NEGATIVE_COLOR = "#b3261e"
RELOAD_DELAY_MS = 400  # typing a date reloads once the typing pauses
_QT_DATE_FORMATS = {"da": "dd.MM.yyyy", "en": "dd-MM-yyyy"}
# ISO 20022 balance types the banks report
_BOOKED = {"ITBD", "CLBD", "OPBD", "PRCD", "XPCD"}
_AVAILABLE = {"ITAV", "CLAV", "OPAV", "FWAV"}


class BankApi(Protocol):
    async def bank_accounts(self, company_xid: int) -> list[BankAccount]: ...

    async def bank_balances(self, company_xid: int) -> list[BankBalance]: ...

    async def bank_postings(
        self,
        company_xid: int,
        bank_account_xid: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
    ) -> list[BankPosting]: ...


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def amount_texts(value: Decimal | None) -> str:
    """An amount as it may be searched for: "-1.234,56", "-1234,56" and "-1234.56"."""
    if value is None:
        return ""
    plain = f"{Decimal(value).quantize(Decimal('0.01')):.2f}"
    return "\n".join((format_amount(value, "da"), plain.replace(".", ","), plain))


# --- the postings table ------------------------------------------------------------------


class PostingsModel(QAbstractTableModel):
    """One bank account's postings (newest first)."""

    DATE, TEXT, AMOUNT, DETAILS = range(4)
    POSTING_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._postings: list[BankPosting] = []
        self._search: list[str] = []

    def set_postings(self, postings: Sequence[BankPosting]) -> None:
        self.beginResetModel()
        self._postings = sorted(postings, key=lambda p: (p.bank_date, p.xid), reverse=True)
        self._search = [
            "\n".join(
                (
                    p.bank_text,
                    p.extra_bank_text or "",
                    p.user_note or "",
                    amount_texts(p.bank_amount),
                )
            ).casefold()
            for p in self._postings
        ]
        self.endResetModel()

    def postings(self) -> list[BankPosting]:
        return list(self._postings)

    def posting(self, row: int) -> BankPosting:
        return self._postings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._postings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Date"),
                self.tr("Text"),
                self.tr("Amount"),
                self.tr("Extra text / note"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        posting = self._postings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(posting.bank_date)
            if column == self.TEXT:
                return posting.bank_text
            if column == self.AMOUNT:
                return format_amount(posting.bank_amount)
            return self._details(posting)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TEXT, self.DETAILS):
            return "\n".join(t for t in (posting.bank_text, self._details(posting)) if t)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AMOUNT:
            if posting.bank_amount is not None and posting.bank_amount < 0:
                return QColor(NEGATIVE_COLOR)
            return None
        if role == self.POSTING_ROLE:
            return posting
        if role == self.SEARCH_ROLE:
            return self._search[index.row()]
        if role == self.SORT_ROLE:
            if column == self.DATE:
                return f"{posting.bank_date.isoformat()}{posting.xid:020d}"
            if column == self.TEXT:
                return posting.bank_text.casefold()
            if column == self.AMOUNT:
                return float(posting.bank_amount) if posting.bank_amount is not None else 0.0
            return self._details(posting).casefold()
        return None

    def _details(self, posting: BankPosting) -> str:
        return " · ".join(t for t in (posting.extra_bank_text, posting.user_note) if t)


class PostingsFilter(QSortFilterProxyModel):
    """Rows whose text, extra text, note or amount contain every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(PostingsModel.SORT_ROLE)

    def set_search(self, text: str) -> None:
        words = text.casefold().replace("−", "-").split()
        if words == self._words:
            return
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9+; invalidateFilter before
        if begin is not None:
            begin()
        self._words = words
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = str(
            model.data(model.index(source_row, 0, source_parent), PostingsModel.SEARCH_ROLE)
        )
        return all(word in haystack for word in self._words)

    def postings(self) -> list[BankPosting]:
        """The shown postings, in the shown order."""
        return [
            self.data(self.index(row, 0), PostingsModel.POSTING_ROLE)
            for row in range(self.rowCount())
        ]


class _PostingsView(QTableView):
    """The postings; Enter books the current one."""

    def __init__(self, owner: BankView) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._owner.book_current()
            event.accept()
            return
        super().keyPressEvent(event)


class _Message(StatePage):
    """A heading, a text and an optional "Try again" button, centred."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(name, QCoreApplication.translate("BankView", "Try again"), parent)

    def show_message(self, heading: str, text: str = "", *, retry: bool = False) -> None:
        self.show_state(heading, text, retry=retry)


@dataclass(frozen=True)
class _Request:
    company_xid: int
    account_xid: int
    first: date
    last: date


# --- the view ----------------------------------------------------------------------------


class BankView(QWidget):
    """See the module docstring."""

    bookPostingRequested = Signal(object, object)  # BankPosting, ledger account str | None
    bookWithDocumentRequested = Signal(object, object, object)  # + ArchiveFileLine
    stateChanged = Signal(str)  # the postings' state (STATE_*)

    STATE_IDLE = "idle"
    STATE_LOADING = "loading"
    STATE_READY = "ready"
    STATE_EMPTY = "empty"
    STATE_ERROR = "error"
    STATE_NO_ACCOUNTS = "no-accounts"

    CHOICE_CUSTOM, CHOICE_THIS_MONTH, CHOICE_LAST_3_MONTHS, CHOICE_THIS_YEAR = range(4)

    def __init__(
        self,
        api: BankApi,
        tasks: Tasks,
        memory: BookingMemory,
        parent: QWidget | None = None,
        *,
        matcher: BankMatcher | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bankView")
        self.setAccessibleName(self.tr("Bank"))
        self._api, self._tasks, self.memory = api, tasks, memory
        self.matcher = matcher
        self._today = today
        self.company: CompanyAndAccess | None = None
        self._accounts: list[BankAccount] = []
        self._balances: dict[int, list[BankBalance]] = {}
        self._request: _Request | None = None  # the postings shown or on their way
        self._setting_period = False
        self._state = self.STATE_IDLE
        self.matches_state = self.STATE_IDLE
        self.matches_for: BankPosting | None = None  # the posting whose matches are shown
        self._names = {
            "accounts": f"bank-accounts-{id(self)}",
            "postings": f"bank-postings-{id(self)}",
            "matches": f"bank-matches-{id(self)}",
        }
        self.model = PostingsModel(self)
        self.proxy = PostingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self.set_quick_period(self.CHOICE_LAST_3_MONTHS, reload=False)
        self._show_company_message(self.tr("No company chosen"), "")

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.accounts_list = QListWidget(self)
        self.accounts_list.setObjectName("bankAccounts")
        self.accounts_list.setAccessibleName(self.tr("Bank accounts"))
        self.accounts_list.setAccessibleDescription(
            self.tr("The company's bank accounts with their latest balances.")
        )
        self.accounts_list.setWordWrap(True)
        self.accounts_list.setMinimumWidth(200)
        self.accounts_list.setAlternatingRowColors(True)

        fmt = _QT_DATE_FORMATS.get(current_language(), "dd-MM-yyyy")
        self.period_choice = QComboBox(self)
        self.period_choice.setObjectName("bankPeriod")
        self.period_choice.setAccessibleName(self.tr("Period"))
        for text in (
            self.tr("Custom period"),
            self.tr("This month"),
            self.tr("Last 3 months"),
            self.tr("This year"),
        ):
            self.period_choice.addItem(text)
        self.from_date = QDateEdit(self)
        self.from_date.setObjectName("bankFromDate")
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_date = QDateEdit(self)
        self.to_date.setObjectName("bankToDate")
        self.to_date.setAccessibleName(self.tr("To date"))
        for edit in (self.from_date, self.to_date):
            edit.setDisplayFormat(fmt)
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(2000, 1, 1))
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.from_date)
        to_label = QLabel(self.tr("&To"), self)
        to_label.setBuddy(self.to_date)

        self.search = QLineEdit(self)
        self.search.setObjectName("bankSearch")
        self.search.setPlaceholderText(self.tr("Search text, note or amount…"))
        self.search.setAccessibleName(self.tr("Search postings"))
        self.search.setAccessibleDescription(
            self.tr(
                "Shows the postings whose text, extra text, note or amount contain what is "
                "typed; amounts may be typed as 1.234,56 or 1234.56."
            )
        )
        self.search.setClearButtonEnabled(True)

        view = self.table = _PostingsView(self)
        view.setObjectName("bankPostings")
        view.setAccessibleName(self.tr("Bank postings"))
        view.setAccessibleDescription(self.tr("Enter or a double-click books the posting."))
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PostingsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = view.fontMetrics()
        header.resizeSection(PostingsModel.DATE, metrics.horizontalAdvance("00.00.0000") + 24)
        header.resizeSection(PostingsModel.AMOUNT, metrics.horizontalAdvance("-000.000,00") + 24)
        header.resizeSection(PostingsModel.DETAILS, metrics.horizontalAdvance("M") * 16)
        view.setSortingEnabled(True)
        view.sortByColumn(PostingsModel.DATE, Qt.SortOrder.DescendingOrder)

        self.postings_message = _Message("bankPostingsMessage", self)
        self.postings_pages = QStackedWidget(self)
        self.postings_pages.setObjectName("bankPostingsPages")
        self.postings_pages.addWidget(view)
        self.postings_pages.addWidget(self.postings_message)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("bankPostingCount")
        self.count_label.setAccessibleName(self.tr("Postings shown and their sum"))
        self.book_button = QPushButton(self.tr("Book this posting"), self)
        self.book_button.setObjectName("bookPostingButton")
        self.book_button.setAccessibleName(self.tr("Book this posting"))
        self.book_button.setToolTip(
            self.tr("Fill in the registration from the chosen posting (Enter)")
        )
        self.book_button.setEnabled(False)

        self.ledger = QLineEdit(self)
        self.ledger.setObjectName("bankLedgerAccount")
        self.ledger.setPlaceholderText(self.tr("e.g. 5820"))
        self.ledger.setMaximumWidth(160)
        self.ledger.setAccessibleName(self.tr("Ledger account for this bank account"))
        self.ledger.setToolTip(
            self.tr(
                "The account in the books that this bank account is booked on; "
                "remembered for the bank account"
            )
        )
        ledger_label = QLabel(self.tr("&Ledger account for this bank account"), self)
        ledger_label.setBuddy(self.ledger)
        self.ledger_error = QLabel(self)
        self.ledger_error.setObjectName("bankLedgerError")
        self.ledger_error.setStyleSheet(f"color: {NEGATIVE_COLOR};")
        self.ledger_error.hide()

        self.matches_heading = QLabel(self.tr("Matching documents"), self)
        self.matches_heading.setObjectName("bankMatchesHeading")
        font = self.matches_heading.font()
        font.setBold(True)
        self.matches_heading.setFont(font)
        self.matches = MatchList(MatchList.DOCUMENTS, self)
        self.matches.setObjectName("bankMatches")
        self.matches.setMaximumHeight(150)
        self.matches_heading.setBuddy(self.matches.view)
        if self.matcher is None:
            self.matches_heading.hide()
            self.matches.hide()

        # the right side
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_choice)
        period_row.addWidget(from_label)
        period_row.addWidget(self.from_date)
        period_row.addWidget(to_label)
        period_row.addWidget(self.to_date)
        period_row.addSpacing(12)
        period_row.addWidget(self.search, 1)
        ledger_row = QHBoxLayout()
        ledger_row.addWidget(ledger_label)
        ledger_row.addWidget(self.ledger)
        ledger_row.addWidget(self.ledger_error, 1)
        ledger_row.addStretch(0)
        action_row = QHBoxLayout()
        action_row.addWidget(self.count_label, 1)
        action_row.addWidget(self.book_button)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(period_row)
        right_box.addLayout(ledger_row)
        right_box.addWidget(self.postings_pages, 1)
        right_box.addLayout(action_row)
        right_box.addWidget(self.matches_heading)
        right_box.addWidget(self.matches)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("bankSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.accounts_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 740])

        self.company_message = _Message("bankMessage", self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("bankPages")
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.company_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        order: list[QWidget] = [
            self.accounts_list,
            self.period_choice,
            self.from_date,
            self.to_date,
            self.search,
            self.ledger,
            view,
            self.postings_message.retry,
            self.book_button,
            self.matches.view,
            self.company_message.retry,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload_postings)

    def _connect(self) -> None:
        self.accounts_list.currentRowChanged.connect(self._account_changed)
        self.period_choice.activated.connect(self._choice_activated)
        self.from_date.dateChanged.connect(self._dates_edited)
        self.to_date.dateChanged.connect(self._dates_edited)
        self.search.textChanged.connect(self._search_changed)
        self.table.doubleClicked.connect(lambda _index: self.book_current())
        self.table.selectionModel().currentRowChanged.connect(self._posting_changed)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.book_button.clicked.connect(self.book_current)
        self.ledger.editingFinished.connect(self._save_ledger)
        self.ledger.textEdited.connect(lambda _text: self.ledger_error.hide())
        self.matches.activated.connect(self._match_activated)
        self.postings_message.retry.clicked.connect(self.reload_postings)
        self.company_message.retry.clicked.connect(self.refresh)

    # --- the company ----------------------------------------------------------------------

    @property
    def state(self) -> str:
        """The postings' state: idle, loading, ready, empty, error or no-accounts."""
        return self._state

    def set_company(self, company: CompanyAndAccess | None) -> None:
        """Show ``company``'s bank (None: nothing). The same company again keeps what is
        shown (``refresh`` reloads)."""
        if company is not None and self.company is not None and company.xid == self.company.xid:
            self.company = company
            self._update_book_button()
            return
        self.company = company
        self._accounts, self._balances = [], {}
        self.accounts_list.clear()
        self._clear_postings()
        self.search.clear()
        if company is None:
            for name in self._names.values():
                self._tasks.cancel(name)
            self._show_company_message(self.tr("No company chosen"), "")
            self._set_state(self.STATE_IDLE)
            return
        self.refresh()

    def refresh(self) -> None:
        """Load the accounts, balances and the chosen account's postings again."""
        company = self.company
        if company is None:
            return
        if self.matcher is not None:
            self.matcher.invalidate(company.xid)
        self._show_company_message(self.tr("Loading bank accounts…"), "")
        self._set_state(self.STATE_LOADING)
        self._tasks.preempt(
            self._names["accounts"],
            self._load_accounts(company.xid),
            on_done=lambda result: self._accounts_loaded(company, result),
            on_error=lambda exc: self._accounts_failed(company, exc),
        )

    async def _load_accounts(
        self, company_xid: int
    ) -> tuple[list[BankAccount], list[BankBalance] | None]:
        accounts, balances = await asyncio.gather(
            self._api.bank_accounts(company_xid),
            self._api.bank_balances(company_xid),
            return_exceptions=True,
        )
        if isinstance(accounts, BaseException):
            raise accounts
        if isinstance(balances, BaseException):
            log.info("bank balances not loaded: %s", type(balances).__name__)
            return accounts, None
        return accounts, balances

    def _accounts_loaded(
        self,
        company: CompanyAndAccess,
        result: tuple[list[BankAccount], list[BankBalance] | None],
    ) -> None:
        if not shiboken6.isValid(self) or self.company is not company:
            return
        accounts, balances = result
        self._accounts = list(accounts)
        self._balances = _latest_balances(balances) if balances is not None else {}
        if not accounts:
            self._show_company_message(
                self.tr("No bank accounts"),
                self.tr(
                    "{company} has no bank account connected in Multi-Regnskab. When a "
                    "bank is connected there, its accounts, balances and postings show "
                    "here."
                ).format(company=company.name),
            )
            self._set_state(self.STATE_NO_ACCOUNTS)
            return
        previous = self.current_account()
        self.accounts_list.blockSignals(True)
        self.accounts_list.clear()
        for account in accounts:
            item = QListWidgetItem(self._account_text(account, balances is not None))
            item.setData(Qt.ItemDataRole.UserRole, account.xid)
            item.setToolTip(account.banks_identification or account.name)
            self.accounts_list.addItem(item)
        row = next(
            (i for i, a in enumerate(accounts) if previous is not None and a.xid == previous.xid),
            0,
        )
        self.accounts_list.setCurrentRow(row)
        self.accounts_list.blockSignals(False)
        self.pages.setCurrentWidget(self.splitter)
        self._account_changed(row)

    def _accounts_failed(self, company: CompanyAndAccess, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or self.company is not company:
            return
        log.info("bank accounts not loaded: %s", type(exc).__name__)
        self._show_company_message(
            self.tr("Could not load the bank accounts"), explain_error(exc), retry=True
        )
        self._set_state(self.STATE_ERROR)

    def _show_company_message(self, heading: str, text: str, *, retry: bool = False) -> None:
        self.company_message.show_message(heading, text, retry=retry)
        self.pages.setCurrentWidget(self.company_message)

    def _account_text(self, account: BankAccount, have_balances: bool) -> str:
        lines = [f"{account.name} · {account.currency}"]
        if account.banks_identification:
            lines.append(account.banks_identification)
        balances = self._balances.get(account.xid, [])
        for balance in balances:
            lines.append(
                f"{self._balance_kind(balance.balance_type)}: "
                f"{format_amount(balance.balance_amount)} {balance.currency}"
            )
        stamp = max((b.timestamp or "" for b in balances), default="")
        if stamp:
            lines.append(self.tr("as of {0}").format(format_timestamp(stamp)))
        if not balances:
            lines.append(
                self.tr("No balance reported")
                if have_balances
                else self.tr("Balance not available")
            )
        return "\n".join(lines)

    def _balance_kind(self, code: str) -> str:
        if code in _BOOKED:
            return self.tr("Booked balance")
        if code in _AVAILABLE:
            return self.tr("Available")
        return code

    def accounts(self) -> list[BankAccount]:
        return list(self._accounts)

    def current_account(self) -> BankAccount | None:
        row = self.accounts_list.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def account_text(self, xid: int) -> str:
        """The text shown for a bank account in the list (tests, accessibility)."""
        for row in range(self.accounts_list.count()):
            item = self.accounts_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == xid:
                return item.text()
        return ""

    def _account_changed(self, _row: int) -> None:
        account = self.current_account()
        self._show_ledger(account)
        self.reload_postings()

    # --- the period -----------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_date.date()), _pydate(self.to_date.date())

    def set_period(self, first: date, last: date) -> None:
        """Show the postings from ``first`` to ``last`` (a custom period)."""
        self._setting_period = True
        try:
            self.from_date.setDate(_qdate(first))
            self.to_date.setDate(_qdate(last))
            self.period_choice.setCurrentIndex(self.CHOICE_CUSTOM)
        finally:
            self._setting_period = False
        self.reload_postings()

    def set_quick_period(self, choice: int, *, reload: bool = True) -> None:
        """This month, the last three months or this year, up to today."""
        today = _qdate(self._today())
        if choice == self.CHOICE_THIS_MONTH:
            first = QDate(today.year(), today.month(), 1)
        elif choice == self.CHOICE_THIS_YEAR:
            first = QDate(today.year(), 1, 1)
        elif choice == self.CHOICE_LAST_3_MONTHS:
            first = today.addMonths(-3)
        else:
            return
        self._setting_period = True
        try:
            self.from_date.setDate(first)
            self.to_date.setDate(today)
            self.period_choice.setCurrentIndex(choice)
        finally:
            self._setting_period = False
        if reload:
            self.reload_postings()

    def _choice_activated(self, choice: int) -> None:
        self.set_quick_period(choice)

    def _dates_edited(self, _date: QDate) -> None:
        if self._setting_period:
            return
        self.period_choice.setCurrentIndex(self.CHOICE_CUSTOM)
        self._reload_timer.start()

    # --- the postings ---------------------------------------------------------------------

    def reload_postings(self) -> None:
        """Load the chosen account's postings for the chosen period."""
        self._reload_timer.stop()
        company, account = self.company, self.current_account()
        if company is None or account is None:
            return
        first, last = self.period()
        if first > last:
            self._request = None
            self._clear_postings()
            self._tasks.cancel(self._names["postings"])
            self.postings_message.show_message(
                self.tr("The period ends before it starts"),
                self.tr("Choose a From date on or before the To date."),
            )
            self.postings_pages.setCurrentWidget(self.postings_message)
            self._set_state(self.STATE_EMPTY)
            return
        request = _Request(company.xid, account.xid, first, last)
        self._request = request
        self._clear_postings()
        self.postings_message.show_message(self.tr("Loading postings…"))
        self.postings_pages.setCurrentWidget(self.postings_message)
        self._set_state(self.STATE_LOADING)
        self._tasks.preempt(
            self._names["postings"],
            self._api.bank_postings(company.xid, account.xid, from_date=first, to_date=last),
            on_done=lambda postings: self._postings_loaded(request, postings),
            on_error=lambda exc: self._postings_failed(request, exc),
        )

    def _postings_loaded(self, request: _Request, postings: list[BankPosting]) -> None:
        if not shiboken6.isValid(self) or self._request != request:
            return
        self.model.set_postings(postings)
        if not postings:
            self.postings_message.show_message(
                self.tr("No postings in this period"),
                self.tr(
                    "Nothing was posted on this account from {0} to {1}. Choose a longer "
                    "period to see more."
                ).format(format_date(request.first), format_date(request.last)),
            )
            self.postings_pages.setCurrentWidget(self.postings_message)
            self._set_state(self.STATE_EMPTY)
        else:
            self.postings_pages.setCurrentWidget(self.table)
            self._set_state(self.STATE_READY)
        self._update_count()

    def _postings_failed(self, request: _Request, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or self._request != request:
            return
        log.info("bank postings not loaded: %s", type(exc).__name__)
        self.postings_message.show_message(
            self.tr("Could not load the postings"), explain_error(exc), retry=True
        )
        self.postings_pages.setCurrentWidget(self.postings_message)
        self._set_state(self.STATE_ERROR)

    def _clear_postings(self) -> None:
        self.model.set_postings([])
        self._posting_changed(QModelIndex(), QModelIndex())

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def shown_postings(self) -> list[BankPosting]:
        """The postings in the table, in the shown order."""
        return self.proxy.postings()

    def _update_count(self, *_args: object) -> None:
        if self._state in (self.STATE_LOADING, self.STATE_ERROR) or self.company is None:
            self.count_label.setText("")
            return
        shown = self.proxy.postings()
        total = sum((p.bank_amount or Decimal(0) for p in shown), Decimal(0))
        account = self.current_account()
        currency = f" {account.currency}" if account is not None else ""
        amount = format_amount(total) + currency
        if len(shown) == 1:
            text = self.tr("1 posting, sum {0}").format(amount)
        else:
            text = self.tr("{0} postings, sum {1}").format(len(shown), amount)
        if len(shown) != self.model.rowCount():
            text += " " + self.tr("(of {0})").format(self.model.rowCount())
        self.count_label.setText(text)

    # --- choosing and booking a posting -----------------------------------------------------

    def current_posting(self) -> BankPosting | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        posting = self.proxy.data(self.proxy.index(index.row(), 0), PostingsModel.POSTING_ROLE)
        return posting if isinstance(posting, BankPosting) else None

    def select_posting(self, xid: int) -> bool:
        """Choose the shown posting ``xid``; False when it is not shown."""
        for row, posting in enumerate(self.proxy.postings()):
            if posting.xid == xid:
                index = self.proxy.index(row, 0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _posting_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_book_button()
        self._find_matches(self.current_posting())

    def _update_book_button(self) -> None:
        company = self.company
        allowed = company is not None and company.allow_documents_add
        self.book_button.setEnabled(allowed and self.current_posting() is not None)
        if company is not None and not company.allow_documents_add:
            self.book_button.setToolTip(self.tr("You may not book in this company"))
        else:
            self.book_button.setToolTip(
                self.tr("Fill in the registration from the chosen posting (Enter)")
            )

    def book_current(self) -> None:
        """Ask to book the chosen posting (the button, Enter or a double-click)."""
        posting = self.current_posting()
        if posting is None or not self.book_button.isEnabled():
            return
        self.bookPostingRequested.emit(posting, self.ledger_account())

    def _match_activated(self, match: Match) -> None:
        company, posting = self.company, self.current_posting()
        if company is None or posting is None or self.matcher is None:
            return
        if not company.allow_documents_add:
            return
        line = self.matcher.line_for(company.xid, match.document.key)
        if line is None:
            return
        self.bookWithDocumentRequested.emit(posting, self.ledger_account(), line)

    # --- matching documents -----------------------------------------------------------------

    def _find_matches(self, posting: BankPosting | None) -> None:
        matcher, company = self.matcher, self.company
        self.matches_for = posting
        if matcher is None or company is None or posting is None:
            self._tasks.cancel(self._names["matches"])
            self.matches.set_message(
                self.tr("Choose a posting to see the inbox documents that match it.")
            )
            self.matches_state = self.STATE_IDLE
            return
        self.matches.set_message(self.tr("Looking for matching documents…"))
        self.matches_state = self.STATE_LOADING

        def found(matches: list[Match]) -> None:
            if not shiboken6.isValid(self) or self.matches_for is not posting:
                return
            self.matches.set_matches(
                matches,
                empty_text=self.tr(
                    "No document in the inbox has this amount within 3 days of the posting."
                ),
            )
            self.matches_state = self.STATE_READY if matches else self.STATE_EMPTY

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self) or self.matches_for is not posting:
                return
            log.info("no matching documents looked for: %s", type(exc).__name__)
            self.matches.set_message(
                self.tr("Could not look for matching documents: {0}").format(explain_error(exc))
            )
            self.matches_state = self.STATE_ERROR

        self._tasks.preempt(
            self._names["matches"],
            matcher.documents_for_posting(company, posting),
            on_done=found,
            on_error=failed,
        )

    def inbox_changed(self) -> None:
        """The inbox changed (documents booked, uploaded or deleted): list it again and
        look for the chosen posting's documents again."""
        if self.matcher is not None and self.company is not None:
            self.matcher.invalidate(self.company.xid)
            self._find_matches(self.current_posting())

    # --- the ledger account -----------------------------------------------------------------

    def ledger_account(self) -> str | None:
        """The ledger account the chosen bank account books to (what is typed, when it is
        an account number; else the remembered one)."""
        company, account = self.company, self.current_account()
        if company is None or account is None:
            return None
        self._save_ledger()
        return self.memory.bank_ledger_account(company.xid, account.xid)

    def _show_ledger(self, account: BankAccount | None) -> None:
        company = self.company
        self.ledger_error.hide()
        self.ledger.setEnabled(account is not None)
        remembered = (
            self.memory.bank_ledger_account(company.xid, account.xid)
            if company is not None and account is not None
            else None
        )
        self.ledger.setText(remembered or "")

    def _save_ledger(self) -> None:
        company, account = self.company, self.current_account()
        if company is None or account is None:
            return
        text = self.ledger.text().strip()
        if text == (self.memory.bank_ledger_account(company.xid, account.xid) or ""):
            return
        why = check_account_number(text) if text else None
        if why is not None:
            self.ledger_error.setText(self.tr("«{0}» is not an account number.").format(text[:40]))
            self.ledger_error.show()
            return
        self.ledger_error.hide()
        self.memory.set_bank_ledger_account(company.xid, account.xid, text or None)

    # --- the end --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work (the window is closing or signing out)."""
        self._reload_timer.stop()
        for name in self._names.values():
            self._tasks.cancel(name)


def _latest_balances(balances: Sequence[BankBalance]) -> dict[int, list[BankBalance]]:
    """Per account, the latest balance of each type (booked first, then available)."""
    latest: dict[tuple[int, str], BankBalance] = {}
    for balance in balances:
        key = (balance.bank_account_xid, balance.balance_type)
        old = latest.get(key)
        if old is None or (balance.timestamp or "") >= (old.timestamp or ""):
            latest[key] = balance

    def order(balance: BankBalance) -> tuple[int, str]:
        code = balance.balance_type
        return (0 if code in _BOOKED else 1 if code in _AVAILABLE else 2, code)

    by_account: dict[int, list[BankBalance]] = {}
    for (xid, _type), balance in latest.items():
        by_account.setdefault(xid, []).append(balance)
    return {xid: sorted(found, key=order) for xid, found in by_account.items()}

"""The registration panel's bank sections: matching documents and matching postings.

``MatchesSection`` is a titled list, hidden while empty; a click (or Enter) on a row
emits ``chosen`` with that row's ``Match`` (app.bank.matching). ``posting_lines`` are
the lines a bank posting starts a registration with: the bank's ledger account with
the posting's amount, and the other side with the opposite amount (so the total is
0,00), its account left for the user. The matching itself runs outside the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.api.models import BankPosting, CompanyAndAccess
from app.bank.matching import Match
from app.booking import AttachmentRefused, Draft, DraftLine, DraftStore
from ui.formatting import format_amount, format_date
from ui.registration_lines import ACCOUNT, LinesView

__all__ = [
    "BankMatchesMixin",
    "MatchesSection",
    "document_row",
    "posting_lines",
    "posting_row",
]


def posting_lines(
    amount: Decimal | None, bank_account: str | None, other: DraftLine | None = None
) -> list[DraftLine]:
    """The bank line (``bank_account`` or empty) with ``amount`` and the other side with
    the opposite amount (``other``'s account and VAT code, when given)."""
    value = Decimal(amount or 0)
    return [
        DraftLine(bank_account or "", "", format_amount(value)),
        DraftLine(
            other.account if other else "", other.vat_code if other else "", format_amount(-value)
        ),
    ]


def posting_row(posting: BankPosting) -> str:
    """ "24-11-2026  Dankort-køb Havnekøkkenet  -250,00"."""
    return "  ".join(
        part
        for part in (
            format_date(posting.bank_date),
            posting.bank_text,
            format_amount(posting.bank_amount),
        )
        if part
    )


def document_row(match: Match, names: dict[int, str]) -> str:
    """The document's name, date and total."""
    facts = match.document
    name = names.get(facts.key) or facts.name or str(facts.key)
    return "  ".join(
        part for part in (name, format_date(facts.date), format_amount(facts.total)) if part
    )


class MatchesSection(QWidget):
    """A title and a list of matches; hidden while there are none."""

    chosen = Signal(object)  # the Match of the row clicked or activated

    def __init__(self, title: str, name: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(title, self)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(title)
        self.list.setToolTip(tip)
        self.list.setMaximumHeight(96)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)
        self._matches: list[Match] = []
        self.setVisible(False)

    def set_matches(self, rows: Sequence[tuple[str, Match]]) -> None:
        self.list.clear()
        self._matches = [match for _text, match in rows]
        for index, (text, _match) in enumerate(rows):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        self.setVisible(bool(rows))

    def matches(self) -> list[Match]:
        return list(self._matches)

    def rows(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self._matches):
            self.chosen.emit(self._matches[index])


class BankMatchesMixin:
    """The registration panel's bank side (mixed into ``RegistrationPanel``, whose
    attributes these are): "Book this posting" and the two lists of matches."""

    if TYPE_CHECKING:
        company: CompanyAndAccess | None
        draft: Draft | None
        drafts: DraftStore
        suggested_for: int | None
        lines_view: LinesView
        attachment_error: QLabel
        message: QLabel
        matching_documents: MatchesSection
        matching_postings: MatchesSection
        matchesWanted: SignalInstance
        _names: dict[int, str]
        _ledger_accounts: dict[int, str]

        def save_now(self) -> None: ...
        def _load(self, draft: Draft | None) -> None: ...
        def _changed(self) -> None: ...
        def _clear_suggestions(self) -> None: ...
        def _show_attachments(self) -> None: ...
        def tr(self, text: str) -> str: ...

    def prefill_posting(self, posting: BankPosting, bank_ledger_account: str | None) -> None:
        """Start a new draft for a bank posting: its date and text, the bank line with
        its amount and the other side with the opposite amount. The account to type is
        focused (the bank's, when not known, else the other side's). The draft shown
        before stays saved among the company's drafts."""
        company = self.company
        if company is None:
            return
        self.save_now()
        self._clear_suggestions()
        self.suggested_for = None
        self.draft = self.drafts.create(
            company.xid,
            date=posting.bank_date,
            description=posting.bank_text,
            lines=tuple(posting_lines(posting.bank_amount, bank_ledger_account)),
        )
        self._names.clear()
        self._load(self.draft)
        self.attachment_error.clear()
        self.message.clear()
        self.matching_documents.set_matches([])
        self.matching_postings.set_matches([])
        row = 0 if not bank_ledger_account else 1
        model = self.lines_view.model()
        self.lines_view.setCurrentIndex(model.index(row, ACCOUNT))
        self.lines_view.setFocus()
        self.matchesWanted.emit(posting)

    def set_matching_documents(self, matches: Sequence[Match], names: dict[int, str]) -> None:
        """Inbox documents that fit the posting being booked (best first); a click
        attaches one. ``names``: inbox xid -> the document's name."""
        self._names.update(names)
        self.matching_documents.set_matches([(document_row(m, names), m) for m in matches])

    def set_matching_postings(
        self, matches: Sequence[Match], ledger_accounts: dict[int, str] | None = None
    ) -> None:
        """Bank postings that may have paid the attached document (best first); choosing
        one books it as that posting. ``ledger_accounts``: posting xid -> the ledger
        account of its bank account, where known."""
        self._ledger_accounts = dict(ledger_accounts or {})
        self.matching_postings.set_matches([(posting_row(m.posting), m) for m in matches])

    def _document_chosen(self, match: Match) -> None:
        draft = self.draft
        xid = match.document.key
        if draft is None or xid in draft.inbox_xids:
            return
        name = self._names.get(xid) or match.document.name or str(xid)
        self._names[xid] = name
        try:
            self.draft = draft.with_inbox_file(xid, name)
        except AttachmentRefused as exc:
            self.attachment_error.setText(str(exc))
            return
        self.attachment_error.clear()
        self._show_attachments()
        self._changed()

    def _posting_chosen(self, match: Match) -> None:
        draft = self.draft
        if draft is None:
            return
        self.save_now()
        draft = self.draft or draft
        posting = match.posting
        other = next((line for line in draft.lines if line.account.strip()), None)
        bank = self._ledger_accounts.get(posting.xid)
        if other is not None and bank and other.account.strip() == bank:
            other = None
        self._clear_suggestions()
        self.draft = self.drafts.save(
            replace(
                draft,
                date=posting.bank_date,
                description=posting.bank_text,
                lines=tuple(posting_lines(posting.bank_amount, bank, other)),
            )
        )
        self._load(self.draft)
        self.message.setText(
            QCoreApplication.translate(
                "RegistrationPanel", "Filled in from the bank posting of {0}."
            ).format(format_date(posting.bank_date))
        )

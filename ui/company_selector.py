"""The company switcher (objectName ``companySelector``) and what a company allows.

``CompanySelector`` is a combo box of the user's companies ("Nordlys Design ApS ·
CVR 12345678"); ``companyChanged(CompanyAndAccess)`` fires when the user (or the
program) picks one. ``Permissions`` turns the API's flags into what the window may
offer, with the reason to show when something is not allowed.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from app.api.models import CompaniesAndAccess, CompanyAndAccess

__all__ = ["CompanySelector", "Permissions", "company_label"]

COMPANY_ROLE = Qt.ItemDataRole.UserRole + 1


class Permissions(msgspec.Struct, frozen=True):
    """What the open company lets this user do with documents."""

    can_view: bool
    can_add: bool  # upload
    can_edit: bool  # rename, date, comment, delete

    @classmethod
    def of(cls, company: CompanyAndAccess | None) -> Permissions:
        if company is None:
            return cls(False, False, False)
        return cls(
            can_view=company.allow_documents_view,
            can_add=company.allow_documents_add,
            can_edit=company.allow_documents_edit,
        )

    @property
    def can_delete(self) -> bool:
        return self.can_edit

    @property
    def read_only(self) -> bool:
        return not self.can_add and not self.can_edit

    def reason(self) -> str | None:
        """Why something is not offered in this company; None when everything is allowed."""
        if not self.can_view:
            if self.can_add:
                return QCoreApplication.translate(
                    "Permissions",
                    "You may upload documents to this company, but not see its documents.",
                )
            return QCoreApplication.translate(
                "Permissions", "You do not have access to documents in this company."
            )
        if self.read_only:
            return QCoreApplication.translate(
                "Permissions", "You only have read access to documents in this company."
            )
        if not self.can_add:
            return QCoreApplication.translate(
                "Permissions", "You cannot upload documents to this company."
            )
        if not self.can_edit:
            return QCoreApplication.translate(
                "Permissions", "You cannot change or delete documents in this company."
            )
        return None


def company_label(company: CompanyAndAccess) -> str:
    if company.cvr:
        return QCoreApplication.translate("Permissions", "{name} · CVR {cvr}").format(
            name=company.name, cvr=company.cvr
        )
    return company.name


class CompanySelector(QComboBox):
    """Pick the company to work in."""

    companyChanged = Signal(object)  # CompanyAndAccess

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companySelector")
        self.setAccessibleName(self.tr("Company"))
        self.setAccessibleDescription(self.tr("The company whose documents are shown"))
        self.setToolTip(self.tr("Switch company"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._companies: list[CompanyAndAccess] = []
        self.currentIndexChanged.connect(self._index_changed)

    @property
    def companies(self) -> list[CompanyAndAccess]:
        return list(self._companies)

    def set_companies(
        self, companies: CompaniesAndAccess, preferred_xid: int | None = None
    ) -> CompanyAndAccess | None:
        """Fill the list and select ``preferred_xid`` if present, else the API's default
        (lastCompanies[0], else the first). Emits companyChanged when the selection is a
        different company than before. Returns the selected company."""
        previous = self.current_company()
        chosen: CompanyAndAccess | None = None
        if preferred_xid is not None:
            chosen = next(
                (c for c in companies.companies_and_access_list if c.xid == preferred_xid), None
            )
        if chosen is None:
            chosen = companies.default_company()
        self.blockSignals(True)
        try:
            self.clear()
            self._companies = list(companies.companies_and_access_list)
            for company in self._companies:
                self.addItem(company_label(company))
                index = self.count() - 1
                self.setItemData(index, company.xid, COMPANY_ROLE)
                self.setItemData(index, _tooltip(company), Qt.ItemDataRole.ToolTipRole)
            if chosen is not None:
                self.setCurrentIndex(self._companies.index(chosen))
            else:
                self.setCurrentIndex(-1)
        finally:
            self.blockSignals(False)
        self.setEnabled(len(self._companies) > 1)
        if chosen is not None and (previous is None or previous != chosen):
            self.companyChanged.emit(chosen)
        return chosen

    def current_company(self) -> CompanyAndAccess | None:
        index = self.currentIndex()
        if 0 <= index < len(self._companies):
            return self._companies[index]
        return None

    def select_company(self, xid: int) -> bool:
        for index, company in enumerate(self._companies):
            if company.xid == xid:
                self.setCurrentIndex(index)
                return True
        return False

    def _index_changed(self, index: int) -> None:
        if 0 <= index < len(self._companies):
            self.companyChanged.emit(self._companies[index])


def _tooltip(company: CompanyAndAccess) -> str:
    reason = Permissions.of(company).reason()
    label = company_label(company)
    return f"{label}\n{reason}" if reason else label

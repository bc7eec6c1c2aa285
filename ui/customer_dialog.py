"""The "New customer" dialog (``newCustomerDialog``).

    dialog = NewCustomerDialog(api, tasks, company, parent)
    dialog.customerCreated.connect(...)   # the created app.api.models.Customer (with xid)
    dialog.open()
    ...  dialog.created_xid, dialog.created_customer once accepted

The form is an ``app.customers.CustomerForm``: what is wrong is shown beside each field
as the user types (for the fields touched so far) and for every field on Save, which
refuses with the reason until it is right. Save creates the customer in the background
(POST /customers); a refusal by the server, a missing permission or a network failure is
shown in words and the form stays as typed.
"""

from __future__ import annotations

import itertools
import logging
from typing import Protocol

import msgspec
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.api import errors, models
from app.customers import (
    MAX_LENGTHS,
    MAX_PAYMENT_DAYS,
    CustomerForm,
    Problem,
    may_create_customers,
)
from app.tasks import Tasks
from ui.error_messages import explain_error

log = logging.getLogger(__name__)

__all__ = ["CustomerCreator", "NewCustomerDialog"]

ERROR_STYLE = "color: #b00020;"
COMMON_CURRENCIES = ("DKK", "EUR", "SEK", "NOK", "ISK", "GBP", "USD", "CHF", "PLN")


class CustomerCreator(Protocol):
    async def create_customer(self, customer: models.Customer) -> int: ...


class NewCustomerDialog(QDialog):
    """Create one customer in ``company``."""

    customerCreated = Signal(object)  # models.Customer, with the new xid

    def __init__(
        self,
        api: CustomerCreator,
        tasks: Tasks,
        company: models.CompanyAndAccess,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCustomerDialog")
        self.setWindowTitle(self.tr("New customer in {0}").format(company.name))
        self._api, self._tasks, self.company = api, tasks, company
        self.created_xid: int | None = None
        self.created_customer: models.Customer | None = None
        self._busy = False
        self._touched: set[str] = set()
        self._show_all = False  # after the first Save every problem is shown
        self._build()
        self._connect()
        self._kind_changed()
        self._terms_changed()
        self._einvoice_changed()
        if not may_create_customers(company):
            self.message.setText(
                self.tr("You may not add to this company, so you cannot create customers here.")
            )
            self.save_button.setEnabled(False)

    # --- construction --------------------------------------------------------------------

    def _line(self, name: str, accessible: str, limit: str | None = None) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if limit is not None:
            edit.setMaxLength(MAX_LENGTHS[limit] + 10)  # a little over: the reason is shown
        return edit

    def _build(self) -> None:
        self.name = self._line("customerName", self.tr("Name"), "customer_name")
        self.number = self._line("customerNumber", self.tr("Customer number"), "customer_number")
        self.number.setPlaceholderText(self.tr("Given by Multi-Regnskab when left empty"))
        self.business = QRadioButton(self.tr("Business"), self)
        self.business.setObjectName("customerBusiness")
        self.business.setAccessibleName(self.tr("Business customer"))
        self.private = QRadioButton(self.tr("Private person"), self)
        self.private.setObjectName("customerPrivate")
        self.private.setAccessibleName(self.tr("Private customer"))
        self.business.setChecked(True)
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.business)
        self._kind_group.addButton(self.private)
        self.cvr = self._line("customerCvr", self.tr("CVR or VAT number"), "company_identifier")
        self.cvr.setPlaceholderText(self.tr("8 digits for a Danish business"))
        self.address1 = self._line("customerAddress1", self.tr("Address"), "address1")
        self.address2 = self._line("customerAddress2", self.tr("Address line 2"), "address2")
        self.zip = self._line("customerZip", self.tr("Postcode"), "zip_code")
        self.zip.setMaximumWidth(110)
        self.city = self._line("customerCity", self.tr("City"), "city")
        self.country = QComboBox(self)
        self.country.setObjectName("customerCountry")
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in self._countries():
            self.country.addItem(f"{code}  {name}", code)
        self.country.setCurrentIndex(0)  # DK
        self.country.setToolTip(self.tr("A two-letter country code (ISO 3166), e.g. DK, SE, DE"))
        self.currency = QComboBox(self)
        self.currency.setObjectName("customerCurrency")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in COMMON_CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(0)  # DKK
        self.currency.setToolTip(self.tr("A three-letter currency code (ISO 4217), e.g. DKK, EUR"))
        self.language = QComboBox(self)
        self.language.setObjectName("customerLanguage")
        self.language.setAccessibleName(self.tr("Language on invoices"))
        self.language.addItem(self.tr("Danish"), "DA")
        self.language.addItem(self.tr("English"), "EN")
        self.phone = self._line("customerPhone", self.tr("Phone"), "phone")
        self.att = self._line("customerAttention", self.tr("Attention"), "invoice_att")
        self.email = self._line("customerEmail", self.tr("Invoice e-mail"), "invoice_email")
        self.terms_type = QComboBox(self)
        self.terms_type.setObjectName("customerTermsType")
        self.terms_type.setAccessibleName(self.tr("Payment terms"))
        self.terms_type.addItem(self.tr("Net"), "NET")
        self.terms_type.addItem(self.tr("Running month plus"), "RUNNING_MONTH")
        self.terms_type.addItem(self.tr("Net cash"), "NET_CASH")
        self.terms_type.addItem(self.tr("Already paid"), "ALREADY_PAID")
        self.terms_type.addItem(self.tr("No payment terms"), None)
        self.terms_days = QSpinBox(self)
        self.terms_days.setObjectName("customerTermsDays")
        self.terms_days.setAccessibleName(self.tr("Payment days"))
        self.terms_days.setRange(0, MAX_PAYMENT_DAYS)
        self.terms_days.setValue(14)
        self.terms_days.setSuffix(self.tr(" days"))
        self.einvoice = QCheckBox(self.tr("Send e-invoices (NemHandel / Peppol)"), self)
        self.einvoice.setObjectName("customerEinvoice")
        self.einvoice.setAccessibleName(self.tr("Send e-invoices"))
        self.einvoice_type = QComboBox(self)
        self.einvoice_type.setObjectName("customerEinvoiceType")
        self.einvoice_type.setAccessibleName(self.tr("E-invoice address type"))
        self.einvoice_type.addItem(self.tr("EAN / GLN number"), "DK_GLN")
        self.einvoice_type.addItem(self.tr("CVR number"), "DK_CVR")
        self.einvoice_type.addItem(self.tr("P-number"), "DK_PNUMMER")
        self.einvoice_type.addItem(self.tr("SE number"), "DK_SENUMMER")
        self.einvoice_type.addItem(self.tr("Peppol ID"), "PEPPOL")
        self.einvoice_address = self._line(
            "customerEinvoiceAddress", self.tr("E-invoice address"), "einvoice_address"
        )

        # one red label under each field, for what is wrong with it
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {
            "customer_name": self.name,
            "customer_number": self.number,
            "company_identifier": self.cvr,
            "address1": self.address1,
            "address2": self.address2,
            "zip_code": self.zip,
            "city": self.city,
            "country_code": self.country,
            "currency_code": self.currency,
            "language_code": self.language,
            "phone": self.phone,
            "invoice_att": self.att,
            "invoice_email": self.email,
            "payment_terms_type": self.terms_type,
            "payment_terms_days": self.terms_days,
            "einvoice_destination_type": self.einvoice_type,
            "einvoice_address": self.einvoice_address,
        }
        for name, widget in self._widgets.items():
            label = QLabel(self)
            label.setObjectName(f"{widget.objectName()}Error")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setVisible(False)
            self._errors[name] = label

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind = QHBoxLayout()
        kind.addWidget(self.business)
        kind.addWidget(self.private)
        kind.addStretch(1)
        form.addRow(self.tr("Kind"), kind)
        self._row(form, self.tr("&Name"), "customer_name")
        self._row(form, self.tr("C&VR / VAT no."), "company_identifier")
        self._row(form, self.tr("&Address"), "address1")
        self._row(form, "", "address2")
        place = QHBoxLayout()
        place.addWidget(self.zip)
        place.addWidget(self.city, 1)
        form.addRow(self.tr("&Postcode and city"), place)
        form.addRow("", self._errors["zip_code"])
        form.addRow("", self._errors["city"])
        self._row(form, self.tr("Co&untry"), "country_code")
        self._row(form, self.tr("C&urrency"), "currency_code")
        self._row(form, self.tr("&Language"), "language_code")
        self._row(form, self.tr("Customer n&umber"), "customer_number")
        self._row(form, self.tr("P&hone"), "phone")
        self._row(form, self.tr("A&ttention"), "invoice_att")
        self._row(form, self.tr("Invoice &e-mail"), "invoice_email")
        terms = QHBoxLayout()
        terms.addWidget(self.terms_type, 1)
        terms.addWidget(self.terms_days)
        form.addRow(self.tr("Pa&yment terms"), terms)
        form.addRow("", self._errors["payment_terms_type"])
        form.addRow("", self._errors["payment_terms_days"])
        form.addRow("", self.einvoice)
        self._row(form, self.tr("E-invoice &to"), "einvoice_destination_type")
        self._row(form, self.tr("E-invoice a&ddress"), "einvoice_address")
        for label_text, buddy in (
            (self.tr("&Postcode and city"), self.zip),
            (self.tr("Pa&yment terms"), self.terms_type),
        ):
            self._buddy(form, label_text, buddy)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("customerProgress")
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Saving the customer"))
        self.message = QLabel(self)
        self.message.setObjectName("customerMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("customerSave")
        self.save_button.setAccessibleName(self.tr("Save the new customer"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("customerCancel")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.business,
            self.private,
            self.name,
            self.cvr,
            self.address1,
            self.address2,
            self.zip,
            self.city,
            self.country,
            self.currency,
            self.language,
            self.number,
            self.phone,
            self.att,
            self.email,
            self.terms_type,
            self.terms_days,
            self.einvoice,
            self.einvoice_type,
            self.einvoice_address,
            self.save_button,
            self.cancel_button,
        ]
        self._order = order
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.name.setFocus()

    def _row(self, form: QFormLayout, label: str, name: str) -> None:
        widget = self._widgets[name]
        form.addRow(label, widget)
        form.addRow("", self._errors[name])

    @staticmethod
    def _buddy(form: QFormLayout, text: str, buddy: QWidget) -> None:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text() == text:
                label.setBuddy(buddy)

    def _countries(self) -> list[tuple[str, str]]:
        return [
            ("DK", self.tr("Denmark")),
            ("SE", self.tr("Sweden")),
            ("NO", self.tr("Norway")),
            ("DE", self.tr("Germany")),
            ("FI", self.tr("Finland")),
            ("IS", self.tr("Iceland")),
            ("GL", self.tr("Greenland")),
            ("FO", self.tr("Faroe Islands")),
            ("NL", self.tr("Netherlands")),
            ("PL", self.tr("Poland")),
            ("FR", self.tr("France")),
            ("GB", self.tr("United Kingdom")),
            ("US", self.tr("United States")),
        ]

    def _connect(self) -> None:
        for name, edit in (
            ("customer_name", self.name),
            ("customer_number", self.number),
            ("company_identifier", self.cvr),
            ("address1", self.address1),
            ("address2", self.address2),
            ("zip_code", self.zip),
            ("city", self.city),
            ("phone", self.phone),
            ("invoice_att", self.att),
            ("invoice_email", self.email),
            ("einvoice_address", self.einvoice_address),
        ):
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
        self.country.currentTextChanged.connect(lambda _t: self._edited("country_code"))
        self.currency.currentTextChanged.connect(lambda _t: self._edited("currency_code"))
        self.language.currentIndexChanged.connect(lambda _i: self._edited("language_code"))
        self.terms_type.currentIndexChanged.connect(self._terms_changed)
        self.terms_days.valueChanged.connect(lambda _v: self._edited("payment_terms_days"))
        self._kind_group.buttonToggled.connect(lambda _b, _c: self._kind_changed())
        self.einvoice.toggled.connect(lambda _c: self._einvoice_changed())
        self.einvoice_type.currentIndexChanged.connect(
            lambda _i: self._edited("einvoice_destination_type")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    # --- the form --------------------------------------------------------------------------

    @staticmethod
    def _code(combo: QComboBox) -> str:
        """The code in an editable code combo: the chosen item's, or what was typed ("se",
        "SE  Sweden", "Sweden")."""
        text = combo.currentText().strip()
        if not text:
            return ""
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and isinstance(combo.itemData(index), str):
            return str(combo.itemData(index))
        for row in range(combo.count()):
            _code, _, name = combo.itemText(row).partition("  ")
            if name and name.casefold() == text.casefold():
                return str(combo.itemData(row))
        return text.split()[0].upper()

    def form(self) -> CustomerForm:
        """What the dialog holds now."""
        terms = self.terms_type.currentData()
        einvoice = self.einvoice.isChecked()
        return CustomerForm(
            customer_name=self.name.text(),
            currency_code=self._code(self.currency),
            address1=self.address1.text(),
            address2=self.address2.text(),
            zip_code=self.zip.text(),
            city=self.city.text(),
            country_code=self._code(self.country),
            language_code=str(self.language.currentData()),
            private_person=self.private.isChecked(),
            company_identifier="" if self.private.isChecked() else self.cvr.text(),
            customer_number=self.number.text(),
            phone=self.phone.text(),
            invoice_att=self.att.text(),
            invoice_email=self.email.text(),
            payment_terms_type=terms if isinstance(terms, str) else None,
            payment_terms_days=self.terms_days.value() if isinstance(terms, str) else None,
            electronic_invoice=einvoice,
            einvoice_destination_type=(str(self.einvoice_type.currentData()) if einvoice else None),
            einvoice_address=self.einvoice_address.text() if einvoice else "",
        )

    def problems(self) -> list[Problem]:
        return self.form().validate()

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self._revalidate()

    def _kind_changed(self) -> None:
        business = self.business.isChecked()
        self.cvr.setEnabled(business)
        self._touched.discard("company_identifier")
        self._revalidate()

    def _terms_changed(self) -> None:
        self.terms_days.setEnabled(isinstance(self.terms_type.currentData(), str))
        if self.terms_type.currentData() == "ALREADY_PAID":
            self.terms_days.setValue(0)
        self._edited("payment_terms_type")

    def _einvoice_changed(self) -> None:
        on = self.einvoice.isChecked()
        self.einvoice_type.setEnabled(on)
        self.einvoice_address.setEnabled(on)
        self._revalidate()

    def _revalidate(self) -> list[Problem]:
        problems = self.problems()
        shown: dict[str, str] = {}
        for problem in problems:
            if self._show_all or problem.field in self._touched:
                shown.setdefault(problem.field, self.problem_text(problem))
        for name, label in self._errors.items():
            text = shown.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            self._widgets[name].setAccessibleDescription(text)
        if not problems and self.message.text() == self._fix_first_text():
            self.message.clear()
        return problems

    def _fix_first_text(self) -> str:
        return self.tr("Correct the fields marked in red first.")

    def shown_problems(self) -> dict[str, str]:
        """The problems on screen: form field -> text."""
        return {name: label.text() for name, label in self._errors.items() if label.text()}

    def problem_text(self, problem: Problem) -> str:
        """``problem`` in the interface's language."""
        labels = {
            "customer_name": self.tr("The name"),
            "customer_number": self.tr("The customer number"),
            "company_identifier": self.tr("The CVR or VAT number"),
            "address1": self.tr("The address"),
            "address2": self.tr("Address line 2"),
            "address3": self.tr("Address line 3"),
            "zip_code": self.tr("The postcode"),
            "city": self.tr("The city"),
            "phone": self.tr("The phone number"),
            "invoice_att": self.tr("The attention"),
            "invoice_email": self.tr("The invoice e-mail"),
            "einvoice_address": self.tr("The e-invoice address"),
        }
        label = labels.get(problem.field, problem.field)
        limit = problem.params.get("limit", "")
        code = problem.params.get("code", "")
        texts = {
            "required": self.tr("{0} is required.").format(label),
            "too_long": self.tr("{0} can be at most {1} characters.").format(label, limit),
            "currency_format": self.tr("Type a three-letter currency code such as DKK or EUR."),
            "currency_unknown": self.tr("{0} is not a currency code.").format(code),
            "country_format": self.tr("Type a two-letter country code such as DK or SE."),
            "country_unknown": self.tr("{0} is not a country code.").format(code),
            "language": self.tr("Choose Danish or English."),
            "cvr_required": self.tr("A business customer needs a CVR or VAT number."),
            "cvr_digits": self.tr("A Danish CVR number has 8 digits."),
            "email": self.tr("This is not an e-mail address (name@example.dk)."),
            "terms_type": self.tr("Choose the kind of payment terms."),
            "terms_type_missing": self.tr("Choose the kind of payment terms."),
            "terms_days_missing": self.tr("Payment terms need a number of days."),
            "terms_days_range": self.tr("Payment days must be between 0 and {0}.").format(limit),
            "einvoice_terms": self.tr("E-invoices need payment terms with a number of days."),
            "einvoice_type": self.tr("Choose where e-invoices are sent."),
            "einvoice_type_missing": self.tr("Choose where e-invoices are sent."),
            "einvoice_address_missing": self.tr("Type the e-invoice address."),
            "gln_digits": self.tr("An EAN / GLN number has 13 digits."),
            "gln_check": self.tr("This EAN / GLN number has a typo (its check digit is wrong)."),
            "einvoice_cvr": self.tr("Type the CVR number: 8 digits (DK12345678)."),
            "pnummer_digits": self.tr("A P-number has 10 digits."),
            "senummer_digits": self.tr("An SE number has 8 digits."),
            "peppol": self.tr(
                "A Peppol ID is a 4-digit scheme, a colon and the ID (0184:12345678)."
            ),
        }
        return texts.get(problem.key, problem.message)

    # --- saving ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def save(self) -> None:
        """Create the customer when the form is right; otherwise say what is wrong."""
        if self._busy or not may_create_customers(self.company):
            return
        self._show_all = True
        problems = self._revalidate()
        if problems:
            self.message.setText(self._fix_first_text())
            in_the_way = [self._widgets[p.field] for p in problems if p.field in self._widgets]
            in_the_way.sort(key=lambda w: self._order.index(w) if w in self._order else 99)
            if in_the_way and in_the_way[0].isEnabled():
                in_the_way[0].setFocus()
            return
        customer = self.form().to_customer(self.company.xid)
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Creating the customer…"))
        self._tasks.start(
            self._api.create_customer(customer),
            name=f"create-customer-{id(self)}",
            on_done=lambda xid: self._created(customer, xid),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.save_button.setEnabled(not busy and may_create_customers(self.company))
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _created(self, customer: models.Customer, xid: int) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.created_xid = xid
        self.created_customer = msgspec.structs.replace(customer, xid=xid)
        self.message.clear()
        self.customerCreated.emit(self.created_customer)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.explain(exc))
        log.info("customer not created: %s", exc)

    def explain(self, exc: BaseException) -> str:
        """Why the customer was not created, in words."""
        if isinstance(exc, errors.InvalidRequest):
            return self.tr("Multi-Regnskab refused the customer: {0}").format(exc.message)
        if isinstance(exc, errors.Forbidden):
            return self.tr("You do not have permission to create customers in {0}.").format(
                self.company.name
            )
        if isinstance(exc, errors.TransportError) and exc.request_sent:
            return self.tr(
                "The connection broke after the customer was sent, so it may have been "
                "created. Look for it in the customer list before saving again."
            )
        if isinstance(exc, errors.ApiError):
            return self.tr("The customer was not created. {0}").format(explain_error(exc))
        log.error("creating a customer failed", exc_info=exc)
        return self.tr("The customer was not created: {0}").format(str(exc) or type(exc).__name__)

    def reject(self) -> None:
        if self._busy:
            return  # the request is on its way: wait for its answer
        super().reject()

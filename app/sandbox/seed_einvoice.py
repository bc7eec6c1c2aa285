"""Demo e-invoices: an OIOUBL 2.02 or PEPPOL BIS Billing 3.0 UBL document and the
matching ``Einvoice`` wire object (camelCase keys, Danish amount strings, ISO dates).

Note OIOUBL's quirk, kept on purpose: its ``LegalMonetaryTotal/TaxExclusiveAmount``
holds the VAT amount, where PEPPOL (and UBL proper) puts the net amount there.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from app.api.amounts import format_amount
from app.sandbox.seed_documents import Line, money
from app.sandbox.seeddata import JsonObject

__all__ = ["EParty", "EinvoiceSpec", "build_einvoice"]

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
ET.register_namespace("", NS_INVOICE)
ET.register_namespace("cac", NS_CAC)
ET.register_namespace("cbc", NS_CBC)

PEPPOL_BIS3 = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"

Syntax = Literal["oioubl", "peppol"]
PaymentKind = Literal["bank", "fik", "iban"]


@dataclass(frozen=True)
class EParty:
    name: str
    cvr: str
    street: str
    building: str
    city: str
    zip: str
    country: str = "DK"
    gln: str | None = None  # when set, the endpoint is the GLN instead of the CVR
    contact: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class EinvoiceSpec:
    syntax: Syntax
    supplier: EParty
    customer: EParty
    number: str
    issue_date: date
    due_date: date
    lines: tuple[tuple[str, Line], ...]  # (seller's item id, line)
    payment: PaymentKind = "bank"
    reg: str = ""
    account: str = ""
    iban: str = ""
    bic: str = ""
    fik_creditor: str = ""
    fik_instruction: str = ""
    vat_rate: Decimal = Decimal("25")
    currency: str = "DKK"
    delivery_date: date | None = None
    order_ref: str | None = None
    note: str | None = None
    attachment: tuple[str, str, bytes] | None = None  # (name, mime code, body)

    @property
    def subtotal(self) -> Decimal:
        return money(sum((line.amount for _, line in self.lines), Decimal(0)))

    @property
    def vat(self) -> Decimal:
        return money(self.subtotal * self.vat_rate / 100)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.vat


def _xml_amount(value: Decimal) -> str:
    return f"{money(value):.2f}"


def _xml_qty(value: Decimal) -> str:
    return f"{value.normalize():f}"


class _Builder:
    def __init__(self, root: ET.Element) -> None:
        self.stack = [root]

    def cbc(self, name: str, text: str, **attrs: str) -> ET.Element:
        el = ET.SubElement(self.stack[-1], f"{{{NS_CBC}}}{name}", attrs)
        el.text = text
        return el

    def cac(self, name: str) -> _Builder:
        el = ET.SubElement(self.stack[-1], f"{{{NS_CAC}}}{name}")
        self.stack.append(el)
        return self

    def __enter__(self) -> _Builder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stack.pop()


def _unit_code(unit: str) -> str:
    return {"timer": "HUR", "md.": "MON", "stk.": "EA", "kWh": "KWH", "år": "ANN"}.get(unit, "EA")


def _party_xml(b: _Builder, role: str, party: EParty, syntax: Syntax) -> None:
    oioubl = syntax == "oioubl"
    with b.cac(role), b.cac("Party"):
        if party.gln:
            b.cbc("EndpointID", party.gln, schemeID="GLN" if oioubl else "0088")
        else:
            b.cbc(
                "EndpointID",
                f"DK{party.cvr}" if oioubl else party.cvr,
                schemeID="DK:CVR" if oioubl else "0184",
            )
        with b.cac("PartyIdentification"):
            b.cbc(
                "ID",
                f"DK{party.cvr}" if oioubl else party.cvr,
                schemeID="DK:CVR" if oioubl else "0184",
            )
        with b.cac("PartyName"):
            b.cbc("Name", party.name)
        with b.cac("PostalAddress"):
            if oioubl:
                b.cbc(
                    "AddressFormatCode",
                    "StructuredDK",
                    listAgencyID="320",
                    listID="urn:oioubl:codelist:addressformatcode-1.1",
                )
                b.cbc("StreetName", party.street)
                b.cbc("BuildingNumber", party.building)
            else:
                b.cbc("StreetName", f"{party.street} {party.building}")
            b.cbc("CityName", party.city)
            b.cbc("PostalZone", party.zip)
            with b.cac("Country"):
                b.cbc("IdentificationCode", party.country)
        with b.cac("PartyTaxScheme"):
            b.cbc("CompanyID", f"DK{party.cvr}", **({"schemeID": "DK:SE"} if oioubl else {}))
            with b.cac("TaxScheme"):
                if oioubl:
                    b.cbc("ID", "63", schemeID="urn:oioubl:id:taxschemeid-1.5")
                    b.cbc("Name", "Moms")
                else:
                    b.cbc("ID", "VAT")
        with b.cac("PartyLegalEntity"):
            b.cbc("RegistrationName", party.name)
            b.cbc(
                "CompanyID",
                f"DK{party.cvr}" if oioubl else party.cvr,
                schemeID="DK:CVR" if oioubl else "0184",
            )
        if party.contact or party.email:
            with b.cac("Contact"):
                if party.contact:
                    b.cbc("Name", party.contact)
                if party.email:
                    b.cbc("ElectronicMail", party.email)


def _tax_category(b: _Builder, spec: EinvoiceSpec, name: str) -> None:
    with b.cac(name):
        if spec.syntax == "oioubl":
            b.cbc(
                "ID",
                "StandardRated",
                schemeAgencyID="320",
                schemeID="urn:oioubl:id:taxcategoryid-1.1",
            )
            b.cbc("Percent", _xml_qty(spec.vat_rate))
            with b.cac("TaxScheme"):
                b.cbc("ID", "63", schemeAgencyID="320", schemeID="urn:oioubl:id:taxschemeid-1.5")
                b.cbc("Name", "Moms")
        else:
            b.cbc("ID", "S")
            b.cbc("Percent", _xml_qty(spec.vat_rate))
            with b.cac("TaxScheme"):
                b.cbc("ID", "VAT")


def _xml(spec: EinvoiceSpec) -> bytes:
    oioubl = spec.syntax == "oioubl"
    cur = spec.currency
    root = ET.Element(f"{{{NS_INVOICE}}}Invoice")
    b = _Builder(root)
    if oioubl:
        b.cbc("UBLVersionID", "2.0")
        b.cbc("CustomizationID", "OIOUBL-2.02")
        b.cbc(
            "ProfileID",
            "urn:www.nesubl.eu:profiles:profile5:ver2.0",
            schemeAgencyID="320",
            schemeID="urn:oioubl:id:profileid-1.2",
        )
    else:
        b.cbc("CustomizationID", PEPPOL_BIS3)
        b.cbc("ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
    b.cbc("ID", spec.number)
    if oioubl:
        b.cbc("CopyIndicator", "false")
    b.cbc("IssueDate", spec.issue_date.isoformat())
    if not oioubl:
        b.cbc("DueDate", spec.due_date.isoformat())
    if oioubl:
        b.cbc(
            "InvoiceTypeCode",
            "380",
            listAgencyID="320",
            listID="urn:oioubl:codelist:invoicetypecode-1.1",
        )
    else:
        b.cbc("InvoiceTypeCode", "380")
    if spec.note:
        b.cbc("Note", spec.note)
    b.cbc("DocumentCurrencyCode", cur)
    if not oioubl:
        b.cbc("BuyerReference", spec.order_ref or spec.customer.contact or "n/a")
    if spec.order_ref:
        with b.cac("OrderReference"):
            b.cbc("ID", spec.order_ref)
    if spec.attachment:
        name, mime, body = spec.attachment
        with b.cac("AdditionalDocumentReference"):
            b.cbc("ID", name)
            with b.cac("Attachment"):
                b.cbc(
                    "EmbeddedDocumentBinaryObject",
                    base64.b64encode(body).decode("ascii"),
                    mimeCode=mime,
                    filename=name,
                )
    _party_xml(b, "AccountingSupplierParty", spec.supplier, spec.syntax)
    _party_xml(b, "AccountingCustomerParty", spec.customer, spec.syntax)
    if spec.delivery_date:
        with b.cac("Delivery"):
            b.cbc("ActualDeliveryDate", spec.delivery_date.isoformat())
    with b.cac("PaymentMeans"):
        if oioubl:
            b.cbc("ID", "1")
        code = {"bank": "42" if oioubl else "30", "fik": "93", "iban": "58" if not oioubl else "31"}
        b.cbc("PaymentMeansCode", code[spec.payment])
        if oioubl:
            b.cbc("PaymentDueDate", spec.due_date.isoformat())
            b.cbc(
                "PaymentChannelCode",
                _channel(spec),
                listAgencyID="320",
                listID="urn:oioubl:codelist:paymentchannelcode-1.1",
            )
        if spec.payment == "fik":
            b.cbc("InstructionID", spec.fik_instruction)
            b.cbc("PaymentID", "71", schemeAgencyID="320", schemeID="urn:oioubl:id:paymentid-1.1")
            with b.cac("CreditAccount"):
                b.cbc("AccountID", spec.fik_creditor)
        elif spec.payment == "bank":
            with b.cac("PayeeFinancialAccount"):
                b.cbc("ID", spec.account)
                b.cbc("PaymentNote", f"Faktura {spec.number}")
                with b.cac("FinancialInstitutionBranch"):
                    b.cbc("ID", spec.reg)
        else:
            if not oioubl:
                b.cbc("PaymentID", spec.number)
            with b.cac("PayeeFinancialAccount"):
                b.cbc("ID", spec.iban)
                with b.cac("FinancialInstitutionBranch"):
                    b.cbc("ID", spec.bic)
    days = (spec.due_date - spec.issue_date).days
    with b.cac("PaymentTerms"):
        b.cbc("Note", f"Netto {days} dage")
    with b.cac("TaxTotal"):
        b.cbc("TaxAmount", _xml_amount(spec.vat), currencyID=cur)
        with b.cac("TaxSubtotal"):
            b.cbc("TaxableAmount", _xml_amount(spec.subtotal), currencyID=cur)
            b.cbc("TaxAmount", _xml_amount(spec.vat), currencyID=cur)
            _tax_category(b, spec, "TaxCategory")
    with b.cac("LegalMonetaryTotal"):
        b.cbc("LineExtensionAmount", _xml_amount(spec.subtotal), currencyID=cur)
        b.cbc(
            "TaxExclusiveAmount", _xml_amount(spec.vat if oioubl else spec.subtotal), currencyID=cur
        )
        b.cbc("TaxInclusiveAmount", _xml_amount(spec.total), currencyID=cur)
        b.cbc("PayableAmount", _xml_amount(spec.total), currencyID=cur)
    for n, (item_id, line) in enumerate(spec.lines, start=1):
        with b.cac("InvoiceLine"):
            b.cbc("ID", str(n))
            b.cbc("InvoicedQuantity", _xml_qty(line.qty), unitCode=_unit_code(line.unit))
            b.cbc("LineExtensionAmount", _xml_amount(line.amount), currencyID=cur)
            if oioubl:
                with b.cac("TaxTotal"):
                    tax = money(line.amount * spec.vat_rate / 100)
                    b.cbc("TaxAmount", _xml_amount(tax), currencyID=cur)
                    with b.cac("TaxSubtotal"):
                        b.cbc("TaxableAmount", _xml_amount(line.amount), currencyID=cur)
                        b.cbc("TaxAmount", _xml_amount(tax), currencyID=cur)
                        _tax_category(b, spec, "TaxCategory")
            with b.cac("Item"):
                if oioubl:
                    b.cbc("Description", line.text)
                b.cbc("Name", line.text[:40])
                with b.cac("SellersItemIdentification"):
                    b.cbc("ID", item_id)
                if not oioubl:
                    _tax_category(b, spec, "ClassifiedTaxCategory")
            with b.cac("Price"):
                b.cbc("PriceAmount", _xml_amount(line.unit_price), currencyID=cur)
                b.cbc("BaseQuantity", "1", unitCode=_unit_code(line.unit))
    ET.indent(root, space="  ")
    xml_bytes: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml_bytes


def _channel(spec: EinvoiceSpec) -> str:
    return {"bank": "DK:BANK", "fik": "DK:FIK", "iban": "IBAN"}[spec.payment]


def _party_json(party: EParty) -> JsonObject:
    out: JsonObject = {
        "name": party.name,
        "legalEntityIdentifier": f"DK{party.cvr}",
        "endpointScheme": "GLN" if party.gln else "DK:CVR",
        "endpointId": party.gln or f"DK{party.cvr}",
        "addressFormatCode": "StructuredDK",
        "streetName": party.street,
        "buildingNumber": party.building,
        "cityName": party.city,
        "postalZone": party.zip,
        "countryCode": party.country,
    }
    if party.contact:
        out["contact"] = party.contact
    return out


def _einvoice_json(spec: EinvoiceSpec) -> JsonObject:
    lines: list[JsonObject] = []
    for n, (_, line) in enumerate(spec.lines, start=1):
        lines.append(
            {
                "id": str(n),
                "itemName": line.text,
                "unitCode": _unit_code(line.unit),
                "quantity": format_amount(line.qty),
                "itemPrice": format_amount(line.unit_price),
                "lineExtensionAmount": format_amount(line.amount),
                "taxSchemeName": "Moms" if spec.syntax == "oioubl" else "VAT",
                "taxPercent": format_amount(spec.vat_rate),
                "taxAmount": format_amount(money(line.amount * spec.vat_rate / 100)),
            }
        )
    means: JsonObject = {
        "paymentChannelType": _channel(spec),
        "paymentChannelDescription": {
            "bank": "Bankoverførsel",
            "fik": "FI-indbetalingskort",
            "iban": "Bankoverførsel (IBAN)",
        }[spec.payment],
        "paymentDueDate": spec.due_date.isoformat(),
        "paymentNote": f"Faktura {spec.number}",
    }
    if spec.payment == "bank":
        means["branchNumber"] = spec.reg
        means["accountNumber"] = spec.account
    elif spec.payment == "fik":
        means["instructionId"] = spec.fik_instruction
        means["paymentId"] = "71"
        means["creditAccountAccountId"] = spec.fik_creditor
    else:
        means["branchNumber"] = spec.bic
        means["accountNumber"] = spec.iban
    out: JsonObject = {
        "invoice": True,
        "creditNote": False,
        "number": spec.number,
        "documentDate": spec.issue_date.isoformat(),
        "dueDate": spec.due_date.isoformat(),
        "currency": spec.currency,
        "exclVatAmount": format_amount(spec.subtotal),
        "vatBasisAmount": format_amount(spec.subtotal),
        "vatAmount": format_amount(spec.vat),
        "inclVatAmount": format_amount(spec.total),
        "usesApplicationResponse": spec.syntax == "oioubl",
        "acceptedApplicationResponseSent": False,
        "rejectedApplicationResponseSent": False,
        "accountingSupplier": _party_json(spec.supplier),
        "accountingCustomer": _party_json(spec.customer),
        "lines": lines,
        "paymentMeans": [means],
        "additionalDocuments": [],
    }
    if spec.delivery_date:
        out["deliveryDate"] = spec.delivery_date.isoformat()
    if spec.order_ref:
        out["orderReferenceId"] = spec.order_ref
    if spec.note:
        out["note"] = spec.note
    if spec.attachment:
        name, mime, _ = spec.attachment
        out["additionalDocuments"] = [
            {"index": 0, "name": name, "fileAttachment": True, "mimeCode": mime}
        ]
    return out


def build_einvoice(spec: EinvoiceSpec) -> tuple[bytes, JsonObject]:
    """The UBL XML body and the ``Einvoice`` wire object for one e-invoice."""
    return _xml(spec), _einvoice_json(spec)

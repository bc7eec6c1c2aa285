"""Seed data for the sandbox: "demo", "empty" and "large:N".

``build_seed(name, today)`` returns a :class:`SeedData` the store loads as it is. The
output is deterministic for a given ``today`` (all dates are relative to it); every
random choice comes from a ``random.Random`` with a fixed seed.

The demo's documents are drawn for real (see ``seed_documents``): PDF invoices and till
receipts in three layouts and four languages, phone photos of receipts (two of them
12 MP) stored rotated with an EXIF orientation, greyscale scans, a multi-page phone
bill, an e-mailed receipt as plain text and OIOUBL/PEPPOL e-invoices. Each document
carries its ``truth``; card-paid receipts have a bank posting with the same amount
0-3 days after the document date.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app.api.wire import vendor_today
from app.sandbox.seed_documents import (
    MONTHS_DA,
    CallRecord,
    InvoiceDoc,
    Line,
    Party,
    Payment,
    ReceiptDoc,
    Template,
    date_da,
    delivery_note_pdf,
    email_receipt_text,
    invoice_pdf,
    money,
    prepare_photo_fonts,
    receipt_pdf,
    receipt_photo_jpeg,
    scan_png,
    telecom_bill_pdf,
    when_at,
)
from app.sandbox.seed_einvoice import EinvoiceSpec, EParty, build_einvoice
from app.sandbox.seeddata import (
    JsonObject,
    SeedBankAccount,
    SeedBankBalance,
    SeedBankPosting,
    SeedComment,
    SeedCompany,
    SeedData,
    SeedFile,
    SeedTruth,
    SeedUser,
)

__all__ = [
    "CAFE_XID",
    "DEMO_PASSWORD",
    "DEMO_USER",
    "HOLM_XID",
    "MAIN_XID",
    "NO_ACCESS_USER",
    "SEED_NAMES",
    "build_seed",
]

SEED_NAMES = ("demo", "empty", "large:N")

DEMO_USER = "demo@example.dk"
NO_ACCESS_USER = "ingen@example.dk"
DEMO_PASSWORD = "demo1234"

MAIN_XID = 100000001
CAFE_XID = 100000002
HOLM_XID = 100000003
ADMIN_XID = 900000001

MAIN_DRIFT_XID = 200000001
MAIN_SAVINGS_XID = 200000002
CAFE_DRIFT_XID = 200000003

D = Decimal
PDF = "application/pdf"


def build_seed(name: str, today: date | None = None) -> SeedData:
    """The named seed: ``"demo"``, ``"empty"`` or ``"large:N"`` (N inbox documents)."""
    day = today or vendor_today()  # the day the store counts from (SandboxStore.today)
    if name == "demo":
        return _demo(day)
    if name == "empty":
        return _empty(day)
    if name.startswith("large:"):
        count_text = name.partition(":")[2]
        if not count_text.isdigit() or not 0 <= int(count_text) <= 1_000_000:
            raise ValueError(
                f"bad seed name {name!r}: 'large:N' needs a document count N from 0 to "
                "1000000, e.g. 'large:10000' (the seeds are 'demo', 'empty' and 'large:N')"
            )
        return _large(day, int(count_text))
    raise ValueError(
        f"unknown seed {name!r}: choose 'demo', 'empty' or 'large:N' (e.g. 'large:10000')"
    )


# --------------------------------------------------------------------------- identifiers


def _cvr(key: str) -> str:
    """A CVR number that passes the modulus-11 check, stable per key."""
    rng = random.Random(f"cvr:{key}")
    while True:
        digits = [rng.randint(1, 4)] + [rng.randint(0, 9) for _ in range(6)]
        total = sum(d * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
        check = -total % 11
        if check < 10:
            return "".join(str(d) for d in [*digits, check])


def _gln(key: str) -> str:
    """A 13-digit Danish GLN (579...) with a valid GS1 check digit."""
    rng = random.Random(f"gln:{key}")
    digits = [5, 7, 9] + [rng.randint(0, 9) for _ in range(9)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(str(d) for d in digits) + str(-total % 10)


_REG_NUMBERS = ("5301", "9570", "3409", "7851", "2211", "6846", "0400", "9315", "5470", "1551")


def _bank(key: str) -> tuple[str, str]:
    rng = random.Random(f"bank:{key}")
    return rng.choice(_REG_NUMBERS), f"{rng.randint(0, 99_999_999):010d}"


def _iban_dk(reg: str, account: str) -> str:
    bban = reg + account
    check = 98 - int(bban + "132000") % 97  # "DK" -> 13 20, then "00"
    return f"DK{check:02d}{bban}"


def _fik(rng: random.Random) -> tuple[str, str, str]:
    """(full FI line, instruction id, creditor number) of a +71 payment slip."""
    instruction = f"{rng.randint(0, 10**15 - 1):015d}"
    creditor = f"8{rng.randint(0, 9_999_999):07d}"
    return f"+71<{instruction}+{creditor}<", instruction, creditor


def _ref(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# --------------------------------------------------------------------------- suppliers


@dataclass(frozen=True)
class _Supplier:
    key: str
    party: Party
    bank_text: str
    template: Template = "classic"
    accent: tuple[float, float, float] = (0.16, 0.33, 0.55)
    terms_days: int = 14
    signature: str | None = None

    @property
    def payment(self) -> Payment:
        reg, account = _bank(self.key)
        return Payment(
            reg=reg,
            account=account,
            iban=_iban_dk(reg, account),
            terms=f"Netto {self.terms_days} dage",
        )


def _sup(
    key: str,
    name: str,
    street: str,
    zip_city: str,
    bank_text: str,
    template: Template = "classic",
    accent: tuple[float, float, float] = (0.16, 0.33, 0.55),
    *,
    phone: str | None = None,
    web: str | None = None,
    terms_days: int = 14,
    signature: str | None = None,
) -> _Supplier:
    domain = web or f"{key}.dk"
    party = Party(
        name=name,
        street=street,
        zip_city=zip_city,
        cvr=_cvr(key),
        phone=phone or f"{70 + len(key) % 20} {len(name) * 3 % 90 + 10} {len(street) + 10} 00",
        email=f"faktura@{domain}",
        web=f"www.{domain}",
    )
    return _Supplier(key, party, bank_text, template, accent, terms_days, signature)


S = {
    s.key: s
    for s in (
        _sup(
            "telia",
            "Telia Danmark",
            "Holmbladsgade 139",
            "2300 København S",
            "Betalingsservice Telia Danmark",
            "band",
            (0.6, 0.0, 0.6),
            phone="80 40 40 40",
            web="telia.dk",
        ),
        _sup(
            "mejlgaarden",
            "Ejendomsselskabet Mejlgården ApS",
            "Mejlgade 50",
            "8000 Aarhus C",
            "Husleje Mejlgården",
            "classic",
            (0.25, 0.25, 0.25),
        ),
        _sup(
            "kontorland",
            "Kontorland A/S",
            "Industrivej 12",
            "8600 Silkeborg",
            "Overførsel Kontorland A/S",
            "classic",
            (0.05, 0.45, 0.3),
            phone="86 82 11 00",
        ),
        _sup(
            "regnskabsportalen",
            "Regnskabsportalen ApS",
            "Strandvejen 60",
            "2900 Hellerup",
            "Visa/Dankort REGNSKABSPORTALEN.DK",
            "band",
            (0.0, 0.45, 0.7),
        ),
        _sup(
            "computerhuset",
            "Computerhuset Aarhus ApS",
            "Frederiks Allé 104",
            "8000 Aarhus C",
            "Overførsel Computerhuset Aarhus",
            "classic",
            (0.75, 0.1, 0.1),
        ),
        _sup(
            "elektronikhuset",
            "Elektronikhuset Jylland A/S",
            "Hasselager Centervej 18",
            "8260 Viby J",
            "Overførsel Elektronikhuset",
            "band",
            (0.1, 0.1, 0.35),
        ),
        _sup(
            "bruunkrogh",
            "Advokatfirmaet Bruun & Krogh",
            "Store Torv 8",
            "8000 Aarhus C",
            "FI-indbetaling Bruun & Krogh",
            "letter",
            terms_days=8,
            signature="Henrik Bruun, advokat",
        ),
        _sup(
            "dahlrevision",
            "Revisionsfirmaet Dahl & Co. ApS",
            "Vestergade 22",
            "8600 Silkeborg",
            "Overførsel Dahl & Co Revision",
            "letter",
            terms_days=14,
            signature="Per Dahl, statsaut. revisor",
        ),
        _sup(
            "loneravn",
            "Lone Ravn Tekst & Kommunikation",
            "Jægergårdsgade 75, 2. th.",
            "8000 Aarhus C",
            "Overførsel Lone Ravn",
            "letter",
            terms_days=8,
            signature="Lone Ravn",
        ),
        _sup(
            "ulrichbak",
            "Fotograf Ulrich Bak",
            "Åboulevarden 31",
            "8000 Aarhus C",
            "Overførsel Ulrich Bak Foto",
            "letter",
            terms_days=14,
            signature="Ulrich Bak",
        ),
        _sup(
            "gls",
            "GLS Denmark A/S",
            "Industrivej 14",
            "7000 Fredericia",
            "Betalingsservice GLS Denmark",
            "band",
            (0.0, 0.2, 0.55),
            web="gls-group.dk",
        ),
        _sup(
            "kaffekompagniet",
            "Kaffekompagniet ApS",
            "Vestergade 58",
            "8000 Aarhus C",
            "Overførsel Kaffekompagniet",
            "classic",
            (0.4, 0.25, 0.1),
        ),
        _sup(
            "trykogco",
            "Tryk & Co ApS",
            "Søren Frichs Vej 40",
            "8230 Åbyhøj",
            "Overførsel Tryk og Co",
            "band",
            (0.85, 0.35, 0.0),
        ),
        _sup(
            "designerforeningen",
            "Dansk Designerforening",
            "Bredgade 36",
            "1260 København K",
            "Betalingsservice Designerforeningen",
            "classic",
            (0.2, 0.2, 0.2),
            terms_days=30,
        ),
        _sup(
            "jenskjaer",
            "Tømrermester Jens Kjær ApS",
            "Tåstrupvej 9",
            "8462 Harlev J",
            "Overførsel Jens Kjær Tømrer",
            "classic",
            (0.3, 0.2, 0.1),
            terms_days=8,
        ),
        _sup(
            "laaseservice",
            "Aarhus Låseservice",
            "Ny Munkegade 12",
            "8000 Aarhus C",
            "Overførsel Aarhus Låseservice",
            "letter",
            terms_days=8,
            signature="Bent Jørgensen",
        ),
        _sup(
            "vvseksperten",
            "VVS-Eksperten ApS",
            "Ormslevvej 282",
            "8260 Viby J",
            "Overførsel VVS-Eksperten",
            "classic",
            (0.0, 0.35, 0.6),
            terms_days=8,
        ),
        _sup(
            "malerfirmaet",
            "Malerfirmaet Farve & Form",
            "Randersvej 301",
            "8200 Aarhus N",
            "Overførsel Farve og Form",
            "letter",
            terms_days=14,
            signature="Kim Pedersen",
        ),
        # Havnens Café
        _sup(
            "grossistenfyn",
            "Grossisten Fyn A/S",
            "Svendborgvej 226",
            "5260 Odense S",
            "Betalingsservice Grossisten Fyn",
            "classic",
            (0.1, 0.4, 0.1),
        ),
        _sup(
            "bryggeriet",
            "Bryggeriet Sydhavn ApS",
            "Frederiksgade 10",
            "5700 Svendborg",
            "Overførsel Bryggeriet Sydhavn",
            "band",
            (0.55, 0.35, 0.05),
        ),
        _sup(
            "kaffebraenderiet",
            "Kaffebrænderiet Sydfyn",
            "Vestergade 4",
            "5750 Ringe",
            "Overførsel Kaffebrænderiet",
            "letter",
            signature="Anders Nielsen",
        ),
        _sup(
            "koeleteknik",
            "Køleteknik Fyn ApS",
            "Tvedvej 40",
            "5700 Svendborg",
            "Overførsel Køleteknik Fyn",
            "classic",
            (0.0, 0.3, 0.5),
            terms_days=8,
        ),
        # Holm Revision
        _sup(
            "juridiskforlag",
            "Juridisk Forlag A/S",
            "Gothersgade 49",
            "1123 København K",
            "Betalingsservice Juridisk Forlag",
            "band",
            (0.1, 0.15, 0.3),
            terms_days=30,
        ),
    )
}


# --------------------------------------------------------------------------- receipts

_STORES: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    # key: (printed name, address lines, bank text, kind)
    "circlek": (
        "CIRCLE K VIBY J",
        ("Skanderborgvej 190", "8260 Viby J"),
        "Dankort-køb Circle K Viby J",
        "fuel",
    ),
    "q8": ("Q8 Randersvej", ("Randersvej 128", "8200 Aarhus N"), "Dankort-køb Q8 Aarhus N", "fuel"),
    "okplus": (
        "OK PLUS HØJBJERG",
        ("Holme Byvej 2", "8270 Højbjerg"),
        "Dankort-køb OK Plus Højbjerg",
        "fuel",
    ),
    "netto": ("NETTO", ("Frederiksgade 78", "8000 Aarhus C"), "Dankort-køb Netto Aarhus C", "food"),
    "foetex": (
        "føtex Aarhus C",
        ("Guldsmedgade 3", "8000 Aarhus C"),
        "Dankort-køb Føtex Aarhus C",
        "food",
    ),
    "bauhaus": (
        "BAUHAUS Aarhus",
        ("Ravnsøvej 1", "8240 Risskov"),
        "Dankort-køb Bauhaus Risskov",
        "diy",
    ),
    "jemogfix": ("JEM & FIX", ("Viborgvej 151", "8210 Aarhus V"), "Dankort-køb Jem og Fix", "diy"),
    "7eleven": (
        "7-Eleven Aarhus H",
        ("Banegårdspladsen 1", "8000 Aarhus C"),
        "Dankort-køb 7-Eleven Aarhus H",
        "kiosk",
    ),
    "havnekoekkenet": (
        "Havnekøkkenet",
        ("Havnegade 20", "8000 Aarhus C"),
        "Dankort-køb Havnekøkkenet",
        "restaurant",
    ),
    "englen": ("Café Englen", ("Studsgade 3", "8000 Aarhus C"), "Dankort-køb Cafe Englen", "cafe"),
    "sushi": (
        "Sushi Aarhus",
        ("Klostergade 34", "8000 Aarhus C"),
        "Visa/Dankort Sushi Aarhus",
        "restaurant",
    ),
    "mefisto": (
        "Restaurant Mefisto",
        ("Volden 28", "8000 Aarhus C"),
        "Visa/Dankort Restaurant Mefisto",
        "restaurant",
    ),
    "qpark": (
        "Q-Park Bruuns Galleri",
        ("M.P. Bruuns Gade 25", "8000 Aarhus C"),
        "Dankort-køb Q-Park Aarhus",
        "parking",
    ),
    "blomster": (
        "Blomsterbutikken Rosa",
        ("Jægergårdsgade 40", "8000 Aarhus C"),
        "Dankort-køb Blomster Rosa",
        "flowers",
    ),
    "bageren": (
        "Emmerys Bageri",
        ("Guldsmedgade 24", "8000 Aarhus C"),
        "Dankort-køb Emmerys Aarhus",
        "bakery",
    ),
    "normal": (
        "NORMAL Aarhus",
        ("Søndergade 43", "8000 Aarhus C"),
        "Dankort-køb Normal Aarhus",
        "kiosk",
    ),
    "foetexsvendborg": (
        "føtex Svendborg",
        ("Toldbodvej 1", "5700 Svendborg"),
        "Dankort-køb Føtex Svendborg",
        "food",
    ),
}

_ITEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "food": (
        ("Kaffebønner 500 g", "59.95"),
        ("Letmælk 1 L", "12.95"),
        ("Rugbrød", "22.00"),
        ("Kager 6 stk.", "45.00"),
        ("Bananer", "18.50"),
        ("Opvasketabs 40 stk.", "49.00"),
        ("Køkkenrulle 4 rl.", "32.00"),
        ("Danskvand 1,5 L", "10.00"),
        ("Smør 250 g", "24.95"),
        ("Æbler 1 kg", "20.00"),
        ("Chokolade", "28.00"),
        ("Servietter", "19.95"),
    ),
    "diy": (
        ("Skruer 4x40 200 stk.", "79.00"),
        ("Maling hvid 2,5 L", "349.00"),
        ("Forlængerledning 5 m", "129.00"),
        ("Hylde 80 cm", "199.00"),
        ("Batterier AA 8 stk.", "69.00"),
        ("Malertape 50 m", "39.95"),
        ("Rawplugs 100 stk.", "49.00"),
        ("LED pære E27", "59.00"),
    ),
    "kiosk": (
        ("Kaffe stor", "32.00"),
        ("Sandwich kylling", "45.00"),
        ("Vand 50 cl", "22.00"),
        ("Avis", "35.00"),
        ("Croissant", "22.00"),
        ("Post-it blok", "29.00"),
        ("USB-C kabel", "79.00"),
        ("Kuglepenne 3 stk.", "25.00"),
    ),
    "restaurant": (
        ("Dagens ret", "145.00"),
        ("Smørrebrød 3 stk.", "189.00"),
        ("Fiskefilet m. remoulade", "165.00"),
        ("Caesar salat", "139.00"),
        ("Stjerneskud", "159.00"),
        ("Hvidvin, glas", "85.00"),
        ("Sodavand", "35.00"),
        ("Kaffe", "38.00"),
        ("Fadøl 40 cl", "62.00"),
        ("Æblekage", "65.00"),
        ("Burger m. pommes", "175.00"),
    ),
    "cafe": (
        ("Cappuccino", "42.00"),
        ("Caffe latte", "45.00"),
        ("Chai latte", "45.00"),
        ("Brunch", "149.00"),
        ("Croissant m. ost", "39.00"),
        ("Kanelsnegl", "32.00"),
        ("Juice, frisk", "39.00"),
    ),
    "flowers": (
        ("Buket, blandet", "249.00"),
        ("Orkidé i potte", "199.00"),
        ("Kort", "15.00"),
        ("Gaveindpakning", "20.00"),
    ),
    "bakery": (
        ("Rundstykker 10 stk.", "60.00"),
        ("Wienerbrød 6 stk.", "96.00"),
        ("Kanelsnegl", "28.00"),
        ("Rugbrød, hel", "42.00"),
        ("Kagemand", "189.00"),
    ),
}


_FUELS = (("Miles95", "13.89"), ("Diesel", "12.49"), ("GoEasy 95", "13.59"))


def _receipt(
    rng: random.Random, store_key: str, when: datetime, *, items: int | None = None
) -> ReceiptDoc:
    name, address, _, kind = _STORES[store_key]
    chosen: list[tuple[str, Decimal]] = []
    if kind == "fuel":
        fuel, price = rng.choice(_FUELS)
        litres = money(D(rng.randint(2200, 5600)) / 100)
        chosen.append(
            (f"{fuel} {litres:.2f} L à {price}".replace(".", ","), money(litres * D(price)))
        )
        for text, amount in rng.sample(
            (
                ("Kaffe to go", "32.00"),
                ("Sprinklervæske", "59.00"),
                ("Hotdog", "35.00"),
                ("Vask Premium", "149.00"),
            ),
            rng.randint(0, 2),
        ):
            chosen.append((text, D(amount)))
    elif kind == "parking":
        hours = rng.randint(2, 6)
        chosen.append((f"Parkering {hours} t {rng.randint(0, 59):02d} min", D(hours * 35 + 20)))
    else:
        pool = _ITEMS[kind]
        count = items or rng.randint(2, min(6, len(pool)))
        for text, price in rng.sample(pool, count):
            qty = rng.choice((1, 1, 1, 2, 3)) if kind in ("food", "cafe", "restaurant") else 1
            chosen.append((f"{qty} x {text}" if qty > 1 else text, money(D(price) * qty)))
    return ReceiptDoc(
        store=name,
        address=address,
        cvr=_cvr(store_key),
        when=when,
        items=tuple(chosen),
        payment=rng.choice(("Dankort", "Visa/Dankort", "Mastercard")),
        card_last4="4417",
        receipt_no=str(rng.randint(10000, 99999)),
        cashier=f"Kasse {rng.randint(1, 9)}",
        phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
        footer=rng.choice(
            ("Tak for besøget!", "Tak for handlen - på gensyn", "Gem bonen - byttes inden 30 dage")
        ),
    )


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class _Pay:
    when: date
    text: str
    amount: Decimal  # negative: money out
    extra: str | None = None


@dataclass
class _Company:
    """Collects one company's documents and the bank postings they imply."""

    xid: int
    party: Party
    today: date
    rng: random.Random
    files: list[SeedFile] = field(default_factory=list)
    pays: list[_Pay] = field(default_factory=list)
    scan_no: int = 3
    # photos are Pillow-only work, drawn on worker threads while PyMuPDF draws the rest
    pool: Executor | None = None
    pending: dict[int, Future[bytes]] = field(default_factory=dict)

    def finished_files(self) -> list[SeedFile]:
        """The files, with the bodies of photos drawn in the background filled in."""
        return [
            replace(f, body=self.pending[i].result()) if i in self.pending else f
            for i, f in enumerate(self.files)
        ]

    def upload_date(self, doc_date: date, lo: int, hi: int) -> date:
        return min(self.today, doc_date + timedelta(days=self.rng.randint(lo, hi)))

    def add(
        self,
        *,
        content_type: str,
        file_name: str,
        friendly: str,
        body: bytes,
        truth: SeedTruth,
        uploaded: date,
        comments: Iterable[tuple[str, str]] = (),
        plain_text: str | None = None,
        einvoice: JsonObject | None = None,
        hidden: bool = False,
    ) -> None:
        made: list[SeedComment] = []
        stamp = datetime.combine(uploaded, time(9, 12))
        latest = datetime.combine(self.today, time(0, 0)) - timedelta(minutes=5)
        for author, text in comments:
            stamp += timedelta(hours=self.rng.randint(1, 30), minutes=self.rng.randint(0, 59))
            stamp = max(datetime.combine(uploaded, time(8, 0)), min(stamp, latest))
            user, real, initials = _AUTHORS[author]
            made.append(SeedComment(stamp, user, text, real, initials))
        self.files.append(
            SeedFile(
                company_xid=self.xid,
                content_type=content_type,
                file_name=file_name,
                friendly_filename=friendly,
                date=uploaded,
                body=body,
                plain_text=plain_text,
                einvoice=einvoice,
                comments=tuple(made),
                hidden=hidden,
                truth=truth,
            )
        )

    def pay_invoice(self, sup: _Supplier, doc: InvoiceDoc, how: str = "transfer") -> None:
        """A bank posting on the due date, if that has passed."""
        when = doc.due_date - timedelta(days=self.rng.randint(0, 2))
        if when > self.today:
            return
        text = sup.bank_text if how != "fik" else f"{sup.bank_text} +71"
        self.pays.append(_Pay(when, text, -doc.total, f"Faktura {doc.number}"))

    def pay_card(self, doc_date: date, text: str, amount: Decimal) -> None:
        """A card payment 0-3 days after the purchase (today at the latest)."""
        lag = self.rng.choice((0, 1, 1, 1, 2, 2, 3))
        when = min(self.today, doc_date + timedelta(days=lag))
        self.pays.append(_Pay(when, text, -amount))

    # -- kinds of documents

    def invoice(
        self,
        sup: _Supplier,
        issued: date,
        lines: Iterable[Line],
        *,
        number: str,
        file_name: str,
        friendly: str,
        comments: Iterable[tuple[str, str]] = (),
        reference: str | None = None,
        intro: str | None = None,
        title: str | None = None,
        pay: str | None = "transfer",
        payment: Payment | None = None,
        hidden: bool = False,
    ) -> InvoiceDoc:
        doc = InvoiceDoc(
            supplier=sup.party,
            customer=self.party,
            number=number,
            issue_date=issued,
            due_date=issued + timedelta(days=sup.terms_days),
            lines=tuple(lines),
            template=sup.template,
            date_style=self.rng.choice(("dot", "dash", "long")),
            payment=payment or sup.payment,
            customer_no=str(self.rng.randint(10000, 99999)),
            reference=reference,
            intro=intro,
            accent=sup.accent,
            title=title,
            signature=sup.signature,
        )
        self.add(
            content_type=PDF,
            file_name=file_name,
            friendly=friendly,
            body=invoice_pdf(doc),
            truth=_truth(doc),
            uploaded=self.upload_date(issued, 0, 2),
            comments=comments,
            hidden=hidden,
        )
        if pay == "card":
            self.pay_card(issued, sup.bank_text, doc.total)
        elif pay is not None:
            self.pay_invoice(sup, doc, pay)
        return doc

    def receipt(
        self,
        store: str,
        when: datetime,
        *,
        file_name: str,
        friendly: str,
        comments: Iterable[tuple[str, str]] = (),
        hidden: bool = False,
    ) -> ReceiptDoc:
        doc = _receipt(self.rng, store, when)
        self.add(
            content_type=PDF,
            file_name=file_name,
            friendly=friendly,
            body=receipt_pdf(doc),
            truth=_receipt_truth(doc),
            uploaded=self.upload_date(when.date(), 0, 3),
            comments=comments,
            hidden=hidden,
        )
        self.pay_card(when.date(), _card_text(store, doc), doc.total)
        return doc

    def photo(
        self,
        store: str,
        when: datetime,
        size: tuple[int, int],
        orientation: int,
        *,
        friendly: str,
        comments: Iterable[tuple[str, str]] = (),
    ) -> None:
        doc = _receipt(self.rng, store, when)
        taken = when + timedelta(minutes=self.rng.randint(1, 50), seconds=self.rng.randint(0, 59))
        seed = len(self.files) + self.xid % 97
        if self.pool is not None:
            prepare_photo_fonts()
            self.pending[len(self.files)] = self.pool.submit(
                receipt_photo_jpeg, doc, size, orientation, seed, taken=taken
            )
            body = b""
        else:
            body = receipt_photo_jpeg(doc, size, orientation, seed, taken=taken)
        self.add(
            content_type="image/jpeg",
            file_name=f"IMG_{taken:%Y%m%d_%H%M%S}.jpg",
            friendly=friendly,
            body=body,
            truth=_receipt_truth(doc),
            uploaded=taken.date(),
            comments=comments,
        )
        self.pay_card(when.date(), _card_text(store, doc), doc.total)

    def scan(
        self,
        sup: _Supplier,
        issued: date,
        lines: Iterable[Line],
        *,
        number: str,
        friendly: str,
        dpi: int = 150,
        comments: Iterable[tuple[str, str]] = (),
        intro: str | None = None,
    ) -> None:
        doc = InvoiceDoc(
            supplier=sup.party,
            customer=self.party,
            number=number,
            issue_date=issued,
            due_date=issued + timedelta(days=sup.terms_days),
            lines=tuple(lines),
            template=sup.template,
            date_style=self.rng.choice(("dot", "dash", "long")),
            payment=sup.payment,
            accent=sup.accent,
            intro=intro,
            signature=sup.signature,
        )
        self.scan_no += self.rng.randint(1, 4)
        self.add(
            content_type="image/png",
            file_name=f"scan{self.scan_no:04d}.png",
            friendly=friendly,
            body=scan_png(doc, dpi, self.scan_no),
            truth=_truth(doc),
            uploaded=self.upload_date(issued, 3, 10),
            comments=comments,
        )
        self.pay_invoice(sup, doc)


_AUTHORS = {
    "demo": (DEMO_USER, "Demo Bogholder", "DB"),
    "mette": ("mette@nordlysdesign.dk", "Mette Holm", "MH"),
    "soeren": ("soeren@nordlysdesign.dk", "Søren Madsen", "SM"),
    "karin": ("karin@havnenscafe.dk", "Karin Lund", "KL"),
}


def _card_text(store: str, doc: ReceiptDoc) -> str:
    text = _STORES[store][2]
    if doc.payment == "Mastercard":
        return text.replace("Dankort-køb", "Mastercard").replace("Visa/Dankort", "Mastercard")
    return text


def _truth(doc: InvoiceDoc) -> SeedTruth:
    return SeedTruth(
        document_date=doc.issue_date,
        total_incl_vat=doc.total,
        vat_amount=doc.vat,
        supplier_name=doc.supplier.name,
        supplier_cvr=doc.supplier.cvr,
    )


def _receipt_truth(doc: ReceiptDoc) -> SeedTruth:
    return SeedTruth(
        document_date=doc.when.date(),
        total_incl_vat=doc.total,
        vat_amount=doc.vat,
        supplier_name=doc.store,
        supplier_cvr=doc.cvr,
    )


def _month_start(today: date, back: int) -> date:
    month = today.month - 1 - back
    return date(today.year + month // 12, month % 12 + 1, 1)


def _days_ago(today: date, days: int) -> date:
    return today - timedelta(days=days)


def _iso(d: date) -> str:
    return d.isoformat()


# --------------------------------------------------------------------------- people


def _users() -> list[SeedUser]:
    return [
        SeedUser(
            user_name=DEMO_USER,
            password=DEMO_PASSWORD,
            real_name="Demo Bogholder",
            administrator_xid=ADMIN_XID,
            administrator_name="Regnskabshuset ApS",
            administrator_role="SUPER_USER",
            access_request_code="NRD481",
        ),
        SeedUser(
            user_name=NO_ACCESS_USER,
            password=DEMO_PASSWORD,
            real_name="Ingen Adgang",
            access_request_code="ING007",
        ),
    ]


MAIN_PARTY = Party(
    "Nordlys Design ApS",
    "Mejlgade 48, 1. sal",
    "8000 Aarhus C",
    cvr=_cvr("nordlys"),
    att="Mette Holm",
)
CAFE_PARTY = Party("Havnens Café I/S", "Havnepladsen 4", "5700 Svendborg", cvr=_cvr("havnen"))
HOLM_PARTY = Party("Holm Revision ApS", "Nørregade 17", "7100 Vejle", cvr=_cvr("holmrev"))


def _main_company() -> SeedCompany:
    return SeedCompany(MAIN_XID, MAIN_PARTY.name, MAIN_PARTY.cvr or "")


# --------------------------------------------------------------------------- demo: main


def _rent_lines(quarter: int, year: int) -> tuple[Line, ...]:
    return (
        Line(f"Husleje {quarter}. kvartal {year}, kontor 1. sal", D(3), "md.", D("14500.00")),
        Line("Aconto varme", D(3), "md.", D("850.00")),
        Line("Aconto vand og renovation", D(3), "md.", D("210.00")),
        Line("Fællesudgifter", D(3), "md.", D("395.00")),
    )


_RENT_TOTAL = money(sum((line.amount for line in _rent_lines(1, 2000)), D(0)) * D("1.25"))


def _telia(c: _Company, today: date) -> None:
    """Six monthly phone bills; the latest finished month comes with 3 specification pages."""
    sup = S["telia"]
    reg, account = _bank("telia")
    bills = [(back, _month_start(today, back - 1) + timedelta(days=4)) for back in range(7, 0, -1)]
    bills = [(back, issued) for back, issued in bills if issued <= today][-6:]
    for back, issued in bills:
        period_start = _month_start(today, back)
        period = (
            f"{date_da(period_start)} - {date_da(_month_start(today, back - 1) - timedelta(1))}"
        )
        month_name = MONTHS_DA[period_start.month - 1]
        number = f"{issued:%y}{40_000_000 + back * 7_331 + c.rng.randint(0, 999):08d}"
        subs = (
            Line("Telia Erhverv Mobil 50 GB", D(3), "stk.", D("159.20")),
            Line("Mobilt bredbånd 200 GB", D(1), "stk.", D("199.20")),
        )
        multi = back == bills[-1][0]
        records: list[CallRecord] = []
        if multi:
            for _ in range(c.rng.randint(100, 125)):
                day = period_start + timedelta(days=c.rng.randint(0, 27))
                moment = when_at(day, c.rng, 7, 21)
                kind = c.rng.choice(("Opkald til",) * 6 + ("SMS til",) * 3 + ("Data roaming EU",))
                number_called = (
                    f"{c.rng.randint(20, 99)} {c.rng.randint(10, 99)} "
                    f"{c.rng.randint(10, 99)} {c.rng.randint(10, 99)}"
                )
                if kind.startswith("Data"):
                    records.append(
                        CallRecord(moment, "", kind, f"{c.rng.randint(5, 900)} MB", D(0))
                    )
                elif kind.startswith("SMS"):
                    records.append(CallRecord(moment, number_called, kind, "1 stk.", D("0.00")))
                else:
                    secs = c.rng.randint(8, 1800)
                    price = D(0) if c.rng.random() < 0.8 else money(D(secs) / 60 * D("0.49"))
                    records.append(
                        CallRecord(
                            moment, number_called, kind, f"{secs // 60}:{secs % 60:02d}", price
                        )
                    )
            records.sort(key=lambda r: r.when)
            records.append(
                CallRecord(
                    datetime.combine(period_start + timedelta(days=12), time(14, 3)),
                    "+46 70 123 45 67",
                    "Opkald udland (Sverige)",
                    "23:41",
                    D("87.90"),
                )
            )
            usage = money(sum((r.amount for r in records), D(0)))
        else:
            usage = money(D(c.rng.randint(0, 9000)) / 100)
        lines = (*subs, Line("Forbrug (se specifikation)", D(1), "stk.", usage))
        doc = InvoiceDoc(
            supplier=sup.party,
            customer=c.party,
            number=number,
            issue_date=issued,
            due_date=issued + timedelta(days=21),
            lines=lines,
            template="band",
            date_style="dash",
            accent=sup.accent,
            payment=Payment(reg=reg, account=account, terms="Betalingsservice"),
            customer_no="7012 4455",
            reference=f"Periode {month_name}",
        )
        if multi:
            body = telecom_bill_pdf(doc, tuple(records), "20 12 34 56 (Mette Holm)", period)
        else:
            body = invoice_pdf(doc)
        c.add(
            content_type=PDF,
            file_name=f"faktura_{_iso(issued)}_telia.pdf",
            friendly=f"Telia faktura {month_name}",
            body=body,
            truth=_truth(doc),
            uploaded=c.upload_date(issued, 0, 1),
            comments=[("demo", "Udlandsopkald til Sverige - kundemøde Lund? Spørg Mette.")]
            if multi
            else (),
        )
        c.pay_invoice(sup, doc, "bs")


def _main_documents(c: _Company, today: date) -> None:
    rng = c.rng

    def ago(days: int) -> date:
        return _days_ago(today, days)

    _telia(c, today)

    # rent, quarterly (the bank has the same amount for the quarters before these)
    sup = S["mejlgaarden"]
    for back in (1, 0):
        quarter_start = _month_start(today, (today.month - 1) % 3 + 3 * back)
        issued = quarter_start - timedelta(days=14)
        q = (quarter_start.month - 1) // 3 + 1
        c.invoice(
            sup,
            issued,
            _rent_lines(q, quarter_start.year),
            number=f"{quarter_start.year}-{q}-0148",
            title="Huslejeopkrævning",
            file_name=f"Huslejeopkraevning_Q{q}_{quarter_start.year}.pdf",
            friendly=f"Husleje {q}. kvartal {quarter_start.year}",
            comments=[("mette", "Husk at varmeregnskabet kommer i marts")] if back else (),
        )

    # office supplies
    for days, office_no in ((162, 104311), (97, 104377), (23, 104522)):
        picks = rng.sample(
            [
                ("Kopipapir A4 80 g, 5 x 500 ark", "kasse", "189.00"),
                ("Kuglepenne blå, 10 stk.", "pk.", "49.95"),
                ("Ringbind A4, 40 mm", "stk.", "18.50"),
                ("Toner HP 305A sort", "stk.", "649.00"),
                ("Post-it 76x76, 12 blokke", "pk.", "89.00"),
                ("Kaffefiltre nr. 4", "pk.", "24.95"),
                ("Whiteboardtusch, 4 farver", "pk.", "59.00"),
                ("Skriveunderlag A2", "stk.", "229.00"),
                ("Kuverter C5, 500 stk.", "kasse", "245.00"),
            ],
            rng.randint(2, 5),
        )
        c.invoice(
            S["kontorland"],
            ago(days),
            [Line(t, D(rng.randint(1, 6)), u, D(p)) for t, u, p in picks],
            number=str(office_no),
            file_name=f"Faktura_{office_no}.pdf",
            friendly=f"Kontorland faktura {office_no}",
            reference="Mette Holm",
            comments=[("demo", "Husk at spørge Mette om projektnummer")]
            if office_no == 104377
            else (),
        )

    # software, paid by card
    for days in (60, 29):
        issued = ago(days)
        c.invoice(
            S["regnskabsportalen"],
            issued,
            (
                Line("Regnskabsportalen Pro, 1 md.", D(1), "md.", D("299.00")),
                Line("Ekstra bruger", D(2), "stk.", D("49.00")),
            ),
            number=f"RP-{issued:%y%m}-{rng.randint(1000, 9999)}",
            file_name=f"regnskabsportalen_{issued:%Y-%m}.pdf",
            friendly=f"Regnskabsportalen {MONTHS_DA[issued.month - 1]}",
            pay="card",
            payment=Payment(card="Betalt med Visa/Dankort **** 4417", terms="Forudbetalt"),
        )

    # hardware
    c.invoice(
        S["computerhuset"],
        ago(131),
        (
            Line('MacBook Air 13" M3, 16 GB / 512 GB', D(1), "stk.", D("10396.00")),
            Line("USB-C hub, 7-i-1", D(1), "stk.", D("399.20")),
            Line("AppleCare+ 3 år", D(1), "stk.", D("1599.20")),
        ),
        number="2026-3381",
        file_name=f"faktura_{_iso(ago(131))}_computerhuset.pdf",
        friendly="Computerhuset - ny MacBook til Søren",
        comments=[
            ("demo", "Aktiveres som driftsmiddel - over småaktivgrænsen"),
            ("mette", "Ja, den er til Søren. Serienr. står på følgesedlen."),
        ],
    )
    c.invoice(
        S["elektronikhuset"],
        ago(74),
        (
            Line('Skærm Dell 27" 4K U2723QE', D(2), "stk.", D("3596.00")),
            Line("Skærmarm, dobbelt", D(1), "stk.", D("639.20")),
            Line("Levering", D(1), "stk.", D("79.20")),
        ),
        number="EH-559120",
        file_name="Elektronikhuset_faktura_EH-559120.pdf",
        friendly="Skærme til kontoret",
    )

    # consultants
    fik, _, _ = _fik(rng)
    reg, account = _bank("bruunkrogh")
    c.invoice(
        S["bruunkrogh"],
        ago(118),
        (
            Line(
                "Gennemgang af samarbejdsaftale med Aarhus Kommune", D("4.5"), "timer", D("2150.00")
            ),
            Line("Udarbejdelse af standardvilkår for designopgaver", D("3"), "timer", D("2150.00")),
        ),
        number="24-1187",
        file_name="Bruun_Krogh_faktura_24-1187.pdf",
        friendly="Advokat - samarbejdsaftale",
        intro="Vedrørende: Juridisk bistand, sag 24-0311 Nordlys Design ApS",
        payment=Payment(fik=fik, terms="Netto 8 dage", reg=reg, account=account),
        pay="fik",
        comments=[("demo", "Del af projekt Aarhus Kommune - viderefaktureres ikke")],
    )
    c.invoice(
        S["dahlrevision"],
        ago(150),
        (
            Line("Udarbejdelse af årsrapport 2025", D(1), "stk.", D("18500.00")),
            Line("Selskabsselvangivelse", D(1), "stk.", D("3500.00")),
            Line("Indberetning til Erhvervsstyrelsen", D(1), "stk.", D("750.00")),
        ),
        number="2026-0412",
        file_name="Dahl_faktura_2026-0412.pdf",
        friendly="Revisor årsrapport 2025",
        intro="Vedrørende: Regnskabsassistance for regnskabsåret 2025",
    )
    for days, n, hours in ((139, "2026-031", "6"), (44, "2026-058", "11.5")):
        c.invoice(
            S["loneravn"],
            ago(days),
            (Line("Tekstforfatning, hjemmeside og brochure", D(hours), "timer", D("695.00")),),
            number=n,
            file_name=f"LoneRavn_faktura_{n}.pdf",
            friendly=f"Lone Ravn tekster {n}",
            intro="Tekster til kundeprojekt for Mikkelsen Arkitekter",
            comments=[("mette", "Viderefaktureres til Mikkelsen Arkitekter")] if days < 60 else (),
        )
    c.invoice(
        S["ulrichbak"],
        ago(88),
        (
            Line("Fotografering, halv dag", D(1), "stk.", D("4200.00")),
            Line("Billedbehandling, 40 billeder", D(40), "stk.", D("45.00")),
            Line("Kørsel", D(62), "km", D("3.73")),
        ),
        number="UB-2026-77",
        file_name="UB-2026-77.pdf",
        friendly="Fotograf - produktbilleder",
    )

    # freight, coffee, print, membership
    for days, n in ((109, "4410293"), (18, "4418820")):
        pk = rng.randint(4, 14)
        c.invoice(
            S["gls"],
            ago(days),
            (
                Line("Pakker Danmark, erhverv", D(pk), "stk.", D("62.00")),
                Line("Brændstoftillæg", D(1), "stk.", money(D(pk) * D("62.00") * D("0.115"))),
                Line("Miljøtillæg", D(pk), "stk.", D("2.40")),
            ),
            number=n,
            file_name=f"GLS_Invoice_{n}.pdf",
            friendly=f"GLS fragt {n}",
            pay="bs",
        )
    for days, n in ((125, "K-8812"), (39, "K-9140")):
        c.invoice(
            S["kaffekompagniet"],
            ago(days),
            (
                Line(
                    "Kaffebønner, Espresso Nordlys 1 kg", D(rng.randint(2, 4)), "stk.", D("219.00")
                ),
                Line("Leje af espressomaskine", D(1), "md.", D("395.00")),
            ),
            number=n,
            file_name=f"faktura_{_iso(ago(days))}_kaffekompagniet.pdf",
            friendly=f"Kaffe {MONTHS_DA[ago(days).month - 1]}",
        )
    for days, n, job in (
        (146, "21877", "Visitkort 4 pers. x 250 stk."),
        (55, "22390", "Folder A5, 8 sider, 1.000 stk."),
    ):
        c.invoice(
            S["trykogco"],
            ago(days),
            (
                Line(job, D(1), "stk.", D(rng.randint(900, 4200))),
                Line("Korrektur og filtjek", D(1), "stk.", D("250.00")),
            ),
            number=n,
            file_name=f"TrykCo_{n}.pdf",
            friendly=f"Tryk & Co tryksager {n}",
            reference="Projekt Mikkelsen",
            comments=[("soeren", "Mikkelsen-projektet. Skal med på deres faktura")]
            if n == "22390"
            else (),
        )
    c.invoice(
        S["designerforeningen"],
        ago(171),
        (Line("Kontingent 2026, virksomhedsmedlem", D(1), "år", D("3200.00")),),
        number="M-2026-1130",
        file_name="Kontingent_2026.pdf",
        friendly="Kontingent 2026",
        pay="bs",
        comments=[("demo", "Forudbetalt for hele året, periodiseres")],
    )

    # foreign invoices: English (DKK, charged Danish VAT; and EUR), German, French
    pix = Party(
        "Pixelforge Software Ltd",
        "2 Grand Canal Square",
        "Dublin 2, D02 A342",
        country="Ireland",
        vat_id="IE3456789KH",
        email="billing@pixelforge.io",
        web="www.pixelforge.io",
    )
    for days in (71, 41):
        issued = ago(days)
        doc = InvoiceDoc(
            pix,
            c.party,
            f"PF-{issued:%Y%m}-{rng.randint(10000, 99999)}",
            issued,
            issued,
            (Line("Pixelforge Studio - Team plan, 3 seats", D(3), "seat", D("135.00")),),
            lang="en",
            template="band",
            accent=(0.35, 0.2, 0.7),
            payment=Payment(card="Paid by Visa ending in 4417. Thank you!", terms="Paid"),
        )
        c.add(
            content_type=PDF,
            file_name=f"pixelforge-invoice-{doc.number}.pdf",
            friendly=f"Pixelforge {MONTHS_DA[issued.month - 1]}",
            body=invoice_pdf(doc),
            truth=_truth(doc),
            uploaded=c.upload_date(issued, 0, 2),
        )
        c.pay_card(issued, "Visa/Dankort PIXELFORGE.IO DUBLIN", doc.total)
    eur = [
        (
            InvoiceDoc(
                Party(
                    "Northwind Events Ltd",
                    "14 Merrion Square",
                    "Dublin 2, D02 VX96",
                    country="Ireland",
                    vat_id="IE9876543T",
                    email="tickets@northwind-events.ie",
                ),
                c.party,
                "NW-26-00871",
                ago(127),
                ago(127),
                (
                    Line("Conference pass - Design Systems Europe", D(2), "pcs", D("395.00")),
                    Line("Workshop: Accessible colour systems", D(1), "pcs", D("145.00")),
                ),
                lang="en",
                currency="EUR",
                vat_rate=D(23),
                template="classic",
                payment=Payment(card="Paid by card (Visa **** 4417)", terms="Paid in full"),
            ),
            "northwind",
            "Konferencebilletter Dublin",
        ),
        (
            InvoiceDoc(
                Party(
                    "Hotel Alsterblick GmbH",
                    "An der Alster 52",
                    "20099 Hamburg",
                    country="Deutschland",
                    vat_id="DE287654321",
                    phone="+49 40 2880 1100",
                    email="rezeption@alsterblick-hotel.de",
                ),
                c.party,
                "R-2026-15532",
                ago(95),
                ago(95),
                (
                    Line("Übernachtung Einzelzimmer", D(2), "Nacht", D("139.00")),
                    Line("Übernachtung Doppelzimmer", D(2), "Nacht", D("172.00")),
                ),
                lang="de",
                currency="EUR",
                vat_rate=D(7),
                template="classic",
                accent=(0.0, 0.3, 0.3),
                payment=Payment(card="Bezahlt mit Visa **** 4417", terms="Sofort"),
            ),
            "alsterblick",
            "Hotel Hamburg messe",
        ),
        (
            InvoiceDoc(
                Party(
                    "Atelier Lumière SARL",
                    "18 rue de Turenne",
                    "75004 Paris",
                    country="France",
                    vat_id="FR42512345678",
                    email="contact@atelier-lumiere.fr",
                ),
                c.party,
                "F2026-0219",
                ago(57),
                ago(57) + timedelta(days=30),
                (
                    Line("Impression fine art 50 x 70 cm", D(3), "pièce", D("120.00")),
                    Line("Encadrement chêne", D(3), "pièce", D("85.00")),
                    Line("Emballage et livraison", D(1), "forfait", D("60.00")),
                ),
                lang="fr",
                currency="EUR",
                vat_rate=D(20),
                template="band",
                accent=(0.6, 0.1, 0.2),
                payment=Payment(
                    iban="FR7630006000011234567890189", bic="AGRIFRPP", terms="30 jours"
                ),
            ),
            "atelierlumiere",
            "Atelier Lumière plakater",
        ),
    ]
    for doc, slug, friendly in eur:
        c.add(
            content_type=PDF,
            file_name=f"{slug}_{doc.number}.pdf",
            friendly=friendly,
            body=invoice_pdf(doc),
            truth=_truth(doc),
            uploaded=c.upload_date(doc.issue_date, 1, 4),
            comments=[("demo", "EUR - kurs fra kontoudtog")] if slug == "alsterblick" else (),
        )
        when = min(today, doc.due_date + timedelta(days=1))
        rate = D("7.4612") + D(rng.randint(0, 40)) / 10000
        c.pays.append(
            _Pay(
                when,
                f"Visa-køb {slug.upper()} EUR {doc.total:.2f}".replace(".", ","),
                -money(doc.total * rate * D("1.01")),
                f"Kurs {rate}".replace(".", ","),
            )
        )

    # till receipts e-mailed as PDF
    receipts = [
        (
            "havnekoekkenet",
            167,
            "Frokost kundemøde Havnekøkkenet",
            [("mette", "Frokost med Mikkelsen Arkitekter - 4 personer")],
        ),
        ("englen", 152, "Café Englen møde", ()),
        ("circlek", 144, "Circle K benzin", ()),
        (
            "sushi",
            121,
            "Sushi Aarhus - julefrokost planlægning",
            [
                ("mette", "Er det her vores eller privat?"),
                ("demo", "Firmaets - det var planlægningsmødet for julefrokosten."),
            ],
        ),
        ("q8", 103, "Q8 diesel", ()),
        (
            "mefisto",
            86,
            "Restaurant Mefisto kundemiddag",
            [("demo", "Repræsentation - kun 25 % momsfradrag")],
        ),
        ("qpark", 68, "Parkering Bruuns Galleri", ()),
        ("okplus", 50, "OK benzin", ()),
        (
            "blomster",
            36,
            "Blomster til Anne (fødselsdag)",
            [("soeren", "Gave til kunde - ikke fradrag for moms")],
        ),
        ("bageren", 27, "Morgenbrød til workshop", ()),
        ("normal", 13, "Normal - småindkøb", ()),
        ("havnekoekkenet", 6, "Frokost med fotograf", ()),
    ]
    for store, days, friendly, comments in receipts:
        when = when_at(ago(days), rng, 8, 21)
        c.receipt(
            store,
            when,
            file_name=f"kvittering_{_iso(when.date())}_{store}.pdf",
            friendly=friendly,
            comments=comments,
        )
    for store, days, friendly in (("circlek", 9, "Circle K"), ("foetex", 3, "Føtex kaffe mv.")):
        when = when_at(ago(days), rng, 8, 20)
        c.receipt(
            store,
            when,
            file_name=f"Receipt-{_iso(when.date())}.pdf",
            friendly=friendly,
            hidden=True,
        )

    # phone photos: two at 12 MP, the rest 3-8 MP
    photos = [
        ("circlek", 158, (3000, 4000), 6, "Kvittering Circle K", ()),
        (
            "bauhaus",
            116,
            (3000, 4000),
            8,
            "Bauhaus - hylder til lageret",
            [("soeren", "Hylder til lagerrummet")],
        ),
        ("netto", 99, (1944, 2592), 6, "Netto - mødeforplejning", ()),
        ("englen", 81, (2448, 3264), 3, "Café Englen", ()),
        ("7eleven", 62, (1944, 2592), 1, "7-Eleven kaffe og sandwich", ()),
        (
            "okplus",
            34,
            (2448, 3264),
            6,
            "OK Plus benzin",
            [("demo", "Kørsel til kundemøde i Vejle - kørebog?")],
        ),
        ("jemogfix", 16, (1944, 2592), 8, "Jem & Fix maling", ()),
        ("foetex", 2, (1944, 2592), 6, "Føtex - kage til fredagsbar", ()),
    ]
    for store, days, size, orientation, friendly, comments in photos:
        c.photo(
            store,
            when_at(ago(days), rng, 9, 19),
            size,
            orientation,
            friendly=friendly,
            comments=comments,
        )

    # scans of paper invoices
    c.scan(
        S["jenskjaer"],
        ago(136),
        (
            Line("Opsætning af skillevæg, mødelokale", D(14), "timer", D("495.00")),
            Line("Materialer: gips, skinner, skruer", D(1), "stk.", D("2875.00")),
        ),
        number="1544",
        friendly="Tømrer skillevæg",
    )
    c.scan(
        S["laaseservice"],
        ago(92),
        (
            Line("Udskiftning af cylinder, hoveddør", D(1), "stk.", D("1495.00")),
            Line("Nøgler, systemnøgle", D(6), "stk.", D("189.00")),
            Line("Kørsel", D(1), "stk.", D("295.00")),
        ),
        number="7781",
        friendly="Låsesmed nye nøgler",
        dpi=200,
        comments=[("mette", "Nøgler til de nye ansatte")],
    )
    c.scan(
        S["vvseksperten"],
        ago(48),
        (
            Line("Reparation af toilet, udskiftning af cisterne", D(2), "timer", D("625.00")),
            Line("Cisterne Geberit", D(1), "stk.", D("1890.00")),
            Line("Kørsel", D(1), "stk.", D("350.00")),
        ),
        number="30-2217",
        friendly="VVS reparation toilet",
    )
    c.scan(
        S["malerfirmaet"],
        ago(11),
        (
            Line("Maling af mødelokale, vægge og loft", D(1), "stk.", D("8400.00")),
            Line("Spartling og afdækning", D(5), "timer", D("450.00")),
        ),
        number="2026/115",
        friendly="Maler mødelokale",
        dpi=200,
        intro="Vedr. malerarbejde Mejlgade 48, 1. sal",
    )

    # a webshop receipt pasted from an e-mail (text/plain)
    when = when_at(ago(66), rng, 10, 22)
    order_doc = ReceiptDoc(
        store="Netbutikken.dk",
        address=("Vestre Ringgade 200", "8000 Aarhus C"),
        cvr=_cvr("netbutikken"),
        when=when,
        items=(
            ("Logitech MX Master 3S mus", D("699.00")),
            ("USB-C kabel 2 m", D("129.00")),
            ("Wacom Intuos M tegneplade", D("1249.00")),
            ("Fragt", D("39.00")),
        ),
        payment="Visa/Dankort",
        card_last4="4417",
    )
    order = f"2026-{rng.randint(40000, 49999)}"
    text = email_receipt_text(
        order_doc,
        "ordre@netbutikken.dk",
        "mette@nordlysdesign.dk",
        order,
        "Vestre Ringgade 200, 8000 Aarhus C - www.netbutikken.dk",
    )
    c.add(
        content_type="text/plain",
        file_name=f"ordrebekraeftelse_netbutikken_{order}.txt",
        friendly="Netbutikken ordre mus og tegneplade",
        body=text.encode("utf-8"),
        plain_text=text,
        truth=_receipt_truth(order_doc),
        uploaded=c.upload_date(when.date(), 0, 1),
        comments=[("demo", "Mangler følgeseddel - er varerne modtaget?")],
    )
    c.pay_card(when.date(), "Visa/Dankort NETBUTIKKEN.DK", order_doc.total)

    _main_einvoices(c, today)


def _eparty_of(
    sup: _Supplier, street: str, building: str, *, gln: bool = False, contact: str | None = None
) -> EParty:
    zip_code, _, city = sup.party.zip_city.partition(" ")
    return EParty(
        name=sup.party.name,
        cvr=sup.party.cvr or "",
        street=street,
        building=building,
        city=city,
        zip=zip_code,
        gln=_gln(sup.key) if gln else None,
        contact=contact,
        email=sup.party.email,
    )


def _main_einvoices(c: _Company, today: date) -> None:
    rng = c.rng
    buyer = EParty(
        name=c.party.name,
        cvr=c.party.cvr or "",
        street="Mejlgade",
        building="48",
        city="Aarhus C",
        zip="8000",
        contact="Mette Holm",
        email="mette@nordlysdesign.dk",
    )
    skinnende = _sup(
        "skinnende",
        "Rengøringsfirmaet Skinnende ApS",
        "Hasselager Allé 5",
        "8260 Viby J",
        "Overførsel Skinnende Rengøring",
    )
    energi = _sup(
        "oestjyskenergi",
        "Østjysk Energi A/S",
        "Søren Nymarks Vej 6",
        "8270 Højbjerg",
        "FI-indbetaling Østjysk Energi",
        terms_days=20,
    )
    webhotel = _sup(
        "webhotellet",
        "Webhotellet Danmark ApS",
        "Niels Jernes Vej 10",
        "9220 Aalborg Øst",
        "Overførsel Webhotellet Danmark",
    )
    kontorland = S["kontorland"]
    fik_line, instruction, creditor = _fik(rng)
    del fik_line
    specs: list[tuple[EinvoiceSpec, _Supplier, str, str]] = []
    for back in (1,):
        month = _month_start(today, back)
        issued = _month_start(today, back - 1)
        if issued > today:
            continue
        reg, account = _bank(skinnende.key)
        mname = MONTHS_DA[month.month - 1]
        specs.append(
            (
                EinvoiceSpec(
                    syntax="oioubl",
                    supplier=_eparty_of(skinnende, "Hasselager Allé", "5", contact="Bogholderiet"),
                    customer=buyer,
                    number=f"{issued:%Y}{rng.randint(1000, 9999)}",
                    issue_date=issued,
                    due_date=issued + timedelta(days=14),
                    lines=(
                        ("REN-01", Line(f"Erhvervsrengøring {mname}", D(1), "md.", D("2450.00"))),
                        ("VIN-02", Line("Vinduespolering", D(1), "stk.", D("450.00"))),
                    ),
                    payment="bank",
                    reg=reg,
                    account=account,
                    order_ref="Aftale 2024-17",
                    note=f"Rengøring {mname} {month.year}",
                    delivery_date=issued - timedelta(days=1),
                ),
                skinnende,
                f"OIOUBL_skinnende_{issued:%Y-%m}.xml",
                f"Rengøring {mname}",
            )
        )
    issued = _days_ago(today, 38)
    kwh = rng.randint(700, 950)
    specs.append(
        (
            EinvoiceSpec(
                syntax="oioubl",
                supplier=_eparty_of(energi, "Søren Nymarks Vej", "6", gln=True),
                customer=buyer,
                number=f"5{rng.randint(10**8, 10**9 - 1)}",
                issue_date=issued,
                due_date=issued + timedelta(days=20),
                lines=(
                    ("EL-FORBRUG", Line(f"Elforbrug, {kwh} kWh", D(kwh), "kWh", D("2.15"))),
                    ("EL-ABON", Line("Abonnement, erhverv", D(3), "md.", D("39.00"))),
                    ("NET-TARIF", Line("Nettarif og transport", D(kwh), "kWh", D("0.42"))),
                ),
                payment="fik",
                fik_creditor=creditor,
                fik_instruction=instruction,
                note="Kvartalsafregning el, Mejlgade 48, 1. sal",
            ),
            energi,
            f"Faktura_{issued:%Y%m%d}_ostjysk_energi.xml",
            "Elregning kvartal",
        )
    )
    issued = _days_ago(today, 84)
    reg, account = _bank(webhotel.key)
    specs.append(
        (
            EinvoiceSpec(
                syntax="peppol",
                supplier=_eparty_of(webhotel, "Niels Jernes Vej", "10"),
                customer=buyer,
                number=f"WH{rng.randint(100000, 999999)}",
                issue_date=issued,
                due_date=issued + timedelta(days=14),
                lines=(
                    ("WEB-BUS-12", Line("Webhotel Business, 12 mdr.", D(12), "md.", D("99.00"))),
                    ("DOM-DK", Line("Domæne nordlysdesign.dk, 1 år", D(1), "stk.", D("95.00"))),
                    ("SSL", Line("SSL-certifikat, wildcard", D(1), "stk.", D("490.00"))),
                ),
                payment="bank",
                reg=reg,
                account=account,
                order_ref="Kundenr. 88213",
            ),
            webhotel,
            f"peppol_invoice_{issued:%Y%m%d}.xml",
            "Webhotel og domæne",
        )
    )
    issued = _days_ago(today, 8)
    reg, account = _bank(kontorland.key)
    note = delivery_note_pdf(
        kontorland.party,
        c.party,
        "FS-88120",
        issued - timedelta(days=2),
        (
            ("KS-2231", "Kontorstol ergonomisk, sort", D(2), "stk."),
            ("HS-160", "Hæve-sænkebord 160 x 80", D(1), "stk."),
        ),
        "PO-2026-031",
    )
    specs.append(
        (
            EinvoiceSpec(
                syntax="oioubl",
                supplier=_eparty_of(kontorland, "Industrivej", "12", contact="Kundeservice"),
                customer=buyer,
                number="104601",
                issue_date=issued,
                due_date=issued + timedelta(days=14),
                lines=(
                    ("KS-2231", Line("Kontorstol ergonomisk, sort", D(2), "stk.", D("1996.00"))),
                    ("HS-160", Line("Hæve-sænkebord 160 x 80", D(1), "stk.", D("3196.00"))),
                    ("LEV", Line("Levering og montering", D(1), "stk.", D("480.00"))),
                ),
                payment="bank",
                reg=reg,
                account=account,
                order_ref="PO-2026-031",
                delivery_date=issued - timedelta(days=2),
                attachment=("Foelgeseddel_FS-88120.pdf", "application/pdf", note),
            ),
            kontorland,
            "OIOUBL_104601.xml",
            "Kontorland e-faktura møbler",
        )
    )

    for spec, sup, file_name, friendly in specs:
        body, einvoice = build_einvoice(spec)
        c.add(
            content_type="application/xml",
            file_name=file_name,
            friendly=friendly,
            body=body,
            einvoice=einvoice,
            uploaded=spec.issue_date,
            truth=SeedTruth(
                spec.issue_date, spec.total, spec.vat, spec.supplier.name, spec.supplier.cvr
            ),
            comments=[("mette", "Er stolene leveret? Jeg har kun set den ene.")]
            if sup is kontorland
            else (),
        )
        when = spec.due_date - timedelta(days=rng.randint(0, 2))
        if when <= today:
            c.pays.append(_Pay(when, sup.bank_text, -spec.total, f"Faktura {spec.number}"))


# --------------------------------------------------------------------------- demo: others


def _cafe_documents(c: _Company, today: date) -> None:
    rng = c.rng
    c.invoice(
        S["grossistenfyn"],
        _days_ago(today, 52),
        (
            Line("Mælk, økologisk 1 L", D(48), "stk.", D("11.20")),
            Line("Smør 250 g", D(20), "stk.", D("17.60")),
            Line("Hvedemel 25 kg", D(2), "stk.", D("189.00")),
            Line("Æg, skrabeæg 180 stk.", D(1), "kasse", D("412.00")),
            Line("Servietter 3-lags, 1000 stk.", D(2), "pk.", D("145.00")),
        ),
        number="G-771203",
        file_name="Grossisten_Fyn_G-771203.pdf",
        friendly="Grossisten varer",
        pay="bs",
    )
    c.invoice(
        S["bryggeriet"],
        _days_ago(today, 30),
        (
            Line("Havnebryg Pilsner, fustage 20 L", D(4), "stk.", D("695.00")),
            Line("Sydhavn IPA, 24 x 33 cl", D(3), "kasse", D("312.00")),
            Line("Pant fustage", D(4), "stk.", D("250.00")),
        ),
        number="BS-2026-412",
        file_name=f"faktura_{_iso(_days_ago(today, 30))}_bryggeriet.pdf",
        friendly="Øl fra bryggeriet",
        comments=[("karin", "Pant skal krediteres når fustagerne kommer retur")],
    )
    c.invoice(
        S["kaffebraenderiet"],
        _days_ago(today, 17),
        (
            Line("Espresso Havn, 1 kg", D(6), "stk.", D("189.00")),
            Line("Filterkaffe Sydfyn, 1 kg", D(4), "stk.", D("159.00")),
        ),
        number="1187",
        file_name="Kaffebraenderiet_1187.pdf",
        friendly="Kaffebønner",
    )
    c.photo(
        "foetexsvendborg",
        when_at(_days_ago(today, 9), rng, 8, 18),
        (1944, 2592),
        6,
        friendly="Føtex citroner og mynte",
    )
    c.scan(
        S["koeleteknik"],
        _days_ago(today, 64),
        (
            Line("Service på køledisk", D(2), "timer", D("695.00")),
            Line("Kølemiddel R290", D(1), "stk.", D("540.00")),
            Line("Kørsel", D(1), "stk.", D("395.00")),
        ),
        number="5512",
        friendly="Køleteknik service",
    )


def _holm_documents(c: _Company, today: date) -> None:
    c.invoice(
        S["juridiskforlag"],
        _days_ago(today, 75),
        (Line("Skatte- og regnskabsbasen, årsabonnement", D(1), "år", D("8900.00")),),
        number="JF-221908",
        file_name="JF-221908.pdf",
        friendly="Juridisk Forlag abonnement",
        pay="bs",
    )
    c.invoice(
        S["kontorland"],
        _days_ago(today, 40),
        (
            Line("Kopipapir A4 80 g, 5 x 500 ark", D(6), "kasse", D("189.00")),
            Line("Arkivæsker, 10 stk.", D(3), "pk.", D("119.00")),
        ),
        number="104488",
        file_name="Faktura_104488.pdf",
        friendly="Kontorland papir",
    )
    c.receipt(
        "havnekoekkenet",
        when_at(_days_ago(today, 12), c.rng, 11, 14),
        file_name="kvittering_frokost.pdf",
        friendly="Frokost med klient",
    )


# --------------------------------------------------------------------------- customers, products


def _customer(
    company_xid: int,
    xid: int,
    number: str,
    name: str,
    address: str,
    zip_code: str,
    city: str,
    *,
    cvr: str | None = None,
    country: str = "DK",
    language: str = "DA",
    currency: str = "DKK",
    terms: tuple[str, int] = ("NET", 14),
    private: bool = False,
    einvoice: tuple[str, str] | None = None,
    att: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    version: int = 1,
) -> JsonObject:
    out: JsonObject = {
        "companyXid": company_xid,
        "xid": xid,
        "entityVersion": version,
        "customerName": name,
        "customerNumber": number,
        "privatePerson": private,
        "address1": address,
        "zipCode": zip_code,
        "city": city,
        "countryCode": country,
        "currencyCode": currency,
        "languageCode": language,
        "paymentTermsType": terms[0],
        "paymentTermsDays": terms[1],
        "electronicInvoice": einvoice is not None,
    }
    if cvr:
        out["companyIdentifier"] = cvr
    if att:
        out["invoiceAtt"] = att
    if email:
        out["invoiceEmail"] = email
    if phone:
        out["phone"] = phone
    if einvoice:
        out["electronicInvoiceDestinationType"] = einvoice[0]
        out["electronicInvoiceAddress"] = einvoice[1]
    return out


def _main_customers() -> list[JsonObject]:
    m = MAIN_XID
    return [
        _customer(
            m,
            300000001,
            "1001",
            "Mikkelsen Arkitekter ApS",
            "Nørregade 22",
            "8000",
            "Aarhus C",
            cvr=_cvr("mikkelsen"),
            att="Jonas Mikkelsen",
            email="bogholderi@mikkelsen-ark.dk",
            phone="86 12 40 40",
            version=4,
        ),
        _customer(
            m,
            300000002,
            "1002",
            "Aarhus Kommune, Kultur og Borgerservice",
            "Rådhuspladsen 2",
            "8000",
            "Aarhus C",
            cvr=_cvr("aarhuskommune"),
            terms=("NET", 30),
            einvoice=("DK_GLN", _gln("aarhuskommune")),
            att="Ref. 4410-22 Birgitte Holm",
            version=2,
        ),
        _customer(
            m,
            300000003,
            "1003",
            "Bageriet Kornblomsten I/S",
            "Østergade 9",
            "8900",
            "Randers C",
            cvr=_cvr("kornblomsten"),
            email="kornblomsten@mail.dk",
        ),
        _customer(
            m,
            300000004,
            "1004",
            "Fjord Fitness A/S",
            "Havnevej 18",
            "7100",
            "Vejle",
            cvr=_cvr("fjordfitness"),
            terms=("RUNNING_MONTH", 30),
            einvoice=("DK_CVR", f"DK{_cvr('fjordfitness')}"),
            version=3,
        ),
        _customer(
            m,
            300000005,
            "1005",
            "Skovgaard Tømrer & Snedker ApS",
            "Industrivej 3",
            "8660",
            "Skanderborg",
            cvr=_cvr("skovgaard"),
            phone="40 11 22 33",
        ),
        _customer(
            m,
            300000006,
            "1006",
            "Lund Design Studio AB",
            "Lilla Fiskaregatan 10",
            "222 22",
            "Lund",
            cvr="SE556677889901",
            country="SE",
            language="EN",
            currency="EUR",
            terms=("NET", 30),
            email="invoices@lunddesign.se",
        ),
        _customer(
            m,
            300000007,
            "1007",
            "Kieler Werbeagentur GmbH",
            "Holstenstraße 12",
            "24103",
            "Kiel",
            cvr="DE301234567",
            country="DE",
            language="EN",
            currency="EUR",
            terms=("NET", 30),
            att="Frau Petersen",
        ),
        _customer(
            m,
            300000008,
            "1008",
            "Anne Sørensen",
            "Møllevej 14",
            "8300",
            "Odder",
            private=True,
            terms=("NET_CASH", 8),
            email="anne.soerensen@gmail.com",
        ),
        _customer(
            m,
            300000009,
            "1009",
            "Jens Peter Østergaard",
            "Åboulevarden 60, 3. tv.",
            "8000",
            "Aarhus C",
            private=True,
            terms=("ALREADY_PAID", 0),
            phone="22 33 44 55",
        ),
        _customer(
            m,
            300000010,
            "1010",
            "Region Midtjylland, Regionshuset",
            "Skottenborg 26",
            "8800",
            "Viborg",
            cvr=_cvr("regionmidt"),
            terms=("NET", 30),
            einvoice=("DK_GLN", _gln("regionmidt")),
            att="Indkøb, sag 1-16-4-22",
        ),
        _customer(
            m,
            300000011,
            "1011",
            "Ølbaren på Havnen ApS",
            "Nordhavnsgade 1",
            "8000",
            "Aarhus C",
            cvr=_cvr("oelbaren"),
            terms=("NET", 8),
        ),
        _customer(
            m,
            300000012,
            "1012",
            "Grøn Energi Rådgivning ApS",
            "Vestergade 45",
            "8600",
            "Silkeborg",
            cvr=_cvr("groenenergi"),
            terms=("RUNNING_MONTH", 15),
            einvoice=("DK_CVR", f"DK{_cvr('groenenergi')}"),
            version=2,
        ),
    ]


def _cafe_customers() -> list[JsonObject]:
    c = CAFE_XID
    return [
        _customer(
            c,
            300000101,
            "101",
            "Svendborg Sejlklub",
            "Havnepladsen 1",
            "5700",
            "Svendborg",
            cvr=_cvr("sejlklub"),
            terms=("NET", 14),
        ),
        _customer(
            c,
            300000102,
            "102",
            "Tåsinge Tandlæger I/S",
            "Bregningevej 2",
            "5700",
            "Svendborg",
            cvr=_cvr("taasinge"),
        ),
        _customer(
            c,
            300000103,
            "103",
            "Lise Holm",
            "Kogtvedvej 30",
            "5700",
            "Svendborg",
            private=True,
            terms=("NET_CASH", 8),
        ),
    ]


def _product_types() -> list[tuple[int, JsonObject]]:
    return [
        (MAIN_XID, {"productTypeXid": 400000001, "typeName": "Salg af ydelser"}),
        (MAIN_XID, {"productTypeXid": 400000002, "typeName": "Salg af varer"}),
        (MAIN_XID, {"productTypeXid": 400000003, "typeName": "Salg EU (omvendt betalingspligt)"}),
        (MAIN_XID, {"productTypeXid": 400000004, "typeName": "Salg uden for EU"}),
        (CAFE_XID, {"productTypeXid": 400000101, "typeName": "Salg af mad og drikke"}),
        (CAFE_XID, {"productTypeXid": 400000102, "typeName": "Catering"}),
    ]


def _product(
    xid: int,
    pid: str,
    name: str,
    type_xid: int,
    uom: str,
    price: str,
    currency: str = "DKK",
    description: str | None = None,
) -> JsonObject:
    out: JsonObject = {
        "productXid": xid,
        "productId": pid,
        "productName": name,
        "productTypeXid": type_xid,
        "unitOfMeasureCode": uom,
        "prices": [{"price": price, "currencyCode": currency}],
    }
    if description:
        out["description"] = description
    return out


def _products() -> list[tuple[int, JsonObject]]:
    m, c = MAIN_XID, CAFE_XID
    return [
        (m, _product(500000001, "P1001", "Grafisk design", 400000001, "HUR", "850,00")),
        (
            m,
            _product(
                500000002,
                "P1002",
                "Logodesign, komplet pakke",
                400000001,
                "EA",
                "12.500,00",
                description="3 skitser, 2 rettelsesrunder, logomanual",
            ),
        ),
        (m, _product(500000003, "P1003", "Webdesign, landingside", 400000001, "EA", "9.800,00")),
        (m, _product(500000004, "P1004", "Konsulentbistand", 400000001, "HUR", "1.050,00")),
        (m, _product(500000005, "P2001", "Visitkort, 250 stk.", 400000002, "EA", "1.250,00")),
        (m, _product(500000006, "P2002", "Plakat A2, tryk", 400000002, "EA", "395,00")),
        (
            m,
            _product(
                500000007, "P3001", "Design consulting (EU)", 400000003, "HUR", "125,00", "EUR"
            ),
        ),
        (
            m,
            _product(
                500000008,
                "P1005",
                "Hosting og vedligehold",
                400000001,
                "MON",
                "450,00",
                description="Pr. måned, faktureres kvartalsvis",
            ),
        ),
        (m, _product(500000009, "P1006", "Workshop, halv dag", 400000001, "DAY", "6.500,00")),
        (c, _product(500000101, "C01", "Brunch-buffet pr. person", 400000102, "EA", "189,00")),
        (c, _product(500000102, "C02", "Kaffe og kage pr. person", 400000102, "EA", "65,00")),
        (c, _product(500000103, "C03", "Leje af lokale, aften", 400000101, "EA", "1.500,00")),
    ]


# --------------------------------------------------------------------------- bank


_CARD_NOISE = (
    ("Dankort-køb Netto Mejlgade", 25, 220),
    ("Dankort-køb Rema 1000 Aarhus C", 30, 260),
    ("Dankort-køb 7-Eleven Aarhus H", 20, 95),
    ("Visa/Dankort DSB Aarhus H", 48, 450),
    ("Rejsekort optankning", 200, 500),
    ("Dankort-køb Q-Park Aarhus", 40, 180),
    ("Visa/Dankort WOLT.COM", 120, 620),
    ("Visa/Dankort APPLE.COM/BILL", 29, 99),
    ("Visa/Dankort GOOGLE *Workspace", 95, 95),
    ("Visa/Dankort LinkedIn Premium", 349, 349),
    ("Dankort-køb Circle K Aarhus N", 300, 720),
    ("Visa/Dankort Zoom.us", 119, 119),
    ("Dankort-køb Bog & Idé Aarhus", 99, 399),
)

_MOBILEPAY = ("Søren Madsen", "Mette Holm", "Louise Kjær", "Kasper Friis")


def _postings(
    account: int,
    pays: list[_Pay],
    today: date,
    rng: random.Random,
    *,
    customers: list[str],
    salary: Decimal,
    monthly_in: int,
    income: tuple[int, int],
    noise: int,
    savings_xid: int | None,
    rent: Decimal | None = None,
    telia: bool = False,
) -> tuple[list[SeedBankPosting], list[SeedBankPosting], Decimal]:
    """A year on a current account; returns (postings, savings postings, final balance)."""
    start = today - timedelta(days=365)
    rows: list[_Pay] = [p for p in pays if start <= p.when <= today]
    telia_months = {
        (p.when.year, p.when.month) for p in pays if p.text == "Betalingsservice Telia Danmark"
    }
    savings: list[_Pay] = []
    invoice_no = 1040
    for back in range(12, -1, -1):
        first = _month_start(today, back)

        def on(day: int, first: date = first) -> date:
            return first + timedelta(days=day - 1)

        if on(28) <= today and on(1) >= start:
            rows.append(
                _Pay(
                    on(28) if on(28).weekday() < 5 else on(26),
                    "Løn via Danløn",
                    -money(salary + D(rng.randint(-900, 900))),
                    "Lønkørsel",
                )
            )
            rows.append(_Pay(on(28), "Gebyr", D("-35.00"), "Gebyr for kontoførelse"))
        if on(10) <= today and on(10) >= start:
            rows.append(
                _Pay(
                    on(10),
                    "Skattekontoen A-skat og AM-bidrag",
                    -money(salary * D("0.52") + D(rng.randint(-500, 500))),
                    "SKAT Skattekontoen",
                )
            )
        if savings_xid and on(2) <= today and on(2) >= start:
            rows.append(_Pay(on(2), "Overførsel til Opsparing", D("-10000.00")))
            savings.append(_Pay(on(2), "Overførsel fra Driftskonto", D("10000.00")))
        if telia and start <= on(25) <= today and (on(25).year, on(25).month) not in telia_months:
            rows.append(
                _Pay(
                    on(25),
                    "Betalingsservice Telia Danmark",
                    -money(D(rng.randint(96000, 105000)) / 100),
                )
            )
        if (
            rent
            and first.month in (1, 4, 7, 10)
            and start <= on(1) <= today
            and not any(
                p.text == "Husleje Mejlgården" and abs((p.when - on(1)).days) < 20 for p in pays
            )
        ):
            rows.append(_Pay(on(1), "Husleje Mejlgården", -rent))
        if first.month in (3, 6, 9, 12) and start <= on(1) <= today:
            rows.append(
                _Pay(
                    on(1), "Skattekontoen moms", -money(D(rng.randint(2_000_000, 4_500_000)) / 100)
                )
            )
        for _ in range(monthly_in):
            day = on(rng.randint(1, 28))
            if start <= day <= today:
                who = rng.choice(customers)
                invoice_no += 1
                rows.append(
                    _Pay(
                        day,
                        f"Indbetaling {who}",
                        money(
                            D(rng.randint(income[0], income[1]) // 50 * 50) * D("1.25")
                        ),  # incl. moms
                        f"Faktura {invoice_no} fra {who}",
                    )
                )
        for _ in range(noise):
            day = on(rng.randint(1, 28))
            if start <= day <= today:
                text, lo, hi = rng.choice(_CARD_NOISE)
                amount = money(D(lo) if lo == hi else D(rng.randint(lo * 100, hi * 100)) / 100)
                rows.append(_Pay(day, text, -amount))
        if rng.random() < 0.7:
            day = on(rng.randint(1, 28))
            if start <= day <= today:
                who = rng.choice(_MOBILEPAY)
                rows.append(
                    _Pay(
                        day, f"MobilePay {who}", -money(D(rng.randint(5000, 60000)) / 100), "Udlæg"
                    )
                )
    rows.sort(key=lambda p: p.when)
    # open with enough money that the account never dips below 25.000
    running = lowest = D(0)
    for p in rows:
        running += p.amount
        lowest = min(lowest, running)
    opening = money(D(25000) - lowest + D(rng.randint(0, 20000_00)) / 100)
    notes = {"Husleje Mejlgården": "Samme som altid", "Gebyr": None}
    out = [
        SeedBankPosting(
            bank_account_xid=account,
            bank_date=p.when,
            bank_text=p.text,
            bank_amount=p.amount,
            extra_bank_text=p.extra,
            user_note=notes.get(p.text),
            external_ref=_ref(rng),
        )
        for p in rows
    ]
    saved = [
        SeedBankPosting(savings_xid or 0, p.when, p.text, p.amount, external_ref=_ref(rng))
        for p in savings
    ]
    return out, saved, opening + running


def _balances(
    account: int, final: Decimal, reserved: Decimal, today: date
) -> list[SeedBankBalance]:
    stamp = datetime.combine(today, time(7, 45))
    return [
        SeedBankBalance(account, "ITBD", final, "DKK", stamp),
        SeedBankBalance(account, "ITAV", final - reserved, "DKK", stamp),
    ]


def _accounts() -> list[SeedBankAccount]:
    reg, account = "5301", "0123456789"
    sreg, saccount = "5301", "0123456797"
    creg, caccount = _bank("havnen")
    return [
        SeedBankAccount(
            MAIN_DRIFT_XID,
            MAIN_XID,
            "Driftskonto",
            "DKK",
            f"{reg} {account}",
            reg + account,
            _iban_dk(reg, account),
        ),
        SeedBankAccount(
            MAIN_SAVINGS_XID,
            MAIN_XID,
            "Opsparing",
            "DKK",
            f"{sreg} {saccount}",
            sreg + saccount,
            _iban_dk(sreg, saccount),
        ),
        SeedBankAccount(
            CAFE_DRIFT_XID,
            CAFE_XID,
            "Driftskonto",
            "DKK",
            f"{creg} {caccount}",
            creg + caccount,
            _iban_dk(creg, caccount),
        ),
    ]


# --------------------------------------------------------------------------- the seeds


def _demo(today: date) -> SeedData:
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="seed-photo") as pool:
        main = _Company(MAIN_XID, MAIN_PARTY, today, random.Random("nordlys-demo-v1"), pool=pool)
        _main_documents(main, today)
        cafe = _Company(CAFE_XID, CAFE_PARTY, today, random.Random("havnen-demo-v1"), pool=pool)
        _cafe_documents(cafe, today)
        holm = _Company(HOLM_XID, HOLM_PARTY, today, random.Random("holm-demo-v1"))
        _holm_documents(holm, today)
        files = main.finished_files() + cafe.finished_files() + holm.finished_files()

    bank_rng = random.Random("nordlys-bank-v1")
    customers = [
        "Mikkelsen Arkitekter ApS",
        "Aarhus Kommune",
        "Bageriet Kornblomsten",
        "Fjord Fitness A/S",
        "Skovgaard Tømrer",
        "Region Midtjylland",
        "Ølbaren på Havnen",
        "Grøn Energi Rådgivning",
        "Anne Sørensen",
    ]
    drift, savings, final = _postings(
        MAIN_DRIFT_XID,
        main.pays,
        today,
        bank_rng,
        customers=customers,
        salary=D("61500"),
        monthly_in=7,
        income=(3000, 38000),
        noise=9,
        savings_xid=MAIN_SAVINGS_XID,
        rent=_RENT_TOTAL,
        telia=True,
    )
    savings_final = D("125000.00") + sum((p.bank_amount for p in savings), D(0))
    cafe_postings, _, cafe_final = _postings(
        CAFE_DRIFT_XID,
        cafe.pays,
        today,
        random.Random("havnen-bank-v1"),
        customers=["Nets kortindløsning", "MobilePay MyShop", "Svendborg Sejlklub"],
        salary=D("26000"),
        monthly_in=8,
        income=(2000, 9000),
        noise=1,
        savings_xid=None,
    )
    accounts = _accounts()
    return SeedData(
        users=_users(),
        companies=[
            _main_company(),
            SeedCompany(CAFE_XID, CAFE_PARTY.name, CAFE_PARTY.cvr or ""),
            SeedCompany(
                HOLM_XID,
                HOLM_PARTY.name,
                HOLM_PARTY.cvr or "",
                allow_documents_add=False,
                allow_documents_edit=False,
            ),
        ],
        access={DEMO_USER: [MAIN_XID, CAFE_XID, HOLM_XID], NO_ACCESS_USER: []},
        last_companies={DEMO_USER: [MAIN_XID, CAFE_XID], NO_ACCESS_USER: []},
        files=files,
        customers=_main_customers() + _cafe_customers(),
        product_types=_product_types(),
        products=_products(),
        bank_accounts=accounts,
        bank_postings=drift + savings + cafe_postings,
        bank_balances=_balances(MAIN_DRIFT_XID, final, D("842.75"), today)
        + _balances(MAIN_SAVINGS_XID, savings_final, D(0), today)
        + _balances(CAFE_DRIFT_XID, cafe_final, D("0.00"), today),
    )


def _empty(today: date) -> SeedData:
    account = _accounts()[0]
    return SeedData(
        users=_users(),
        companies=[_main_company()],
        access={DEMO_USER: [MAIN_XID], NO_ACCESS_USER: []},
        last_companies={DEMO_USER: [MAIN_XID], NO_ACCESS_USER: []},
        bank_accounts=[account],
        bank_balances=_balances(account.xid, D("0.00"), D(0), today),
    )


def _large_templates(today: date) -> list[tuple[str, str, str, bytes, SeedTruth]]:
    """A handful of small bodies, drawn once: (content type, name stem, friendly, body, truth)."""
    rng = random.Random("large-v1")
    c = _Company(MAIN_XID, MAIN_PARTY, today, rng)
    out: list[tuple[str, str, str, bytes, SeedTruth]] = []
    keys = (
        "kontorland",
        "telia",
        "gls",
        "kaffekompagniet",
        "trykogco",
        "computerhuset",
        "loneravn",
        "bruunkrogh",
        "elektronikhuset",
        "ulrichbak",
    )
    for n, key in enumerate(keys):
        sup = S[key]
        issued = _days_ago(today, 20 + n * 37)
        doc = InvoiceDoc(
            sup.party,
            c.party,
            str(200100 + n),
            issued,
            issued + timedelta(days=14),
            (
                Line(
                    "Ydelse", D(rng.randint(1, 9)), "stk.", money(D(rng.randint(5000, 90000)) / 100)
                ),
                Line("Gebyr", D(1), "stk.", D("29.00")),
            ),
            template=sup.template,
            date_style=rng.choice(("dot", "dash", "long")),
            payment=sup.payment,
            accent=sup.accent,
        )
        out.append(
            (PDF, f"faktura_{key}", f"{sup.party.name} faktura", invoice_pdf(doc), _truth(doc))
        )
    for n, store in enumerate(("circlek", "netto", "englen", "qpark", "havnekoekkenet")):
        rec = _receipt(rng, store, when_at(_days_ago(today, 5 + n * 41), rng))
        out.append(
            (
                PDF,
                f"kvittering_{store}",
                f"Kvittering {rec.store}",
                receipt_pdf(rec),
                _receipt_truth(rec),
            )
        )
    sup = S["vvseksperten"]
    issued = _days_ago(today, 33)
    doc = InvoiceDoc(
        sup.party,
        c.party,
        "30-1999",
        issued,
        issued + timedelta(days=8),
        (Line("Service", D(1), "stk.", D("1250.00")),),
        payment=sup.payment,
    )
    out.append(("image/png", "scan", "Scannet faktura", scan_png(doc, 50, 1), _truth(doc)))
    return out


def _large(today: date, count: int) -> SeedData:
    templates = _large_templates(today)
    rng = random.Random(f"large-files-{count}")
    files: list[SeedFile] = []
    for i in range(count):
        content_type, stem, friendly, body, truth = templates[i % len(templates)]
        uploaded = today - timedelta(days=rng.randint(0, 730))
        ext = "png" if content_type == "image/png" else "pdf"
        files.append(
            SeedFile(
                company_xid=MAIN_XID,
                content_type=content_type,
                file_name=f"{stem}_{uploaded.isoformat()}_{i:06d}.{ext}",
                friendly_filename=f"{friendly} #{i + 1}",
                date=uploaded,
                body=body,
                truth=truth,
            )
        )
    account = _accounts()[0]
    return SeedData(
        users=_users(),
        companies=[_main_company()],
        access={DEMO_USER: [MAIN_XID], NO_ACCESS_USER: []},
        last_companies={DEMO_USER: [MAIN_XID], NO_ACCESS_USER: []},
        files=files,
        customers=_main_customers()[:4],
        product_types=_product_types()[:3],
        products=_products()[:4],
        bank_accounts=[account],
        bank_balances=_balances(account.xid, D("48210.50"), D(0), today),
    )

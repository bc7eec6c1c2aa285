"""Labels that say what a nearby value is, in Danish, English, German, French and Dutch.

``find_cues(text)`` finds them in a line of document text: "I alt", "At betale",
"Heraf moms", "Amount due", "Gesamtbetrag", "MwSt", "Total TTC", "Net à payer",
"Totaal", "BTW", "Fakturadato", "Invoice date", "Rechnungsdatum", "Date de facture",
"Factuurdatum", "Forfaldsdato", "Due date"... Matching ignores case, accents written or
not ("echeance", "Faellig"), and the spacing or dots inside a label ("CVR-nr.",
"cvr nr"). The longest label wins ("Subtotal" is not "Total"; "Total HT" is a net
amount), and a total's label takes the words that qualify it: "I alt ekskl. moms" is a
net amount, "Gesamtbetrag inkl. 19 % MwSt." stays a total and its "MwSt." is not a VAT
label of its own.

Labels of identifiers ("VAT no.", "USt-IdNr.", "BTW nummer", "N° TVA") and remarks
("Prijzen zijn inclusief BTW") are found too, as IGNORE, so that they do not pass for
VAT labels.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["CUES", "Cue", "CueKind", "CueMatch", "find_cues"]


class CueKind(StrEnum):
    TOTAL = "total"  # the amount to pay, VAT included
    NET = "net"  # an amount before VAT (subtotal, VAT basis)
    VAT = "vat"
    DOCUMENT_DATE = "document_date"
    DUE_DATE = "due_date"
    OTHER_DATE = "other_date"  # order, delivery, period...: not the document's date
    TITLE = "title"  # "Faktura", "Invoice": a date on its line may be the document's
    IGNORE = "ignore"  # identifiers and remarks that merely contain a cue word


@dataclass(frozen=True, slots=True)
class Cue:
    kind: CueKind
    phrase: str  # canonical lower-case form
    language: str  # "da", "en", "de", "fr", "nl" or "*" (several)
    weight: float = 1.0  # how strongly it points at its value (1: unambiguous)


@dataclass(frozen=True, slots=True)
class CueMatch:
    cue: Cue
    start: int
    end: int
    kind: CueKind  # the cue's kind, or NET/TOTAL when a qualifier changed it

    @property
    def weight(self) -> float:
        return self.cue.weight


def _cues(kind: CueKind, language: str, phrases: str, weight: float = 1.0) -> list[Cue]:
    return [Cue(kind, p.strip(), language, weight) for p in phrases.split(";") if p.strip()]


T, N, V = CueKind.TOTAL, CueKind.NET, CueKind.VAT
DD, DUE, OD = CueKind.DOCUMENT_DATE, CueKind.DUE_DATE, CueKind.OTHER_DATE
TITLE, IGN = CueKind.TITLE, CueKind.IGNORE

CUES: tuple[Cue, ...] = tuple(
    # --- totals
    _cues(T, "da", "i alt; at betale; totalt; beløb i alt; i alt at betale; total at betale;"
          "til betaling; samlet beløb; fakturabeløb; fakturatotal; beløb at betale;"
          "at betale i alt; total beløb; totalbeløb")
    + _cues(T, "en", "amount due; total due; balance due; grand total; invoice total;"
            "total amount; amount payable; total payable; total to pay; amount to pay;"
            "total amount due; total invoice amount; invoice amount; please pay")
    + _cues(T, "de", "gesamtbetrag; rechnungsbetrag; gesamtsumme; endbetrag; zu zahlen;"
            "zahlbetrag; bruttobetrag; rechnungssumme; endsumme; gesamt zu zahlen;"
            "zu zahlender betrag; summe brutto")
    + _cues(T, "de", "summe; gesamt", 0.8)
    + _cues(T, "fr", "total ttc; net à payer; montant ttc; somme à payer; montant total;"
            "total facture; total à payer; montant à payer; montant total ttc;"
            "total de la facture; reste à payer; montant net à payer")
    + _cues(T, "fr", "à payer; montant du prélèvement", 0.8)
    + _cues(T, "nl", "totaal; te betalen; factuur totaal; totaalbedrag; factuurbedrag;"
            "totaal te betalen; te voldoen; eindtotaal; totaal factuur; totaal bedrag")
    + _cues(T, "*", "total")
    # --- net amounts (before VAT)
    + _cues(N, "*", "subtotal; sub total; sub-total")
    + _cues(N, "da", "moms grundlag; momsgrundlag; momspligtigt beløb;"
            "beløb ekskl. moms; ekskl. moms; netto; nettobeløb; i alt ekskl. moms")
    + _cues(N, "en", "net amount; net total; total net; taxable amount;"
            "excl. vat; total excl. vat; amount excl. vat; net; untaxed amount")
    + _cues(N, "de", "zwischensumme; nettobetrag; nettosumme; summe netto; exkl. mwst;"
            "ohne mwst; netto gesamt; gesamt netto")
    + _cues(N, "fr", "sous-total; sous total; total ht; montant ht; total hors taxes;"
            "hors taxes; montant hors taxes; base ht")
    + _cues(N, "nl", "subtotaal; grondslag; exclusief btw; excl. btw; totaal excl. btw;"
            "netto bedrag; bedrag excl. btw")
    # --- VAT
    + _cues(V, "da", "moms; heraf moms; moms i alt; momsbeløb; total moms; moms beløb;"
            "heraf udgør moms; moms udgør")
    + _cues(V, "en", "vat; vat amount; total vat; tax; sales tax; tax amount; tax total;"
            "total tax; total taxes; taxes")
    + _cues(V, "de", "mwst; ust; mehrwertsteuer; umsatzsteuer; zzgl. mwst; zzgl. ust;"
            "enthaltene mwst; darin enthaltene mwst; mwst.-betrag; mwst betrag;"
            "enthaltene ust; mwst. gesamt")
    + _cues(V, "fr", "tva; montant tva; total tva; dont tva; montant de la tva; tva totale")
    + _cues(V, "nl", "btw; btw bedrag; btw-bedrag; totaal btw; btw totaal; bedrag btw")
    # --- document dates
    + _cues(DD, "da", "fakturadato; faktura dato; bilagsdato; udstedelsesdato;"
            "kvitteringsdato; købsdato; dato for udstedelse; fakturadatum")
    + _cues(DD, "en", "invoice date; date of invoice; date of issue; issue date; issued on;"
            "invoice dated; billing date; bill date; receipt date; document date;"
            "tax point date; date issued")
    + _cues(DD, "de", "rechnungsdatum; belegdatum; ausstellungsdatum; datum der rechnung;"
            "rechnungs-datum")
    + _cues(DD, "fr", "date de facture; date de facturation; date facture; date d'émission;"
            "émise le; date de la facture")
    + _cues(DD, "nl", "factuurdatum; factuur datum; datum factuur")
    + _cues(DD, "*", "dato; date; datum; dated; udstedt; issued", 0.75)
    # --- due dates
    + _cues(DUE, "da", "forfaldsdato; forfald; forfalder; betales senest; betalingsfrist;"
            "sidste rettidige betalingsdag; betal senest; seneste betalingsdato;"
            "forfaldsdag; sidste betalingsdag")
    + _cues(DUE, "en", "due date; payment due; due by; due on; pay by; please pay by; due;"
            "payment due date; date due")
    + _cues(DUE, "de", "fällig am; fälligkeitsdatum; fällig; zahlbar bis; zahlungsziel;"
            "fällig bis; zahlungsfrist; fälligkeit")
    + _cues(DUE, "fr", "date d'échéance; échéance; date limite de paiement; date limite;"
            "à payer avant le; payable le; payable avant le; prélèvement à partir du;"
            "date de prélèvement; payable au plus tard le")
    + _cues(DUE, "nl", "vervaldatum; vervaldag; uiterste betaaldatum; te betalen voor;"
            "betalen voor; uiterlijk betalen op")
    # --- other dates
    + _cues(OD, "da", "ordredato; ordre dato; bestillingsdato; leveringsdato; leveringsdag;"
            "levering; periode; udskrevet; gyldig til; betalt den; leveret")
    + _cues(OD, "en", "order date; delivery date; period; billing period; service period;"
            "printed; valid until; date of delivery; ship date; shipping date")
    + _cues(OD, "de", "bestelldatum; bestellt am; lieferdatum; liefertermin; leistungsdatum;"
            "leistungszeitraum; zeitraum; abrechnungszeitraum; gedruckt; gültig bis")
    + _cues(OD, "fr", "date de commande; commande du; date de livraison; livraison;"
            "période; imprimé le; valable jusqu'au")
    + _cues(OD, "nl", "orderdatum; besteldatum; leverdatum; afleverdatum; leveringsdatum;"
            "periode; geldig tot")
    # --- titles
    + _cues(TITLE, "da", "faktura; kreditnota; kvittering; kassebon; købsnota")
    + _cues(TITLE, "en", "invoice; tax invoice; receipt; credit note; sales receipt")
    + _cues(TITLE, "de", "rechnung; quittung; gutschrift; kassenbon; kassenbeleg")
    + _cues(TITLE, "fr", "facture; reçu; avoir; ticket de caisse")
    + _cues(TITLE, "nl", "factuur; kopie factuur; creditnota; kwitantie; kassabon")
    # --- identifiers and remarks, so that their words are not taken for VAT labels
    + _cues(IGN, "da", "momsnr; moms nr; moms-nr; momsreg.nr; momsregistreringsnummer;"
            "inkl. moms; inklusive moms; priser inkl. moms")
    + _cues(IGN, "en", "vat no; vat number; vat reg no; vat reg; vat id; vat-nr; vat reg. no;"
            "incl. vat; including vat; tax id; tax number; vat registration number;"
            "vat identification number")
    + _cues(IGN, "de", "ust-idnr; ust-id; ust id nr; ustid; ust.-idnr; mwst-nr; mwst nr;"
            "steuernummer; steuer-nr; inkl. mwst; ust-id-nr; umsatzsteuer-id")
    + _cues(IGN, "fr", "n° tva; no tva; numéro de tva; tva intra; tva intracommunautaire;"
            "n° de tva; tva acquittée; tva non applicable; identifiant tva")
    + _cues(IGN, "nl", "btw nummer; btw-nummer; btw-nr; btw nr; btw id; btw-id;"
            "inclusief btw; incl. btw; btw-identificatienummer")
)

# Letters that documents write with or without their accent (or spelt out).
_LETTER = {
    "é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": "[àa]", "â": "[âa]", "ç": "[çc]",
    "ô": "[ôo]", "û": "[ûu]", "ü": "(?:ü|ue|u)", "ä": "(?:ä|ae|a)", "ö": "(?:ö|oe|o)",
    "ø": "(?:ø|oe|o)", "å": "(?:å|aa|a)", "æ": "(?:æ|ae)", "'": "['’ʼ`]?",
    "°": "[°º]?",
}
# Between the words of a label: spaces, hyphens, dots; never a tab, which the layout puts
# between columns ("Moms<tab>I alt" are two labels of a table's header).
_GAP = r"[ \u00a0\-./]*"
_WORD_GAP = r"[ \u00a0\-./]+"


def _phrase_pattern(phrase: str) -> str:
    words = phrase.split()
    out: list[str] = []
    for word in words:
        chars: list[str] = []
        for ch in word:
            if ch in _LETTER:
                chars.append(_LETTER[ch])
            elif ch in ".-":
                chars.append(_GAP)
            else:
                chars.append(re.escape(ch))
        out.append("".join(chars))
    return _WORD_GAP.join(out)


def _first_letter(text: str) -> str:
    """The bucket of a word by its first letter, accents and case aside."""
    decomposed = unicodedata.normalize("NFD", text[:1].casefold())
    letter = decomposed[:1]
    return {"ø": "o", "æ": "a", "å": "a"}.get(letter, letter)


def _bucket_pattern(cues: list[Cue]) -> re.Pattern[str]:
    ordered = sorted(range(len(cues)), key=lambda i: len(cues[i].phrase), reverse=True)
    return re.compile(
        "(?:" + "|".join(f"(?P<c{i}>{_phrase_pattern(cues[i].phrase)})" for i in ordered)
        + r")(?![^\W_])",
        re.IGNORECASE,
    )


@functools.cache
def _buckets() -> dict[str, tuple[re.Pattern[str], list[Cue]]]:
    """One pattern per first letter: at each word start only the labels that can begin
    there are tried (one pattern of all of them costs ten times more per line).
    Compiled on first use, so that importing the package stays cheap."""
    buckets: dict[str, tuple[re.Pattern[str], list[Cue]]] = {}
    for letter in sorted({_first_letter(c.phrase) for c in CUES}):
        members = [c for c in CUES if _first_letter(c.phrase) == letter]
        buckets[letter] = (_bucket_pattern(members), members)
    return buckets


def warm_up() -> None:
    """Compile the label patterns now (a worker calls this while it starts)."""
    _buckets()
    find_cues("I alt DKK 1.250,00")


_WORD_START = re.compile(r"(?<![^\W_])[^\W\d_]")

# What may follow a total's label and qualify it: "inkl. moms", "excl. VAT",
# "(ekskl. moms)", "inkl. 19 % MwSt.", "HT", "TTC", "netto", "brutto".
_INCL = r"inkl|incl|inklusive|inclusive|including|inclusief|inkluderet|ttc|brutto|med|y\.c"
_EXCL = (r"ekskl|eksl|excl|exkl|exklusive|exclusive|excluding|exclusief|ohne|zonder|uden"
         r"|hors|ht|netto|ex")
_QUALIFIER = re.compile(
    r"[ :(\[]*(?:(?P<incl>" + _INCL + r")|(?P<excl>" + _EXCL + r"))(?![^\W_])\.?"
    r"(?:[ .]*\d{1,2}(?:[.,]\d{1,2})? ?%)?"
    r"(?:[ .]*(?:moms|vat|mwst|ust|tva|btw|tax|taxes|de +taxes|steuer|afgifter)\b\.?)?"
    r"[ )\]]*",
    re.IGNORECASE,
)


def find_cues(text: str) -> list[CueMatch]:
    """The labels in ``text``, left to right, qualified and without overlaps."""
    found: list[CueMatch] = []
    position = 0
    buckets = _buckets()
    for start in _WORD_START.finditer(text):
        if start.start() < position:
            continue
        bucket = buckets.get(_first_letter(start.group()))
        if bucket is None:
            continue
        pattern, members = bucket
        match = pattern.match(text, start.start())
        if match is None:
            continue
        group = match.lastgroup
        assert group is not None
        cue = members[int(group[1:])]
        kind, end = cue.kind, match.end()
        if kind in (T, N):
            qualifier = _QUALIFIER.match(text, end)
            if qualifier is not None and qualifier.end() > end:
                if qualifier["excl"] and (kind is T or qualifier["excl"].lower() != "ht"):
                    kind = N
                end = len(text[:qualifier.end()].rstrip())
        found.append(CueMatch(cue, match.start(), end, kind))
        position = end
    return found

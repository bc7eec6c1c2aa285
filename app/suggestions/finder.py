"""Suggestions read from a document's words: date, total, VAT, due date, currency, CVR.

    suggestions = find_suggestions(pages, own_cvrs={"13475067"})

How a value is chosen:

* Values (amounts, dates) and labels (``cues``) are found in the lines of each page.
* A value relates to a label when it stands on the label's line to its right (with no
  other label in between), or just below it in the same column (the nearest label
  above it), or - more weakly - below and to the right of it, as in a box with the
  label in its corner. Nearer is better.
* A value whose nearest label is of another kind counts little for this one: "Subtotal
  724,91" is not the total, "Forfaldsdato 26-06-2026" is not the document date.
* The same value read in several places adds up ("At betale 906,14" and "I alt
  906,14"); on a line with several amounts after a total's label, the largest is
  the total.
* Consistency: a total, VAT and net amount that add up (net + VAT = total), or a VAT
  that is a usual rate of the total, are preferred; a document date after the due date
  is not.
* A date with no label at all is taken only when no labelled one exists, the first on
  the first page being the likeliest. Numeric dates are read day first unless a date
  on the document can only be month first (an American invoice).

Each suggestion carries a confidence in [0, 1], the boxes where its value was read,
and the label it was read beside.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from app.api.amounts import Amount
from app.suggestions.amounts import CURRENCY_WORDS, find_amounts
from app.suggestions.cues import CueKind, CueMatch, find_cues
from app.suggestions.dates import DateMatch, find_dates
from app.suggestions.layout import Line, page_lines, words_from_text
from app.suggestions.model import Box, Field, PageWords, Suggestion, Suggestions

__all__ = ["find_suggestions", "normalize_cvr", "suggest_from_text"]

# How far below a label its value may stand, in label heights.
BELOW_REACH = 3.2
# How far right of a label's end a value below it may start, as a share of page width.
BELOW_RIGHT_REACH = 0.30
# A page with more words than this is not an invoice page: the rest is not read (the
# finder's work grows with words times labels).
MAX_WORDS_PER_PAGE = 5000
# Plain text longer than this is cut (an e-mail with a receipt is a few kilobytes).
MAX_TEXT_CHARS = 200_000
# Usual VAT rates (per cent) in the countries suppliers write from.
VAT_RATES = tuple(Decimal(r) for r in ("25", "21", "20", "19", "17", "16", "15", "14", "13",
                                        "12", "10", "9", "8", "7", "6", "5.5", "5"))
_WEAK = (CueKind.TITLE, CueKind.IGNORE)
_AMOUNT_KINDS = (CueKind.TOTAL, CueKind.NET, CueKind.VAT)
_DATE_KINDS = (CueKind.DOCUMENT_DATE, CueKind.DUE_DATE, CueKind.OTHER_DATE, CueKind.TITLE)


@dataclass(slots=True)
class _Cue:
    match: CueMatch
    line: Line
    box: Box

    @property
    def kind(self) -> CueKind:
        return self.match.kind

    @property
    def text(self) -> str:
        return self.line.text[self.match.start:self.match.end]


@dataclass(slots=True)
class _Value:
    value: Decimal | date
    line: Line
    start: int
    end: int
    box: Box
    order: int  # reading order in the document
    currency: str | None = None
    has_decimals: bool = True
    relations: list[tuple[_Cue, float]] = field(default_factory=list)  # (label, nearness)

    def best(self) -> tuple[_Cue, float] | None:
        strong = [(c, p) for c, p in self.relations if c.kind not in _WEAK]
        pool = strong or self.relations
        return max(pool, key=lambda r: r[0].match.weight * r[1]) if pool else None


@dataclass(slots=True)
class _Candidate:
    value: Decimal | date | str
    score: float = 0.0
    instances: list[tuple[float, _Value | None, _Cue | None]] = field(default_factory=list)

    def add(self, score: float, value: _Value | None, cue: _Cue | None) -> None:
        self.score = 1 - (1 - self.score) * (1 - min(score, 0.95))
        self.instances.append((score, value, cue))


@dataclass(slots=True)
class _Page:
    words: PageWords
    lines: list[Line]
    cues: list[_Cue] = field(default_factory=list)
    cues_by_line: dict[int, list[_Cue]] = field(default_factory=dict)


def find_suggestions(
    pages: Sequence[PageWords], *, own_cvrs: Collection[str] = ()
) -> Suggestions:
    """What the pages say: date, total, VAT, net, due date, currency, supplier CVR.

    ``own_cvrs`` are the bookkeeping company's own CVR numbers: printed as the
    customer's, they are not the supplier's.
    """
    parsed = [_read_page(page) for page in pages]
    if not any(p.lines for p in parsed):
        return Suggestions()
    amounts: list[_Value] = []
    dates: list[_Value] = []
    found_dates = [[find_dates(line.text) for line in page.lines] for page in parsed]
    if not _day_first(m for page in found_dates for line in page for m in line):
        found_dates = [[find_dates(line.text, day_first=False) if line_dates else line_dates
                        for line, line_dates in zip(page.lines, page_dates, strict=True)]
                       for page, page_dates in zip(parsed, found_dates, strict=True)]
    order = 0
    for page, page_dates in zip(parsed, found_dates, strict=True):
        for line, line_dates in zip(page.lines, page_dates, strict=True):
            for a in find_amounts(line.text):
                amounts.append(_Value(a.value, line, a.start, a.end, line.box(a.start, a.end),
                                      order, a.currency, a.has_decimals))
                order += 1
            for d in line_dates:
                dates.append(_Value(d.value, line, d.start, d.end, line.box(d.start, d.end),
                                    order))
                order += 1
    for page in parsed:
        _relate(page, [v for v in amounts if v.line.page == page.words.index], _AMOUNT_KINDS)
        _relate(page, [v for v in dates if v.line.page == page.words.index], _DATE_KINDS)

    totals = _amount_candidates(amounts, CueKind.TOTAL)
    vats = _amount_candidates(amounts, CueKind.VAT)
    nets = _amount_candidates(amounts, CueKind.NET)
    if not totals:
        totals = _fallback_totals(amounts)
    _check_consistency(totals, vats, nets)
    doc_dates, due_dates = _date_candidates(dates)
    if due_dates and doc_dates:
        due = max(due_dates, key=lambda c: c.score).value
        for candidate in doc_dates:
            if isinstance(due, date) and isinstance(candidate.value, date) and (
                candidate.value > due
            ):
                candidate.score *= 0.6

    return Suggestions(
        document_date=_pick_date(Field.DOCUMENT_DATE, doc_dates),
        due_date=_pick_date(Field.DUE_DATE, due_dates),
        total=_pick_amount(Field.TOTAL, totals),
        vat=_pick_amount(Field.VAT, vats),
        net=_pick_amount(Field.NET, nets),
        currency=_currency(parsed, amounts, totals),
        supplier_cvr=_cvr(parsed, own_cvrs),
    )


def suggest_from_text(text: str, *, own_cvrs: Collection[str] = ()) -> Suggestions:
    """Suggestions from plain text (an e-mailed receipt), read as a monospaced page."""
    return find_suggestions([words_from_text(text[:MAX_TEXT_CHARS])], own_cvrs=own_cvrs)


# --- reading ----------------------------------------------------------------------


def _read_page(words: PageWords) -> _Page:
    if len(words.words) > MAX_WORDS_PER_PAGE:
        words = replace(words, words=words.words[:MAX_WORDS_PER_PAGE])
    page = _Page(words, page_lines(words))
    for line in page.lines:
        found = [_Cue(m, line, line.box(m.start, m.end)) for m in find_cues(line.text)]
        if found:
            page.cues_by_line[line.index] = found
            page.cues.extend(found)
    return page


def _day_first(matches: Iterable[DateMatch]) -> bool:
    """False when the document's numeric dates can only be read month first (and
    none only day first): then its ambiguous ones are month first too."""
    day_only = month_only = 0
    for d in matches:
        if d.month_first:
            month_only += 1
        elif d.numeric and d.value.day > 12:
            day_only += 1
    return not (month_only and not day_only)


def _relate(page: _Page, values: list[_Value], kinds: tuple[CueKind, ...]) -> None:
    """Attach to each value the labels it may belong to, with how near each is."""
    if not values:
        return
    width = page.words.width or 1.0
    cues = [c for c in page.cues if c.kind in kinds]
    for value in values:
        # Same line: the nearest label to its left.
        left = [c for c in page.cues_by_line.get(value.line.index, ())
                if c.match.end <= value.start]
        if left:
            cue = left[-1]
            if cue.kind in kinds:
                gap = max(0.0, value.box.x0 - cue.box.x1)
                value.relations.append((cue, 1.0 - 0.25 * min(1.0, gap / width)))
        # Below: the nearest label above it in its column, or above-left of it.
        aligned: tuple[_Cue, float] | None = None
        loose: tuple[_Cue, float] | None = None
        for cue in cues:
            if cue.line.index >= value.line.index:
                continue
            height = max(cue.box.y1 - cue.box.y0, 1.0)
            drop = value.box.y0 - cue.box.y1
            if drop < -0.3 * height or drop > BELOW_REACH * height:
                continue
            nearness = 1.0 - 0.12 * max(0.0, drop / height)
            if value.box.x0 < cue.box.x1 and value.box.x1 > cue.box.x0:
                if aligned is None or cue.line.index > aligned[0].line.index:
                    aligned = (cue, 0.85 * nearness)
            elif cue.box.x0 - 2 <= value.box.x0 <= cue.box.x1 + BELOW_RIGHT_REACH * width and (
                loose is None or cue.line.index > loose[0].line.index
            ):
                loose = (cue, 0.4 * nearness)
        if aligned is not None:
            value.relations.append(aligned)
        elif loose is not None and not left:
            value.relations.append(loose)


# --- amounts ----------------------------------------------------------------------


def _amount_candidates(amounts: list[_Value], kind: CueKind) -> list[_Candidate]:
    by_value: dict[Decimal, _Candidate] = {}
    # On one label's line, the largest amount is the total (a row "Total 24.99 5.00
    # 29.99" has net, VAT and total), the rightmost the VAT ("Tax 15% on 112.90 16.94").
    groups: dict[int, list[_Value]] = {}
    for value in amounts:
        for cue, _ in value.relations:
            if cue.kind is kind and cue.line is value.line:
                groups.setdefault(id(cue), []).append(value)
    preferred: set[int] = set()
    for members in groups.values():
        if kind is CueKind.VAT:
            preferred.add(id(max(members, key=lambda v: v.start)))
        else:
            preferred.add(id(max(members, key=lambda v: abs(_dec(v.value)))))
    for value in amounts:
        best = value.best()
        for cue, nearness in value.relations:
            if cue.kind is not kind:
                continue
            score = cue.match.weight * nearness
            if best is not None and best[0].kind is not kind and (
                best[0].match.weight * best[1] > score
            ):
                score *= 0.3  # it is more likely the other label's value
            if cue.line is value.line and len(groups.get(id(cue), ())) > 1 and (
                id(value) not in preferred
            ):
                score *= 0.5
            if not value.has_decimals:
                score *= 0.6
            if kind is not CueKind.NET and _dec(value.value) == 0:
                score *= 0.3
            number = _dec(value.value)
            candidate = by_value.setdefault(number, _Candidate(Amount(number)))
            candidate.add(score, value, cue)
    return list(by_value.values())


def _fallback_totals(amounts: list[_Value]) -> list[_Candidate]:
    """No total's label anywhere: the largest amount written with a currency."""
    marked = [v for v in amounts if v.currency and v.has_decimals and _dec(v.value) > 0]
    if not marked:
        return []
    largest = max(marked, key=lambda v: _dec(v.value))
    candidate = _Candidate(Amount(_dec(largest.value)))
    candidate.add(0.25, largest, None)
    return [candidate]


def _check_consistency(
    totals: list[_Candidate], vats: list[_Candidate], nets: list[_Candidate]
) -> None:
    """Reward a total, VAT and net amount that add up, or a VAT at a usual rate."""
    cent = Decimal("0.011")
    top_t = sorted(totals, key=lambda c: c.score, reverse=True)[:6]
    top_v = sorted(vats, key=lambda c: c.score, reverse=True)[:6]
    top_n = sorted(nets, key=lambda c: c.score, reverse=True)[:6]
    rewarded: set[int] = set()

    def reward(candidate: _Candidate, bonus: float) -> None:
        if id(candidate) not in rewarded:
            rewarded.add(id(candidate))
            candidate.score += bonus

    for t in top_t:
        total = _dec(t.value)
        for v in top_v:
            vat = _dec(v.value)
            if vat >= total or vat <= 0:
                continue
            if any(abs(_dec(n.value) + vat - total) <= cent for n in top_n):
                reward(t, 0.35)
                reward(v, 0.35)
                for n in top_n:
                    if abs(_dec(n.value) + vat - total) <= cent:
                        reward(n, 0.35)
            elif _usual_rate(total, vat):
                reward(t, 0.15)
                reward(v, 0.15)
    # A VAT that is not less than the total is not its VAT.
    if top_t:
        best_total = _dec(max(top_t, key=lambda c: c.score).value)
        for v in vats:
            if best_total > 0 and _dec(v.value) >= best_total:
                v.score *= 0.3


def _usual_rate(total: Decimal, vat: Decimal) -> bool:
    net = total - vat
    if net <= 0:
        return False
    for rate in VAT_RATES:
        expected = (net * rate / 100).quantize(Decimal("0.01"))
        if abs(expected - vat) <= max(Decimal("0.02"), vat * Decimal("0.002")):
            return True
    return False


def _dec(value: Decimal | date | str) -> Decimal:
    assert isinstance(value, Decimal)
    return value


# --- dates ------------------------------------------------------------------------


def _date_candidates(dates: list[_Value]) -> tuple[list[_Candidate], list[_Candidate]]:
    doc: dict[date, _Candidate] = {}
    due: dict[date, _Candidate] = {}
    unlabelled: list[_Value] = []
    for value in dates:
        assert isinstance(value.value, date)
        best = value.best()
        labelled = False
        for cue, nearness in value.relations:
            kind = cue.kind
            if kind is CueKind.DOCUMENT_DATE:
                score = cue.match.weight * nearness
            elif kind is CueKind.TITLE and cue.line is value.line:
                score = 0.55 * nearness
            elif kind is CueKind.DUE_DATE:
                due.setdefault(value.value, _Candidate(value.value)).add(
                    cue.match.weight * nearness, value, cue)
                labelled = True
                continue
            else:
                labelled = labelled or kind is CueKind.OTHER_DATE
                continue
            if best is not None and best[0].kind in (CueKind.DUE_DATE, CueKind.OTHER_DATE):
                score *= 0.2
            if value.line.page > 0:
                score *= 0.7
            doc.setdefault(value.value, _Candidate(value.value)).add(score, value, cue)
            labelled = True
        if not labelled:
            unlabelled.append(value)
    if not doc and unlabelled:
        # The first date of the first page is the likeliest document date.
        for rank, value in enumerate(sorted(unlabelled, key=lambda v: v.order)[:5]):
            assert isinstance(value.value, date)
            score = 0.3 * (0.8 ** rank) * (0.7 if value.line.page else 1.0)
            doc.setdefault(value.value, _Candidate(value.value)).add(score, value, None)
    return list(doc.values()), list(due.values())


# --- currency and CVR ---------------------------------------------------------------

_CURRENCY_TOKEN = re.compile(
    r"(?<![\w$€£])(DKK|EUR|USD|GBP|SEK|NOK|CHF|PLN|€|\$|£|kr\.)(?![\w$€£])", re.IGNORECASE)
_CVR = re.compile(
    r"(?<![^\W_])(?:cvr|se)(?:[\s.\-]*(?:nr|nummer|no|number))?\.?[\s:.\-]*"
    r"(?:dk[\s\-]?)?(?P<n>\d{2} ?\d{2} ?\d{2} ?\d{2})(?![\d])"
    r"|(?<![^\W_])dk[\s\-]?(?P<v>\d{2} ?\d{2} ?\d{2} ?\d{2})(?![\d])",
    re.IGNORECASE,
)


def _currency(
    pages: list[_Page], amounts: list[_Value], totals: list[_Candidate]
) -> Suggestion[str] | None:
    best = max(totals, key=lambda c: c.score, default=None)
    if best is not None:
        for _, value, cue in sorted(best.instances, key=lambda i: -i[0]):
            if value is not None and value.currency:
                return Suggestion(Field.CURRENCY, value.currency, 0.9, (value.box,))
            lines = [value.line] if value is not None else []
            if cue is not None:
                lines.append(cue.line)
            for line in lines:
                for match in _CURRENCY_TOKEN.finditer(line.text):
                    code = CURRENCY_WORDS[match.group(1).lower()]
                    return Suggestion(Field.CURRENCY, code, 0.85,
                                      (line.box(match.start(1), match.end(1)),))
    seen: Counter[str] = Counter()
    where: dict[str, Box] = {}
    for value in amounts:
        if value.currency:
            seen[value.currency] += 2
            where.setdefault(value.currency, value.box)
    for page in pages:
        for line in page.lines:
            for match in _CURRENCY_TOKEN.finditer(line.text):
                code = CURRENCY_WORDS[match.group(1).lower()]
                seen[code] += 1
                where.setdefault(code, line.box(match.start(1), match.end(1)))
    if not seen:
        return None
    (code, count), *rest = seen.most_common()
    confidence = 0.7 if not rest else 0.7 * count / (count + rest[0][1])
    return Suggestion(Field.CURRENCY, code, round(confidence, 3), (where[code],))


def normalize_cvr(text: str) -> str | None:
    """"DK 12 34 56 78", "12345678" -> "12345678"; None if it is not 8 digits."""
    digits = re.sub(r"[\s\-.]", "", text)
    if digits[:2].upper() == "DK":
        digits = digits[2:]
    return digits if len(digits) == 8 and digits.isdigit() and digits[0] != "0" else None


def _mod11(cvr: str) -> bool:
    return sum(int(d) * w for d, w in zip(cvr, (2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0


def _cvr(pages: list[_Page], own_cvrs: Collection[str]) -> Suggestion[str] | None:
    own = {n for n in (normalize_cvr(c) for c in own_cvrs) if n}
    found: dict[str, list[Box]] = {}
    for page in pages:
        for line in page.lines:
            if not re.search(r"(?i)cvr|se|dk", line.text):
                continue
            for match in _CVR.finditer(line.text):
                group = "n" if match["n"] else "v"
                number = normalize_cvr(match[group])
                if number is None or number in own:
                    continue
                if group == "v" and re.search(r"(?i)iban|konto", line.text[:match.start()]):
                    continue
                found.setdefault(number, []).append(line.box(match.start(group),
                                                             match.end(group)))
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda kv: (len(kv[1]) + (1 if _mod11(kv[0]) else 0),
                                                    -kv[1][0].page, -kv[1][0].y0),
                    reverse=True)
    number, boxes = ranked[0]
    confidence = 0.95 if len(ranked) == 1 else 0.6
    if not _mod11(number):
        confidence *= 0.8
    return Suggestion(Field.SUPPLIER_CVR, number, round(confidence, 3), tuple(boxes))


# --- choosing ---------------------------------------------------------------------


def _choose(
    candidates: list[_Candidate],
) -> tuple[_Candidate, float, tuple[Box, ...], _Cue | None] | None:
    """The best candidate, its confidence, its boxes (best first) and its label."""
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: c.score, reverse=True)
    best = ranked[0]
    if best.score < 0.12:
        return None
    second = ranked[1].score if len(ranked) > 1 else 0.0
    confidence = round(min(0.99, best.score) * (1 - 0.5 * second / best.score), 3)
    instances = sorted(best.instances, key=lambda i: -i[0])
    boxes: list[Box] = []
    for _, found, _ in instances:
        if found is not None and found.box not in boxes:
            boxes.append(found.box)
    label = next((cue for _, _, cue in instances if cue is not None), None)
    return best, confidence, tuple(boxes), label


def _pick_amount(name: Field, candidates: list[_Candidate]) -> Suggestion[Amount] | None:
    chosen = _choose(candidates)
    if chosen is None:
        return None
    best, confidence, boxes, label = chosen
    return Suggestion(name, Amount(_dec(best.value)), confidence, boxes,
                      label.text if label else "", label.box if label else None)


def _pick_date(name: Field, candidates: list[_Candidate]) -> Suggestion[date] | None:
    chosen = _choose(candidates)
    if chosen is None:
        return None
    best, confidence, boxes, label = chosen
    assert isinstance(best.value, date)
    return Suggestion(name, best.value, confidence, boxes,
                      label.text if label else "", label.box if label else None)

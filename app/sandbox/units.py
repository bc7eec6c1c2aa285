"""Units of measure for invoice lines (UN/ECE Recommendation 20 codes), in Danish and
English, as /unitsOfMeasure/{language} lists them."""

from __future__ import annotations

__all__ = ["UNITS_OF_MEASURE", "unit_codes", "units_of_measure"]

# code, (Danish singular, plural), (English singular, plural)
UNITS_OF_MEASURE: tuple[tuple[str, tuple[str, str], tuple[str, str]], ...] = (
    ("EA", ("stk.", "stk."), ("piece", "pieces")),
    ("HUR", ("time", "timer"), ("hour", "hours")),
    ("MIN", ("minut", "minutter"), ("minute", "minutes")),
    ("DAY", ("dag", "dage"), ("day", "days")),
    ("WEE", ("uge", "uger"), ("week", "weeks")),
    ("MON", ("måned", "måneder"), ("month", "months")),
    ("ANN", ("år", "år"), ("year", "years")),
    ("KGM", ("kg", "kg"), ("kilogram", "kilograms")),
    ("GRM", ("gram", "gram"), ("gram", "grams")),
    ("TNE", ("ton", "ton"), ("tonne", "tonnes")),
    ("LTR", ("liter", "liter"), ("litre", "litres")),
    ("MTR", ("meter", "meter"), ("metre", "metres")),
    ("KMT", ("km", "km"), ("kilometre", "kilometres")),
    ("MTK", ("m²", "m²"), ("square metre", "square metres")),
    ("MTQ", ("m³", "m³"), ("cubic metre", "cubic metres")),
    ("KWH", ("kWh", "kWh"), ("kilowatt hour", "kilowatt hours")),
    ("PK", ("pakke", "pakker"), ("pack", "packs")),
    ("SET", ("sæt", "sæt"), ("set", "sets")),
    ("PR", ("par", "par"), ("pair", "pairs")),
    ("BX", ("kasse", "kasser"), ("box", "boxes")),
    ("PAL", ("palle", "paller"), ("pallet", "pallets")),
    ("LS", ("samlet pris", "samlet pris"), ("lump sum", "lump sums")),
)


def units_of_measure(language: str) -> list[dict[str, str]] | None:
    """The list in ``language`` ("da" or "en", any case), or None for another language."""
    lowered = language.lower()
    if lowered not in ("da", "en"):
        return None
    result = []
    for code, danish, english in UNITS_OF_MEASURE:
        singular, plural = danish if lowered == "da" else english
        result.append({"uomCode": code, "singularis": singular, "pluralis": plural})
    return result


def unit_codes() -> frozenset[str]:
    return frozenset(row[0] for row in UNITS_OF_MEASURE)

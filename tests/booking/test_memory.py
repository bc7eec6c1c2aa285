"""Remembered accounts, VAT codes and suppliers; importing an account list from CSV."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.booking import BookingMemory, CsvFormatError, parse_accounts_csv
from app.paths import AppPaths

CO = 100000001
OTHER = 100000002
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def test_used_accounts_and_vat_codes_are_counted_per_company(memory: BookingMemory) -> None:
    memory.record_booking(CO, [("7350", "I25"), ("5820", None)], when=T0)
    memory.record_booking(CO, [("7350", "I25"), ("2750", "I25")], when=T0 + timedelta(days=1))
    memory.record_booking(CO, [("7350", ""), (" ", "I25")], when=T0 + timedelta(days=2))

    lunch = memory.account(CO, "7350")
    assert lunch is not None
    assert lunch.uses == 3 and lunch.last_used == T0 + timedelta(days=2)
    assert lunch.vat_code == ""  # the VAT code last booked on it
    assert [a.code for a in memory.accounts(CO)] == ["2750", "5820", "7350"]
    (vat,) = memory.vat_codes(CO)
    assert (vat.code, vat.uses) == ("I25", 3)  # not on the line without an account
    assert memory.accounts(OTHER) == [] and memory.account(OTHER, "7350") is None


def test_completions_rank_exact_prefix_label_then_use(memory: BookingMemory) -> None:
    memory.set_account_label(CO, "1010", "Salg af varer")
    memory.set_account_label(CO, "7350", "Repræsentation")
    memory.set_account_label(CO, "7300", "Rejser")
    memory.set_account_label(CO, "73", "Samlekonto")
    for day in range(3):
        memory.record_booking(CO, [("7300", "I25")], when=T0 + timedelta(days=day))
    memory.record_booking(CO, [("7350", "")], when=T0)

    assert [a.code for a in memory.complete_accounts(CO, "73")] == ["73", "7300", "7350"]
    assert [a.code for a in memory.complete_accounts(CO, "735")] == ["7350"]
    # label words starting with it, then labels containing it ("va-re-r")
    assert [a.code for a in memory.complete_accounts(CO, "re")] == ["7300", "7350", "1010"]
    assert [a.code for a in memory.complete_accounts(CO, "VARER")] == ["1010"]
    assert [a.code for a in memory.complete_accounts(CO, "æs")] == ["7350"]  # inside a word
    assert memory.complete_accounts(CO, "9") == []
    # nothing typed: the most used first, then the most recent
    assert [a.code for a in memory.complete_accounts(CO, "", limit=2)] == ["7300", "7350"]
    with pytest.raises(ValueError, match="not an account number"):
        memory.set_account_label(CO, "Omsætning", "en overskrift")


def test_labels_survive_use_and_forgetting_works(memory: BookingMemory, paths: AppPaths) -> None:
    memory.set_vat_label(CO, "I25", "Købsmoms 25 %")
    memory.record_booking(CO, [("7350", "I25")], when=T0)
    memory.set_account_label(CO, "7350", "  Repræsentation   (restaurant) ")
    memory.close()
    again = BookingMemory.open(paths)
    try:
        account = again.account(CO, "7350")
        assert account is not None and account.label == "Repræsentation (restaurant)"
        assert account.uses == 1
        (vat,) = again.complete_vat_codes(CO, "køb")
        assert (vat.code, vat.label, vat.uses) == ("I25", "Købsmoms 25 %", 1)
        again.forget_account(CO, "7350")
        again.forget_vat_code(CO, "I25")
        assert again.accounts(CO) == [] and again.vat_codes(CO) == []
    finally:
        again.close()


def test_suppliers_are_remembered_by_number_with_the_given_name(memory: BookingMemory) -> None:
    memory.remember_supplier(CO, 30001, "Havnekøkkenet")
    memory.remember_supplier(CO, 30002, "Kontorland A/S")
    memory.remember_supplier(CO, 4100, "Telia Danmark")
    memory.record_booking(CO, [], supplier_xid=30002, when=T0)
    memory.record_booking(CO, [], supplier_xid=30002, when=T0)
    memory.record_booking(CO, [], supplier_xid=55555, when=T0)  # used before it was named

    havn = memory.supplier(CO, 30001)
    assert havn is not None and havn.name == "Havnekøkkenet" and havn.uses == 0
    unnamed = memory.supplier(CO, 55555)
    assert unnamed is not None and unnamed.name == "" and unnamed.uses == 1
    assert [s.number for s in memory.complete_suppliers(CO, "300")] == [30002, 30001]
    assert [s.number for s in memory.complete_suppliers(CO, "kontor")] == [30002]
    assert [s.number for s in memory.complete_suppliers(CO, "danmark")] == [4100]
    memory.remember_supplier(CO, 30001, "Restaurant Havnekøkkenet")  # renamed
    renamed = memory.supplier(CO, 30001)
    assert renamed is not None and renamed.name == "Restaurant Havnekøkkenet"
    assert memory.supplier(OTHER, 30001) is None
    memory.forget_supplier(CO, 30001)
    assert [s.number for s in memory.suppliers(CO)] == [4100, 30002, 55555]


# --- CSV import -----------------------------------------------------------------------

DANISH = (
    "Kontonr.;Kontonavn;Momskode\r\n"
    "1010;Salg af varer, Danmark;U25\r\n"
    "2750;Råvarer og fødevarer;I25\r\n"
    ";Omsætning i alt;\r\n"
    "Udgifter;overskrift;\r\n"
    "7350;Repræsentation;I 25\r\n"
    "\r\n"
    "7300;Rejser;\r\n"
    "2750;Råvarer igen;I25\r\n"
)


def test_import_danish_headers_semicolons_cp1252_and_report_bad_rows(
    memory: BookingMemory, tmp_path: Path
) -> None:
    path = tmp_path / "kontoplan.csv"
    path.write_bytes(DANISH.encode("cp1252"))
    memory.record_booking(CO, [("7300", "")], when=T0)  # used before: its count stays

    report = memory.import_accounts_csv(CO, path)

    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    assert (report.added, report.updated, report.unchanged) == (2, 1, 0)
    assert report.imported == 3
    problems = {p.line: p.message for p in report.problems}
    assert set(problems) == {4, 5, 6, 9}
    assert problems[4] == "Type an account number."
    assert "«Udgifter» is not an account number" in problems[5]
    assert "«I 25» is not a VAT code" in problems[6]
    assert problems[9] == "Account 2750 is already on line 3."
    assert report.problems[0].text == ";Omsætning i alt;"
    accounts = {a.code: a for a in memory.accounts(CO)}
    assert set(accounts) == {"1010", "2750", "7300"}
    assert accounts["2750"].label == "Råvarer og fødevarer"
    assert accounts["1010"].vat_code == "U25"
    assert accounts["7300"].label == "Rejser" and accounts["7300"].uses == 1
    assert {v.code for v in memory.vat_codes(CO)} == {"U25", "I25"}
    # the same file again changes nothing
    again = memory.import_accounts_csv(CO, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_import_english_headers_commas_utf8_bom_quotes_and_column_order(
    memory: BookingMemory,
) -> None:
    data = (
        "\ufeffVAT,Account number,Name,Balance\n"
        'I25,2750,"Goods, food and drink",12.345\n'
        ',6010,"Rent ""Mejlgården""",0\n'
        "U25,,No account,0\n"
    ).encode()
    report = memory.import_accounts_csv(CO, data)
    assert (report.encoding, report.delimiter) == ("utf-8-sig", ",")
    assert report.added == 2
    assert [(p.line, p.message) for p in report.problems] == [(4, "Type an account number.")]
    accounts = {a.code: a for a in memory.accounts(CO)}
    assert accounts["2750"].label == "Goods, food and drink"
    assert accounts["2750"].vat_code == "I25"
    assert accounts["6010"].label == 'Rent "Mejlgården"' and accounts["6010"].vat_code == ""


def test_import_utf8_with_tekst_and_moms_and_a_file_without_header(
    memory: BookingMemory,
) -> None:
    report = memory.import_accounts_csv(CO, b"Konto;Tekst;Moms\n1010;Salg;U25\n")
    assert report.encoding == "utf-8" and report.added == 1
    headerless = memory.import_accounts_csv(CO, "7350;Repræsentation;I25\n7300;Rejser\n".encode())
    assert headerless.added == 2 and headerless.problems == ()
    lunch = memory.account(CO, "7350")
    assert lunch is not None and (lunch.label, lunch.vat_code) == ("Repræsentation", "I25")


def test_import_keeps_labels_the_file_leaves_empty(memory: BookingMemory) -> None:
    memory.set_account_label(CO, "7350", "Repræsentation")
    report = memory.import_accounts_csv(CO, b"konto;navn;moms\n7350;;I25\n")
    assert report.updated == 1
    lunch = memory.account(CO, "7350")
    assert lunch is not None and (lunch.label, lunch.vat_code) == ("Repræsentation", "I25")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"\r\n \r\n", "empty"),
        (b"Navn;Saldo\nSalg;100\n", "No column holds account numbers"),
    ],
)
def test_files_that_are_no_account_list(data: bytes, reason: str, memory: BookingMemory) -> None:
    with pytest.raises(CsvFormatError, match=reason):
        memory.import_accounts_csv(CO, data)
    assert memory.accounts(CO) == []


def test_parse_reports_line_numbers_across_quoted_newlines() -> None:
    data = b'konto,navn\n1010,"Salg\nto linjer"\nxx,bad\n'
    good, problems, _, _ = parse_accounts_csv(data)
    assert [(g.account, g.label, g.line) for g in good] == [("1010", "Salg to linjer", 3)]
    assert [p.line for p in problems] == [4]


def test_a_label_over_200_characters_is_a_bad_row() -> None:
    data = ("konto;navn\n1010;" + "x" * 201 + "\n2020;ok\n").encode()
    good, problems, _, _ = parse_accounts_csv(data)
    assert [g.account for g in good] == ["2020"]
    assert problems[0].line == 2 and "longer than 200" in problems[0].message

"""Save as… file names, and the details panel on its own (no server)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate

from app.api.models import ArchiveFile, ArchiveFileComment
from ui.preview_details import DetailsPanel, extension_for, safe_file_name

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


@pytest.mark.parametrize(
    ("name", "content_type", "head", "expected"),
    [
        ("Telia faktura oktober", "application/pdf", PDF, "Telia faktura oktober.pdf"),
        ("Faktura 104522.pdf", "application/pdf", PDF, "Faktura 104522.pdf"),
        ("Faktura.PDF", "application/pdf", PDF, "Faktura.PDF"),
        ("../../etc/passwd", "text/plain", b"root:x:0:0", "_.._etc_passwd.txt"),
        ("C:\\Windows\\system32\\evil", "application/pdf", PDF, "C__Windows_system32_evil.pdf"),
        ('a<b>c:d"e/f\\g|h?i*j', "application/pdf", PDF, "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("con", "application/pdf", PDF, "_con.pdf"),
        ("LPT1.txt", "text/plain", b"hello", "_LPT1.txt"),
        ("COM¹", "text/plain", b"hello", "_COM¹.txt"),
        ("NULL", "text/plain", b"hello", "NULL.txt"),  # not a device name
        ("bon\x00\x07\x1b[31m", "image/jpeg", JPEG, "bon[31m.jpg"),
        ("kvittering\u202egpj.exe", "image/jpeg", JPEG, "kvitteringgpj.exe.jpg"),
        ("linje1\nlinje2\tfane", "application/pdf", PDF, "linje1 linje2 fane.pdf"),
        ("  ...skjult.  ", "application/pdf", PDF, "skjult.pdf"),
        ("foto.jpeg", "image/jpeg", JPEG, "foto.jpeg"),
        ("foto.png", "image/jpeg", JPEG, "foto.png.jpg"),  # the bytes are a JPEG
        ("e-faktura", "application/xml", b"<?xml version='1.0'?><Invoice/>", "e-faktura.xml"),
        ("", "application/pdf", PDF, "document.pdf"),
        ("///", "application/pdf", PDF, "___.pdf"),
        ("....", "application/pdf", PDF, "document.pdf"),
        ("ukendt", "application/x-what", b"\x00\x01", "ukendt"),
        ("Kvittering Café Æblegården", "application/pdf", PDF,
         "Kvittering Café Æblegården.pdf"),
    ],
)
def test_safe_file_name(name: str, content_type: str, head: bytes, expected: str) -> None:
    assert safe_file_name(name, content_type, head) == expected


def test_safe_file_name_is_not_too_long() -> None:
    name = safe_file_name("æ" * 500, "application/pdf", PDF)
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 180


def test_extension_by_content_before_claim() -> None:
    assert extension_for("application/pdf", JPEG) == ".jpg"
    assert extension_for("image/png; charset=binary") == ".png"
    assert extension_for("image/tiff") == ".tif"
    assert extension_for("application/zip", b"PK\x03\x04") == ""


def _doc(**kw: Any) -> ArchiveFile:
    values: dict[str, Any] = {
        "company_xid": 1, "archive_file_xid": 7, "date": date(2026, 3, 4),
        "content_type": "application/pdf", "file_name": "f.pdf",
        "friendly_filename": "Faktura", "body": PDF,
    }
    values.update(kw)
    return ArchiveFile(**values)


def test_details_panel_save_and_comment_signals(qtbot: Any) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    saved: list[tuple[str, date]] = []
    comments: list[str] = []
    panel.saveRequested.connect(lambda name, day: saved.append((name, day)))
    panel.commentRequested.connect(comments.append)
    comment = ArchiveFileComment(date_time="2026-03-04T10:00:00.000", user_name="a@b.dk",
                                 comment="Betalt", real_name="Anne")
    panel.set_document(_doc(comments=[comment]), can_edit=True)
    assert panel.comments.count() == 1 and "Anne" in panel.comments.item(0).text()
    assert not panel.save_button.isEnabled() and not panel.add_comment_button.isEnabled()
    panel.name_edit.setText("  ")
    assert not panel.save_button.isEnabled()  # an empty name is not saved
    panel.name_edit.setText("Faktura 2")
    panel.date_edit.setDate(QDate(2026, 3, 5))
    panel.save_button.click()
    assert saved == [("Faktura 2", date(2026, 3, 5))]
    panel.comment_edit.setText("  Spørg Mette  ")
    panel.add_comment_button.click()
    assert comments == ["Spørg Mette"]
    # edits survive a refresh of the same document when asked to
    panel.set_document(_doc(), can_edit=True, keep_edits=True)
    assert panel.name_edit.text() == "Faktura 2"
    panel.set_document(_doc(), can_edit=True)
    assert panel.name_edit.text() == "Faktura"
    assert panel.comments.count() == 1  # "No comments yet."


def test_details_panel_read_only(qtbot: Any) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.set_document(_doc(), can_edit=False, why_not="Kun læseadgang.")
    for widget in (panel.name_edit, panel.date_edit, panel.comment_edit,
                   panel.add_comment_button, panel.delete_button, panel.save_button):
        assert not widget.isEnabled() and widget.toolTip() == "Kun læseadgang."
    assert panel.save_as_button.isEnabled()
    panel.clear()
    assert not panel.save_as_button.isEnabled()

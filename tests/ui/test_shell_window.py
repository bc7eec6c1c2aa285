"""The main window on the demo sandbox: companies and permissions, no access, drops and
paste, shortcuts, translations, what is imported at start, and how it looks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.api import MemoryTokenStore
from app.api.models import CompanyAndAccess
from tests.ui.shell_support import (
    DEMO_PASSWORD,
    DEMO_USER,
    NO_ACCESS_USER,
    ROOT,
    close_shell,
    drop_files,
    gui_thread_gc,  # noqa: F401  (a fixture)
    language,
    make_ctx,
    until,
)
from ui.company_selector import Permissions
from ui.main import Shell
from ui.main_window import MainWindow

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("gui_thread_gc")]


async def open_window(
    sandbox: Any, tmp_path: Path, user: str = DEMO_USER, lang: str = "en"
) -> tuple[Shell, MainWindow]:
    store = MemoryTokenStore()
    shell = Shell(make_ctx(sandbox.base_url, tmp_path, store=store, lang=lang), store)
    await shell.start_signed_in(user, DEMO_PASSWORD)
    window = shell.window
    assert window is not None
    await until(lambda: window.current_page() != MainWindow.PAGE_LOADING, what="the companies")
    return shell, window


async def test_company_switch_exposes_permissions(sandbox: Any, tmp_path: Path) -> None:
    shell, window = await open_window(sandbox, tmp_path)
    try:
        selector = window.findChild(QComboBox, "companySelector")
        assert selector is window.selector and selector.count() >= 2
        companies = window.companies
        assert companies is not None
        assert window.company == companies.default_company()  # lastCompanies[0]
        assert window.windowTitle() == f"{window.company.name} — Multi-Regnskab"
        assert window.company.cvr in selector.currentText()
        assert window.permissions == Permissions(True, True, True)
        assert not window.banner.isVisible() and window.upload_action.isEnabled()

        view_only = next(c for c in selector.companies if not c.allow_documents_add)
        seen: list[CompanyAndAccess] = []
        flags: list[Permissions] = []
        window.companyChanged.connect(seen.append)
        window.permissionsChanged.connect(flags.append)
        selector.setCurrentIndex(selector.companies.index(view_only))
        assert seen == [view_only]
        assert flags == [Permissions(True, False, False)] and window.permissions.read_only
        assert window.banner.isVisible()
        assert window.banner.text() == "You only have read access to documents in this company."
        assert not window.upload_action.isEnabled() and not window.paste_action.isEnabled()
        assert window.windowTitle() == f"{view_only.name} — Multi-Regnskab"
        assert window.status.company_label.text() == view_only.name
        assert window.status.user_label.text()  # who is signed in
        assert window.status.connection_label.accessibleDescription() == "Online"

        # the choice is remembered for this user on this server
        ctx = window.ctx
        assert ctx.settings.last_company(ctx.server, DEMO_USER) == view_only.xid
    finally:
        await close_shell(shell)


async def test_read_only_reason_in_danish(sandbox: Any, tmp_path: Path) -> None:
    with language("da"):
        shell, window = await open_window(sandbox, tmp_path, lang="da")
        try:
            view_only = next(c for c in window.selector.companies if not c.allow_documents_add)
            window.selector.select_company(view_only.xid)
            assert window.banner.text() == "Du har kun læseadgang til bilag i dette firma."
            assert window.menus["file"].title() == "&Filer"
            assert window.status.connection_label.accessibleDescription() == "Forbundet"
        finally:
            await close_shell(shell)


async def test_user_without_companies_gets_an_explanation(sandbox: Any, tmp_path: Path) -> None:
    shell, window = await open_window(sandbox, tmp_path, user=NO_ACCESS_USER)
    try:
        assert window.current_page() == MainWindow.PAGE_NO_ACCESS
        page = window.no_access_page
        assert "access" in page.heading.text()
        code = await window.ctx.api.access_request()
        await until(lambda: page.code_label.text() == code, what="the access request code")
        assert page.copy_button.isEnabled()
        page.copy_button.click()
        assert QGuiApplication.clipboard().text() == code
        assert window.company is None and not window.upload_action.isEnabled()
        assert window.windowTitle() == "Multi-Regnskab"
    finally:
        await close_shell(shell)


async def test_user_menu_and_access_code(sandbox: Any, tmp_path: Path) -> None:
    shell, window = await open_window(sandbox, tmp_path)
    try:
        user = await window.ctx.api.get_user()
        button = window.user_button
        assert button.text() == user.real_name
        assert user.real_name in button.name_action.text()
        window.show_access_code()
        dialog = window.access_code_dialog
        code = await window.ctx.api.access_request()
        await until(lambda: dialog.code_edit.text() == code, what="the code")
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == code
        dialog.close()
    finally:
        await close_shell(shell)


async def test_drop_files_and_folders_anywhere(sandbox: Any, tmp_path: Path) -> None:
    files = tmp_path / "drop"
    folder = files / "bilag-november"
    folder.mkdir(parents=True)
    receipt = files / "kvittering.pdf"
    receipt.write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folder / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    shell, window = await open_window(sandbox, tmp_path)
    try:
        dropped: list[list[Path]] = []
        window.filesDropped.connect(dropped.append)
        # on the preview, on the inbox, on a text field in the toolbar: all the same
        line_edit = QLineEdit(window.panels.uploads)  # a child added after the window
        targets = [window.panels.preview, window.panels.inbox, line_edit, window]
        for target in targets:
            assert drop_files(target, [receipt, folder]) == (True, True)
        assert dropped == [[receipt, folder]] * len(targets)
        assert line_edit.text() == ""  # the drop did not land in the field

        # not in a company where uploads are not allowed
        view_only = next(c for c in window.selector.companies if not c.allow_documents_add)
        window.selector.select_company(view_only.xid)
        assert drop_files(window.panels.preview, [receipt]) == (False, False)
        assert len(dropped) == len(targets)
        assert "read access" in window.status.currentMessage()
    finally:
        await close_shell(shell)


async def test_paste_files_or_an_image(sandbox: Any, tmp_path: Path) -> None:
    receipt = tmp_path / "kvittering.pdf"
    receipt.write_bytes(b"%PDF-1.4\n%%EOF\n")
    shell, window = await open_window(sandbox, tmp_path)
    try:
        pasted: list[list[Path]] = []
        images: list[QImage] = []
        window.filesPasted.connect(pasted.append)
        window.imagePasted.connect(images.append)
        clipboard = QGuiApplication.clipboard()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(receipt))])
        clipboard.setMimeData(mime)
        window.paste_action.trigger()
        assert pasted == [[receipt]]
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        clipboard.setImage(image)
        window.paste_action.trigger()
        assert len(images) == 1 and images[0].size() == image.size()
        clipboard.setText("just text")
        window.paste_action.trigger()
        assert "clipboard" in window.status.currentMessage()
        assert len(pasted) == 1 and len(images) == 1
    finally:
        await close_shell(shell)


async def test_shortcut_overview_lists_the_shortcuts(sandbox: Any, tmp_path: Path) -> None:
    shell, window = await open_window(sandbox, tmp_path)
    try:
        assert window.upload_action.shortcut().toString() == "Ctrl+U"
        assert window.refresh_action.shortcut().toString() == "F5"
        assert window.filter_action.shortcut().toString() == "Ctrl+F"
        assert window.zoom_in_action.shortcuts()[0].toString() == "+"
        window.shortcuts_action.trigger()
        dialog = window.shortcuts_dialog
        assert dialog.objectName() == "shortcutsDialog" and dialog.isVisible()
        rows = dict(dialog.rows())
        assert rows["Upload files…"] == "Ctrl+U"
        assert rows["Refresh"] == "F5"
        assert rows["Filter the inbox"] == "Ctrl+F"
        assert rows["Zoom in"].startswith("+")
        assert rows["Next document"] == "Down / J"
        dialog.close()
    finally:
        await close_shell(shell)


async def test_menus_and_accessible_names(sandbox: Any, tmp_path: Path) -> None:
    shell, window = await open_window(sandbox, tmp_path)
    try:
        titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert titles == ["&File", "&View", "&Help"]  # "Go" comes with a second section
        file_actions = [a.text() for a in window.menus["file"].actions() if a.text()]
        assert "&Upload…" in file_actions and "&Save as…" in file_actions
        assert "&Quit" in file_actions
        assert window.statusBar().objectName() == "statusBar"
        for widget in window.findChildren(QWidget):
            if widget.isVisibleTo(window) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                if type(widget).__name__ in ("QScrollBar", "QSplitterHandle", "QToolBarExtension"):
                    continue
                assert widget.accessibleName(), f"{widget!r} has no accessible name"
        # tab order: company, user, inbox, preview, uploads
        assert window.selector.nextInFocusChain() is not None
        chain = [window.panels.inbox, window.panels.preview, window.panels.uploads]
        assert window.panels.inbox.nextInFocusChain() in (chain[1], *chain[1].findChildren(QWidget))
    finally:
        await close_shell(shell)


async def test_single_key_shortcuts_leave_text_fields_alone(
    sandbox: Any, tmp_path: Path, qtbot: Any
) -> None:
    shell, window = await open_window(sandbox, tmp_path)
    try:
        zooms: list[str] = []
        window.zoomResetRequested.connect(lambda: zooms.append("reset"))
        window.zoomInRequested.connect(lambda: zooms.append("in"))
        field = QLineEdit(window.panels.uploads)
        field.setAccessibleName("test field")
        field.show()
        window.activateWindow()
        field.setFocus()
        await until(field.hasFocus, what="focus in the field")
        qtbot.keyClicks(field, "10+")
        assert field.text() == "10+" and zooms == []
        window.panels.preview.setFocus()
        await until(window.panels.preview.hasFocus, what="focus on the preview")
        qtbot.keyClick(window.panels.preview, Qt.Key.Key_0)
        qtbot.keyClick(window.panels.preview, Qt.Key.Key_Plus)
        assert zooms == ["reset", "in"]
    finally:
        await close_shell(shell)


def test_translations_load(qapp: Any) -> None:
    with language("da"):
        assert QCoreApplication.translate("LoginDialog", "Sign in") == "Log ind"
        assert QCoreApplication.translate("LoginDialog", "Stay signed in") == "Forbliv logget ind"
        assert QCoreApplication.translate("MainWindow", "Inbox") == "Indbakke"
        # Qt's own strings too
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert QCoreApplication.translate("LoginDialog", "Sign in") == "Sign in"


SHELL_SOURCES = {
    "company_selector.py",
    "context.py",
    "i18n.py",
    "login_dialog.py",
    "main.py",
    "main_window.py",
    "shortcuts.py",
    "status_bar.py",
    "user_menu.py",
}


def test_danish_catalogue_is_complete_for_the_shell() -> None:
    """Every text of the shell's modules has a finished Danish translation."""
    import xml.etree.ElementTree as ET

    ts = ET.parse(ROOT / "resources" / "i18n" / "mr_desktop_da.ts").getroot()
    untranslated = []
    shell_messages = 0
    for message in ts.iter("message"):
        files = {Path(loc.get("filename", "")).name for loc in message.iter("location")}
        if not files & SHELL_SOURCES:
            continue
        shell_messages += 1
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None or not (translation.text or "").strip():
            untranslated.append(message.findtext("source"))
    assert shell_messages > 100
    assert untranslated == []


_IMPORT_PROBE = r"""
import asyncio, json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from ui.asyncloop import run
from app.api import MemoryTokenStore
from app.paths import AppPaths
from app.tasks import Tasks
from ui import i18n
from ui.context import AppContext, ConnectionMonitor, Settings, make_api
from ui.main import Shell, _setup_app

async def main(app):
    _setup_app(app)
    i18n.install("da", app)
    tmp = Path(sys.argv[1])
    store = MemoryTokenStore()
    monitor = ConnectionMonitor()
    ctx = AppContext(api=make_api(sys.argv[2], store, monitor), paths=AppPaths.under(tmp),
                     tasks=Tasks(), connection=monitor, language="da",
                     settings=Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
    shell = Shell(ctx, store)
    await shell.start_signed_in("demo@example.dk", "demo1234")
    for _ in range(500):
        if shell.window.company is not None:
            break
        await asyncio.sleep(0.01)
    shell.window.grab()
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("fitz", "pymupdf", "PIL"))
    print(json.dumps({"company": shell.window.company.name, "heavy": heavy}))
    await shell.close()
    return 0

sys.exit(run(main, [sys.argv[0]]))
"""


def test_pymupdf_and_pillow_are_not_imported_at_start(sandbox: Any, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE, str(tmp_path), sandbox.base_url],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["company"]
    assert report["heavy"] == []


@pytest.mark.parametrize("lang", ["da", "en"])
async def test_screenshot(sandbox: Any, tmp_path: Path, lang: str) -> None:
    """Render the window (offscreen) with the demo data; look at the PNGs."""
    out = Path(os.environ.get("MR_SCREENSHOT_DIR", tmp_path))
    with language(lang):
        shell, window = await open_window(sandbox, tmp_path, lang=lang)
        try:
            window.resize(1280, 800)
            view_only = next(c for c in window.selector.companies if not c.allow_documents_add)
            window.selector.select_company(view_only.xid)
            window.set_upload_progress(3, 8, "3 / 8")
            await until(lambda: window.status.connection_state == "online", what="online")
            image = window.grab()
            path = out / f"mr-desktop-main-{lang}.png"
            assert image.save(str(path))
            assert image.width() >= 1280 * 0.9
        finally:
            await close_shell(shell)

"""Signing in, restoring a session, signing out: the real dialog against the sandbox."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from app.api import ApiClient, KeyringTokenStore, MemoryTokenStore, errors
from app.api.http import check_base_url
from app.paths import AppPaths
from tests.ui.shell_support import (
    DEMO_PASSWORD,
    DEMO_USER,
    FakeKeyring,
    close_shell,
    free_port,
    gui_thread_gc,  # noqa: F401  (a fixture)
    language,
    make_ctx,
    until,
    visible,
)
from ui.inbox_model import FIRST_PAGE_SIZE
from ui.login_dialog import LoginDialog
from ui.main import Shell
from ui.workspace import AppServices

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("gui_thread_gc")]


async def open_dialog(shell: Shell) -> LoginDialog:
    await shell.start()
    dialog = await until(lambda: shell.login_dialog, what="the sign-in dialog")
    assert isinstance(dialog, LoginDialog)
    assert dialog.objectName() == "loginDialog" and dialog.isVisible()
    return dialog


def fill(dialog: LoginDialog, user: str, password: str, server: str | None = None) -> None:
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    if server is not None:
        dialog.server_edit.setText(server)


async def test_sign_in_opens_the_main_window(
    sandbox: Any, tmp_path: Path, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = MemoryTokenStore()
    ctx = make_ctx(sandbox.base_url, tmp_path, store=store)
    shell = Shell(ctx, store)
    try:
        dialog = await open_dialog(shell)
        assert not dialog.stay_check.isEnabled()  # no OS keyring: cannot stay signed in
        assert "keyring" in dialog.stay_check.toolTip()
        fill(dialog, DEMO_USER, DEMO_PASSWORD)
        left_in_field: list[str] = []
        dialog.signedIn.connect(lambda _user: left_in_field.append(dialog.password_edit.text()))
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and dialog.busy_bar.isVisible()
        window = await until(lambda: shell.window, what="the main window")
        assert window.isVisible() and not visible(shell.login_dialog)
        assert left_in_field == [""]  # the password is not kept
        await until(lambda: window.company is not None, what="a company")
        assert window.user is not None and window.user.user_name == DEMO_USER
        assert ctx.settings.last_user == DEMO_USER
        assert ctx.settings.last_server == sandbox.base_url
        assert caplog.records and not any(DEMO_PASSWORD in r.getMessage() for r in caplog.records)
    finally:
        await close_shell(shell)


async def test_wrong_password_is_explained_in_danish(
    sandbox: Any, tmp_path: Path, qtbot: Any
) -> None:
    with language("da"):
        ctx = make_ctx(sandbox.base_url, tmp_path, lang="da")
        shell = Shell(ctx, MemoryTokenStore())
        try:
            dialog = await open_dialog(shell)
            assert dialog.windowTitle() == "Log ind i Multi-Regnskab"
            assert dialog.sign_in_button.text() == "Log ind"
            fill(dialog, DEMO_USER, "forkert")
            dialog.submit()
            await until(lambda: dialog.error_label.isVisible(), what="an error message")
            assert dialog.error_label.text() == "Forkert brugernavn eller adgangskode."
            assert dialog.isVisible() and shell.window is None
            assert dialog.password_edit.hasFocus() or dialog.password_edit.selectedText()
            assert not dialog.busy and dialog.sign_in_button.isEnabled()
        finally:
            await close_shell(shell)


async def test_unreachable_server_is_explained(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}/open/clientapi/v1"
    ctx = make_ctx(dead, tmp_path)
    shell = Shell(ctx, MemoryTokenStore())
    try:
        dialog = await open_dialog(shell)
        fill(dialog, DEMO_USER, DEMO_PASSWORD, server=dead)
        dialog.submit()
        await until(lambda: dialog.error_label.isVisible(), what="an error message")
        assert "Could not reach the server" in dialog.error_label.text()
        assert shell.window is None
    finally:
        await close_shell(shell)


async def test_invalid_server_address_is_explained(sandbox: Any, tmp_path: Path) -> None:
    ctx = make_ctx(sandbox.base_url, tmp_path)
    shell = Shell(ctx, MemoryTokenStore())
    try:
        dialog = await open_dialog(shell)
        fill(dialog, DEMO_USER, DEMO_PASSWORD, server="http://multiregnskab.example/api")
        dialog.submit()
        await until(lambda: dialog.error_label.isVisible(), what="an error message")
        assert "https://" in dialog.error_label.text()
        assert dialog.advanced.isVisible()  # the field at fault is shown
        assert ctx.api.base_url == sandbox.base_url  # nothing changed
    finally:
        await close_shell(shell)


async def test_failing_server_is_explained(make_sandbox: Any, tmp_path: Path) -> None:
    from app.sandbox.faults import Fault

    server = make_sandbox()
    server.faults.enqueue(Fault.status(503), path_prefix="/login")
    ctx = make_ctx(server.base_url, tmp_path)
    shell = Shell(ctx, MemoryTokenStore())
    try:
        dialog = await open_dialog(shell)
        fill(dialog, DEMO_USER, DEMO_PASSWORD)
        dialog.submit()
        await until(lambda: dialog.error_label.isVisible(), what="an error message")
        assert "problem" in dialog.error_label.text() and "503" in dialog.error_label.text()
    finally:
        await close_shell(shell)


async def test_stored_session_is_restored_without_a_password(sandbox: Any, tmp_path: Path) -> None:
    keyring = FakeKeyring()
    first_store = KeyringTokenStore(backend=keyring)
    assert first_store.persistent
    ctx = make_ctx(sandbox.base_url, tmp_path, store=first_store)
    shell = Shell(ctx, first_store)
    try:
        dialog = await open_dialog(shell)
        assert dialog.stay_check.isEnabled() and dialog.stay_check.isChecked()
        fill(dialog, DEMO_USER, DEMO_PASSWORD)
        dialog.submit()
        await until(lambda: shell.window, what="the main window")
    finally:
        await close_shell(shell)
    stored = list(keyring.entries.values())
    assert len(stored) == 1 and DEMO_PASSWORD not in stored[0]  # tokens, never the password

    # next start: a new program with the same keyring
    second_store = KeyringTokenStore(backend=keyring)
    ctx2 = make_ctx(sandbox.base_url, tmp_path, store=second_store, settings_name="s2.ini")
    shell2 = Shell(ctx2, second_store)
    try:
        await shell2.start()
        assert shell2.login_dialog is None
        window = shell2.window
        assert window is not None and window.isVisible()
        assert window.user is not None and window.user.user_name == DEMO_USER
        # the companies came with the session check: the window opens on the company,
        # not on a page that fetches them first
        assert window.company is not None and window.pages.currentIndex() == window.PAGE_WORK
    finally:
        await close_shell(shell2)


async def test_a_restored_session_opens_on_the_last_company_with_its_documents_in(
    sandbox: Any, tmp_path: Path
) -> None:
    keyring = FakeKeyring()
    store = KeyringTokenStore(backend=keyring)
    ctx = make_ctx(sandbox.base_url, tmp_path, store=store)
    shell = Shell(ctx, store)
    try:
        dialog = await open_dialog(shell)
        fill(dialog, DEMO_USER, DEMO_PASSWORD)
        dialog.submit()
        window = await until(lambda: shell.window, what="the main window")
        await until(lambda: window.company is not None, what="a company")
        # the user works in another company than the one the server lists first
        other = next(c for c in window.selector.companies if c != window.company)
        window.selector.select_company(other.xid)
    finally:
        await close_shell(shell)

    # next start: the same keyring and settings, the program's real panels
    store2 = KeyringTokenStore(backend=keyring)
    ctx2 = make_ctx(sandbox.base_url, tmp_path, store=store2)
    ctx2.services = AppServices.create(AppPaths.under(tmp_path / "program").ensure())
    # (a generous wait: a busy test machine must not make the page miss the window)
    shell2 = Shell(ctx2, store2, start_wait_s=10)
    listings = sandbox.request_log.count("/archiveFiles", "GET")
    try:
        await shell2.start()
        window = shell2.window
        assert window is not None and window.isVisible()
        assert window.company is not None and window.company.xid == other.xid
        inbox = window.panels.inbox
        # the first page came with the session check: its documents are in the list
        # the moment the window opens, without waiting for the event loop
        assert inbox.model.rowCount() > 0 and inbox.state == inbox.STATE_READY
        assert sandbox.request_log.count("/archiveFiles", "GET") == listings + 1  # once
        expected = await ctx2.api.archive_files(other.xid, FIRST_PAGE_SIZE)
        assert [line.xid for line in inbox.lines()] == [
            line.xid for line in expected.archive_files_list
        ]
        assert not ctx2.first_pages  # handed over, nothing left waiting
    finally:
        await close_shell(shell2)
        await ctx2.services.close()


async def test_sign_out_revokes_the_tokens(sandbox: Any, tmp_path: Path) -> None:
    store = MemoryTokenStore()
    ctx = make_ctx(sandbox.base_url, tmp_path, store=store)
    shell = Shell(ctx, store)
    try:
        await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
        window = shell.window
        assert window is not None
        await until(lambda: window.company is not None, what="a company")
        old_tokens = ctx.api.session.tokens
        assert old_tokens is not None
        window.sign_out_action.trigger()
        dialog = await until(lambda: shell.login_dialog, what="the sign-in dialog")
        await until(lambda: not isValid(window) or not window.isVisible(), what="no window")
        assert shell.window is None and dialog.isVisible()
        assert dialog.user_edit.text() == DEMO_USER  # prefilled for the next time
        assert ctx.api.session.tokens is None
        assert store.load(check_base_url(sandbox.base_url)) is None
    finally:
        await close_shell(shell)

    # a second client holding the old tokens gets nowhere
    other = ApiClient(sandbox.base_url, token_store=MemoryTokenStore())
    try:
        await other.session.establish(old_tokens, remember=False)
        with pytest.raises(errors.SessionExpired):
            await other.get_user()
    finally:
        await other.aclose()

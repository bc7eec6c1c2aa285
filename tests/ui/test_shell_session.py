"""A session that expires mid-use: ask for the password, keep the window and the work."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import MemoryTokenStore, errors
from tests.ui.shell_support import (
    DEMO_PASSWORD,
    DEMO_USER,
    close_shell,
    gui_thread_gc,  # noqa: F401  (a fixture)
    make_ctx,
    until,
)
from ui.context import ConnectionMonitor, ConnectionState, MonitoringTransport, SessionGuard
from ui.login_dialog import LoginDialog
from ui.main import Shell

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("gui_thread_gc")]


async def test_expiry_asks_again_and_keeps_the_window(sandbox: Any, tmp_path: Path) -> None:
    store = MemoryTokenStore()
    ctx = make_ctx(sandbox.base_url, tmp_path, store=store)
    shell = Shell(ctx, store)
    try:
        await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
        window = shell.window
        assert window is not None
        await until(lambda: window.company is not None, what="a company")
        # the user is working in another company than the default one
        other = next(c for c in window.selector.companies if c != window.company)
        window.selector.select_company(other.xid)
        assert window.company == other

        # the server revokes the session (both tokens) behind our back
        await ctx.api.invalidate_or_expire_tokens(
            expire_access_token_now=True, expire_refresh_token_now=True
        )
        # something the user was doing, waiting on the API
        pending = ctx.tasks.start(ctx.guard.call(ctx.api.get_user))
        window.refresh()  # the next call finds the session gone

        dialog = await until(lambda: shell.login_dialog, what="the sign-in dialog")
        assert isinstance(dialog, LoginDialog) and dialog.reauth
        await until(dialog.isVisible, what="the dialog to show")
        assert dialog.parent() is window
        assert dialog.user_edit.text() == DEMO_USER and dialog.user_edit.isReadOnly()
        assert shell.window is window and window.isVisible()
        assert window.company == other  # nothing lost
        assert not pending.done()
        assert window.user_button.sign_in_again_action.isVisible()

        dialog.password_edit.setText("forkert")
        dialog.submit()
        await until(dialog.error_label.isVisible, what="the wrong password message")
        assert dialog.isVisible()

        renewed: list[bool] = []
        window.sessionRenewed.connect(lambda: renewed.append(True))
        dialog.password_edit.setText(DEMO_PASSWORD)
        dialog.submit()
        user = await asyncio.wait_for(pending, 10)  # the interrupted call continued
        assert user.user_name == DEMO_USER
        assert renewed == [True] and shell.login_dialog is None
        assert shell.window is window and window.company == other
        assert not window.user_button.sign_in_again_action.isVisible()
        # and the program works again
        companies = await ctx.api.companies()
        assert other in companies.companies_and_access_list
    finally:
        await close_shell(shell)


async def test_cancelled_prompt_can_be_reopened(sandbox: Any, tmp_path: Path) -> None:
    store = MemoryTokenStore()
    ctx = make_ctx(sandbox.base_url, tmp_path, store=store)
    shell = Shell(ctx, store)
    try:
        await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
        window = shell.window
        assert window is not None
        await until(lambda: window.company is not None, what="a company")
        await ctx.api.invalidate_or_expire_tokens(
            expire_access_token_now=True, expire_refresh_token_now=True
        )
        window.refresh()
        dialog = await until(lambda: shell.login_dialog, what="the sign-in dialog")
        dialog.reject()
        assert shell.login_dialog is None and window.isVisible()
        window.user_button.sign_in_again_action.trigger()
        again = await until(lambda: shell.login_dialog, what="the dialog again")
        again.password_edit.setText(DEMO_PASSWORD)
        again.submit()
        await until(lambda: shell.login_dialog is None, what="signed in again")
        assert window.company is not None
    finally:
        await close_shell(shell)


async def test_guard_retries_after_renewal() -> None:
    guard = SessionGuard()
    prompts: list[int] = []
    guard.prompt = lambda: prompts.append(1)
    calls = 0

    async def call() -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise errors.SessionExpired("gone", status=401)
        return "ok"

    task = asyncio.ensure_future(guard.call(call))
    await until(lambda: prompts, what="a prompt")
    second = asyncio.ensure_future(guard.call(call))  # another call while prompting: no prompt
    await asyncio.sleep(0.01)
    assert prompts == [1]
    guard.renewed()
    assert await task == "ok" and await second == "ok"


async def test_connection_state_follows_the_calls() -> None:
    monitor = ConnectionMonitor(offline_after=2)
    states: list[str] = []
    monitor.stateChanged.connect(states.append)
    fail = True

    def handler(request: httpx.Request) -> httpx.Response:
        if fail:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={})

    transport = MonitoringTransport(monitor, httpx.MockTransport(handler))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for _ in range(2):
            with pytest.raises(httpx.ConnectError):
                await client.get("/x")
        fail = False
        await client.get("/x")
    assert states == ["reconnecting", "offline", "online"]
    assert monitor.state == ConnectionState.ONLINE

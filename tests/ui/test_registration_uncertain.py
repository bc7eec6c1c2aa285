"""A registration whose answer never came: the panel asks (send again / check first /
discard), against a sandbox that drops the connection after the registration took
effect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from app.booking import DraftStatus
from app.sandbox.faults import Fault
from tests.ui.shell_support import until
from tests.ui.test_registration_panel import fill_lunch, open_env
from ui.registration_panel import RegistrationPanel
from ui.uncertain_dialog import UncertainRegistrationDialog

pytestmark = pytest.mark.timeout(90)

REGISTRATIONS = "/suggestedRegistrations"


async def dialog_of(panel: RegistrationPanel) -> UncertainRegistrationDialog:
    dialog = await until(
        lambda: panel.findChild(UncertainRegistrationDialog, "uncertainRegistrationDialog"),
        30,
        "the uncertain-registration dialog",
    )
    await until(dialog.isVisible, 5, "the dialog shown")
    return dialog


def click(dialog: UncertainRegistrationDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


async def test_send_again_after_a_dropped_answer_makes_a_second_one(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        await fill_lunch(panel)
        panel.set_documents([env.lines[0]])
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)
        env.server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=REGISTRATIONS)
        panel.submit()

        dialog = await dialog_of(panel)
        assert "may or may not" in dialog.text.text()
        resend = dialog.findChild(QPushButton, "uncertainResend")
        assert resend is not None and "twice" in resend.toolTip()
        assert panel.uncertain.isVisible()
        kept = env.drafts.latest(env.company.xid)
        assert kept is not None and kept.status is DraftStatus.UNCERTAIN
        # the first one did arrive (the fault let it take effect)
        assert len(env.server.store.registrations(env.company.xid)) == 1
        assert booked == []

        click(dialog, "uncertainResend")
        await until(lambda: booked, 30, "booked on sending again")
        assert booked == [[env.lines[0].xid]]
        # sent again: the user was warned it may be there twice, and it is
        assert len(env.server.store.registrations(env.company.xid)) == 2
        assert not panel.uncertain.isVisible()
        assert panel.description.text() == ""  # a fresh draft


async def test_check_first_keeps_the_draft_and_asks_again_then_discard(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        await fill_lunch(panel)
        panel.set_documents([env.lines[1]])
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)
        env.server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=REGISTRATIONS)
        panel.submit()

        dialog = await dialog_of(panel)
        click(dialog, "uncertainKeep")
        await until(lambda: not dialog.isVisible(), 5, "the dialog closed")
        assert panel.uncertain.isVisible() and panel.description.text() == "Frokost"
        kept = env.drafts.latest(env.company.xid)
        assert kept is not None and kept.status is DraftStatus.UNCERTAIN
        assert booked == []

        # the state survives a new panel (a restart)
        env.close_panel(panel)
        panel = await env.panel()
        panel.booked.connect(booked.append)
        assert panel.uncertain.isVisible() and panel.description.text() == "Frokost"

        # the next submit sends nothing and asks again
        QTest.keyClick(panel.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        dialog = await dialog_of(panel)
        assert len(env.server.store.registrations(env.company.xid)) == 1
        click(dialog, "uncertainDiscard")  # "it is there": the draft is done with
        await until(lambda: booked, 10, "the draft finished")
        assert booked == [[env.lines[1].xid]]
        assert len(env.server.store.registrations(env.company.xid)) == 1
        assert not panel.uncertain.isVisible() and panel.description.text() == ""
        drafts = env.drafts.drafts(env.company.xid)
        assert all(d.status is not DraftStatus.UNCERTAIN for d in drafts)

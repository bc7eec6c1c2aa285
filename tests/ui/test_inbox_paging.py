"""The inbox panel on a real sandbox: paging through 1,000 documents with continuation
tokens, sorting, the filter, selection, J/K, refresh after an upload, and its states."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableView

from app.api.models import FileUploadMeta
from app.inbox import FirstPages
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from tests.ui.inbox_support import click_row, open_inbox, server_lines, until
from ui.formatting import format_date
from ui.inbox_model import FIRST_PAGE_SIZE, PAGE_SIZE, Column, _name_key

pytestmark = pytest.mark.timeout(120)

MakeSandbox = Callable[..., SandboxServer]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def test_pages_through_1000_documents_with_continuation_tokens(
    make_sandbox: MakeSandbox,
) -> None:
    server = make_sandbox(seed="large:1000")
    env = await open_inbox(server, size=(640, 480))
    try:
        panel = env.panel
        view = panel.findChild(QTableView, "inboxView")
        assert view is panel.view
        await env.first_page()
        assert panel.model.rowCount() == FIRST_PAGE_SIZE  # one page, not everything
        assert panel.state == panel.STATE_READY
        assert panel.model.canFetchMore(QModelIndex())

        await env.load_everything()

        listings = env.transport.listings()
        xids = [line.xid for line in panel.lines()]
        assert len(xids) == 1000 and len(set(xids)) == 1000  # every row exactly once
        assert xids == [line.xid for line in await server_lines(env)]  # in server order
        assert not panel.model.canFetchMore(QModelIndex())

        expected_pages = 1 + -(-(1000 - FIRST_PAGE_SIZE) // PAGE_SIZE)
        assert len(listings) == expected_pages
        assert "continuationToken" not in listings[0]
        tokens = [q["continuationToken"][0] for q in listings[1:]]
        assert all(tokens) and len(set(tokens)) == len(tokens)
        assert [int(q["maxLines"][0]) for q in listings] == (
            [FIRST_PAGE_SIZE] + [PAGE_SIZE] * (expected_pages - 1)
        )
        assert panel.status.text().startswith("Documents:")
        assert server.request_log.count("/archiveFiles", "GET") == expected_pages + 1
    finally:
        await env.close()


async def test_a_first_page_asked_for_early_is_in_the_list_at_once(
    make_sandbox: MakeSandbox,
) -> None:
    """At start the first page is asked for before the window exists (app.inbox.FirstPages):
    choosing the company then shows it without a round trip, and with a sort column the
    rest still loads behind it, each page asked for once."""
    server = make_sandbox(seed="large:1000")
    first_pages = FirstPages()
    env = await open_inbox(server, size=(700, 480), first_pages=first_pages, start=False)
    try:
        panel = env.panel
        panel.view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        early = first_pages.start(env.api, env.company_xid, FIRST_PAGE_SIZE)
        await asyncio.wait([early])
        panel.set_company(env.company_xid)
        # no await since: the rows are there now, sorted
        assert panel.model.rowCount() == FIRST_PAGE_SIZE
        assert panel.state == panel.STATE_READY
        keys = [_name_key(line) for line in panel.lines()]
        assert keys == sorted(keys)
        await until(lambda: not panel.model.loading_all and not panel.model.loading,
                    what="the whole inbox")
        lines = panel.lines()
        assert len(lines) == 1000 and len({line.xid for line in lines}) == 1000
        assert [_name_key(line) for line in lines] == sorted(_name_key(line) for line in lines)
        listings = env.transport.listings()
        expected_pages = 1 + -(-(1000 - FIRST_PAGE_SIZE) // PAGE_SIZE)
        assert len(listings) == expected_pages  # the early page was not asked for again
        assert "continuationToken" not in listings[0]
        assert all("continuationToken" in q for q in listings[1:])
    finally:
        await env.close()


async def test_sorting_by_name_and_date_loads_everything_and_keeps_the_selection(
    make_sandbox: MakeSandbox,
) -> None:
    server = make_sandbox(seed="large:1000")
    env = await open_inbox(server, size=(700, 480))
    try:
        panel = env.panel
        await env.first_page()
        click_row(env, 2)
        chosen = panel.current_line()
        assert chosen is not None

        # a click on the "Name" header sorts; the rest of the inbox is loaded first
        header = panel.view.horizontalHeader()
        x = header.sectionViewportPosition(Column.NAME) + 20
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, 5))
        assert panel.model.sort_column == Column.NAME
        await until(lambda: not panel.model.loading_all and not panel.model.loading,
                    what="the whole inbox")
        lines = panel.lines()
        assert len(lines) == 1000
        keys = [_name_key(line) for line in lines]
        order = panel.model.sort_order
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert panel.current_line() == chosen and panel.selected_lines() == [chosen]

        panel.view.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        dates = [line.date or date.min for line in panel.lines()]
        assert dates == sorted(dates, reverse=True)
        assert panel.current_line() == chosen

        panel.view.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        numbers = [line.id for line in panel.lines()]
        assert numbers == sorted(numbers)

        # no sort column: the server's order again (newest first)
        panel.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        assert [x.xid for x in panel.lines()] == [x.xid for x in await server_lines(env)]
        assert panel.current_line() == chosen
    finally:
        await env.close()


async def test_filter_narrows_at_once_and_escape_restores(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="large:1000")
    env = await open_inbox(server, size=(640, 480))
    try:
        panel = env.panel
        await env.load_everything()
        everything = panel.lines()
        edit = panel.findChild(QLineEdit, "inboxFilter")
        assert edit is panel.filter_edit

        # Ctrl+F (no window action here) goes to the filter
        panel.view.setFocus()
        QTest.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert edit.hasFocus() or panel.focusWidget() is edit

        QTest.keyClicks(edit, "NETTO")  # case-insensitive, no waiting
        shown = panel.lines()
        expected = [x for x in everything if "netto" in (x.name or "").casefold()]
        assert shown == expected and 0 < len(shown) < len(everything)
        assert "Showing" in panel.status.text()

        QTest.keyClick(edit, Qt.Key.Key_Escape)
        assert edit.text() == "" and panel.lines() == everything

        # the document number, and the date as it is shown
        target = everything[123]
        edit.setText(str(target.id))
        assert target in panel.lines()
        assert all(str(target.id) in str(x.id) or str(target.id) in (x.name or "")
                   or str(target.id) in format_date(x.date) for x in panel.lines())
        shown_date = format_date(target.date)
        edit.setText(shown_date)
        assert target in panel.lines()
        assert all(x.date == target.date or shown_date in (x.name or "") for x in panel.lines())
        edit.setText("no such document anywhere")
        assert panel.lines() == []
        QTest.keyClick(edit, Qt.Key.Key_Escape)
        assert panel.lines() == everything
        QTest.keyClick(edit, Qt.Key.Key_Escape)  # empty: Escape moves on to the list
        assert not edit.hasFocus()
    finally:
        await env.close()


async def test_multi_select_and_jk_move_the_current_row(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="large:200")
    env = await open_inbox(server, size=(640, 600))
    try:
        panel = env.panel
        await env.first_page()
        lines = panel.lines()
        currents: list[Any] = []
        selections: list[list[Any]] = []
        activated: list[Any] = []
        panel.currentChanged.connect(currents.append)
        panel.selectionChanged.connect(selections.append)
        panel.activated.connect(activated.append)

        click_row(env, 1)
        click_row(env, 4, Qt.KeyboardModifier.ShiftModifier)
        click_row(env, 7, Qt.KeyboardModifier.ControlModifier)
        expected = [lines[i] for i in (1, 2, 3, 4, 7)]
        assert panel.selected_lines() == expected
        await until(lambda: selections and selections[-1] == expected, what="selectionChanged")
        assert currents[-1] == lines[7] == panel.current_line()

        panel.view.setFocus()
        QTest.keyClick(panel.view, Qt.Key.Key_J)
        assert panel.current_line() == lines[8] and currents[-1] == lines[8]
        assert panel.selected_lines() == [lines[8]]
        QTest.keyClick(panel.view, Qt.Key.Key_J)
        QTest.keyClick(panel.view, Qt.Key.Key_K)
        QTest.keyClick(panel.view, Qt.Key.Key_K)
        assert panel.current_line() == lines[7]
        QTest.keyClick(panel.view, Qt.Key.Key_Down)
        assert panel.current_line() == lines[8]
        QTest.keyClick(panel.view, Qt.Key.Key_Up)
        QTest.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        assert panel.selected_lines() == [lines[7], lines[8]]

        # for the preview's prefetch: neighbours as the list shows them
        assert panel.next_line(lines[8]) == lines[9]
        assert panel.previous_line(lines[8]) == lines[7]
        assert panel.previous_line(lines[0]) is None
        assert panel.next_line() == lines[9]  # of the current line

        panel.select_previous()
        assert panel.current_line() == lines[7]
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
        assert activated == [lines[7]]

        # from the top with nothing current, J takes the first row
        panel.view.setCurrentIndex(QModelIndex())
        panel.select_next()
        assert panel.current_line() == lines[0]
        panel.select_previous()
        assert panel.current_line() == lines[0]  # nothing above the first
    finally:
        await env.close()


async def test_refresh_after_an_upload_puts_the_new_document_on_top(
    make_sandbox: MakeSandbox,
) -> None:
    server = make_sandbox(seed="large:120")
    env = await open_inbox(server, size=(640, 480))
    try:
        panel = env.panel
        await env.first_page()
        before = panel.lines()
        click_row(env, 1)
        click_row(env, 2, Qt.KeyboardModifier.ShiftModifier)
        chosen = [before[1], before[2]]
        assert panel.selected_lines() == chosen

        xid = await env.api.upload_file(
            FileUploadMeta(
                company_xid=env.company_xid,
                content_type="application/pdf",
                file_name="ny-faktura.pdf",
                friendly_filename="Ny faktura fra Bageren",
                date=date.today(),
                keep_hidden_until_registration=False,
            ),
            PDF,
        )
        panel.view.setFocus()
        QTest.keyClick(panel.view, Qt.Key.Key_F5)  # reaches the panel: no window action here
        await until(lambda: panel.model.rowCount() == len(before) + 1, what="the new line")
        await panel.model.wait_idle()
        lines = panel.lines()
        assert lines[0].xid == xid and lines[0].name == "Ny faktura fra Bageren"
        assert lines[1:] == before
        assert panel.selected_lines() == chosen  # the selection stayed on its documents

        # nothing new: nothing changes
        panel.refresh()
        await panel.model.wait_idle()
        assert panel.lines() == lines
    finally:
        await env.close()


async def test_remove_and_update_lines(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="large:50")
    env = await open_inbox(server, size=(640, 480))
    try:
        panel = env.panel
        await env.first_page()
        lines = panel.lines()
        click_row(env, 3)
        currents: list[Any] = []
        panel.currentChanged.connect(currents.append)
        panel.remove_xids([lines[3].xid, lines[5].xid, 999_999])
        assert panel.lines() == [x for i, x in enumerate(lines) if i not in (3, 5)]
        assert lines[3] not in panel.selected_lines()
        assert panel.current_line() != lines[3]
        renamed = msgspec.structs.replace(
            lines[0], name="Omdøbt bilag", timestamp_last_update="2030-01-01T00:00:00.000"
        )
        panel.update_line(renamed)
        assert panel.lines()[0] == renamed
        assert panel.proxy.index(0, Column.NAME).data() == "Omdøbt bilag"
        assert panel.model.pager is not None and panel.model.pager.lines[0] == renamed
    finally:
        await env.close()


async def test_empty_inbox_says_so(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="empty")
    env = await open_inbox(server)
    try:
        panel = env.panel
        await env.first_page()
        await until(lambda: panel.state == panel.STATE_EMPTY, what="the empty state")
        assert panel.pages.currentWidget() is panel.message
        assert panel.message_heading.text() == "The inbox is empty"
        assert panel.message_text.isVisible() and not panel.retry_button.isVisible()
        assert not panel.filter_edit.isEnabled() and panel.status.text() == ""
    finally:
        await env.close()


async def test_loading_then_error_then_retry(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="large:30")
    env = await open_inbox(server, start=False)
    try:
        panel = env.panel
        states: list[str] = []
        panel.stateChanged.connect(states.append)
        assert panel.state == panel.STATE_IDLE

        server.faults.latency_ms = 700
        panel.set_company(env.company_xid)
        assert panel.state == panel.STATE_LOADING
        assert panel.pages.currentWidget() is panel.view  # no flash of "Loading…"
        await until(lambda: panel.pages.currentWidget() is panel.message, what="Loading…")
        assert panel.message_heading.text() == "Loading the inbox…"
        await env.first_page()
        assert panel.state == panel.STATE_READY and panel.pages.currentWidget() is panel.view
        server.faults.latency_ms = 0

        for _ in range(4):  # more than the client's retries
            server.faults.enqueue(Fault.status(503), method="GET", path_prefix="/archiveFiles")
        panel.set_company(env.company_xid)
        await until(lambda: panel.state == panel.STATE_ERROR, what="the error state")
        assert panel.retry_button.isVisible()
        assert panel.message_heading.text() == "The inbox could not be loaded"
        server.faults.reset()
        QTest.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
        await env.first_page()
        assert panel.state == panel.STATE_READY and panel.model.rowCount() == 30
        assert states[:2] == [panel.STATE_LOADING, panel.STATE_READY]
        assert panel.STATE_ERROR in states
    finally:
        await env.close()


async def test_company_switch_resets_and_ignores_late_pages(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="demo")
    env = await open_inbox(server)
    try:
        panel = env.panel
        companies = (await env.api.companies()).companies_and_access_list
        other = next(c.xid for c in companies if c.xid != env.company_xid)
        currents: list[Any] = []
        panel.currentChanged.connect(currents.append)
        server.faults.latency_ms = 300
        panel.set_company(other)  # replaces the first company's page on its way
        await env.first_page()
        await panel.model.wait_idle()
        server.faults.latency_ms = 0
        others = [x.xid for x in await _lines_of(env, other)]
        assert [x.xid for x in panel.lines()] == others[: len(panel.lines())]
        assert panel.company_xid == other and currents[-1] is None
        panel.set_company(None)
        assert panel.state == panel.STATE_IDLE and panel.model.rowCount() == 0
    finally:
        await env.close()


async def _lines_of(env: Any, company_xid: int) -> list[Any]:
    out: list[Any] = []
    async for page in env.api.iter_archive_files(company_xid, 1000):
        out.extend(page)
    return out


async def test_tab_order_and_accessible_names(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="large:20")
    env = await open_inbox(server)
    try:
        panel = env.panel
        await env.first_page()
        panel.activateWindow()
        panel.filter_edit.setFocus()
        await until(lambda: panel.filter_edit.hasFocus(), what="focus on the filter")
        QTest.keyClick(panel.filter_edit, Qt.Key.Key_Tab)
        assert panel.view.hasFocus()
        QTest.keyClick(panel.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert panel.filter_edit.hasFocus()
        for widget in (panel, panel.filter_edit, panel.view, panel.status, panel.retry_button):
            assert widget.accessibleName(), widget.objectName()
        panel.filter_edit.setFocus()
        QTest.keyClick(panel.filter_edit, Qt.Key.Key_Down)  # the arrows go on to the list
        assert panel.current_line() == panel.lines()[0]
        await asyncio.sleep(0)
    finally:
        await env.close()


async def test_a_narrow_panel_leaves_out_last_changed_then_the_number(
    make_sandbox: MakeSandbox,
) -> None:
    server = make_sandbox(seed="large:20")
    env = await open_inbox(server, size=(900, 400))
    try:
        panel = env.panel
        view = panel.view
        await env.first_page()

        def hidden() -> tuple[bool, bool]:
            return view.isColumnHidden(Column.CHANGED), view.isColumnHidden(Column.NUMBER)

        assert hidden() == (False, False)
        panel.resize(470, 400)
        await until(lambda: hidden() == (True, False), what="Last changed left out")
        assert view.columnWidth(Column.NAME) >= panel._name_min
        panel.resize(300, 400)
        await until(lambda: hidden() == (True, True), what="the number left out")
        panel.resize(900, 400)
        await until(lambda: hidden() == (False, False), what="every column back")
        assert view.columnWidth(Column.CHANGED) == panel._column_widths[Column.CHANGED]
    finally:
        await env.close()


async def test_a_failed_later_page_offers_to_try_again(make_sandbox: MakeSandbox) -> None:
    server = make_sandbox(seed="large:300")
    env = await open_inbox(server)
    try:
        panel = env.panel
        await env.first_page()
        for _ in range(4):
            server.faults.enqueue(Fault.status(500), method="GET", path_prefix="/archiveFiles")
        panel.view.scrollToBottom()
        await until(lambda: panel.model.error is not None, what="the failed page")
        assert panel.state == panel.STATE_READY  # the rows loaded so far stay
        assert panel.model.rowCount() == FIRST_PAGE_SIZE
        assert 'href="retry"' in panel.status.text()
        assert not panel.model.canFetchMore(QModelIndex())  # no retry storm while scrolling
        server.faults.reset()
        panel.status.linkActivated.emit("retry")
        await until(lambda: panel.model.rowCount() > FIRST_PAGE_SIZE, what="the next page")
        assert panel.model.error is None and "retry" not in panel.status.text()
    finally:
        await env.close()

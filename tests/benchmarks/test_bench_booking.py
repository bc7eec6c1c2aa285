"""Booking benchmark (``reg.book_50_s``): a scripted bookkeeper books 50 demo inbox
documents through the main window's widgets, accepting the suggestions.

The window is the one ``ui.main.run_app`` builds (Shell, AppServices, the render workers
that read the PDFs' text), offscreen, against ``mr-sandbox --seed demo`` in its own
process (the server does not share our GIL). For each document the script:

* waits until the document is attached to the registration panel, shown in the preview
  and, for PDFs and e-invoices, until the panel has shown its suggestions;
* accepts them all (Ctrl+Shift+A); types what no suggestion filled from the seed's truth
  (photos and the text file have none): the date, a description, the amount;
* types the expense account 4000 on the first line, adds a line (Ctrl+Shift+N) with the
  creditor account 5820 and the negated total, so the lines balance;
* presses Ctrl+Shift+Enter ("Create and next") and waits for ``booked``; the window then
  shows the next inbox document.

Waiting time: every ``until`` on the program (attached, painted, suggestions, a cell
committed, booked). Input time: the simulated keystrokes (QTest). The wait share is the
waiting time over the whole run. At the end the sandbox's own database (WAL SQLite in its
data directory, read from this process) must hold the 50 registrations, each with the
document that was booked.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QWidget

from app.api.amounts import format_amount
from app.api.wire import vendor_today
from app.sandbox.seed import MAIN_XID
from app.sandbox.store import DB_FILENAME, Store
from app.suggestions.amounts import parse_amount_input
from tests.bank.support import demo_files
from tests.ui.program_window import open_program_window
from tests.ui.shell_support import until
from ui.inbox_panel import InboxPanel
from ui.main_window import MainWindow
from ui.preview_pane import PreviewPane
from ui.registration_lines import ACCOUNT, AMOUNT
from ui.registration_panel import RegistrationPanel

pytestmark = [pytest.mark.bench, pytest.mark.timeout(900)]

TO_BOOK = int(os.environ.get("MR_BENCH_BOOK", "50"))  # fewer only when debugging
EXPENSE_ACCOUNT = "4000"
CREDITOR_ACCOUNT = "5820"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SUGGESTIBLE = ("application/pdf", "application/xml")  # the panel reads these


# A bookkeeper's keystroke (or click) takes about this long; the script's own are instant,
# so the share of a bookkeeper's time spent waiting is reckoned against this pace.
HUMAN_KEY_S = 0.2


class Clock:
    """Where the script's time goes: waiting on the program, or typing."""

    def __init__(self) -> None:
        self.waiting = 0.0
        self.typing = 0.0
        self.keys = 0
        self.window: MainWindow | None = None
        self.reactivated = 0

    async def until(self, condition: Callable[[], Any], seconds: float, what: str) -> Any:
        t0 = time.perf_counter()
        try:
            return await until(condition, seconds, what)
        finally:
            self.waiting += time.perf_counter() - t0

    async def back_in_the_window(self) -> None:
        """Offscreen, a closed popup (a completer, a tooltip) can leave no window active;
        the user clicks back into the window first (the loop does the activation: never
        a nested Qt event loop inside a coroutine). Not counted as waiting."""
        window = self.window
        if window is not None and not window.isActiveWindow():
            self.reactivated += 1
            window.activateWindow()
            await until(window.isActiveWindow, 5, "the window active again")

    @contextmanager
    def input(self, keys: int) -> Iterator[None]:
        """``keys`` keystrokes or clicks of the bookkeeper's."""
        self.keys += keys
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.typing += time.perf_counter() - t0


def type_text(widget: QWidget, text: str) -> None:
    """Keystrokes for ``text``: QTest's for ASCII, key events carrying the character for
    the rest (QTest's key table stops at ASCII; the demo's names have æ, ø, é)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def test_book_50(
    sandbox_process: Callable[..., Any],
    run_qt: Callable[..., Any],
    record: Callable[..., Any],
    tmp_path: Path,
) -> None:
    server = sandbox_process("--seed", "demo")
    args = list(server.process.args)
    db = Path(args[args.index("--data") + 1]) / DB_FILENAME
    store = Store.open(db)
    try:
        before = len(store.registrations(MAIN_XID))
        result = run_qt(_book(server.base_url, tmp_path))
        received = store.registrations(MAIN_XID)[before:]
    finally:
        store.close()
    booked: list[int] = result["booked"]
    assert len(booked) == TO_BOOK
    assert len(received) == TO_BOOK, f"the sandbox received {len(received)} registrations"
    assert [r["filesToAttachXids"] for r in received] == [[xid] for xid in booked]
    for r in received:
        total = sum(
            Decimal(str(parse_amount_input(str(line["amount"])))) for line in r["debitCreditlines"]
        )
        assert total == 0, r
    clock: Clock = result["clock"]
    total_s = result["seconds"]
    human_input = clock.keys * HUMAN_KEY_S
    share = clock.waiting / (clock.waiting + human_input)
    print(
        f"\nbooked {len(booked)} in {total_s:.1f} s: waiting {clock.waiting:.1f} s, "
        f"typing {clock.typing:.1f} s; suggestions for {result['suggested']}, "
        f"typed by hand for {result['by_hand']} (fields: {result['typed_fields']}); "
        f"window re-activated {clock.reactivated} times"
    )
    figures = [
        record(
            "reg.book_50_s",
            total_s,
            60,  # measured 7-8 s; the issue names no bound: this catches a program grown slow
            note=f"{TO_BOOK} demo inbox documents booked through the widgets (Create "
            f"and next), sandbox in its own process; {result['suggested']} with "
            f"suggestions, {result['by_hand']} typed by hand; counted in the "
            f"sandbox's database",
        ),
        record(
            "reg.book_50_wait_share",
            share,
            0.25,
            note=f"of a bookkeeper's time: waiting on the program {clock.waiting:.1f} s vs "
            f"{clock.keys} keystrokes at {HUMAN_KEY_S:g} s each ({human_input:.0f} s); "
            f"the script itself typed for {clock.typing:.1f} s of {total_s:.1f} s",
        ),
    ]
    assert all(f.ok for f in figures)


async def _book(base_url: str, root: Path) -> dict[str, Any]:
    today = vendor_today()  # the day the sandbox built its demo data from
    files = demo_files(today)
    async with open_program_window(base_url, root, size=(1500, 860), active=True) as window:
        inbox, preview = window.panels.inbox, window.panels.preview
        assert isinstance(inbox, InboxPanel) and isinstance(preview, PreviewPane)
        panel = window.findChild(RegistrationPanel, "registrationPanel")
        assert panel is not None and panel.isVisible()
        await until(lambda: inbox.state == "ready", 60, "the inbox's first page")
        assert len(inbox.lines()) >= 2
        painted: set[int] = set()
        preview.painted.connect(painted.add)
        booked: list[int] = []
        panel.booked.connect(booked.extend)
        clock = Clock()
        clock.window = window
        suggested = by_hand = 0
        typed_fields: dict[str, int] = {}

        async def type_cell(row: int, col: int, text: str) -> None:
            """As tests/ui/test_registration_panel.py: select the cell, type, Enter."""
            view = panel.lines_view
            index = panel.lines.index(row, col)
            with clock.input(len(text) + 2):  # click the cell, type, Enter
                view.setCurrentIndex(index)
                view.setFocus()
                view.edit(index)
                editor = view.indexWidget(index)
                assert editor is not None
                if isinstance(editor, QLineEdit):
                    editor.selectAll()  # typing replaces what is there
                QTest.keyClicks(editor, text)
                QTest.keyClick(editor, Qt.Key.Key_Return)
            await clock.until(lambda: view.indexWidget(index) is None, 5, "the cell committed")

        t0 = time.perf_counter()
        first = inbox.lines()[0]
        with clock.input(1):  # the user clicks the first document
            assert inbox.select_xid(first.xid)
        for n in range(TO_BOOK):
            line = await clock.until(inbox.current_line, 30, f"document {n + 1} selected")
            xid = line.xid
            print(f"  {n + 1:2d} {line.name}", flush=True)
            seed = files[line.name or ""]
            await clock.until(
                lambda x=xid: panel.attached_xids() == [x], 30, f"{line.name} attached"
            )
            await clock.until(lambda x=xid: x in painted, 60, f"{line.name} shown")
            if seed.content_type in SUGGESTIBLE:
                await clock.until(
                    lambda x=xid: panel.suggested_for == x, 60, f"{line.name}'s suggestions"
                )
            await clock.back_in_the_window()
            offered = panel.suggested_fields()
            if offered:
                suggested += 1
                with clock.input(1):
                    QTest.keyClick(panel.description, Qt.Key.Key_A, CTRL_SHIFT)
                assert panel.suggested_fields() == []
            else:
                by_hand += 1
            truth = seed.truth
            assert truth is not None
            if "date" not in offered:
                when = truth.document_date or line.date or today
                qdate = QDate(when.year, when.month, when.day)
                shown = qdate.toString(panel.date.displayFormat())
                digits = "".join(c for c in shown if c.isdigit())
                for _attempt in range(2):
                    # tab in (the day selected), the digits; a day the month shown lacks
                    # (31 while June is shown) is cut to that month's last: type it again
                    with clock.input(len(digits) + 1):
                        panel.date.setFocus(Qt.FocusReason.TabFocusReason)
                        panel.date.setSelectedSection(QDateTimeEdit.Section.DaySection)
                        QTest.keyClicks(panel.date, digits)
                    if panel.date.date() == qdate:
                        break
                assert panel.date.date() == qdate, (line.name, panel.date.text())
                typed_fields["date"] = typed_fields.get("date", 0) + 1
            if not panel.description.text().strip():
                text = truth.supplier_name or line.name or ""
                with clock.input(len(text) + 1):
                    type_text(panel.description, text)
                typed_fields["description"] = typed_fields.get("description", 0) + 1
            await type_cell(0, ACCOUNT, EXPENSE_ACCOUNT)
            if not panel.lines.lines()[0].amount.strip():
                assert truth.total_incl_vat is not None, line.name
                await type_cell(0, AMOUNT, format_amount(truth.total_incl_vat))
                typed_fields["amount"] = typed_fields.get("amount", 0) + 1
            # the creditor line balances them
            total = sum(
                (parse_amount_input(x.amount) for x in panel.lines.lines() if not x.blank),
                Decimal(0),
            )
            last = panel.lines.rowCount() - 1
            await clock.back_in_the_window()
            with clock.input(1):
                # in the last line's amount (offscreen, a window activated again after a
                # closed popup gives the focus to its first field, not back to the lines)
                panel.lines_view.setCurrentIndex(panel.lines.index(last, AMOUNT))
                panel.lines_view.setFocus(Qt.FocusReason.MouseFocusReason)
                QTest.keyClick(panel.lines_view, Qt.Key.Key_N, CTRL_SHIFT)
            assert panel.lines.rowCount() == last + 2
            await type_cell(last + 1, ACCOUNT, CREDITOR_ACCOUNT)
            await type_cell(last + 1, AMOUNT, format_amount(-total))
            assert panel.total.text() == "0,00", (line.name, panel.total.text())
            assert panel.lines.errors() == [], line.name
            count = len(booked)
            await clock.back_in_the_window()
            with clock.input(1):
                QTest.keyClick(panel.description, Qt.Key.Key_Return, CTRL_SHIFT)
            await clock.until(
                lambda c=count: len(booked) > c or not panel.busy, 60, f"{line.name} booked"
            )
            assert booked[count:] == [xid], (n, line.name, panel.message.text())
            if n + 1 < TO_BOOK:
                # Create and next: the window moves on to the following document
                await clock.until(
                    lambda x=xid: (c := inbox.current_line()) is not None and c.xid != x,
                    30,
                    "the next document",
                )
        seconds = time.perf_counter() - t0
        return {
            "booked": booked,
            "clock": clock,
            "seconds": seconds,
            "suggested": suggested,
            "by_hand": by_hand,
            "typed_fields": typed_fields,
        }

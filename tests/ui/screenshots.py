"""Render the program with the demo data into PNGs: ``make screenshots``.

    python -m tests.ui.screenshots docs/screenshots

For each language (Danish, English) the real program starts in its own process
(``mr-desktop --demo`` offscreen, with throw-away user folders), and a driver selects a
PDF, then a phone photo, drops a few files with the sandbox slowed down so the upload
panel is busy, and finally signs out to show the sign-in dialog. Each step waits for
what it shows to be painted before grabbing the window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

out = Path(sys.argv[1]); lang = sys.argv[2]; files = [Path(p) for p in sys.argv[3:]]
app = QApplication(sys.argv[:1])
state = {"step": "company", "ticks": 0, "painted": set()}

def window():
    found = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    return found[0] if found else None

def grab(widget, name):
    widget.grab().save(str(out / f"{name}-{lang}.png"))
    print("wrote", name, flush=True)

def pick(inbox, wanted):
    for row, line in enumerate(inbox.lines()):
        if wanted(line):
            inbox.select_xid(line.xid)
            return line
    return None

def tick():
    state["ticks"] += 1
    if state["ticks"] > 3000:
        print("gave up at", state["step"], flush=True); app.quit(); return
    w = window()
    step = state["step"]
    if step == "signin":
        dialogs = [d for d in app.topLevelWidgets()
                   if d.objectName() == "loginDialog" and d.isVisible()]
        if dialogs and state["ticks"] >= state["wait"]:
            grab(dialogs[0], "sign-in")
            dialogs[0].reject()
            return
        QTimer.singleShot(20, tick); return
    if w is None:
        QTimer.singleShot(20, tick); return
    panels = w.panels
    inbox, preview = panels.inbox, panels.preview
    if step == "company":
        if w.company is not None and inbox.state == "ready" and len(inbox.lines()) > 10:
            w.resize(1400, 860)
            preview.painted.connect(lambda xid: state["painted"].add(xid))
            line = pick(inbox, lambda l: "telia" in (l.name or "").lower())
            state["xid"] = line.xid
            state["step"] = "pdf"
    elif step == "pdf":
        if state["xid"] in state["painted"]:
            state["step"] = "pdf-shot"; state["wait"] = state["ticks"] + 40
    elif step == "pdf-shot":
        if state["ticks"] >= state["wait"]:
            grab(w, "main-pdf")
            line = pick(inbox, lambda l: (l.name or "").lower() == "kvittering circle k")
            state["xid"] = line.xid
            state["step"] = "photo"
    elif step == "photo":
        if state["xid"] in state["painted"]:
            state["step"] = "photo-shot"; state["wait"] = state["ticks"] + 20
    elif step == "photo-shot":
        if state["ticks"] >= state["wait"]:
            grab(w, "main-photo")
            line = pick(inbox, lambda l: (l.name or "").lower().startswith("kontorland e-faktura"))
            state["xid"] = line.xid if line else None
            state["step"] = "einvoice"; state["wait"] = state["ticks"] + 60
    elif step == "einvoice":
        if state["ticks"] >= state["wait"]:
            grab(w, "main-einvoice")
            bank = w.findChild(QWidget, "bankView")
            if bank is None:
                print("no bank section", flush=True); app.quit(); return
            w.show_section(bank)
            state["bank"] = bank
            state["step"] = "bank"
    elif step == "bank":
        bank = state["bank"]
        if bank.state == "ready":
            import datetime
            from tests.bank.support import readable_pairs  # the demo's receipts and payments
            pairs = readable_pairs(vendor_today(), inbox.lines(), bank.shown_postings())
            if pairs:
                bank.select_posting(pairs[0][0].xid)
            state["step"] = "bank-matches"
    elif step == "bank-matches":
        bank = state["bank"]
        if bank.matches_state in ("ready", "empty", "error"):
            state["step"] = "bank-shot"; state["wait"] = state["ticks"] + 20
    elif step == "bank-shot":
        if state["ticks"] >= state["wait"]:
            grab(w, "bank")
            bank = state["bank"]
            if bank.matches.count():
                state["xid"] = bank.matches.matches()[0].document.key
                bank.matches.activate(0)
            state["step"] = "booking"; state["wait"] = state["ticks"] + 80
    elif step == "booking":
        if state["ticks"] >= state["wait"] and state["xid"] in state["painted"]:
            grab(w, "booking-from-bank")
            customers = w.findChild(QWidget, "customersView")
            w.show_section(customers)
            state["customers"] = customers
            state["step"] = "customers"; state["wait"] = state["ticks"] + 20
    elif step == "customers":
        if state["ticks"] >= state["wait"] and state["customers"].state == "ready":
            grab(w, "customers")
            dialog = state["customers"].open_new_customer()
            state["dialog"] = dialog
            state["step"] = "new-customer"; state["wait"] = state["ticks"] + 20
    elif step == "new-customer":
        if state["ticks"] >= state["wait"]:
            dialog = state["dialog"] or app.activeModalWidget()
            if dialog is not None:
                grab(dialog, "new-customer")
                dialog.reject()
            products = w.findChild(QWidget, "productsView")
            w.show_section(products)
            state["products"] = products
            state["step"] = "products"; state["wait"] = state["ticks"] + 20
    elif step == "products":
        if state["ticks"] >= state["wait"] and state["products"].state == "ready":
            grab(w, "products")
            w.show_section(None)
            sandbox = w.ctx.demo_sandbox
            sandbox.faults.latency_ms = 1500
            w.filesDropped.emit(files)
            state["step"] = "uploads"; state["wait"] = state["ticks"] + 120
    elif step == "uploads":
        if state["ticks"] >= state["wait"]:
            grab(w, "main-uploading")
            grab(panels.uploads, "upload-panel")
            w.ctx.demo_sandbox.faults.latency_ms = 0
            w.signOutRequested.emit()
            state["step"] = "signin"; state["wait"] = state["ticks"] + 60
    QTimer.singleShot(20, tick)

QTimer.singleShot(0, tick)
from app.api.wire import vendor_today
from ui.main import main
sys.exit(main(["--demo", "--lang", lang]))
"""


def _sample_files(folder: Path) -> list[Path]:
    """A few documents to drop: the shared sample invoices, or small PDFs made here."""
    samples = Path(os.environ.get("MR_SAMPLES", ROOT.parent / "shared/samples/invoice2data"))
    found = sorted(samples.glob("*.pdf"))[:4] if samples.exists() else []
    if found:
        return found
    made = []
    for i in range(4):
        path = folder / f"bilag-{i + 1}.pdf"
        path.write_bytes(b"%PDF-1.4\n%" + bytes([i]) * 200_000 + b"\n%%EOF\n")
        made.append(path)
    return made


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("da", "en"):
        with tempfile.TemporaryDirectory(prefix="mr-shots-") as tmp:
            home = Path(tmp)
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_CACHE_HOME": str(home / "cache"),
                "HOME": str(home),
            }
            files = _sample_files(home)
            subprocess.run(
                [sys.executable, "-c", DRIVER, str(out.resolve()), lang, *map(str, files)],
                cwd=ROOT,
                env=env,
                check=True,
                timeout=300,
            )


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

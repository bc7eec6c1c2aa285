"""A client process for the kill -9 test: edits a draft the way the form does, saving
after every change and printing what it saved, until the test kills it.

    python -m tests.booking.draft_worker DATA_DIR COMPANY_XID
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.booking import DraftLine, DraftStore


def main(data_dir: Path, company: int) -> None:
    store = DraftStore(data_dir)
    draft = store.create(company, date=date(2026, 11, 24))
    print("created", draft.id, flush=True)
    step = 0
    while True:
        step += 1
        text = f"Frokost med kunde {step}"
        amount = f"{step}.{step % 1000:03d},50"
        line = DraftLine("7350", "I25", amount)
        draft = draft.with_line_set(0, line) if draft.lines else draft.with_line(line)
        draft = store.save(replace(draft, description=text))
        print("saved", step, text, amount, flush=True)
        time.sleep(0.005)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))

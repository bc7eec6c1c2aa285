"""The desktop program's Qt widgets and models (``mr-desktop``)."""

import gc as _gc

# Loading PySide6 (check_pyside_use_quickly imports it) makes the cyclic garbage collector
# run some 25 times, ~4 ms of the start, and it makes no garbage; collection is paused
# for it, as ui.launcher pauses it for the rest of the program's imports.
_collecting = _gc.isenabled()
_gc.disable()
try:
    from ui.import_costs import check_pyside_use_quickly, skip_httpx_command_line

    skip_httpx_command_line()
    check_pyside_use_quickly()
finally:
    if _collecting:
        _gc.enable()

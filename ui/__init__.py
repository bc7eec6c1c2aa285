"""The desktop program's Qt widgets and models (``mr-desktop``)."""

from ui.import_costs import check_pyside_use_quickly, skip_httpx_command_line

skip_httpx_command_line()
check_pyside_use_quickly()

#!/bin/sh
# Run a Qt program (the arguments) after making sure it can open a window on Linux:
#   packaging/linux/run-gui.sh .venv/bin/mr-desktop --demo
# - installs the X11 libraries Qt's xcb plugin needs when they are missing (Debian and
#   Ubuntu, with apt-get; as root, or through sudo);
# - checks the plugin's libraries with ldd and names any that are still missing;
# - without a display (no DISPLAY / WAYLAND_DISPLAY) says so instead of letting Qt abort,
#   and offers xvfb-run when it is installed.
# Elsewhere (macOS, Windows) it simply runs the program.
set -eu

[ "$#" -gt 0 ] || { echo "usage: $0 PROGRAM [ARGS...]" >&2; exit 2; }
[ "$(uname -s)" = Linux ] || exec "$@"

PY="${PY:-.venv/bin/python}"
PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0
libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else return 1
    fi
}

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=""
    for package in $PACKAGES; do
        dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        echo "Qt needs these system libraries to open a window:$missing"
        if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
            || { as_root apt-get update -qq \
                 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; }
        then
            echo "Installed:$missing"
        else
            echo "Could not install them. As root, run: apt-get install$missing" >&2
            exit 1
        fi
    fi
fi

# Whatever the package names, ask the loader what the xcb plugin still lacks.
plugins="$("$PY" -c 'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.PluginsPath))' 2>/dev/null || true)"
if [ -n "$plugins" ] && [ -f "$plugins/platforms/libqxcb.so" ] && command -v ldd >/dev/null 2>&1; then
    absent="$(ldd "$plugins/platforms/libqxcb.so" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
    if [ -n "$absent" ]; then
        echo "Qt's xcb plugin cannot load; these libraries are missing: $absent" >&2
        echo "Install the packages that provide them (QT_DEBUG_PLUGINS=1 shows Qt's own report)." >&2
        exit 1
    fi
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the"
    echo "program cannot open its window. Run it in a desktop session, or over ssh -X."
    if command -v xvfb-run >/dev/null 2>&1; then
        echo "Xvfb is installed: the program can run on a virtual, invisible display:"
        echo "    xvfb-run -a $*"
        if [ -t 0 ]; then
            printf "Run it that way now? [y/N] "
            read -r answer || answer=""
            case "$answer" in
                [yYjJ]*) exec xvfb-run -a "$@" ;;
            esac
        fi
    else
        echo "(To try it without a screen, install Xvfb: apt-get install xvfb, then use xvfb-run.)"
    fi
    exit 1
fi

exec "$@"

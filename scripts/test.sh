#!/usr/bin/env bash
# Set up everything the test suite needs on Debian 12 and run the whole suite.
# Used by CI (.ci/run) and by developers: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install_helpers.sh

SYSTEM_PACKAGES=(
  python3-venv                       # venv on Debian's own Python
  gnome-keyring dbus dbus-x11        # a real Secret Service for the keyring tests
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3  # Qt offscreen
  fonts-dejavu-core                  # without fonts every glyph renders as a box
  poppler-utils zbar-tools           # pdftotext/pdftoppm and a QR reader for PDF checks
  gir1.2-ebookcontacts-1.2 python3-gi  # GNOME Evolution's vCard parser (interop tests)
  appstream desktop-file-utils       # validators for the desktop entry and AppStream file
)

install_system_packages "${SYSTEM_PACKAGES[@]}"
command -v npm >/dev/null || install_system_packages nodejs npm
install_venv "[test]"

# Independent JavaScript vCard parser (Thunderbird's ical.js) for the interop tests.
if [ -f tests/interop/js/package.json ]; then
  (cd tests/interop/js && npm ci --no-audit --no-fund --silent)
fi

# The layering contracts (pyproject.toml, [tool.importlinter]) and ruff (pyproject.toml,
# [tool.ruff]; the generated forms excluded): a broken contract or any finding fails the run.
.venv/bin/lint-imports --no-logo
.venv/bin/ruff check --no-cache --quiet .

# The suite runs on every core (pytest-xdist; PYTEST_WORKERS=0 runs it in this one
# process, e.g. to debug), inside a private D-Bus session with an unlocked gnome-keyring, so the
# keyring tests use a real Secret Service. HOME points at a throw-away folder.
TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME" QT_QPA_PLATFORM=offscreen CONTACTVAULT_REQUIRE_KEYRING=1
exec dbus-run-session -- sh -c '
  printf %s "contactvault-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec .venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
' sh "$@"

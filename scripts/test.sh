#!/usr/bin/env bash
# Set up everything the test suite needs on Debian 12 and run the whole suite.
# Used by CI (.ci/run) and by developers: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3-venv                       # venv on Debian's own Python
  gnome-keyring dbus dbus-x11        # a real Secret Service for the keyring tests
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3  # Qt offscreen
  fonts-dejavu-core                  # without fonts every glyph renders as a box
  poppler-utils zbar-tools           # pdftotext/pdftoppm and a QR reader for PDF checks
  gir1.2-ebookcontacts-1.2 python3-gi  # GNOME Evolution's vCard parser (interop tests)
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

# Independent JavaScript vCard parser (Thunderbird's ical.js) for the interop tests.
if [ -f tests/interop/js/package.json ]; then
  (cd tests/interop/js && npm ci --no-audit --no-fund --silent)
fi

# The suite runs inside a private D-Bus session with an unlocked gnome-keyring, so the
# keyring tests use a real Secret Service. HOME points at a throw-away folder.
TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME" QT_QPA_PLATFORM=offscreen CONTACTVAULT_REQUIRE_KEYRING=1
exec dbus-run-session -- sh -c '
  printf %s "contactvault-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec .venv/bin/python -m pytest "$@"
' sh "$@"

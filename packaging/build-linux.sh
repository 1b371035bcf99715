#!/usr/bin/env bash
# Build contactvault as an app folder with PyInstaller (dist/contactvault/), add the
# desktop integration, validate it, and smoke-test the result offscreen.
#   bash packaging/build-linux.sh
# Needs what scripts/start.sh needs (Debian/Ubuntu, root or sudo, a network the first
# time); not part of the test run (scripts/test.sh): a build takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install_helpers.sh

install_system_packages python3-venv binutils \
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core \
  appstream desktop-file-utils          # the validators for the desktop files
install_venv "[packaging]"

APP_ID=org.contactvault.ContactVault
BUILD=build/packaging
DIST=dist/contactvault
echo "== icons"
.venv/bin/python packaging/render_icons.py "$BUILD/icons" >/dev/null
echo "== PyInstaller"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath "$BUILD/pyinstaller" packaging/contactvault.spec

echo "== desktop integration (share/ inside the app folder, ready to copy to /usr/local)"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$DIST/share/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$DIST/share/metainfo/$APP_ID.metainfo.xml"
cp -r "$BUILD/icons/hicolor" "$DIST/share/icons/" 2>/dev/null \
  || { mkdir -p "$DIST/share/icons"; cp -r "$BUILD/icons/hicolor" "$DIST/share/icons/"; }
desktop-file-validate "$DIST/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$DIST/share/metainfo/$APP_ID.metainfo.xml"

echo "== smoke test"
bash packaging/smoke_test.sh "$DIST/contactvault"
du -sh "$DIST" | sed 's/^/size of the app folder: /'

#!/usr/bin/env bash
# Set up contactvault on Debian 12 and start the desktop app on the default vault
# (in the user data directory). Arguments go to contactvault, e.g. --vault PATH.
# The first run installs (network); later runs only start, offline, until pyproject.toml
# or setup.py change (scripts/install_helpers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install_helpers.sh

install_system_packages python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 \
  libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core
install_venv ""
exec .venv/bin/contactvault "$@"

# Sourced by start.sh and test.sh (from the repository root): install what is missing, and
# nothing else, so that after the first run they start fast and need no network.

# Debian packages: apt-get runs only when one of them is not installed.
install_system_packages() {
  local installed missing=() pkg
  installed="$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null \
    | awk '$NF == "installed" && $(NF-1) == "ok" {print $1}')" || true
  for pkg in "$@"; do
    grep -qxF "$pkg" <<<"$installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# .venv with contactvault installed editable (the checkout's code runs as it is edited).
# pip runs only when .venv is new or a build input changed since the last install:
# a stamp in .venv holds the hash of pyproject.toml and setup.py and the extras.
# Usage: install_venv ""  or  install_venv "[test]"
install_venv() {
  local extras="$1" python="${PYTHON:-python3}" stamp=".venv/.installed-stamp$1" want
  want="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1) $extras"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && return 0
  # The build backend comes from .venv itself (no isolated build environment to
  # download on every install); its minimum is the one in pyproject.toml's [build-system].
  .venv/bin/python -m pip install -q "setuptools>=77"
  .venv/bin/python -m pip install -q --no-build-isolation -e ".$extras"
  echo "$want" >"$stamp"
}

#!/usr/bin/env bash
# One command for a fresh Debian/Ubuntu machine: system libraries for Qt, a virtual environment,
# the package, then either the app ("app") or the test suite ("test", extra pytest arguments pass on).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-app}"
shift || true

need_apt=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
if [ "$what" = "app" ]; then
  need_apt+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
             libxcb-render-util0 libxcb-shape0 fonts-liberation2)
else
  need_apt+=(poppler-utils softhsm2 opensc)  # softhsm2, opensc: a software USB token for the signing tests
fi
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${need_apt[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
case "$what" in
  app)
    .venv/bin/pip install -q -e .
    exec .venv/bin/hanoi-desk "$@"
    ;;
  test)
    .venv/bin/pip install -q -e '.[test]'
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: tools/dev.sh app|test [arguments]" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# One entry point for people and CI, on a fresh Debian or Ubuntu machine with Python 3:
#   bash run.sh build   set up, then build the site into site/
#   bash run.sh serve   set up, then serve it on http://127.0.0.1:8000 and rebuild on every change
#   bash run.sh test    set up (Chromium included), then run every test
#   bash run.sh bench   set up, then print the benchmark table (add --write to record it)
set -euo pipefail
cd "$(dirname "$0")"
export NO_MKDOCS_2_WARNING=1 PIP_DISABLE_PIP_VERSION_CHECK=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

python_env() {  # $1: the requirements file; $2: the environment's folder (default .venv); $3: pip options
  local venv="${2:-.venv}"
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then apt_install python3-venv python3-pip; fi
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  local stamp="$venv/.installed-$(cat requirements*.txt "$1" | sha256sum | cut -c1-16)-$(basename "$1")"
  if [ ! -e "$stamp" ]; then
    "$venv/bin/pip" install -q ${3:-} -r "$1"
    touch "$stamp"
  fi
}

successors_env() {  # MkDocs' successors, each in its own environment, to build the exported project
  python_env tools/successors/properdocs.txt .venv-properdocs --no-deps
  python_env tools/successors/zensical.txt .venv-zensical
  export PROPERDOCS="$PWD/.venv-properdocs/bin/properdocs" ZENSICAL="$PWD/.venv-zensical/bin/zensical"
}

chromium_path() { command -v chromium || command -v chromium-browser || true; }

checkers_env() {  # the Nu Html Checker (Java) and HTML_CodeSniffer, pinned in tools/checkers
  command -v java >/dev/null || apt_install default-jre-headless
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -e tools/checkers/node_modules/.package-lock.json ] || [ tools/checkers/package-lock.json -nt tools/checkers/node_modules/.package-lock.json ]; then
    (cd tools/checkers && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  python_env tools/checkers/cffconvert.txt .venv-cffconvert
  export CFFCONVERT="$PWD/.venv-cffconvert/bin/cffconvert"
}

browser_env() {
  if [ -z "$(chromium_path)" ]; then apt_install chromium fonts-dejavu-core; fi
  export CHROMIUM="$(chromium_path)"
}

case "${1:-}" in
  build) python_env requirements.txt; .venv/bin/mkdocs build --strict ;;
  serve) python_env requirements.txt; .venv/bin/mkdocs serve --strict -a 127.0.0.1:8000 ;;
  test)
    python_env requirements-dev.txt
    browser_env
    checkers_env
    successors_env
    .venv/bin/ruff check scripts tests
    .venv/bin/python -m pytest -q "${@:2}"
    ;;
  bench) python_env requirements-dev.txt; browser_env; successors_env; .venv/bin/python -m scripts.bench "${@:2}" ;;
  *) echo "usage: bash run.sh build|serve|test|bench" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Sets up everything Steppe Lens needs, then runs an npm script with it.
#   bash scripts/dev.sh start   a Chromium with the extension loaded, on the demo page
#   bash scripts/dev.sh test    the whole suite: typecheck, data check, unit and e2e tests, bench budget
#   bash scripts/dev.sh <npm script> [args...]
# Provides Node 22 when the machine's Node is older (from the npm registry), runs
# `npm ci` when node_modules is missing or stale, and installs Debian's Chromium
# when there is none and $CHROMIUM_PATH is not set.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[steppe-lens]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

ensure_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$major" -ge 22 ]; then return; fi
  local dir="${STEPPE_NODE_DIR:-$HOME/.cache/steppe-lens/node22}"
  if [ ! -x "$dir/node_modules/.bin/node" ]; then
    log "Node $(node --version 2>/dev/null || echo none) is too old; installing Node 22 into $dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
  log "using Node $(node --version)"
}

ensure_packages() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then :; else
    log "installing Debian's Chromium (chromium, chromium-l10n)"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-l10n >&2
  fi
  # Arabic and Hebrew faces, so pages and screenshots render the scripts properly.
  # (No `fc-list | grep -q`: with pipefail, grep's early exit makes the pipe fail.)
  if command -v fc-list >/dev/null && [[ "$(fc-list : family 2>/dev/null)" != *"Noto Naskh Arabic"* ]]; then
    log "installing Noto fonts for Arabic and Hebrew"
    { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-noto-core; } >&2 || log "fonts not installed; rendering falls back to other faces"
  fi
}

ensure_node
ensure_packages
ensure_chromium
script="${1:-test}"
shift || true
exec npm run "$script" ${@:+-- "$@"}

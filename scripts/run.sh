#!/usr/bin/env bash
# Installs what is missing, builds dfs-adopt and launches the app.
# The app and the `dfs-adopt` CLI share one database (see README); DFS_ADOPT_DB overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
echo "==> building the UI"
(cd ui && npm run --silent build)
echo "==> building the app and the CLI (release; the first build takes a few minutes)"
cargo build --release --locked -p dfs-adopt-app -p adopt-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen (a server or a container): run on a virtual one so the app still starts.
  echo "==> no display found: starting a virtual display :99 (screenshot: DISPLAY=:99 import -window root shot.png)"
  Xvfb :99 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  export DISPLAY=:99
  sleep 1
fi
echo "==> launching dfs-adopt (the CLI is target/release/dfs-adopt)"
exec target/release/dfs-adopt-app "$@"

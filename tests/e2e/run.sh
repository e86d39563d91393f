#!/usr/bin/env bash
# End-to-end test of the real window: Xvfb + tauri-driver + the debug app + the CLI.
#
#   tests/e2e/run.sh           expects target/debug/dfs-adopt-app and target/debug/dfs-adopt
#   tests/e2e/run.sh --build   builds the UI, the app and the CLI first
#
# Everything it starts runs in a throwaway HOME with its own database (DFS_ADOPT_DB), and is
# stopped on exit, failed or not. Screenshots go to tests/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

# WebKitGTK talks to a session bus; give it a private one when there is none.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${E2E_UNDER_DBUS:-}" ] && command -v dbus-run-session >/dev/null; then
  export E2E_UNDER_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi

if [ "${1:-}" = "--build" ]; then
  (cd ui && npm run build)
  cargo build -p dfs-adopt-app -p adopt-cli
fi

TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
APP=$TARGET_DIR/debug/dfs-adopt-app
CLI=$TARGET_DIR/debug/dfs-adopt
for bin in "$APP" "$CLI"; do
  [ -x "$bin" ] || { echo "error: $bin is missing; run tests/e2e/run.sh --build" >&2; exit 1; }
done
for tool in Xvfb tauri-driver WebKitWebDriver node; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done

WORK=$(mktemp -d -t dfs-adopt-e2e.XXXXXX)
ARTIFACTS=$ROOT/tests/artifacts
mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS"/*.png

XVFB_PID=""
DRIVER_PID=""
cleanup() {
  status=$?
  # tauri-driver runs in its own process group (setsid): stopping the group also stops
  # WebKitWebDriver and the app if the session did not end cleanly.
  if [ -n "$DRIVER_PID" ]; then kill -TERM -- "-$DRIVER_PID" 2>/dev/null || true; fi
  if [ -n "$XVFB_PID" ]; then kill -TERM "$XVFB_PID" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    echo "--- tauri-driver and app output (last 40 lines) ---" >&2
    grep -v "IncompleteMessage" "$WORK/driver.log" | tail -n 40 >&2 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT INT TERM

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# A display nobody uses: no lock file and no socket.
DISPLAY_NUM=""
for n in $(seq 90 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISPLAY_NUM=$n; break; fi
done
[ -n "$DISPLAY_NUM" ] || { echo "error: no free X display between :90 and :199" >&2; exit 1; }
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] || { cat "$WORK/xvfb.log" >&2; echo "error: Xvfb did not start" >&2; exit 1; }

export DISPLAY=":$DISPLAY_NUM"
export HOME=$WORK/home XDG_DATA_HOME=$WORK/home/.local/share XDG_CONFIG_HOME=$WORK/home/.config
export XDG_CACHE_HOME=$WORK/home/.cache XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export DFS_ADOPT_DB=$WORK/e2e.sqlite3
# Save and open dialogs answer with this folder (WebDriver cannot drive a native dialog).
export DFS_ADOPT_EXPORT_DIR=$WORK/exports
mkdir -p "$DFS_ADOPT_EXPORT_DIR"
export WEBKIT_DISABLE_DMABUF_RENDERER=1
export NO_AT_BRIDGE=1

PORT=$(free_port)
NATIVE_PORT=$(free_port)
while [ "$NATIVE_PORT" = "$PORT" ]; do NATIVE_PORT=$(free_port); done
# The session leader writes its own pid, which is also the group id cleanup stops: `$!` may
# name a short-lived parent, since setsid forks when it already leads a process group.
setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$WORK/driver.pid" \
  tauri-driver --port "$PORT" --native-port "$NATIVE_PORT" >"$WORK/driver.log" 2>&1 &
for _ in $(seq 50); do [ -s "$WORK/driver.pid" ] && break; sleep 0.1; done
DRIVER_PID=$(cat "$WORK/driver.pid")
for _ in $(seq 100); do
  node -e "fetch('http://127.0.0.1:$PORT/status').then(() => process.exit(0), () => process.exit(1))" 2>/dev/null && break
  sleep 0.1
done

export E2E_WEBDRIVER_URL=http://127.0.0.1:$PORT E2E_APP=$APP E2E_CLI=$CLI E2E_ARTIFACTS=$ARTIFACTS
echo "==> e2e on display $DISPLAY, tauri-driver on :$PORT (native :$NATIVE_PORT), database $DFS_ADOPT_DB"
started=$(date +%s%N)
set +e
# The window test first (it expects an empty database), then the discussion, survey, versions and French tests
# on the same database; one node run each, so the order holds. E2E_TEST_FILE runs just some.
# network.test.mjs runs discussion.test.mjs with the app under strace; the kill -9 trials and
# the CLI storm come last (a killed app must not disturb the flows before them).
read -r -a TEST_FILES <<<"${E2E_TEST_FILE:-tests/e2e/window.test.mjs tests/e2e/network.test.mjs tests/e2e/survey.test.mjs tests/e2e/versions.test.mjs tests/e2e/french.test.mjs tests/e2e/crash.test.mjs tests/e2e/cli-storm.test.mjs}"
result=0
for file in "${TEST_FILES[@]}"; do
  node --test --test-reporter=spec --test-concurrency=1 "$file" || result=$?
done
set -e
echo "==> e2e finished in $(( ($(date +%s%N) - started) / 1000000 )) ms; screenshots in tests/artifacts/"
exit $result

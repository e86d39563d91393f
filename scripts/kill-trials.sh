#!/usr/bin/env bash
# Kill -9 in the real window (issue 16): N trials (default 20) of a burst of edits made through
# the window, SIGKILL at a random moment in it, then every edit shown as saved looked up in the
# database and SQLite's integrity check run. Prints the figures per trial and in total
# (trials, edits shown saved, edits lost: must be 0, integrity results).
#
#   scripts/kill-trials.sh [N]     expects the debug app and CLI (tests/e2e/run.sh --build)
set -euo pipefail
cd "$(dirname "$0")/.."
export E2E_KILL_TRIALS=${1:-20}
export E2E_TEST_FILE=tests/e2e/crash.test.mjs
# The figures and verdicts only; run.sh prints the app's output itself when a trial fails.
set +e
bash tests/e2e/run.sh 2>&1 | grep --line-buffered -E '^# |✔|✖|rror|==>'
exit "${PIPESTATUS[0]}"

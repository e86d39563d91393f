#!/usr/bin/env bash
# The CLI storm (issue 16): `dfs-adopt decide` calls in a loop on one database while SIGKILL
# lands on running calls at random, for SECONDS (default 40). Prints the figures: calls, kills,
# calls that exited 0, writes lost (must be 0) and SQLite's integrity check.
#
#   scripts/cli-storm.sh [SECONDS]     expects target/debug/dfs-adopt (cargo build -p adopt-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${CARGO_TARGET_DIR:-$PWD/target}/debug/dfs-adopt
[ -x "$CLI" ] || { echo "error: $CLI is missing; run cargo build -p adopt-cli" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "error: sqlite3 is missing; run scripts/install-deps.sh" >&2; exit 1; }
exec node tests/e2e/storm.mjs "${1:-40}" --cli "$CLI"

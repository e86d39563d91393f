#!/usr/bin/env bash
# Issue 13's sync benchmark: a 152-item workspace with every item decided and ~2,000 history
# lines, made through the release CLI in a temporary folder; `sync export` and `sync import`
# timed as whole processes (median of RUNS), into a fresh database and into one that already
# has the workspace (a merge). Prints the figures and the bundle size.
# Usage: scripts/bench-sync.sh [RUNS]   (CARGO_TARGET_DIR is honoured; default target/)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
TARGET="${CARGO_TARGET_DIR:-target}"

echo "==> building the release CLI"
cargo build --release --locked -p adopt-cli >/dev/null
BIN="$TARGET/release/dfs-adopt"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
A="$WORK/a.sqlite3"
a() { "$BIN" --db "$A" --device "LCA laptop" --by bench "$@"; }

echo "==> making the workspace (152 items, each decided 9 times)"
WS="$(a workspace create "Bench 2026" --jurisdiction Lesotho \
    --authority "LCA=Lesotho Communications Authority" --authority "CBL=Central Bank of Lesotho" \
    --kind LCA=telecom-regulator --kind CBL=central-bank)"
mapfile -t ITEMS < <(a catalog list --json | python3 -c 'import json,sys; print("\n".join(i["id"] for i in json.load(sys.stdin)))')
a select "$WS" "${ITEMS[@]}" >/dev/null
for item in "${ITEMS[@]}"; do
    a decide "$WS" "$item" --status adopt --lead LCA --priority high --rationale "Adopted at the clinic" >/dev/null
done
for round in 1 2 3 4 5 6 7 8; do
    for item in "${ITEMS[@]}"; do
        a decide "$WS" "$item" --rationale "Rationale, draft $round of the legal team" >/dev/null
    done
done
LINES="$(a history "$WS" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"
echo "    ${#ITEMS[@]} items, $LINES history lines"

# Milliseconds of one run of "$@".
ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

BUNDLE="$WORK/bench.dfs-sync"
times=()
for _ in $(seq "$RUNS"); do times+=("$(ms a sync export "$WS" --out "$BUNDLE")"); done
echo "sync export:                 median $(median "${times[@]}") ms  (runs: ${times[*]})"
echo "bundle size:                 $(stat -c %s "$BUNDLE") bytes"

times=()
for run in $(seq "$RUNS"); do
    fresh="$WORK/fresh-$run.sqlite3"
    "$BIN" --db "$fresh" --device "CBL laptop" device show >/dev/null # the database made first
    times+=("$(ms "$BIN" --db "$fresh" --device "CBL laptop" --by bench sync import "$BUNDLE")")
done
echo "sync import (new here):      median $(median "${times[@]}") ms  (runs: ${times[*]})"

# A laptop that has the workspace, then both sides edit before the next exchange.
B="$WORK/b.sqlite3"
"$BIN" --db "$B" --device "CBL laptop" --by bench sync import "$BUNDLE" >/dev/null
for item in "${ITEMS[@]:0:20}"; do
    "$BIN" --db "$B" --device "CBL laptop" --by bench decide "$WS" "$item" --priority medium >/dev/null
    a decide "$WS" "$item" --wording "Each provider shall apply it." >/dev/null
done
a sync export "$WS" --out "$BUNDLE" >/dev/null
times=()
for run in $(seq "$RUNS"); do
    cp "$B" "$WORK/merge-$run.sqlite3"
    times+=("$(ms "$BIN" --db "$WORK/merge-$run.sqlite3" --device "CBL laptop" --by bench sync import "$BUNDLE")")
done
echo "sync import (merge):         median $(median "${times[@]}") ms  (runs: ${times[*]})"
echo "bundle size after the edits: $(stat -c %s "$BUNDLE") bytes"

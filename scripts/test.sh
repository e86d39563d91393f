#!/usr/bin/env bash
# The whole test suite: what CI runs. Installs what is missing first, so it works on a fresh
# Debian 12 machine. Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n==> %s\n' "$*"; }
start=$(date +%s)

step "installing what is missing"
bash scripts/install-deps.sh

step "headless crates must not depend on tauri"
for manifest in crates/*/Cargo.toml; do
  crate=$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -n1)
  if cargo tree -p "$crate" --edges normal,build --prefix none 2>/dev/null | grep -qE '^tauri(-[a-z-]+)? '; then
    echo "error: $crate depends on tauri; the core crates must stay headless" >&2
    exit 1
  fi
done
echo "ok"

step "rustfmt"
cargo fmt --all --check

step "UI: type check, unit tests, build"
(cd ui && npm run --silent check && npm test --silent && npm run --silent build)

step "UI in Chromium with the backend mocked"
(cd ui && npm run --silent test:browser)

step "clippy (warnings denied)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests (core crates and CLI)"
cargo test --locked

step "building the app and the CLI, and the app's own unit tests"
cargo build --locked -p dfs-adopt-app -p adopt-cli
cargo test --locked -p dfs-adopt-app --lib

step "end-to-end: the real window under Xvfb, driven through tauri-driver"
bash tests/e2e/run.sh

echo
echo "all test steps passed in $(( $(date +%s) - start )) s"

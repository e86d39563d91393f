#!/usr/bin/env bash
# Fuzzes the readers of every file dfs-adopt takes from outside (issue 16), with cargo-fuzz and
# libFuzzer on the stable toolchain (--sanitizer none), then minimises each corpus.
#
#   scripts/fuzz.sh                 every target, 180 s each
#   scripts/fuzz.sh survey_xlsx 600 one target, 10 minutes
#
# The fuzz crate (fuzz/) is its own workspace: clippy and the test command never build
# libFuzzer. Its build goes to $CARGO_TARGET_DIR (default /work/target-fuzz), apart from the
# shared target folder. A crash leaves its input in fuzz/artifacts/<target>/: fix the reader,
# then copy the input to fuzz/regressions/<target>/ so the test command replays it
# (crates/adopt-core/tests/fuzz_replay.rs). Figures per run go to fuzz/runs/<target>.log.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/work/target-fuzz}"

targets=(survey_csv survey_xlsx workspace_file template review_docx sync_bundle reference_docx verify_docx verify_pdf)
if [[ $# -ge 1 && -n "$1" && "$1" != all ]]; then
    targets=("$1")
fi
seconds="${2:-180}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

cargo fuzz build --sanitizer none
mkdir -p runs
status=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    echo "== $target: ${seconds}s"
    # -rss_limit_mb and -timeout make a memory blow-up or a hang a crash like any other; the
    # corpus is grown in place and the seeds stay in it.
    if ! cargo fuzz run "$target" --sanitizer none "corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=262144 \
        -print_final_stats=1 2>"runs/$target.log"; then
        echo "$target: crashed; input in fuzz/artifacts/$target/ (log: fuzz/runs/$target.log)" >&2
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "runs/$target.log" || true
    cargo fuzz cmin "$target" --sanitizer none "corpus/$target" >>"runs/$target.log" 2>&1
    echo "$target: $(find "corpus/$target" -type f | wc -l) files, $(du -sk "corpus/$target" | cut -f1) KB after cmin"
done
exit "$status"

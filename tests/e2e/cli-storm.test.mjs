// A short CLI storm (tests/e2e/storm.mjs; scripts/cli-storm.sh runs the 40-second one): no
// write that exited 0 is lost when SIGKILL lands on `decide` calls, and the file stays intact.
// Needs only the CLI; run.sh runs it with the window tests.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

import { storm } from "./storm.mjs";

const CLI = process.env.E2E_CLI;
const SECONDS = Number(process.env.E2E_STORM_SECONDS ?? 6);

describe("the CLI storm", () => {
  it(`keeps every write that exited 0 through ${SECONDS} s of random SIGKILLs`, async () => {
    assert.ok(CLI, "E2E_CLI must be set (run the test through tests/e2e/run.sh)");
    const dir = mkdtempSync(join(tmpdir(), "dfs-adopt-storm-"));
    const { figures, lost, failures } = await storm({ cli: CLI, seconds: SECONDS, dir });
    for (const [name, value] of Object.entries(figures)) console.log(`# storm ${name}: ${value}`);
    assert.equal(figures.integrity, "ok", "PRAGMA integrity_check");
    assert.deepEqual(lost, [], "no write that exited 0 is lost");
    assert.deepEqual(
      failures.map((c) => `${c.seq}: ${c.outcome}: ${c.stderr.trim()}`),
      [],
      "a call after a killed one is never refused",
    );
    // The storm must have done what it claims, or it proves nothing.
    assert.ok(figures.killed >= 5, `at least 5 calls killed (${figures.killed})`);
    assert.ok(figures.exitedOk >= 5, `at least 5 calls exited 0 (${figures.exitedOk})`);
    rmSync(dir, { recursive: true, force: true });
  });
});

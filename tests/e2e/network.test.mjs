// No network (issue 16): the clinic flow (discussion.test.mjs: start, a session with its
// participants, the facilitator and room views, the draft and minutes exported) runs with the
// app's whole process tree under `strace -f -e trace=network`, and the trace must hold no
// network attempt (tests/e2e/nettrace.mjs: AF_UNIX, AF_NETLINK and the loopback connection
// WebDriver drives the app through are allowed).
//
// tauri-driver starts WebKitWebDriver, which starts the application it is given: here a
// wrapper that execs strace on the real app, so the web and network processes WebKitGTK
// starts are traced too. Started by tests/e2e/run.sh in place of discussion.test.mjs.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";

import { APP } from "./app.mjs";
import { networkVerdict } from "./nettrace.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));

describe("no network", () => {
  it("the clinic flow under strace makes no network attempt", async () => {
    assert.equal(spawnSync("strace", ["-V"]).status, 0, "strace is installed (scripts/install-deps.sh)");
    const dir = mkdtempSync(join(tmpdir(), "dfs-adopt-net-"));
    const trace = join(dir, "app.trace");
    const wrapper = join(dir, "dfs-adopt-app");
    const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
    // seccomp-bpf stops only the traced calls, so the flow runs at its usual speed.
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec strace -f -qq -e signal=none --seccomp-bpf -e trace=network -o ${quote(trace)} ${quote(APP)} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);

    const { NODE_TEST_CONTEXT: _parent, ...env } = process.env;
    const flow = spawn(
      process.execPath,
      ["--test", "--test-reporter=spec", "--test-concurrency=1", join(HERE, "discussion.test.mjs")],
      { env: { ...env, E2E_APP: wrapper }, stdio: "inherit" },
    );
    const code = await new Promise((done) => flow.on("exit", (status) => done(status)));
    assert.equal(code, 0, "the clinic flow passes with the app under strace");

    assert.ok(existsSync(trace), "strace wrote the app's trace");
    const verdict = networkVerdict(readFileSync(trace, "utf8"));
    console.log(`# network calls traced: ${verdict.calls}`);
    console.log(`# allowed: ${verdict.allowed.unix} AF_UNIX, ${verdict.allowed.netlink} AF_NETLINK, ${verdict.allowed.loopback} loopback`);
    console.log(`# network attempts: ${verdict.attempts.length}`);
    // The window reaches X and D-Bus through AF_UNIX sockets: none seen means nothing was traced.
    assert.ok(verdict.allowed.unix > 0, "the trace saw the app's own sockets");
    assert.deepEqual(verdict.attempts, [], "no AF_INET or AF_INET6 socket outside loopback");
    rmSync(dir, { recursive: true, force: true });
  });
});

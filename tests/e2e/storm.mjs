// The CLI storm: `dfs-adopt decide` calls one after another on one database while SIGKILL lands
// on running calls at random moments. Afterwards every write whose call exited 0 must be there
// (or replaced by a later call), and SQLite must find the file intact.
//
//   node tests/e2e/storm.mjs [SECONDS] [--cli PATH]     (scripts/cli-storm.sh runs it for 40 s)
//
// A killed call may have committed before it died: its value may stand, so a field's final
// value is either the last successful call's or that of a later call that was killed.

import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const WORKSPACE = "Storm";
const ITEMS = ["SIM-01", "SIM-02", "SIM-03", "SIM-04", "SIM-05", "SIM-06"];
const STATUSES = ["open", "adopt", "adopt-modified", "already-covered", "deferred", "not-applicable"];
const PRIORITIES = ["high", "medium", "low"];
const LEADS = ["LCA", "CBL"];
// Fields checked by their final value; the rationale is also checked line by line in the history.
const FIELDS = ["status", "priority", "lead", "rationale"];

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** One `decide` call: its order, item, the values it sets, and how it ended. */
function planCall(seq) {
  const values = { rationale: `storm write ${seq}` };
  if (Math.random() < 0.6) values.status = pick(STATUSES);
  if (Math.random() < 0.5) values.priority = pick(PRIORITIES);
  if (Math.random() < 0.4) values.lead = pick(LEADS);
  return { seq, item: pick(ITEMS), values, outcome: null, stderr: "" };
}

function run(cli, db, call, killAfterMs) {
  const args = ["--db", db, "--by", "storm", "decide", WORKSPACE, call.item];
  for (const [field, value] of Object.entries(call.values)) args.push(`--${field}`, value);
  const started = process.hrtime.bigint();
  const child = spawn(cli, args, { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr.on("data", (chunk) => (call.stderr += chunk));
  let timer = null;
  if (killAfterMs !== null) {
    timer = setTimeout(() => {
      // Only a call still running: once it has exited its pid is no longer ours.
      if (child.exitCode === null && child.signalCode === null) {
        call.killSent = true;
        child.kill("SIGKILL");
      }
    }, killAfterMs);
  }
  return new Promise((done) => {
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      call.ms = Number(process.hrtime.bigint() - started) / 1e6;
      call.outcome = code === 0 ? "ok" : signal === "SIGKILL" ? "killed" : `failed (${signal ?? code})`;
      done(call);
    });
  });
}

/** Runs the storm for `seconds` on a new database in `dir`; returns the figures and the calls. */
export async function storm({ cli, seconds, dir }) {
  const db = join(dir, "storm.sqlite3");
  const setup = (...args) => execFileSync(cli, ["--db", db, "--by", "storm", ...args], { encoding: "utf8" });
  setup("workspace", "create", WORKSPACE, "--jurisdiction", "Lesotho", "--authority", "LCA=Lesotho Communications Authority", "--authority", "CBL=Central Bank of Lesotho");
  setup("select", WORKSPACE, ...ITEMS);

  const calls = [];
  const durations = [];
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const call = planCall(calls.length + 1);
    calls.push(call);
    // Half the calls get a kill somewhere between their start and a little past a typical
    // call's end, so kills land in start-up, the transaction, the commit and the exit.
    const typical = durations.length ? durations[Math.floor(durations.length / 2)] : 30;
    const killAfter = Math.random() < 0.5 ? Math.random() * typical * 1.3 : null;
    await run(cli, db, call, killAfter);
    if (call.outcome === "ok" && durations.length < 200) {
      durations.push(call.ms);
      durations.sort((a, b) => a - b);
    }
  }

  // SQLite's own verdict first, before the CLI opens the file again.
  const integrity = execFileSync("sqlite3", [db, "PRAGMA integrity_check;"], { encoding: "utf8" }).trim();
  const shown = JSON.parse(setup("workspace", "show", WORKSPACE, "--json"));
  const history = JSON.parse(setup("history", WORKSPACE, "--json"));

  const lost = [];
  // Every successful call wrote a rationale no other call wrote: its history line must be there.
  const written = new Set(history.filter((line) => line.field === "rationale").map((line) => `${line.item}\u0000${line.new}`));
  for (const call of calls) {
    if (call.outcome === "ok" && !written.has(`${call.item}\u0000${call.values.rationale}`)) {
      lost.push(`call ${call.seq} (${call.item} rationale) has no history line`);
    }
  }
  // Each field's final value: the last successful call's, or a later killed call's.
  for (const item of ITEMS) {
    const decision = shown.items.find((i) => i.id === item)?.decision;
    for (const field of FIELDS) {
      const setting = calls.filter((c) => c.item === item && field in c.values);
      const lastOk = setting.map((c) => c.outcome === "ok").lastIndexOf(true);
      if (lastOk < 0) continue;
      const allowed = new Set(setting.slice(lastOk).filter((c, i) => i === 0 || c.outcome !== "ok").map((c) => c.values[field]));
      const value = decision?.[field] ?? null;
      if (!allowed.has(value)) {
        lost.push(`${item} ${field} is ${JSON.stringify(value)}, call ${setting[lastOk].seq} set ${JSON.stringify(setting[lastOk].values[field])}`);
      }
    }
  }

  const count = (outcome) => calls.filter((c) => c.outcome === outcome).length;
  const figures = {
    seconds,
    calls: calls.length,
    killsSent: calls.filter((c) => c.killSent).length,
    killed: count("killed"),
    exitedOk: count("ok"),
    failed: calls.filter((c) => c.outcome.startsWith("failed")).length,
    lost: lost.length,
    integrity,
  };
  writeFileSync(join(dir, "calls.json"), JSON.stringify(calls, null, 1));
  return { figures, lost, failures: calls.filter((c) => c.outcome.startsWith("failed")) };
}

// Run as a script: print the figures, exit 1 on a lost write, a failed call or damage.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const cliAt = args.indexOf("--cli");
  const cli = cliAt >= 0 ? args.splice(cliAt, 2)[1] : join(process.env.CARGO_TARGET_DIR ?? "target", "debug", "dfs-adopt");
  const seconds = Number(args[0] ?? 40);
  const dir = mkdtempSync(join(tmpdir(), "dfs-adopt-storm-"));
  const { figures, lost, failures } = await storm({ cli, seconds, dir });
  for (const line of lost) console.log(`LOST: ${line}`);
  for (const call of failures.slice(0, 5)) console.log(`FAILED: call ${call.seq}: ${call.outcome}: ${call.stderr.trim()}`);
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
  const good = figures.lost === 0 && figures.failed === 0 && figures.integrity === "ok";
  if (good) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept for inspection: ${dir}`);
  process.exit(good ? 0 : 1);
}

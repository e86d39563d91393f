// Kill -9 in the real window (issue 16): each trial opens a fresh workspace, makes a burst of
// decision edits through the editor (status, priority, lead, rationale typed, moving between
// items), notes every edit the window showed as saved ("All changes saved" after it), and
// SIGKILLs the app at a random moment in the burst. Then every edit shown as saved must be in
// the database and SQLite's integrity check must say ok.
//
// E2E_KILL_TRIALS sets the number of trials (2 in the test command; scripts/kill-trials.sh
// runs 20 and prints the figures). Started by tests/e2e/run.sh.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { after, describe, it } from "node:test";

import {
  byTestId,
  choose,
  cli,
  cliJson,
  databaseReleased,
  DB,
  openTab,
  session,
  startOnStartScreen,
  text,
  webviewShot,
} from "./app.mjs";

const TRIALS = Number(process.env.E2E_KILL_TRIALS ?? 2);
const ITEMS = ["SIM-01", "SIM-02", "SIM-03"];
const STATUSES = ["open", "adopt", "adopt-modified", "already-covered", "deferred", "not-applicable"];
const PRIORITIES = ["high", "medium", "low"];
const LEADS = ["LCA", "CBL"];
// The burst goes on until the kill, which lands this long after it starts (milliseconds).
const KILL_WINDOW = [300, 4500];

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pid of the app on this test's database: other people's tests may run the same binary. */
function appPid() {
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!/\/dfs-adopt-app( \(deleted\))?$/.test(readlinkSync(`/proc/${entry}/exe`))) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, "utf8").split("\0");
      if (environ.includes(`DFS_ADOPT_DB=${DB}`)) found.push(Number(entry));
    } catch {
      // Gone, or not ours to read.
    }
  }
  assert.equal(found.length, 1, `one app runs on ${DB}: ${found.join(", ")}`);
  return found[0];
}

function alive(pid) {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].startsWith("Z");
  } catch {
    return false;
  }
}

// Every change of the save-state text, in order, kept by the page itself so no change is
// missed between two WebDriver calls.
const WATCH_SAVES = `
  window.__saves = [];
  let last = null;
  const look = () => {
    const el = document.querySelector("[data-testid='save-state']");
    const now = el ? el.textContent.trim() : null;
    if (now !== last) { last = now; window.__saves.push(now); }
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  look();`;

// Resolves true once, after the mark, the state left "All changes saved" and came back to it.
const SHOWN_SAVED = `
  const [mark, done] = [arguments[0], arguments[arguments.length - 1]];
  const deadline = Date.now() + 8000;
  (function poll() {
    const seen = window.__saves.slice(mark);
    const away = seen.findIndex((s) => s !== "All changes saved");
    if (away >= 0 && seen.slice(away + 1).includes("All changes saved")) return done(true);
    if (Date.now() > deadline) return done(false);
    setTimeout(poll, 5);
  })();`;

/** One trial: returns its figures; `lost` lists every edit shown as saved that is not in the database. */
async function trial(number) {
  const name = `Kill trial ${number} ${randomBytes(3).toString("hex")}`;
  cli("workspace", "create", name, "--jurisdiction", "Lesotho", "--authority", "LCA=Lesotho Communications Authority", "--authority", "CBL=Central Bank of Lesotho");
  cli("select", name, ...ITEMS);

  await startOnStartScreen();
  const pid = appPid();
  try {
    return await burst(name, pid);
  } catch (error) {
    // Leave no app behind: the next trial needs the database's lock and a new session.
    if (alive(pid)) {
      await webviewShot(`kill-trial-${number}-failed.png`).catch(() => undefined);
      process.kill(pid, "SIGKILL");
      await session.end().catch(() => undefined);
    }
    throw error;
  }
}

/** Opens the workspace `name`, edits until the app is killed, and checks the database. */
async function burst(name, pid) {
  // The app may open the workspace used last a moment after showing the start screen.
  const card = `${byTestId("workspace-card")}[aria-label='Open ${name}']`;
  await session.until(
    async () => {
      if ((await session.findAll(card)).length > 0) return true;
      const back = await session.findAll(byTestId("back-to-start"));
      if (back.length > 0) await back[0].click();
      return false;
    },
    { timeoutMs: 30000, what: `the card of ${name}` },
  );
  await (await session.find(card)).click();
  await session.waitFor(`${byTestId("workspace-screen")}`, { timeoutMs: 30000 });
  await session.until(async () => (await text(byTestId("workspace-title"))).startsWith(name), { what: `${name} open` });
  await openTab("decisions");
  await session.execute(WATCH_SAVES);

  // What the window holds for each item, as this test set it.
  const current = Object.fromEntries(ITEMS.map((id) => [id, { status: "open", priority: "", lead: "", rationale: "" }]));
  const edits = [];
  let item = null;

  const killAt = KILL_WINDOW[0] + Math.random() * (KILL_WINDOW[1] - KILL_WINDOW[0]);
  let killed = false;
  const killer = sleep(killAt).then(() => {
    process.kill(pid, "SIGKILL");
    killed = true;
  });

  try {
    for (let n = 1; !killed && n <= 200; n++) {
      if (item === null || Math.random() < 0.2) {
        // Moving to another item: the editor of the last one closes (flushing typed text).
        item = pick(ITEMS.filter((id) => id !== item));
        await (await session.find(`${byTestId("decision-row")}[data-id='${item}']`)).click();
        await session.waitFor(`${byTestId("decision-editor")}[data-id='${item}']`);
      }
      const field = pick(["status", "status", "priority", "lead", "rationale"]);
      const edit = { n, item, field, value: null, shownSaved: false };
      const mark = await session.execute("return window.__saves.length");
      if (field === "status") {
        edit.value = pick(STATUSES.filter((s) => s !== current[item].status));
        await (await session.find(byTestId(`status-${edit.value}`))).click();
      } else if (field === "priority" || field === "lead") {
        edit.value = pick((field === "priority" ? PRIORITIES : LEADS).filter((v) => v !== current[item][field]));
        await choose(await session.find(byTestId(`field-${field}`)), edit.value);
      } else {
        const words = ` edit ${n}`;
        edit.value = `${current[item].rationale}${words}`.trim();
        await (await session.find(byTestId("field-rationale"))).type(words);
      }
      edits.push(edit);
      current[item][field] = edit.value;
      edit.shownSaved = (await session.executeAsync(SHOWN_SAVED, [mark])) === true;
      // An edit not shown as saved while the app lives is a failure of its own, not a crash.
      if (!edit.shownSaved && !killed) throw new Error(`edit ${n} (${item} ${field}) was never shown as saved`);
    }
  } catch (error) {
    if (!killed) throw error;
  }
  await killer;
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(50);
  assert.ok(!alive(pid), "the app is gone after SIGKILL");
  await session.end().catch(() => undefined);
  await databaseReleased();

  // SQLite's verdict first, before the CLI opens the file again.
  const integrity = execFileSync("sqlite3", [DB, "PRAGMA integrity_check;"], { encoding: "utf8" }).trim();
  const stored = Object.fromEntries(cliJson("workspace", "show", name).items.map((i) => [i.id, i.decision]));
  const lost = [];
  for (const id of ITEMS) {
    for (const field of ["status", "priority", "lead", "rationale"]) {
      const touching = edits.filter((e) => e.item === id && e.field === field);
      const lastSaved = touching.map((e) => e.shownSaved).lastIndexOf(true);
      if (lastSaved < 0) continue;
      // The edit in flight when the app died may or may not have reached the database.
      const allowed = touching.slice(lastSaved).map((e) => e.value);
      const value = stored[id]?.[field] ?? "";
      if (!allowed.includes(value)) {
        lost.push(`${id} ${field}: shown saved as ${JSON.stringify(touching[lastSaved].value)}, stored ${JSON.stringify(value)}`);
      }
    }
  }
  return {
    killAtMs: Math.round(killAt),
    edits: edits.length,
    shownSaved: edits.filter((e) => e.shownSaved).length,
    lost,
    integrity,
  };
}

describe(`kill -9 during a burst of edits (${TRIALS} trials)`, () => {
  const results = [];

  after(() => {
    const sum = (key) => results.reduce((total, r) => total + r[key], 0);
    console.log(`# kill trials: ${results.length}`);
    console.log(`# kill edits made: ${sum("edits")}`);
    console.log(`# kill edits shown saved: ${sum("shownSaved")}`);
    console.log(`# kill edits lost: ${results.reduce((total, r) => total + r.lost.length, 0)}`);
    console.log(`# kill integrity ok: ${results.filter((r) => r.integrity === "ok").length} of ${results.length}`);
  });

  for (let number = 1; number <= TRIALS; number++) {
    it(`trial ${number}: every edit shown as saved survives, and the file is intact`, async () => {
      const result = await trial(number);
      results.push(result);
      console.log(
        `# trial ${number}: killed at ${result.killAtMs} ms, ${result.edits} edits, ${result.shownSaved} shown saved, ` +
          `${result.lost.length} lost, integrity ${result.integrity}`,
      );
      assert.equal(result.integrity, "ok", "PRAGMA integrity_check");
      assert.deepEqual(result.lost, [], "no edit shown as saved is lost");
      assert.ok(result.shownSaved > 0 || result.killAtMs < 1000, "edits were made and saved before the kill");
    });
  }
});

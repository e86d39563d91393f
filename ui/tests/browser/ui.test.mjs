// UI tests in headless Chromium with the backend mocked (src/test/mockBackend.ts): faster
// than the real window for logic that needs a browser — keyboard, undo against a stale
// revision, error messages, settings — and the place to time a 10,000-item catalog.
// Run by `npm run test:browser` (scripts/test.sh). Needs /usr/bin/chromium (Debian package).

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";
import { createServer } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ARTIFACTS = join(ROOT, "..", "tests", "artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let server;
let browser;
let base;

before(async () => {
  server = await createServer({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await server.listen();
  base = server.resolvedUrls.local[0];
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the harness, the mock backend configured by `config`. */
async function open(config, { largeText = false, clock = false, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height }, locale: "en-GB" });
  const page = await context.newPage();
  // A clock the test can move on (timers), installed before the page's scripts run.
  if (clock) await page.clock.install();
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(
    ([cfg, large]) => {
      window.__mockConfig = cfg;
      if (large) localStorage.setItem("dfs-adopt.largeText", "1");
    },
    [config, largeText],
  );
  await page.goto(`${base}tests/browser/harness.html`);
  return { page, context, requests, errors };
}

const id = (testid) => `[data-testid='${testid}']`;

describe("the window with a mocked backend", () => {
  it("filters a 10,000-item catalog (timed, reported)", async () => {
    const { page, context, errors } = await open({ catalogSize: 10_000, workspaces: [{ name: "Big", select: ["REG-00000", "SIM-00002"] }] });
    await page.click(id("workspace-card"));
    await page.waitForSelector(`${id("catalog-status")}:has-text("10000 recommendations shown.")`);
    // Time from ticking a filter to the list drawn with the new count, a few times.
    const timings = [];
    for (const group of ["SIM", "PAY", "SIM", "PAY"]) {
      const ms = await page.evaluate(async (g) => {
        const box = document.querySelector(`[data-testid='filter-group'][value='${g}']`);
        const started = performance.now();
        box.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - started;
      }, group);
      timings.push(ms);
    }
    // Ticked SIM, PAY, then unticked both: back to everything.
    await page.waitForSelector(`${id("catalog-status")}:has-text("10000 recommendations shown.")`);
    const status = await page.evaluate(async () => {
      const box = document.querySelector("[data-testid='filter-group'][value='APP']");
      box.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return document.querySelector("[data-testid='catalog-status']").textContent.trim();
    });
    assert.equal(status, "1666 of 10000 recommendations shown.");
    const label = await page.evaluate(() => document.querySelector("[data-testid='filter-group'][value='REG']").parentElement.textContent.trim());
    assert.equal(label, "REG · Regulatory and inter-agency (1667)", "a facet keeps counting its other values");
    const rows = await page.locator(id("catalog-row")).count();
    assert.equal(rows, 300, "long lists are drawn a page at a time");
    // The filtering and counting alone, without drawing: two groups and a threat, over 10,000 items.
    const compute = await page.evaluate(() => {
      const { applyFilter, emptyFilter, facetCounts } = window.__filters;
      const items = window.__mock.catalog;
      const status = new Map([["SIM-00002", "adopt"]]);
      const filter = { ...emptyFilter(), groups: new Set(["SIM", "PAY"]), threats: new Set(["malware"]) };
      const runs = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        applyFilter(items, filter, status);
        facetCounts(items, filter, status);
        runs.push(performance.now() - started);
      }
      return runs.sort((a, b) => a - b)[3];
    });
    console.log(`# 10,000-item catalog: filter to list drawn, ms: ${timings.map((t) => t.toFixed(1)).join(", ")}`);
    console.log(`# 10,000-item catalog: filter and facet counts alone (median of 7), ms: ${compute.toFixed(1)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("moves with j/k, sets statuses with 1–6 and undoes and redoes with Ctrl+Z / Ctrl+Shift+Z", async () => {
    const { page, context, errors } = await open({ workspaces: [{ name: "Keys", select: ["REG-00000", "TEL-00001", "SIM-00002"] }] });
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+2");
    await page.click(`${id("decision-row")}[data-id='REG-00000']`);
    await page.keyboard.press("j");
    await page.waitForSelector(`${id("decision-editor")}[data-id='TEL-00001']`);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.id), "TEL-00001");
    await page.keyboard.press("2");
    await page.waitForSelector(`${id("decision-row")}[data-id='TEL-00001'] .status-adopt`);
    await page.keyboard.press("k");
    await page.keyboard.press("6");
    await page.waitForSelector(`${id("decision-row")}[data-id='REG-00000'] .status-not-applicable`);
    assert.equal(await page.textContent(id("workspace-status")), "3 selected, 2 decided");
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`${id("decision-row")}[data-id='REG-00000'] .status-open`);
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`${id("decision-row")}[data-id='TEL-00001'] .status-open`);
    await page.keyboard.press("Control+Shift+z");
    await page.waitForSelector(`${id("decision-row")}[data-id='TEL-00001'] .status-adopt`);
    const restores = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "decision_restore").length);
    assert.equal(restores, 3);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("drops an undo step when the item was changed elsewhere, and says so", async () => {
    const { page, context } = await open({ workspaces: [{ name: "Stale", select: ["SIM-00002"] }] });
    await page.click(id("workspace-card"));
    await page.click(id("tab-decisions"));
    await page.click(`${id("decision-row")}[data-id='SIM-00002']`);
    await page.click(id("status-deferred"));
    await page.waitForSelector(`${id("save-state")}:has-text("All changes saved")`);
    await page.evaluate(() => window.__mock.changeBehind("Stale", "SIM-00002", "adopt"));
    await page.click(id("undo"));
    const problem = await page.textContent(id("problem"));
    assert.match(problem, /SIM-00002 was changed elsewhere since your change, so it was not undone/);
    await page.waitForSelector(`${id("decision-row")}[data-id='SIM-00002'] .status-adopt`);
    assert.equal(await page.isDisabled(id("undo")), true, "the refused step is dropped");
    await context.close();
  });

  it("saves text after a pause with a visible saved state, and checks dates and authorities", async () => {
    const { page, context } = await open({ workspaces: [{ name: "Text", select: ["SIM-00002"] }] });
    await page.click(id("workspace-card"));
    await page.click(id("tab-decisions"));
    await page.click(`${id("decision-row")}[data-id='SIM-00002']`);
    await page.click(id("field-rationale"));
    await page.keyboard.type("Recycled numbers led to wallet takeovers");
    assert.equal(await page.textContent(id("save-state")), "Unsaved changes…");
    await page.waitForSelector(`${id("save-state")}:has-text("All changes saved")`);
    const decides = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "decide").map((c) => c.args.patch.rationale));
    assert.deepEqual(decides, ["Recycled numbers led to wallet takeovers"], "one save for the whole sentence");
    await page.selectOption(id("field-lead"), "LCA");
    await page.waitForSelector(`${id("save-state")}:has-text("All changes saved")`);
    await page.click(`${id("field-support")}[value='LCA']`);
    assert.match(await page.textContent("[role='alert']"), /LCA is the lead authority; it cannot also be supporting/);
    assert.equal(await page.isChecked(`${id("field-support")}[value='LCA']`), false, "the refused tick is undone");
    await page.screenshot({ path: join(ARTIFACTS, "ui-decision-validation.png") });
    await context.close();
  });

  it("shows a clear message when the draft cannot be written", async () => {
    const { page, context } = await open({ workspaces: [{ name: "Export", select: ["SIM-00002"] }] });
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+4");
    await page.evaluate(() => {
      window.__mock.failNext.export_draft = {
        code: "export-failed",
        message: "/tmp/dfs-adopt-ui-test/Export-draft.docx cannot be written: Permission denied (os error 13); choose another folder or close the program that holds the file",
      };
    });
    await page.click(id("export-button"));
    const error = await page.textContent(id("export-error"));
    assert.match(error, /The draft was not exported\./);
    assert.match(error, /cannot be written: Permission denied/);
    assert.match(error, /No file was changed/);
    await page.click(id("export-button"));
    await page.waitForSelector(id("export-done"));
    const paths = await page.locator(id("saved-path")).evaluateAll((els) => els.map((el) => el.value));
    assert.equal(paths.length, 2);
    assert.match(paths[0], /^\/tmp\/dfs-adopt-ui-test\/Export-draft-\d{4}-\d\d-\d\d\.docx$/);
    assert.match(paths[1], /\.pdf$/);

    // No file manager on this computer: said plainly, with the path there to copy.
    await page.evaluate(() => {
      window.__mock.failNext.file_reveal = {
        code: "export-failed",
        message: "no file manager answered on this computer, so the folder cannot be shown; the file is saved at /tmp/x.docx: copy the path to find it",
      };
    });
    await page.locator(id("show-in-folder")).first().click();
    assert.match(await page.textContent(id("show-in-folder-error")), /^No file manager answered on this computer/);
    assert.ok(await page.locator(id("copy-path")).first().isVisible());
    await context.close();
  });

  it("opens the demo workspace from the empty start screen", async () => {
    const { page, context } = await open({ workspaces: [] });
    await page.waitForSelector(id("empty-state"));
    await page.click(id("open-demo"));
    await page.waitForSelector(id("workspace-title"));
    assert.match(await page.textContent(id("workspace-title")), /Demo — Lesotho 2025/);
    await context.close();
  });

  it("opens a workspace from another laptop on the start screen: preview, renamed when its name is taken, apply from the keyboard (mocked)", async () => {
    const { page, context, errors } = await open({ workspaces: [{ name: "Lesotho 2025", select: ["REG-00000"] }] });
    await page.waitForSelector(id("workspace-list"));
    await page.evaluate(() => {
      window.__mock.syncFiles["incoming.dfs-sync"] = { workspace: "w-bank", device: "bank-laptop", name: "Lesotho 2025", select: ["SIM-00002", "REG-00000"] };
    });
    await page.focus(id("arrival-button"));
    await page.keyboard.press("Enter");
    await page.waitForSelector(id("arrival-preview"));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "arrival-preview");
    const rows = await page.locator(id("arrival-row")).evaluateAll((r) => r.map((row) => [...row.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(rows, [
      ["Workspace", "Lesotho 2025 (bank-laptop)"],
      ["Sent from device", "bank-laptop"],
      ["On this laptop", "Created here as “Lesotho 2025 (bank-laptop)”: a workspace here has its name already"],
      ["Items added", "2 selected items"],
    ]);
    // The dry run wrote nothing: the list still holds one workspace.
    assert.equal(await page.evaluate(() => window.__mock.store.size), 1);

    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "arrival-apply");
    await page.keyboard.press("Enter");
    await page.waitForSelector(id("workspace-title"));
    assert.match(await page.textContent(id("workspace-title")), /Lesotho 2025 \(bank-laptop\)/);
    assert.deepEqual(
      await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "sync_import").map((c) => c.args.dryRun)),
      [true, false],
    );
    assert.equal(await page.evaluate(() => window.__mock.store.get("w-bank")?.items.length), 2);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("opens the shortcut sheet on ?, focuses search on /, and keeps the larger text setting", async () => {
    const { page, context, requests } = await open({ workspaces: [{ name: "A11y", select: [] }] });
    await page.click(id("workspace-card"));
    await page.click(id("tab-overview"));
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "catalog-search");
    await page.click(id("tab-overview"));
    await page.keyboard.press("?");
    await page.waitForSelector(id("shortcut-sheet"));
    await page.keyboard.press("Escape");
    await page.waitForSelector(id("shortcut-sheet"), { state: "detached" });
    await page.check(id("large-text"));
    await page.reload();
    await page.waitForSelector(id("workspace-screen"));
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "19px");
    // Only the local test server is ever asked for anything: no remote fonts, scripts or images.
    const origin = new URL(base).origin;
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:")), []);
    await context.close();
  });

  it("selects the shown items in bulk, and deselects decided ones only when confirmed", async () => {
    const { page, context } = await open({ workspaces: [{ name: "Bulk", select: [] }] });
    await page.click(id("workspace-card"));
    await page.check(`${id("filter-group")}[value='SIM']`);
    await page.click("summary:has-text('Threat')");
    await page.check(`${id("filter-threat")}[value='malware']`);
    const shown = await page.textContent(id("catalog-status"));
    const count = Number(/^(\d+) of/.exec(shown)[1]);
    assert.ok(count > 0 && count < 30, shown);
    await page.click(id("select-shown"));
    await page.waitForSelector(`${id("notice")}:has-text("${count} recommendations selected.")`);
    assert.equal(await page.textContent(id("workspace-status")), `${count} selected, 0 decided`);
    // Decide one, then try to deselect all shown: refused until confirmed.
    const first = await page.getAttribute(id("catalog-row"), "data-id");
    await page.click(`${id("catalog-row")}[data-id='${first}']`);
    await page.keyboard.press("5");
    await page.waitForSelector(`${id("catalog-row")}[data-id='${first}'] .status-deferred`);
    await page.check(`${id("filter-status")}[value='deferred']`);
    assert.equal(await page.textContent(id("catalog-status")), `1 of ${await page.evaluate(() => window.__mock.catalog.length)} recommendations shown.`);
    await page.uncheck(`${id("filter-status")}[value='deferred']`);
    await page.click(id("deselect-shown"));
    await page.waitForSelector(id("problem"));
    assert.match(await page.textContent(id("problem")), /Some shown items are decided/);
    await page.click(id("deselect-shown-anyway"));
    await page.waitForSelector(`${id("workspace-status")}:has-text("0 selected, 0 decided")`);
    await page.screenshot({ path: join(ARTIFACTS, "ui-catalog-bulk.png") });
    await context.close();
  });

  it("gives every control an accessible name", async () => {
    const { page, context } = await open({ workspaces: [{ name: "Labels", select: ["SIM-00002"] }] });
    await page.click(id("workspace-card"));
    const unnamed = [];
    for (const tab of ["catalog", "decisions", "overview", "export", "discussion", "survey", "versions", "review"]) {
      await page.click(id(`tab-${tab}`));
      if (tab === "decisions") await page.click(`${id("decision-row")}[data-id='SIM-00002']`);
      await page.waitForTimeout(100);
      unnamed.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll("input, select, textarea, button")]
            .filter((el) => el.offsetParent !== null)
            .filter((el) => {
              const labelled = el.labels?.length > 0 || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
              return !labelled && !(el.tagName === "BUTTON" && el.textContent.trim());
            })
            .map((el) => el.outerHTML.slice(0, 120)),
        )),
      );
    }
    assert.deepEqual(unnamed, []);
    await context.close();
  });

  it("runs a session in the facilitator view: stance and resolution keys, over-time warning, undo, parking (mocked)", async () => {
    const { page, context, errors } = await open(
      { workspaces: [{ name: "Clinic", select: ["REG-00000", "SIM-00002", "PAY-00003"] }] },
      { clock: true, height: 720 },
    );
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+5");
    await page.click(id("new-session"));
    // A started row without a name is refused before the backend is asked.
    await page.fill(id("session-facilitator"), "Palesa Mokoena");
    await page.fill(`${id("participant-row")}:nth-child(1) ${id("participant-role")}`, "Director");
    await page.click(id("save-session"));
    assert.match(await page.textContent(id("participant-problem")), /Give the participant's name/);
    await page.fill(`${id("participant-row")} >> nth=0 >> ${id("participant-name")}`, "Thabo Molapo");
    await page.fill(`${id("participant-row")} >> nth=1 >> ${id("participant-name")}`, "Lineo Sekhesa");
    await page.click(id("save-session"));
    await page.waitForSelector(id("agenda-editor"));
    await page.click(id("agenda-add-all"));
    await page.fill(`${id("agenda-time-box")} >> nth=0`, "1");
    await page.selectOption(id("agenda-order"), "manual");
    await page.click("[aria-label='Move PAY-00003 up']");
    await page.click(id("save-agenda"));
    await page.waitForSelector(`${id("notice")}:has-text("Agenda saved: 3 items.")`);
    const agenda = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "agenda_set").at(-1).args);
    assert.equal(agenda.order, "manual");
    assert.deepEqual(agenda.slots.map((s) => s.item), ["REG-00000", "PAY-00003", "SIM-00002"]);

    await page.click(id("facilitate"));
    await page.waitForSelector(`${id("facilitator-item")}[data-id='REG-00000']`);
    await page.keyboard.press("1");
    await page.keyboard.press("6");
    await page.waitForSelector(`${id("position-row")}[data-authority='CBL'] ${id("stance-support")}[aria-pressed='true']`);
    await page.keyboard.press("a");
    await page.waitForSelector(`${id("current-resolution")}:has-text("Agreed")`);
    await page.waitForSelector(`${id("progress-item")}[data-id='REG-00000'][data-state='resolved']`);

    // Over the item's one-minute time box: a gentle warning.
    assert.equal(await page.getAttribute(id("item-timer"), "data-state"), "ok");
    await page.clock.fastForward("00:50");
    await page.waitForSelector(`${id("item-timer")}[data-state='near']`);
    await page.clock.fastForward("00:15");
    await page.waitForSelector(`${id("item-timer")}[data-state='over']`);
    assert.match(await page.textContent(id("item-timer")), /1:0\d of 1:00\s*over time/);
    await page.screenshot({ path: join(ARTIFACTS, "ui-facilitator-over-time.png") });

    // Undo withdraws the resolution, redo puts it back; then the positions go, newest first.
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`${id("current-resolution")}:has-text("Not resolved yet.")`);
    await page.keyboard.press("Control+Shift+z");
    await page.waitForSelector(`${id("current-resolution")}:has-text("Agreed")`);
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`${id("position-row")}[data-authority='CBL'] ${id("stance-support")}[aria-pressed='false']`);
    const undone = await page.evaluate(() => window.__mock.calls.map((c) => c.cmd).filter((c) => ["resolution_withdraw", "resolve", "position_clear"].includes(c)));
    assert.deepEqual(undone, ["resolve", "resolution_withdraw", "resolve", "resolution_withdraw", "position_clear"]);

    // Next item: "c" asks for the conditions first; parking asks for a reason, and un-parks.
    await page.keyboard.press("j");
    await page.waitForSelector(`${id("facilitator-item")}[data-id='PAY-00003']`);
    await page.keyboard.press("c");
    await page.waitForSelector(id("resolve-problem"));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "resolution-conditions");
    await page.keyboard.type("Within a year");
    await page.click(id("resolve-agreed-with-conditions"));
    await page.waitForSelector(`${id("current-resolution")}:has-text("Adopt with national wording")`);
    await page.keyboard.press("j");
    await page.waitForSelector(`${id("facilitator-item")}[data-id='SIM-00002']`);
    await page.keyboard.press("l");
    await page.keyboard.type("Ask the MNOs first");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`${id("progress-item")}[data-id='SIM-00002'][data-state='parked']`);
    assert.match(await page.textContent(id("parked-reason")), /Ask the MNOs first/);
    await page.click(id("unpark"));
    await page.waitForSelector(`${id("progress-item")}[data-id='SIM-00002'][data-state='remaining']`);
    const current = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "session_set_current").map((c) => c.args.item));
    assert.deepEqual(current, ["REG-00000", "PAY-00003", "SIM-00002"], "the room view is moved along");

    // Every control has a name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea, button")]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          const labelled = el.labels?.length > 0 || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
          return !labelled && !(el.tagName === "BUTTON" && el.textContent.trim());
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(unnamed, []);

    // Back to the sessions: removing the names asks first.
    await page.click(id("back-to-sessions"));
    await page.click(id("anonymise-button"));
    await page.waitForSelector(id("anonymise-dialog"));
    await page.click(id("anonymise-confirm"));
    await page.waitForSelector(`${id("notice")}:has-text("3 names removed")`);
    await page.waitForSelector(`${id("session-card")}:has-text("names removed")`);
    assert.deepEqual(errors, []);
    await context.close();
  });
  it("imports a survey: bad rows refused, a preview before applying, the baseline and a suggestion, gaps and the check (mocked)", async () => {
    const { page, context, errors } = await open(
      { workspaces: [{ name: "Survey", select: ["REG-00000", "TEL-00001", "SIM-00002"] }] },
      { height: 720 },
    );
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+6");
    await page.waitForSelector(`${id("tab-survey")}[aria-selected='true']`);

    // The template: XLSX of the selected items by default; a name the core refuses is shown as such.
    await page.click(id("write-survey"));
    await page.waitForSelector(`${id("survey-written")}:has-text("Survey-survey.xlsx")`);
    let call = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "survey_template").at(-1).args);
    assert.deepEqual([call.all, call.path], [false, "/tmp/dfs-adopt-ui-test/Survey-survey.xlsx"]);
    await page.check(id("survey-format-csv"));
    await page.check(id("survey-scope-all"));
    await page.click(id("write-survey"));
    await page.waitForSelector(`${id("survey-written")}:has-text("Survey-survey.csv")`);
    call = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "survey_template").at(-1).args);
    assert.equal(call.all, true);

    // A file with mistakes: every problem by line and column, nothing to apply.
    await page.evaluate(() => {
      window.__mock.surveyFiles["survey.csv"] = {
        problems: [
          { line: 3, column: "status", letter: "D", message: 'unknown survey status "done"; use one of: implemented, planned' },
          { line: 1, column: "authority", letter: "—", message: 'the header row has no "authority" column' },
        ],
      };
    });
    await page.click(id("choose-survey"));
    await page.waitForSelector(id("survey-problems"));
    assert.match(await page.textContent(id("survey-problems")), /Nothing can be imported: 2 problems in survey\.csv/);
    const problems = await page.locator(id("survey-problem")).evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(problems, [
      ["3", "D (status)", 'Unknown survey status "done"; use one of: implemented, planned.'],
      ["1", "authority", 'The header row has no "authority" column.'],
    ]);
    assert.equal(await page.locator(id("apply-survey")).count(), 0);

    // A good file: the preview, again for one authority only, then the import.
    await page.evaluate(() => {
      window.__mock.surveyFiles["survey.csv"] = {
        answers: [
          { item: "REG-00000", authority: "LCA", status: "implemented", instrument: "mou", evidence: "MOU 2022" },
          { item: "REG-00000", authority: "CBL", status: "implemented" },
          { item: "SIM-00002", authority: "LCA", status: "partially-implemented", gap: "No notice to DFS providers" },
          { item: "SIM-00002", authority: "CBL", status: "not-implemented" },
        ],
      };
    });
    await page.click(id("preview-again"));
    await page.waitForSelector(id("survey-preview"));
    assert.equal(await page.textContent(id("survey-preview-counts")), "4 rows read: 4 answers will change, 0 unchanged.");
    assert.equal(await page.locator(id("survey-change")).count(), 4);
    assert.match(await page.textContent(`${id("survey-change")}[data-id='SIM-00002'][data-authority='LCA']`), /No answer\s*→\s*Partially implemented/);
    await page.selectOption(id("survey-authority"), "LCA");
    await page.waitForSelector(`${id("survey-preview-counts")}:has-text("2 rows of other authorities left out")`);
    await page.selectOption(id("survey-authority"), "");
    await page.waitForSelector(`${id("survey-preview-counts")}:has-text("4 answers will change")`);
    assert.deepEqual(await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "survey_import")), [], "nothing imported by a preview");
    await page.screenshot({ path: join(ARTIFACTS, "ui-survey-preview.png") });
    await page.click(id("apply-survey"));
    await page.waitForSelector(id("survey-applied"));
    assert.match(await page.textContent(id("survey-applied")), /Imported: 4 answers changed, 0 unchanged\.\s*1 open item is now suggested/);
    const imported = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "survey_import").map((c) => c.args));
    assert.deepEqual(imported, [{ workspace: "w1", path: "/tmp/dfs-adopt-ui-test/survey.csv", authority: null }]);
    assert.equal(await page.locator(id("survey-baseline-row")).count(), 3);

    // The baseline beside the item, and its suggestion: applied only on request, as a decision.
    await page.keyboard.press("Alt+2");
    await page.click(`${id("decision-row")}[data-id='REG-00000']`);
    await page.waitForSelector(`${id("decision-editor")} ${id("suggestion")}`);
    assert.equal(await page.getAttribute(`${id("baseline-answer")}[data-authority='LCA']`, "data-status"), "implemented");
    assert.match(await page.textContent(`${id("baseline-answer")}[data-authority='LCA']`), /Memorandum of understanding\s*Evidence: MOU 2022/);
    assert.equal(await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "decide").length), 0);
    await page.click(`${id("decision-editor")} ${id("apply-suggestion")}`);
    await page.waitForSelector(`${id("decision-row")}[data-id='REG-00000'] .status-already-covered`);
    const decided = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "decide").map((c) => c.args.patch.status));
    assert.deepEqual(decided, ["already-covered"]);
    await page.waitForSelector(`${id("notice")}:has-text("REG-00000: Already covered, as the baseline suggests.")`);
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`${id("decision-row")}[data-id='REG-00000'] .status-open`);
    await page.waitForSelector(`${id("decision-row")}[data-id='REG-00000'] ${id("decision-row-suggestion")}`);

    // The catalog's detail pane shows it too.
    await page.keyboard.press("Alt+1");
    await page.click(`${id("catalog-row")}[data-id='SIM-00002']`);
    await page.waitForSelector(`${id("detail-pane")} ${id("baseline")}[data-id='SIM-00002']`);
    assert.match(await page.textContent(`${id("detail-pane")} ${id("baseline")}`), /Gap: No notice to DFS providers/);

    // The overview's gap chart, drawn without overflowing the view.
    await page.evaluate(() => window.__mock.changeBehind("w1", "SIM-00002", "adopt"));
    await page.keyboard.press("Alt+3");
    await page.waitForSelector(`${id("chart-gap")} rect.seg`);
    assert.deepEqual(await page.locator(`${id("gap-totals")} li`).allTextContents(), [
      "LCA: 1 gap to close among 1 adopted item.",
      "CBL: 1 gap to close among 1 adopted item.",
    ]);
    // Nothing, the hidden tables for screen readers included, makes the window scroll sideways.
    const overflow = await page.evaluate(() =>
      [document.documentElement, document.querySelector("[data-testid='overview']")].map((el) => el.scrollWidth - el.clientWidth),
    );
    assert.ok(overflow.every((px) => px <= 0), `sideways overflow (px): ${overflow}`);

    // The check, grouped by kind; an item opens in the Decisions view.
    await page.keyboard.press("Alt+4");
    await page.waitForSelector(id("check-summary"));
    assert.deepEqual(await page.locator(id("finding-group")).evaluateAll((g) => g.map((el) => el.dataset.kind)), [
      "open-item",
      "missing-lead",
      "missing-priority",
      "missing-due",
      "missing-property",
    ]);
    assert.match(await page.textContent(id("check-panel")), /You can still export/);
    const checked = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "check").at(-1).args.date);
    assert.match(checked, /^\d{4}-\d\d-\d\d$/, "checked against the document date");
    await page.screenshot({ path: join(ARTIFACTS, "ui-check-panel.png") });
    await page.click(`${id("finding-item")}[data-id='TEL-00001']`);
    await page.waitForSelector(`${id("decision-editor")}[data-id='TEL-00001']`);
    assert.equal(await page.getAttribute(id("tab-decisions"), "aria-selected"), "true");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("circulates a version, lists it, shows what changed beside the editor, compares, exports and verifies (mocked)", async () => {
    const { page, context, errors } = await open(
      { workspaces: [{ name: "Versions", select: ["REG-00000", "TEL-00001", "SIM-00002"] }] },
      { height: 720 },
    );
    await page.evaluate(() => {
      const ws = window.__mock.store.get("w1").workspace;
      ws.doc_version = "0.2";
      ws.prepared_by = "Legal unit, LCA";
    });
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+7");
    await page.waitForSelector(`${id("tab-versions")}[aria-selected='true']`);
    await page.waitForSelector(id("no-versions"));

    // The label defaults to the document version; Enter in the note circulates.
    assert.equal(await page.inputValue(id("version-label")), "0.2");
    await page.fill(id("version-note"), "Sent to both legal departments");
    await page.press(id("version-note"), "Enter");
    await page.waitForSelector(`${id("circulated")}[data-label='0.2']`);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "circulated", "focus moves to the result");
    assert.match(await page.textContent(id("circulated")), /Version 0\.2 circulated\./);
    const short = await page.textContent(`${id("circulated")} ${id("fingerprint-short")}`);
    assert.match(short, /^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/, "12 digits in groups of four");
    const full = (await page.textContent(id("fingerprint-full"))).replaceAll(" ", "");
    assert.match(full, /^[0-9a-f]{64}$/);
    assert.ok(full.startsWith(short.replaceAll(" ", "")));
    const circulated = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "version_circulate").map((c) => c.args));
    assert.deepEqual(circulated, [{ workspace: "w1", label: "0.2", note: "Sent to both legal departments", date: null }]);

    // The list: label, latest, prepared by, note, the short fingerprint.
    await page.waitForSelector(`${id("version-row")}[data-label='0.2']`);
    const row = await page.locator(id("version-row")).evaluateAll((rows) => rows.map((r) => [...r.cells].slice(0, 5).map((c) => c.textContent.trim())));
    assert.equal(row.length, 1);
    assert.equal(row[0][0], "0.2 latest");
    assert.deepEqual(row[0].slice(2), ["Legal unit, LCA", "Sent to both legal departments", short]);

    // 0.2 is taken now: no default, and the same label again is refused before asking the core.
    assert.equal(await page.inputValue(id("version-label")), "");
    assert.match(await page.textContent(id("version-label-hint")), /Version 0\.2 is circulated already/);
    await page.fill(id("version-label"), "0.2");
    assert.equal(await page.getAttribute(id("version-label"), "aria-invalid"), "true");
    await page.press(id("version-label"), "Enter");
    await page.waitForSelector(id("circulate-error"));
    assert.match(await page.textContent(id("circulate-error")), /exists already/);
    assert.equal(await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "version_circulate").length), 1);
    // Escape takes the form back to its defaults.
    await page.fill(id("version-note"), "Second round");
    await page.press(id("version-label"), "Escape");
    assert.equal(await page.inputValue(id("version-label")), "");
    assert.equal(await page.inputValue(id("version-note")), "");
    assert.equal(await page.locator(id("circulate-error")).count(), 0);

    // A decision changes: "changed since version 0.2" beside the editor.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press("Alt+2");
    await page.click(`${id("decision-row")}[data-id='SIM-00002']`);
    assert.equal(await page.locator(`${id("decision-editor")} ${id("changed-since")}`).count(), 0, "nothing changed yet");
    await page.keyboard.press("2");
    await page.waitForSelector(`${id("decision-editor")}[data-id='SIM-00002'] ${id("changed-since")}[data-label='0.2']`);
    assert.match(await page.textContent(id("changed-since")), /Changed since version 0\.2\s*Status\s*in 0\.2:\s*Open\s*→\s*Now:\s*Adopt/);
    await page.click(`${id("decision-row")}[data-id='TEL-00001']`);
    await page.waitForSelector(`${id("decision-editor")}[data-id='TEL-00001']`);
    assert.equal(await page.locator(id("changed-since")).count(), 0, "only the items that changed say so");

    // Compare to now: the change per item, an item opens in the editor, the redline is exported.
    await page.keyboard.press("Alt+7");
    await page.click(`${id("version-row")}[data-label='0.2'] ${id("version-compare")}`);
    await page.waitForSelector(id("compare-summary"));
    assert.equal(await page.evaluate(() => document.activeElement?.id), "compare-heading");
    assert.equal(await page.textContent(id("compare-summary")), "1 change on 1 item.");
    const changes = await page.locator(id("change")).evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(changes, [["SIM-00002", "Status", "Open", "Adopt"]]);
    await page.click(id("redline-docx"));
    await page.waitForSelector(id("redline-saved"));
    const redline = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "export_draft").at(-1).args);
    assert.equal(redline.compareTo, "0.2");
    assert.equal(redline.format, "docx");
    assert.match(redline.path, /^\/tmp\/dfs-adopt-ui-test\/Versions-changes-since-0\.2-\d{4}-\d\d-\d\d\.docx$/);
    await page.screenshot({ path: join(ARTIFACTS, "ui-versions.png") });
    // Escape closes the comparison and gives focus back to its button.
    await page.focus(id("redline-pdf"));
    await page.keyboard.press("Escape");
    await page.waitForSelector(id("version-comparison"), { state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "version-compare");

    // The stored files, byte for byte, under the version's name.
    await page.click(`${id("version-row")}[data-label='0.2'] ${id("version-export-pdf")}`);
    await page.waitForSelector(id("version-exported"));
    const stored = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "export_version").map((c) => c.args));
    assert.deepEqual(stored, [{ workspace: "w1", label: "0.2", format: "pdf", path: "/tmp/dfs-adopt-ui-test/Versions-version-0.2.pdf" }]);

    // A returned copy: which version, edited, and its changed clauses open in the editor.
    await page.evaluate((fp) => {
      window.__mock.verifyFiles["verify.docx"] = {
        workspace: "w1",
        version: "0.2",
        fingerprint: fp,
        status: "edited",
        changed_clauses: ["SIM-00002", "PAY-09999"],
        detail: "2 clauses no longer read as circulated",
      };
    }, full);
    await page.click(id("verify-button"));
    await page.waitForSelector(`${id("verify-report")}[data-status='edited']`);
    assert.match(await page.textContent(id("verify-explanation")), /A copy of version 0\.2 of “Versions” that was changed/);
    assert.equal(await page.textContent(id("verify-detail")), "2 clauses no longer read as circulated.");
    assert.deepEqual(await page.locator(id("verify-clause")).evaluateAll((els) => els.map((el) => [el.tagName, el.textContent.trim()])), [
      ["BUTTON", "SIM-00002"],
      ["SPAN", "PAY-09999 (not selected in this workspace now)"],
    ]);
    await page.click(`${id("verify-clause")}[data-id='SIM-00002']`);
    await page.waitForSelector(`${id("decision-editor")}[data-id='SIM-00002']`);
    assert.equal(await page.getAttribute(id("tab-decisions"), "aria-selected"), "true");
    // The Versions view kept the report while the item was looked at.
    await page.keyboard.press("Alt+7");
    assert.equal(await page.locator(id("verify-report")).count(), 1);
    // A file the core cannot read says so.
    await page.evaluate(() => delete window.__mock.verifyFiles["verify.docx"]);
    await page.click(id("verify-button"));
    await page.waitForSelector(id("verify-error"));
    assert.match(await page.textContent(id("verify-error")), /could not be verified.*cannot be read/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("imports a reviewer's file after a preview, filters the comments and answers them from the keyboard (mocked)", async () => {
    const { page, context, errors } = await open({ workspaces: [{ name: "Review", select: ["REG-00000", "SIM-00002"] }] });
    await page.evaluate(() => {
      const entry = (n, extra) => ({
        id: String(n).padStart(32, "0"),
        item: "SIM-00002",
        section: null,
        kind: "comment",
        author: "T. Mokoena",
        organisation: null,
        at: "2027-01-12T10:04:00Z",
        text: `Comment ${n}`,
        anchor_text: "Operators shall verify",
        replies: [],
        resolved: false,
        source_file: "",
        source_version: null,
        disposition: null,
        response: null,
        responded_by: null,
        responded_at: null,
        ...extra,
      });
      window.__mock.reviewFiles["review.docx"] = [
        entry(1, {}),
        entry(2, { kind: "insertion", text: "within 24 hours" }),
        entry(3, { item: "REG-00000", author: "Vodacom legal", resolved: true }),
        entry(4, { item: null, section: 2, author: "Vodacom legal" }),
      ];
    });
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+8");
    await page.waitForSelector(`${id("tab-review")}[aria-selected='true']`);
    await page.waitForSelector(id("review-empty"));

    // The preview says what goes where, and nothing is written before the user confirms.
    await page.click(id("review-choose"));
    await page.waitForSelector(id("review-preview"));
    const rows = await page.locator(id("review-preview-row")).evaluateAll((r) => r.map((row) => [...row.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(rows, [["REG-00000", "1"], ["SIM-00002", "2"], ["Sections (outside any clause)", "1"]]);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").comments.length), 0, "a preview writes nothing");
    await page.click(id("review-confirm"));
    await page.waitForSelector(`${id("review-counts")}:has-text("4 in all · 4 open · 0 answered")`);

    // The same file again: nothing new, no import button.
    await page.click(id("review-choose"));
    await page.waitForSelector(id("review-preview-nothing"));
    assert.match(await page.textContent(id("review-skipped")), /4 entries already imported are skipped/);
    assert.equal(await page.locator(id("review-confirm")).count(), 0);
    await page.click(id("review-cancel"));

    // Rejecting without a response shows why; the backend is not asked.
    const first = `${id("review-comment")}[data-id='${"1".padStart(32, "0")}']`;
    await page.focus(`${first} ${id("review-disposition-rejected")}`);
    await page.keyboard.press("Enter");
    await page.focus(`${first} ${id("review-response")}`);
    await page.keyboard.press("Enter");
    assert.equal(await page.textContent(`${first} ${id("review-problem")}`), "A rejected comment needs a response saying why.");
    assert.equal(await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "review_respond").length), 0);
    await page.keyboard.type("Outside the directive's scope.");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`${first} ${id("review-disposition")}:has-text("Rejected")`);
    await page.waitForSelector(`${id("review-counts")}:has-text("4 in all · 3 open · 1 answered")`);

    // Accepting the tracked insertion with its wording makes it the item's national wording.
    const second = `${id("review-comment")}[data-id='${"2".padStart(32, "0")}']`;
    await page.click(`${second} ${id("review-disposition-accepted")}`);
    await page.check(`${second} ${id("review-apply")}`);
    await page.click(`${second} ${id("review-save")}`);
    await page.waitForSelector(`${second} ${id("review-disposition")}:has-text("Accepted")`);
    const calls = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "review_respond").map((c) => c.args));
    assert.deepEqual(calls.map((c) => [c.disposition, c.response, c.apply]), [
      ["rejected", "Outside the directive's scope.", false],
      ["accepted", null, true],
    ]);
    const decision = await page.evaluate(() => window.__mock.store.get("w1").items.find((i) => i.id === "SIM-00002").decision);
    assert.equal(decision.status, "adopt-modified");
    assert.equal(decision.wording, "within 24 hours");
    assert.equal(await page.locator(id("review-apply")).count(), 1, "only the insertion offers its wording");

    await page.screenshot({ path: join(ARTIFACTS, "ui-review.png") });

    // Filters: open only, then one reviewer.
    await page.check(id("review-filter-open"));
    assert.equal(await page.locator(id("review-comment")).count(), 2);
    await page.selectOption(id("review-filter-reviewer"), { label: "Vodacom legal (2/2)" });
    assert.equal(await page.locator(id("review-comment")).count(), 2);
    await page.check(id("review-filter-answered"));
    await page.waitForSelector(id("review-none-match"));

    // Beside the decision editor: the item's own comments with their counts, and the applied wording.
    await page.click(id("tab-decisions"));
    await page.click(`${id("decision-row")}[data-id='SIM-00002']`);
    await page.waitForSelector(`${id("item-comments-heading")}:has-text("Reviewers' comments: 0 open · 2 answered")`);
    assert.equal(await page.inputValue(id("field-wording")), "within 24 hours");
    await page.click(`${id("decision-row")}[data-id='REG-00000']`);
    await page.waitForSelector(`${id("item-comments-heading")}:has-text("Reviewers' comments: 1 open · 0 answered")`);
    assert.equal(await page.locator(`${id("item-comments")} ${id("review-comment")}`).count(), 1);
    assert.equal(await page.locator(`${id("item-comments")} ${id("review-place")}`).count(), 0, "the item is not named again beside its own editor");
    // Answered there from the keyboard: the counts follow, and so does the Review tab.
    const third = `${id("item-comments")} ${id("review-comment")}[data-id='${"3".padStart(32, "0")}']`;
    await page.focus(`${third} ${id("review-disposition-noted")}`);
    await page.keyboard.press("Enter");
    await page.focus(`${third} ${id("review-response")}`);
    await page.keyboard.type("Kept for the next revision.");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`${id("item-comments-heading")}:has-text("Reviewers' comments: 0 open · 1 answered")`);
    await page.waitForSelector(`${third} ${id("review-disposition")}:has-text("Noted")`);
    const stored = await page.evaluate(() => window.__mock.store.get("w1").comments.find((c) => c.item === "REG-00000"));
    assert.deepEqual([stored.disposition, stored.response], ["noted", "Kept for the next revision."]);
    await page.locator(id("item-comments")).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "ui-item-comments.png") });
    await page.click(id("tab-review"));
    await page.check(id("review-filter-all"));
    await page.selectOption(id("review-filter-reviewer"), { label: "All reviewers" });
    await page.waitForSelector(`${id("review-counts")}:has-text("4 in all · 1 open · 3 answered")`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("chooses, refuses and clears the reference document in the properties dialog (mocked)", async () => {
    const { page, context, errors } = await open({ workspaces: [{ name: "House style", select: ["REG-00000"] }] }, { height: 720 });
    await page.evaluate(() => {
      window.__mock.referenceFiles["reference.docx"] = { refused: "reference.docx is not a DOCX file (no zip archive); save it from Word as .docx" };
    });
    await page.click(id("workspace-card"));
    await page.click(id("properties-button"));
    await page.waitForSelector(id("reference-doc-none"));
    // A refused file: the message in the dialog, nothing stored.
    await page.click(id("reference-doc-choose"));
    await page.waitForSelector(id("reference-doc-error"));
    assert.match(await page.textContent(id("reference-doc-error")), /^The reference document was not changed\. Reference\.docx is not a DOCX file/);
    assert.equal(await page.locator(id("reference-doc-none")).count(), 1);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").referenceDoc), null);
    // A good one: stored, with the fonts, page size and margins the core read from it.
    await page.evaluate(() => {
      window.__mock.referenceFiles["reference.docx"] = {
        info: {
          body_font: "DejaVu Serif",
          heading_font: "DejaVu Sans",
          fonts: ["DejaVu Sans", "DejaVu Serif"],
          page: { width_mm: 210, height_mm: 297, margins: { top_mm: 20, right_mm: 20, bottom_mm: 25, left_mm: 30 } },
        },
      };
    });
    await page.click(id("reference-doc-choose"));
    await page.waitForSelector(id("reference-doc-info"));
    assert.equal(await page.textContent(id("reference-doc-file")), "reference.docx");
    assert.equal(await page.textContent(id("reference-doc-body-font")), "DejaVu Serif");
    assert.equal(await page.textContent(id("reference-doc-heading-font")), "DejaVu Sans");
    assert.match(await page.textContent(id("reference-doc-page")), /210 × 297 mm/);
    assert.match(await page.textContent(id("reference-doc-notice")), /Reference document “reference\.docx” stored/);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").referenceDoc.file_name), "reference.docx");
    assert.equal(await page.locator(id("reference-doc-error")).count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, "ui-properties-reference-doc.png") });
    // Escape closes the dialog (the document is stored already); a PDF export says which fonts it drew instead.
    await page.keyboard.press("Escape");
    await page.waitForSelector(id("properties-dialog"), { state: "detached" });
    await page.keyboard.press("Alt+4");
    await page.check(id("export-format-pdf"));
    await page.click(id("export-button"));
    await page.waitForSelector(id("export-notes"));
    assert.equal(await page.textContent(id("export-notes")), "DejaVu Serif (body text) is not embedded in the PDF; it is drawn with Liberation Serif.");
    // Reopened, the dialog reads the stored document again; from the keyboard, Tab reaches Clear and Enter clears it.
    await page.click(id("properties-button"));
    await page.waitForSelector(`${id("reference-doc-file")}:has-text("reference.docx")`);
    await page.focus(id("reference-doc-choose"));
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "reference-doc-clear");
    await page.keyboard.press("Enter");
    await page.waitForSelector(id("reference-doc-none"));
    assert.match(await page.textContent(id("reference-doc-notice")), /cleared/);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").referenceDoc), null);
    await page.keyboard.press("Escape");
    await page.waitForSelector(id("properties-dialog"), { state: "detached" });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("chooses the documents' language apart from the interface's: a French workspace from the form, switched in the properties (mocked)", async () => {
    const { page, context, errors } = await open({ workspaces: [] });
    const options = (testid) => page.locator(`${id(testid)} option`).evaluateAll((os) => os.map((o) => o.value));
    // The interface in English: the documents start in English, with the English templates.
    await page.click(id("new-workspace-button"));
    assert.equal(await page.inputValue(id("ws-language")), "en");
    assert.deepEqual(await options("ws-template"), ["joint-directive", "guideline"]);
    // French documents: the French templates, the French joint directive chosen.
    await page.selectOption(id("ws-language"), "fr");
    assert.deepEqual(await options("ws-template"), ["directive-conjointe", "ligne-directrice"]);
    assert.equal(await page.inputValue(id("ws-template")), "directive-conjointe");
    assert.match(await page.textContent(id("new-workspace-form")), /whatever the interface language/);
    await page.fill(id("ws-name"), "Abidjan");
    await page.fill(id("ws-jurisdiction"), "Côte d’Ivoire");
    await page.locator(id("authority-code")).first().fill("ARTCI");
    await page.locator(id("authority-name")).first().fill("Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire");
    await page.click(id("create-workspace"));
    await page.waitForSelector(id("workspace-title"));
    const created = () => page.evaluate(() => [...window.__mock.store.values()].map((s) => [s.workspace.language, s.workspace.template]));
    assert.deepEqual(await created(), [["fr", "directive-conjointe"]]);
    assert.equal(await page.evaluate(() => window.__mock.calls.find((c) => c.cmd === "workspace_create").args.language), "fr");

    // The properties show the documents' language; English takes the template to its counterpart, and says so.
    await page.click(id("properties-button"));
    assert.equal(await page.inputValue(id("prop-language")), "fr");
    assert.equal(await page.locator(id("template-follows-language")).count(), 0);
    await page.selectOption(id("prop-language"), "en");
    assert.equal(await page.inputValue(id("prop-template")), "joint-directive");
    assert.equal(
      await page.textContent(id("template-follows-language")),
      "The built-in template switches with the language: directive-conjointe becomes its counterpart joint-directive.",
    );
    await page.screenshot({ path: join(ARTIFACTS, "ui-properties-document-language.png") });
    await page.click(id("save-properties"));
    await page.waitForSelector(id("properties-dialog"), { state: "detached" });
    assert.deepEqual(await created(), [["en", "joint-directive"]]);
    const sent = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "workspace_set").map((c) => c.args.properties));
    assert.deepEqual(sent.map((p) => [p.language, p.template]), [["en", "joint-directive"]]);

    // The interface in French: a new form's documents start in French, and the guideline's counterpart is offered.
    await page.click(id("back-to-start"));
    await page.selectOption(id("language"), "fr");
    await page.click(id("new-workspace-button"));
    assert.equal(await page.inputValue(id("ws-language")), "fr");
    assert.equal(await page.inputValue(id("ws-template")), "directive-conjointe");
    assert.match(await page.textContent(id("new-workspace-form")), /Langue des documents/);
    await page.selectOption(id("ws-language"), "en");
    await page.selectOption(id("ws-template"), "guideline");
    await page.selectOption(id("ws-language"), "fr");
    assert.equal(await page.inputValue(id("ws-template")), "ligne-directrice");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("sends the workspace, merges another laptop's file after a preview and settles its conflict from the keyboard (mocked)", async () => {
    const { page, context, errors } = await open({ workspaces: [{ name: "Sync 2025", select: ["REG-00000", "SIM-00002"] }] });
    await page.click(id("workspace-card"));
    await page.keyboard.press("Alt+7");
    await page.waitForSelector(id("conflicts-none"));

    // Send: a bundle named after the workspace.
    await page.click(id("sync-send"));
    await page.waitForSelector(id("sync-sent"));
    assert.deepEqual(await page.evaluate(() => window.__mock.sent), ["/tmp/dfs-adopt-ui-test/Sync-2025.dfs-sync"]);
    assert.match(await page.textContent(id("sync-sent")), /Saved Sync-2025\.dfs-sync from this laptop \("this-laptop"\)/);

    // Merge: the preview first, with nothing written.
    await page.evaluate(() => {
      window.__mock.syncFiles["incoming.dfs-sync"] = {
        workspace: "w1",
        device: "bank-laptop",
        fields: [{ item: "SIM-00002", field: "rationale", value: "Agreed with the central bank" }],
        conflicts: [
          {
            id: "REG-00000/status",
            item: "REG-00000",
            field: "status",
            values: [
              { value: "adopt", device: "this-laptop", by: "m.mokoena", at: "2026-11-24T12:05:00Z" },
              { value: "not-applicable", device: "bank-laptop", by: "t.letsie", at: "2026-11-24T12:07:00Z" },
            ],
          },
        ],
      };
    });
    await page.click(id("sync-merge"));
    await page.waitForSelector(id("sync-preview"));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "sync-preview");
    const rows = await page.locator(id("sync-preview-row")).evaluateAll((r) => r.map((row) => [...row.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(rows, [
      ["From device “bank-laptop”", "Merged into this workspace"],
      ["Fields changed", "1"],
      ["Items added", "none"],
      ["Items removed", "none"],
      ["New conflicts", "1"],
    ]);
    const merged = () => window.__mock.calls.filter((c) => c.cmd === "sync_import").map((c) => c.args.dryRun);
    assert.deepEqual(await page.evaluate(merged), [true]);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").conflicts.length), 0, "a preview writes nothing");

    // Apply from the keyboard: the conflict appears, side by side with device, who and when.
    await page.focus(id("sync-apply"));
    await page.keyboard.press("Enter");
    await page.waitForSelector(id("conflict"));
    assert.equal(await page.evaluate(() => document.activeElement?.id), "conflicts-heading", "focus goes to the new conflicts");
    assert.deepEqual(await page.evaluate(merged), [true, false]);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").items.find((i) => i.id === "SIM-00002").decision.rationale), "Agreed with the central bank");
    assert.equal(await page.textContent(`${id("conflict")} h4`), "REG-00000 — Status");
    const values = await page.locator(id("conflict-value")).evaluateAll((els) => els.map((el) => [el.querySelector(".text").textContent, el.querySelector(".origin").textContent]));
    assert.equal(values.length, 2);
    assert.equal(values[0][0], "Adopt");
    assert.match(values[0][1], /^Device “this-laptop”, by m\.mokoena, 24 Nov 2026.* · shown now$/);
    assert.match(values[1][1], /^Device “bank-laptop”, by t\.letsie, 24 Nov 2026/);
    await page.screenshot({ path: join(ARTIFACTS, "ui-sync-conflicts.png") });

    // The check names the conflict until it is settled.
    await page.click(id("tab-export"));
    await page.waitForSelector(`${id("finding")}[data-kind='unresolved-conflict'][data-id='REG-00000']`);
    await page.keyboard.press("Alt+7");

    // One key press keeps the other laptop's value: the list empties, the decision follows.
    await page.focus(`${id("conflict-value")}[data-keep='2'] ${id("conflict-keep")}`);
    await page.keyboard.press("Enter");
    await page.waitForSelector(id("conflicts-none"));
    const resolved = await page.evaluate(() => window.__mock.calls.filter((c) => c.cmd === "conflicts_resolve").map((c) => c.args));
    assert.deepEqual(resolved, [{ workspace: "w1", conflict: "REG-00000/status", keep: 2, value: null }]);
    assert.equal(await page.evaluate(() => window.__mock.store.get("w1").items.find((i) => i.id === "REG-00000").decision.status), "not-applicable");
    await page.click(id("tab-export"));
    await page.waitForSelector(id("check-summary"));
    assert.equal(await page.locator(`${id("finding")}[data-kind='unresolved-conflict']`).count(), 0);

    // The same file again: nothing to merge, no Apply button.
    await page.keyboard.press("Alt+7");
    await page.evaluate(() => (window.__mock.syncFiles["incoming.dfs-sync"].conflicts = []));
    await page.click(id("sync-merge"));
    await page.waitForSelector(id("sync-nothing"));
    assert.equal(await page.locator(id("sync-apply")).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

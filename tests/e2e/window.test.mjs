// End-to-end test of the real dfs-adopt window: tauri-driver starts the debug binary,
// the test works the window as a person would, and the CLI reads the same database back.
// Started by tests/e2e/run.sh, which provides the display, tauri-driver and these variables.
// Save and open dialogs are replaced by DFS_ADOPT_EXPORT_DIR (WebDriver cannot drive them).

import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import {
  APP,
  ARTIFACTS,
  byTestId,
  choose,
  cliJson,
  CTRL,
  databaseReleased,
  documentText,
  ESCAPE,
  EXPORTS,
  NULL_KEY,
  openTab,
  session,
  SHIFT,
  startApp,
  text,
  waitSaved,
  webviewShot,
} from "./app.mjs";

const WORKSPACE = "Lesotho e2e";

const decisionOf = (id) => cliJson("workspace", "show", WORKSPACE).items.find((item) => item.id === id)?.decision;

let shot = 0;
const figures = {};

/** Saves the webview's screenshot, and the whole X screen beside it, under tests/artifacts/. */
async function screenshot(name) {
  shot += 1;
  const base = `${String(shot).padStart(2, "0")}-${name}`;
  await webviewShot(`${base}.png`);
  try {
    execFileSync("import", ["-window", "root", join(ARTIFACTS, `${base}-screen.png`)], { stdio: "ignore" });
  } catch {
    // ImageMagick is optional: the WebDriver screenshot above is the one that matters.
  }
}

async function rowIds() {
  const rows = await session.findAll(byTestId("catalog-row"));
  return Promise.all(rows.map((row) => row.attribute("data-id")));
}

async function openDecision(id) {
  const row = await session.waitFor(`${byTestId("decision-row")}[data-id='${id}']`);
  await row.click();
  await session.waitFor(`${byTestId("decision-editor")}[data-id='${id}']`);
  return row;
}

describe("the dfs-adopt window", () => {
  const chosen = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const started = Date.now();
    await startApp();
    await session.waitFor(byTestId("empty-state"), { timeoutMs: 30000, what: "the start screen" });
    figures.firstStartMs = Date.now() - started;
  });

  after(async () => {
    if (!session) return;
    try {
      await screenshot("final");
    } finally {
      await session.end();
    }
    for (const [name, value] of Object.entries(figures)) console.log(`# ${name}: ${value}`);
  });

  it("starts on the start screen with a clear empty state", async () => {
    assert.equal(await session.title(), "dfs-adopt");
    assert.match(await text(byTestId("empty-state")), /No workspace yet/);
    await screenshot("start-empty");
  });

  it("grants the window its own commands and the save and open dialogs, nothing else", async () => {
    // Called the way @tauri-apps/api does: a core command the capability does not grant
    // must be refused, while the app's own commands answer.
    const call = (command, args = {}) =>
      session.executeAsync(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke(${JSON.stringify(command)}, ${JSON.stringify(args)}).then(
           () => done("allowed"), (e) => done("refused: " + (typeof e === "string" ? e : JSON.stringify(e))));`,
      );
    assert.equal(await call("workspace_list"), "allowed");
    assert.equal(await call("template_list"), "allowed");
    for (const command of ["plugin:app|version", "plugin:window|close", "plugin:webview|print", "plugin:dialog|message"]) {
      assert.match(await call(command), /^refused: .*not allowed/, `${command} is refused`);
    }
    // Save and open pass the ACL: called with bad options, only the arguments are refused
    // (so no dialog opens in the test).
    for (const command of ["plugin:dialog|save", "plugin:dialog|open"]) {
      assert.match(await call(command, { options: "bogus" }), /^refused: invalid args `options`/, `${command} is granted`);
    }
  });

  it("refuses a second instance on the same database: it says why and exits", () => {
    const started = Date.now();
    const second = spawnSync(APP, [], { encoding: "utf8", timeout: 30000, env: process.env });
    assert.equal(second.status, 4, `exit code 4 (stderr: ${second.stderr})`);
    assert.match(second.stderr, /already open on/);
    figures.secondInstanceExitMs = Date.now() - started;
  });

  it("explains it in a native message when dialogs are not replaced (as from the desktop menu)", async () => {
    const { DFS_ADOPT_EXPORT_DIR: _replaced, ...desktop } = process.env;
    const second = spawn(APP, [], { env: desktop, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    second.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise((resolve) => second.on("exit", (code) => resolve(code)));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal(second.exitCode, null, `the message waits for the user (stderr: ${stderr})`);
    assert.match(stderr, /already open on/);
    try {
      execFileSync("import", ["-window", "root", join(ARTIFACTS, "00-second-instance-message.png")], { stdio: "ignore" });
    } catch {
      // ImageMagick is optional.
    }
    second.kill("SIGTERM");
    await exited;
  });

  it("creates a workspace with two authorities, showing the core's message first", async () => {
    await (await session.find(byTestId("new-workspace-button"))).click();
    const form = await session.waitFor(byTestId("new-workspace-form"));
    await (await session.find(byTestId("ws-jurisdiction"), form)).type("Lesotho");
    const codes = await session.findAll(byTestId("authority-code"), form);
    const names = await session.findAll(byTestId("authority-name"), form);
    const kinds = await session.findAll(byTestId("authority-kind"), form);
    assert.equal(codes.length, 2, "the form offers two authority rows");
    await codes[0].type("LCA");
    await names[0].type("Lesotho Communications Authority");
    await choose(kinds[0], "telecom-regulator");
    await codes[1].type("CBL");
    await names[1].type("Central Bank of Lesotho");
    await choose(kinds[1], "central-bank");

    // No name yet: the core refuses, and its message is shown readably.
    await (await session.find(byTestId("create-workspace"), form)).click();
    const error = await session.waitFor(byTestId("form-error"));
    assert.match(await error.text(), /Workspace name must not be empty\./);
    await screenshot("form-error");

    await (await session.find(byTestId("ws-name"), form)).type(WORKSPACE);
    const created = Date.now();
    await (await session.find(byTestId("create-workspace"), form)).click();
    await session.waitFor(byTestId("workspace-screen"));
    await session.until(async () => (await rowIds()).length > 100, { what: "the catalog rows" });
    figures.createToCatalogMs = Date.now() - created;
    assert.equal(await text(byTestId("workspace-title")), "Lesotho e2e (Lesotho)");
    assert.match(await text(byTestId("notice")), /Lesotho e2e/);
    const shown = cliJson("workspace", "show", WORKSPACE);
    assert.deepEqual(
      shown.authorities.map((a) => [a.code, a.kind]),
      [
        ["LCA", "telecom-regulator"],
        ["CBL", "central-bank"],
      ],
      "both authorities were stored with their kinds",
    );
    await screenshot("catalog");
  });

  it("shows the catalog grouped, with counts per filter value", async () => {
    const groups = await session.findAll(byTestId("catalog-group"));
    const codes = await Promise.all(groups.map((g) => g.attribute("data-group")));
    assert.deepEqual(codes, ["REG", "TEL", "SIM", "PAY", "APP", "USR"], "groups in catalog order");
    assert.match(await text(byTestId("catalog-status")), /^\d+ recommendations shown\.$/);
    const simFilter = await session.find(`${byTestId("filter-group")}[value='SIM']`);
    const label = await session.execute("return arguments[0].parentElement.textContent.trim()", [simFilter]);
    assert.match(label, /^SIM · SIM life cycle \(\d+\)$/);
    const source = await session.find(`${byTestId("filter-source")}[value='S3']`);
    const sourceLabel = await session.execute("return arguments[0].parentElement.textContent.trim()", [source]);
    assert.match(sourceLabel, /^S3 · Recommendations on DFS SIM risks/, "source documents are named by their titles");
  });

  it("searches, filters and selects five items", async () => {
    const search = await session.find(byTestId("catalog-search"));
    await search.click();
    await search.type("SIM swap");
    await session.until(async () => /of \d+ recommendations shown/.test(await text(byTestId("catalog-status"))), {
      what: "search results",
    });
    await (await session.find(`${byTestId("filter-group")}[value='SIM']`)).click();
    await session.until(async () => (await rowIds()).every((id) => id.startsWith("SIM-")), { what: "SIM rows only" });
    const ids = await rowIds();
    assert.ok(ids.length >= 5, `at least five SIM items match "SIM swap": ${ids.join(", ")}`);
    for (const id of ids.slice(0, 5)) {
      await (await session.find(`${byTestId("select-toggle")}[data-id='${id}']`)).click();
      await session.until(
        async () => (await (await session.find(`${byTestId("select-toggle")}[data-id='${id}']`)).attribute("aria-pressed")) === "true",
        { what: `${id} shown as selected` },
      );
      chosen.push(id);
    }
    assert.match(await text(byTestId("workspace-status")), /^5 selected, 0 decided$/);
    const selectedFilter = await session.find(byTestId("filter-selection-selected"));
    const label = await session.execute("return arguments[0].parentElement.textContent.trim()", [selectedFilter]);
    assert.equal(label, "Selected (5)", "the selection filter counts the five");
    assert.deepEqual(
      cliJson("workspace", "show", WORKSPACE).items.map((item) => item.id).sort(),
      [...chosen].sort(),
      "the CLI reads the five selected items",
    );
    await screenshot("catalog-search-selected");
  });

  it("shows a recommendation's statement and sources, addresses as plain text", async () => {
    const row = await session.find(`${byTestId("catalog-row")}[data-id='${chosen[0]}']`);
    await row.click();
    const heading = await session.waitFor(byTestId("detail-id"));
    await session.until(async () => (await heading.text()).startsWith(chosen[0]), { what: `the detail of ${chosen[0]}` });
    assert.equal(
      await text(byTestId("own-words-note")),
      "This statement summarises the source in our own words; the source document is authoritative.",
    );
    assert.match(await text(byTestId("source-url")), /^https?:\/\//, "the source address is shown");
    assert.equal((await session.findAll(`${byTestId("detail-pane")} a`)).length, 0, "no link: the app opens no network connection");
    await screenshot("catalog-detail");
  });

  it("focuses the search box when / is pressed, and clears it with Escape", async () => {
    const row = await session.find(`${byTestId("catalog-row")}[aria-current='true']`);
    await row.type("/");
    assert.equal(await session.execute("return document.activeElement?.dataset?.testid ?? null"), "catalog-search");
    await (await session.find(byTestId("catalog-search"))).type(ESCAPE);
    await (await session.find(byTestId("clear-filters"))).click();
    await session.until(async () => /^\d+ recommendations shown\.$/.test(await text(byTestId("catalog-status"))), {
      what: "the whole catalog again",
    });
  });

  it("decides three items with different statuses, by keyboard and in the editor", async () => {
    await openTab("decisions");
    const [first, second, third] = chosen;

    // First: status by its key on the focused row, then lead, support, priority and date.
    const row = await openDecision(first);
    await row.type("2");
    await session.until(async () => decisionOf(first)?.status === "adopt", { what: `${first} adopted` });
    await choose(await session.find(byTestId("field-lead")), "LCA");
    await waitSaved();
    await (await session.find(`${byTestId("field-support")}[value='CBL']`)).click();
    await waitSaved();
    await choose(await session.find(byTestId("field-priority")), "high");
    await waitSaved();
    await session.execute(
      "const el = arguments[0]; el.value = '2027-03-31'; el.dispatchEvent(new Event('change', { bubbles: true }));",
      [await session.find(byTestId("field-due"))],
    );
    await session.until(async () => decisionOf(first)?.due === "2027-03-31", { what: `${first} target date` });
    assert.deepEqual(
      (({ status, lead, support, priority }) => ({ status, lead, support, priority }))(decisionOf(first)),
      { status: "adopt", lead: "LCA", support: ["CBL"], priority: "high" },
    );

    // Second: adopted with national wording, typed beside the catalog statement.
    await openDecision(second);
    await (await session.find(byTestId("status-adopt-modified"))).click();
    await session.waitFor(byTestId("wording-missing"));
    const wording = "Every licensee shall apply this measure within six months of this directive.";
    const box = await session.find(byTestId("field-wording"));
    await box.click();
    await box.type(wording);
    await session.until(async () => decisionOf(second)?.wording === wording, { what: `${second} national wording saved` });
    await waitSaved();
    assert.equal((await session.findAll(byTestId("wording-missing"))).length, 0, "the reminder goes once wording is written");
    await screenshot("decision-editor");

    // Third: reason, then deferred.
    await openDecision(third);
    await choose(await session.find(byTestId("field-reason")), "capacity-constraint");
    await waitSaved();
    await (await session.find(byTestId("status-deferred"))).click();
    await session.until(async () => decisionOf(third)?.status === "deferred", { what: `${third} deferred` });
    await waitSaved();
    assert.match(await text(byTestId("workspace-status")), /^5 selected, 3 decided$/);
    const history = await session.findAll(byTestId("history-entry"));
    assert.ok(history.length >= 2, "the item's history is in the detail pane");
    assert.match(await history[0].text(), /Status: Open → Deferred/);
    assert.match(await history[history.length - 1].text(), /^Selected into the workspace/, "the oldest line is the selection");
  });

  it("undoes the last change with Ctrl+Z, redoes it, and undoes it again", async () => {
    const third = chosen[2];
    const row = await session.find(`${byTestId("decision-row")}[data-id='${third}']`);
    await row.click();
    await row.type(`${CTRL}z${NULL_KEY}`);
    await session.until(async () => decisionOf(third)?.status === "open", { what: `${third} back to open` });
    assert.equal(decisionOf(third).reason, "capacity-constraint", "only the last change is undone");
    await session.until(async () => /undone/.test(await text(byTestId("notice"))), { what: "the undo notice" });
    await row.type(`${CTRL}${SHIFT}z${NULL_KEY}`);
    await session.until(async () => decisionOf(third)?.status === "deferred", { what: `${third} deferred again` });
    await (await session.find(byTestId("undo"))).click();
    await session.until(async () => decisionOf(third)?.status === "open", { what: `${third} open again` });
    await session.until(async () => (await text(byTestId("workspace-status"))) === "5 selected, 2 decided", {
      what: "the counts after undo",
    });
  });

  it("exports the workspace history as CSV", async () => {
    await (await session.find(byTestId("export-history"))).click();
    await session.until(async () => /History saved to/.test(await text(byTestId("notice"))), { what: "the CSV notice" });
    const csv = readFileSync(join(EXPORTS, "Lesotho-e2e-history.csv"), "utf8");
    assert.match(csv, /^at,by,item,field,old,new/);
    assert.ok(csv.includes(`${chosen[1]},wording,`), "the CSV holds the wording change");
  });

  it("shows the overview with charts by status, group and lead, and the open items", async () => {
    await openTab("overview");
    await session.waitFor(byTestId("overview-total"));
    assert.equal(await text(byTestId("overview-total")), "5 recommendations selected, 40% decided.");
    for (const chart of ["chart-status", "chart-group", "chart-lead"]) {
      assert.equal((await session.findAll(`${byTestId(chart)} svg rect`)).length > 0, true, `${chart} is drawn`);
    }
    const open = await session.findAll(byTestId("open-item"));
    assert.equal(open.length, 3, "three items are still open");
    await screenshot("overview");
  });

  it("exports the draft as DOCX and PDF: the DOCX holds the titles, the PDF passes qpdf", async () => {
    await openTab("export");
    await (await session.find(byTestId("export-format-both"))).click();
    const started = Date.now();
    await (await session.find(byTestId("export-button"))).click();
    await session.waitFor(byTestId("export-done"), { timeoutMs: 60000 });
    figures.exportBothMs = Date.now() - started;
    const paths = await Promise.all((await session.findAll(byTestId("saved-path"))).map((el) => el.property("value")));
    assert.equal(paths.length, 2, `two files saved: ${paths.join(", ")}`);
    const [docx, pdf] = paths;
    assert.match(docx, /\.docx$/);
    assert.match(pdf, /\.pdf$/);
    assert.ok(existsSync(docx) && existsSync(pdf), "both files exist");
    const body = documentText(docx);
    const items = cliJson("workspace", "show", WORKSPACE).items;
    for (const id of chosen.slice(0, 2)) {
      const title = items.find((item) => item.id === id).title;
      assert.ok(body.includes(title), `the DOCX holds the title of ${id}: ${title}`);
    }
    assert.ok(body.includes("Every licensee shall apply this measure"), "the DOCX holds the national wording");
    execFileSync("qpdf", ["--check", pdf], { stdio: "pipe" });

    // "Show in folder" asks the file manager over D-Bus; the test's private bus has none, so
    // the window must come back with a plain message (no D-Bus error) rather than hang.
    await (await session.findAll(byTestId("show-in-folder")))[1].click();
    await session.until(
      async () => {
        const errors = await session.findAll(byTestId("show-in-folder-error"));
        if (errors.length === 0) return true;
        const message = await errors[0].text();
        return /^No file manager answered on this computer/.test(message) && !/DBus|org\.freedesktop/.test(message);
      },
      { what: "the show-in-folder answer" },
    );
    await (await session.findAll(byTestId("copy-path")))[0].click();
    await session.until(async () => (await text(`${byTestId("export-done")} [role='status']`)) === "Copied.", {
      what: "the path copied",
    });
    // Only files this window exported can be shown.
    const refused = await session.executeAsync(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke("file_reveal", { path: "/etc/passwd" }).then(
         () => done("allowed"), (e) => done("refused: " + JSON.stringify(e)));`,
    );
    assert.match(refused, /^refused: .*was not exported from this window/);
    await screenshot("export-done");
  });

  it("says clearly when the draft cannot be written", async () => {
    // A folder where the file should go makes the rename fail, like a read-only disk would.
    const today = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    const name = `Lesotho-e2e-draft-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.pdf`;
    const before = readFileSync(join(EXPORTS, name));
    await (await session.find(byTestId("export-format-pdf"))).click();
    // Replace the PDF with a folder of that name: writing over it must fail.
    execFileSync("sh", ["-c", `mv "${join(EXPORTS, name)}" "${join(EXPORTS, "kept.pdf")}" && mkdir "${join(EXPORTS, name)}"`]);
    await (await session.find(byTestId("export-button"))).click();
    const error = await session.waitFor(byTestId("export-error"), { timeoutMs: 60000 });
    assert.match(await error.text(), /cannot be written/);
    assert.match(await error.text(), /No file was changed/);
    await screenshot("export-error");
    execFileSync("sh", ["-c", `rmdir "${join(EXPORTS, name)}" && mv "${join(EXPORTS, "kept.pdf")}" "${join(EXPORTS, name)}"`]);
    assert.deepEqual(readFileSync(join(EXPORTS, name)), before);
  });

  it("edits the workspace properties", async () => {
    await (await session.find(byTestId("properties-button"))).click();
    const dialog = await session.waitFor(byTestId("properties-dialog"));
    await (await session.find(byTestId("prop-reference"), dialog)).type("LCA/CBL/2025/01");
    await (await session.find(byTestId("prop-event"), dialog)).type("DFS Security Clinic, Maseru");
    await screenshot("properties");
    await (await session.find(byTestId("save-properties"), dialog)).click();
    await session.until(async () => (await session.findAll(byTestId("properties-dialog"))).length === 0, { what: "the dialog to close" });
    const shown = cliJson("workspace", "show", WORKSPACE);
    assert.equal(shown.reference, "LCA/CBL/2025/01");
    assert.equal(shown.event, "DFS Security Clinic, Maseru");
  });

  it("shows the shortcut sheet on ? and a larger text on request", async () => {
    await (await session.find(byTestId("tab-overview"))).type("?");
    const sheet = await session.waitFor(byTestId("shortcut-sheet"));
    assert.match(await sheet.text(), /Set the focused item's status/);
    await screenshot("shortcuts");
    await (await session.find(byTestId("close-shortcuts"))).click();
    await session.until(async () => (await session.findAll(byTestId("shortcut-sheet"))).length === 0, { what: "the sheet to close" });
    await (await session.find(byTestId("large-text"))).click();
    const size = await session.execute("return getComputedStyle(document.documentElement).fontSize");
    assert.equal(size, "19px");
    assert.equal(await session.execute("return localStorage.getItem('dfs-adopt.largeText')"), "1");
    await openTab("decisions");
    await screenshot("decisions-large-text");
    await (await session.find(byTestId("large-text"))).click();
  });

  it("exports the workspace to a file, imports it as a copy, duplicates and archives", async () => {
    await (await session.find(byTestId("export-file-button"))).click();
    await session.until(async () => /Workspace saved to/.test(await text(byTestId("notice"))), { what: "the export notice" });
    copyFileSync(join(EXPORTS, "Lesotho-e2e.dfs-adopt.json"), join(EXPORTS, "import.dfs-adopt.json"));

    await (await session.find(byTestId("duplicate-button"))).click();
    const dialog = await session.waitFor(byTestId("duplicate-dialog"));
    const name = await session.find(byTestId("duplicate-name"), dialog);
    assert.equal(await name.property("value"), "Lesotho e2e (copy)");
    await (await session.find(byTestId("duplicate-confirm"), dialog)).click();
    await session.until(async () => (await text(byTestId("workspace-title"))) === "Lesotho e2e (copy) (Lesotho)", {
      what: "the copy to open",
    });
    await (await session.find(byTestId("archive-button"))).click();
    await session.waitFor(byTestId("start-screen"));
    await session.until(async () => /archived/.test(await text(byTestId("notice"))), { what: "the archive notice" });
    assert.equal((await session.findAll(byTestId("workspace-card"))).length, 1, "the archived copy is hidden");

    await (await session.find(byTestId("import-button"))).click();
    await session.waitFor(byTestId("workspace-screen"));
    await session.until(async () => /imported/.test(await text(byTestId("notice"))), { what: "the import notice" });
    const imported = cliJson("workspace", "list").map((w) => w.name);
    assert.ok(imported.length === 3, `three workspaces now: ${imported.join(", ")}`);
    const copy = imported.find((n) => n !== WORKSPACE && n !== "Lesotho e2e (copy)");
    assert.ok(copy, "the import never overwrites: it got a new name");
    assert.deepEqual(
      cliJson("workspace", "show", copy).items.map((i) => i.decision.status).sort(),
      cliJson("workspace", "show", WORKSPACE).items.map((i) => i.decision.status).sort(),
      "the import holds the same decisions",
    );
    assert.ok(cliJson("history", copy).length >= cliJson("history", WORKSPACE).length, "with its history");

    await (await session.find(byTestId("back-to-start"))).click();
    await session.waitFor(byTestId("start-screen"));
    await (await session.find(byTestId("show-archived"))).click();
    await session.until(async () => (await session.findAll(byTestId("workspace-card"))).length === 3, {
      what: "all three with the archived one",
    });
    await screenshot("start-workspaces");
    // Reopen the e2e workspace, so the next start opens it.
    await (await session.find(`${byTestId("workspace-card")}[aria-label='Open ${WORKSPACE}']`)).click();
    await session.until(async () => (await text(byTestId("workspace-title"))) === "Lesotho e2e (Lesotho)", {
      what: "the e2e workspace",
    });
  });

  it("starts again on the workspace used last, with the catalog visible", async () => {
    await session.end();
    // The first instance holds the database's lock until its process has ended.
    await databaseReleased();
    const started = Date.now();
    await startApp();
    figures.restartSessionMs = Date.now() - started;
    const rows = "return document.querySelectorAll(\"[data-testid='catalog-row']\").length";
    await session.until(async () => (await session.execute(rows)) > 100, { timeoutMs: 30000, intervalMs: 20, what: "the catalog rows" });
    figures.startToCatalogMs = Date.now() - started;
    assert.equal(await text(byTestId("workspace-title")), "Lesotho e2e (Lesotho)");
  });
});

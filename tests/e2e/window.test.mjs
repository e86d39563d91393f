// End-to-end test of the real dfs-adopt window: tauri-driver starts the debug binary,
// the test works the window as a person would, and the CLI reads the same database back.
// Started by tests/e2e/run.sh, which provides the display, tauri-driver and these variables.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { Session } from "./webdriver.mjs";

const env = (name) => {
  const value = process.env[name];
  assert.ok(value, `${name} must be set (run the test through tests/e2e/run.sh)`);
  return value;
};

const WEBDRIVER = env("E2E_WEBDRIVER_URL");
const APP = env("E2E_APP");
const CLI = env("E2E_CLI");
const DB = env("DFS_ADOPT_DB");
const ARTIFACTS = env("E2E_ARTIFACTS");
const WORKSPACE = "Lesotho e2e";

/** Runs the CLI on the app's database and returns its parsed JSON output. */
function cliJson(...args) {
  const out = execFileSync(CLI, ["--db", DB, ...args, "--json"], { encoding: "utf8" });
  return JSON.parse(out);
}

function cli(...args) {
  return execFileSync(CLI, ["--db", DB, ...args], { encoding: "utf8" });
}

let session;
let shot = 0;

/** Saves the webview's screenshot, and the whole X screen beside it, under tests/artifacts/. */
async function screenshot(name) {
  shot += 1;
  const base = join(ARTIFACTS, `${String(shot).padStart(2, "0")}-${name}`);
  // Let the webview paint the last change first.
  await new Promise((resolve) => setTimeout(resolve, 250));
  writeFileSync(`${base}.png`, await session.screenshot());
  try {
    execFileSync("import", ["-window", "root", `${base}-screen.png`], { stdio: "ignore" });
  } catch {
    // ImageMagick is optional: the WebDriver screenshot above is the one that matters.
  }
}

const byTestId = (id) => `[data-testid='${id}']`;

async function rowIds() {
  const rows = await session.findAll(byTestId("catalog-row"));
  return Promise.all(rows.map((row) => row.attribute("data-id")));
}

async function statusText() {
  return (await session.find(byTestId("catalog-status"))).text();
}

/**
 * Chooses an option of a <select> by clicking the option, which WebDriver defines as
 * selecting it (with input and change events) without opening the native popup menu: a
 * GTK menu left open under Xvfb would hold the pointer grab.
 */
async function choose(select, value) {
  const option = await session.find(`option[value='${value}']`, select);
  await option.click();
  await session.until(async () => (await select.property("value")) === value, { what: `select value ${value}` });
}

describe("the dfs-adopt window", () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const started = Date.now();
    session = await Session.start(WEBDRIVER, APP);
    await session.until(async () => /^\d+ recommendations in the catalog\.$/.test(await statusText()), {
      timeoutMs: 30000,
      what: "the catalog count",
    });
    await session.waitFor(byTestId("catalog-row"));
    console.log(`# app start to catalog visible: ${Date.now() - started} ms`);
  });

  after(async () => {
    if (!session) return;
    try {
      await screenshot("final");
    } finally {
      await session.end();
    }
  });

  it("shows the catalog grouped by group, with full group names", async () => {
    assert.equal(await session.title(), "dfs-adopt");
    await screenshot("catalog");
    const groups = await session.findAll(byTestId("catalog-group"));
    const codes = await Promise.all(groups.map((g) => g.attribute("data-group")));
    assert.deepEqual(codes, ["REG", "TEL", "SIM", "PAY", "APP", "USR"], "groups in catalog order");
    const heading = await (await session.find("h3", groups[2])).text();
    assert.match(heading, /SIM life cycle \(SIM\)/, "a group heading carries the full group name");
    const ids = await rowIds();
    assert.ok(ids.length > 100, `the whole catalog is listed (${ids.length} rows)`);
  });

  it("grants the window its own commands and nothing else", async () => {
    // Called the way @tauri-apps/api does: a core command the capability does not grant
    // must be refused, while the app's own commands answer.
    const call = (command) =>
      session.executeAsync(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke(${JSON.stringify(command)}, {}).then(
           () => done("allowed"), (e) => done("refused: " + (typeof e === "string" ? e : JSON.stringify(e))));`,
      );
    assert.equal(await call("workspace_list"), "allowed");
    for (const command of ["plugin:app|version", "plugin:window|close", "plugin:webview|print"]) {
      assert.match(await call(command), /^refused: .*not allowed/, `${command} is refused`);
    }
  });

  it("finds SIM items when searching for SIM swap", async () => {
    const search = await session.find(byTestId("catalog-search"));
    await search.click();
    await search.type("SIM swap");
    await session.until(async () => (await statusText()).includes("match “SIM swap”"), { what: "search results" });
    const ids = await rowIds();
    assert.ok(ids.length > 0, "the search finds something");
    assert.ok(
      ids.some((id) => id.startsWith("SIM-")),
      `SIM items among the results: ${ids.join(", ")}`,
    );
    await screenshot("search-sim-swap");
  });

  it("shows a recommendation's statement and sources, addresses as plain text", async () => {
    const first = await session.find(`${byTestId("catalog-row")}[data-id^='SIM-']`);
    const id = await first.attribute("data-id");
    await first.click();
    const heading = await session.waitFor(byTestId("detail-id"));
    await session.until(async () => (await heading.text()).startsWith(id), { what: `the detail of ${id}` });
    const note = await (await session.find(byTestId("own-words-note"))).text();
    assert.equal(note, "This statement summarises the source in our own words; the source document is authoritative.");
    const sources = await session.findAll(byTestId("source"));
    assert.ok(sources.length > 0, `${id} cites at least one source`);
    const url = await (await session.find(byTestId("source-url"))).text();
    assert.match(url, /^https?:\/\//, "the source address is shown");
    const links = await session.findAll(`${byTestId("detail-pane")} a`);
    assert.equal(links.length, 0, "no link in the detail pane: the app opens no network connection");
    await screenshot("detail");
  });

  it("focuses the search box when / is pressed outside a text field", async () => {
    const row = await session.find(`${byTestId("catalog-row")}[aria-current='true']`);
    await row.type("/");
    const focused = await session.execute("return document.activeElement?.dataset?.testid ?? null");
    assert.equal(focused, "catalog-search");
  });

  it("shows the core's validation message next to the form, then creates the workspace", async () => {
    // Escape in the search box clears the search.
    await (await session.find(byTestId("catalog-search"))).type("\uE00C");
    await session.until(async () => /in the catalog\.$/.test(await statusText()), { what: "the whole catalog again" });
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
    await (await session.find(byTestId("create-workspace"), form)).click();
    const notice = await session.waitFor(byTestId("notice"));
    assert.match(await notice.text(), /Lesotho e2e/);
    assert.equal((await session.findAll(byTestId("new-workspace-form"))).length, 0, "the form closes");
    const chosen = await session.execute(
      "const s = document.querySelector(\"[data-testid='workspace-select']\"); return s.options[s.selectedIndex].text",
    );
    assert.equal(chosen, "Lesotho e2e (Lesotho)", "the new workspace is chosen");
  });

  it("selects SIM-08 into the workspace, and the CLI sees it in the same database", async () => {
    await choose(await session.find(byTestId("group-filter")), "SIM");
    await session.until(async () => (await rowIds()).every((id) => id.startsWith("SIM-")), { what: "SIM rows only" });
    // The catalog says which items are recalled from memory: exactly those carry the marker.
    const recalled = cliJson("catalog", "list", "--group", "SIM").filter((i) => i.flag === "recalled").map((i) => i.id);
    const marked = await session.execute(
      "return [...document.querySelectorAll(\"[data-testid='catalog-row']:has([data-testid='row-flag'])\")].map((r) => r.dataset.id)",
    );
    assert.deepEqual(marked, recalled, "'source not verified' marks the recalled SIM items");
    const toggle = await session.waitFor(`${byTestId("select-toggle")}[data-id='SIM-08']`);
    assert.equal(await toggle.attribute("aria-pressed"), "false");
    await toggle.click();
    await session.until(
      async () =>
        (await (await session.find(`${byTestId("select-toggle")}[data-id='SIM-08']`)).attribute("aria-pressed")) === "true",
      { what: "SIM-08 shown as selected" },
    );
    assert.match(await (await session.find(byTestId("workspace-status"))).text(), /^1 selected, 0 decided$/);
    await screenshot("sim-08-selected");

    const shown = cliJson("workspace", "show", WORKSPACE);
    assert.equal(shown.name, WORKSPACE);
    assert.deepEqual(
      shown.authorities.map((a) => [a.code, a.kind]),
      [
        ["LCA", "telecom-regulator"],
        ["CBL", "central-bank"],
      ],
      "both authorities were stored with their kinds",
    );
    assert.deepEqual(
      shown.items.map((item) => item.id),
      ["SIM-08"],
      "the CLI reads SIM-08 as the workspace's only selected item",
    );
  });

  it("shows why a decided item cannot simply be deselected, and deselects it on confirmation", async () => {
    cli("decide", WORKSPACE, "SIM-08", "--status", "adopt");
    await (await session.find(`${byTestId("select-toggle")}[data-id='SIM-08']`)).click();
    const error = await session.waitFor(`${byTestId("row-error")}[data-id='SIM-08']`);
    assert.match(await error.text(), /SIM-08 is decided/);
    await screenshot("decided-item");
    assert.deepEqual(
      cliJson("workspace", "show", WORKSPACE).items.map((item) => item.id),
      ["SIM-08"],
      "a refused deselection changes nothing",
    );

    await (await session.find(byTestId("deselect-anyway"), error)).click();
    await session.until(
      async () =>
        (await (await session.find(`${byTestId("select-toggle")}[data-id='SIM-08']`)).attribute("aria-pressed")) === "false",
      { what: "SIM-08 shown as not selected" },
    );
    assert.equal((await session.findAll(byTestId("row-error"))).length, 0, "the message goes with the refusal");
    assert.deepEqual(cliJson("workspace", "show", WORKSPACE).items, [], "deselected after confirming");
    const history = cliJson("history", WORKSPACE, "--item", "SIM-08");
    assert.ok(history.length >= 3, `the item's history is kept (${history.length} entries)`);
  });
});

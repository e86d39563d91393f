// What every end-to-end test of the window shares: the variables run.sh sets, the CLI on the
// app's database, starting the app under tauri-driver, and the ways the tests work the window.
// `session` is the app's WebDriver session once startApp() has run.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { Session } from "./webdriver.mjs";

const env = (name) => {
  const value = process.env[name];
  assert.ok(value, `${name} must be set (run the test through tests/e2e/run.sh)`);
  return value;
};

export const WEBDRIVER = env("E2E_WEBDRIVER_URL");
export const APP = env("E2E_APP");
export const CLI = env("E2E_CLI");
export const DB = env("DFS_ADOPT_DB");
export const ARTIFACTS = env("E2E_ARTIFACTS");
export const EXPORTS = env("DFS_ADOPT_EXPORT_DIR");

// WebDriver's codes for keys that type no character.
export const NULL_KEY = "\uE000";
export const SHIFT = "\uE008";
export const CTRL = "\uE009";
export const ALT = "\uE00A";
export const ESCAPE = "\uE00C";

/** Runs the CLI on the app's database and returns what it printed. */
export function cli(...args) {
  return execFileSync(CLI, ["--db", DB, ...args], { encoding: "utf8" });
}

/** Runs the CLI on the app's database and returns its parsed JSON output. */
export function cliJson(...args) {
  return JSON.parse(cli(...args, "--json"));
}

/** The app's WebDriver session (a live binding: set by startApp). */
export let session;

/** Starts the app under tauri-driver; `session` drives it from then on. */
export async function startApp() {
  session = await Session.start(WEBDRIVER, APP);
  return session;
}

/** Waits for the app started before to end: it holds the database's lock until its process has. */
export async function databaseReleased() {
  const lock = `${DB}.lock`;
  for (let i = 0; i < 100 && spawnSync("flock", ["-n", lock, "true"]).status !== 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts the app once the earlier test's app has ended, in a 1280×720 window (a projector's
 * laptop), and goes to the start screen if it opened the workspace used last.
 */
export async function startOnStartScreen() {
  await databaseReleased();
  await startApp();
  await session.cmd("POST", "/window/rect", { width: 1280, height: 720 });
  await session.until(async () => (await session.findAll(`${byTestId("start-screen")}, ${byTestId("workspace-screen")}`)).length > 0, {
    timeoutMs: 30000,
    what: "the first screen",
  });
  if ((await session.findAll(byTestId("back-to-start"))).length > 0) {
    await (await session.find(byTestId("back-to-start"))).click();
    await session.waitFor(byTestId("start-screen"));
  }
}

export const byTestId = (id) => `[data-testid='${id}']`;

export async function text(css) {
  return (await session.find(css)).text();
}

/**
 * Chooses an option of a <select> by clicking the option, which WebDriver defines as
 * selecting it (with input and change events) without opening the native popup menu: a
 * GTK menu left open under Xvfb would hold the pointer grab.
 */
export async function choose(select, value) {
  const option = await session.find(`option[value='${value}']`, select);
  await option.click();
  await session.until(async () => (await select.property("value")) === value, { what: `select value ${value}` });
}

/** Sets an input's value as a date picker would (WebKitGTK's date field takes no typed keys). */
export async function setValue(element, value) {
  await session.execute(
    "const el = arguments[0]; el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));",
    [element, value],
  );
}

/** Presses keys on the page (not in a field): sent to the body. */
export async function press(keys) {
  await session.execute("document.activeElement?.blur?.()");
  await (await session.find("body")).type(keys);
}

export async function openTab(name) {
  await (await session.find(byTestId(`tab-${name}`))).click();
  await session.until(async () => (await (await session.find(byTestId(`tab-${name}`))).attribute("aria-selected")) === "true", {
    what: `the ${name} tab`,
  });
}

/** Waits until the save state (the one inside `within`, if given) says everything is saved. */
export async function waitSaved(within = null) {
  const css = within ? `${within} ${byTestId("save-state")}` : byTestId("save-state");
  await session.until(async () => (await text(css)) === "All changes saved", {
    what: "the saved state",
  });
}

/** Saves the webview's screenshot as `file` under tests/artifacts/, once the last change is painted. */
export async function webviewShot(file) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  writeFileSync(join(ARTIFACTS, file), await session.screenshot());
}

/** The text of a DOCX's body, markup removed. */
export function documentText(docx) {
  const xml = execFileSync("unzip", ["-p", docx, "word/document.xml"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return xml
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of a PDF as poppler's pdftotext lays it out. */
export function pdfText(pdf) {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
}

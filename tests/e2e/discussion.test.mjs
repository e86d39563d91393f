// End-to-end test of the open discussion in the real window: a session with four
// participants, the facilitator view driven by its keys, the room view (a second window)
// following it, minutes and the draft's discussion annexes. The CLI reads the database back.
// Started by tests/e2e/run.sh after window.test.mjs, on the same database.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import {
  ARTIFACTS,
  byTestId,
  choose,
  cliJson,
  CTRL,
  documentText,
  NULL_KEY,
  pdfText,
  press,
  session,
  setValue,
  SHIFT,
  startOnStartScreen,
  text,
  webviewShot,
} from "./app.mjs";

const WORKSPACE = "Lesotho discussion";

const shown = () => cliJson("workspace", "show", WORKSPACE);
const itemOf = (id) => shown().items.find((item) => item.id === id);
const stanceOf = (id, authority) => itemOf(id)?.positions.find((p) => p.authority === authority)?.stance ?? null;

const figures = {};

/** The X window id of the window titled `title`, or null (xwininfo from x11-utils). */
function xWindow(title) {
  const tree = spawnSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  if (tree.status !== 0) return null;
  const line = tree.stdout.split("\n").find((l) => l.includes(`"${title}"`));
  return line ? (line.trim().split(/\s+/)[0] ?? null) : null;
}

function grab(args, file) {
  execFileSync("import", [...args, join(ARTIFACTS, file)], { stdio: "ignore" });
}

describe("the open discussion", () => {
  const items = [];
  let roomHandle = null;
  let mainHandle = null;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // After the window test's app has ended; the whole discussion runs in a 1280×720 window.
    await startOnStartScreen();
  });

  after(async () => {
    if (!session) return;
    try {
      await session.cmd("POST", "/window", { handle: mainHandle ?? (await session.cmd("GET", "/window")) }).catch(() => undefined);
      await webviewShot("discussion-final.png");
    } finally {
      await session.end();
    }
    for (const [name, value] of Object.entries(figures)) console.log(`# ${name}: ${value}`);
  });

  it("creates a workspace with LCA and CBL and selects four items", async () => {
    await (await session.find(byTestId("new-workspace-button"))).click();
    const form = await session.waitFor(byTestId("new-workspace-form"));
    await (await session.find(byTestId("ws-name"), form)).type(WORKSPACE);
    await (await session.find(byTestId("ws-jurisdiction"), form)).type("Lesotho");
    const codes = await session.findAll(byTestId("authority-code"), form);
    const names = await session.findAll(byTestId("authority-name"), form);
    await codes[0].type("LCA");
    await names[0].type("Lesotho Communications Authority");
    await codes[1].type("CBL");
    await names[1].type("Central Bank of Lesotho");
    await (await session.find(byTestId("create-workspace"), form)).click();
    await session.waitFor(byTestId("workspace-screen"));
    await session.until(async () => (await session.findAll(byTestId("catalog-row"))).length > 100, { what: "the catalog rows" });
    await (await session.find(`${byTestId("filter-group")}[value='SIM']`)).click();
    const ids = await session.until(
      async () => {
        const rows = await session.findAll(byTestId("catalog-row"));
        const found = await Promise.all(rows.slice(0, 4).map((row) => row.attribute("data-id")));
        return found.length === 4 && found.every((id) => id.startsWith("SIM-")) ? found : null;
      },
      { what: "four SIM rows" },
    );
    for (const id of ids) {
      await (await session.find(`${byTestId("select-toggle")}[data-id='${id}']`)).click();
      await session.until(
        async () => (await (await session.find(`${byTestId("select-toggle")}[data-id='${id}']`)).attribute("aria-pressed")) === "true",
        { what: `${id} selected` },
      );
      items.push(id);
    }
    assert.deepEqual(shown().items.map((i) => i.id).sort(), [...items].sort());
  });

  it("creates a session with four participants from the two authorities, and its agenda", async () => {
    await (await session.find(byTestId("tab-discussion"))).click();
    await session.waitFor(byTestId("no-sessions"));
    await (await session.find(byTestId("new-session"))).click();
    const form = await session.waitFor(byTestId("session-form"));
    await setValue(await session.find(byTestId("session-date"), form), "2025-06-05");
    await (await session.find(byTestId("session-place"), form)).type("Maseru, LCA boardroom");
    await (await session.find(byTestId("session-facilitator"), form)).type("Palesa Mokoena");
    await setValue(await session.find(byTestId("session-time-box"), form), "90");
    // Two rows are offered, one per authority; two more are added.
    await (await session.find(byTestId("add-participant"), form)).click();
    await (await session.find(byTestId("add-participant"), form)).click();
    const people = [
      ["Thabo Molapo", "", "LCA", "Director, Regulatory"],
      ["Lineo Sekhesa", "", "CBL", "Head, Payments Oversight"],
      ["Neo Ramokhoro", "LCA Legal", "LCA", ""],
      ["Mpho Letsie", "CBL ICT Risk", "CBL", "Analyst"],
    ];
    const rows = await session.findAll(byTestId("participant-row"), form);
    assert.equal(rows.length, 4);
    for (const [index, [name, organisation, authority, role]] of people.entries()) {
      const row = rows[index];
      await (await session.find(byTestId("participant-name"), row)).type(name);
      if (index >= 2) await choose(await session.find(byTestId("participant-authority"), row), authority);
      if (organisation) {
        const field = await session.find(byTestId("participant-organisation"), row);
        await field.clear();
        await field.type(organisation);
      }
      if (role) await (await session.find(byTestId("participant-role"), row)).type(role);
    }
    // The first two rows took their organisation from the authority chosen for them.
    assert.equal(await (await session.find(byTestId("participant-organisation"), rows[0])).property("value"), "Lesotho Communications Authority");
    await (await session.find(byTestId("save-session"), form)).click();
    await session.waitFor(byTestId("agenda-editor"));
    const created = shown().sessions;
    assert.equal(created.length, 1);
    assert.deepEqual(
      created[0].participants.map((p) => [p.name, p.authority]),
      people.map(([name, , authority]) => [name, authority]),
    );
    assert.equal(created[0].place, "Maseru, LCA boardroom");
    assert.equal(created[0].time_box, 90);

    await (await session.find(byTestId("agenda-add-all"))).click();
    const boxes = await session.findAll(byTestId("agenda-time-box"));
    assert.equal(boxes.length, 4);
    for (const box of boxes) await setValue(box, "10");
    await (await session.find(byTestId("save-agenda"))).click();
    await session.until(async () => shown().sessions[0].agenda.length === 4, { what: "the agenda saved" });
    const agenda = shown().sessions[0].agenda;
    assert.deepEqual(agenda.map((a) => a.item), [...items].sort(), "by group, then id");
    assert.ok(agenda.every((a) => a.time_box === 10));
    await webviewShot("discussion-planning.png");
    items.splice(0, items.length, ...agenda.map((a) => a.item));
  });

  it("opens the facilitator view and the room view, which shows the current item", async () => {
    await (await session.find(byTestId("facilitate"))).click();
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='${items[0]}']`);
    await session.until(async () => shown().sessions[0].current_item === items[0], { what: "the current item stored" });
    mainHandle = await session.cmd("GET", "/window");
    const started = Date.now();
    await press("v");
    await session.until(async () => (await (await session.find(byTestId("room-toggle"))).attribute("aria-pressed")) === "true", {
      what: "the room view open",
    });
    // WebDriver may see the room view as a second window.
    const handles = await session.until(async () => {
      const list = await session.cmd("GET", "/window/handles");
      return list.length >= 2 ? list : null;
    }, { timeoutMs: 5000, what: "a second window handle" }).catch(() => null);
    figures.windowHandles = handles ? handles.length : 1;
    if (handles) {
      roomHandle = handles.find((h) => h !== mainHandle) ?? null;
      await session.cmd("POST", "/window", { handle: roomHandle });
      await session.until(async () => (await session.findAll(`${byTestId("room-view")}[data-item='${items[0]}']`)).length > 0, {
        what: "the room showing the first item",
      });
      figures.roomOpenMs = Date.now() - started;
      assert.equal(await text(byTestId("room-item-id")), items[0]);
      assert.equal(await session.title(), "dfs-adopt — room view");
      // The room view reads; it is granted nothing that changes the discussion.
      const call = (command, args = {}) =>
        session.executeAsync(
          `const done = arguments[arguments.length - 1];
           window.__TAURI_INTERNALS__.invoke(${JSON.stringify(command)}, ${JSON.stringify(args)}).then(
             () => done("allowed"), (e) => done("refused: " + (typeof e === "string" ? e : JSON.stringify(e))));`,
        );
      assert.equal(await call("discussion_show", { workspace: WORKSPACE }), "allowed");
      for (const command of ["resolve", "position_record", "session_set_current", "decide", "room_view_open", "plugin:event|emit", "plugin:dialog|save"]) {
        assert.match(await call(command, {}), /^refused: .*not allowed/, `${command} is refused in the room view`);
      }
      await session.cmd("POST", "/window", { handle: mainHandle });
    }
  });

  /**
   * In the room window: waits until `probe` holds there, and returns the time since `started`
   * (by default, since the call).
   */
  async function inRoom(probe, what, started = Date.now()) {
    if (!roomHandle) return null;
    await session.cmd("POST", "/window", { handle: roomHandle });
    try {
      await session.until(probe, { what: `the room view: ${what}`, intervalMs: 20 });
      return Date.now() - started;
    } finally {
      await session.cmd("POST", "/window", { handle: mainHandle });
    }
  }

  const roomStance = async (authority) =>
    (await (await session.find(`${byTestId("room-position")}[data-authority='${authority}']`)).attribute("data-stance")) ?? "";

  it("records positions and resolutions for three items by their keys; the room follows", async () => {
    const [first, second, third] = items;
    // First item: both support (keys 1 and 6), agreed (a).
    await press("1");
    await press("6");
    await session.until(async () => stanceOf(first, "LCA") === "support" && stanceOf(first, "CBL") === "support", {
      what: `${first}: both positions stored`,
    });
    const latency = [];
    latency.push(await inRoom(async () => (await roomStance("CBL")) === "support", "CBL supports"));
    await press("a");
    await session.until(async () => itemOf(first)?.resolution?.resolution === "agreed", { what: `${first} agreed` });
    assert.equal(itemOf(first).decision.status, "adopt", "agreed sets the status to adopt");
    latency.push(
      await inRoom(
        async () => (await (await session.find(byTestId("room-outcome"))).attribute("data-resolution")) === "agreed",
        "the agreement",
      ),
    );

    // Second item: support with changes (2) and support (6), a position note, agreed with conditions.
    // Timed from the key press to the room view showing the item.
    const pressed = Date.now();
    await press("j");
    figures.roomFollowsNextKeyMs = await inRoom(
      async () => (await session.findAll(`${byTestId("room-view")}[data-item='${second}']`)).length > 0,
      `${second} shown`,
      pressed,
    );
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='${second}']`);
    const lcaNote = await session.find(`${byTestId("position-row")}[data-authority='LCA'] ${byTestId("position-note")}`);
    await lcaNote.type("Needs a transition period for small MNOs");
    await press("2");
    await press("6");
    await session.until(async () => stanceOf(second, "LCA") === "support-with-changes" && stanceOf(second, "CBL") === "support", {
      what: `${second}: positions stored`,
    });
    assert.equal(itemOf(second).positions.find((p) => p.authority === "LCA").note, "Needs a transition period for small MNOs");
    // "c" without conditions asks for them first.
    await press("c");
    await session.waitFor(byTestId("resolve-problem"));
    const conditions = await session.find(byTestId("resolution-conditions"));
    await conditions.type("Phased in over 12 months; small MNOs report quarterly");
    await press("c");
    await session.until(async () => itemOf(second)?.resolution?.resolution === "agreed-with-conditions", { what: `${second} agreed with conditions` });
    assert.equal(itemOf(second).decision.status, "adopt-modified");
    assert.equal(itemOf(second).resolution.conditions, "Phased in over 12 months; small MNOs report quarterly");

    // Third item: support (1) and oppose (8), divergent (d), an action item and a minute note.
    await press("j");
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='${third}']`);
    await press("1");
    await press("8");
    await press("d");
    await session.until(async () => itemOf(third)?.resolution?.resolution === "divergent", { what: `${third} divergent` });
    assert.equal(itemOf(third).decision.status, "open", "a divergence leaves the decision open");
    assert.equal(stanceOf(third, "CBL"), "oppose");
    latency.push(
      await inRoom(
        async () =>
          (await session.findAll(`${byTestId("room-view")}[data-item='${third}']`)).length > 0 &&
          (await roomStance("CBL")) === "oppose" &&
          (await (await session.find(byTestId("room-outcome"))).attribute("data-resolution")) === "divergent",
        "the divergence",
      ),
    );
    figures.roomFollowMs = latency.filter((ms) => ms !== null).join(", ");

    const note = await session.find(byTestId("minute-note"));
    await note.click();
    await note.type("CBL needs its board to consider the cost for agents; to be escalated to the joint committee.");
    await session.until(async () => (await text(byTestId("note-state"))) === "Saved", { what: "the note saved" });
    await (await session.find(byTestId("action-what"))).type("Cost study of agent biometric devices");
    await (await session.find(byTestId("action-owner"))).type("CBL");
    await setValue(await session.find(byTestId("action-due")), "2025-09-30");
    await (await session.find(byTestId("add-action"))).click();
    await session.waitFor(byTestId("action-item"));
    const discussion = cliJson("workspace", "show", WORKSPACE);
    assert.equal(discussion.items.find((i) => i.id === third).positions.length, 2);
  });

  it("undoes and redoes discussion steps with Ctrl+Z and Ctrl+Shift+Z", async () => {
    const third = items[2];
    const actions = () => (cliJson("history", WORKSPACE).filter((h) => h.field.startsWith("action")));
    const before = actions().length;
    await press(`${CTRL}z${NULL_KEY}`);
    await session.until(async () => (await session.findAll(byTestId("action-item"))).length === 0, { what: "the action taken back" });
    assert.equal(actions().length, before + 1, "removing the action is in the history");
    await press(`${CTRL}${SHIFT}z${NULL_KEY}`);
    await session.waitFor(byTestId("action-item"));
    // The resolution before it: undo the note and the action, then the divergence.
    await press(`${CTRL}z${NULL_KEY}`);
    await press(`${CTRL}z${NULL_KEY}`);
    await session.until(async () => (await session.findAll(byTestId("action-item"))).length === 0, { what: "the action taken back again" });
    await session.until(async () => (await (await session.find(byTestId("minute-note"))).property("value")) === "", {
      what: "the note taken back in the field too",
    });
    await press(`${CTRL}z${NULL_KEY}`);
    await session.until(async () => itemOf(third)?.resolution === null, { what: `${third}'s divergence withdrawn` });
    await press(`${CTRL}${SHIFT}z${NULL_KEY}`);
    await session.until(async () => itemOf(third)?.resolution?.resolution === "divergent", { what: `${third} divergent again` });
    await press(`${CTRL}${SHIFT}z${NULL_KEY}`);
    await press(`${CTRL}${SHIFT}z${NULL_KEY}`);
    await session.waitFor(byTestId("action-item"));
    await session.until(async () => (await (await session.find(byTestId("minute-note"))).property("value")).startsWith("CBL needs"), {
      what: "the note back",
    });
  });

  it("keeps the room view with a facilitator who moves quickly", async () => {
    const [, second, third, fourth] = items;
    // j k k j j k from the third item: through the fourth, second and fourth, back to the third.
    const started = Date.now();
    await (await session.find("body")).type("jkkjjk");
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='${third}']`);
    figures.roomAfterSixMovesMs = await inRoom(
      async () => (await session.findAll(`${byTestId("room-view")}[data-item='${third}']`)).length > 0,
      `${third} after six moves`,
      started,
    );
    await session.until(async () => shown().sessions[0].current_item === third, { what: "the stored current item" });
    // It stays there: no late reply puts an earlier item back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await inRoom(async () => (await session.findAll(`${byTestId("room-view")}[data-item='${third}']`)).length > 0, "still the third");
    assert.notEqual(second, fourth);
  });

  it("shows the facilitator view and the room view at 1280×720", async () => {
    const size = await session.cmd("GET", "/window/rect");
    assert.deepEqual([size.width, size.height], [1280, 720]);
    await webviewShot("discussion-facilitator.png");
    if (roomHandle) {
      await session.cmd("POST", "/window", { handle: roomHandle });
      await webviewShot("discussion-room.png");
      await session.cmd("POST", "/window", { handle: mainHandle });
    }
    const id = xWindow("dfs-adopt — room view");
    if (id) grab(["-window", id], "discussion-room-x11.png");
    grab(["-window", "root"], "discussion-screen.png");
    // The second item: agreed with conditions, with a note on a position.
    await press("k");
    await inRoom(async () => (await session.findAll(`${byTestId("room-view")}[data-item='${items[1]}']`)).length > 0, "the second item");
    if (roomHandle) {
      await session.cmd("POST", "/window", { handle: roomHandle });
      assert.match(await text(byTestId("room-outcome")), /Phased in over 12 months/);
      await webviewShot("discussion-room-conditions.png");
      await session.cmd("POST", "/window", { handle: mainHandle });
    }
  });

  it("exports the draft with the discussion annexes, and the minutes", async () => {
    await (await session.find(byTestId("tab-export"))).click();
    await (await session.find(byTestId("export-format-both"))).click();
    await (await session.find(byTestId("export-button"))).click();
    await session.waitFor(byTestId("export-done"), { timeoutMs: 60000 });
    const [docx, pdf] = await Promise.all((await session.findAll(byTestId("saved-path"))).map((el) => el.property("value")));
    for (const body of [documentText(docx), pdfText(pdf)]) {
      assert.ok(body.includes("Record of the open discussion"), "the record of the discussion is in the draft");
      assert.ok(body.includes("Divergence register"), "the divergence register is in the draft");
      assert.ok(body.includes(items[2]), "the divergent item is named");
    }

    await (await session.find(byTestId("tab-discussion"))).click();
    for (const format of ["docx", "pdf"]) {
      await (await session.find(byTestId(`minutes-${format}`))).click();
      await session.waitFor(byTestId("minutes-done"), { timeoutMs: 60000 });
      const path = await (await session.find(`${byTestId("minutes-done")} ${byTestId("saved-path")}`)).property("value");
      assert.match(path, new RegExp(`minutes-s1-\\d{4}-\\d\\d-\\d\\d\\.${format}$`));
      assert.ok(existsSync(path), `${path} written`);
      const body = format === "docx" ? documentText(path) : pdfText(path);
      for (const id of items.slice(0, 3)) assert.ok(body.includes(id), `the minutes name ${id}`);
      assert.ok(body.includes("Cost study of agent biometric devices"), "the minutes list the action");
    }
  });

  it("has the positions in the history, and closes the room view with its key", async () => {
    const lines = cliJson("history", WORKSPACE).filter((h) => h.field.startsWith("position"));
    assert.ok(lines.length >= 6, `six positions recorded at least: ${lines.length}`);
    await (await session.find(byTestId("facilitator-view"))).click();
    await press("v");
    await session.until(async () => (await session.cmd("GET", "/window/handles")).length === 1, { what: "the room view closed" });
    assert.equal(await (await session.find(byTestId("room-toggle"))).attribute("aria-pressed"), "false");
  });

  it("removes the participants' names after asking, keeping their organisations", async () => {
    await (await session.find(byTestId("back-to-sessions"))).click();
    await (await session.find(byTestId("anonymise-button"))).click();
    const dialog = await session.waitFor(byTestId("anonymise-dialog"));
    assert.match(await dialog.text(), /replaced by their organisation/);
    await webviewShot("discussion-anonymise.png");
    await (await session.find(byTestId("anonymise-confirm"), dialog)).click();
    // Four participants and the facilitator.
    await session.until(async () => /5 names removed/.test(await text(byTestId("notice"))), { what: "the notice" });
    const [stored] = shown().sessions;
    assert.equal(stored.anonymised, true);
    const organisations = ["Lesotho Communications Authority", "Central Bank of Lesotho", "LCA Legal", "CBL ICT Risk"];
    assert.deepEqual(stored.participants.map((p) => p.name), organisations);
    // The open form shows what is stored now, so saving it cannot bring the names back.
    const names = await Promise.all((await session.findAll(byTestId("participant-name"))).map((el) => el.property("value")));
    assert.deepEqual(names, organisations);
    assert.ok(stanceOf(items[0], "LCA") === "support", "the positions stay");
  });
});

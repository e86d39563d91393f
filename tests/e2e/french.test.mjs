// End-to-end test of the window in French: the interface language switched from the header,
// every screen photographed at 1280×720 (tests/artifacts/fr-*.png, to be looked at for
// labels that overflow), and the clinic run once end to end in French: a workspace whose
// documents are in French (chosen in the new-workspace form), a session with its participants
// and agenda, positions and resolutions from the facilitator view with the room view
// following, the French draft and the minutes exported. The CLI reads the
// database back. Started by tests/e2e/run.sh after the versions test, on the same database;
// it switches the window back to English at the end, for the tests after it.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";

import {
  byTestId,
  choose,
  cliJson,
  CTRL,
  documentText,
  ESCAPE,
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

const WORKSPACE = "Côte d’Ivoire atelier";

const shown = () => cliJson("workspace", "show", WORKSPACE);
const itemOf = (id) => shown().items.find((item) => item.id === id);
const stanceOf = (id, authority) => itemOf(id)?.positions.find((p) => p.authority === authority)?.stance ?? null;

async function language(value) {
  await choose(await session.find(byTestId("language")), value);
}

async function tab(name) {
  await (await session.find(byTestId(`tab-${name}`))).click();
  await session.until(async () => (await (await session.find(byTestId(`tab-${name}`))).attribute("aria-selected")) === "true", {
    what: `the ${name} tab`,
  });
}

describe("the window in French", () => {
  const items = [];
  let mainHandle = null;
  let roomHandle = null;
  const started = Date.now();

  before(async () => {
    await startOnStartScreen();
  });

  after(async () => {
    if (!session) return;
    try {
      if (mainHandle) await session.cmd("POST", "/window", { handle: mainHandle }).catch(() => undefined);
      // The tests after this one read the window in English.
      await language("en").catch(() => undefined);
    } finally {
      await session.end();
    }
    console.log(`# french walk: ${Date.now() - started} ms`);
  });

  it("switches the start screen to French from the header", async () => {
    await language("fr");
    await session.until(async () => (await text("h1, h2")).includes("Espaces de travail"), { what: "the French start screen" });
    assert.equal(await session.execute("return document.documentElement.lang"), "fr");
    assert.match(await text(byTestId("new-workspace-button")), /Nouvel espace de travail/);
    await webviewShot("fr-start.png");
  });

  it("creates a workspace with French documents, with ARTCI and BCEAO, and selects three items from the catalog in French", async () => {
    await (await session.find(byTestId("new-workspace-button"))).click();
    const form = await session.waitFor(byTestId("new-workspace-form"));
    // The documents' language starts as the interface's; English documents would take the
    // English templates, French ones the French joint directive.
    const documents = await session.find(byTestId("ws-language"), form);
    assert.equal(await documents.property("value"), "fr");
    const template = await session.find(byTestId("ws-template"), form);
    await choose(documents, "en");
    await session.until(async () => (await template.property("value")) === "joint-directive", { what: "the English template" });
    await choose(documents, "fr");
    await session.until(async () => (await template.property("value")) === "directive-conjointe", { what: "the French template" });
    await (await session.find(byTestId("ws-name"), form)).type(WORKSPACE);
    await (await session.find(byTestId("ws-jurisdiction"), form)).type("Côte d’Ivoire");
    const codes = await session.findAll(byTestId("authority-code"), form);
    const names = await session.findAll(byTestId("authority-name"), form);
    await codes[0].type("ARTCI");
    await names[0].type("Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire");
    await codes[1].type("BCEAO");
    await names[1].type("Banque Centrale des États de l’Afrique de l’Ouest");
    await webviewShot("fr-new-workspace.png");
    await (await session.find(byTestId("create-workspace"), form)).click();
    await session.waitFor(byTestId("workspace-screen"));
    assert.deepEqual([shown().language, shown().template], ["fr", "directive-conjointe"]);
    await session.until(async () => (await session.findAll(byTestId("catalog-row"))).length > 100, { what: "the catalog rows" });
    assert.match(await text(byTestId("tab-catalog")), /^Catalogue/);
    await (await session.find(`${byTestId("filter-group")}[value='SIM']`)).click();
    const ids = await session.until(
      async () => {
        const rows = await session.findAll(byTestId("catalog-row"));
        const found = await Promise.all(rows.slice(0, 3).map((row) => row.attribute("data-id")));
        return found.length === 3 && found.every((id) => id.startsWith("SIM-")) ? found : null;
      },
      { what: "three SIM rows" },
    );
    for (const id of ids) {
      await (await session.find(`${byTestId("select-toggle")}[data-id='${id}']`)).click();
      await session.until(
        async () => (await (await session.find(`${byTestId("select-toggle")}[data-id='${id}']`)).attribute("aria-pressed")) === "true",
        { what: `${id} selected` },
      );
      items.push(id);
    }
    // The detail pane in French: the catalog's French statement and the French labels.
    await (await session.find(`${byTestId("catalog-row")}[data-id='${ids[0]}']`)).click();
    await session.waitFor(byTestId("detail-statement"));
    assert.match(await text(byTestId("detail-pane")), /Énoncé/);
    await webviewShot("fr-catalog.png");
    assert.deepEqual(shown().items.map((i) => i.id).sort(), [...items].sort());
  });

  it("shows the decision editor, the overview, export, survey, versions and review views in French", async () => {
    await tab("decisions");
    await (await session.find(`${byTestId("decision-row")}[data-id='${items[0]}']`)).click();
    await session.until(async () => (await text(byTestId("decision-pane"))).includes("Statut"), { what: "the French editor" });
    await webviewShot("fr-decisions.png");
    await tab("overview");
    await session.until(async () => (await text(byTestId("workspace-screen"))).includes("Avancement du projet"), { what: "the overview" });
    await webviewShot("fr-overview.png");
    await tab("export");
    await session.until(async () => (await text(byTestId("workspace-screen"))).includes("Contrôle de complétude"), { what: "the check" });
    await webviewShot("fr-export.png");
    await tab("survey");
    await session.until(async () => (await text(byTestId("workspace-screen"))).includes("Questionnaire d’analyse des écarts"), {
      what: "the survey",
    });
    await webviewShot("fr-survey.png");
    await tab("versions");
    await session.until(async () => (await text(byTestId("workspace-screen"))).includes("Versions diffusées"), { what: "the versions" });
    await webviewShot("fr-versions.png");
    // The sync panel sits below the versions: scrolled into view for its own picture.
    await session.execute("document.querySelector(\"[data-testid='sync-panel']\")?.scrollIntoView()");
    await webviewShot("fr-sync.png");
    await tab("review");
    await session.until(async () => (await text(byTestId("workspace-screen"))).includes("Commentaires des examinateurs"), {
      what: "the review",
    });
    await webviewShot("fr-review.png");
  });

  it("shows the properties dialog and the shortcut sheet in French", async () => {
    await (await session.find(byTestId("properties-button"))).click();
    await session.until(async () => (await text("dialog[open]")).includes("Propriétés de l’espace de travail"), { what: "the properties" });
    assert.equal(await (await session.find(byTestId("prop-language"))).property("value"), "fr");
    // The French template's long description stays inside its select: the dialog does not scroll sideways.
    const [scrolled, shownWidth] = await session.execute("const d = document.querySelector('dialog[open]'); return [d.scrollWidth, d.clientWidth]");
    assert.ok(scrolled <= shownWidth, `the properties dialog is ${scrolled} px wide inside ${shownWidth} px`);
    await webviewShot("fr-properties.png");
    await press(ESCAPE);
    await session.until(async () => (await session.findAll("dialog[open]")).length === 0, { what: "the dialog closed" });
    await press("?");
    await session.until(async () => (await text(byTestId("shortcut-sheet"))).includes("Raccourcis clavier"), { what: "the sheet" });
    await webviewShot("fr-shortcuts.png");
    await press(ESCAPE);
    await session.until(async () => (await session.findAll(byTestId("shortcut-sheet"))).length === 0, { what: "the sheet closed" });
  });

  it("plans a session in French: participants and agenda", async () => {
    await tab("discussion");
    await session.waitFor(byTestId("no-sessions"));
    await (await session.find(byTestId("new-session"))).click();
    const form = await session.waitFor(byTestId("session-form"));
    await setValue(await session.find(byTestId("session-date"), form), "2025-06-01");
    await (await session.find(byTestId("session-place"), form)).type("Abidjan, salle du conseil");
    await (await session.find(byTestId("session-facilitator"), form)).type("Awa Koné");
    const rows = await session.findAll(byTestId("participant-row"), form);
    await (await session.find(byTestId("participant-name"), rows[0])).type("Yao Kouassi");
    await (await session.find(byTestId("participant-name"), rows[1])).type("Mariam Diallo");
    await webviewShot("fr-session-form.png");
    await (await session.find(byTestId("save-session"), form)).click();
    await session.waitFor(byTestId("agenda-editor"));
    await (await session.find(byTestId("agenda-add-all"))).click();
    await (await session.find(byTestId("save-agenda"))).click();
    await session.until(async () => shown().sessions[0]?.agenda.length === 3, { what: "the agenda saved" });
    await webviewShot("fr-agenda.png");
    // « 1er juin 2025 »: the first of the month the French way.
    await session.until(async () => (await text(byTestId("workspace-screen"))).includes("1er juin 2025"), { what: "the French date" });
    items.splice(0, items.length, ...shown().sessions[0].agenda.map((a) => a.item));
  });

  it("runs the clinic from the facilitator view in French, the room view following", async () => {
    await (await session.find(byTestId("facilitate"))).click();
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='${items[0]}']`);
    await session.until(async () => /Point 1 sur 3/.test(await text(byTestId("item-counter")).catch(() => "")), {
      what: "the French item counter",
    });
    mainHandle = await session.cmd("GET", "/window");
    await press("v");
    await session.until(async () => (await (await session.find(byTestId("room-toggle"))).attribute("aria-pressed")) === "true", {
      what: "the room view open",
    });
    const handles = await session
      .until(async () => {
        const list = await session.cmd("GET", "/window/handles");
        return list.length >= 2 ? list : null;
      }, { timeoutMs: 5000, what: "a second window handle" })
      .catch(() => null);
    roomHandle = handles?.find((h) => h !== mainHandle) ?? null;

    const [first, second] = items;
    await press("1");
    await press("6");
    await session.until(async () => stanceOf(first, "ARTCI") === "support" && stanceOf(first, "BCEAO") === "support", {
      what: `${first}: both positions stored`,
    });
    if (roomHandle) {
      await session.cmd("POST", "/window", { handle: roomHandle });
      await session.until(async () => (await text(byTestId("room-view"))).includes("En discussion"), { what: "the room in French" });
      await webviewShot("fr-room.png");
      await session.cmd("POST", "/window", { handle: mainHandle });
      // Ctrl+Shift+L in the main window switches the language; the open room view follows.
      await press(`${CTRL}${SHIFT}l${NULL_KEY}`);
      assert.equal(await (await session.find(byTestId("language"))).property("value"), "en");
      await session.cmd("POST", "/window", { handle: roomHandle });
      await session.until(async () => (await text(byTestId("room-view"))).includes("Under discussion"), {
        what: "the room view following to English",
      });
      await session.cmd("POST", "/window", { handle: mainHandle });
      await press(`${CTRL}${SHIFT}l${NULL_KEY}`);
      await session.cmd("POST", "/window", { handle: roomHandle });
      await session.until(async () => (await text(byTestId("room-view"))).includes("En discussion"), {
        what: "the room view back in French",
      });
      await session.cmd("POST", "/window", { handle: mainHandle });
    }
    await press("a");
    await session.until(async () => itemOf(first)?.resolution?.resolution === "agreed", { what: `${first} agreed` });
    assert.equal(itemOf(first).decision.status, "adopt");

    await press("j");
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='${second}']`);
    await press("2");
    await press("8");
    const conditions = await session.find(byTestId("resolution-conditions"));
    await conditions.type("Mise en œuvre progressive sur 12 mois");
    await press("c");
    await session.until(async () => itemOf(second)?.resolution?.resolution === "agreed-with-conditions", {
      what: `${second} agreed with conditions`,
    });
    const note = await session.find(byTestId("minute-note"));
    await note.click();
    await note.type("La BCEAO consultera son conseil sur le coût pour les agents.");
    await session.until(async () => (await text(byTestId("note-state"))) === "Enregistrée", { what: "the note saved, in French" });
    await webviewShot("fr-facilitator.png");
    if (roomHandle) {
      await session.cmd("POST", "/window", { handle: roomHandle });
      await session.until(async () => (await text(byTestId("room-outcome"))).includes("Mise en œuvre progressive"), {
        what: "the room showing the conditions",
      });
      assert.match(await text(byTestId("room-view")), /Décision\s:\sAdopté avec formulation nationale/);
      await webviewShot("fr-room-conditions.png");
      await session.cmd("POST", "/window", { handle: mainHandle });
    }
    await press("v");
    await session.until(async () => (await (await session.find(byTestId("room-toggle"))).attribute("aria-pressed")) === "false", {
      what: "the room view closed",
    });
  });

  it("exports the draft and the minutes from the French window", async () => {
    await tab("export");
    await (await session.find(byTestId("export-format-both"))).click();
    await (await session.find(byTestId("export-button"))).click();
    await session.waitFor(byTestId("export-done"), { timeoutMs: 60000 });
    assert.match(await text(byTestId("export-done")), /Export terminé/);
    const paths = await Promise.all((await session.findAll(byTestId("saved-path"))).map((el) => el.property("value")));
    assert.equal(paths.length, 2);
    for (const path of paths) assert.ok(existsSync(path), `${path} written`);
    // The draft is in the workspace's language: the French joint directive's articles and operative words.
    const pdf = paths.find((path) => path.endsWith(".pdf"));
    const docx = paths.find((path) => path.endsWith(".docx"));
    for (const body of [pdfText(pdf), documentText(docx)]) {
      assert.match(body, /Article\spremier/);
      assert.match(body, /Décident\s*:/);
      assert.doesNotMatch(body, /Joint Directive on the Security/);
    }
    await webviewShot("fr-export-done.png");

    await tab("discussion");
    await (await session.find(byTestId("minutes-docx"))).click();
    await session.waitFor(byTestId("minutes-done"), { timeoutMs: 60000 });
    const minutes = await (await session.find(`${byTestId("minutes-done")} ${byTestId("saved-path")}`)).property("value");
    assert.ok(existsSync(minutes), `${minutes} written`);
    assert.match(await text(byTestId("minutes-export")), /Procès-verbal \(PDF\)…/);
  });
});

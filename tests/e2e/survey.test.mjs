// End-to-end test of the gap-analysis survey and the completeness check in the real window:
// the template written from the app, a bad survey refused line by line with nothing imported,
// a good one previewed then applied, the baseline beside an item (catalog, decision editor,
// facilitator view), a suggestion applied, the gap chart, the check panel, and the exported
// draft marked "DRAFT — INCOMPLETE" until the findings are fixed.
// Started by tests/e2e/run.sh after the other window tests, on the same database.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import {
  ALT,
  ARTIFACTS,
  byTestId,
  choose,
  cli,
  CLI,
  cliJson,
  DB,
  documentText,
  EXPORTS,
  NULL_KEY,
  openTab,
  pdfText,
  press,
  session,
  setValue,
  startOnStartScreen,
  text,
  waitSaved,
  webviewShot,
} from "./app.mjs";

const WORKSPACE = "Lesotho survey";
const MARKING = "DRAFT — INCOMPLETE";
const ANNEX_F = "Annex F — Gap analysis";

const shown = () => cliJson("workspace", "show", WORKSPACE);
const itemOf = (id) => shown().items.find((item) => item.id === id);
const answerOf = (id, authority) => itemOf(id)?.baseline.find((b) => b.authority === authority) ?? null;

const figures = {};

/**
 * Scrolls an element to the top of the view that scrolls it (for a screenshot of that part),
 * leaving the window's header where it is.
 */
async function scrollTo(css) {
  await session.execute(
    `const el = document.querySelector(arguments[0]);
     let view = el?.parentElement;
     while (view && !(view.scrollHeight > view.clientHeight && /auto|scroll/.test(getComputedStyle(view).overflowY))) view = view.parentElement;
     if (el && view) view.scrollTop += el.getBoundingClientRect().top - view.getBoundingClientRect().top - 8;`,
    [css],
  );
}

/** A CSV as people save it from a spreadsheet in many locales: BOM, semicolons, CRLF. */
function spreadsheetCsv(rows) {
  const header = ["item_id", "item_title", "authority", "status", "instrument", "evidence", "gap", "comment"];
  return `\uFEFF${[header, ...rows].map((row) => row.join(";")).join("\r\n")}\r\n`;
}

async function exportBoth() {
  await openTab("export");
  await (await session.find(byTestId("export-format-both"))).click();
  // The click clears an earlier export's notice at once: the one waited for is this export's.
  await (await session.find(byTestId("export-button"))).click();
  await session.waitFor(`${byTestId("export-done")} ${byTestId("export-marking")}`, { timeoutMs: 60000 });
  const paths = await Promise.all((await session.findAll(`${byTestId("export-done")} ${byTestId("saved-path")}`)).map((el) => el.property("value")));
  assert.equal(paths.length, 2, `two files saved: ${paths.join(", ")}`);
  return { docx: paths[0], pdf: paths[1], marking: await text(byTestId("export-marking")) };
}

describe("the gap-analysis survey and the completeness check", () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Three items, two decided in part, and a session to facilitate: set up through the CLI.
    cli(
      "workspace",
      "create",
      WORKSPACE,
      "--jurisdiction",
      "Lesotho",
      "--authority",
      "LCA=Lesotho Communications Authority",
      "--kind",
      "LCA=telecom-regulator",
      "--authority",
      "CBL=Central Bank of Lesotho",
      "--kind",
      "CBL=central-bank",
    );
    cli("select", WORKSPACE, "SIM-08", "SIM-11", "REG-01");
    cli("decide", WORKSPACE, "SIM-08", "--status", "adopt", "--lead", "LCA", "--priority", "high", "--due", "2027-03-31");
    cli("decide", WORKSPACE, "REG-01", "--status", "adopt", "--priority", "medium");
    cli("session", "create", WORKSPACE, "--date", "2025-06-05", "--facilitator", "Clinic facilitator", "--place", "Online");

    // After the window tests' app has ended.
    await startOnStartScreen();
    await (await session.waitFor(`${byTestId("workspace-card")}[aria-label='Open ${WORKSPACE}']`)).click();
    await session.until(async () => (await text(byTestId("workspace-title"))) === "Lesotho survey (Lesotho)", { what: "the survey workspace" });
  });

  after(async () => {
    if (!session) return;
    try {
      await webviewShot("survey-final.png");
    } finally {
      await session.end();
    }
    for (const [name, value] of Object.entries(figures)) console.log(`# ${name}: ${value}`);
  });

  it("opens the Survey view with Alt+6 and writes the template as CSV and as XLSX", async () => {
    await session.waitFor(byTestId("catalog-row"));
    await press(`${ALT}6${NULL_KEY}`);
    await session.until(async () => (await (await session.find(byTestId("tab-survey"))).attribute("aria-selected")) === "true", {
      what: "the survey tab by its key",
    });
    assert.equal(await (await session.find(byTestId("survey-scope-selected"))).property("checked"), true, "the selected items by default");
    await webviewShot("survey-tab.png");

    await (await session.find(byTestId("survey-format-csv"))).click();
    await (await session.find(byTestId("write-survey"))).click();
    await session.until(async () => /Lesotho-survey-survey\.csv/.test(await text(byTestId("survey-written"))), { what: "the CSV written" });
    const csv = readFileSync(join(EXPORTS, "Lesotho-survey-survey.csv"), "utf8");
    assert.ok(csv.startsWith("\uFEFFitem_id,item_title,authority,status,instrument,evidence,gap,comment\r\n"), "BOM, contract headers, CRLF");
    const lines = csv.trimEnd().split("\r\n");
    assert.equal(lines.length, 7, "one row per selected item and authority");
    assert.deepEqual(
      lines.slice(1).map((l) => [l.split(",")[0], l.split(",").at(-6)]),
      [
        ["REG-01", "LCA"],
        ["REG-01", "CBL"],
        ["SIM-08", "LCA"],
        ["SIM-08", "CBL"],
        ["SIM-11", "LCA"],
        ["SIM-11", "CBL"],
      ],
    );

    await (await session.find(byTestId("survey-format-xlsx"))).click();
    await (await session.find(byTestId("survey-scope-all"))).click();
    await (await session.find(byTestId("write-survey"))).click();
    await session.until(async () => /Lesotho-survey-survey\.xlsx/.test(await text(byTestId("survey-written"))), { what: "the XLSX written" });
    const xlsx = readFileSync(join(EXPORTS, "Lesotho-survey-survey.xlsx"));
    assert.equal(xlsx.subarray(0, 2).toString(), "PK", "an XLSX (zip) workbook");
    const sheet = execFileSync("unzip", ["-p", join(EXPORTS, "Lesotho-survey-survey.xlsx"), "xl/worksheets/sheet1.xml"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    assert.ok((sheet.match(/<row /g) ?? []).length > 200, "the whole catalog, for both authorities");
    assert.match(sheet, /dataValidation/, "with drop-down lists");
    await (await session.find(byTestId("survey-scope-selected"))).click();
  });

  it("refuses a survey with bad rows, naming each by line and column, and imports nothing", async () => {
    writeFileSync(
      join(EXPORTS, "survey.csv"),
      spreadsheetCsv([
        ["SIM-08", "Notify DFS providers of recycled numbers, and freeze wallets", "LCA", "Partially implemented", "Regulation", "SIM Registration Regulations 2021, s. 12", "No notice to DFS providers", ""],
        ["SIM-08", "Notify DFS providers", "CBL", "done", "", "", "", ""],
        ["SIM-11", "Real-time SIM change detection", "XYZ", "implemented", "", "", "", ""],
        ["SIM-99", "No such item", "LCA", "implemented", "", "", "", ""],
      ]),
    );
    await (await session.find(byTestId("choose-survey"))).click();
    const problems = await session.waitFor(byTestId("survey-problems"));
    assert.match(await problems.text(), /Nothing can be imported: 3 problems in survey\.csv/);
    const rows = await session.findAll(byTestId("survey-problem"));
    const cells = await Promise.all(rows.map(async (row) => [await row.attribute("data-line"), await row.attribute("data-letter"), await row.text()]));
    assert.deepEqual(
      cells.map(([line, letter]) => [line, letter]),
      [
        ["3", "D"],
        ["4", "C"],
        ["5", "A"],
      ],
    );
    assert.match(cells[0][2], /D \(status\).*Unknown survey status "done"/);
    assert.match(cells[1][2], /"XYZ" is not an authority of this workspace/);
    assert.match(cells[2][2], /Unknown recommendation "SIM-99"/);
    assert.equal((await session.findAll(byTestId("apply-survey"))).length, 0, "nothing to apply");
    assert.deepEqual(
      shown().items.flatMap((item) => item.baseline),
      [],
      "nothing was imported",
    );
    await webviewShot("survey-problems.png");
  });

  it("previews a good survey (semicolons, BOM, CRLF) before applying it, then imports it", async () => {
    writeFileSync(
      join(EXPORTS, "survey.csv"),
      spreadsheetCsv([
        ["REG-01", "Regulator–central bank MOU", "LCA", "implemented", "MOU", "LCA–CBL MOU on DFS security, 2022", "", ""],
        ["REG-01", "Regulator–central bank MOU", "CBL", "Planned", "mou", "", "Joint committee not yet constituted", "Board approval due Q3"],
        ["SIM-08", "Notify DFS providers of recycled numbers", "LCA", "Partially implemented", "Regulation", "SIM Registration Regulations 2021, s. 12", "No notice to DFS providers before recycling", ""],
        ["SIM-08", "Notify DFS providers of recycled numbers", "CBL", "not implemented", "", "", "No wallet freeze rule for recycled numbers", ""],
        ["SIM-11", "Real-time SIM change detection", "LCA", "Implemented", "Licence condition", "MNO licence condition 14 (SIM swap checks)", "", ""],
        ["SIM-11", "Real-time SIM change detection", "CBL", "mis en œuvre", "Directive", "Directive on DFS fraud controls, 2023", "", ""],
      ]),
    );
    await (await session.find(byTestId("preview-again"))).click();
    const preview = await session.waitFor(byTestId("survey-preview"));
    await session.until(async () => /6 rows read: 6 answers will change, 0 unchanged\./.test(await text(byTestId("survey-preview-counts"))), {
      what: "the preview counts",
    });
    const changes = await session.findAll(byTestId("survey-change"));
    assert.equal(changes.length, 6);
    const sim08 = await session.find(`${byTestId("survey-change")}[data-id='SIM-08'][data-authority='LCA']`);
    assert.match(await sim08.text(), /No answer\s*→\s*Partially implemented/);
    assert.match(await sim08.text(), /Regulation/);
    assert.match(await sim08.text(), /SIM Registration Regulations 2021, s\. 12/);
    assert.match(await preview.text(), /Nothing is imported yet/);
    assert.deepEqual(shown().items.flatMap((item) => item.baseline), [], "a preview writes nothing");
    await webviewShot("survey-preview.png");

    await (await session.find(byTestId("apply-survey"))).click();
    const applied = await session.waitFor(byTestId("survey-applied"));
    assert.match(await applied.text(), /Imported: 6 answers changed, 0 unchanged\./);
    assert.match(await applied.text(), /1 open item is now suggested as already covered/);
    assert.equal(answerOf("SIM-08", "LCA")?.status, "partially-implemented");
    assert.equal(answerOf("SIM-08", "LCA")?.instrument, "regulation");
    assert.equal(answerOf("SIM-11", "CBL")?.status, "implemented", "the French status was read");
    assert.equal(answerOf("SIM-11", "LCA")?.instrument, "licence-condition");
    assert.equal(answerOf("REG-01", "CBL")?.comment, "Board approval due Q3");
    assert.equal((await session.findAll(byTestId("survey-suggestion"))).length, 1);
    assert.equal(await (await session.find(byTestId("survey-suggestion"))).attribute("data-id"), "SIM-11");
    assert.equal((await session.findAll(byTestId("survey-baseline-row"))).length, 3, "the baseline table has the three items");
    await webviewShot("survey-applied.png");
  });

  it("shows the baseline beside an item in the catalog", async () => {
    await openTab("catalog");
    const row = await session.find(`${byTestId("catalog-row")}[data-id='SIM-08']`);
    await row.click();
    const box = await session.waitFor(`${byTestId("detail-pane")} ${byTestId("baseline")}[data-id='SIM-08']`);
    const lca = await session.find(`${byTestId("baseline-answer")}[data-authority='LCA']`, box);
    assert.equal(await lca.attribute("data-status"), "partially-implemented");
    assert.match(await lca.text(), /Partially implemented\s*Regulation/);
    assert.match(await lca.text(), /Evidence: SIM Registration Regulations 2021, s\. 12/);
    assert.match(await lca.text(), /Gap: No notice to DFS providers before recycling/);
    assert.equal(await (await session.find(`${byTestId("baseline-answer")}[data-authority='CBL']`, box)).attribute("data-status"), "not-implemented");
    await scrollTo(`${byTestId("detail-pane")} ${byTestId("detail-id")}`);
    await webviewShot("baseline-catalog.png");
  });

  it("suggests SIM-11 as already covered in the decision editor, and applies it only when asked", async () => {
    await openTab("decisions");
    await session.waitFor(`${byTestId("decision-row")}[data-id='SIM-11'] ${byTestId("decision-row-suggestion")}`);
    await (await session.find(`${byTestId("decision-row")}[data-id='SIM-11']`)).click();
    const editor = await session.waitFor(`${byTestId("decision-editor")}[data-id='SIM-11']`);
    const suggestion = await session.find(byTestId("suggestion"), editor);
    assert.match(await suggestion.text(), /Suggested: Already covered — every authority \(LCA, CBL\) reports it implemented/);
    assert.equal(itemOf("SIM-11").decision.status, "open", "nothing is decided by the suggestion itself");
    await webviewShot("baseline-decision.png");
    await (await session.find(byTestId("apply-suggestion"), editor)).click();
    await session.until(async () => itemOf("SIM-11")?.decision.status === "already-covered", { what: "the suggestion applied" });
    await session.until(async () => /SIM-11: Already covered, as the baseline suggests\./.test(await text(byTestId("notice"))), { what: "the notice" });
    // The notice can come before the decisions list has been read again: wait for the list.
    await session.until(async () => (await session.findAll(byTestId("decision-row-suggestion"))).length === 0, {
      what: "the suggestion gone once decided",
    });
    const history = cliJson("history", WORKSPACE).filter((h) => h.item === "SIM-11");
    assert.ok(history.some((h) => h.field === "status" && h.new === "already-covered"), "an ordinary decision in the history");
    assert.ok(history.some((h) => h.field === "baseline LCA"), "the survey answers are in the history too");
  });

  it("shows each authority's answer beside its position in the facilitator view", async () => {
    await openTab("discussion");
    await (await session.waitFor(byTestId("edit-session"))).click();
    await (await session.waitFor(byTestId("agenda-add-all"))).click();
    await (await session.find(byTestId("save-agenda"))).click();
    await session.until(async () => shown().sessions[0].agenda.length === 3, { what: "the agenda saved" });
    await (await session.find(byTestId("facilitate"))).click();
    await session.waitFor(`${byTestId("facilitator-item")}[data-id='REG-01']`);
    const lines = await session.findAll(byTestId("facilitator-baseline"));
    assert.equal(lines.length, 2);
    assert.match(await lines[0].text(), /Survey:\s*Implemented\s*Memorandum of understanding/);
    assert.match(await lines[1].text(), /Survey:\s*Planned/);
    assert.match(await lines[1].attribute("title"), /^CBL: Planned\. Gap: Joint committee not yet constituted$/, "evidence and gap on hover");
    const details = await session.find(byTestId("facilitator-baseline-details"));
    await (await session.find("summary", details)).click();
    await session.until(async () => /Board approval due Q3/.test(await details.text()), { what: "the expanded answers" });
    await webviewShot("baseline-facilitator.png");
    await (await session.find(byTestId("back-to-sessions"))).click();
  });

  it("draws the baseline against the decisions in the overview, with the gap chart", async () => {
    await openTab("overview");
    const gap = await session.waitFor(byTestId("gap-overview"));
    await session.until(async () => (await session.findAll(byTestId("gap-totals"))).length > 0, { what: "the gap figures" });
    assert.deepEqual(
      await Promise.all((await session.findAll(`${byTestId("gap-totals")} li`)).map((li) => li.text())),
      ["LCA: 1 gap to close among 2 adopted items.", "CBL: 2 gaps to close among 2 adopted items."],
    );
    for (const chart of ["chart-gap", "chart-baseline-authority", "chart-baseline-group"]) {
      assert.ok((await session.findAll(`${byTestId(chart)} rect.seg`)).length > 0, `${chart} is drawn`);
    }
    assert.ok((await session.findAll(`${byTestId("chart-gap")} rect.gap-to-close`)).length >= 2, "the gaps are drawn");
    assert.ok(gap);
    // Nothing (a hidden table for screen readers included) makes the window scroll sideways.
    const overflow = await session.execute(
      `const wide = (el) => el.scrollWidth - el.clientWidth;
       return [wide(document.documentElement), wide(document.querySelector("[data-testid='overview']"))];`,
    );
    assert.deepEqual(overflow.map((px) => px <= 0), [true, true], `no sideways overflow (px): ${overflow}`);
    await scrollTo(`${byTestId("gap-overview")}`);
    await webviewShot("overview-gap.png");
  });

  it("lists the completeness findings by kind in the Export tab; an item id opens the item", async () => {
    await press(`${ALT}4${NULL_KEY}`);
    const panel = await session.waitFor(byTestId("check-panel"));
    await session.waitFor(byTestId("check-summary"));
    const kinds = await Promise.all((await session.findAll(byTestId("finding-group"))).map((g) => g.attribute("data-kind")));
    assert.deepEqual(kinds, ["missing-lead", "missing-due", "missing-property"]);
    assert.match(await text(byTestId("check-summary")), /^6 findings on 1 item\./);
    assert.match(await panel.text(), /You can still export\. Until the check is clean, the document is marked “DRAFT — INCOMPLETE”/);
    const cliCheck = spawnSync(CLI, ["--db", DB, "check", WORKSPACE, "--json"], { encoding: "utf8" });
    assert.equal(cliCheck.status, 3, "the CLI finds them too");
    assert.equal((await session.findAll(byTestId("finding"))).length, JSON.parse(cliCheck.stdout).length, "the same findings as the CLI");
    await webviewShot("check-panel.png");
  });

  it("exports a draft marked incomplete, with the gap-analysis annex and the findings", async () => {
    const started = Date.now();
    const { docx, pdf, marking } = await exportBoth();
    figures.exportIncompleteMs = Date.now() - started;
    assert.match(marking, /DRAFT — INCOMPLETE/);
    const body = documentText(docx);
    assert.ok(body.includes(MARKING), "the DOCX is marked incomplete");
    assert.ok(body.includes(ANNEX_F), "the DOCX has annex F");
    assert.ok(body.includes("Completeness findings"), "and the findings annex");
    assert.ok(body.includes("Implementation roadmap"), "annex F has the roadmap");
    assert.ok(
      body.includes(
        "LCA: Partially implemented (gap: No notice to DFS providers before recycling); CBL: Not implemented (gap: No wallet freeze rule for recycled numbers)",
      ),
      "with what is in place today and what each authority lacks",
    );
    const pages = pdfText(pdf);
    assert.ok(pages.includes(MARKING), "the PDF is marked incomplete");
    assert.ok(pages.includes(ANNEX_F), "the PDF has annex F");
    execFileSync("qpdf", ["--check", pdf], { stdio: "pipe" });
  });

  it("fixes the findings from the panel: the check comes back clean and the marking goes", async () => {
    await (await session.find(`${byTestId("finding-item")}[data-id='REG-01']`)).click();
    await session.waitFor(`${byTestId("decision-editor")}[data-id='REG-01']`);
    assert.equal(await (await session.find(byTestId("tab-decisions"))).attribute("aria-selected"), "true");
    await choose(await session.find(byTestId("field-lead")), "LCA");
    await waitSaved(byTestId("decision-pane"));
    await setValue(await session.find(byTestId("field-due")), "2027-06-30");
    await session.until(async () => itemOf("REG-01")?.decision.due === "2027-06-30", { what: "REG-01 target date" });

    await openTab("export");
    await session.until(async () => (await session.findAll(byTestId("finding-group"))).length === 1, { what: "the item findings gone" });
    await (await session.find(byTestId("finding-properties"))).click();
    const dialog = await session.waitFor(byTestId("properties-dialog"));
    await (await session.find(byTestId("prop-doc_version"), dialog)).type("0.1");
    await (await session.find(byTestId("prop-reference"), dialog)).type("LCA/CBL/2025/07");
    await (await session.find(byTestId("prop-prepared_by"), dialog)).type("Clinic secretariat");
    await (await session.find(byTestId("prop-event"), dialog)).type("DFS Security Clinic, Maseru");
    await (await session.find(byTestId("save-properties"), dialog)).click();
    await session.until(async () => (await session.findAll(byTestId("properties-dialog"))).length === 0, { what: "the dialog to close" });
    const clean = await session.waitFor(byTestId("check-clean"));
    assert.match(await clean.text(), /Complete: nothing is missing/);
    await webviewShot("check-clean.png");
    assert.equal(spawnSync(CLI, ["--db", DB, "check", WORKSPACE]).status, 0, "the CLI agrees: exit 0");

    const { docx, pdf, marking } = await exportBoth();
    assert.match(marking, /passed the completeness check/);
    const body = documentText(docx);
    assert.ok(!body.includes(MARKING), "the DOCX is no longer marked");
    assert.ok(!body.includes("Completeness findings"), "nor has the findings annex");
    assert.ok(body.includes(ANNEX_F), "annex F stays");
    const pages = pdfText(pdf);
    assert.ok(!pages.includes(MARKING), "the PDF is no longer marked");
    assert.ok(pages.includes(ANNEX_F));
    assert.ok(existsSync(docx) && existsSync(pdf));
  });
});

// End-to-end test of circulated versions in the real window: a version circulated from the
// Versions view (label from the document version, the fingerprint shown), a decision changed
// and "changed since version 0.2" beside the editor, the stored PDF saved byte for byte as the
// CLI writes it, the comparison with now and its redline DOCX with tracked changes, and a
// returned copy verified, and a reviewer's comments on that copy (added by python-docx) imported
// in the Review tab and answered; a bundle from a second laptop (a second database driven by the
// CLI) merged through the preview and its one conflict settled with one click. Started by
// tests/e2e/run.sh after the other window tests.

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import {
  ALT,
  ARTIFACTS,
  byTestId,
  CLI,
  cli,
  cliJson,
  documentText,
  ESCAPE,
  EXPORTS,
  NULL_KEY,
  pdfText,
  press,
  session,
  startOnStartScreen,
  text,
  waitSaved,
  webviewShot,
} from "./app.mjs";

const WORKSPACE = "Lesotho versions";
// python-docx 1.2 in the virtual environment scripts/install-deps.sh makes.
const VENV_PYTHON = fileURLToPath(new URL("../tools/.venv/bin/python", import.meta.url));
const shown = () => cliJson("workspace", "show", WORKSPACE);
const figures = {};

async function openVersions() {
  await press(`${ALT}7${NULL_KEY}`);
  await session.until(async () => (await (await session.find(byTestId("tab-versions"))).attribute("aria-selected")) === "true", {
    what: "the Versions view by its key",
  });
}

/** The path a save just wrote, from the notice that says so (inside `css`). */
async function savedPath(css) {
  return (await session.find(`${css} ${byTestId("saved-path")}`)).property("value");
}

describe("circulated versions in the window", () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
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
    cli("workspace", "set", WORKSPACE, "--doc-version", "0.2", "--prepared-by", "Legal unit, LCA");
    cli("select", WORKSPACE, "SIM-08", "SIM-11", "REG-01");
    cli("decide", WORKSPACE, "SIM-08", "--status", "adopt", "--lead", "LCA", "--priority", "high", "--due", "2027-03-31");
    cli("decide", WORKSPACE, "REG-01", "--status", "adopt", "--priority", "medium");

    await startOnStartScreen();
    await (await session.waitFor(`${byTestId("workspace-card")}[aria-label='Open ${WORKSPACE}']`)).click();
    await session.until(async () => (await text(byTestId("workspace-title"))) === `${WORKSPACE} (Lesotho)`, { what: "the workspace" });
    await session.waitFor(byTestId("catalog-row"));
  });

  after(async () => {
    if (!session) return;
    try {
      await webviewShot("versions-final.png");
    } finally {
      await session.end();
    }
    for (const [name, value] of Object.entries(figures)) console.log(`# ${name}: ${value}`);
  });

  let fingerprint;

  it("circulates version 0.2 from the keyboard and shows its fingerprint", async () => {
    await openVersions();
    await session.waitFor(byTestId("no-versions"));
    const label = await session.find(byTestId("version-label"));
    assert.equal(await label.property("value"), "0.2", "the document version is the default label");
    const note = await session.find(byTestId("version-note"));
    await note.click();
    // Enter in the note submits the form.
    await note.type("Sent to both legal departments\uE007");
    const started = Date.now();
    await session.waitFor(`${byTestId("circulated")}[data-label='0.2']`, { timeoutMs: 120000 });
    figures.circulateMs = Date.now() - started;
    const listed = cliJson("version", "list", WORKSPACE);
    assert.equal(listed.length, 1);
    assert.equal(listed[0].label, "0.2");
    assert.equal(listed[0].note, "Sent to both legal departments");
    fingerprint = listed[0].fingerprint;
    assert.match(fingerprint, /^[0-9a-f]{64}$/);
    assert.equal(await text(`${byTestId("circulated")} ${byTestId("fingerprint-short")}`), `${fingerprint.slice(0, 4)} ${fingerprint.slice(4, 8)} ${fingerprint.slice(8, 12)}`);
    assert.equal((await (await session.find(byTestId("fingerprint-full"))).property("textContent")).replaceAll(" ", ""), fingerprint);
    await session.waitFor(`${byTestId("version-row")}[data-label='0.2']`);
  });

  it("shows what changed since version 0.2 beside the decision editor", async () => {
    await press(`${ALT}2${NULL_KEY}`);
    await (await session.waitFor(`${byTestId("decision-row")}[data-id='SIM-11']`)).click();
    await session.waitFor(`${byTestId("decision-editor")}[data-id='SIM-11']`);
    assert.equal((await session.findAll(byTestId("changed-since"))).length, 0, "nothing changed yet");
    await (await session.find(byTestId("status-deferred"))).click();
    await waitSaved();
    await session.waitFor(`${byTestId("decision-editor")}[data-id='SIM-11'] ${byTestId("changed-since")}[data-label='0.2']`, { timeoutMs: 15000 });
    assert.match(await text(byTestId("changed-since")), /Changed since version 0\.2[\s\S]*Status[\s\S]*Open[\s\S]*Deferred/);
    assert.equal(shown().items.find((i) => i.id === "SIM-11").decision.status, "deferred");
    await webviewShot("versions-changed-since.png");
  });

  it("saves the stored PDF byte for byte, with the fingerprint on every page", async () => {
    await openVersions();
    await (await session.find(`${byTestId("version-row")}[data-label='0.2'] ${byTestId("version-export-pdf")}`)).click();
    await session.waitFor(byTestId("version-exported"), { timeoutMs: 60000 });
    const path = await savedPath(byTestId("version-exported"));
    assert.equal(path, join(EXPORTS, "Lesotho-versions-version-0.2.pdf"));
    const fromCli = join(EXPORTS, "cli-version-0.2.pdf");
    cli("export", WORKSPACE, "--version", "0.2", "--format", "pdf", "--out", fromCli);
    assert.ok(readFileSync(path).equals(readFileSync(fromCli)), "the window and the CLI write the same stored bytes");
    const short = `${fingerprint.slice(0, 4)} ${fingerprint.slice(4, 8)} ${fingerprint.slice(8, 12)}`;
    const pages = pdfText(path).split("\f").filter((page) => page.trim() !== "");
    assert.ok(pages.length > 1);
    for (const [n, page] of pages.entries()) assert.ok(page.includes(short), `page ${n + 1} carries the fingerprint`);
    // The decision changed after circulating: the stored file still says what was circulated.
    assert.doesNotMatch(pdfText(path), /Changes since version/);
  });

  it("compares version 0.2 with now and exports the redline DOCX with tracked changes", async () => {
    await (await session.find(`${byTestId("version-row")}[data-label='0.2'] ${byTestId("version-compare")}`)).click();
    await session.waitFor(byTestId("compare-summary"));
    assert.equal(await text(byTestId("compare-summary")), "1 change on 1 item.");
    const change = await session.find(`${byTestId("change")}[data-item='SIM-11'][data-field='status']`);
    assert.match(await change.text(), /SIM-11\s*Status\s*Open\s*Deferred/);
    await webviewShot("versions-panel.png");

    await (await session.find(byTestId("redline-docx"))).click();
    await session.waitFor(byTestId("redline-saved"), { timeoutMs: 60000 });
    const path = await savedPath(byTestId("redline-saved"));
    assert.match(path, /Lesotho-versions-changes-since-0\.2-\d{4}-\d\d-\d\d\.docx$/);
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8", maxBuffer: 64 << 20 });
    assert.match(xml, /<w:(ins|del) /, "the changes are Word tracked changes");
    assert.match(documentText(path), /Changes since version 0\.2/);

    // Closed, the list is what remains.
    await (await session.find(byTestId("close-comparison"))).click();
    await session.until(async () => (await session.findAll(byTestId("version-comparison"))).length === 0, { what: "the comparison closed" });
  });

  it("verifies a returned copy: version 0.2, unchanged", async () => {
    const stored = join(EXPORTS, "cli-version-0.2.docx");
    cli("export", WORKSPACE, "--version", "0.2", "--format", "docx", "--out", stored);
    const copy = join(EXPORTS, "verify.docx");
    if (existsSync(copy)) rmSync(copy);
    copyFileSync(stored, copy);
    await (await session.find(byTestId("verify-button"))).click();
    await session.waitFor(byTestId("verify-report"), { timeoutMs: 30000 });
    assert.equal(await (await session.find(byTestId("verify-report"))).attribute("data-status"), "match");
    assert.match(await text(byTestId("verify-explanation")), /Version 0\.2 of “Lesotho versions”, exactly as circulated/);
    await webviewShot("versions-verified.png");
  });

  it("imports a reviewer's comment on version 0.2 in the Review tab, previewed first, and answers it", async () => {
    // The reviewer comments the circulated copy in a real client: python-docx adds a comment on
    // SIM-08's text, as Word would.
    const returned = join(EXPORTS, "review.docx");
    if (existsSync(returned)) rmSync(returned);
    const addComment = [
      "import sys",
      "from docx import Document",
      "doc = Document(sys.argv[1])",
      "run = next(p.runs[0] for p in doc.paragraphs if p.text.startswith('Build number recycling'))",
      "doc.add_comment(run, text='Name the deadline for telling the provider.', author='Thabo Sello', initials='TS')",
      "doc.save(sys.argv[2])",
    ].join("\n");
    execFileSync(VENV_PYTHON, ["-c", addComment, join(EXPORTS, "cli-version-0.2.docx"), returned]);

    await press(`${ALT}8${NULL_KEY}`);
    await session.until(async () => (await (await session.find(byTestId("tab-review"))).attribute("aria-selected")) === "true", {
      what: "the Review tab by its key",
    });
    await (await session.find(byTestId("review-organisation"))).type("Central Bank of Lesotho");
    await (await session.find(byTestId("review-choose"))).click();
    await session.waitFor(`${byTestId("review-preview-row")}[data-place='SIM-08']`, { timeoutMs: 30000 });
    assert.match(await text(`${byTestId("review-preview-row")}[data-place='SIM-08']`), /SIM-08\s*1/);
    assert.deepEqual(cliJson("review", "list", WORKSPACE), [], "the preview writes nothing");
    await (await session.find(byTestId("review-confirm"))).click();
    await session.waitFor(`${byTestId("review-comment")}[data-kind='comment']`, { timeoutMs: 30000 });
    const [stored] = cliJson("review", "list", WORKSPACE);
    assert.equal(stored.item, "SIM-08");
    assert.equal(stored.author, "Thabo Sello");
    assert.equal(stored.organisation, "Central Bank of Lesotho");
    assert.equal(stored.source_version, "0.2", "found through the copy's fingerprint");
    assert.equal(stored.disposition, null);

    // Answered from the keyboard: a disposition, then a response sent with Enter.
    const card = `${byTestId("review-comment")}[data-id='${stored.id}']`;
    await (await session.find(`${card} ${byTestId("review-disposition-partly-accepted")}`)).click();
    const response = await session.find(`${card} ${byTestId("review-response")}`);
    await response.click();
    await response.type("A deadline of 24 hours is added to the national wording.\uE007");
    await session.until(async () => cliJson("review", "list", WORKSPACE)[0].disposition === "partly-accepted", {
      what: "the answer stored",
    });
    assert.equal(cliJson("review", "list", WORKSPACE)[0].response, "A deadline of 24 hours is added to the national wording.");
    await webviewShot("review-answered.png");

    // The draft's comment-response table carries it.
    const pdf = join(EXPORTS, "cli-draft-with-comments.pdf");
    cli("export", WORKSPACE, "--format", "pdf", "--out", pdf);
    assert.match(pdfText(pdf), /Annex G — Comments received and their disposition[\s\S]*Thabo Sello[\s\S]*Partly accepted/);
  });

  it("stores a reference document from the properties dialog and shows its fonts and page", async () => {
    copyFileSync(join(EXPORTS, "cli-version-0.2.docx"), join(EXPORTS, "reference.docx"));
    await (await session.find(byTestId("properties-button"))).click();
    await session.waitFor(byTestId("reference-doc-none"));
    await (await session.find(byTestId("reference-doc-choose"))).click();
    await session.waitFor(byTestId("reference-doc-file"), { timeoutMs: 30000 });
    assert.equal(await text(byTestId("reference-doc-file")), "reference.docx");
    // Our own draft as the reference: its fonts and A4 page, as the core read them.
    assert.ok((await text(byTestId("reference-doc-body-font"))).length > 0);
    assert.match(await text(byTestId("reference-doc-page")), /^A4 portrait, 210 × 297 mm$/);
    assert.match(await text(byTestId("reference-doc-margins")), /^top \d+(\.\d)?, right .* mm$/);
    await webviewShot("versions-reference-doc.png");
    await (await session.find(byTestId("reference-doc-clear"))).click();
    await session.waitFor(byTestId("reference-doc-none"));
    await press(ESCAPE);
    await session.until(async () => (await session.findAll(byTestId("properties-dialog"))).length === 0, { what: "the dialog closed by Escape" });
  });

  it("merges another laptop's bundle through the preview and settles its conflict with one click", async () => {
    // Laptop B: a second database that gets the workspace from this one's bundle.
    const laptopB = join(EXPORTS, "laptop-b.sqlite");
    rmSync(laptopB, { force: true });
    const cliB = (...args) => execFileSync(CLI, ["--db", laptopB, "--device", "laptop-b", ...args], { encoding: "utf8" });
    const toB = join(EXPORTS, "to-laptop-b.dfs-sync");
    cli("sync", "export", WORKSPACE, "--out", toB);
    assert.equal(JSON.parse(cliB("sync", "import", toB, "--json")).created, true);
    // The same field changed differently on both laptops, then B sends its copy back.
    cliB("decide", WORKSPACE, "REG-01", "--rationale", "Laptop B: the bank leads the consultation");
    cli("decide", WORKSPACE, "REG-01", "--rationale", "Laptop A: the regulator leads the consultation");
    const sent = JSON.parse(cliB("sync", "export", WORKSPACE, "--out", join(EXPORTS, "incoming.dfs-sync"), "--json"));
    figures.bundleBytes = sent.bytes;

    await openVersions();
    await (await session.find(byTestId("sync-merge"))).click();
    await session.waitFor(`${byTestId("sync-preview-row")}[data-key='conflicts']`, { timeoutMs: 30000 });
    assert.match(await text(`${byTestId("sync-preview-row")}[data-key='outcome']`), /laptop-b[\s\S]*Merged into this workspace/);
    assert.match(await text(`${byTestId("sync-preview-row")}[data-key='conflicts']`), /New conflicts\s*1$/);
    assert.deepEqual(cliJson("conflicts", "list", WORKSPACE), [], "the preview writes nothing");
    await (await session.find(byTestId("sync-apply"))).click();

    const card = `${byTestId("conflict")}[data-id='REG-01/rationale']`;
    await session.waitFor(card, { timeoutMs: 30000 });
    const listed = cliJson("conflicts", "list", WORKSPACE);
    assert.equal(listed.length, 1);
    assert.deepEqual(listed[0].values.map((v) => v.value).sort(), [
      "Laptop A: the regulator leads the consultation",
      "Laptop B: the bank leads the consultation",
    ]);
    // Both values side by side, each with its device.
    const bIndex = listed[0].values.findIndex((v) => v.device === "laptop-b");
    const bCell = `${card} ${byTestId("conflict-value")}[data-keep='${bIndex + 1}']`;
    assert.match(await text(bCell), /Laptop B: the bank leads the consultation[\s\S]*Device “laptop-b”/);
    await webviewShot("versions-sync-conflict.png");

    // One click keeps laptop B's value; the CLI then shows no conflict.
    await (await session.find(`${bCell} ${byTestId("conflict-keep")}`)).click();
    await session.waitFor(byTestId("conflicts-none"), { timeoutMs: 30000 });
    assert.deepEqual(cliJson("conflicts", "list", WORKSPACE), []);
    const decision = shown().items.find((i) => i.id === "REG-01").decision;
    assert.equal(decision.rationale, "Laptop B: the bank leads the consultation");
  });
});

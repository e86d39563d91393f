import { describe, expect, it } from "vitest";
import type { VersionDiff, VersionInfo } from "../api/bindings";
import {
  changedItemCount,
  changesFor,
  fieldLabel,
  groupChanges,
  groupDigits,
  labelTaken,
  latestVersion,
  marginsText,
  newestFirst,
  pageSizeText,
  redlineFileName,
  shortFingerprint,
  valueText,
  versionFileName,
} from "./versions";

const FINGERPRINT = "3F9A1C2B7D4E" + "0123456789abcdef".repeat(3) + "0123";

function version(label: string, at: string): VersionInfo {
  return {
    label,
    date: at.slice(0, 10),
    by: "m.mokoena",
    note: null,
    fingerprint: FINGERPRINT,
    template: "joint-directive",
    circulated_at: at,
    prepared_by: "Legal unit",
    names_removed_at: null,
  };
}

const report: VersionDiff = {
  from: "0.2",
  to: null,
  changes: [
    { item: "SIM-08", field: "status", old: "open", new: "adopt" },
    { item: null, field: "doc_version", old: "0.2", new: "0.3" },
    { item: "SIM-08", field: "due", old: null, new: "2027-03-31" },
    { item: "REG-01", field: "selected", old: "no", new: "yes" },
    { item: "REG-01", field: "position.LCA.s1", old: null, new: "support-with-changes" },
  ],
};

describe("fingerprints", () => {
  it("shows the first 12 digits in groups of four, as the documents print them", () => {
    expect(FINGERPRINT).toHaveLength(64);
    expect(shortFingerprint(FINGERPRINT)).toBe("3f9a 1c2b 7d4e");
  });

  it("groups all 64 digits in fours for reading aloud", () => {
    const grouped = groupDigits(FINGERPRINT.toLowerCase());
    expect(grouped.split(" ")).toHaveLength(16);
    expect(grouped.replaceAll(" ", "")).toBe(FINGERPRINT.toLowerCase());
    expect(groupDigits("")).toBe("");
  });
});

describe("the version list", () => {
  const versions = [version("0.1", "2026-05-01T10:00:00Z"), version("0.3", "2026-06-20T09:00:00Z"), version("0.2", "2026-06-01T08:00:00Z")];

  it("finds the latest by when it was circulated, not by its label or place", () => {
    expect(latestVersion(versions)?.label).toBe("0.3");
    expect(latestVersion([])).toBeNull();
  });

  it("lists the newest first", () => {
    expect(newestFirst(versions).map((v) => v.label)).toEqual(["0.3", "0.2", "0.1"]);
  });

  it("compares labels case-insensitively, as the core does", () => {
    expect(labelTaken([version("V1", "2026-01-01T00:00:00Z")], " v1 ")).toBe(true);
    expect(labelTaken([version("V1", "2026-01-01T00:00:00Z")], "v2")).toBe(false);
  });
});

describe("changes since a version", () => {
  it("keeps one item's changes for the editor, and the document's under null", () => {
    expect(changesFor(report, "SIM-08").map((c) => c.field)).toEqual(["status", "due"]);
    expect(changesFor(report, null).map((c) => c.field)).toEqual(["doc_version"]);
    expect(changesFor(report, "PAY-01")).toEqual([]);
    expect(changesFor(null, "SIM-08")).toEqual([]);
  });

  it("groups the document's changes first, then each item in the report's order", () => {
    expect(groupChanges(report).map((g) => [g.item, g.changes.length])).toEqual([
      [null, 1],
      ["SIM-08", 2],
      ["REG-01", 2],
    ]);
    expect(groupChanges({ ...report, changes: report.changes.filter((c) => c.item !== null) })[0]?.item).toBe("SIM-08");
    expect(changedItemCount(report)).toBe(2);
  });

  it("names fields and values in the window's words", () => {
    expect(fieldLabel("status")).toBe("Status");
    expect(fieldLabel("position.LCA.s1")).toBe("Position of LCA, session s1");
    expect(fieldLabel("selected")).toBe("Selection");
    expect(fieldLabel("something-new")).toBe("something-new");
    expect(valueText("status", "adopt-modified")).toBe("Adopt with national wording");
    expect(valueText("selected", "no")).toBe("Not selected");
    expect(valueText("position.LCA.s1", "oppose")).toBe("Oppose");
    expect(valueText("position.LCA.s1", "support-with-changes: only for tier 1")).toBe("Support with changes: only for tier 1");
    expect(valueText("support", "LCA,CBL")).toBe("LCA, CBL");
    expect(valueText("rationale", null)).toBe("—");
    expect(valueText("due", "2027-03-31")).toMatch(/2027/);
  });
});

describe("file names and the page", () => {
  it("names a version's files and a redline after the workspace and the label", () => {
    expect(versionFileName("Lesotho 2025", "0.2", "docx")).toBe("Lesotho-2025-version-0.2.docx");
    expect(redlineFileName("Lesotho 2025", "2025-06 draft", "2026-12-02", "pdf")).toBe("Lesotho-2025-changes-since-2025-06-draft-2026-12-02.pdf");
  });

  it("names paper sizes it knows, with the orientation, and gives the margins", () => {
    expect(pageSizeText(210, 297)).toBe("A4 portrait, 210 × 297 mm");
    expect(pageSizeText(279.4, 215.9)).toBe("Letter landscape, 279.4 × 215.9 mm");
    expect(pageSizeText(200, 250)).toBe("200 × 250 mm");
    expect(marginsText({ top_mm: 25, right_mm: 20, bottom_mm: 25.4, left_mm: 30 })).toBe("top 25, right 20, bottom 25.4, left 30 mm");
  });
});

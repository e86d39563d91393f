import { describe, expect, it } from "vitest";
import type { Finding } from "../api/bindings";
import { findingItems, findingKinds, findingText, groupFindings } from "./check";
import { findingKindNames } from "./messages";

const findings: Finding[] = [
  { kind: "open-item", item: "REG-01", field: null, message: "REG-01: still open; decide it, or deselect it if it is not part of this draft" },
  { kind: "missing-lead", item: "SIM-08", field: null, message: "SIM-08: adopted without a lead authority; name one" },
  { kind: "missing-due", item: "SIM-08", field: null, message: "SIM-08: adopted without a target date; set one" },
  { kind: "open-item", item: "SIM-11", field: null, message: "SIM-11: still open; decide it, or deselect it if it is not part of this draft" },
  {
    kind: "missing-property",
    item: null,
    field: "doc_version",
    message: 'the document property "version" is empty, so the draft shows a blank or "[to be completed]"',
  },
];

describe("the completeness check's findings", () => {
  it("groups them by kind in a fixed order, keeping the core's order inside a kind", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.kind, g.findings.map((f) => f.item)])).toEqual([
      ["open-item", ["REG-01", "SIM-11"]],
      ["missing-lead", ["SIM-08"]],
      ["missing-due", ["SIM-08"]],
      ["missing-property", [null]],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it("names every kind", () => {
    expect(findingKinds).toHaveLength(Object.keys(findingKindNames).length);
    for (const kind of findingKinds) expect(findingKindNames[kind]).toBeTruthy();
  });

  it("writes each message as a sentence without the item id shown beside it", () => {
    expect(findingText(findings[1] as Finding)).toBe("Adopted without a lead authority; name one.");
    expect(findingText(findings[4] as Finding)).toMatch(/^The document property "version" is empty, .*properties\.$/);
    expect(findingText({ kind: "open-item", item: "SIM-08", field: null, message: "another: text" })).toBe("Another: text.");
  });

  it("counts the distinct items", () => {
    expect(findingItems(findings)).toEqual(["REG-01", "SIM-08", "SIM-11"]);
  });
});

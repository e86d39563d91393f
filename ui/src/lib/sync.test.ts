import { describe, expect, it } from "vitest";
import type { ConflictView, SyncImportReport } from "../api";
import { arrivalRows, bundleFileName, conflictCells, conflictTitle, mergeChangesNothing, mergeRows } from "./sync";

function merge(counts: Partial<SyncImportReport["counts"]>, renamed: string | null = null): SyncImportReport {
  return {
    counts: { workspace: "w1", created: false, fields_changed: 0, items_added: [], items_removed: [], conflicts: 0, ...counts },
    name: renamed ?? "Lesotho 2025",
    renamed,
    from_device: "legal-laptop",
  };
}

describe("bundleFileName", () => {
  it("names the bundle after the workspace, safe for any file system", () => {
    expect(bundleFileName("Lesotho 2025 / LCA & CBL")).toBe("Lesotho-2025-LCA-CBL.dfs-sync");
    expect(bundleFileName("///")).toBe("workspace.dfs-sync");
  });
});

describe("mergeRows", () => {
  it("lists the sender, the fields changed, the items added and removed, and the new conflicts", () => {
    const rows = mergeRows(merge({ fields_changed: 3, items_added: ["SIM-02", "REG-01"], conflicts: 1 }));
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["outcome", "Merged into this workspace"],
      ["fields", "3"],
      ["added", "SIM-02, REG-01"],
      ["removed", "none"],
      ["conflicts", "1"],
    ]);
    expect(rows[0]?.label).toContain("legal-laptop");
    expect(rows[2]?.items).toEqual(["SIM-02", "REG-01"]);
  });

  it("says a new workspace is created, under another name when its own is taken", () => {
    expect(mergeRows(merge({ created: true }))[0]?.value).toBe("A new workspace here");
    expect(mergeRows(merge({ created: true }, "Lesotho (legal-laptop)"))[0]?.value).toContain("Lesotho (legal-laptop)");
  });

  it("knows when a merge would change nothing", () => {
    expect(mergeChangesNothing(merge({}))).toBe(true);
    expect(mergeChangesNothing(merge({ items_removed: ["SIM-01"] }))).toBe(false);
    expect(mergeChangesNothing(merge({ created: true }))).toBe(false);
    expect(mergeChangesNothing(merge({ conflicts: 2 }))).toBe(false);
  });
});

describe("conflicts", () => {
  const conflict: ConflictView = {
    id: "REG-01/status",
    item: "REG-01",
    field: "status",
    values: [
      { value: "adopt", device: "legal-laptop", by: "m.mokoena", at: "2026-11-24T12:05:00Z" },
      { value: "not-applicable", device: "bank-laptop", by: "t.letsie", at: "2026-11-24T12:07:00Z" },
    ],
  };

  it("titles an item's field and a workspace field", () => {
    expect(conflictTitle(conflict)).toBe("REG-01 — Status");
    expect(conflictTitle({ item: null, field: "doc_version" })).toBe("Workspace — Document version");
  });

  it("shows the values side by side in the core's order, named, with device, author and time", () => {
    const cells = conflictCells(conflict, "en-GB");
    expect(cells.map((c) => c.keep)).toEqual([1, 2]);
    expect(cells[0]?.text).toBe("Adopt");
    expect(cells[1]?.text).not.toBe("not-applicable");
    expect(cells[0]?.shown).toBe(true);
    expect(cells[1]?.shown).toBe(false);
    expect(cells[1]?.origin).toMatch(/^Device “bank-laptop”, by t\.letsie, 24 Nov 2026/);
  });
});

describe("arrivalRows", () => {
  it("names the workspace and the sender, and says a new one is created here", () => {
    const rows = arrivalRows(merge({ created: true, items_added: ["REG-01", "SIM-02"] }));
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["workspace", "Lesotho 2025"],
      ["device", "legal-laptop"],
      ["outcome", "Created here: this laptop does not have it yet"],
      ["items", "2 selected items"],
    ]);
  });

  it("gives the name with the sender's suffix when the workspace's own is taken here", () => {
    const rows = arrivalRows(merge({ created: true }, "Lesotho 2025 (legal-laptop)"));
    expect(rows[0]?.value).toBe("Lesotho 2025 (legal-laptop)");
    expect(rows.find((r) => r.key === "outcome")?.value).toContain("“Lesotho 2025 (legal-laptop)”");
  });

  it("says the file merges into the workspace this laptop has, without an item count", () => {
    const rows = arrivalRows(merge({ created: false, fields_changed: 2 }));
    expect(rows.map((r) => r.key)).toEqual(["workspace", "device", "outcome"]);
    expect(rows[2]?.value).toBe("Merged into the workspace this laptop already has");
  });
});

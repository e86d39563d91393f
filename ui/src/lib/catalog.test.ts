import { describe, expect, it } from "vitest";
import type { CatalogGroup, Recommendation } from "../api/bindings";
import { catalogText, groupItems, groupOrder, neighbourId, parseGroupFilter, searchText, shownStatement, shownTitle } from "./catalog";
import { groupNames } from "./messages";

function item(id: string, group: CatalogGroup): Recommendation {
  return {
    id,
    title: `${id} title`,
    title_fr: `${id} titre`,
    group,
    topic: "t",
    topic_fr: "t",
    vulnerability: "v",
    vulnerability_fr: "v",
    threat: "sim-attacks",
    stakeholders: ["MNO"],
    statement: "s",
    statement_fr: "é",
    flag: "verified",
    sources: [],
    dimensions: [],
    note: null,
    note_fr: null,
  };
}

describe("groupItems", () => {
  it("orders groups as the catalog does and keeps the order inside a group", () => {
    const grouped = groupItems([item("SIM-08", "SIM"), item("REG-02", "REG"), item("SIM-01", "SIM")]);
    expect(grouped.map((g) => g.group)).toEqual(["REG", "SIM"]);
    // Search results come best match first: that order must survive grouping.
    expect(grouped[1]?.items.map((i) => i.id)).toEqual(["SIM-08", "SIM-01"]);
  });

  it("leaves out groups without items", () => {
    expect(groupItems([])).toEqual([]);
  });
});

describe("group filter and search text", () => {
  it("reads a group code and treats anything else as all groups", () => {
    expect(parseGroupFilter("PAY")).toBe("PAY");
    expect(parseGroupFilter("")).toBeNull();
    expect(parseGroupFilter("pay")).toBeNull();
  });

  it("sends no search for blank input and trims the rest", () => {
    expect(searchText("   ")).toBeNull();
    expect(searchText("  SIM swap ")).toBe("SIM swap");
  });

  it("has a full name for every group", () => {
    for (const group of groupOrder) expect(groupNames[group].length).toBeGreaterThan(3);
  });
});

describe("neighbourId", () => {
  const ids = ["A", "B", "C"];
  it("moves by the step and stops at both ends", () => {
    expect(neighbourId(ids, "A", 1)).toBe("B");
    expect(neighbourId(ids, "C", 1)).toBe("C");
    expect(neighbourId(ids, "B", -10)).toBe("A");
    expect(neighbourId(ids, "Z", 1)).toBeNull();
  });
});

describe("catalogText, shownTitle and shownStatement", () => {
  it("show the French catalog text and the frozen French text in French, the English in English", () => {
    const rec = item("SIM-08", "SIM");
    expect(catalogText(rec, "fr").title).toBe("SIM-08 titre");
    expect(catalogText(rec, "en").title).toBe("SIM-08 title");
    const frozen = { title: "Recycled numbers", title_fr: "Numéros recyclés", statement: "Wait.", statement_fr: "Attendre." };
    expect(shownTitle(frozen, "fr")).toBe("Numéros recyclés");
    expect(shownStatement(frozen, "fr")).toBe("Attendre.");
    expect(shownTitle(frozen, "en")).toBe("Recycled numbers");
  });

  it("keep the English an item was frozen with when it has no French", () => {
    expect(shownTitle({ title: "Recycled numbers" }, "fr")).toBe("Recycled numbers");
    expect(shownStatement({ statement: "Wait.", statement_fr: null }, "fr")).toBe("Wait.");
  });
});

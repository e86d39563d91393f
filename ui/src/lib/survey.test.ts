import { describe, expect, it } from "vitest";
import type { Authority, BaselineAnswer, GapRow } from "../api/bindings";
import { answerCounts, layoutAnswerBars, layoutGapBars } from "./chart";
import {
  answersOn,
  baselineByItem,
  baselineView,
  changedFields,
  countOf,
  fileNameOf,
  gapsByAuthority,
  hasAnswers,
  itemBaseline,
  suggestionFor,
  surveyFileName,
  surveyFormatOf,
} from "./survey";

const authorities: Authority[] = [
  { code: "LCA", name: "Lesotho Communications Authority", kind: "telecom-regulator" },
  { code: "CBL", name: "Central Bank of Lesotho", kind: "central-bank" },
];

function answer(item: string, authority: string, extra: Partial<BaselineAnswer> = {}): BaselineAnswer {
  return {
    item,
    authority,
    status: "implemented",
    instrument: null,
    evidence: null,
    gap: null,
    comment: null,
    at: "2026-11-20T10:00:00Z",
    by: "tester",
    ...extra,
  };
}

describe("survey files", () => {
  it("names the template after the workspace, with the format's extension", () => {
    expect(surveyFileName("Lesotho 2025", "xlsx")).toBe("Lesotho-2025-survey.xlsx");
    expect(surveyFileName("Malawi/MACRA", "csv")).toBe("Malawi-MACRA-survey.csv");
  });

  it("reads the format from the extension, whatever its case, and nothing else", () => {
    expect(surveyFormatOf("/tmp/answers.CSV")).toBe("csv");
    expect(surveyFormatOf("C:\\surveys\\LCA.xlsx")).toBe("xlsx");
    expect(surveyFormatOf("answers.ods")).toBeNull();
    expect(surveyFormatOf("csv")).toBeNull();
  });

  it("gives a path's file name for headings", () => {
    expect(fileNameOf("/home/palesa/survey.csv")).toBe("survey.csv");
    expect(fileNameOf("C:\\x\\LCA.xlsx")).toBe("LCA.xlsx");
    expect(fileNameOf("plain.csv")).toBe("plain.csv");
  });
});

describe("the baseline beside an item", () => {
  const answers = [answer("SIM-08", "CBL", { status: "planned" }), answer("SIM-08", "LCA"), answer("REG-01", "LCA")];

  it("orders each item's answers as the workspace orders its authorities", () => {
    const byItem = baselineByItem(answers, authorities);
    expect(byItem.get("SIM-08")?.map((a) => a.authority)).toEqual(["LCA", "CBL"]);
    expect(hasAnswers("REG-01", byItem)).toBe(true);
    expect(hasAnswers("SIM-11", byItem)).toBe(false);
  });

  it("has a line per authority, null where it did not answer", () => {
    const lines = answersOn("REG-01", baselineByItem(answers, authorities), authorities);
    expect(lines.map((l) => [l.authority.code, l.answer?.status ?? null])).toEqual([
      ["LCA", "implemented"],
      ["CBL", null],
    ]);
  });

  it("shows nothing where no survey was imported, unless something is suggested", () => {
    const suggestion = { item: "SIM-11", status: "already-covered" as const, reason: "every authority (LCA, CBL) reports it implemented" };
    expect(itemBaseline(null, "SIM-08")).toBeNull();
    expect(itemBaseline(baselineView([], [], authorities), "SIM-08")).toBeNull();
    expect(itemBaseline(baselineView([], [suggestion], authorities), "SIM-11")?.length).toBe(2);
    const view = baselineView(answers, [suggestion], authorities);
    expect(itemBaseline(view, "SIM-11")?.every((l) => l.answer === null)).toBe(true);
    expect(suggestionFor("SIM-11", view.suggestions)).toBe(suggestion);
    expect(suggestionFor("SIM-08", view.suggestions)).toBeNull();
  });
});

describe("a preview's changes", () => {
  it("marks the filled fields of a new answer, and only the altered ones of a replaced answer", () => {
    const fresh = answer("SIM-08", "LCA", { instrument: "regulation", evidence: "SIM Regulations 2021" });
    expect(changedFields({ item: "SIM-08", authority: "LCA", old: null, new: fresh })).toEqual(["status", "instrument", "evidence"]);
    const old = answer("SIM-08", "LCA", { status: "planned", instrument: "regulation", evidence: "draft" });
    expect(changedFields({ item: "SIM-08", authority: "LCA", old, new: fresh })).toEqual(["status", "evidence"]);
  });
});

describe("the gap figures", () => {
  const rows: GapRow[] = [
    {
      group: "REG",
      authority: "LCA",
      by_status: [
        { status: "implemented", count: 1 },
        { status: null, count: 1 },
      ],
      adopted: 2,
      gaps_to_close: 1,
    },
    { group: "REG", authority: "CBL", by_status: [{ status: "planned", count: 2 }], adopted: 2, gaps_to_close: 2 },
    {
      group: "SIM",
      authority: "LCA",
      by_status: [
        { status: "implemented", count: 2 },
        { status: "not-implemented", count: 1 },
      ],
      adopted: 3,
      gaps_to_close: 1,
    },
  ];

  it("sums the groups per authority, in the order they appear", () => {
    const totals = gapsByAuthority(rows);
    expect(totals.map((t) => [t.authority, t.adopted, t.gaps_to_close])).toEqual([
      ["LCA", 5, 2],
      ["CBL", 2, 2],
    ]);
    expect(countOf(totals[0]?.by_status ?? [], "implemented")).toBe(3);
    expect(countOf(totals[0]?.by_status ?? [], "none")).toBe(1);
    expect(countOf(totals[1]?.by_status ?? [], "implemented")).toBe(0);
    expect(rows[0]?.by_status[0]?.count).toBe(1);
  });

  it("draws answers in the survey's order with no answer last, and gaps after what is in place", () => {
    expect(answerCounts([{ status: null, count: 2 }])).toEqual([{ status: "none", count: 2 }]);
    const bars = layoutAnswerBars([{ label: "LCA", counts: rows[0]?.by_status ?? [] }], 200);
    expect(bars[0]?.segments.map((s) => [s.status, s.x, s.width])).toEqual([
      ["implemented", 0, 100],
      ["none", 100, 100],
    ]);
    const gaps = layoutGapBars(
      rows.map((row) => ({ label: row.group, row })),
      300,
    );
    expect(gaps[2]?.segments.map((s) => [s.status, s.count, s.width])).toEqual([
      ["in-place", 2, 200],
      ["to-close", 1, 100],
    ]);
    expect(gaps[1]?.segments.map((s) => s.status)).toEqual(["to-close"]);
  });
});

import { describe, expect, it } from "vitest";
import { decidedPercent, layoutBars } from "./chart";
import { draftFileName, folderOf, formatsOf, joinPath, safeName, withExtension } from "./exportPlan";
import { formatDate, formatDateTime, todayIso } from "./format";

describe("chart layout", () => {
  it("scales bars to the largest total and splits them by status in contract order", () => {
    const bars = layoutBars(
      [
        { label: "SIM", counts: [{ status: "adopt", count: 2 }, { status: "open", count: 2 }] },
        { label: "REG", counts: [{ status: "deferred", count: 1 }] },
      ],
      400,
    );
    expect(bars[0]?.total).toBe(4);
    expect(bars[0]?.segments.map((s) => [s.status, s.x, s.width])).toEqual([
      ["open", 0, 200],
      ["adopt", 200, 200],
    ]);
    expect(bars[1]?.segments[0]?.width).toBe(100);
  });

  it("gives the decided share as a whole percentage", () => {
    expect(decidedPercent([{ status: "open", count: 1 }, { status: "adopt", count: 2 }])).toBe(67);
    expect(decidedPercent([])).toBe(0);
  });
});

describe("export plan", () => {
  it("writes one file per format", () => {
    expect(formatsOf("both")).toEqual(["docx", "pdf"]);
    expect(formatsOf("pdf")).toEqual(["pdf"]);
  });

  it("names files safely after the workspace and date", () => {
    expect(safeName("Lesotho 2025 / LCA & CBL")).toBe("Lesotho-2025-LCA-CBL");
    expect(safeName("Côte d'Ivoire")).toBe("Cote-d-Ivoire");
    expect(safeName("///")).toBe("workspace");
    expect(draftFileName("Lesotho 2025", "2026-11-24", "pdf")).toBe("Lesotho-2025-draft-2026-11-24.pdf");
  });

  it("swaps extensions and joins paths", () => {
    expect(withExtension("/tmp/out/draft.docx", "pdf")).toBe("/tmp/out/draft.pdf");
    expect(withExtension("/tmp/out.d/draft", "pdf")).toBe("/tmp/out.d/draft.pdf");
    expect(joinPath("/tmp/out", "a.pdf")).toBe("/tmp/out/a.pdf");
    expect(joinPath("C:\\Users\\me", "a.pdf")).toBe("C:\\Users\\me\\a.pdf");
    expect(folderOf("/tmp/out/a.pdf")).toBe("/tmp/out");
  });
});

describe("dates", () => {
  it("formats dates in the given locale, never shifting the day", () => {
    expect(formatDate("2027-03-31", "en-GB")).toBe("31 March 2027");
    expect(formatDate("2027-03-31", "en-US")).toBe("March 31, 2027");
    expect(formatDate(null)).toBe("");
    expect(formatDateTime("2026-11-24T14:05:00Z", "en-GB")).toMatch(/24 Nov 2026/);
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
    // A locale Intl refuses (WebKitGTK under LANG=C) falls back to the default one.
    expect(formatDate("2027-03-31", "C")).toMatch(/2027/);
  });
});

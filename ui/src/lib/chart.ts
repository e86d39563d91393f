// Geometry of the overview's bar charts: one horizontal bar per row, split into segments.
// Pure numbers; StackedChart draws them as SVG.

import type { DecisionStatus, GapRow, SurveyStatus } from "../api/bindings";
import { statuses } from "./decisionForm";
import { answerKeys, type AnswerKey } from "./survey";

export interface Segment<K extends string = DecisionStatus> {
  status: K;
  count: number;
  x: number;
  width: number;
}

export interface Bar<K extends string = DecisionStatus> {
  label: string;
  total: number;
  segments: Segment<K>[];
}

/**
 * Lays out rows of counts as bars scaled to the largest total over `width` units, each split
 * into its keys' segments in the order of `keys` (empty segments left out).
 */
export function layoutStacked<K extends string>(
  rows: ReadonlyArray<{ label: string; counts: ReadonlyArray<{ status: K; count: number }> }>,
  keys: readonly K[],
  width: number,
): Bar<K>[] {
  const totals = rows.map((row) => row.counts.reduce((sum, c) => sum + c.count, 0));
  const max = Math.max(1, ...totals);
  return rows.map((row, index) => {
    let x = 0;
    const segments: Segment<K>[] = [];
    for (const status of keys) {
      const count = row.counts.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0);
      if (count === 0) continue;
      const w = (count / max) * width;
      segments.push({ status, count, x, width: w });
      x += w;
    }
    return { label: row.label, total: totals[index] ?? 0, segments };
  });
}

/** Lays out rows of status counts as bars scaled to the largest total over `width` units. */
export function layoutBars(
  rows: ReadonlyArray<{ label: string; counts: ReadonlyArray<{ status: DecisionStatus; count: number }> }>,
  width: number,
): Bar[] {
  return layoutStacked(rows, statuses, width);
}

/** Survey answers as chart keys: "none" for items without an answer. */
export function answerCounts(
  counts: ReadonlyArray<{ status: SurveyStatus | null; count: number }>,
): Array<{ status: AnswerKey; count: number }> {
  return counts.map((c) => ({ status: c.status ?? "none", count: c.count }));
}

/** Rows of baseline answers as bars, in the survey's status order, "no answer" last. */
export function layoutAnswerBars(
  rows: ReadonlyArray<{ label: string; counts: ReadonlyArray<{ status: SurveyStatus | null; count: number }> }>,
  width: number,
): Bar<AnswerKey>[] {
  return layoutStacked(
    rows.map((row) => ({ label: row.label, counts: answerCounts(row.counts) })),
    answerKeys,
    width,
  );
}

export type GapPart = "in-place" | "to-close";

/**
 * The gap chart: for each row, the adopted items split into those the authority already has
 * in place (or that do not apply to it) and the gaps the draft closes.
 */
export function layoutGapBars(rows: ReadonlyArray<{ label: string; row: GapRow }>, width: number): Bar<GapPart>[] {
  return layoutStacked(
    rows.map(({ label, row }) => ({
      label,
      counts: [
        { status: "in-place" as const, count: Math.max(0, row.adopted - row.gaps_to_close) },
        { status: "to-close" as const, count: row.gaps_to_close },
      ],
    })),
    ["in-place", "to-close"],
    width,
  );
}

/** The share of decided (not open) items, as a whole percentage. */
export function decidedPercent(counts: ReadonlyArray<{ status: DecisionStatus; count: number }>): number {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return 0;
  const open = counts.find((c) => c.status === "open")?.count ?? 0;
  return Math.round(((total - open) / total) * 100);
}

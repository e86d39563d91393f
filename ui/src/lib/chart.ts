// Geometry of the overview's bar charts: one horizontal bar per row, split into status
// segments. Pure numbers; OverviewTab draws them as SVG.

import type { DecisionStatus } from "../api/bindings";
import { statuses } from "./decisionForm";

export interface Segment {
  status: DecisionStatus;
  count: number;
  x: number;
  width: number;
}

export interface Bar {
  label: string;
  total: number;
  segments: Segment[];
}

/** Lays out rows of status counts as bars scaled to the largest total over `width` units. */
export function layoutBars(
  rows: ReadonlyArray<{ label: string; counts: ReadonlyArray<{ status: DecisionStatus; count: number }> }>,
  width: number,
): Bar[] {
  const totals = rows.map((row) => row.counts.reduce((sum, c) => sum + c.count, 0));
  const max = Math.max(1, ...totals);
  return rows.map((row, index) => {
    let x = 0;
    const segments: Segment[] = [];
    for (const status of statuses) {
      const count = row.counts.find((c) => c.status === status)?.count ?? 0;
      if (count === 0) continue;
      const w = (count / max) * width;
      segments.push({ status, count, x, width: w });
      x += w;
    }
    return { label: row.label, total: totals[index] ?? 0, segments };
  });
}

/** The share of decided (not open) items, as a whole percentage. */
export function decidedPercent(counts: ReadonlyArray<{ status: DecisionStatus; count: number }>): number {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return 0;
  const open = counts.find((c) => c.status === "open")?.count ?? 0;
  return Math.round(((total - open) / total) * 100);
}

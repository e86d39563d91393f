// Laptops in sync as plain data: the bundle's file name, what a merge preview lists, and how a
// conflict's values are shown side by side.

import type { ConflictView, SyncImportReport } from "../api";
import { safeName } from "./exportPlan";
import { formatDateTime } from "./format";
import { messages } from "./messages";
import { fieldLabel, valueText } from "./versions";

/** The extension the core's bundle carries and the app's commands require. */
export const BUNDLE_EXTENSION = "dfs-sync";

/** The file a workspace is sent as: `Lesotho-2025.dfs-sync`. */
export function bundleFileName(workspace: string): string {
  return `${safeName(workspace) || "workspace"}.${BUNDLE_EXTENSION}`;
}

export interface MergeRow {
  /** What the row counts: `outcome`, `fields`, `added`, `removed`, `conflicts`. */
  key: "outcome" | "fields" | "added" | "removed" | "conflicts";
  label: string;
  value: string;
  /** Items the row names, which the preview links to. */
  items: string[];
}

const idList = (ids: readonly string[]): string => (ids.length === 0 ? messages.syncNone : ids.join(", "));

/** What a merge would do (or did), one row per count, as the CLI's import prints them. */
export function mergeRows(merge: SyncImportReport): MergeRow[] {
  const c = merge.counts;
  const outcome = c.created
    ? merge.renamed !== null
      ? messages.syncCreatedRenamed(merge.renamed)
      : messages.syncCreated
    : messages.syncMerged;
  return [
    { key: "outcome", label: messages.syncOutcome(merge.from_device), value: outcome, items: [] },
    { key: "fields", label: messages.syncFieldsChanged, value: String(c.fields_changed), items: [] },
    { key: "added", label: messages.syncItemsAdded, value: idList(c.items_added), items: c.items_added },
    { key: "removed", label: messages.syncItemsRemoved, value: idList(c.items_removed), items: c.items_removed },
    { key: "conflicts", label: messages.syncNewConflicts, value: String(c.conflicts), items: [] },
  ];
}

/** Whether applying the merge would change nothing here (the same bundle again, say). */
export function mergeChangesNothing(merge: SyncImportReport): boolean {
  const c = merge.counts;
  return !c.created && c.fields_changed === 0 && c.items_added.length === 0 && c.items_removed.length === 0 && c.conflicts === 0;
}

export interface ConflictCell {
  /** 1-based, as `conflicts_resolve` takes it. */
  keep: number;
  text: string;
  /** "Device "X", by Y, 24 Nov 2026, 14:05". */
  origin: string;
  /** The value the draft shows until someone settles it (the engine's pick, listed first). */
  shown: boolean;
}

/** Where a conflict sits: "REG-01 — Rationale", or "Workspace — Name". */
export function conflictTitle(conflict: Pick<ConflictView, "item" | "field">): string {
  return messages.syncConflictTitle(conflict.item ?? messages.syncWorkspaceLevel, fieldLabel(conflict.field));
}

/** A conflict's values side by side, in the core's order, each with its device, author and time. */
export function conflictCells(conflict: ConflictView, lang?: string): ConflictCell[] {
  return conflict.values.map((v, i) => ({
    keep: i + 1,
    text: valueText(conflict.field, v.value),
    origin: messages.syncOrigin(v.device, v.by, formatDateTime(v.at, lang)),
    shown: i === 0,
  }));
}

export interface ArrivalRow {
  key: "workspace" | "device" | "outcome" | "items";
  label: string;
  value: string;
}

/**
 * What opening a bundle on the start screen would do: which workspace, from which laptop,
 * created here (under the sender's suffix when its name is taken) or merged into the one here.
 */
export function arrivalRows(report: SyncImportReport): ArrivalRow[] {
  const c = report.counts;
  const outcome = !c.created
    ? messages.arrivalMerged
    : report.renamed !== null
      ? messages.arrivalRenamed(report.renamed)
      : messages.arrivalCreated;
  const rows: ArrivalRow[] = [
    { key: "workspace", label: messages.arrivalWorkspace, value: report.name },
    { key: "device", label: messages.arrivalDevice, value: report.from_device },
    { key: "outcome", label: messages.arrivalOutcome, value: outcome },
  ];
  if (c.created) rows.push({ key: "items", label: messages.syncItemsAdded, value: messages.arrivalItems(c.items_added.length) });
  return rows;
}

// Circulated versions as plain data: how a fingerprint is shown, which version is the latest,
// what changed per item, and how a change's field and values read in the window.

import type { Change, ExportFormat, VersionDiff, VersionInfo } from "../api/bindings";
import { safeName } from "./exportPlan";
import { formatDate } from "./format";
import { extraFieldNames, fieldNames, messages, priorityNames, reasonNames, resolutionNames, stanceNames, statusNames } from "./messages";

/** Hex digits in groups of four: `3f9a1c2b7d4e` → "3f9a 1c2b 7d4e". */
export function groupDigits(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(" ");
}

/** The fingerprint as the documents print it: its first 12 digits in groups of four. */
export function shortFingerprint(fingerprint: string): string {
  return groupDigits(fingerprint.trim().toLowerCase().slice(0, 12));
}

/** The latest circulated version (by when it was circulated; the list's order breaks ties). */
export function latestVersion(versions: readonly VersionInfo[]): VersionInfo | null {
  let latest: VersionInfo | null = null;
  for (const version of versions) {
    if (latest === null || version.circulated_at >= latest.circulated_at) latest = version;
  }
  return latest;
}

/** Versions newest first, as the list shows them. */
export function newestFirst(versions: readonly VersionInfo[]): VersionInfo[] {
  return versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => b.version.circulated_at.localeCompare(a.version.circulated_at) || b.index - a.index)
    .map(({ version }) => version);
}

/** Whether `label` is taken in the workspace: labels are compared case-insensitively. */
export function labelTaken(versions: readonly VersionInfo[], label: string): boolean {
  const wanted = label.trim().toLocaleLowerCase("en");
  return versions.some((v) => v.label.toLocaleLowerCase("en") === wanted);
}

/** The changes since the latest circulated version, for the editor's "changed since" note. */
export interface ChangedSince {
  label: string;
  report: VersionDiff;
}

/** One item's changes (or the workspace's, for `null`). */
export function changesFor(report: VersionDiff | null, item: string | null): Change[] {
  return report ? report.changes.filter((change) => change.item === item) : [];
}

export interface ChangeGroup {
  /** The item, or null for the workspace's own properties. */
  item: string | null;
  changes: Change[];
}

/** The changes grouped: the workspace's first, then each item in the report's order. */
export function groupChanges(report: VersionDiff | null): ChangeGroup[] {
  const groups = new Map<string | null, Change[]>();
  groups.set(null, []);
  for (const change of report?.changes ?? []) {
    const list = groups.get(change.item);
    if (list) list.push(change);
    else groups.set(change.item, [change]);
  }
  return [...groups.entries()].filter(([, changes]) => changes.length > 0).map(([item, changes]) => ({ item, changes }));
}

/** How many items changed (the workspace's own properties not counted). */
export function changedItemCount(report: VersionDiff | null): number {
  return new Set((report?.changes ?? []).map((c) => c.item).filter((item) => item !== null)).size;
}

/** A diff field as the window names it: `position.LCA.s1` → "Position of LCA, session s1" (as the annex does). */
export function fieldLabel(field: string): string {
  const position = /^position\.([^.]+)\.(.+)$/.exec(field);
  if (position) return messages.positionField(position[1] ?? "", position[2] ?? "");
  return fieldNames[field] ?? (extraFieldNames as Readonly<Record<string, string>>)[field] ?? field;
}

type Labels = Readonly<Record<string, string>>;

function named(labels: Labels, value: string): string {
  return labels[value] ?? value;
}

/** A diff value as the window shows it: value-set codes by their names, dates written out, "—" for nothing. */
export function valueText(field: string, value: string | null): string {
  if (value === null || value === "") return "—";
  if (field === "status") return named(statusNames, value);
  if (field === "reason") return named(reasonNames, value);
  if (field === "priority") return named(priorityNames, value);
  if (field === "resolution") return named(resolutionNames, value);
  if (field.startsWith("position.")) {
    // "oppose" or "oppose: the note", as the history writes a position.
    const at = value.indexOf(": ");
    return at < 0 ? named(stanceNames, value) : `${named(stanceNames, value.slice(0, at))}: ${value.slice(at + 2)}`;
  }
  if (field === "support" || field === "authorities") return value.split(",").join(", ");
  if (field === "selected") return value === "yes" ? messages.valueSelected : value === "no" ? messages.valueNotSelected : value;
  if (field === "due" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value;
}

/** The file a version's stored draft is saved as: `Lesotho-2025-version-0.2.docx`. */
export function versionFileName(workspace: string, label: string, format: ExportFormat): string {
  return `${safeName(workspace)}-version-${safeName(label)}.${format}`;
}

/** The redline's file: `Lesotho-2025-changes-since-0.2-2026-12-02.pdf`. */
export function redlineFileName(workspace: string, label: string, date: string, format: ExportFormat): string {
  return `${safeName(workspace)}-changes-since-${safeName(label)}-${date}.${format}`;
}

export interface PageSetupView {
  width_mm: number;
  height_mm: number;
  margins: { top_mm: number; right_mm: number; bottom_mm: number; left_mm: number };
}

const paperSizes: ReadonlyArray<readonly [string, number, number]> = [
  ["A4", 210, 297],
  ["A5", 148, 210],
  ["A3", 297, 420],
  ["Letter", 215.9, 279.4],
  ["Legal", 215.9, 355.6],
];

const mm = (n: number): string => `${Math.round(n * 10) / 10}`;

/** "A4 portrait, 210 × 297 mm"; an unnamed size is given in millimetres only. */
export function pageSizeText(width: number, height: number): string {
  const close = (a: number, b: number): boolean => Math.abs(a - b) < 1.5;
  const orientation = width > height ? "landscape" : "portrait";
  const [short, long] = width > height ? [height, width] : [width, height];
  const name = paperSizes.find(([, w, h]) => close(w, short) && close(h, long))?.[0];
  const size = `${mm(width)} × ${mm(height)} mm`;
  return name ? `${name} ${orientation}, ${size}` : size;
}

/** "top 25, right 20, bottom 25, left 20 mm". */
export function marginsText(margins: PageSetupView["margins"]): string {
  return `top ${mm(margins.top_mm)}, right ${mm(margins.right_mm)}, bottom ${mm(margins.bottom_mm)}, left ${mm(margins.left_mm)} mm`;
}

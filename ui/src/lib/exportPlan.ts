// Which files an export writes: one per format, named after the workspace and the date.

import type { ExportFormat } from "../api/bindings";

export type FormatChoice = "docx" | "pdf" | "both";

export function formatsOf(choice: FormatChoice): ExportFormat[] {
  return choice === "both" ? ["docx", "pdf"] : [choice];
}

/** A file name made of safe characters: "Lesotho 2025" → "Lesotho-2025". */
export function safeName(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return cleaned === "" ? "workspace" : cleaned.slice(0, 80);
}

export function draftFileName(workspace: string, date: string, format: ExportFormat): string {
  return `${safeName(workspace)}-draft-${date}.${format}`;
}

/** `path` with its extension replaced by (or given) `.format`. */
export function withExtension(path: string, format: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dot = path.lastIndexOf(".");
  const stem = dot > slash + 1 ? path.slice(0, dot) : path;
  return `${stem}.${format}`;
}

/** Joins a folder and a file name with the folder's own separator. */
export function joinPath(folder: string, file: string): string {
  const separator = folder.includes("\\") && !folder.includes("/") ? "\\" : "/";
  return folder.endsWith(separator) ? folder + file : folder + separator + file;
}

/** The folder part of a path, for "saved in …". */
export function folderOf(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return slash <= 0 ? path.slice(0, slash + 1) : path.slice(0, slash);
}

// Types the core has but does not generate into bindings.ts yet (crates/adopt-core/tests/
// bindings.rs does not list them), written as the core declares them; and what the properties
// dialog shows of a reference document, of which the core reports only the file name so far.

/** `Verification` and `VerifyStatus` of crates/adopt-core/src/verify.rs. */
export type VerifyStatus = "match" | "edited" | "working-draft" | "unknown";

export type Verification = {
  file: string;
  /** The workspace id the file names, when this database has it. */
  workspace: string | null;
  /** The version label; `null` for a working draft or an unknown file. */
  version: string | null;
  /** The fingerprint the file carries (64 hex digits), if any. */
  fingerprint: string | null;
  status: VerifyStatus;
  /** Items whose clause no longer matches the stored text, in document order. */
  changed_clauses: Array<string>;
  /** Why the status is what it is, in words. */
  detail: string;
};

export type PageMargins = { top_mm: number; right_mm: number; bottom_mm: number; left_mm: number };

export type ReferencePage = { width_mm: number; height_mm: number; margins: PageMargins };

/** A reference document: its file name, and what the core read from it (null: not reported). */
export type ReferenceDocInfo = {
  file_name: string;
  body_font: string | null;
  heading_font: string | null;
  page: ReferencePage | null;
};

// Types of the core's operations still to land (verifying a file, the reference document), as
// cli-contract.md §7 describes them, until they are generated into bindings.ts (then this file goes).

export type VerifyStatus = "match" | "edited" | "working-draft" | "unknown";

export type VerifyReport = {
  file: string;
  workspace: string | null;
  version: string | null;
  fingerprint: string | null;
  status: VerifyStatus;
  changed_clauses: Array<string>;
};

export type PageMargins = { top_mm: number; right_mm: number; bottom_mm: number; left_mm: number };

export type ReferenceDocInfo = {
  file_name: string;
  body_font: string | null;
  heading_font: string | null;
  page_width_mm: number;
  page_height_mm: number;
  margins: PageMargins;
};

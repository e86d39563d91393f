// The only module that talks to the backend. Each function is one Tauri command (see
// src-tauri/src/commands.rs); argument and result types come from the generated bindings.
// A refused command rejects with an AppError carrying the backend's {code, message}.

import { invoke } from "@tauri-apps/api/core";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type {
  CatalogGroup,
  Decision,
  DecisionPatch,
  ErrorCode,
  ExportFormat,
  HistoryEntry,
  NewWorkspace,
  Overview,
  Recommendation,
  RecommendationDetail,
  SelectionOutcome,
  SourceDocument,
  TemplateInfo,
  Workspace,
  WorkspaceDetail,
  WorkspaceProperties,
  WorkspaceSummary,
} from "./bindings";

export type * from "./bindings";

/** Whether a workspace is archived (hidden from the recent list unless asked for). */
export function isArchived(summary: WorkspaceSummary): boolean {
  return summary.archived;
}

/** `unexpected`: not a refusal from the core (IPC failure, a bug); the message is technical. */
export type AppErrorCode = ErrorCode | "unexpected";

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}

// A record over ErrorCode, so the type check fails when the core adds a code this list lacks.
const knownCodes: Record<ErrorCode, true> = {
  "invalid-input": true,
  "not-found": true,
  conflict: true,
  "stale-revision": true,
  storage: true,
  "export-failed": true,
};
const errorCodes = Object.keys(knownCodes) as ErrorCode[];

/** Turns whatever `invoke` rejected with into an AppError. */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason;
  if (typeof reason === "object" && reason !== null) {
    const { code, message } = reason as { code?: unknown; message?: unknown };
    if (typeof message === "string" && errorCodes.includes(code as ErrorCode)) {
      return new AppError(code as ErrorCode, message);
    }
    if (reason instanceof Error) return new AppError("unexpected", reason.message);
  }
  // Tauri rejects with a plain string for its own failures, e.g. a command the ACL denies.
  return new AppError("unexpected", typeof reason === "string" ? reason : String(reason));
}

/** Each command's arguments and result, as the Rust adapters declare them. */
interface Commands {
  catalog_list: { args: { group: CatalogGroup | null; search: string | null }; result: Recommendation[] };
  catalog_show: { args: { id: string }; result: RecommendationDetail };
  catalog_sources: { args: Record<string, never>; result: SourceDocument[] };
  workspace_list: { args: Record<string, never>; result: WorkspaceSummary[] };
  workspace_create: { args: { new: NewWorkspace }; result: Workspace };
  workspace_show: { args: { workspace: string }; result: WorkspaceDetail };
  select: { args: { workspace: string; ids: string[] }; result: SelectionOutcome };
  deselect: { args: { workspace: string; ids: string[]; force: boolean }; result: null };
  workspace_set: { args: { workspace: string; properties: WorkspaceProperties }; result: Workspace };
  workspace_duplicate: { args: { workspace: string; name: string }; result: Workspace };
  workspace_archive: { args: { workspace: string; archived: boolean }; result: null };
  workspace_export_file: { args: { workspace: string; path: string }; result: null };
  workspace_import_file: { args: { path: string }; result: Workspace };
  decide: {
    args: { workspace: string; id: string; patch: DecisionPatch; ifRevision: number | null };
    result: Decision;
  };
  restore_decision: { args: { workspace: string; id: string; to: Decision; ifRevision: number }; result: Decision };
  history: { args: { workspace: string; item: string | null }; result: HistoryEntry[] };
  history_export_csv: { args: { workspace: string; path: string }; result: null };
  overview: { args: { workspace: string }; result: Overview };
  template_list: { args: Record<string, never>; result: TemplateInfo[] };
  export_draft: {
    args: { workspace: string; format: ExportFormat; template: string | null; path: string };
    result: null;
  };
  reveal_export: { args: { path: string }; result: null };
  dialog_folder_override: { args: Record<string, never>; result: string | null };
}

async function call<C extends keyof Commands>(command: C, args: Commands[C]["args"]): Promise<Commands[C]["result"]> {
  try {
    return await invoke<Commands[C]["result"]>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

export const catalogList = (group: CatalogGroup | null, search: string | null): Promise<Recommendation[]> =>
  call("catalog_list", { group, search });

export const catalogShow = (id: string): Promise<RecommendationDetail> => call("catalog_show", { id });

export const catalogSources = (): Promise<SourceDocument[]> => call("catalog_sources", {});

export const workspaceList = (): Promise<WorkspaceSummary[]> => call("workspace_list", {});

export const workspaceCreate = (workspace: NewWorkspace): Promise<Workspace> =>
  call("workspace_create", { new: workspace });

export const workspaceShow = (workspace: string): Promise<WorkspaceDetail> => call("workspace_show", { workspace });

export const select = (workspace: string, ids: string[]): Promise<SelectionOutcome> =>
  call("select", { workspace, ids });

export const deselect = async (workspace: string, ids: string[], force: boolean): Promise<void> => {
  await call("deselect", { workspace, ids, force });
};

export const workspaceSet = (workspace: string, properties: WorkspaceProperties): Promise<Workspace> =>
  call("workspace_set", { workspace, properties });

export const workspaceDuplicate = (workspace: string, name: string): Promise<Workspace> =>
  call("workspace_duplicate", { workspace, name });

export const workspaceArchive = async (workspace: string, archived: boolean): Promise<void> => {
  await call("workspace_archive", { workspace, archived });
};

export const workspaceExportFile = async (workspace: string, path: string): Promise<void> => {
  await call("workspace_export_file", { workspace, path });
};

export const workspaceImportFile = (path: string): Promise<Workspace> => call("workspace_import_file", { path });

export const decide = (
  workspace: string,
  id: string,
  patch: DecisionPatch,
  ifRevision: number | null,
): Promise<Decision> => call("decide", { workspace, id, patch, ifRevision });

export const restoreDecision = (workspace: string, id: string, to: Decision, ifRevision: number): Promise<Decision> =>
  call("restore_decision", { workspace, id, to, ifRevision });

export const history = (workspace: string, item: string | null): Promise<HistoryEntry[]> =>
  call("history", { workspace, item });

export const historyExportCsv = async (workspace: string, path: string): Promise<void> => {
  await call("history_export_csv", { workspace, path });
};

export const overview = (workspace: string): Promise<Overview> => call("overview", { workspace });

export const templateList = (): Promise<TemplateInfo[]> => call("template_list", {});

export const exportDraft = async (
  workspace: string,
  format: ExportFormat,
  template: string | null,
  path: string,
): Promise<void> => {
  await call("export_draft", { workspace, format, template, path });
};

/** Shows a draft this window exported in the file manager. */
export const revealExport = async (path: string): Promise<void> => {
  await call("reveal_export", { path });
};

// --- file dialogs -----------------------------------------------------------------------
// Native save and open dialogs (the dialog plugin). With DFS_ADOPT_EXPORT_DIR set, the app
// answers them itself with that folder: WebDriver cannot drive a native dialog.

let folderOverride: Promise<string | null> | null = null;
function dialogFolder(): Promise<string | null> {
  folderOverride ??= call("dialog_folder_override", {}).catch(() => null);
  return folderOverride;
}

function join(folder: string, file: string): string {
  return folder.endsWith("/") ? folder + file : `${folder}/${file}`;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Asks where to save `defaultName`; null when the user cancels. */
export async function chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null> {
  const folder = await dialogFolder();
  if (folder !== null) return join(folder, defaultName);
  try {
    return await saveDialog({ defaultPath: defaultName, filters });
  } catch (reason) {
    throw toAppError(reason);
  }
}

/**
 * Asks which file to open; null when the user cancels. Without a dialog, it is the file
 * `testName` in the override folder (where a test put it).
 */
export async function chooseOpenPath(filters: FileFilter[], testName: string): Promise<string | null> {
  const folder = await dialogFolder();
  if (folder !== null) return join(folder, testName);
  try {
    const picked = await openDialog({ multiple: false, directory: false, filters });
    return typeof picked === "string" ? picked : null;
  } catch (reason) {
    throw toAppError(reason);
  }
}

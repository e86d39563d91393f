// The only module that talks to the backend. Each function is one Tauri command (see
// src-tauri/src/commands.rs); argument and result types come from the generated bindings.
// A refused command rejects with an AppError carrying the backend's {code, message}.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type {
  ActionInput,
  ActionItem,
  AgendaOrder,
  AgendaSlot,
  BaselineAnswer,
  CatalogGroup,
  Decision,
  DecisionPatch,
  Discussion,
  ErrorCode,
  ExportFormat,
  Finding,
  GapOverview,
  HistoryEntry,
  Language,
  NewWorkspace,
  Overview,
  PositionChange,
  PositionInput,
  Recommendation,
  RecommendationDetail,
  ResolutionInput,
  ResolveOutcome,
  SelectionOutcome,
  Session,
  SessionDraft,
  SourceDocument,
  Suggestion,
  SurveyImport,
  TemplateInfo,
  VersionDetail,
  VersionDiff,
  VersionInfo,
  Workspace,
  WorkspaceDetail,
  WorkspaceProperties,
  WorkspaceSummary,
} from "./bindings";
import type { Disposition, ReferenceDocInfo, ReviewComment, ReviewImportReport, Verification } from "./bindings";
import type { ConflictView, SyncExport, SyncImportReport } from "./bindings";

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
  interface_language_set: { args: { language: "en" | "fr" }; result: null };
  catalog_list: { args: { group: CatalogGroup | null; search: string | null }; result: Recommendation[] };
  catalog_show: { args: { id: string }; result: RecommendationDetail };
  catalog_sources: { args: Record<string, never>; result: SourceDocument[] };
  workspace_list: { args: Record<string, never>; result: WorkspaceSummary[] };
  workspace_create: { args: { new: NewWorkspace; language: Language }; result: Workspace };
  workspace_show: { args: { workspace: string }; result: WorkspaceDetail };
  select: { args: { workspace: string; ids: string[] }; result: SelectionOutcome };
  deselect: { args: { workspace: string; ids: string[]; force: boolean }; result: null };
  workspace_set: { args: { workspace: string; properties: WorkspaceProperties }; result: Workspace };
  workspace_duplicate: { args: { workspace: string; name: string }; result: Workspace };
  workspace_archive: { args: { workspace: string; archived: boolean }; result: null };
  workspace_export: { args: { workspace: string; path: string }; result: null };
  workspace_import: { args: { path: string }; result: Workspace };
  demo_open: { args: Record<string, never>; result: Workspace };
  decide: {
    args: { workspace: string; id: string; patch: DecisionPatch; ifRevision: number | null };
    result: Decision;
  };
  decision_restore: { args: { workspace: string; id: string; to: Decision; ifRevision: number }; result: Decision };
  history: { args: { workspace: string; item: string | null }; result: HistoryEntry[] };
  history_csv: { args: { workspace: string; path: string }; result: null };
  overview: { args: { workspace: string }; result: Overview };
  template_list: { args: Record<string, never>; result: TemplateInfo[] };
  export_draft: {
    args: { workspace: string; format: ExportFormat; template: string | null; compareTo: string | null; path: string };
    result: string[];
  };
  file_reveal: { args: { path: string }; result: null };
  dialog_folder_override: { args: Record<string, never>; result: string | null };
  survey_template: { args: { workspace: string; all: boolean; path: string }; result: null };
  survey_preview: { args: { workspace: string; path: string; authority: string | null }; result: SurveyImport };
  survey_import: { args: { workspace: string; path: string; authority: string | null }; result: SurveyImport };
  baseline: { args: { workspace: string }; result: BaselineAnswer[] };
  suggestions: { args: { workspace: string }; result: Suggestion[] };
  gap_overview: { args: { workspace: string }; result: GapOverview };
  check: { args: { workspace: string; date: string | null }; result: Finding[] };
  session_create: { args: { workspace: string; draft: SessionDraft }; result: Session };
  session_update: { args: { workspace: string; session: string; draft: SessionDraft }; result: Session };
  session_list: { args: { workspace: string }; result: Session[] };
  discussion_show: { args: { workspace: string }; result: Discussion };
  agenda_set: {
    args: { workspace: string; session: string | null; order: AgendaOrder; slots: AgendaSlot[] };
    result: Session;
  };
  session_set_current: { args: { workspace: string; session: string; item: string | null }; result: Session };
  session_park: { args: { workspace: string; session: string; item: string; reason: string | null }; result: Session };
  position_record: {
    args: { workspace: string; item: string; position: PositionInput; session: string | null };
    result: PositionChange;
  };
  position_clear: { args: { workspace: string; item: string; authority: string; session: string }; result: null };
  resolve: {
    args: { workspace: string; item: string; resolution: ResolutionInput; session: string | null };
    result: ResolveOutcome;
  };
  resolution_withdraw: { args: { workspace: string; item: string }; result: Decision };
  action_add: { args: { workspace: string; item: string; action: ActionInput; session: string | null }; result: ActionItem };
  action_remove: { args: { workspace: string; id: string }; result: null };
  note_set: { args: { workspace: string; item: string; session: string; note: string | null }; result: null };
  session_anonymise: { args: { workspace: string }; result: number };
  export_minutes: {
    args: { workspace: string; session: string; format: ExportFormat; path: string };
    result: null;
  };
  room_view_open: { args: { workspace: string; session: string }; result: null };
  room_view_close: { args: Record<string, never>; result: null };
  version_circulate: {
    args: { workspace: string; label: string | null; note: string | null; date: string | null };
    result: VersionInfo;
  };
  version_list: { args: { workspace: string }; result: VersionInfo[] };
  version_show: { args: { workspace: string; label: string }; result: VersionDetail };
  export_version: { args: { workspace: string; label: string; format: ExportFormat; path: string }; result: null };
  version_verify: { args: { path: string }; result: Verification };
  diff: { args: { workspace: string; from: string; to: string | null }; result: VersionDiff };
  reference_doc_show: { args: { workspace: string }; result: ReferenceDocInfo | null };
  reference_doc_set: { args: { workspace: string; path: string }; result: ReferenceDocInfo };
  reference_doc_clear: { args: { workspace: string }; result: null };
  review_import: {
    args: { workspace: string; path: string; reviewer: string | null; organisation: string | null; dryRun: boolean };
    result: ReviewImportReport;
  };
  review_list: { args: { workspace: string; item: string | null; open: boolean }; result: ReviewComment[] };
  review_respond: {
    args: { workspace: string; comment: string; disposition: Disposition; response: string | null; apply: boolean };
    result: ReviewComment;
  };
  sync_export: { args: { workspace: string; path: string }; result: SyncExport };
  sync_import: { args: { path: string; dryRun: boolean }; result: SyncImportReport };
  conflicts_list: { args: { workspace: string }; result: ConflictView[] };
  conflicts_resolve: {
    args: { workspace: string; conflict: string; keep: number | null; value: string | null };
    result: string;
  };
}

async function call<C extends keyof Commands>(command: C, args: Commands[C]["args"]): Promise<Commands[C]["result"]> {
  try {
    return await invoke<Commands[C]["result"]>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

/** Tells the backend the interface language, so its errors come in it. */
export const interfaceLanguageSet = (language: "en" | "fr"): Promise<null> =>
  call("interface_language_set", { language });

export const catalogList = (group: CatalogGroup | null, search: string | null): Promise<Recommendation[]> =>
  call("catalog_list", { group, search });

export const catalogShow = (id: string): Promise<RecommendationDetail> => call("catalog_show", { id });

export const catalogSources = (): Promise<SourceDocument[]> => call("catalog_sources", {});

export const workspaceList = (): Promise<WorkspaceSummary[]> => call("workspace_list", {});

/** `language` is the language of the workspace's documents; the core checks the template writes it. */
export const workspaceCreate = (workspace: NewWorkspace, language: Language): Promise<Workspace> =>
  call("workspace_create", { new: workspace, language });

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

export const workspaceExport = async (workspace: string, path: string): Promise<void> => {
  await call("workspace_export", { workspace, path });
};

export const workspaceImport = (path: string): Promise<Workspace> => call("workspace_import", { path });

/** Creates the worked Lesotho example ("Demo — Lesotho 2025") in the user's database. */
export const demoOpen = (): Promise<Workspace> => call("demo_open", {});

export const decide = (
  workspace: string,
  id: string,
  patch: DecisionPatch,
  ifRevision: number | null,
): Promise<Decision> => call("decide", { workspace, id, patch, ifRevision });

export const decisionRestore = (workspace: string, id: string, to: Decision, ifRevision: number): Promise<Decision> =>
  call("decision_restore", { workspace, id, to, ifRevision });

export const history = (workspace: string, item: string | null): Promise<HistoryEntry[]> =>
  call("history", { workspace, item });

export const historyCsv = async (workspace: string, path: string): Promise<void> => {
  await call("history_csv", { workspace, path });
};

export const overview = (workspace: string): Promise<Overview> => call("overview", { workspace });

export const templateList = (): Promise<TemplateInfo[]> => call("template_list", {});

/**
 * Writes the draft in the workspace's house style; with `compareTo` (a version's label), the
 * redline of the changes since it. Answers notes on a PDF in the house style (fonts drawn with others).
 */
export const exportDraft = (
  workspace: string,
  format: ExportFormat,
  template: string | null,
  path: string,
  compareTo: string | null = null,
): Promise<string[]> => call("export_draft", { workspace, format, template, compareTo, path });

/** Shows a draft this window exported in the file manager. */
export const fileReveal = async (path: string): Promise<void> => {
  await call("file_reveal", { path });
};

// --- the gap-analysis survey and the completeness check ----------------------------------

/** Writes the survey to fill in; XLSX or CSV by the path's extension. `all`: the whole catalog. */
export const surveyTemplate = async (workspace: string, all: boolean, path: string): Promise<void> => {
  await call("survey_template", { workspace, all, path });
};

/** What importing the survey file at `path` would change, or its bad rows; writes nothing. */
export const surveyPreview = (workspace: string, path: string, authority: string | null): Promise<SurveyImport> =>
  call("survey_preview", { workspace, path, authority });

/** Imports the survey last previewed from `path` (all or nothing). */
export const surveyImport = (workspace: string, path: string, authority: string | null): Promise<SurveyImport> =>
  call("survey_import", { workspace, path, authority });

export const baseline = (workspace: string): Promise<BaselineAnswer[]> => call("baseline", { workspace });

/** Open items the baseline suggests a decision for; nothing is decided by asking. */
export const suggestions = (workspace: string): Promise<Suggestion[]> => call("suggestions", { workspace });

export const gapOverview = (workspace: string): Promise<GapOverview> => call("gap_overview", { workspace });

/** The completeness check against the document date (`YYYY-MM-DD`; today when null). */
export const check = (workspace: string, date: string | null): Promise<Finding[]> => call("check", { workspace, date });

// --- the open discussion ----------------------------------------------------------------

export const sessionCreate = (workspace: string, draft: SessionDraft): Promise<Session> =>
  call("session_create", { workspace, draft });

export const sessionUpdate = (workspace: string, session: string, draft: SessionDraft): Promise<Session> =>
  call("session_update", { workspace, session, draft });

export const sessionList = (workspace: string): Promise<Session[]> => call("session_list", { workspace });

export const discussionShow = (workspace: string): Promise<Discussion> => call("discussion_show", { workspace });

export const agendaSet = (workspace: string, session: string, order: AgendaOrder, slots: AgendaSlot[]): Promise<Session> =>
  call("agenda_set", { workspace, session, order, slots });

/** Moves the facilitator (and the room view) to an item, or to none. */
export const sessionSetCurrent = (workspace: string, session: string, item: string | null): Promise<Session> =>
  call("session_set_current", { workspace, session, item });

/** Parks an agenda item with a reason; a null reason takes it back onto the agenda. */
export const sessionPark = (workspace: string, session: string, item: string, reason: string | null): Promise<Session> =>
  call("session_park", { workspace, session, item, reason });

export const positionRecord = (
  workspace: string,
  session: string,
  item: string,
  position: PositionInput,
): Promise<PositionChange> => call("position_record", { workspace, item, position, session });

export const positionClear = async (workspace: string, session: string, item: string, authority: string): Promise<void> => {
  await call("position_clear", { workspace, item, authority, session });
};

export const resolve = (
  workspace: string,
  session: string,
  item: string,
  resolution: ResolutionInput,
): Promise<ResolveOutcome> => call("resolve", { workspace, item, resolution, session });

/** Takes back an item's latest resolution and the status it set. */
export const resolutionWithdraw = (workspace: string, item: string): Promise<Decision> =>
  call("resolution_withdraw", { workspace, item });

export const actionAdd = (workspace: string, session: string, item: string, action: ActionInput): Promise<ActionItem> =>
  call("action_add", { workspace, item, action, session });

export const actionRemove = async (workspace: string, id: string): Promise<void> => {
  await call("action_remove", { workspace, id });
};

/** Sets the minute note on an item; null (or empty) removes it. */
export const noteSet = async (workspace: string, session: string, item: string, note: string | null): Promise<void> => {
  await call("note_set", { workspace, item, session, note });
};

/** Replaces participants' names by their organisations; returns how many were removed. */
export const sessionAnonymise = (workspace: string): Promise<number> => call("session_anonymise", { workspace });

export const exportMinutes = async (workspace: string, session: string, format: ExportFormat, path: string): Promise<void> => {
  await call("export_minutes", { workspace, session, format, path });
};

// --- circulated versions and the reference document ----------------------------------------

/** Freezes the workspace as it stands under a label (default: its document version). */
export const versionCirculate = (
  workspace: string,
  label: string | null,
  note: string | null,
  date: string | null = null,
): Promise<VersionInfo> => call("version_circulate", { workspace, label, note, date });

export const versionList = (workspace: string): Promise<VersionInfo[]> => call("version_list", { workspace });

export const versionShow = (workspace: string, label: string): Promise<VersionDetail> =>
  call("version_show", { workspace, label });

/** Writes the file stored when the version was circulated, byte for byte. */
export const exportVersion = async (workspace: string, label: string, format: ExportFormat, path: string): Promise<void> => {
  await call("export_version", { workspace, label, format, path });
};

/** Which workspace and version a DOCX or PDF is, and which clauses someone changed. */
export const versionVerify = (path: string): Promise<Verification> => call("version_verify", { path });

/** Every change between two versions, or between a version and now (`to` null). */
export const diff = (workspace: string, from: string, to: string | null): Promise<VersionDiff> =>
  call("diff", { workspace, from, to });

/** The workspace's reference document (house style): name, fonts, page; null when it has none. */
export const referenceDocShow = (workspace: string): Promise<ReferenceDocInfo | null> =>
  call("reference_doc_show", { workspace });

/** Stores the .docx at `path` as the workspace's reference document; a refused file changes nothing. */
export const referenceDocSet = (workspace: string, path: string): Promise<ReferenceDocInfo> =>
  call("reference_doc_set", { workspace, path });

export const referenceDocClear = async (workspace: string): Promise<void> => {
  await call("reference_doc_clear", { workspace });
};

// --- reviewers' comments (contract §8) -----------------------------------------------------

/**
 * Imports a reviewer's DOCX; with `dryRun`, says what would be attached where and writes nothing.
 * The counts are the contract's `review import --json`; the source version and notes come beside them.
 */
export const reviewImport = (
  workspace: string,
  path: string,
  reviewer: string | null,
  organisation: string | null,
  dryRun: boolean,
): Promise<ReviewImportReport> => call("review_import", { workspace, path, reviewer, organisation, dryRun });

/** The reviewers' comments of the workspace, or of one item; `open`: without a disposition yet. */
export const reviewList = (workspace: string, item: string | null, open: boolean): Promise<ReviewComment[]> =>
  call("review_list", { workspace, item, open });

/** Answers a comment; with `apply`, its change becomes the item's national wording. */
export const reviewRespond = (
  workspace: string,
  comment: string,
  disposition: Disposition,
  response: string | null,
  apply: boolean,
): Promise<ReviewComment> => call("review_respond", { workspace, comment, disposition, response, apply });

// --- laptops in sync (contract §9) ---------------------------------------------------------
/** Saves the workspace as a `.dfs-sync` bundle for another laptop. */
export const syncExport = (workspace: string, path: string): Promise<SyncExport> =>
  call("sync_export", { workspace, path });

/** Merges a bundle from another laptop; with `dryRun`, says what would change and writes nothing. */
export const syncImport = (path: string, dryRun: boolean): Promise<SyncImportReport> => call("sync_import", { path, dryRun });

/** The workspace's unresolved conflicts. */
export const conflictsList = (workspace: string): Promise<ConflictView[]> => call("conflicts_list", { workspace });

/** Settles a conflict by keeping its `keep`th value (from 1); answers the value kept. */
export const conflictsKeep = (workspace: string, conflict: string, keep: number): Promise<string> =>
  call("conflicts_resolve", { workspace, conflict, keep, value: null });

// --- the room view ------------------------------------------------------------------------
// A second window for the projector (src-tauri/src/room.rs). It follows the facilitator:
// every change sends it a notice, and it reads the discussion again.

/** Opens the room view on a session, or moves the open one to it. */
export const roomViewOpen = async (workspace: string, session: string): Promise<void> => {
  await call("room_view_open", { workspace, session });
};

export const roomViewClose = async (): Promise<void> => {
  await call("room_view_close", {});
};

/** Calls `handler` when the room view opens (true) or closes (false); returns the unsubscriber. */
export async function onRoomView(handler: (open: boolean) => void): Promise<() => void> {
  return listen<boolean>("room-view", (event) => handler(event.payload), {
    target: { kind: "WebviewWindow", label: "main" },
  });
}

/** A notice to the room: what it shows, and the notice's number (`[workspace, session, seq]`). */
export type RoomNotice = readonly [string, string, number];

/** In the room view: calls `handler` on every notice; returns the unsubscriber. */
export async function onDiscussionChanged(handler: (notice: RoomNotice) => void): Promise<() => void> {
  return listen<RoomNotice>("discussion-changed", (event) => handler(event.payload), {
    target: { kind: "WebviewWindow", label: "room" },
  });
}

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

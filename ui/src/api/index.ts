// The only module that talks to the backend. Each function is one Tauri command (see
// src-tauri/src/commands.rs); argument and result types come from the generated bindings.
// A refused command rejects with an AppError carrying the backend's {code, message}.

import { invoke } from "@tauri-apps/api/core";
import type {
  CatalogGroup,
  ErrorCode,
  NewWorkspace,
  Recommendation,
  RecommendationDetail,
  SelectionOutcome,
  Workspace,
  WorkspaceDetail,
  WorkspaceSummary,
} from "./bindings";

export type * from "./bindings";

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
  workspace_list: { args: Record<string, never>; result: WorkspaceSummary[] };
  workspace_create: { args: { new: NewWorkspace }; result: Workspace };
  workspace_show: { args: { workspace: string }; result: WorkspaceDetail };
  select: { args: { workspace: string; ids: string[] }; result: SelectionOutcome };
  deselect: { args: { workspace: string; ids: string[]; force: boolean }; result: null };
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

export const workspaceList = (): Promise<WorkspaceSummary[]> => call("workspace_list", {});

export const workspaceCreate = (workspace: NewWorkspace): Promise<Workspace> =>
  call("workspace_create", { new: workspace });

export const workspaceShow = (workspace: string): Promise<WorkspaceDetail> => call("workspace_show", { workspace });

export const select = (workspace: string, ids: string[]): Promise<SelectionOutcome> =>
  call("select", { workspace, ids });

export const deselect = async (workspace: string, ids: string[], force: boolean): Promise<void> => {
  await call("deselect", { workspace, ids, force });
};

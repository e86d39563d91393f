// The new-workspace form as plain data, and how it becomes a NewWorkspace. The core checks
// every rule (codes, duplicates, lengths, a taken name); the form only leaves out rows the
// user left blank and catches the one case the core would explain in command-line words.

import type { AuthorityKind, NewWorkspace } from "../api/bindings";
import { messages } from "./messages";

/** The template a new workspace starts with: the core's default (the first built-in one). */
export const DEFAULT_TEMPLATE = "joint-directive";

export interface AuthorityRow {
  code: string;
  name: string;
  kind: AuthorityKind;
}

export interface WorkspaceForm {
  name: string;
  jurisdiction: string;
  authorities: AuthorityRow[];
  template: string;
}

export { authorityKinds } from "../api/values";

export function emptyAuthority(kind: AuthorityKind = "telecom-regulator"): AuthorityRow {
  return { code: "", name: "", kind };
}

/** A fresh form: one telecom regulator and one central bank, the usual pair. */
export function emptyForm(): WorkspaceForm {
  return {
    name: "",
    jurisdiction: "",
    authorities: [emptyAuthority("telecom-regulator"), emptyAuthority("central-bank")],
    template: DEFAULT_TEMPLATE,
  };
}

function isBlank(row: AuthorityRow): boolean {
  return row.code.trim() === "" && row.name.trim() === "";
}

/** What to send to `workspace_create`: rows left completely blank are dropped. */
export function toNewWorkspace(form: WorkspaceForm): NewWorkspace {
  return {
    name: form.name,
    jurisdiction: form.jurisdiction,
    authorities: form.authorities.filter((row) => !isBlank(row)).map((row) => ({ ...row })),
    template: form.template.trim() === "" ? DEFAULT_TEMPLATE : form.template,
  };
}

/** A problem to show before asking the core, or null to let the core decide. */
export function formProblem(form: WorkspaceForm): string | null {
  return form.authorities.every(isBlank) ? messages.needOneAuthority : null;
}

/** The last row stays, so the form always offers a place for one authority. */
export function canRemoveAuthority(form: WorkspaceForm): boolean {
  return form.authorities.length > 1;
}

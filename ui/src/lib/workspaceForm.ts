// The new-workspace form as plain data, and how it becomes a NewWorkspace. The core checks
// every rule (codes, duplicates, lengths, a taken name); the form only leaves out rows the
// user left blank and catches the one case the core would explain in command-line words.

import type { AuthorityKind, Language, NewWorkspace, TemplateInfo } from "../api/bindings";
import { messages } from "./messages";

/** The template a new workspace starts with: the core's default (the first built-in one). */
export const DEFAULT_TEMPLATE = "joint-directive";

/**
 * The template a workspace whose documents are in each language starts with, as the core's
 * `default_template_in` gives it; used before the template list has arrived.
 */
export const DEFAULT_TEMPLATES: Readonly<Record<Language, string>> = {
  en: DEFAULT_TEMPLATE,
  fr: "directive-conjointe",
};

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
  /** The language of the workspace's documents, whatever the interface language. */
  language: Language;
}

export { authorityKinds } from "../api/values";

export function emptyAuthority(kind: AuthorityKind = "telecom-regulator"): AuthorityRow {
  return { code: "", name: "", kind };
}

/**
 * A fresh form: one telecom regulator and one central bank, the usual pair, the documents in
 * `language` (the interface language, unless the user chooses otherwise).
 */
export function emptyForm(language: Language = "en"): WorkspaceForm {
  return {
    name: "",
    jurisdiction: "",
    authorities: [emptyAuthority("telecom-regulator"), emptyAuthority("central-bank")],
    template: DEFAULT_TEMPLATES[language],
    language,
  };
}

/** The templates a workspace whose documents are in `language` may use. */
export function templatesIn(templates: readonly TemplateInfo[], language: Language): TemplateInfo[] {
  return templates.filter((t) => t.language === language);
}

/**
 * The template a workspace keeps when its documents change to `language`: the same one when it
 * writes that language (or is not a built-in one: the core then says what is wrong), else its
 * counterpart, else the language's default.
 */
export function templateFor(current: string, language: Language, templates: readonly TemplateInfo[]): string {
  // Before the list has arrived, one language's default stands for the other's.
  if (templates.length === 0) return Object.values(DEFAULT_TEMPLATES).includes(current) ? DEFAULT_TEMPLATES[language] : current;
  const info = templates.find((t) => t.name === current);
  if (!info || info.language === language) return current;
  const counterpart = templates.find((t) => t.name === info.counterpart && t.language === language);
  return counterpart?.name ?? templatesIn(templates, language)[0]?.name ?? current;
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

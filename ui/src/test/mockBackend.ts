// An in-memory stand-in for the Tauri backend, for UI tests in a browser (mockIPC). It keeps
// to the core's contract where the UI depends on it: revisions, stale-revision refusals,
// {code, message} errors. Browser tests drive it through `window.__mock`.

import { mockIPC } from "@tauri-apps/api/mocks";
import type {
  BaselineAnswer,
  BaselineChange,
  Change,
  Decision,
  DecisionPatch,
  DecisionStatus,
  Finding,
  GapOverview,
  HistoryEntry,
  Language,
  NewWorkspace,
  Overview,
  Recommendation,
  RowProblem,
  SelectedItem,
  Suggestion,
  SurveyImport,
  VersionInfo,
  Workspace,
  WorkspaceProperties,
  WorkspaceSummary,
} from "../api/bindings";
import type { Disposition, ReferenceDocInfo, ReviewComment, TemplateInfo, Verification } from "../api/bindings";
import type { ConflictView, SyncImportReport } from "../api";
import { statuses } from "../lib/decisionForm";
import { groupOrder } from "../lib/catalog";
import { fileNameOf, surveyStatuses } from "../lib/survey";
import { decision, syntheticCatalog } from "./fixtures";
import { MockDiscussion, Refusal } from "./mockDiscussion";

/** The built-in templates as the core lists them, each with its counterpart in the other language. */
const TEMPLATES: TemplateInfo[] = [
  { name: "joint-directive", description: "Joint directive", instrument: "Joint Directive", language: "en", counterpart: "directive-conjointe" },
  { name: "guideline", description: "Guideline", instrument: "Guideline", language: "en", counterpart: "ligne-directrice" },
  { name: "directive-conjointe", description: "Directive conjointe contraignante de l’autorité de régulation des télécommunications et de la banque centrale", instrument: "Directive conjointe", language: "fr", counterpart: "joint-directive" },
  { name: "ligne-directrice", description: "Ligne directrice", instrument: "Ligne directrice", language: "fr", counterpart: "guideline" },
];

/** Refuses a template that writes the other language, naming its counterpart, as the core does. */
function checkTemplateLanguage(template: string, language: Language): void {
  const info = TEMPLATES.find((t) => t.name === template);
  if (info && info.language !== language) {
    const names = { en: "English", fr: "French" };
    throw new Refusal(
      "invalid-input",
      `the template ${template} writes documents in ${names[info.language as Language]}, but this workspace's documents are in ${names[language]}; use ${info.counterpart}`,
    );
  }
}

interface Stored {
  workspace: Workspace;
  archived: boolean;
  items: SelectedItem[];
  history: HistoryEntry[];
  discussion: MockDiscussion;
  baseline: BaselineAnswer[];
  versions: MockVersion[];
  /** The reference document's file name. */
  referenceDoc: ReferenceDocInfo | null;
  /** Reviewers' comments imported, in import order. */
  comments: ReviewComment[];
  /** Unresolved conflicts from merges, in the core's order. */
  conflicts: ConflictView[];
}

/** A circulated version: what the list shows, and the state it froze (for `diff`). */
interface MockVersion {
  info: VersionInfo;
  frozen: Frozen;
}

interface Frozen {
  workspace: Workspace;
  items: Map<string, Decision>;
}

/** A survey file as a test lays it out: its answers, or the problems the core would find. */
export interface MockSurveyFile {
  answers?: Array<Pick<BaselineAnswer, "item" | "authority" | "status"> & Partial<BaselineAnswer>>;
  problems?: RowProblem[];
}

/** A bundle as a test lays it out: the decision fields it sets and the conflicts it raises. */
export interface MockSyncFile {
  workspace: string;
  device: string;
  /** The workspace's name in the bundle: when this laptop lacks the workspace, it is created with it. */
  name?: string;
  /** Items selected in the bundle, for a workspace created here. */
  select?: string[];
  /** Decision fields the other laptop changed, which the merge writes here. */
  fields?: Array<{ item: string; field: "rationale" | "status"; value: string }>;
  conflicts?: ConflictView[];
}

export interface MockConfig {
  catalogSize?: number;
  /** Workspaces to start with: name and the ids selected in each. */
  workspaces?: Array<{ name: string; select: string[] }>;
}

/** A stand-in fingerprint: 64 hex digits that follow the frozen state (FNV-1a, eight rounds). */
function fakeFingerprint(text: string): string {
  let out = "";
  for (let round = 0; round < 8; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, "0");
  }
  return out;
}

/** A plain copy of a value the UI may hold as reactive state. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function installMockBackend(config: MockConfig = {}): MockBackend {
  const backend = new MockBackend(syntheticCatalog(config.catalogSize ?? 120));
  for (const ws of config.workspaces ?? []) {
    const created = backend.create({
      name: ws.name,
      jurisdiction: "Lesotho",
      template: "joint-directive",
      authorities: [
        { code: "LCA", name: "Lesotho Communications Authority", kind: "telecom-regulator" },
        { code: "CBL", name: "Central Bank of Lesotho", kind: "central-bank" },
      ],
    });
    backend.select(created.id, ws.select);
  }
  mockIPC((cmd, args) => backend.handle(cmd, (args ?? {}) as Record<string, unknown>));
  return backend;
}

export class MockBackend {
  readonly calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  readonly store = new Map<string, Stored>();
  /** The next call of this command fails with this {code, message}. */
  failNext: Record<string, { code: string; message: string }> = {};
  /** Survey files "on disk", by file name: what the open dialog's test file holds. */
  surveyFiles: Record<string, MockSurveyFile> = {};
  /** Files to verify "on disk", by file name: what `version_verify` reports for them. */
  verifyFiles: Record<string, Omit<Verification, "file">> = {};
  /** Reference documents "on disk", by file name, with why the core refuses one. */
  /** Reference documents the open dialog can choose: refused with a message, or read as `info`. */
  referenceFiles: Record<string, { refused?: string; info?: Omit<ReferenceDocInfo, "file_name"> }> = {};
  /** Reviewers' files "on disk", by file name: the entries the core would read from each. */
  reviewFiles: Record<string, ReviewComment[]> = {};
  /** Sync bundles "on disk", by file name: what merging each would do. */
  syncFiles: Record<string, MockSyncFile> = {};
  /** The bundles sent, by path. */
  readonly sent: string[] = [];
  private seq = 0;

  constructor(readonly catalog: Recommendation[]) {}

  handle(cmd: string, args: Record<string, unknown>): unknown {
    this.calls.push({ cmd, args });
    const failure = this.failNext[cmd];
    if (failure) {
      delete this.failNext[cmd];
      return Promise.reject(failure);
    }
    try {
      return Promise.resolve(this.run(cmd, args));
    } catch (error) {
      if (error instanceof Refusal) return Promise.reject({ code: error.code, message: error.message });
      throw error;
    }
  }

  private run(cmd: string, a: Record<string, unknown>): unknown {
    const ws = (): Stored => this.find(a.workspace as string);
    switch (cmd) {
      case "interface_language_set":
        return null;
      case "catalog_list": {
        const search = (a.search as string | null)?.toLowerCase() ?? null;
        return this.catalog.filter((item) => search === null || item.title.toLowerCase().includes(search));
      }
      case "catalog_show": {
        const item = this.catalog.find((i) => i.id === a.id);
        if (!item) throw new Refusal("not-found", `unknown recommendation "${String(a.id)}"`);
        return {
          ...item,
          sources: item.sources.map((s) => ({ ...s, title: `Document ${s.document}`, publisher: "ITU", year: "2021", url: "https://www.itu.int/" })),
        };
      }
      case "catalog_sources":
        return Array.from({ length: 22 }, (_, n) => ({
          id: `S${n + 1}`,
          title: `Source document ${n + 1}`,
          publisher: "ITU",
          year: "2021",
          url: "https://www.itu.int/",
        }));
      case "workspace_list":
        return [...this.store.values()].map((s) => this.summary(s));
      case "workspace_create":
        return this.create(a.new as NewWorkspace, (a.language as Language | null | undefined) ?? "en");
      case "demo_open":
        return this.create({
          name: "Demo — Lesotho 2025",
          jurisdiction: "Lesotho",
          authorities: [
            { code: "LCA", name: "Lesotho Communications Authority", kind: "telecom-regulator" },
            { code: "CBL", name: "Central Bank of Lesotho", kind: "central-bank" },
          ],
          template: "joint-directive",
        });
      case "workspace_show": {
        const s = ws();
        return { workspace: s.workspace, items: s.items };
      }
      case "workspace_set": {
        const s = ws();
        const p = a.properties as WorkspaceProperties;
        // As the core: a new language takes the built-in template to its counterpart, and the
        // template kept or chosen must write the workspace's language. Nothing changes on a refusal.
        const language = p.language ?? s.workspace.language;
        const followed =
          language !== s.workspace.language ? (TEMPLATES.find((t) => t.name === s.workspace.template)?.counterpart ?? null) : null;
        const template = p.template ?? followed ?? s.workspace.template;
        checkTemplateLanguage(template, language);
        if (p.name !== null) s.workspace.name = p.name;
        for (const key of ["doc_version", "reference", "prepared_by", "event"] as const) {
          if (p[key] !== null) s.workspace[key] = p[key] === "" ? null : p[key];
        }
        s.workspace.template = template;
        s.workspace.language = language;
        return s.workspace;
      }
      case "workspace_archive":
        ws().archived = a.archived as boolean;
        return null;
      case "select":
        return this.select(ws().workspace.id, a.ids as string[]);
      case "deselect": {
        const s = ws();
        const ids = a.ids as string[];
        const decided = s.items.find((i) => ids.includes(i.id) && i.decision.status !== "open");
        if (decided && !a.force) throw new Refusal("conflict", `${decided.id} is decided; deselect it anyway to drop the decision`);
        s.items = s.items.filter((i) => !ids.includes(i.id));
        return null;
      }
      case "decide":
        return this.decide(ws(), a.id as string, a.patch as DecisionPatch, a.ifRevision as number | null);
      case "decision_restore": {
        const to = a.to as Decision;
        const clear = (["reason", "rationale", "wording", "lead", "priority", "due"] as const).filter((f) => to[f] === null);
        return this.decide(
          ws(),
          a.id as string,
          { ...to, support: to.support.length ? to.support : null, clear: [...clear, ...(to.support.length ? [] : ["support" as const])] },
          a.ifRevision as number,
        );
      }
      case "history": {
        const s = ws();
        return s.history.filter((h) => a.item === null || h.item === a.item);
      }
      case "overview":
        return this.overview(ws());
      case "template_list":
        return TEMPLATES;
      case "dialog_folder_override":
        return "/tmp/dfs-adopt-ui-test";
      case "survey_template":
        if (!/\.(xlsx|csv)$/i.test(a.path as string)) {
          throw new Refusal("invalid-input", `${String(a.path)}: a survey is an .xlsx or a .csv file; name the file with one of these extensions`);
        }
        return null;
      case "survey_preview":
        return this.surveyReport(ws(), a.path as string, a.authority as string | null);
      case "survey_import": {
        const s = ws();
        const report = this.surveyReport(s, a.path as string, a.authority as string | null);
        if (report.problems.length > 0) {
          throw new Refusal("invalid-input", `nothing was imported: ${report.problems.length} problems in the survey`);
        }
        const at = new Date().toISOString();
        for (const change of report.changes) {
          change.new = { ...change.new, at, by: "tester" };
          s.baseline = [...s.baseline.filter((b) => !(b.item === change.item && b.authority === change.authority)), change.new];
        }
        return { ...report, applied: report.changes.length > 0 };
      }
      case "baseline":
        return ws().baseline;
      case "suggestions":
        return this.suggestions(ws());
      case "gap_overview":
        return this.gapOverview(ws());
      case "check":
        return this.check(ws(), (a.date as string | null) ?? "2026-11-25");
      case "version_circulate":
        return this.circulate(ws(), a.label as string | null, a.note as string | null, a.date as string | null);
      case "version_list":
        return ws().versions.map((v) => v.info);
      case "version_show": {
        const v = this.version(ws(), a.label as string);
        return { ...v.info, items: v.frozen.items.size, files: { docx: 48_213, pdf: 97_554 } };
      }
      case "export_version":
        this.version(ws(), a.label as string);
        return null;
      case "diff": {
        const s = ws();
        const from = this.version(s, a.from as string);
        const to = a.to === null ? this.freeze(s) : this.version(s, a.to as string).frozen;
        return { from: from.info.label, to: a.to ?? null, changes: this.diff(from.frozen, to) };
      }
      case "version_verify": {
        const name = fileNameOf(a.path as string);
        const file = this.verifyFiles[name];
        if (!file) throw new Refusal("not-found", `${String(a.path)} cannot be read: No such file or directory (os error 2)`);
        return { file: a.path as string, ...file };
      }
      case "review_import":
        return this.reviewImport(ws(), a.path as string, a.dryRun as boolean);
      case "review_list":
        return ws().comments.filter((c) => (a.item === null || c.item === a.item) && (!a.open || c.disposition === null));
      case "review_respond":
        return this.reviewRespond(ws(), a);
      case "sync_export": {
        const s = ws();
        if (!(a.path as string).endsWith(".dfs-sync")) throw new Refusal("invalid-input", `${String(a.path)} is not a .dfs-sync file`);
        this.sent.push(a.path as string);
        return { workspace: s.workspace.id, device: "this-laptop", bytes: 12_345 };
      }
      case "sync_import":
        return this.syncImport(a.path as string, a.dryRun as boolean);
      case "conflicts_list":
        return ws().conflicts;
      case "conflicts_resolve":
        return this.resolveConflict(ws(), a.conflict as string, a.keep as number);
      case "reference_doc_show":
        return ws().referenceDoc;
      case "reference_doc_set": {
        const s = ws();
        const name = fileNameOf(a.path as string);
        const file = this.referenceFiles[name];
        if (!file) throw new Refusal("not-found", `${String(a.path)} cannot be read: No such file or directory (os error 2)`);
        if (file.refused !== undefined) throw new Refusal("invalid-input", file.refused);
        s.referenceDoc = {
          file_name: name,
          ...(file.info ?? { body_font: null, heading_font: null, fonts: [], page: null }),
        };
        return s.referenceDoc;
      }
      case "reference_doc_clear":
        ws().referenceDoc = null;
        return null;
      case "export_draft": {
        const reference = ws().referenceDoc;
        return a.format === "pdf" && reference?.body_font
          ? [`${reference.body_font} (body text) is not embedded in the PDF; it is drawn with Liberation Serif`]
          : [];
      }
      case "file_reveal":
      case "history_csv":
      case "workspace_export":
      case "room_view_open":
      case "room_view_close":
        return null;
      default: {
        const answer = typeof a.workspace === "string" ? ws().discussion.run(cmd, a) : undefined;
        if (answer !== undefined) return answer;
        throw new Refusal("not-found", `the mock backend has no command ${cmd}`);
      }
    }
  }

  private find(key: string): Stored {
    const found = this.store.get(key) ?? [...this.store.values()].find((s) => s.workspace.name === key);
    if (!found) throw new Refusal("not-found", `no workspace "${key}"`);
    return found;
  }

  create(n: NewWorkspace, language: Language = "en"): Workspace {
    if ([...this.store.values()].some((s) => s.workspace.name === n.name)) {
      throw new Refusal("conflict", `a workspace named "${n.name}" exists already; choose another name`);
    }
    if (n.name.trim() === "") throw new Refusal("invalid-input", "workspace name must not be empty");
    checkTemplateLanguage(n.template, language);
    this.seq += 1;
    const workspace: Workspace = {
      id: `w${this.seq}`,
      name: n.name,
      jurisdiction: n.jurisdiction,
      template: n.template,
      language,
      doc_version: null,
      reference: null,
      prepared_by: null,
      event: null,
      authorities: n.authorities,
      created_at: new Date(Date.UTC(2026, 10, this.seq)).toISOString(),
      created_by: "tester",
    };
    const stored: Stored = {
      workspace,
      archived: false,
      items: [],
      history: [],
      baseline: [],
      versions: [],
      referenceDoc: null,
      comments: [],
      conflicts: [],
      discussion: new MockDiscussion(
        () => stored.items,
        (id, status) => this.decide(stored, id, { status, reason: null, rationale: null, wording: null, lead: null, support: null, priority: null, due: null, clear: [] }, null),
      ),
    };
    this.store.set(workspace.id, stored);
    return workspace;
  }

  select(id: string, ids: string[]): { added: string[]; already: string[] } {
    const s = this.find(id);
    const added: string[] = [];
    const already: string[] = [];
    for (const itemId of ids) {
      if (s.items.some((i) => i.id === itemId)) {
        already.push(itemId);
        continue;
      }
      const item = this.catalog.find((i) => i.id === itemId);
      if (!item) throw new Refusal("not-found", `unknown recommendation "${itemId}"`);
      s.items.push({ ...item, selected_at: new Date().toISOString(), selected_by: "tester", decision: decision() });
      added.push(itemId);
    }
    const order = new Map(this.catalog.map((item, index) => [item.id, index]));
    s.items.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
    return { added, already };
  }

  /** Changes a decision as another window would, moving its revision on. */
  changeBehind(workspace: string, id: string, status: DecisionStatus): void {
    const s = this.find(workspace);
    this.decide(s, id, { status, reason: null, rationale: null, wording: null, lead: null, support: null, priority: null, due: null, clear: [] }, null);
  }

  /** As the core: entries known by id are skipped; a dry run counts and writes nothing. */
  private reviewImport(s: Stored, path: string, dryRun: boolean): unknown {
    const name = fileNameOf(path);
    const entries = this.reviewFiles[name];
    if (!entries) throw new Refusal("not-found", `${path} cannot be read: No such file or directory (os error 2)`);
    const known = new Set(s.comments.map((c) => c.id));
    const fresh = entries.filter((e) => !known.has(e.id));
    const byItem: Record<string, number> = {};
    for (const e of fresh) if (e.item !== null) byItem[e.item] = (byItem[e.item] ?? 0) + 1;
    const unattached = fresh.filter((e) => e.item === null && e.section === null).length;
    if (!dryRun) s.comments = [...s.comments, ...fresh.map((e) => ({ ...e, source_file: name }))];
    const counts = { attached: fresh.length - unattached, skipped_known: entries.length - fresh.length, by_item: byItem, unattached };
    return { counts, source_version: null, notes: [] };
  }

  private reviewRespond(s: Stored, a: Record<string, unknown>): ReviewComment {
    const comment = s.comments.find((c) => c.id === a.comment);
    if (!comment) throw new Refusal("not-found", `no comment ${String(a.comment)} in this workspace`);
    const disposition = a.disposition as Disposition;
    const response = a.response as string | null;
    if (disposition === "rejected" && !response) throw new Refusal("invalid-input", "a rejected comment needs a response");
    if (a.apply && comment.item !== null) {
      this.decide(s, comment.item, { status: "adopt-modified", reason: null, rationale: null, wording: comment.text, lead: null, support: null, priority: null, due: null, clear: [] }, null);
    }
    const answered = { ...comment, disposition, response, responded_by: "tester", responded_at: new Date().toISOString() };
    s.comments = s.comments.map((c) => (c.id === answered.id ? answered : c));
    return answered;
  }

  private decide(s: Stored, id: string, patch: DecisionPatch, ifRevision: number | null): Decision {
    const item = s.items.find((i) => i.id === id);
    if (!item) throw new Refusal("conflict", `${id} is not selected in ${s.workspace.name}`);
    if (ifRevision !== null && ifRevision !== item.decision.revision) {
      throw new Refusal("stale-revision", `${id} was changed since revision ${ifRevision}; reload it`);
    }
    const next: Decision = { ...item.decision };
    const set = <K extends keyof Decision>(key: K, value: Decision[K]): void => {
      const old = next[key];
      if (JSON.stringify(old) === JSON.stringify(value)) return;
      next[key] = value;
      const text = (v: unknown): string | null =>
        v === null ? null : Array.isArray(v) ? (v.length ? v.join(",") : null) : String(v);
      s.history.push({
        id: crypto.randomUUID().replaceAll("-", ""),
        device: "test laptop",
        at: new Date().toISOString(),
        by: "tester",
        item: id,
        field: key,
        old: text(old),
        new: text(value),
      });
    };
    if (patch.status !== null) set("status", patch.status);
    if (patch.reason !== null) set("reason", patch.reason);
    if (patch.rationale !== null) set("rationale", patch.rationale);
    if (patch.wording !== null) set("wording", patch.wording);
    if (patch.lead !== null) set("lead", patch.lead);
    if (patch.support !== null) set("support", patch.support);
    if (patch.priority !== null) set("priority", patch.priority);
    if (patch.due !== null) set("due", patch.due);
    for (const field of patch.clear) set(field, field === "support" ? [] : null);
    next.revision = item.decision.revision + 1;
    next.updated_at = new Date().toISOString();
    next.updated_by = "tester";
    item.decision = next;
    return next;
  }

  private freeze(s: Stored): Frozen {
    return {
      workspace: plainCopy(s.workspace),
      items: new Map(s.items.map((i) => [i.id, plainCopy(i.decision)])),
    };
  }

  private version(s: Stored, label: string): MockVersion {
    const found = s.versions.find((v) => v.info.label.toLowerCase() === label.toLowerCase());
    if (!found) throw new Refusal("not-found", `no version "${label}" in ${s.workspace.name}; see the versions with: version list`);
    return found;
  }

  private circulate(s: Stored, label: string | null, note: string | null, date: string | null): VersionInfo {
    const wanted = (label ?? s.workspace.doc_version ?? "").trim();
    if (wanted === "") throw new Refusal("invalid-input", "give the version a label (--label), or set the workspace's doc_version");
    if (s.versions.some((v) => v.info.label.toLowerCase() === wanted.toLowerCase())) {
      throw new Refusal("conflict", `a version labelled "${wanted}" exists already in ${s.workspace.name}; choose another label`);
    }
    const frozen = this.freeze(s);
    const now = new Date();
    const info: VersionInfo = {
      label: wanted,
      date: date ?? now.toISOString().slice(0, 10),
      by: "tester",
      note,
      fingerprint: fakeFingerprint(JSON.stringify([s.workspace.id, [...frozen.items.entries()], frozen.workspace, s.versions.length])),
      template: s.workspace.template,
      circulated_at: now.toISOString(),
      prepared_by: s.workspace.prepared_by,
      names_removed_at: null,
    };
    s.versions.push({ info, frozen });
    return info;
  }

  /** The changes from one frozen state to another, as the core words them (contract §7). */
  private diff(from: Frozen, to: Frozen): Change[] {
    const changes: Change[] = [];
    const text = (v: unknown): string | null =>
      v === null || v === undefined ? null : Array.isArray(v) ? (v.length ? v.join(", ") : null) : String(v);
    for (const field of ["name", "doc_version", "reference", "prepared_by", "event", "template"] as const) {
      const old = text(from.workspace[field]);
      const now = text(to.workspace[field]);
      if (old !== now) changes.push({ item: null, field, old, new: now });
    }
    const ids = [...new Set([...from.items.keys(), ...to.items.keys()])].sort();
    for (const id of ids) {
      const before = from.items.get(id);
      const after = to.items.get(id);
      if (!before || !after) {
        changes.push({ item: id, field: "selected", old: before ? "yes" : "no", new: after ? "yes" : "no" });
        continue;
      }
      for (const field of ["status", "reason", "rationale", "wording", "lead", "support", "priority", "due"] as const) {
        const old = text(before[field]);
        const now = text(after[field]);
        if (old !== now) changes.push({ item: id, field, old, new: now });
      }
    }
    return changes;
  }

  private surveyReport(s: Stored, path: string, authority: string | null): SurveyImport {
    const file = this.surveyFiles[fileNameOf(path)];
    if (!file) throw new Refusal("not-found", `${path} cannot be read: No such file or directory (os error 2)`);
    if (file.problems?.length) {
      return { rows: file.answers?.length ?? file.problems.length, changes: [], unchanged: 0, skipped: 0, problems: file.problems, applied: false };
    }
    const changes: BaselineChange[] = [];
    let unchanged = 0;
    let skipped = 0;
    for (const row of file.answers ?? []) {
      if (authority !== null && row.authority !== "" && row.authority !== authority) {
        skipped += 1;
        continue;
      }
      const next: BaselineAnswer = {
        instrument: null,
        evidence: null,
        gap: null,
        comment: null,
        at: "1970-01-01T00:00:00Z",
        by: "",
        ...row,
        authority: row.authority === "" ? (authority ?? "") : row.authority,
      };
      const old = s.baseline.find((b) => b.item === next.item && b.authority === next.authority) ?? null;
      const same = old !== null && (["status", "instrument", "evidence", "gap", "comment"] as const).every((f) => old[f] === next[f]);
      if (same) unchanged += 1;
      else changes.push({ item: next.item, authority: next.authority, old, new: next });
    }
    return { rows: file.answers?.length ?? 0, changes, unchanged, skipped, problems: [], applied: false };
  }

  private suggestions(s: Stored): Suggestion[] {
    const codes = s.workspace.authorities.map((a) => a.code);
    return s.items
      .filter((i) => i.decision.status === "open")
      .filter((i) => codes.every((code) => s.baseline.some((b) => b.item === i.id && b.authority === code && b.status === "implemented")))
      .map((i) => ({ item: i.id, status: "already-covered", reason: `every authority (${codes.join(", ")}) reports it implemented` }));
  }

  private gapOverview(s: Stored): GapOverview {
    const rows: GapOverview["rows"] = [];
    for (const group of groupOrder) {
      const items = s.items.filter((i) => i.group === group);
      if (items.length === 0) continue;
      for (const { code } of s.workspace.authorities) {
        const answer = (id: string) => s.baseline.find((b) => b.item === id && b.authority === code)?.status ?? null;
        const adopted = items.filter((i) => i.decision.status === "adopt" || i.decision.status === "adopt-modified");
        rows.push({
          group,
          authority: code,
          by_status: [...surveyStatuses, null].map((status) => ({ status, count: items.filter((i) => answer(i.id) === status).length })),
          adopted: adopted.length,
          gaps_to_close: adopted.filter((i) => !["implemented", "not-applicable"].includes(answer(i.id) ?? "")).length,
        });
      }
    }
    return { has_baseline: s.baseline.length > 0, rows };
  }

  /** What merging a bundle does: the counts, and without `dryRun` the fields and conflicts written. */
  private syncImport(path: string, dryRun: boolean): SyncImportReport {
    const file = this.syncFiles[fileNameOf(path)];
    if (!file) throw new Refusal("not-found", `${path} cannot be read: No such file or directory (os error 2)`);
    if (!this.store.has(file.workspace)) return this.syncCreate(file, dryRun);
    const s = this.find(file.workspace);
    const fields = (file.fields ?? []).filter((f) => {
      const item = s.items.find((i) => i.id === f.item);
      return item !== undefined && item.decision[f.field] !== f.value;
    });
    const fresh = (file.conflicts ?? []).filter((c) => !s.conflicts.some((known) => known.id === c.id));
    if (!dryRun) {
      for (const f of fields) {
        const item = s.items.find((i) => i.id === f.item);
        if (item) item.decision = { ...item.decision, [f.field]: f.value, revision: item.decision.revision + 1 };
      }
      s.conflicts = [...s.conflicts, ...plainCopy(fresh)];
    }
    return {
      counts: { workspace: s.workspace.id, created: false, fields_changed: fields.length, items_added: [], items_removed: [], conflicts: fresh.length },
      name: s.workspace.name,
      renamed: null,
      from_device: file.device,
    };
  }

  /** A bundle whose workspace this laptop lacks: created with the bundle's id, its name suffixed when taken. */
  private syncCreate(file: MockSyncFile, dryRun: boolean): SyncImportReport {
    const wanted = file.name ?? file.workspace;
    const taken = [...this.store.values()].some((s) => s.workspace.name === wanted);
    const name = taken ? `${wanted} (${file.device})` : wanted;
    const items = file.select ?? [];
    if (!dryRun) {
      const made = this.create({ name, jurisdiction: "Lesotho", template: "joint-directive", authorities: [] });
      const stored = this.find(made.id);
      this.store.delete(made.id);
      stored.workspace.id = file.workspace;
      this.store.set(file.workspace, stored);
      this.select(file.workspace, items);
    }
    return {
      counts: { workspace: file.workspace, created: true, fields_changed: 0, items_added: [...items], items_removed: [], conflicts: 0 },
      name,
      renamed: taken ? name : null,
      from_device: file.device,
    };
  }

  /** Keeps the `keep`th value (from 1): a decision field takes it, the conflict goes. */
  private resolveConflict(s: Stored, id: string, keep: number): string {
    const conflict = s.conflicts.find((c) => c.id === id);
    if (!conflict) throw new Refusal("not-found", `no unresolved conflict ${id}; list them with conflicts list`);
    const value = conflict.values[keep - 1]?.value;
    if (value === undefined) throw new Refusal("invalid-input", `value ${keep} does not exist: the conflict has ${conflict.values.length}`);
    const item = s.items.find((i) => i.id === conflict.item);
    if (item && (conflict.field === "rationale" || conflict.field === "status")) {
      item.decision = { ...item.decision, [conflict.field]: value, revision: item.decision.revision + 1 };
    }
    s.conflicts = s.conflicts.filter((c) => c.id !== id);
    return value;
  }

  private check(s: Stored, date: string): Finding[] {
    const findings: Finding[] = [];
    for (const c of s.conflicts) {
      findings.push({ kind: "unresolved-conflict", item: c.item, field: null, message: `${c.id}: changed differently on two laptops; settle it` });
    }
    if (s.items.length === 0) findings.push({ kind: "no-items", item: null, field: null, message: "no recommendation is selected; select the items the draft adopts" });
    for (const { id, decision: d } of s.items) {
      if (d.status === "open") findings.push({ kind: "open-item", item: id, field: null, message: `${id}: still open; decide it, or deselect it if it is not part of this draft` });
      if (d.status !== "adopt" && d.status !== "adopt-modified") continue;
      if (d.lead === null) findings.push({ kind: "missing-lead", item: id, field: null, message: `${id}: adopted without a lead authority; name one` });
      if (d.priority === null) findings.push({ kind: "missing-priority", item: id, field: null, message: `${id}: adopted without a priority; set high, medium or low` });
      if (d.due === null) findings.push({ kind: "missing-due", item: id, field: null, message: `${id}: adopted without a target date; set one` });
      else if (d.due < date) findings.push({ kind: "past-due", item: id, field: null, message: `${id}: target date ${d.due} is before the document date ${date}; move it later` });
    }
    for (const [field, name, value] of [
      ["doc_version", "version", s.workspace.doc_version],
      ["reference", "reference", s.workspace.reference],
      ["prepared_by", "prepared by", s.workspace.prepared_by],
      ["event", "event", s.workspace.event],
    ] as const) {
      if (value === null) {
        findings.push({
          kind: "missing-property",
          item: null,
          field,
          message: `the document property "${name}" is empty, so the draft shows a blank or "[to be completed]"`,
        });
      }
    }
    return findings;
  }

  private summary(s: Stored): WorkspaceSummary {
    return {
      id: s.workspace.id,
      name: s.workspace.name,
      jurisdiction: s.workspace.jurisdiction,
      authorities: s.workspace.authorities.map((a) => a.code),
      selected: s.items.length,
      decided: s.items.filter((i) => i.decision.status !== "open").length,
      created_at: s.workspace.created_at,
      archived: s.archived,
    };
  }

  private overview(s: Stored): Overview {
    const count = (list: SelectedItem[]) =>
      statuses.map((status) => ({ status, count: list.filter((i) => i.decision.status === status).length }));
    const leads = [...new Set(s.items.map((i) => i.decision.lead))];
    return {
      total: s.items.length,
      by_status: count(s.items),
      by_group: groupOrder
        .filter((g) => s.items.some((i) => i.group === g))
        .map((group) => ({ group, by_status: count(s.items.filter((i) => i.group === group)) })),
      by_lead: leads.map((lead) => ({ lead, by_status: count(s.items.filter((i) => i.decision.lead === lead)) })),
      open_items: s.items.filter((i) => i.decision.status === "open").map((i) => ({ id: i.id, title: i.title })),
    };
  }
}

// The gap-analysis survey as plain data: file names, the baseline arranged per item and
// authority, what a preview changes, and the gap figures summed per authority. The core reads
// the files and checks every rule; these only arrange its answers for the window.

import type {
  Authority,
  BaselineAnswer,
  BaselineChange,
  BaselineCount,
  GapRow,
  Suggestion,
  SurveyFormat,
  SurveyStatus,
} from "../api/bindings";
import { instruments, surveyFormats, surveyStatuses } from "../api/values";
import { safeName } from "./exportPlan";

// The value sets' codes in the contract's order, from the core.
export { instruments, surveyFormats, surveyStatuses };

/** A chart key: a survey status, or "none" for an item the authority did not answer. */
export type AnswerKey = SurveyStatus | "none";
export const answerKeys: readonly AnswerKey[] = [...surveyStatuses, "none"];

/** The file the template is saved as: "Lesotho-2025-survey.xlsx". */
export function surveyFileName(workspace: string, format: SurveyFormat): string {
  return `${safeName(workspace)}-survey.${format}`;
}

/** The format a file name says it has, or null (the core refuses any other). */
export function surveyFormatOf(path: string): SurveyFormat | null {
  const match = /\.([A-Za-z]+)$/.exec(path.trim());
  const extension = match?.[1]?.toLowerCase();
  return extension === "xlsx" || extension === "csv" ? extension : null;
}

/** The last part of a path, for "survey.csv" in a heading. */
export function fileNameOf(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1);
}

/** Each item's answers, in the workspace's order of authorities (unknown codes last). */
export function baselineByItem(answers: readonly BaselineAnswer[], authorities: readonly Authority[]): Map<string, BaselineAnswer[]> {
  const rank = new Map(authorities.map((a, index) => [a.code, index]));
  const map = new Map<string, BaselineAnswer[]>();
  for (const answer of answers) {
    const list = map.get(answer.item);
    if (list) list.push(answer);
    else map.set(answer.item, [answer]);
  }
  for (const list of map.values()) {
    list.sort((x, y) => (rank.get(x.authority) ?? authorities.length) - (rank.get(y.authority) ?? authorities.length));
  }
  return map;
}

export interface AuthorityAnswer {
  authority: Authority;
  answer: BaselineAnswer | null;
}

/** One line per authority of the workspace for an item: its answer, or null when it has none. */
export function answersOn(
  item: string,
  byItem: ReadonlyMap<string, readonly BaselineAnswer[]>,
  authorities: readonly Authority[],
): AuthorityAnswer[] {
  const answers = byItem.get(item) ?? [];
  return authorities.map((authority) => ({
    authority,
    answer: answers.find((a) => a.authority === authority.code) ?? null,
  }));
}

/** Whether any authority answered on the item. */
export function hasAnswers(item: string, byItem: ReadonlyMap<string, readonly BaselineAnswer[]>): boolean {
  return (byItem.get(item)?.length ?? 0) > 0;
}

export function suggestionFor(item: string, suggestions: readonly Suggestion[]): Suggestion | null {
  return suggestions.find((s) => s.item === item) ?? null;
}

export type AnswerField = "status" | "instrument" | "evidence" | "gap" | "comment";
const answerFields: readonly AnswerField[] = ["status", "instrument", "evidence", "gap", "comment"];

/** The fields a change sets or alters (all of the new answer's filled ones when there was none). */
export function changedFields(change: BaselineChange): AnswerField[] {
  const { old, new: next } = change;
  if (!old) return answerFields.filter((f) => next[f] !== null);
  return answerFields.filter((f) => old[f] !== next[f]);
}

export interface AuthorityGap {
  authority: string;
  by_status: BaselineCount[];
  adopted: number;
  gaps_to_close: number;
}

/** The gap rows summed over the groups, one per authority in the order they first appear. */
export function gapsByAuthority(rows: readonly GapRow[]): AuthorityGap[] {
  const totals = new Map<string, AuthorityGap>();
  for (const row of rows) {
    let total = totals.get(row.authority);
    if (!total) {
      total = { authority: row.authority, by_status: [], adopted: 0, gaps_to_close: 0 };
      totals.set(row.authority, total);
    }
    total.adopted += row.adopted;
    total.gaps_to_close += row.gaps_to_close;
    for (const count of row.by_status) {
      const same = total.by_status.find((c) => c.status === count.status);
      if (same) same.count += count.count;
      else total.by_status.push({ ...count });
    }
  }
  return [...totals.values()];
}

/** How many answers of each status a list of counts holds, by key (for tables). */
export function countOf(counts: readonly BaselineCount[], key: AnswerKey): number {
  const status = key === "none" ? null : key;
  return counts.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0);
}

/** What the views show beside each item: the answers, the suggestions, the authorities. */
export interface BaselineView {
  byItem: ReadonlyMap<string, readonly BaselineAnswer[]>;
  suggestions: readonly Suggestion[];
  authorities: readonly Authority[];
}

export function baselineView(
  answers: readonly BaselineAnswer[],
  suggestions: readonly Suggestion[],
  authorities: readonly Authority[],
): BaselineView {
  return { byItem: baselineByItem(answers, authorities), suggestions, authorities };
}

/**
 * An item's lines for the baseline box, or null when there is nothing to show: no survey was
 * imported in the workspace and nothing is suggested.
 */
export function itemBaseline(view: BaselineView | null, item: string): AuthorityAnswer[] | null {
  if (!view || (view.byItem.size === 0 && suggestionFor(item, view.suggestions) === null)) return null;
  return answersOn(item, view.byItem, view.authorities);
}

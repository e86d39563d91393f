// Reviewers' comments as plain data: the filters and counts of the Review tab, where each
// comment sits, what an import preview attaches where, and whether an answer can be sent.

import type { Disposition, ReviewComment } from "../api/bindings";
import type { ReviewImport } from "../api";
import { messages } from "./messages";

/** The longest response the core takes (adopt-core review.rs). */
export const MAX_RESPONSE = 10_000;

export type ReviewState = "all" | "open" | "answered";

export interface ReviewFilter {
  state: ReviewState;
  /** A reviewer as `reviewerKey` names them; null for every reviewer. */
  reviewer: string | null;
}

export const allComments: ReviewFilter = { state: "all", reviewer: null };

/** Open: no disposition yet. A comment resolved in Word is still open here (contract §8). */
export const isOpen = (comment: ReviewComment): boolean => comment.disposition === null;

/** Who a comment is from, as the reviewer filter names them: the author and the organisation. */
export function reviewerKey(comment: ReviewComment): string {
  return comment.organisation ? `${comment.author} (${comment.organisation})` : comment.author;
}

/** The comments the filters let through, in the order given. */
export function filterComments(comments: readonly ReviewComment[], filter: ReviewFilter): ReviewComment[] {
  return comments.filter(
    (c) =>
      (filter.state === "all" || (filter.state === "open") === isOpen(c)) &&
      (filter.reviewer === null || reviewerKey(c) === filter.reviewer),
  );
}

export interface ReviewCounts {
  total: number;
  open: number;
  answered: number;
}

export function reviewCounts(comments: readonly ReviewComment[]): ReviewCounts {
  const open = comments.filter(isOpen).length;
  return { total: comments.length, open, answered: comments.length - open };
}

export interface ReviewerCount {
  reviewer: string;
  total: number;
  open: number;
}

/** Every reviewer with how many comments they sent and how many are open, by name. */
export function reviewerCounts(comments: readonly ReviewComment[]): ReviewerCount[] {
  const by = new Map<string, ReviewerCount>();
  for (const c of comments) {
    const key = reviewerKey(c);
    const entry = by.get(key) ?? { reviewer: key, total: 0, open: 0 };
    entry.total += 1;
    if (isOpen(c)) entry.open += 1;
    by.set(key, entry);
  }
  return [...by.values()].sort((a, b) => a.reviewer.localeCompare(b.reviewer));
}

/** The heading of an item's comments beside its decision editor, with how many are open and answered. */
export function itemCommentsHeading(comments: readonly ReviewComment[]): string {
  const { open, answered } = reviewCounts(comments);
  return messages.itemCommentsHeading(open, answered);
}

/** Where a comment sits: its item, its section, or the document. */
export function placeOf(comment: Pick<ReviewComment, "item" | "section">): string {
  if (comment.item !== null) return comment.item;
  if (comment.section !== null) return messages.reviewSection(comment.section);
  return messages.reviewOnDocument;
}

/** Tracked insertions and deletions and untracked edits carry wording that can be applied. */
export const canApply = (comment: Pick<ReviewComment, "kind" | "item">): boolean =>
  comment.kind !== "comment" && comment.item !== null;

/** What is wrong with an answer before it is sent, or null when it can go. */
export function answerProblem(disposition: Disposition | null, response: string, apply: boolean): string | null {
  if (disposition === null) return messages.reviewChooseDisposition;
  if (disposition === "rejected" && response.trim() === "") return messages.reviewResponseRequired;
  if ([...response].length > MAX_RESPONSE) return messages.reviewResponseTooLong(MAX_RESPONSE);
  if (apply && disposition !== "accepted" && disposition !== "partly-accepted") return messages.reviewApplyOnlyAccepted;
  return null;
}

export interface PreviewRow {
  place: string;
  /** The item to open, when the row is one. */
  item: string | null;
  count: number;
}

/** What an import attaches where: each item by id, then sections, then the document. */
export function previewRows(report: ReviewImport): PreviewRow[] {
  const items = Object.entries(report.by_item)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([item, count]) => ({ place: item, item, count }));
  const inItems = items.reduce((sum, row) => sum + row.count, 0);
  const rows: PreviewRow[] = [...items];
  const sections = report.attached - inItems;
  if (sections > 0) rows.push({ place: messages.reviewSections, item: null, count: sections });
  if (report.unattached > 0) rows.push({ place: messages.reviewDocument, item: null, count: report.unattached });
  return rows;
}

/** How many new entries an import adds. */
export const newEntries = (report: ReviewImport): number => report.attached + report.unattached;

/** Optional text as the backend takes it: null when blank. */
export const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** The list with one comment replaced by its answered copy. */
export function replaceComment(comments: readonly ReviewComment[], answered: ReviewComment): ReviewComment[] {
  return comments.map((c) => (c.id === answered.id ? answered : c));
}

// The keyboard map: which key does what, as a pure function of the key and where focus is.
// The shortcut sheet (`?`) is drawn from `shortcutList`, so the two never disagree.

import type { DecisionStatus } from "../api/bindings";
import { decisionStatuses } from "../api/values";

/** One key per status, in the order of the contract: 1 open, 2 adopt, … */
export const statusKeys: ReadonlyArray<readonly [string, DecisionStatus]> = decisionStatuses.map(
  (status, i) => [String(i + 1), status] as const,
);

export type Tab = "catalog" | "decisions" | "overview" | "export" | "discussion" | "survey" | "versions" | "review";
// New views come last: the views before them keep the Alt keys people learned.
export const tabs: readonly Tab[] = ["catalog", "decisions", "overview", "export", "discussion", "survey", "versions", "review"];

export type KeyAction =
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "status"; status: DecisionStatus }
  | { kind: "toggle-selection" }
  | { kind: "focus-search" }
  | { kind: "shortcuts" }
  | { kind: "undo" }
  | { kind: "redo" }
  | { kind: "tab"; tab: Tab }
  | { kind: "close" }
  | { kind: "language" };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export interface KeyContext {
  /** Focus is in a text field, select or other control that takes keys itself. */
  typing: boolean;
  /** An item row (catalog or decisions list) has focus. */
  onItem: boolean;
}

/** The action a key press asks for, or null to leave the key to the browser. */
export function keyAction(event: KeyInput, context: KeyContext): KeyAction | null {
  const { key } = event;
  const command = event.ctrlKey || event.metaKey;
  // In a text field every key is the field's own, Ctrl+Z included (it undoes typing there).
  // Ctrl+Shift+L switches the interface language, even from a text field (no field uses it).
  if (command && event.shiftKey && !event.altKey && key.toLowerCase() === "l") return { kind: "language" };
  if (context.typing) return null;
  if (command && !event.altKey && key.toLowerCase() === "z") return event.shiftKey ? { kind: "redo" } : { kind: "undo" };
  if (command && !event.altKey && !event.shiftKey && key.toLowerCase() === "y") return { kind: "redo" };
  if (event.altKey && !command && /^[1-9]$/.test(key)) {
    const tab = tabs[Number(key) - 1];
    return tab ? { kind: "tab", tab } : null;
  }
  if (command || event.altKey) return null;
  if (key === "Escape") return { kind: "close" };
  if (key === "?") return { kind: "shortcuts" };
  if (key === "/") return { kind: "focus-search" };
  if (!context.onItem) return null;
  if (key === "j" || key === "ArrowDown") return { kind: "next" };
  if (key === "k" || key === "ArrowUp") return { kind: "previous" };
  if (key === "x" || key === " ") return { kind: "toggle-selection" };
  const status = statusKeys.find(([k]) => k === key);
  return status ? { kind: "status", status: status[1] } : null;
}

/** True when the element takes typed keys itself (so single-letter shortcuts stay off). */
export function isTyping(element: Element | null): boolean {
  if (!element) return false;
  if (element.closest("[contenteditable='true']")) return true;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (element as HTMLInputElement).type;
  return !["checkbox", "radio", "button", "submit", "reset"].includes(type);
}

/**
 * After a row is added to a form's table: once it is drawn, focuses its field matching
 * `selector` (the last such field in `container`).
 */
export function focusNewRow(container: ParentNode | undefined, selector: string): void {
  queueMicrotask(() => {
    const fields = container?.querySelectorAll<HTMLElement>(selector);
    fields?.[fields.length - 1]?.focus();
  });
}

/** For the shortcut sheet: keys (as shown) and what they do, by message key. */
export const shortcutList: ReadonlyArray<readonly [string, string]> = [
  ["j / ↓", "shortcutNext"],
  ["k / ↑", "shortcutPrevious"],
  ["x / Space", "shortcutToggle"],
  ["1 – 6", "shortcutStatus"],
  ["/", "shortcutSearch"],
  ["Ctrl+Z", "shortcutUndo"],
  ["Ctrl+Shift+Z / Ctrl+Y", "shortcutRedo"],
  [`Alt+1 – Alt+${tabs.length}`, "shortcutTabs"],
  ["Ctrl+Shift+L", "shortcutLanguage"],
  ["?", "shortcutSheet"],
  ["Esc", "shortcutClose"],
];

/** For the shortcut sheet: the facilitator view's one-key actions (lib/discussion.ts). */
export const facilitatorShortcutList: ReadonlyArray<readonly [string, string]> = [
  ["1 – 5", "shortcutStanceFirst"],
  ["6 – 0", "shortcutStanceSecond"],
  ["q – t, y – p", "shortcutStanceMore"],
  ["a", "shortcutAgreed"],
  ["c", "shortcutConditions"],
  ["d", "shortcutDivergent"],
  ["j / k", "shortcutNextPreviousItem"],
  ["l", "shortcutPark"],
  ["m", "shortcutNote"],
  ["v", "shortcutRoom"],
  ["Ctrl+Z / Ctrl+Shift+Z", "shortcutUndoDiscussion"],
];

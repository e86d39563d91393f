// The decision editor as plain data: which patch one edited field sends, and what to tell the
// user before asking the core. The core checks every rule again; these checks only catch
// what a form can see (a date that does not exist, a lead also listed as support).

import type {
  Authority,
  Decision,
  DecisionField,
  DecisionPatch,
  DecisionStatus,
  Priority,
  ReasonCode,
  Suggestion,
} from "../api/bindings";
import { messages } from "./messages";
import type { BaselineView } from "./survey";
import type { ChangedSince } from "./versions";

/** Where the last edit stands: saved, being saved, waiting to be sent, or not saved. */
export type SaveState = "saved" | "saving" | "pending" | "failed";

/**
 * What the decision editor takes from the workspace screen besides the item: handed down
 * through the Decisions tab, and through the Discussion tab and its facilitator view.
 */
export interface DecisionEditing {
  saveState: SaveState;
  changes: number;
  onSave: (id: string, patch: DecisionPatch, field: string | null) => Promise<boolean>;
  onPending: () => void;
  onProblem: (text: string | null) => void;
  onNotice: (text: string) => void;
  /** The workspace's gap-analysis answers and suggestions, shown beside the status. */
  baseline: BaselineView | null;
  onApplySuggestion: (suggestion: Suggestion) => void;
  /** What changed since the latest circulated version, shown beside each item's editor. */
  changedSince: ChangedSince | null;
  /** A reviewer's comment on the item was answered; `applied`: its wording became the national wording. */
  onReviewAnswered: (applied: boolean) => Promise<void>;
}

// The value sets' codes in the contract's order, from the core.
export { decisionStatuses as statuses, priorities, reasonCodes as reasons } from "../api/values";

function emptyPatch(): DecisionPatch {
  return {
    status: null,
    reason: null,
    rationale: null,
    wording: null,
    lead: null,
    support: null,
    priority: null,
    due: null,
    clear: [],
  };
}

/** Values as the form holds them: text, "" for nothing chosen. */
export interface FieldValues {
  status: DecisionStatus;
  reason: string;
  rationale: string;
  wording: string;
  lead: string;
  support: string[];
  priority: string;
  due: string;
}

export function formValues(decision: Decision): FieldValues {
  return {
    status: decision.status,
    reason: decision.reason ?? "",
    rationale: decision.rationale ?? "",
    wording: decision.wording ?? "",
    lead: decision.lead ?? "",
    support: [...decision.support],
    priority: decision.priority ?? "",
    due: decision.due ?? "",
  };
}

/** The patch that sets one field to its form value; an empty value clears the field. */
export function patchFor<F extends keyof FieldValues>(field: F, value: FieldValues[F]): DecisionPatch {
  const patch = emptyPatch();
  const clear = (name: DecisionField): DecisionPatch => ({ ...patch, clear: [name] });
  switch (field) {
    case "status":
      return { ...patch, status: value as DecisionStatus };
    case "support": {
      const list = value as string[];
      return list.length === 0 ? clear("support") : { ...patch, support: [...list] };
    }
    default: {
      const text = value as string;
      if (field !== "rationale" && field !== "wording" ? text === "" : text.trim() === "") {
        return clear(field as DecisionField);
      }
      switch (field) {
        case "reason":
          return { ...patch, reason: text as ReasonCode };
        case "priority":
          return { ...patch, priority: text as Priority };
        case "rationale":
          return { ...patch, rationale: text };
        case "wording":
          return { ...patch, wording: text };
        case "lead":
          return { ...patch, lead: text };
        default:
          return { ...patch, due: text };
      }
    }
  }
}

/** True when the form value equals what the decision holds (nothing to save). */
export function unchanged<F extends keyof FieldValues>(decision: Decision, field: F, value: FieldValues[F]): boolean {
  const current = formValues(decision)[field];
  if (Array.isArray(current) && Array.isArray(value)) return current.join(",") === value.join(",");
  if (field === "rationale" || field === "wording") return (current as string).trim() === (value as string).trim();
  return current === value;
}

/** A calendar date as `YYYY-MM-DD` that exists (no 31 April). */
export function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What is wrong with a field's value before it is sent, or null. */
export function fieldProblem<F extends keyof FieldValues>(
  field: F,
  value: FieldValues[F],
  values: FieldValues,
  authorities: readonly Authority[],
): string | null {
  const codes = authorities.map((a) => a.code);
  switch (field) {
    case "due": {
      const text = value as string;
      return text === "" || isDate(text) ? null : messages.badDate;
    }
    case "lead": {
      const text = value as string;
      if (text !== "" && !codes.includes(text)) return messages.unknownAuthority(text);
      return text !== "" && values.support.includes(text) ? messages.leadIsSupport(text) : null;
    }
    case "support": {
      const list = value as string[];
      const unknown = list.find((code) => !codes.includes(code));
      if (unknown) return messages.unknownAuthority(unknown);
      return values.lead !== "" && list.includes(values.lead) ? messages.leadIsSupport(values.lead) : null;
    }
    default:
      return null;
  }
}

/** A reminder the editor shows: national wording is expected when adopting with changes. */
export function needsWording(values: FieldValues): boolean {
  return values.status === "adopt-modified" && values.wording.trim() === "";
}

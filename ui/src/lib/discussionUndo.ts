// Undo and redo of the facilitator's discussion operations. Each operation, once applied,
// yields its inverse from what the core answered (the position it replaced, the action's
// id...), and undoing applies that inverse, which yields the redo in turn:
//
//   position          → the previous position, or clearing it when there was none
//   resolve           → withdraw the resolution (the core puts the status back)
//   add an action     → remove it by its id
//   minute note       → the note as it was
//   park / take back  → the parking as it was

import type { ActionInput, Decision, PositionChange, PositionInput, ResolutionInput, ResolveOutcome, ActionItem } from "../api/bindings";
import { nextSeq, StepLists } from "./undo";

interface On {
  session: string;
  item: string;
}

export type DiscussionOp =
  | (On & { kind: "position"; input: PositionInput })
  | (On & { kind: "clear-position"; authority: string; was: PositionInput })
  | (On & { kind: "resolve"; input: ResolutionInput })
  | (On & { kind: "withdraw"; was: ResolutionInput })
  | (On & { kind: "add-action"; input: ActionInput })
  | (On & { kind: "remove-action"; id: string; was: ActionInput })
  | (On & { kind: "note"; note: string | null; previous: string | null })
  | (On & { kind: "park"; reason: string | null; previous: string | null });

/** The backend calls the operations need, for one workspace. */
export interface DiscussionBackend {
  positionRecord(session: string, item: string, input: PositionInput): Promise<PositionChange>;
  positionClear(session: string, item: string, authority: string): Promise<void>;
  resolve(session: string, item: string, input: ResolutionInput): Promise<ResolveOutcome>;
  resolutionWithdraw(item: string): Promise<Decision>;
  actionAdd(session: string, item: string, input: ActionInput): Promise<ActionItem>;
  actionRemove(id: string): Promise<void>;
  noteSet(session: string, item: string, note: string | null): Promise<void>;
  sessionPark(session: string, item: string, reason: string | null): Promise<unknown>;
}

export interface Applied {
  /** The operation that takes this one back. */
  inverse: DiscussionOp;
  /** The item's decision when the operation changed it (a resolution sets the status). */
  decision: Decision | null;
}

/** Applies an operation and works out its inverse from the core's answer. */
export async function applyOp(backend: DiscussionBackend, op: DiscussionOp): Promise<Applied> {
  const on = { session: op.session, item: op.item };
  switch (op.kind) {
    case "position": {
      const change = await backend.positionRecord(op.session, op.item, op.input);
      const previous = change.previous;
      const inverse: DiscussionOp = previous
        ? { ...on, kind: "position", input: { authority: previous.authority, stance: previous.stance, note: previous.note } }
        : { ...on, kind: "clear-position", authority: change.position.authority, was: op.input };
      return { inverse, decision: null };
    }
    case "clear-position":
      await backend.positionClear(op.session, op.item, op.authority);
      return { inverse: { ...on, kind: "position", input: op.was }, decision: null };
    case "resolve": {
      const outcome = await backend.resolve(op.session, op.item, op.input);
      const r = outcome.resolution;
      // Redo puts back exactly what was recorded, the status it set included.
      const was: ResolutionInput = { resolution: r.resolution, conditions: r.conditions, status: r.status_after };
      return { inverse: { ...on, kind: "withdraw", was }, decision: outcome.decision };
    }
    case "withdraw": {
      const decision = await backend.resolutionWithdraw(op.item);
      return { inverse: { ...on, kind: "resolve", input: op.was }, decision };
    }
    case "add-action": {
      const action = await backend.actionAdd(op.session, op.item, op.input);
      return { inverse: { ...on, kind: "remove-action", id: action.id, was: op.input }, decision: null };
    }
    case "remove-action":
      await backend.actionRemove(op.id);
      return { inverse: { ...on, kind: "add-action", input: op.was }, decision: null };
    case "note":
      await backend.noteSet(op.session, op.item, op.note);
      return { inverse: { ...on, kind: "note", note: op.previous, previous: op.note }, decision: null };
    case "park":
      await backend.sessionPark(op.session, op.item, op.reason);
      return { inverse: { ...on, kind: "park", reason: op.previous, previous: op.reason }, decision: null };
  }
}

export interface DiscussionEntry {
  /** Applying this takes the step back (or, on the redo list, forward again). */
  op: DiscussionOp;
  /** Shared with the decision undo list: the larger is the more recent step. */
  seq: number;
  /** Quick successive edits of one note merge into one step. */
  merge: string | null;
  at: number;
}

export class DiscussionUndo extends StepLists<DiscussionEntry> {
  constructor(limit = 200, mergeWithinMs = 2000) {
    super(limit, mergeWithinMs);
  }

  protected itemOf(entry: DiscussionEntry): string {
    return entry.op.item;
  }

  /** Records an applied operation by its inverse; a new step clears the redo list. */
  record(op: DiscussionOp, applied: Applied, now = Date.now()): void {
    this.redos = [];
    const merge = op.kind === "note" ? `note ${op.session} ${op.item}` : null;
    const top = this.undos[this.undos.length - 1];
    if (merge !== null && top && top.merge === merge && now - top.at <= this.mergeWithinMs && top.op.kind === "note") {
      // Keep the oldest note to go back to; the redo of the merged step is the newest note.
      top.op = { ...top.op, previous: op.kind === "note" ? op.note : top.op.previous };
      top.at = now;
      top.seq = nextSeq();
      return;
    }
    this.push({ op: applied.inverse, seq: nextSeq(), merge, at: now });
  }

  /** After an undo step was applied: its inverse is the redo. */
  undone(applied: Applied): void {
    this.redos.push({ op: applied.inverse, seq: nextSeq(), merge: null, at: 0 });
  }

  redone(applied: Applied): void {
    this.undos.push({ op: applied.inverse, seq: nextSeq(), merge: null, at: 0 });
  }
}

// Undo and redo of saved decision changes. Each entry says which decision to restore and the
// revision the item must still have: when someone else changed it meanwhile, the core refuses
// (stale revision) and the entry is dropped rather than applied over their change.

import type { Decision } from "../api/bindings";

let counter = 0;

/**
 * The next step number, shared by every undo list of the window (decisions, the discussion):
 * Ctrl+Z takes back the step with the larger number, whichever list holds it.
 */
export function nextSeq(): number {
  counter += 1;
  return counter;
}

/**
 * The two lists of an undo history: steps to take back and steps to take again, each with its
 * number (see `nextSeq`), kept to `limit` steps back. The lists of decisions and of the
 * discussion differ in what an entry holds and how a step is recorded.
 */
export abstract class StepLists<E extends { seq: number }> {
  protected undos: E[] = [];
  protected redos: E[] = [];

  constructor(
    protected readonly limit: number,
    /** Edits closer together than this merge into one step. */
    protected readonly mergeWithinMs: number,
  ) {}

  /** The item an entry changes. */
  protected abstract itemOf(entry: E): string;

  get canUndo(): boolean {
    return this.undos.length > 0;
  }

  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  /** The number of the most recent undo step, or null. */
  get undoSeq(): number | null {
    return this.undos[this.undos.length - 1]?.seq ?? null;
  }

  get redoSeq(): number | null {
    return this.redos[this.redos.length - 1]?.seq ?? null;
  }

  /** Takes the step to undo; give the result to `undone`, or drop it when refused. */
  takeUndo(): E | null {
    return this.undos.pop() ?? null;
  }

  takeRedo(): E | null {
    return this.redos.pop() ?? null;
  }

  /** Adds a new step, forgetting the oldest beyond the limit. */
  protected push(entry: E): void {
    this.undos.push(entry);
    if (this.undos.length > this.limit) this.undos.shift();
  }

  /** Forgets everything (another workspace was opened). */
  clear(): void {
    this.undos = [];
    this.redos = [];
  }

  /** Forgets the steps of one item (e.g. it was changed elsewhere, or its step was refused). */
  forget(item: string): void {
    this.undos = this.undos.filter((e) => this.itemOf(e) !== item);
    this.redos = this.redos.filter((e) => this.itemOf(e) !== item);
  }
}

export interface UndoEntry {
  item: string;
  /** The decision as it stands after the change (its revision must still be current). */
  from: Decision;
  /** The decision to restore. */
  to: Decision;
  /** Edits of the same field in quick succession (typing) merge into one entry. */
  field: string | null;
  at: number;
  /** The step's number (see `nextSeq`). */
  seq: number;
}

export interface UndoOptions {
  limit?: number;
  /** Edits of one field of one item closer together than this merge. */
  mergeWithinMs?: number;
}

export class UndoStack extends StepLists<UndoEntry> {
  constructor(options: UndoOptions = {}) {
    super(options.limit ?? 200, options.mergeWithinMs ?? 2000);
  }

  protected itemOf(entry: UndoEntry): string {
    return entry.item;
  }

  /** Records a saved change from `before` to `after`; a new change clears the redo list. */
  record(item: string, before: Decision, after: Decision, field: string | null = null, now = Date.now()): void {
    this.redos = [];
    const top = this.undos[this.undos.length - 1];
    if (
      top &&
      field !== null &&
      top.item === item &&
      top.field === field &&
      top.from.revision === before.revision &&
      now - top.at <= this.mergeWithinMs
    ) {
      top.from = after;
      top.at = now;
      top.seq = nextSeq();
      return;
    }
    this.push({ item, from: after, to: before, field, at: now, seq: nextSeq() });
  }

  /** After an undo was applied: the decision now is `result`; redo goes back to `entry.from`. */
  undone(entry: UndoEntry, result: Decision): void {
    this.redos.push({ item: entry.item, from: result, to: entry.from, field: null, at: 0, seq: nextSeq() });
  }

  redone(entry: UndoEntry, result: Decision): void {
    this.undos.push({ item: entry.item, from: result, to: entry.from, field: null, at: 0, seq: nextSeq() });
  }
}

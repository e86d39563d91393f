import { describe, expect, it } from "vitest";
import type { ActionInput, Position, PositionInput, ResolutionInput } from "../api/bindings";
import { decision } from "../test/fixtures";
import { applyOp, DiscussionUndo, type DiscussionBackend, type DiscussionOp } from "./discussionUndo";
import { UndoStack } from "./undo";

/** A backend that keeps positions, resolutions, actions, notes and parking in memory. */
function memory() {
  const positions = new Map<string, PositionInput>();
  const resolutions: Array<{ item: string; input: ResolutionInput }> = [];
  const actions = new Map<string, ActionInput>();
  const notes = new Map<string, string>();
  const parked = new Map<string, string>();
  let numbers = 0;
  const calls: string[] = [];
  const backend: DiscussionBackend = {
    async positionRecord(session, item, input) {
      calls.push(`position ${item} ${input.authority} ${input.stance}`);
      const key = `${item} ${input.authority}`;
      const previous = positions.get(key);
      positions.set(key, input);
      const as = (p: PositionInput): Position => ({ ...p, item, session, at: "", by: "" });
      return { position: as(input), previous: previous ? as(previous) : null };
    },
    async positionClear(_session, item, authority) {
      calls.push(`clear ${item} ${authority}`);
      positions.delete(`${item} ${authority}`);
    },
    async resolve(session, item, input) {
      calls.push(`resolve ${item} ${input.resolution}`);
      resolutions.push({ item, input });
      const after = input.status ?? (input.resolution === "divergent" ? "open" : "adopt");
      return {
        resolution: { item, resolution: input.resolution, conditions: input.conditions, status_before: "open", status_after: after, session, at: "", by: "" },
        decision: decision({ status: after, revision: resolutions.length }),
      };
    },
    async resolutionWithdraw(item) {
      calls.push(`withdraw ${item}`);
      const at = resolutions.map((r) => r.item).lastIndexOf(item);
      if (at < 0) throw { code: "conflict", message: `${item} has no resolution to withdraw` };
      resolutions.splice(at, 1);
      return decision({ status: "open", revision: 99 });
    },
    async actionAdd(session, item, input) {
      numbers += 1;
      const id = `a-${numbers}`;
      calls.push(`add ${id}`);
      actions.set(id, input);
      return { id, number: numbers, item, ...input, session, at: "", by: "" };
    },
    async actionRemove(id) {
      calls.push(`remove ${id}`);
      actions.delete(id);
    },
    async noteSet(_session, item, note) {
      calls.push(`note ${item} ${note ?? "-"}`);
      if (note === null) notes.delete(item);
      else notes.set(item, note);
    },
    async sessionPark(_session, item, reason) {
      calls.push(`park ${item} ${reason ?? "-"}`);
      if (reason === null) parked.delete(item);
      else parked.set(item, reason);
    },
  };
  return { backend, positions, resolutions, actions, notes, parked, calls };
}

const on = { session: "s1", item: "SIM-08" };

/** Applies and records an operation, as the workspace screen does. */
async function run(stack: DiscussionUndo, backend: DiscussionBackend, op: DiscussionOp, now?: number): Promise<void> {
  stack.record(op, await applyOp(backend, op), now);
}

async function undo(stack: DiscussionUndo, backend: DiscussionBackend): Promise<void> {
  const entry = stack.takeUndo();
  if (entry) stack.undone(await applyOp(backend, entry.op));
}

async function redo(stack: DiscussionUndo, backend: DiscussionBackend): Promise<void> {
  const entry = stack.takeRedo();
  if (entry) stack.redone(await applyOp(backend, entry.op));
}

describe("undo of discussion operations", () => {
  it("takes a first position back by clearing it, and a later one by the position it replaced", async () => {
    const m = memory();
    const stack = new DiscussionUndo();
    await run(stack, m.backend, { ...on, kind: "position", input: { authority: "LCA", stance: "support", note: null } });
    await run(stack, m.backend, { ...on, kind: "position", input: { authority: "LCA", stance: "oppose", note: "cost" } });
    await undo(stack, m.backend);
    expect(m.positions.get("SIM-08 LCA")).toEqual({ authority: "LCA", stance: "support", note: null });
    await undo(stack, m.backend);
    expect(m.positions.has("SIM-08 LCA")).toBe(false);
    expect(m.calls.at(-1)).toBe("clear SIM-08 LCA");
    await redo(stack, m.backend);
    await redo(stack, m.backend);
    expect(m.positions.get("SIM-08 LCA")).toEqual({ authority: "LCA", stance: "oppose", note: "cost" });
    expect(stack.canRedo).toBe(false);
  });

  it("withdraws a resolution, and redoes it with the status it set", async () => {
    const m = memory();
    const stack = new DiscussionUndo();
    const op: DiscussionOp = { ...on, kind: "resolve", input: { resolution: "agreed-with-conditions", conditions: "phased", status: "deferred" } };
    const applied = await applyOp(m.backend, op);
    expect(applied.decision?.status).toBe("deferred");
    stack.record(op, applied);
    await undo(stack, m.backend);
    expect(m.resolutions).toEqual([]);
    expect(m.calls.at(-1)).toBe("withdraw SIM-08");
    await redo(stack, m.backend);
    expect(m.resolutions).toEqual([{ item: "SIM-08", input: { resolution: "agreed-with-conditions", conditions: "phased", status: "deferred" } }]);
  });

  it("removes an added action by its id; redo adds it again under a new id", async () => {
    const m = memory();
    const stack = new DiscussionUndo();
    await run(stack, m.backend, { ...on, kind: "add-action", input: { what: "Cost study", owner: "CBL", due: "2025-09-30" } });
    await undo(stack, m.backend);
    expect(m.actions.size).toBe(0);
    await redo(stack, m.backend);
    expect([...m.actions.keys()]).toEqual(["a-2"]);
    await undo(stack, m.backend);
    expect(m.calls.at(-1)).toBe("remove a-2");
  });

  it("puts a note and a parking back as they were", async () => {
    const m = memory();
    const stack = new DiscussionUndo();
    await run(stack, m.backend, { ...on, kind: "park", reason: "ask the MNOs", previous: null });
    await run(stack, m.backend, { ...on, kind: "note", note: "first", previous: null });
    await undo(stack, m.backend);
    expect(m.notes.has("SIM-08")).toBe(false);
    await undo(stack, m.backend);
    expect(m.parked.has("SIM-08")).toBe(false);
    await redo(stack, m.backend);
    expect(m.parked.get("SIM-08")).toBe("ask the MNOs");
  });

  it("merges quick edits of one note into one step that goes back to the note before them", async () => {
    const m = memory();
    const stack = new DiscussionUndo();
    await run(stack, m.backend, { ...on, kind: "note", note: "Agreed", previous: "old" }, 1_000);
    await run(stack, m.backend, { ...on, kind: "note", note: "Agreed in principle", previous: "Agreed" }, 2_000);
    await run(stack, m.backend, { ...on, kind: "note", note: "Later", previous: "Agreed in principle" }, 9_000);
    await undo(stack, m.backend);
    expect(m.notes.get("SIM-08")).toBe("Agreed in principle");
    await undo(stack, m.backend);
    expect(m.notes.get("SIM-08")).toBe("old");
    expect(stack.canUndo).toBe(false);
    await redo(stack, m.backend);
    expect(m.notes.get("SIM-08")).toBe("Agreed in principle");
  });

  it("orders its steps with the decision undo list: the more recent step goes first", async () => {
    const m = memory();
    const decisions = new UndoStack();
    const stack = new DiscussionUndo();
    decisions.record("SIM-08", decision({ revision: 1 }), decision({ status: "adopt", revision: 2 }));
    await run(stack, m.backend, { ...on, kind: "note", note: "n", previous: null });
    expect(stack.undoSeq! > decisions.undoSeq!).toBe(true);
    decisions.record("SIM-11", decision({ revision: 1 }), decision({ status: "adopt", revision: 2 }));
    expect(decisions.undoSeq! > stack.undoSeq!).toBe(true);
  });

  it("clears the redo list on a new step, and forgets an item's steps", async () => {
    const m = memory();
    const stack = new DiscussionUndo();
    await run(stack, m.backend, { ...on, kind: "note", note: "a", previous: null });
    await undo(stack, m.backend);
    expect(stack.canRedo).toBe(true);
    await run(stack, m.backend, { ...on, item: "SIM-11", kind: "note", note: "b", previous: null });
    expect(stack.canRedo).toBe(false);
    stack.forget("SIM-11");
    expect(stack.canUndo).toBe(false);
  });
});

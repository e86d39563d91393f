import { describe, expect, it } from "vitest";
import { decision } from "../test/fixtures";
import { UndoStack } from "./undo";

describe("UndoStack", () => {
  it("undoes to the decision before, expecting the revision after", () => {
    const stack = new UndoStack();
    const before = decision({ revision: 1 });
    const after = decision({ status: "adopt", revision: 2 });
    stack.record("SIM-08", before, after);
    const entry = stack.takeUndo();
    expect(entry?.to).toBe(before);
    expect(entry?.from.revision).toBe(2);
    expect(stack.canUndo).toBe(false);
  });

  it("redoes what was undone, based on the revision the undo produced", () => {
    const stack = new UndoStack();
    const before = decision({ revision: 1 });
    const after = decision({ status: "adopt", revision: 2 });
    stack.record("SIM-08", before, after);
    const undo = stack.takeUndo()!;
    const restored = decision({ revision: 3 });
    stack.undone(undo, restored);
    const redo = stack.takeRedo()!;
    expect(redo.to.status).toBe("adopt");
    expect(redo.from.revision).toBe(3);
    const again = decision({ status: "adopt", revision: 4 });
    stack.redone(redo, again);
    const undoAgain = stack.takeUndo()!;
    expect(undoAgain.from.revision).toBe(4);
    expect(undoAgain.to.status).toBe("open");
  });

  it("clears redo on a new change and merges quick edits of one field", () => {
    const stack = new UndoStack({ mergeWithinMs: 1000 });
    stack.record("A", decision({ revision: 0 }), decision({ status: "adopt", revision: 1 }));
    stack.undone(stack.takeUndo()!, decision({ revision: 2 }));
    expect(stack.canRedo).toBe(true);
    stack.record("A", decision({ revision: 2 }), decision({ rationale: "Re", revision: 3 }), "rationale", 10_000);
    expect(stack.canRedo).toBe(false);
    stack.record("A", decision({ rationale: "Re", revision: 3 }), decision({ rationale: "Recycled", revision: 4 }), "rationale", 10_500);
    const entry = stack.takeUndo()!;
    expect(entry.from.revision).toBe(4);
    expect(entry.to.revision).toBe(2);
    expect(stack.canUndo).toBe(false);
  });

  it("does not merge edits far apart or of another field", () => {
    const stack = new UndoStack({ mergeWithinMs: 1000 });
    stack.record("A", decision({ revision: 0 }), decision({ revision: 1 }), "rationale", 0);
    stack.record("A", decision({ revision: 1 }), decision({ revision: 2 }), "rationale", 5000);
    stack.record("A", decision({ revision: 2 }), decision({ revision: 3 }), "wording", 5100);
    let n = 0;
    while (stack.takeUndo()) n += 1;
    expect(n).toBe(3);
  });

  it("forgets an item's entries and keeps at most the limit", () => {
    const stack = new UndoStack({ limit: 2 });
    stack.record("A", decision({ revision: 0 }), decision({ revision: 1 }));
    stack.record("B", decision({ revision: 0 }), decision({ revision: 1 }));
    stack.record("C", decision({ revision: 0 }), decision({ revision: 1 }));
    stack.forget("C");
    expect(stack.takeUndo()?.item).toBe("B");
    expect(stack.takeUndo()).toBeNull();
  });
});

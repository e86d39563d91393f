import { describe, expect, it } from "vitest";
import { messages } from "./messages";
import { facilitatorShortcutList, keyAction, shortcutList, statusKeys } from "./keyboard";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});
const onItem = { typing: false, onItem: true };
const elsewhere = { typing: false, onItem: false };
const typing = { typing: true, onItem: false };

describe("keyAction", () => {
  it("switches the interface language with Ctrl+Shift+L, in a text field too", () => {
    expect(keyAction(key("L", { ctrlKey: true, shiftKey: true }), elsewhere)).toEqual({ kind: "language" });
    expect(keyAction(key("L", { ctrlKey: true, shiftKey: true }), typing)).toEqual({ kind: "language" });
    expect(keyAction(key("l", { ctrlKey: true }), elsewhere)).toBeNull();
  });

  it("moves through items with j/k and the arrow keys, only on an item", () => {
    expect(keyAction(key("j"), onItem)).toEqual({ kind: "next" });
    expect(keyAction(key("ArrowDown"), onItem)).toEqual({ kind: "next" });
    expect(keyAction(key("k"), onItem)).toEqual({ kind: "previous" });
    expect(keyAction(key("ArrowUp"), onItem)).toEqual({ kind: "previous" });
    expect(keyAction(key("j"), elsewhere)).toBeNull();
  });

  it("has one key per status, 1 to 6, in the contract's order", () => {
    expect(statusKeys.map(([, s]) => s)).toEqual([
      "open",
      "adopt",
      "adopt-modified",
      "already-covered",
      "deferred",
      "not-applicable",
    ]);
    expect(keyAction(key("3"), onItem)).toEqual({ kind: "status", status: "adopt-modified" });
    expect(keyAction(key("7"), onItem)).toBeNull();
    expect(keyAction(key("2"), elsewhere)).toBeNull();
  });

  it("focuses the search on / and opens the sheet on ?, anywhere but in a text field", () => {
    expect(keyAction(key("/"), elsewhere)).toEqual({ kind: "focus-search" });
    expect(keyAction(key("?", { shiftKey: true }), onItem)).toEqual({ kind: "shortcuts" });
    expect(keyAction(key("/"), typing)).toBeNull();
    expect(keyAction(key("?"), typing)).toBeNull();
  });

  it("undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y, leaving text fields their own undo", () => {
    expect(keyAction(key("z", { ctrlKey: true }), elsewhere)).toEqual({ kind: "undo" });
    expect(keyAction(key("Z", { ctrlKey: true, shiftKey: true }), onItem)).toEqual({ kind: "redo" });
    expect(keyAction(key("y", { ctrlKey: true }), elsewhere)).toEqual({ kind: "redo" });
    expect(keyAction(key("z", { ctrlKey: true }), typing)).toBeNull();
  });

  it("switches views with Alt+1 to Alt+8 and toggles selection with x or Space", () => {
    expect(keyAction(key("3", { altKey: true }), elsewhere)).toEqual({ kind: "tab", tab: "overview" });
    expect(keyAction(key("5", { altKey: true }), elsewhere)).toEqual({ kind: "tab", tab: "discussion" });
    expect(keyAction(key("6", { altKey: true }), elsewhere)).toEqual({ kind: "tab", tab: "survey" });
    expect(keyAction(key("6", { altKey: true }), typing)).toBeNull();
    expect(keyAction(key("7", { altKey: true }), elsewhere)).toEqual({ kind: "tab", tab: "versions" });
    expect(keyAction(key("8", { altKey: true }), elsewhere)).toEqual({ kind: "tab", tab: "review" });
    expect(keyAction(key("9", { altKey: true }), elsewhere)).toBeNull();
    expect(shortcutList.find(([, m]) => m === "shortcutTabs")?.[0]).toBe("Alt+1 – Alt+8");
    expect(keyAction(key("x"), onItem)).toEqual({ kind: "toggle-selection" });
    expect(keyAction(key(" "), onItem)).toEqual({ kind: "toggle-selection" });
    expect(keyAction(key("x", { ctrlKey: true }), onItem)).toBeNull();
  });

  it("describes every shortcut in the sheet with a message", () => {
    for (const [, message] of [...shortcutList, ...facilitatorShortcutList]) {
      expect(typeof (messages as Record<string, unknown>)[message]).toBe("string");
    }
  });
});

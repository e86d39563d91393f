import { describe, expect, it } from "vitest";
import { asSentence } from "./text";

describe("asSentence", () => {
  it("capitalises and ends a core message", () => {
    expect(asSentence("workspace name must not be empty")).toBe("Workspace name must not be empty.");
  });

  it("leaves an ending in place and quotes untouched", () => {
    expect(asSentence("a workspace named \"X\" exists already; choose another name.")).toBe(
      "A workspace named \"X\" exists already; choose another name.",
    );
    expect(asSentence("  ")).toBe("");
  });
});

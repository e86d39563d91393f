import { describe, expect, it } from "vitest";
import { AppError, toAppError } from "./index";

describe("toAppError", () => {
  it("keeps the core's code and message", () => {
    const error = toAppError({ code: "conflict", message: "a workspace named \"X\" exists already" });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("a workspace named \"X\" exists already");
  });

  it("treats Tauri's own string rejections as unexpected", () => {
    const error = toAppError("command select not allowed by ACL");
    expect(error.code).toBe("unexpected");
    expect(error.message).toContain("not allowed");
  });

  it("does not trust an object with an unknown code", () => {
    expect(toAppError({ code: "teapot", message: "x" }).code).toBe("unexpected");
  });
});

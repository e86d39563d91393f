import { afterEach, describe, expect, it, vi } from "vitest";
import { debounce } from "./debounce";

describe("debounce", () => {
  afterEach(() => vi.useRealTimers());

  it("runs once with the last arguments after the quiet period", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const run = debounce((text: string) => seen.push(text), 200);
    run("S");
    run("SI");
    run("SIM");
    vi.advanceTimersByTime(199);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(["SIM"]);
  });

  it("drops a pending call when cancelled", () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const run = debounce(() => seen.push(1), 50);
    run();
    run.cancel();
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([]);
  });
});

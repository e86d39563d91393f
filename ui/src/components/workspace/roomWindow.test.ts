import { beforeEach, describe, expect, it, vi } from "vitest";

// The app's room-view commands, as the test sets them.
const app = vi.hoisted(() => ({
  open: vi.fn<(workspace: string, session: string) => Promise<void>>(),
  close: vi.fn<() => Promise<void>>(),
  stop: vi.fn<() => void>(),
  /** What the app says when the window manager closes the room view. */
  said: null as ((open: boolean) => void) | null,
  listening: null as Promise<() => void> | null,
}));

vi.mock("../../api", () => ({
  roomViewOpen: app.open,
  roomViewClose: app.close,
  onRoomView: (handler: (open: boolean) => void) => {
    app.said = handler;
    return app.listening ?? Promise.resolve(app.stop);
  },
}));

const { RoomWindow } = await import("./roomWindow");

function room() {
  const shown: boolean[] = [];
  return { room: new RoomWindow((open) => shown.push(open)), shown };
}

describe("the room view's window", () => {
  beforeEach(() => {
    app.open.mockReset().mockResolvedValue(undefined);
    app.close.mockReset().mockResolvedValue(undefined);
    app.stop.mockReset();
    app.said = null;
    app.listening = null;
  });

  it("opens at a session and closes again, saying so each time", async () => {
    const { room: r, shown } = room();
    await r.toggle("w1", "s1");
    expect(app.open).toHaveBeenCalledWith("w1", "s1");
    expect(r.open).toBe(true);
    await r.toggle("w1", "s1");
    expect(app.close).toHaveBeenCalledTimes(1);
    expect(r.open).toBe(false);
    expect(shown).toEqual([true, false]);
  });

  it("ignores a second press while the window is still opening", async () => {
    let opened: () => void = () => undefined;
    app.open.mockReturnValue(new Promise<void>((resolve) => (opened = resolve)));
    const { room: r } = room();
    const first = r.toggle("w1", "s1");
    await r.toggle("w1", "s1");
    expect(app.open).toHaveBeenCalledTimes(1);
    expect(app.close).not.toHaveBeenCalled();
    opened();
    await first;
    expect(r.open).toBe(true);
  });

  it("passes a refusal on and stays as it was, ready for another press", async () => {
    app.open.mockRejectedValueOnce(new Error("no display"));
    const { room: r, shown } = room();
    await expect(r.toggle("w1", "s1")).rejects.toThrow("no display");
    expect(r.open).toBe(false);
    expect(shown).toEqual([]);
    await r.toggle("w1", "s1");
    expect(r.open).toBe(true);
  });

  it("moves an open room view to the session being facilitated, and only an open one", async () => {
    const { room: r } = room();
    r.follow("w1", "s2");
    expect(app.open).not.toHaveBeenCalled();
    await r.toggle("w1", "s1");
    r.follow("w1", "s2");
    expect(app.open).toHaveBeenLastCalledWith("w1", "s2");
  });

  it("hears the window manager close it, and closes it and stops listening when the workspace goes", async () => {
    const { room: r, shown } = room();
    r.listen();
    await r.toggle("w1", "s1");
    app.said?.(false);
    expect(r.open).toBe(false);
    await r.toggle("w1", "s1");
    await Promise.resolve();
    r.dispose();
    expect(app.stop).toHaveBeenCalledTimes(1);
    expect(app.close).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([true, false, true]);
  });

  it("stops listening when the workspace went before the app answered", async () => {
    let answer: (stop: () => void) => void = () => undefined;
    app.listening = new Promise((resolve) => (answer = resolve));
    const { room: r } = room();
    r.listen();
    r.dispose();
    expect(app.close).not.toHaveBeenCalled();
    answer(app.stop);
    await app.listening;
    await Promise.resolve();
    expect(app.stop).toHaveBeenCalledTimes(1);
  });
});

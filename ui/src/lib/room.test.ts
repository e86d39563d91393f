import { describe, expect, it } from "vitest";
import { Follower, targetFromNotice, targetFromQuery, type RoomTarget } from "./room";

const target = (seq: number, session = "s1"): RoomTarget => ({ workspace: "w1", session, seq });

/** A read that waits until the test lets it finish. */
function slowReads() {
  const pending: Array<{ target: RoomTarget; finish: () => void }> = [];
  const read = (t: RoomTarget) => new Promise<RoomTarget>((resolve) => pending.push({ target: t, finish: () => resolve(t) }));
  return { read, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the room view's target", () => {
  it("is read from the window's address and from the app's notices", () => {
    expect(targetFromQuery("?workspace=w%201&session=s2&seq=3")).toEqual({ workspace: "w 1", session: "s2", seq: 3 });
    expect(targetFromQuery("?workspace=w1")).toBeNull();
    expect(targetFromNotice(["w1", "s1", 4])).toEqual(target(4));
    expect(targetFromNotice({ workspace: "w1" })).toBeNull();
    expect(targetFromNotice(["w1", "s1"])).toBeNull();
  });
});

describe("following the facilitator", () => {
  it("folds notices that arrive during a read into one more read of the latest", async () => {
    const { read, pending } = slowReads();
    const shown: number[] = [];
    const follower = new Follower(read, (_v, t) => shown.push(t.seq), () => undefined);
    void follower.notify(target(1));
    for (const seq of [2, 3, 4, 5]) void follower.notify(target(seq));
    expect(pending).toHaveLength(1);
    pending[0]!.finish();
    await settle();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.target.seq).toBe(5);
    pending[1]!.finish();
    await settle();
    expect(shown).toEqual([1, 5]);
    expect(follower.reads).toBe(2);
  });

  it("ignores a notice older than the latest, and keeps going after a failed read", async () => {
    const shown: number[] = [];
    const failed: number[] = [];
    let fail = true;
    const follower = new Follower(
      async (t: RoomTarget) => {
        if (fail) {
          fail = false;
          throw new Error("busy");
        }
        return t;
      },
      (_v, t) => shown.push(t.seq),
      (_e, t) => failed.push(t.seq),
    );
    await follower.notify(target(3));
    await follower.notify(target(2));
    await follower.notify(target(4, "s2"));
    expect(failed).toEqual([3]);
    expect(shown).toEqual([4]);
  });
});

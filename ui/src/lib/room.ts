// What the room view follows, and how it keeps up with a facilitator who moves quickly: one
// read at a time, notices that arrive meanwhile folded into one more read of the latest target,
// and a reply older than the one shown never replaces it.

import type { Discussion, ItemResolution, Position, SelectedItem, Session, WorkspaceDetail } from "../api/bindings";
import { latestResolution, positionsOn } from "./discussion";

export interface RoomTarget {
  workspace: string;
  session: string;
  /** The notice's number: larger is newer. */
  seq: number;
}

/** The target the window was opened with (`room.html?workspace=…&session=…&seq=…`). */
export function targetFromQuery(search: string): RoomTarget | null {
  const query = new URLSearchParams(search);
  const workspace = query.get("workspace");
  const session = query.get("session");
  const seq = Number(query.get("seq") ?? "0");
  if (!workspace || !session || !Number.isFinite(seq)) return null;
  return { workspace, session, seq };
}

/** A notice from the app: `[workspace, session, seq]` (src-tauri/src/room.rs). */
export function targetFromNotice(payload: unknown): RoomTarget | null {
  if (!Array.isArray(payload) || payload.length !== 3) return null;
  const [workspace, session, seq] = payload as unknown[];
  if (typeof workspace !== "string" || typeof session !== "string" || typeof seq !== "number") return null;
  return { workspace, session, seq };
}

export class Follower<V> {
  private latest: RoomTarget | null = null;
  private running = false;
  private again = false;
  private shown = -Infinity;
  /** Reads started, for tests and the figures. */
  reads = 0;

  constructor(
    private readonly read: (target: RoomTarget) => Promise<V>,
    private readonly show: (value: V, target: RoomTarget) => void,
    private readonly fail: (reason: unknown, target: RoomTarget) => void,
  ) {}

  /** A notice arrived: read again now, or once the read in progress has finished. */
  notify(target: RoomTarget): Promise<void> {
    if (this.latest !== null && target.seq < this.latest.seq) return Promise.resolve();
    this.latest = target;
    if (this.running) {
      this.again = true;
      return Promise.resolve();
    }
    return this.loop();
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        const target = this.latest;
        if (target === null) break;
        this.reads += 1;
        try {
          const value = await this.read(target);
          if (target.seq >= this.shown) {
            this.shown = target.seq;
            this.show(value, target);
          }
        } catch (reason) {
          this.fail(reason, target);
        }
      } while (this.again);
    } finally {
      this.running = false;
    }
  }
}

/** Everything the room shows, read from the discussion and the workspace. */
export interface RoomPicture {
  session: Session | null;
  item: SelectedItem | null;
  /** 1-based place on the agenda, or null when the item is not on it. */
  place: number | null;
  total: number;
  positions: Array<{ code: string; name: string; position: Position | null }>;
  resolution: ItemResolution | null;
}

export function picture(detail: WorkspaceDetail, discussion: Discussion, sessionId: string): RoomPicture {
  const session = discussion.sessions.find((s) => s.id === sessionId) ?? null;
  const current = session?.current_item ?? null;
  const item = current === null ? null : (detail.items.find((i) => i.id === current) ?? null);
  const on = session && current !== null ? positionsOn(discussion, session.id, current) : new Map<string, Position>();
  const at = session && current !== null ? session.agenda.findIndex((a) => a.item === current) : -1;
  return {
    session,
    item,
    place: at >= 0 ? at + 1 : null,
    total: session?.agenda.length ?? 0,
    positions: detail.workspace.authorities.map((a) => ({ code: a.code, name: a.name, position: on.get(a.code) ?? null })),
    resolution: current === null ? null : latestResolution(discussion, current),
  };
}

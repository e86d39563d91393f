// The room view's window for the projector, as the workspace screen knows it: whether it is
// open, opening it at a session or closing it, moving it along, and closing it with the screen.

import { roomViewClose, onRoomView, roomViewOpen } from "../../api";

export class RoomWindow {
  #open = false;
  // A second press while the window is still opening or closing is ignored.
  #busy = false;
  #stop: (() => void) | null = null;
  #disposed = false;

  /** `shown` hears every change of whether the room view is open. */
  constructor(private readonly shown: (open: boolean) => void) {}

  get open(): boolean {
    return this.#open;
  }

  #set(open: boolean): void {
    this.#open = open;
    this.shown(open);
  }

  /** Opens the room view at the session, or closes it; throws what the app refused. */
  async toggle(workspace: string, session: string): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      if (this.#open) {
        await roomViewClose();
        this.#set(false);
      } else {
        await roomViewOpen(workspace, session);
        this.#set(true);
      }
    } finally {
      this.#busy = false;
    }
  }

  /** An open room view moves to the session being facilitated. */
  follow(workspace: string, session: string): void {
    if (this.#open) void roomViewOpen(workspace, session).catch(() => undefined);
  }

  /** The room view may also be closed from the window manager; the app says so. */
  listen(): void {
    void onRoomView((open) => this.#set(open))
      .then((stop) => {
        if (this.#disposed) stop();
        else this.#stop = stop;
      })
      .catch(() => undefined);
  }

  /** The room view shows this workspace: it goes with it. */
  dispose(): void {
    this.#disposed = true;
    this.#stop?.();
    if (this.#open) void roomViewClose().catch(() => undefined);
  }
}

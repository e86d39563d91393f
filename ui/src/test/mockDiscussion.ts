// The open discussion in the mock backend: sessions, agenda, positions, resolutions, actions,
// notes, kept per workspace in memory. It answers like the core where the UI depends on it
// (the position a new one replaced, the status a resolution sets and withdrawing it puts back).

import type {
  ActionInput,
  AgendaSlot,
  Decision,
  DecisionStatus,
  Discussion,
  PositionInput,
  ResolutionInput,
  SelectedItem,
  Session,
  SessionDraft,
} from "../api/bindings";

export class Refusal {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

const now = (): string => new Date().toISOString();

export class MockDiscussion {
  readonly data: Discussion = { sessions: [], positions: [], resolutions: [], actions: [], notes: [] };
  private actionNumbers = 0;

  constructor(
    private readonly items: () => SelectedItem[],
    private readonly setStatus: (item: string, status: DecisionStatus) => Decision,
  ) {}

  /** Answers a discussion command, or returns `undefined` when `cmd` is not one. */
  run(cmd: string, a: Record<string, unknown>): unknown {
    switch (cmd) {
      case "discussion_show":
        return structuredClone(this.data);
      case "session_list":
        return structuredClone(this.data.sessions);
      case "session_create":
        return this.create(a.draft as SessionDraft);
      case "session_update": {
        const s = this.session(a.session as string);
        Object.assign(s, a.draft as SessionDraft);
        return structuredClone(s);
      }
      case "agenda_set": {
        const s = this.session(a.session as string | null);
        s.agenda = (a.slots as AgendaSlot[]).map((slot) => ({
          item: this.selected(slot.item).id,
          time_box: slot.time_box,
          parked: s.agenda.find((e) => e.item === slot.item)?.parked ?? null,
        }));
        return structuredClone(s);
      }
      case "session_set_current": {
        const s = this.session(a.session as string);
        const item = a.item as string | null;
        if (item !== s.current_item) {
          s.current_item = item;
          s.current_since = item === null ? null : now();
        }
        return structuredClone(s);
      }
      case "session_park": {
        const s = this.session(a.session as string);
        const entry = s.agenda.find((e) => e.item === a.item);
        if (!entry) throw new Refusal("conflict", `${String(a.item)} is not on the agenda of ${s.id}`);
        entry.parked = (a.reason as string | null) ?? null;
        return structuredClone(s);
      }
      case "position_record":
        return this.position(a.item as string, a.position as PositionInput, a.session as string | null);
      case "position_clear": {
        const s = this.session(a.session as string);
        this.data.positions = this.data.positions.filter((p) => !(p.session === s.id && p.item === a.item && p.authority === a.authority));
        return null;
      }
      case "resolve":
        return this.resolve(a.item as string, a.resolution as ResolutionInput, a.session as string | null);
      case "resolution_withdraw": {
        const at = this.data.resolutions.map((r) => r.item).lastIndexOf(a.item as string);
        const latest = this.data.resolutions[at];
        if (!latest) throw new Refusal("conflict", `${String(a.item)} has no resolution to withdraw`);
        this.data.resolutions.splice(at, 1);
        return this.setStatus(latest.item, latest.status_before);
      }
      case "action_add": {
        const s = this.session(a.session as string | null);
        const input = a.action as ActionInput;
        this.actionNumbers += 1;
        const action = { id: `a-${this.actionNumbers}`, number: this.actionNumbers, item: this.selected(a.item as string).id, ...input, session: s.id, at: now(), by: "tester" };
        this.data.actions.push(action);
        return structuredClone(action);
      }
      case "action_remove":
        this.data.actions = this.data.actions.filter((x) => x.id !== a.id);
        return null;
      case "note_set": {
        const s = this.session(a.session as string);
        this.data.notes = this.data.notes.filter((n) => !(n.session === s.id && n.item === a.item));
        const note = a.note as string | null;
        if (note) this.data.notes.push({ item: a.item as string, session: s.id, note, at: now(), by: "tester" });
        return null;
      }
      case "session_anonymise": {
        let count = 0;
        for (const s of this.data.sessions) {
          for (const p of s.participants) {
            if (p.name !== p.organisation) {
              p.name = p.organisation;
              count += 1;
            }
          }
          if (!s.anonymised) {
            s.facilitator = "Facilitator";
            count += 1;
          }
          s.anonymised = true;
        }
        return count;
      }
      case "export_minutes":
      case "room_view_open":
      case "room_view_close":
        return null;
      default:
        return undefined;
    }
  }

  private create(draft: SessionDraft): Session {
    if (draft.facilitator.trim() === "") throw new Refusal("invalid-input", "facilitator must not be empty");
    const session: Session = {
      id: `s${this.data.sessions.length + 1}`,
      number: this.data.sessions.length + 1,
      ...structuredClone(draft),
      agenda: [],
      current_item: null,
      current_since: null,
      anonymised: false,
      created_at: now(),
      created_by: "tester",
    };
    this.data.sessions.push(session);
    return structuredClone(session);
  }

  private session(id: string | null): Session {
    const s = id === null ? this.data.sessions.at(-1) : this.data.sessions.find((x) => x.id === id);
    if (!s) throw new Refusal("not-found", id === null ? "the workspace has no session yet" : `no session ${id}`);
    return s;
  }

  private selected(id: string): SelectedItem {
    const item = this.items().find((i) => i.id === id);
    if (!item) throw new Refusal("conflict", `${id} is not selected`);
    return item;
  }

  private position(item: string, input: PositionInput, sessionId: string | null) {
    const s = this.session(sessionId);
    this.selected(item);
    const at = this.data.positions.findIndex((p) => p.session === s.id && p.item === item && p.authority === input.authority);
    const previous = at >= 0 ? (this.data.positions[at] ?? null) : null;
    const position = { item, ...input, session: s.id, at: now(), by: "tester" };
    if (at >= 0) this.data.positions.splice(at, 1);
    this.data.positions.push(position);
    return { position: structuredClone(position), previous };
  }

  private resolve(item: string, input: ResolutionInput, sessionId: string | null) {
    const s = this.session(sessionId);
    const before = this.selected(item).decision.status;
    if (input.resolution === "agreed-with-conditions" && !input.conditions?.trim()) {
      throw new Refusal("invalid-input", "agreed with conditions needs the conditions");
    }
    const after: DecisionStatus =
      input.resolution === "divergent" ? "open" : (input.status ?? (input.resolution === "agreed" ? "adopt" : "adopt-modified"));
    const decision = this.setStatus(item, after);
    const resolution = { item, resolution: input.resolution, conditions: input.conditions, status_before: before, status_after: after, session: s.id, at: now(), by: "tester" };
    this.data.resolutions.push(resolution);
    return { resolution: structuredClone(resolution), decision };
  }
}

// The open discussion as plain data: the session form, the agenda's order, where each agenda
// item stands, the facilitator's timers and keys. The core checks every rule again; these
// helpers only present the data and catch what a form can see.

import type {
  ActionItem,
  AgendaOrder,
  AgendaSlot,
  Authority,
  CatalogGroup,
  Discussion,
  ItemResolution,
  Position,
  Priority,
  Resolution,
  SelectedItem,
  Session,
  SessionDraft,
  Stance,
} from "../api/bindings";
import { agendaOrders, resolutions, stances } from "../api/values";
import { groupOrder } from "./catalog";
import { messages } from "./messages";

// The value sets' codes in the contract's order, from the core.
export { agendaOrders, resolutions, stances };

/** How a session is shown: "s2", from the display number the core derives (its id may be a
 *  long global one, "s-3fa9…"). */
export function sessionLabel(session: Session): string {
  return `s${session.number}`;
}

/** The longest time box the core accepts, in minutes (a long clinic day). */
export const MAX_TIME_BOX = 24 * 60;

// --- the session form ----------------------------------------------------------------------

export interface ParticipantRow {
  name: string;
  organisation: string;
  /** An authority code of the workspace, or "" while none is chosen. */
  authority: string;
  role: string;
}

export interface SessionForm {
  date: string;
  /** The place; ignored while `online` is ticked. */
  place: string;
  online: boolean;
  facilitator: string;
  participants: ParticipantRow[];
  /** Minutes as typed; "" for no time box. */
  timeBox: string;
}

export const ONLINE = "Online";
/** The place an online session records in each interface language; either reads back as online. */
const ONLINE_PLACES = [ONLINE, "En ligne"].map((place) => place.toLowerCase());

/** An empty row; given an authority, it speaks for it and its organisation is the authority. */
export function emptyParticipant(authority: Authority | null = null): ParticipantRow {
  return { name: "", organisation: authority?.name ?? "", authority: authority?.code ?? "", role: "" };
}

/** A new session's form: today, one participant row per authority. */
export function emptySessionForm(today: string, authorities: readonly Authority[]): SessionForm {
  return {
    date: today,
    place: "",
    online: false,
    facilitator: "",
    participants: authorities.length > 0 ? authorities.map((a) => emptyParticipant(a)) : [emptyParticipant()],
    timeBox: "",
  };
}

/** The form for editing a session as it is stored. */
export function sessionFormOf(session: Session): SessionForm {
  const online = session.place !== null && ONLINE_PLACES.includes(session.place.trim().toLowerCase());
  return {
    date: session.date,
    place: online ? "" : (session.place ?? ""),
    online,
    facilitator: session.facilitator,
    participants: session.participants.map((p) => ({
      name: p.name,
      organisation: p.organisation,
      authority: p.authority,
      role: p.role ?? "",
    })),
    timeBox: session.time_box === null ? "" : String(session.time_box),
  };
}

/** A row nobody filled in: no name or role, and no organisation beyond the one it was offered with. */
function isBlankRow(row: ParticipantRow, authorities: readonly Authority[]): boolean {
  const offered = authorities.find((a) => a.code === row.authority)?.name ?? "";
  const organisation = row.organisation.trim();
  return row.name.trim() === "" && row.role.trim() === "" && (organisation === "" || organisation === offered);
}

export interface ParticipantProblems {
  name?: string;
  organisation?: string;
  authority?: string;
}

export interface SessionFormProblems {
  date?: string;
  facilitator?: string;
  timeBox?: string;
  /** One entry per participant row (empty when the row is fine or left blank). */
  participants: ParticipantProblems[];
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The time box typed, as minutes; null for none; undefined when it is not a valid number. */
export function parseTimeBox(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_TIME_BOX ? minutes : undefined;
}

/** What is wrong with the form, field by field; rows left completely blank are ignored. */
export function sessionFormProblems(form: SessionForm, authorities: readonly Authority[]): SessionFormProblems {
  const problems: SessionFormProblems = { participants: [] };
  if (!isCalendarDate(form.date)) problems.date = messages.sessionDateProblem;
  if (form.facilitator.trim() === "") problems.facilitator = messages.facilitatorProblem;
  if (parseTimeBox(form.timeBox) === undefined) problems.timeBox = messages.timeBoxProblem(MAX_TIME_BOX);
  const codes = authorities.map((a) => a.code);
  problems.participants = form.participants.map((row) => {
    if (isBlankRow(row, authorities)) return {};
    const row_: ParticipantProblems = {};
    if (row.name.trim() === "") row_.name = messages.participantNameProblem;
    if (row.organisation.trim() === "") row_.organisation = messages.participantOrganisationProblem;
    if (!codes.includes(row.authority)) row_.authority = messages.participantAuthorityProblem;
    return row_;
  });
  return problems;
}

export function hasProblems(problems: SessionFormProblems): boolean {
  return (
    problems.date !== undefined ||
    problems.facilitator !== undefined ||
    problems.timeBox !== undefined ||
    problems.participants.some((p) => Object.keys(p).length > 0)
  );
}

const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** What to send to `session_create` / `session_update`; blank rows are left out. */
export function toSessionDraft(form: SessionForm, authorities: readonly Authority[]): SessionDraft {
  return {
    date: form.date.trim(),
    place: form.online ? messages.onlinePlace : optional(form.place),
    facilitator: form.facilitator.trim(),
    participants: form.participants
      .filter((row) => !isBlankRow(row, authorities))
      .map((row) => ({
        name: row.name.trim(),
        organisation: row.organisation.trim(),
        authority: row.authority,
        role: optional(row.role),
      })),
    time_box: parseTimeBox(form.timeBox) ?? null,
  };
}

// --- the agenda --------------------------------------------------------------------------

const priorityRank = (p: Priority | null): number => (p === "high" ? 0 : p === "medium" ? 1 : p === "low" ? 2 : 3);
const groupRank = (g: CatalogGroup | undefined): number => (g === undefined ? groupOrder.length : groupOrder.indexOf(g));

/**
 * The slots in the order the core will store them: by catalog group (then id), by priority
 * (high first, then group, then id), or as given. Mirrors `Workbench::set_agenda`, so the
 * editor shows the order before it is saved.
 */
export function orderSlots(slots: readonly AgendaSlot[], items: readonly SelectedItem[], order: AgendaOrder): AgendaSlot[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const key = (slot: AgendaSlot): [number, number] => {
    const item = byId.get(slot.item);
    return [priorityRank(item?.decision.priority ?? null), groupRank(item?.group)];
  };
  const byIdText = (a: AgendaSlot, b: AgendaSlot): number => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
  const list = [...slots];
  if (order === "group") list.sort((a, b) => key(a)[1] - key(b)[1] || byIdText(a, b));
  if (order === "priority") list.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || byIdText(a, b));
  return list;
}

/** The list with the slot at `index` moved `delta` places (clamped); the same list when it cannot move. */
export function moveSlot<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = Math.min(list.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= list.length || target === index) return [...list];
  const copy = [...list];
  const [moved] = copy.splice(index, 1);
  copy.splice(target, 0, moved as T);
  return copy;
}

/** A session's agenda as editable slots. */
export function slotsOf(session: Session): AgendaSlot[] {
  return session.agenda.map((a) => ({ item: a.item, time_box: a.time_box }));
}

// --- where the items stand --------------------------------------------------------------

/** The item's current resolution: its latest, from any session. */
export function latestResolution(discussion: Discussion, item: string): ItemResolution | null {
  for (let i = discussion.resolutions.length - 1; i >= 0; i--) {
    const r = discussion.resolutions[i];
    if (r && r.item === item) return r;
  }
  return null;
}

export type AgendaState = "resolved" | "parked" | "remaining";

/** Resolved (in this session), parked, or still to discuss. */
export function agendaState(discussion: Discussion, session: Session, item: string): AgendaState {
  if (discussion.resolutions.some((r) => r.item === item && r.session === session.id)) return "resolved";
  if (session.agenda.find((a) => a.item === item)?.parked != null) return "parked";
  return "remaining";
}

export interface AgendaProgress {
  resolved: string[];
  parked: string[];
  remaining: string[];
}

/** The agenda split into resolved, parked and remaining items, each in agenda order. */
export function agendaProgress(discussion: Discussion, session: Session): AgendaProgress {
  const progress: AgendaProgress = { resolved: [], parked: [], remaining: [] };
  for (const entry of session.agenda) progress[agendaState(discussion, session, entry.item)].push(entry.item);
  return progress;
}

/** The agenda item `delta` places from `current` (null at either end, or when not on the agenda). */
export function neighbourItem(session: Session, current: string | null, delta: number): string | null {
  const ids = session.agenda.map((a) => a.item);
  if (current === null) return ids[delta > 0 ? 0 : ids.length - 1] ?? null;
  const at = ids.indexOf(current);
  if (at < 0) return null;
  return ids[at + delta] ?? null;
}

/** Each authority's position on an item in a session. */
export function positionsOn(discussion: Discussion, session: string, item: string): Map<string, Position> {
  const map = new Map<string, Position>();
  for (const p of discussion.positions) if (p.session === session && p.item === item) map.set(p.authority, p);
  return map;
}

export function noteOn(discussion: Discussion, session: string, item: string): string {
  return discussion.notes.find((n) => n.session === session && n.item === item)?.note ?? "";
}

export function actionsOn(discussion: Discussion, session: string, item: string): ActionItem[] {
  return discussion.actions.filter((a) => a.session === session && a.item === item);
}

// --- timers ------------------------------------------------------------------------------

/** Whole seconds from `since` to `now` (both in ms); 0 when not started or in the future. */
export function elapsedSeconds(since: number | null, now: number): number {
  if (since === null || now <= since) return 0;
  return Math.floor((now - since) / 1000);
}

/** "4:05", or "1:02:03" from an hour on. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number): string => String(n).padStart(2, "0");
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(s % 60)}` : `${minutes}:${pad(s % 60)}`;
}

/** No time box, within it, in its last fifth, or over it. */
export type TimeState = "none" | "ok" | "near" | "over";

export function timeState(seconds: number, boxMinutes: number | null): TimeState {
  if (boxMinutes === null || boxMinutes <= 0) return "none";
  const box = boxMinutes * 60;
  if (seconds > box) return "over";
  return seconds >= box * 0.8 ? "near" : "ok";
}

// --- the facilitator's keys --------------------------------------------------------------

/** Stance keys per authority, in workspace order: one row of five per authority (up to four). */
export const stanceKeyRows: readonly (readonly string[])[] = [
  ["1", "2", "3", "4", "5"],
  ["6", "7", "8", "9", "0"],
  ["q", "w", "e", "r", "t"],
  ["y", "u", "i", "o", "p"],
];

export const resolutionKeys: Readonly<Record<Resolution, string>> = {
  agreed: "a",
  "agreed-with-conditions": "c",
  divergent: "d",
};

export type FacilitatorAction =
  | { kind: "stance"; authority: number; stance: Stance }
  | { kind: "resolve"; resolution: Resolution }
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "room" }
  | { kind: "park" }
  | { kind: "note" };

export interface PlainKey {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * The facilitator view's one-key actions. None while typing in a field, and none with Ctrl,
 * Alt or Meta (those belong to undo, tabs and the desktop).
 */
export function facilitatorAction(event: PlainKey, typing: boolean, authorityCount: number): FacilitatorAction | null {
  if (typing || event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const [authority, row] of stanceKeyRows.slice(0, authorityCount).entries()) {
    const at = row.indexOf(key);
    const stance = stances[at];
    if (at >= 0 && stance) return { kind: "stance", authority, stance };
  }
  for (const resolution of resolutions) if (resolutionKeys[resolution] === key) return { kind: "resolve", resolution };
  if (key === "j" || key === "PageDown") return { kind: "next" };
  if (key === "k" || key === "PageUp") return { kind: "previous" };
  if (key === "v") return { kind: "room" };
  if (key === "l") return { kind: "park" };
  if (key === "m") return { kind: "note" };
  return null;
}

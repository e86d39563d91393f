import { describe, expect, it } from "vitest";
import type { Authority, Discussion, ItemResolution, SelectedItem, Session } from "../api/bindings";
import { decision, item } from "../test/fixtures";
import {
  agendaProgress,
  clock,
  elapsedSeconds,
  emptySessionForm,
  facilitatorAction,
  hasProblems,
  isCalendarDate,
  latestResolution,
  moveSlot,
  neighbourItem,
  orderSlots,
  parseTimeBox,
  sessionFormOf,
  sessionFormProblems,
  timeState,
  toSessionDraft,
} from "./discussion";

const authorities: Authority[] = [
  { code: "LCA", name: "Lesotho Communications Authority", kind: "telecom-regulator" },
  { code: "CBL", name: "Central Bank of Lesotho", kind: "central-bank" },
];

function selected(id: string, group: SelectedItem["group"], priority: "high" | "medium" | "low" | null = null): SelectedItem {
  return { ...item(id, group), selected_at: "", selected_by: "", decision: decision({ priority }) };
}

function session(agenda: Array<[string, string | null]>, extra: Partial<Session> = {}): Session {
  return {
    id: "s1",
    number: 1,
    date: "2025-06-05",
    place: "Maseru",
    facilitator: "F",
    participants: [],
    time_box: null,
    agenda: agenda.map(([id, parked]) => ({ item: id, time_box: null, parked })),
    current_item: null,
    current_since: null,
    anonymised: false,
    created_at: "",
    created_by: "",
    ...extra,
  };
}

function resolution(id: string, kind: ItemResolution["resolution"], sessionId = "s1"): ItemResolution {
  return { item: id, resolution: kind, conditions: null, status_before: "open", status_after: "adopt", session: sessionId, at: "", by: "" };
}

const empty: Discussion = { sessions: [], positions: [], resolutions: [], actions: [], notes: [] };

describe("the session form", () => {
  it("offers one participant per authority, speaking for it, and leaves untouched rows out", () => {
    const form = emptySessionForm("2025-06-05", authorities);
    expect(form.participants.map((p) => [p.authority, p.organisation])).toEqual([
      ["LCA", "Lesotho Communications Authority"],
      ["CBL", "Central Bank of Lesotho"],
    ]);
    form.facilitator = "Palesa";
    const first = form.participants[0]!;
    first.name = "Thabo";
    expect(hasProblems(sessionFormProblems(form, authorities))).toBe(false);
    const draft = toSessionDraft(form, authorities);
    expect(draft.participants).toEqual([
      { name: "Thabo", organisation: "Lesotho Communications Authority", authority: "LCA", role: null },
    ]);
    expect(draft.place).toBeNull();
    expect(draft.time_box).toBeNull();
  });

  it("names what is missing in a started row, and a participant for an unknown authority", () => {
    const form = emptySessionForm("2025-06-05", authorities);
    form.facilitator = "F";
    form.participants = [
      { name: "", organisation: "LCA Legal", authority: "LCA", role: "" },
      { name: "Lineo", organisation: "", authority: "CBL", role: "" },
      { name: "Neo", organisation: "RBM", authority: "RBM", role: "" },
    ];
    const problems = sessionFormProblems(form, authorities);
    expect(hasProblems(problems)).toBe(true);
    expect(Object.keys(problems.participants[0]!)).toEqual(["name"]);
    expect(Object.keys(problems.participants[1]!)).toEqual(["organisation"]);
    expect(Object.keys(problems.participants[2]!)).toEqual(["authority"]);
  });

  it("checks the date, the facilitator and the time box", () => {
    const form = emptySessionForm("2025-02-30", authorities);
    form.timeBox = "90.5";
    const problems = sessionFormProblems(form, authorities);
    expect(problems.date).toBeDefined();
    expect(problems.facilitator).toBeDefined();
    expect(problems.timeBox).toBeDefined();
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("5 June 2025")).toBe(false);
    expect(parseTimeBox(" 90 ")).toBe(90);
    expect(parseTimeBox("")).toBeNull();
    expect(parseTimeBox("0")).toBeUndefined();
    expect(parseTimeBox("1441")).toBeUndefined();
    expect(parseTimeBox("-5")).toBeUndefined();
  });

  it("writes Online for an online session, and reads it back", () => {
    const form = emptySessionForm("2025-06-05", authorities);
    form.online = true;
    form.place = "ignored";
    form.facilitator = " F ";
    form.timeBox = "120";
    const draft = toSessionDraft(form, authorities);
    expect(draft.place).toBe("Online");
    expect(draft.facilitator).toBe("F");
    expect(draft.time_box).toBe(120);
    const back = sessionFormOf(session([], { place: "Online", time_box: 120 }));
    expect(back.online).toBe(true);
    expect(back.place).toBe("");
    expect(back.timeBox).toBe("120");
  });
});

describe("the agenda", () => {
  const items = [
    selected("SIM-02", "SIM", "low"),
    selected("REG-03", "REG"),
    selected("PAY-01", "PAY", "high"),
    selected("SIM-01", "SIM", "high"),
  ];
  const slots = items.map((i) => ({ item: i.id, time_box: null }));

  it("orders by catalog group then id, as the core does", () => {
    expect(orderSlots(slots, items, "group").map((s) => s.item)).toEqual(["REG-03", "SIM-01", "SIM-02", "PAY-01"]);
  });

  it("orders by priority, high first, then group, items without one last", () => {
    expect(orderSlots(slots, items, "priority").map((s) => s.item)).toEqual(["SIM-01", "PAY-01", "SIM-02", "REG-03"]);
  });

  it("keeps the order given by hand, and moves a slot up or down within bounds", () => {
    expect(orderSlots(slots, items, "manual")).toEqual(slots);
    const ids = ["a", "b", "c"];
    expect(moveSlot(ids, 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveSlot(ids, 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveSlot(ids, 0, -1)).toEqual(ids);
    expect(moveSlot(ids, 2, 1)).toEqual(ids);
  });

  it("splits the agenda into resolved, parked and remaining, and finds neighbours", () => {
    const s = session([
      ["SIM-01", null],
      ["SIM-02", "needs the MNOs"],
      ["SIM-03", null],
      ["SIM-04", null],
    ]);
    const d: Discussion = { ...empty, resolutions: [resolution("SIM-01", "agreed"), resolution("SIM-04", "divergent", "s0")] };
    expect(agendaProgress(d, s)).toEqual({ resolved: ["SIM-01"], parked: ["SIM-02"], remaining: ["SIM-03", "SIM-04"] });
    expect(neighbourItem(s, "SIM-01", 1)).toBe("SIM-02");
    expect(neighbourItem(s, "SIM-01", -1)).toBeNull();
    expect(neighbourItem(s, "SIM-04", 1)).toBeNull();
    expect(neighbourItem(s, null, 1)).toBe("SIM-01");
    expect(neighbourItem(s, "APP-01", 1)).toBeNull();
  });

  it("takes an item's latest resolution as its current one", () => {
    const d: Discussion = { ...empty, resolutions: [resolution("SIM-01", "divergent"), resolution("SIM-02", "agreed"), resolution("SIM-01", "agreed")] };
    expect(latestResolution(d, "SIM-01")?.resolution).toBe("agreed");
    expect(latestResolution(d, "SIM-03")).toBeNull();
  });
});

describe("the timers", () => {
  it("counts whole seconds and writes them as a clock", () => {
    expect(elapsedSeconds(1_000, 62_999)).toBe(61);
    expect(elapsedSeconds(null, 5_000)).toBe(0);
    expect(elapsedSeconds(5_000, 1_000)).toBe(0);
    expect(clock(0)).toBe("0:00");
    expect(clock(61)).toBe("1:01");
    expect(clock(3_723)).toBe("1:02:03");
  });

  it("warns gently near the time box and when over it", () => {
    expect(timeState(100, null)).toBe("none");
    expect(timeState(7 * 60, 10)).toBe("ok");
    expect(timeState(8 * 60, 10)).toBe("near");
    expect(timeState(10 * 60, 10)).toBe("near");
    expect(timeState(10 * 60 + 1, 10)).toBe("over");
  });
});

describe("the facilitator's keys", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  });

  it("gives each authority a row of stance keys, as many rows as authorities", () => {
    expect(facilitatorAction(key("1"), false, 2)).toEqual({ kind: "stance", authority: 0, stance: "support" });
    expect(facilitatorAction(key("8"), false, 2)).toEqual({ kind: "stance", authority: 1, stance: "oppose" });
    expect(facilitatorAction(key("0"), false, 2)).toEqual({ kind: "stance", authority: 1, stance: "abstain" });
    expect(facilitatorAction(key("q"), false, 2)).toBeNull();
    expect(facilitatorAction(key("Q"), false, 3)).toEqual({ kind: "stance", authority: 2, stance: "support" });
    expect(facilitatorAction(key("6"), false, 1)).toBeNull();
  });

  it("has one key per resolution, for moving and for the room view", () => {
    expect(facilitatorAction(key("a"), false, 2)).toEqual({ kind: "resolve", resolution: "agreed" });
    expect(facilitatorAction(key("c"), false, 2)).toEqual({ kind: "resolve", resolution: "agreed-with-conditions" });
    expect(facilitatorAction(key("d"), false, 2)).toEqual({ kind: "resolve", resolution: "divergent" });
    expect(facilitatorAction(key("j"), false, 2)).toEqual({ kind: "next" });
    expect(facilitatorAction(key("k"), false, 2)).toEqual({ kind: "previous" });
    expect(facilitatorAction(key("v"), false, 2)).toEqual({ kind: "room" });
    expect(facilitatorAction(key("l"), false, 2)).toEqual({ kind: "park" });
  });

  it("leaves keys alone while typing or with Ctrl, Alt or Meta", () => {
    expect(facilitatorAction(key("a"), true, 2)).toBeNull();
    expect(facilitatorAction(key("z", { ctrlKey: true }), false, 2)).toBeNull();
    expect(facilitatorAction(key("1", { altKey: true }), false, 2)).toBeNull();
  });
});

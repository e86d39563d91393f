import { describe, expect, it } from "vitest";
import type { Authority } from "../api/bindings";
import { decision } from "../test/fixtures";
import { fieldProblem, formValues, isDate, needsWording, patchFor, unchanged } from "./decisionForm";
import { messages } from "./messages";

const authorities: Authority[] = [
  { code: "LCA", name: "Lesotho Communications Authority", kind: "telecom-regulator" },
  { code: "CBL", name: "Central Bank of Lesotho", kind: "central-bank" },
];

describe("patchFor", () => {
  it("sets the one field edited and nothing else", () => {
    expect(patchFor("status", "adopt")).toMatchObject({ status: "adopt", reason: null, clear: [] });
    expect(patchFor("lead", "LCA")).toMatchObject({ lead: "LCA", status: null });
    expect(patchFor("support", ["CBL"])).toMatchObject({ support: ["CBL"] });
    expect(patchFor("due", "2027-03-31")).toMatchObject({ due: "2027-03-31" });
  });

  it("clears a field emptied in the form", () => {
    expect(patchFor("reason", "")).toMatchObject({ reason: null, clear: ["reason"] });
    expect(patchFor("support", [])).toMatchObject({ support: null, clear: ["support"] });
    expect(patchFor("wording", "   ")).toMatchObject({ wording: null, clear: ["wording"] });
    expect(patchFor("due", "")).toMatchObject({ clear: ["due"] });
  });
});

describe("form values", () => {
  it("shows an empty decision as empty fields and notices no change", () => {
    const d = decision({ support: ["CBL"] });
    const values = formValues(d);
    expect(values).toMatchObject({ status: "open", reason: "", lead: "", support: ["CBL"], due: "" });
    expect(unchanged(d, "support", ["CBL"])).toBe(true);
    expect(unchanged(d, "rationale", "  ")).toBe(true);
    expect(unchanged(d, "status", "adopt")).toBe(false);
  });

  it("asks for national wording when adopting with changes", () => {
    expect(needsWording(formValues(decision({ status: "adopt-modified" })))).toBe(true);
    expect(needsWording(formValues(decision({ status: "adopt-modified", wording: "Text" })))).toBe(false);
    expect(needsWording(formValues(decision({ status: "adopt" })))).toBe(false);
  });
});

describe("validation", () => {
  it("accepts only real calendar dates", () => {
    expect(isDate("2027-03-31")).toBe(true);
    expect(isDate("2028-02-29")).toBe(true);
    expect(isDate("2027-02-29")).toBe(false);
    expect(isDate("2027-04-31")).toBe(false);
    expect(isDate("31/03/2027")).toBe(false);
  });

  it("refuses an unknown authority and a lead that also supports", () => {
    const values = { ...formValues(decision()), support: ["CBL"] };
    expect(fieldProblem("lead", "XYZ", values, authorities)).toBe(messages.unknownAuthority("XYZ"));
    expect(fieldProblem("lead", "CBL", values, authorities)).toBe(messages.leadIsSupport("CBL"));
    expect(fieldProblem("lead", "LCA", values, authorities)).toBeNull();
    expect(fieldProblem("support", ["LCA"], { ...values, lead: "LCA" }, authorities)).toBe(messages.leadIsSupport("LCA"));
    expect(fieldProblem("due", "2027-13-01", values, authorities)).toBe(messages.badDate);
    expect(fieldProblem("due", "", values, authorities)).toBeNull();
  });
});

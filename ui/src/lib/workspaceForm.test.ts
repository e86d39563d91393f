import { describe, expect, it } from "vitest";
import { messages } from "./messages";
import { canRemoveAuthority, DEFAULT_TEMPLATE, emptyForm, formProblem, toNewWorkspace } from "./workspaceForm";

describe("the new-workspace form", () => {
  it("starts with a telecom regulator and a central bank row", () => {
    expect(emptyForm().authorities.map((a) => a.kind)).toEqual(["telecom-regulator", "central-bank"]);
  });

  it("drops blank authority rows and sends the default template", () => {
    const form = emptyForm();
    form.name = "Lesotho e2e";
    form.jurisdiction = "Lesotho";
    form.authorities[0] = { code: "lca", name: "Lesotho Communications Authority", kind: "telecom-regulator" };
    const sent = toNewWorkspace(form);
    expect(sent.authorities).toEqual([
      { code: "lca", name: "Lesotho Communications Authority", kind: "telecom-regulator" },
    ]);
    expect(sent.template).toBe(DEFAULT_TEMPLATE);
  });

  it("keeps a half-filled row so the core can say what is missing", () => {
    const form = emptyForm();
    form.authorities[0] = { code: "LCA", name: "", kind: "telecom-regulator" };
    expect(toNewWorkspace(form).authorities).toHaveLength(1);
    expect(formProblem(form)).toBeNull();
  });

  it("asks for an authority when every row is blank", () => {
    expect(formProblem(emptyForm())).toBe(messages.needOneAuthority);
  });

  it("never removes the last authority row", () => {
    const form = emptyForm();
    expect(canRemoveAuthority(form)).toBe(true);
    form.authorities.pop();
    expect(canRemoveAuthority(form)).toBe(false);
  });
});

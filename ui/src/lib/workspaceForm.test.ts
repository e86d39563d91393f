import { describe, expect, it } from "vitest";
import type { TemplateInfo } from "../api/bindings";
import { messages } from "./messages";
import {
  canRemoveAuthority,
  DEFAULT_TEMPLATE,
  emptyForm,
  formProblem,
  templateFor,
  templatesIn,
  toNewWorkspace,
} from "./workspaceForm";

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

describe("the language of a new workspace's documents", () => {
  const templates: TemplateInfo[] = [
    { name: "joint-directive", description: "", instrument: "Joint Directive", language: "en", counterpart: "directive-conjointe" },
    { name: "guideline", description: "", instrument: "Guideline", language: "en", counterpart: "ligne-directrice" },
    { name: "directive-conjointe", description: "", instrument: "Directive conjointe", language: "fr", counterpart: "joint-directive" },
    { name: "ligne-directrice", description: "", instrument: "Ligne directrice", language: "fr", counterpart: "guideline" },
  ];

  it("gives a French form the French joint directive, as the core does without --template", () => {
    const form = emptyForm("fr");
    expect(form.language).toBe("fr");
    expect(toNewWorkspace(form).template).toBe("directive-conjointe");
    expect(emptyForm().template).toBe(DEFAULT_TEMPLATE);
  });

  it("offers only the templates that write the documents' language", () => {
    expect(templatesIn(templates, "fr").map((t) => t.name)).toEqual(["directive-conjointe", "ligne-directrice"]);
    expect(templatesIn(templates, "en").map((t) => t.name)).toEqual(["joint-directive", "guideline"]);
  });

  it("switches a built-in template to its counterpart and keeps one that writes the language already", () => {
    expect(templateFor("guideline", "fr", templates)).toBe("ligne-directrice");
    expect(templateFor("directive-conjointe", "en", templates)).toBe("joint-directive");
    expect(templateFor("ligne-directrice", "fr", templates)).toBe("ligne-directrice");
    // A template from a folder is not the app's to change: the core says what is wrong with it.
    expect(templateFor("templates/house", "fr", templates)).toBe("templates/house");
  });

  it("switches the default template before the template list has arrived", () => {
    expect(templateFor(DEFAULT_TEMPLATE, "fr", [])).toBe("directive-conjointe");
    expect(templateFor("directive-conjointe", "en", [])).toBe(DEFAULT_TEMPLATE);
  });
});

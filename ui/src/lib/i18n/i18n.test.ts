/// <reference types="vite/client" />
import { afterEach, describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime } from "../format";
import { messages, statusNames, stanceShortNames } from "../messages";
import { en, enNames } from "./en";
import { fr, frNames } from "./fr";
import { interfaceLocale, language, languageOf, parseLanguage, setLanguage, toggleLanguage } from "./language.svelte";

type Leaf = [path: string, english: string, french: string];

/** Every string of both tables side by side: plain strings, and messages called with sample parameters. */
function leaves(english: unknown, french: unknown, path = ""): Leaf[] {
  if (typeof english === "string") return [[path, english, String(french)]];
  if (typeof english === "function") {
    const args = Array.from({ length: english.length }, () => "7");
    const call = (f: unknown): string => (f as (...a: string[]) => string)(...args);
    return [[path, call(english), typeof french === "function" ? call(french) : String(french)]];
  }
  if (english && typeof english === "object") {
    return Object.entries(english).flatMap(([key, value]) =>
      leaves(value, (french as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key),
    );
  }
  return [];
}

// Strings that are the same in both languages on purpose: the product's name, codes and
// parameters shown as they are, and words French writes as English does.
const SAME_IN_BOTH = new Set([
  "appName",
  "filterOption",
  "workspaceOption",
  "sourceOption",
  "sourcesHeading",
  "formatLabel",
  "surveyFormatLabel",
  "historyEvent",
  "historyWhoWhen",
  "itemStatus",
  "columnCell",
  "gapRowLabel",
  "versionExportButton",
  "syncConflictTitle",
  "roomNoPosition",
  "minutesShort",
  "tabDiscussion",
  "tabExport",
  "tabVersions",
  "versionColumn",
  "versionDateColumn",
  "sessionDateLabel",
  "sourceDocumentLabel",
  "workspaceFinding",
  "workspaceLevel",
  "reviewOnDocument",
  "instrumentColumn",
  "participantsHeading",
  "positionsHeading",
  "roomPositions",
  "conditionsLabel",
  "roomConditions",
  "suggestionsHeading",
  "suggestionBadge",
  "reviewSection",
  "referenceDocPage",
  "actionColumn",
  "participantOrganisationColumn",
  "reviewOrganisationLabel",
  "versionNoteColumn",
  "extraFieldNames.conditions",
  "formatNames.pdf",
  "instrumentNames.directive",
]);

describe("the French table", () => {
  it("translates every string the English table has, apart from the listed ones", () => {
    const all = [...leaves(en, fr), ...leaves(enNames, frNames)];
    expect(all.length).toBeGreaterThan(600);
    const same = all.filter(([path, english, french]) => english === french && !SAME_IN_BOTH.has(path)).map(([path]) => path);
    expect(same).toEqual([]);
    // The allowlist names only strings that exist and are still the same.
    const stale = [...SAME_IN_BOTH].filter((path) => !all.some(([p, e, f]) => p === path && e === f));
    expect(stale).toEqual([]);
  });

  it("follows French typography: no-break spaces before : and inside « », narrow ones before ; ! ?", () => {
    const bad = [...leaves(en, fr), ...leaves(enNames, frNames)]
      .map(([path, , french]) => [path, french] as const)
      .filter(
        ([, text]) =>
          /(?<!\u00a0):/.test(text) || /(?<!\u202f)[;!?]/.test(text) || /«(?!\u00a0)/.test(text) || /(?<!\u00a0)»/.test(text),
      );
    expect(bad).toEqual([]);
  });

  it("counts with French plural rules: 0 and 1 are singular", () => {
    expect(fr.catalogCount(0)).toBe("0 recommandation dans le catalogue.");
    expect(fr.catalogCount(1)).toBe("1 recommandation dans le catalogue.");
    expect(fr.catalogCount(152)).toBe("152 recommandations dans le catalogue.");
    expect(en.catalogCount(0)).toBe("0 recommendations in the catalog.");
    expect(fr.checkCount(3, 1)).toBe("3 constats sur 1 point.");
    expect(fr.overviewTotal(12, 50)).toBe("12 recommandations sélectionnées, 50\u00a0% décidées.");
  });

  it("writes a big count with the French thousands separator", () => {
    expect(fr.catalogCount(10000)).toBe("10\u202f000 recommandations dans le catalogue.");
  });
});

describe("the interface language", () => {
  afterEach(() => setLanguage("en"));

  it("defaults to the system locale: French for any fr tag, English otherwise", () => {
    expect(languageOf("fr")).toBe("fr");
    expect(languageOf("fr-CI")).toBe("fr");
    expect(languageOf("FR-ca")).toBe("fr");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
    expect(parseLanguage("fr")).toBe("fr");
    expect(parseLanguage("es")).toBeNull();
  });

  it("switches every message and value-set name at once", () => {
    setLanguage("en");
    expect(messages.tabCatalog).toBe("Catalog");
    expect(statusNames.adopt).toBe("Adopt");
    setLanguage("fr");
    expect(language()).toBe("fr");
    expect(messages.tabCatalog).toBe("Catalogue");
    expect(messages.itemCounter(2, 5)).toBe("Point 2 sur 5");
    expect(statusNames.adopt).toBe("Adopté");
    expect(stanceShortNames.oppose).toBe("Opposition");
    toggleLanguage();
    expect(messages.tabCatalog).toBe("Catalog");
  });

  it("formats dates and numbers in the interface language", () => {
    expect(interfaceLocale("fr", "fr-CI")).toBe("fr-CI");
    expect(interfaceLocale("fr", "en-US")).toBe("fr-FR");
    expect(interfaceLocale("en", "fr-FR")).toBe("en-GB");
    expect(formatDate("2025-06-05", "fr-FR")).toBe("5 juin 2025");
    expect(formatDate("2025-06-01", "fr-FR")).toBe("1er juin 2025");
    expect(formatDate("2025-06-01", "en-GB")).toBe("1 June 2025");
    expect(formatCount(10000, "fr-FR")).toBe("10\u202f000");
    expect(formatDateTime("2026-12-01T09:30:00", "fr-FR")).toMatch(/^1er déc\. 2026/);
    expect(formatDateTime("2026-12-02T09:30:00", "fr-FR")).toMatch(/^2 déc\. 2026/);
    setLanguage("fr");
    expect(formatDate("2027-03-01")).toBe("1er mars 2027");
  });
});

// ---- No component shows English that does not go through the translator ----

/** Every component's source, by its path under src/. */
const components: Record<string, string> = import.meta.glob("../../**/*.svelte", {
  query: "?raw",
  import: "default",
  eager: true,
});

const blank = (text: string): string => text.replace(/[^\n]/g, " ");

/** The literal text a component's markup shows: text nodes and the attributes people read. */
function literalText(source: string): string[] {
  let markup = source.replace(/<script[\s\S]*?<\/script>/g, blank).replace(/<style[\s\S]*?<\/style>/g, blank);
  markup = markup.replace(/<!--[\s\S]*?-->/g, blank);
  // Expressions go through the translator (or are data): take them out, innermost first.
  for (let i = 0; i < 6; i++) markup = markup.replace(/\{[^{}]*\}/g, blank);
  const found: string[] = [];
  for (const match of markup.matchAll(/>([^<>]*)</g)) {
    const text = (match[1] ?? "").trim();
    // Words, and punctuation glued to an expression ("{label}:"), which French spaces differently.
    if (/[A-Za-zÀ-ÿ]{2,}/.test(text) || /^[:;!?]/.test(text)) found.push(text);
  }
  for (const match of markup.matchAll(/\s(placeholder|title|aria-label|alt|label|value)="([^"]*)"/g)) {
    if (/[A-Za-z]{2,}/.test(match[2] ?? "") && match[1] !== "value") found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}

// Key names printed on keys, the same in every language.
const LITERAL_ALLOWED = new Set(["&nbsp;", "Esc", "Alt+", "?", 'title="Ctrl+Z"', 'title="Ctrl+Shift+Z"']);

describe("components", () => {
  const files = Object.keys(components);
  const source = (file: string): string => components[file] ?? "";

  it("are all scanned", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("show no hard-coded English: text and labels go through the messages", () => {
    const found = files.flatMap((file) =>
      literalText(source(file))
        .filter((text) => !LITERAL_ALLOWED.has(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it("catch a hard-coded label when there is one", () => {
    expect(literalText('<script>let a = "x";</script><button title="Close it">Save now</button>{messages.ok}')).toEqual([
      "Save now",
      'title="Close it"',
    ]);
    expect(literalText("<p><strong>{messages.conditions}:</strong> {text}</p>")).toEqual([":"]);
  });

  it("take value-set names from the messages, never the English labels of api/values directly", () => {
    const direct = files.filter((file) => /import\s*\{[^}]*\w+Labels\b[^}]*\}\s*from\s*"[./]*\/?api\/values"/.test(source(file)));
    expect(direct).toEqual([]);
  });
});

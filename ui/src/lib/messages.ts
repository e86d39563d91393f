// Every string the window shows, in the interface language. The tables are `i18n/en.ts` and
// `i18n/fr.ts` (typed alike, so a missing French string fails the type check); the names
// below read the table of the language chosen now, so markup that reads them is redrawn
// when the language changes.

import { en, enNames, type Messages, type Names } from "./i18n/en";
import { fr, frNames } from "./i18n/fr";
import { language, type Language } from "./i18n/language.svelte";

const tables: Readonly<Record<Language, { messages: Messages; names: Names }>> = {
  en: { messages: en, names: enNames },
  fr: { messages: fr, names: frNames },
};

/** An object that is, on every read, the current language's version of `pick`'s table. */
function live<T extends object>(pick: (lang: Language) => T): T {
  const current = (): T => pick(language());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
}

export const messages: Messages = live((lang) => tables[lang].messages);

function names<K extends keyof Names>(key: K): Names[K] {
  return live((lang) => tables[lang].names[key] as Names[K] & object);
}

export const groupNames = names("groupNames");
export const authorityKindNames = names("authorityKindNames");
export const stakeholderNames = names("stakeholderNames");
export const threatNames = names("threatNames");
export const dimensionNames = names("dimensionNames");
export const statusNames = names("statusNames");
export const reasonNames = names("reasonNames");
export const priorityNames = names("priorityNames");
export const stanceNames = names("stanceNames");
export const resolutionNames = names("resolutionNames");
export const agendaOrderNames = names("agendaOrderNames");
export const formatNames = names("formatNames");
export const surveyStatusNames = names("surveyStatusNames");
export const instrumentNames = names("instrumentNames");
export const surveyFormatNames = names("surveyFormatNames");
export const dispositionNames = names("dispositionNames");
export const reviewKindNames = names("reviewKindNames");
/** Stances on the facilitator's buttons, short enough for one row; the full name is their label. */
export const stanceShortNames = names("stanceShortNames");
/** Resolutions on the facilitator's buttons, short enough for one row. */
export const resolutionShortNames = names("resolutionShortNames");
/** Findings as the check panel lists them: shorter than the core's labels, which head the draft's annex. */
export const findingKindNames = names("findingKindNames");
/** Names of decision fields as the history records them. */
export const fieldNames: Readonly<Record<string, string>> = names("fieldNames");
/** Names of the other fields a comparison of versions shows. */
export const extraFieldNames = names("extraFieldNames");

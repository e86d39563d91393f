// Pure helpers for presenting the catalog.

import type { CatalogGroup, Recommendation, SourceDocument } from "../api/bindings";
import { language, type Language } from "./i18n/language.svelte";
import { catalogGroups } from "../api/values";

/** The catalog's groups in the order the catalog presents them: the value set's order. */
export const groupOrder = catalogGroups;

export interface GroupOfItems {
  group: CatalogGroup;
  items: Recommendation[];
}

/**
 * Groups items in catalog group order, keeping their order inside each group (so search
 * results stay best match first). Groups with no item are left out.
 */
export function groupItems(items: readonly Recommendation[]): GroupOfItems[] {
  return groupOrder
    .map((group) => ({ group, items: items.filter((item) => item.group === group) }))
    .filter((g) => g.items.length > 0);
}

/** The filter value of the group select: a group code, or "" for all groups. */
export function parseGroupFilter(value: string): CatalogGroup | null {
  return (groupOrder as readonly string[]).includes(value) ? (value as CatalogGroup) : null;
}

/** The search text to send, or null when there is nothing to search for. */
export function searchText(input: string): string | null {
  const text = input.trim();
  return text === "" ? null : text;
}

/** A catalog item's text in one language: the catalog holds every item in English and French. */
export interface CatalogText {
  title: string;
  topic: string;
  vulnerability: string;
  statement: string;
  note: string | null;
}

export function catalogText(item: Recommendation, lang: Language): CatalogText {
  return lang === "fr"
    ? { title: item.title_fr, topic: item.topic_fr, vulnerability: item.vulnerability_fr, statement: item.statement_fr, note: item.note_fr }
    : { title: item.title, topic: item.topic, vulnerability: item.vulnerability, statement: item.statement, note: item.note };
}

/** A source document's title in one language (the French titles are this project's translations). */
export function sourceTitle(source: SourceDocument, lang: Language): string {
  return lang === "fr" ? source.title_fr : source.title;
}

/**
 * A selected item's frozen title in the interface language: the French frozen with it when
 * it has one (an item frozen before the catalog was in French may have none; its English
 * title is then what was selected, and is shown).
 */
export function shownTitle(item: { title: string; title_fr?: string | null }, lang: Language = language()): string {
  return lang === "fr" && item.title_fr ? item.title_fr : item.title;
}

/** A selected item's frozen statement in the interface language, as `shownTitle`. */
export function shownStatement(item: { statement: string; statement_fr?: string | null }, lang: Language = language()): string {
  return lang === "fr" && item.statement_fr ? item.statement_fr : item.statement;
}

/** The id of the row `step` rows away from `current` in the flat, displayed order. */
export function neighbourId(ids: readonly string[], current: string, step: number): string | null {
  const at = ids.indexOf(current);
  if (at < 0) return null;
  const next = Math.min(ids.length - 1, Math.max(0, at + step));
  return ids[next] ?? null;
}

// Pure helpers for presenting the catalog.

import type { CatalogGroup, Recommendation } from "../api/bindings";
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

/** The id of the row `step` rows away from `current` in the flat, displayed order. */
export function neighbourId(ids: readonly string[], current: string, step: number): string | null {
  const at = ids.indexOf(current);
  if (at < 0) return null;
  const next = Math.min(ids.length - 1, Math.max(0, at + step));
  return ids[next] ?? null;
}

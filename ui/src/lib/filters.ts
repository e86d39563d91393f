// Catalog filters and the counts shown beside each filter value (faceted search).
// Pure and synchronous: a 10,000-item catalog is filtered on every key press, so this runs
// in one pass per facet and allocates little.

import type { CatalogGroup, DecisionStatus, Recommendation, Stakeholder, ThreatCategory } from "../api/bindings";

/** Whether an item is in the workspace: all items, only selected ones, or only the others. */
export type SelectionFilter = "all" | "selected" | "not-selected";

export interface CatalogFilter {
  /** Ids the full-text search matched, or null when there is no search. */
  matches: ReadonlySet<string> | null;
  groups: ReadonlySet<CatalogGroup>;
  threats: ReadonlySet<ThreatCategory>;
  stakeholders: ReadonlySet<Stakeholder>;
  /** Source document ids such as `S9`. */
  sources: ReadonlySet<string>;
  selection: SelectionFilter;
  /** Decision statuses; only selected items have one. */
  statuses: ReadonlySet<DecisionStatus>;
}

/** What the filters need to know about the workspace: the status of each selected item. */
export type SelectionStatus = ReadonlyMap<string, DecisionStatus>;

export function emptyFilter(): CatalogFilter {
  return {
    matches: null,
    groups: new Set(),
    threats: new Set(),
    stakeholders: new Set(),
    sources: new Set(),
    selection: "all",
    statuses: new Set(),
  };
}

/** The facets whose values can be counted and ticked. */
export type Facet = "group" | "threat" | "stakeholder" | "source" | "status";

/** True when any filter other than the search is set. */
export function hasFilters(filter: CatalogFilter): boolean {
  return (
    filter.groups.size > 0 ||
    filter.threats.size > 0 ||
    filter.stakeholders.size > 0 ||
    filter.sources.size > 0 ||
    filter.statuses.size > 0 ||
    filter.selection !== "all"
  );
}

function anyOf<T>(wanted: ReadonlySet<T>, values: readonly T[]): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

/** Source document ids an item cites, without repeats. */
export function itemSources(item: Recommendation): string[] {
  const seen: string[] = [];
  for (const source of item.sources) if (!seen.includes(source.document)) seen.push(source.document);
  return seen;
}

type Test = (item: Recommendation) => boolean;

/** One predicate per set filter; `skip` leaves one facet out (for that facet's own counts). */
function tests(filter: CatalogFilter, status: SelectionStatus, skip: Facet | "selection" | null): Test[] {
  const list: Test[] = [];
  const { matches } = filter;
  if (matches) list.push((item) => matches.has(item.id));
  if (skip !== "group" && filter.groups.size > 0) list.push((item) => filter.groups.has(item.group));
  if (skip !== "threat" && filter.threats.size > 0) list.push((item) => filter.threats.has(item.threat));
  if (skip !== "stakeholder" && filter.stakeholders.size > 0) {
    list.push((item) => anyOf(filter.stakeholders, item.stakeholders));
  }
  if (skip !== "source" && filter.sources.size > 0) {
    list.push((item) => item.sources.some((s) => filter.sources.has(s.document)));
  }
  if (skip !== "selection" && filter.selection !== "all") {
    const wanted = filter.selection === "selected";
    list.push((item) => status.has(item.id) === wanted);
  }
  if (skip !== "status" && filter.statuses.size > 0) {
    list.push((item) => {
      const s = status.get(item.id);
      return s !== undefined && filter.statuses.has(s);
    });
  }
  return list;
}

function passes(item: Recommendation, list: readonly Test[]): boolean {
  for (const test of list) if (!test(item)) return false;
  return true;
}

/** The items every filter lets through, in the order given (search order or catalog order). */
export function applyFilter(
  items: readonly Recommendation[],
  filter: CatalogFilter,
  status: SelectionStatus,
): Recommendation[] {
  const list = tests(filter, status, null);
  if (list.length === 0) return items.slice();
  return items.filter((item) => passes(item, list));
}

export interface FacetCounts {
  group: Map<CatalogGroup, number>;
  threat: Map<ThreatCategory, number>;
  stakeholder: Map<Stakeholder, number>;
  source: Map<string, number>;
  status: Map<DecisionStatus, number>;
  selection: Record<SelectionFilter, number>;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * How many items each filter value would show, given the other filters: ticking a value
 * shows exactly its count (values of one facet combine with "or", facets with "and").
 */
export function facetCounts(
  items: readonly Recommendation[],
  filter: CatalogFilter,
  status: SelectionStatus,
): FacetCounts {
  const counts: FacetCounts = {
    group: new Map(),
    threat: new Map(),
    stakeholder: new Map(),
    source: new Map(),
    status: new Map(),
    selection: { all: 0, selected: 0, "not-selected": 0 },
  };
  const except = {
    group: tests(filter, status, "group"),
    threat: tests(filter, status, "threat"),
    stakeholder: tests(filter, status, "stakeholder"),
    source: tests(filter, status, "source"),
    status: tests(filter, status, "status"),
    selection: tests(filter, status, "selection"),
  };
  for (const item of items) {
    if (passes(item, except.group)) bump(counts.group, item.group);
    if (passes(item, except.threat)) bump(counts.threat, item.threat);
    if (passes(item, except.stakeholder)) for (const s of new Set(item.stakeholders)) bump(counts.stakeholder, s);
    if (passes(item, except.source)) for (const s of itemSources(item)) bump(counts.source, s);
    const itemStatus = status.get(item.id);
    if (itemStatus !== undefined && passes(item, except.status)) bump(counts.status, itemStatus);
    if (passes(item, except.selection)) {
      counts.selection.all += 1;
      counts.selection[itemStatus === undefined ? "not-selected" : "selected"] += 1;
    }
  }
  return counts;
}

/** A copy of `set` with `value` added or removed. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Orders items as the search ranked them: ids in `order` first, in that order. */
export function inSearchOrder(items: readonly Recommendation[], order: readonly string[]): Recommendation[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const out: Recommendation[] = [];
  for (const id of order) {
    const item = byId.get(id);
    if (item) out.push(item);
  }
  return out;
}

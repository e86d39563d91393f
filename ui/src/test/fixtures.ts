// Test data shared by unit and browser tests: catalog items and decisions made to order.

import type { CatalogGroup, Decision, Recommendation, Stakeholder, ThreatCategory } from "../api/bindings";

export function item(
  id: string,
  group: CatalogGroup,
  extra: { threat?: ThreatCategory; stakeholders?: Stakeholder[]; sources?: string[]; title?: string } = {},
): Recommendation {
  return {
    id,
    title: extra.title ?? `${id} title`,
    title_fr: `${id} titre`,
    group,
    topic: "topic",
    topic_fr: "thème",
    vulnerability: "vulnerability",
    vulnerability_fr: "vulnérabilité",
    threat: extra.threat ?? "sim-attacks",
    stakeholders: extra.stakeholders ?? ["MNO"],
    statement: `${id} statement`,
    statement_fr: `${id} énoncé`,
    flag: "verified",
    sources: (extra.sources ?? ["S1"]).map((document) => ({ document, reference: "§1" })),
    dimensions: [],
    note: null,
    note_fr: null,
  };
}

export function decision(extra: Partial<Decision> = {}): Decision {
  return {
    status: "open",
    reason: null,
    rationale: null,
    wording: null,
    lead: null,
    support: [],
    priority: null,
    due: null,
    revision: 0,
    updated_at: null,
    updated_by: null,
    ...extra,
  };
}

const groups: CatalogGroup[] = ["REG", "TEL", "SIM", "PAY", "APP", "USR"];
const threats: ThreatCategory[] = ["sim-attacks", "malware", "data-misuse", "denial-of-service", "insider-attacks"];
const stakeholders: Stakeholder[] = ["TR", "CB", "MNO", "DFSP", "3P", "DEV", "OEM", "USR"];

/** A synthetic catalog of `count` items spread over every group, threat and stakeholder. */
export function syntheticCatalog(count: number): Recommendation[] {
  return Array.from({ length: count }, (_, n) => {
    const group = groups[n % groups.length] ?? "REG";
    return item(`${group}-${String(n).padStart(5, "0")}`, group, {
      threat: threats[n % threats.length],
      stakeholders: [stakeholders[n % stakeholders.length] ?? "MNO", stakeholders[(n * 7) % stakeholders.length] ?? "TR"],
      sources: [`S${(n % 22) + 1}`],
      title: `Synthetic recommendation number ${n} about ${threats[n % threats.length]}`,
    });
  });
}

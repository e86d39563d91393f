// The completeness check as the Export tab lists it: findings grouped by kind, in the order
// of the contract's value set, each message without the item id the list already shows.

import type { Finding, FindingKind } from "../api/bindings";
import { findingKinds } from "../api/values";
import { asSentence } from "./text";

export { findingKinds };

export interface FindingGroup {
  kind: FindingKind;
  findings: Finding[];
}

/** Findings by kind, kinds in a fixed order, findings in the order the core gave them. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return findingKinds
    .map((kind) => ({ kind, findings: findings.filter((f) => f.kind === kind) }))
    .filter((group) => group.findings.length > 0);
}

/** The message as a sentence, without its leading "SIM-08: " (the list shows the item beside it). */
export function findingText(finding: Finding): string {
  const prefix = finding.item === null ? null : `${finding.item}: `;
  const text = prefix !== null && finding.message.startsWith(prefix) ? finding.message.slice(prefix.length) : finding.message;
  return asSentence(text);
}

/** The distinct items the findings are about, in order (for "n items need attention"). */
export function findingItems(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => (f.item === null ? [] : [f.item])))];
}

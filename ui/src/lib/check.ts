// The completeness check as the Export tab lists it: findings grouped by kind, in the order
// of the contract's value set, each message without the item id the list already shows.

import type { Finding, FindingKind, PropertyField } from "../api/bindings";
import { findingKinds } from "../api/values";
import { messages } from "./messages";
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

/** The fields of the properties dialog, by the property a finding names (read when shown: the language may change). */
// Typed by string, not PropertyField: the workspace's document language joins the fields
// with the French issue, and its label is here already.
const propertyLabels = (): Readonly<Record<PropertyField | "language", string>> => ({
  name: messages.nameLabel,
  doc_version: messages.docVersionLabel,
  reference: messages.referenceLabel,
  prepared_by: messages.preparedByLabel,
  event: messages.eventLabel,
  template: messages.templateLabel,
  language: messages.documentLanguageLabel,
});

/**
 * The message as a sentence, without its leading "SIM-08: " (the list shows the item beside it);
 * an empty property also says which field of the properties dialog to fill in.
 */
export function findingText(finding: Finding): string {
  const prefix = finding.item === null ? null : `${finding.item}: `;
  const text = prefix !== null && finding.message.startsWith(prefix) ? finding.message.slice(prefix.length) : finding.message;
  const hint = finding.field === null ? "" : `${messages.hintSeparator}${messages.findingPropertyHint(propertyLabels()[finding.field])}`;
  return asSentence(text + hint);
}

/** The distinct items the findings are about, in order (for "n items need attention"). */
export function findingItems(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => (f.item === null ? [] : [f.item])))];
}

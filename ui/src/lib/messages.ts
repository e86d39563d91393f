// Every string the window shows, in English. Sentences are written whole (with their
// parameters) so a translation never has to stitch fragments together.

import type { AuthorityKind, CatalogGroup, SecurityDimension, Stakeholder, ThreatCategory } from "../api/bindings";

export const groupNames: Record<CatalogGroup, string> = {
  REG: "Regulatory and inter-agency",
  TEL: "Telecom infrastructure",
  SIM: "SIM life cycle",
  PAY: "DFS provider and payment platform",
  APP: "Application layer",
  USR: "End user and consumer",
};

export const authorityKindNames: Record<AuthorityKind, string> = {
  "telecom-regulator": "Telecom regulator",
  "central-bank": "Central bank",
  "cybersecurity-agency": "Cybersecurity agency",
  ministry: "Ministry",
  other: "Other",
};

export const stakeholderNames: Record<Stakeholder, string> = {
  TR: "Telecom regulator",
  CB: "Central bank",
  MNO: "Mobile network operator",
  DFSP: "DFS provider",
  "3P": "Third party, PSP, merchant or agent",
  DEV: "App developer",
  OEM: "Device maker",
  USR: "End user",
};

export const threatNames: Record<ThreatCategory, string> = {
  "account-session-hijacking": "Account and session hijacking",
  "credential-attacks": "Attacks against credentials",
  "system-platform-attacks": "Attacks against systems and platforms",
  "code-exploitation": "Code exploitation attacks",
  "data-misuse": "Data misuse",
  "denial-of-service": "Denial of service",
  "insider-attacks": "Insider attacks",
  "mitm-social-engineering": "Man-in-the-middle and social engineering",
  "infrastructure-compromise": "Compromise of DFS infrastructure",
  "sim-attacks": "SIM attacks",
  "service-compromise": "Compromise of DFS services",
  "unauthorized-data-access": "Unauthorized access to DFS data",
  malware: "Malware",
  "zero-day": "Zero-day attacks",
  "rogue-devices": "Rogue devices",
  "unauthorized-device-access": "Unauthorized access to mobile devices",
  "personal-data-disclosure": "Unintended disclosure of personal information",
};

export const dimensionNames: Record<SecurityDimension, string> = {
  "access-control": "Access control",
  authentication: "Authentication",
  "non-repudiation": "Non-repudiation",
  "data-confidentiality": "Data confidentiality",
  "communication-security": "Communication security",
  "data-integrity": "Data integrity",
  availability: "Availability",
  privacy: "Privacy",
};

export const messages = {
  appName: "dfs-adopt",
  appTagline: "Adopting the ITU DFS security recommendations",

  // catalog
  catalogHeading: "Catalog of recommendations",
  searchLabel: "Search the catalog",
  searchPlaceholder: "e.g. SIM swap",
  searchHint: "Press / to search.",
  groupFilterLabel: "Group",
  allGroups: "All groups",
  loadingCatalog: "Loading the catalog…",
  catalogFailed: "The catalog could not be loaded.",
  notVerifiedMarker: "source not verified",
  notVerifiedExplanation:
    "The source section of this recommendation has not been checked against the document yet; treat its citation with care.",
  groupHeading: (code: CatalogGroup, count: number): string =>
    count === 1 ? `${groupNames[code]} (${code}), 1 recommendation` : `${groupNames[code]} (${code}), ${count} recommendations`,
  catalogCount: (count: number): string =>
    count === 1 ? "1 recommendation in the catalog." : `${count} recommendations in the catalog.`,
  searchCount: (count: number, search: string): string =>
    count === 0
      ? `No recommendation matches “${search}”.`
      : count === 1
        ? `1 recommendation matches “${search}”.`
        : `${count} recommendations match “${search}”.`,

  // selection
  selectButton: "Select",
  selectedButton: "Selected",
  selectLabel: (id: string, workspace: string): string => `Select ${id} for ${workspace}`,
  deselectLabel: (id: string, workspace: string): string => `${id} is selected for ${workspace}; press to deselect it`,
  deselectAnyway: "Deselect anyway (its history is kept)",
  selectionCount: (selected: number, decided: number): string =>
    `${selected} selected, ${decided} decided`,
  chooseWorkspaceToSelect: "Choose or create a workspace to select recommendations for it.",

  // detail
  detailHeading: "Recommendation",
  detailEmpty: "Choose a recommendation in the catalog to read it here.",
  loadingDetail: "Loading the recommendation…",
  detailFailed: "The recommendation could not be loaded.",
  statementHeading: "Statement",
  ownWordsNote: "This statement summarises the source in our own words; the source document is authoritative.",
  groupLabel: "Group",
  topicLabel: "Topic",
  threatLabel: "Threat",
  vulnerabilityLabel: "Vulnerability",
  stakeholdersLabel: "Stakeholders",
  dimensionsLabel: "Security dimensions",
  editorialNoteLabel: "Editorial note",
  sourcesHeading: "Sources",
  sourceDocumentLabel: "Document",
  sourceReferenceLabel: "Reference",
  sourceTitleLabel: "Title",
  sourcePublisherLabel: "Publisher",
  sourceYearLabel: "Year",
  sourceUrlLabel: "Address",
  sourceUrlNote: "Addresses are shown as text: the app never opens network connections.",

  // workspaces
  workspaceLabel: "Workspace",
  noWorkspace: "No workspace chosen",
  workspaceOption: (name: string, jurisdiction: string): string => `${name} (${jurisdiction})`,
  newWorkspaceButton: "New workspace",
  workspaceFailed: "The workspace could not be loaded.",

  // new workspace form
  newWorkspaceHeading: "New workspace",
  nameLabel: "Name",
  namePlaceholder: "e.g. Lesotho 2025",
  jurisdictionLabel: "Jurisdiction",
  jurisdictionPlaceholder: "e.g. Lesotho",
  authoritiesHeading: "Authorities",
  authoritiesHint: "At least one. The code is short (2 to 16 letters or digits), e.g. LCA or CBL.",
  authorityCodeLabel: (n: number): string => `Code of authority ${n}`,
  authorityNameLabel: (n: number): string => `Full name of authority ${n}`,
  authorityKindLabel: (n: number): string => `Kind of authority ${n}`,
  authorityCodeColumn: "Code",
  authorityNameColumn: "Full name",
  authorityKindColumn: "Kind",
  addAuthority: "Add authority",
  removeAuthority: (n: number): string => `Remove authority ${n}`,
  removeAuthorityButton: "Remove",
  createButton: "Create workspace",
  creatingButton: "Creating…",
  cancelButton: "Cancel",
  notCreated: "The workspace was not created.",
  needOneAuthority: "Give at least one authority: its code and full name.",
  created: (name: string): string => `Workspace “${name}” created and chosen.`,

  // errors
  startupErrorHeading: "dfs-adopt could not open its database",
  startupErrorHint: "Nothing can be read or saved until it opens. Fix what the message above says, then close the app and start it again.",
  unexpectedError: "Something unexpected went wrong; the last action may not have been carried out.",
} as const;

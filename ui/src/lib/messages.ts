// Every string the window shows, in English. Sentences are written whole (with their
// parameters) so a translation never has to stitch fragments together.

import type {
  AuthorityKind,
  CatalogGroup,
  DecisionStatus,
  ExportFormat,
  Priority,
  ReasonCode,
  SecurityDimension,
  Stakeholder,
  ThreatCategory,
} from "../api/bindings";

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

export const statusNames: Record<DecisionStatus, string> = {
  open: "Open",
  adopt: "Adopt",
  "adopt-modified": "Adopt with national wording",
  "already-covered": "Already covered",
  deferred: "Deferred",
  "not-applicable": "Not applicable",
};

export const reasonNames: Record<ReasonCode, string> = {
  "existing-instrument": "Covered by an existing instrument",
  "legal-requirement": "Legal requirement",
  "risk-assessment": "Risk assessment",
  "best-practice": "Best practice",
  "no-legal-mandate": "No legal mandate",
  "capacity-constraint": "Capacity constraint",
  "not-relevant-to-market": "Not relevant to the market",
  other: "Other",
};

export const priorityNames: Record<Priority, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const formatNames: Record<ExportFormat, string> = {
  docx: "Word document (DOCX)",
  pdf: "PDF",
};

/** Names of decision fields as the history records them. */
export const fieldNames: Record<string, string> = {
  status: "Status",
  reason: "Reason",
  rationale: "Rationale",
  wording: "National wording",
  lead: "Lead authority",
  support: "Supporting authorities",
  priority: "Priority",
  due: "Target date",
  selection: "Selection",
  archived: "Archived",
  name: "Name",
  doc_version: "Document version",
  reference: "Reference",
  prepared_by: "Prepared by",
  event: "Event",
  template: "Template",
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

  // start screen
  startHeading: "Workspaces",
  startIntro: "A workspace holds one jurisdiction's adoption: its authorities, the recommendations it selected and every decision on them.",
  recentHeading: "Recent workspaces",
  noWorkspacesYet: "No workspace yet. Create one for your jurisdiction to start selecting recommendations, or import a workspace file a colleague sent you.",
  allArchived: "Every workspace is archived. Tick “Show archived” to see them.",
  showArchived: "Show archived",
  loadingWorkspaces: "Loading the workspaces…",
  archivedBadge: "archived",
  jurisdictionLine: (jurisdiction: string): string => `Jurisdiction: ${jurisdiction}`,
  openWorkspace: (name: string): string => `Open ${name}`,
  workspaceCard: (selected: number, decided: number): string =>
    selected === 1 ? `1 recommendation selected, ${decided} decided` : `${selected} recommendations selected, ${decided} decided`,
  createdOn: (date: string): string => `Created ${date}`,
  authoritiesList: (codes: string): string => `Authorities: ${codes}`,
  importButton: "Import from file…",
  imported: (name: string): string => `Workspace “${name}” imported.`,
  importFailed: "The workspace file could not be imported.",
  workspaceFileFilter: "dfs-adopt workspace",

  // workspace screen
  backToStart: "All workspaces",
  tabsLabel: "Workspace views",
  tabCatalog: "Catalog",
  tabDecisions: "Decisions",
  tabOverview: "Overview",
  tabExport: "Export",
  workspaceActions: "Workspace actions",
  propertiesButton: "Properties…",
  duplicateButton: "Duplicate…",
  archiveButton: "Archive",
  unarchiveButton: "Restore from archive",
  exportFileButton: "Export to file…",
  archived: (name: string): string => `Workspace “${name}” archived. It stays in the list under “Show archived”.`,
  unarchived: (name: string): string => `Workspace “${name}” is back in the recent list.`,
  exportedFile: (path: string): string => `Workspace saved to ${path}.`,
  duplicated: (name: string): string => `Copy “${name}” created and opened.`,
  duplicateHeading: "Duplicate the workspace",
  duplicateNameLabel: "Name of the copy",
  duplicateDefaultName: (name: string): string => `${name} (copy)`,
  duplicateConfirm: "Duplicate",
  notDuplicated: "The workspace was not duplicated.",
  largeText: "Larger text",
  shortcutsButton: "Keyboard shortcuts",
  undoButton: "Undo",
  redoButton: "Redo",
  undoneNotice: (id: string): string => `Change to ${id} undone.`,
  redoneNotice: (id: string): string => `Change to ${id} redone.`,
  nothingToUndo: "Nothing to undo.",
  nothingToRedo: "Nothing to redo.",
  undoStale: (id: string): string =>
    `${id} was changed elsewhere since your change, so it was not undone. The latest version is shown.`,
  dismiss: "Dismiss",

  // properties
  propertiesHeading: "Workspace properties",
  docVersionLabel: "Document version",
  referenceLabel: "Reference",
  preparedByLabel: "Prepared by",
  eventLabel: "Event",
  templateLabel: "Template",
  saveProperties: "Save properties",
  propertiesSaved: "Properties saved.",
  notSaved: "Not saved.",
  closeButton: "Close",
  optionalHint: "Leave a field empty to leave it out of the draft.",

  // catalog filters
  filtersHeading: "Filters",
  clearFilters: "Clear filters",
  threatFilter: "Threat",
  stakeholderFilter: "Stakeholder",
  sourceFilter: "Source document",
  sourceOption: (id: string, title: string): string => `${id} · ${title}`,
  selectionFilter: "In this workspace",
  statusFilter: "Decision status",
  selectionAll: "All",
  selectionSelected: "Selected",
  selectionNotSelected: "Not selected",
  filterOption: (name: string, count: number): string => `${name} (${count})`,
  shownCount: (shown: number, total: number): string =>
    shown === total
      ? total === 1
        ? "1 recommendation shown."
        : `${total} recommendations shown.`
      : total === 1
        ? `${shown} of 1 recommendation shown.`
        : `${shown} of ${total} recommendations shown.`,
  selectShown: (count: number): string => (count === 1 ? "Select the 1 shown" : `Select all ${count} shown`),
  deselectShown: (count: number): string => (count === 1 ? "Deselect the 1 shown" : `Deselect all ${count} shown`),
  bulkSelected: (added: number): string =>
    added === 1 ? "1 recommendation selected." : `${added} recommendations selected.`,
  bulkDeselected: (count: number): string =>
    count === 1 ? "1 recommendation deselected." : `${count} recommendations deselected.`,
  bulkRefused: "Some shown items are decided. Deselect them one by one, or deselect anyway (their history is kept).",
  deselectAllAnyway: "Deselect all anyway",
  statusBadge: (status: string): string => `Status: ${status}`,

  // decisions
  decisionsHeading: "Decisions",
  noSelection: "No recommendation selected yet. Select some in the Catalog view first.",
  decisionListLabel: "Selected recommendations",
  chooseDecision: "Choose a recommendation on the left to decide it.",
  statusLabel: "Status",
  reasonLabel: "Reason",
  noReason: "No reason given",
  rationaleLabel: "Rationale",
  wordingLabel: "National wording",
  wordingHint: "Replaces the catalog statement in the draft. Expected when adopting with national wording.",
  wordingMissing: "This item is adopted with national wording, but no wording is written yet.",
  catalogStatementLabel: "Catalog statement (summary; the source is authoritative)",
  leadLabel: "Lead authority",
  noLead: "No lead yet",
  supportLabel: "Supporting authorities",
  priorityLabel: "Priority",
  noPriority: "No priority",
  dueLabel: "Target date",
  noDueDate: "No target date set.",
  saveState: {
    saved: "All changes saved",
    saving: "Saving…",
    pending: "Unsaved changes…",
    failed: "Not saved",
  },
  lastChanged: (date: string, by: string): string => `Last changed ${date} by ${by}.`,
  neverChanged: "Not decided yet.",
  badDate: "Give the target date as a real calendar date.",
  unknownAuthority: (code: string): string => `${code} is not an authority of this workspace.`,
  leadIsSupport: (code: string): string => `${code} is the lead authority; it cannot also be supporting.`,
  staleDecision: (id: string): string => `${id} was changed elsewhere meanwhile. The latest version is shown; make your change again.`,
  historyHeading: "History",
  historyEmpty: "No change recorded yet.",
  historyFailed: "The history could not be loaded.",
  historyChange: (field: string, from: string, to: string): string => `${field}: ${from} → ${to}`,
  historySet: (field: string, to: string): string => `${field} set to ${to}`,
  historyCleared: (field: string, from: string): string => `${field} cleared (was ${from})`,
  historyEvent: (field: string): string => field,
  historySelected: "Selected into the workspace",
  historyDeselected: "Deselected from the workspace",
  historyWhoWhen: (by: string, at: string): string => `${by}, ${at}`,
  exportHistory: "Export history as CSV…",
  historyExported: (path: string): string => `History saved to ${path}.`,
  csvFilter: "CSV (comma-separated values)",
  itemStatus: (id: string, status: string): string => `${id}, ${status}`,

  // overview
  overviewHeading: "Progress of the draft",
  overviewEmpty: "Nothing selected yet: the overview fills in as recommendations are selected and decided.",
  overviewFailed: "The overview could not be loaded.",
  overviewTotal: (total: number, percent: number): string =>
    total === 1 ? `1 recommendation selected, ${percent}% decided.` : `${total} recommendations selected, ${percent}% decided.`,
  byStatusHeading: "By status",
  byGroupHeading: "By group",
  byLeadHeading: "By lead authority",
  noLeadRow: "No lead authority",
  openItemsHeading: "Still open",
  noOpenItems: "No item is still open.",
  chartLabel: (what: string): string => `Chart: ${what}`,
  barLabel: (label: string, total: number): string => `${label}: ${total}`,
  segmentLabel: (status: string, count: number): string => `${status}: ${count}`,
  countColumn: "Count",
  legendLabel: "Legend",

  // export
  exportHeading: "Export the draft adoption document",
  exportIntro: "The draft is written from the workspace's decisions with the chosen template, for legal review in Word or LibreOffice.",
  formatLabel: "Format",
  formatBoth: "Both DOCX and PDF",
  exportButton: "Export…",
  exportWorking: "Exporting…",
  exportStep: (format: string, step: number, steps: number): string =>
    steps === 1 ? `Writing the ${format}…` : `Writing the ${format} (file ${step} of ${steps})…`,
  exportDone: "Export finished.",
  exportSavedAt: (path: string): string => `Saved as ${path}`,
  exportFailed: "The draft was not exported.",
  exportNothingWritten: "No file was changed: a failed export never leaves half a file behind.",
  exportCancelled: "Export cancelled.",
  copyPath: "Copy path",
  showInFolder: "Show in folder",
  copied: "Copied.",
  copyFailed: "Select the path and copy it with Ctrl+C.",
  templateDescription: (instrument: string, language: string): string => `${instrument}, in ${language}`,
  docxFilter: "Word document",
  pdfFilter: "PDF document",
  emptyDraftWarning: "Nothing is selected yet: the draft will have no clauses.",

  // shortcuts
  shortcutsHeading: "Keyboard shortcuts",
  shortcutNext: "Next item",
  shortcutPrevious: "Previous item",
  shortcutToggle: "Select or deselect the focused catalog item",
  shortcutStatus: "Set the focused item's status: 1 Open, 2 Adopt, 3 Adopt with national wording, 4 Already covered, 5 Deferred, 6 Not applicable",
  shortcutSearch: "Search the catalog",
  shortcutUndo: "Undo the last saved change",
  shortcutRedo: "Redo",
  shortcutTabs: "Catalog, Decisions, Overview, Export",
  shortcutSheet: "Show this sheet",
  shortcutClose: "Close a sheet or form",
  keyColumn: "Key",
  actionColumn: "Action",
  notSelectedForStatus: (id: string): string => `Select ${id} first to decide it.`,
  statusSet: (id: string, status: string): string => `${id}: ${status}.`,

  // errors
  startupErrorHeading: "dfs-adopt could not open its database",
  startupErrorHint: "Nothing can be read or saved until it opens. Fix what the message above says, then close the app and start it again.",
  unexpectedError: "Something unexpected went wrong; the last action may not have been carried out.",
} as const;

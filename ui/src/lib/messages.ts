// Every string the window shows, in English. Sentences are written whole (with their
// parameters) so a translation never has to stitch fragments together.

import type { CatalogGroup, FindingKind, Resolution, Stance } from "../api/bindings";
import {
  agendaOrderLabels,
  authorityKindLabels,
  catalogGroupLabels,
  decisionStatusLabels,
  decisionStatuses,
  exportFormatLabels,
  instrumentLabels,
  priorityLabels,
  reasonCodeLabels,
  resolutionLabels,
  securityDimensionLabels,
  stakeholderLabels,
  stanceLabels,
  stances,
  surveyFormatLabels,
  surveyStatusLabels,
  threatCategoryLabels,
} from "../api/values";

// The value sets' names are the core's labels (generated in api/values.ts), under the names
// the components use.
export const groupNames = catalogGroupLabels;
export const authorityKindNames = authorityKindLabels;
export const stakeholderNames = stakeholderLabels;
export const threatNames = threatCategoryLabels;
export const dimensionNames = securityDimensionLabels;
export const statusNames = decisionStatusLabels;
export const reasonNames = reasonCodeLabels;
export const priorityNames = priorityLabels;
export const stanceNames = stanceLabels;
export const resolutionNames = resolutionLabels;
export const agendaOrderNames = agendaOrderLabels;
export const formatNames = exportFormatLabels;
export const surveyStatusNames = surveyStatusLabels;
export const instrumentNames = instrumentLabels;
export const surveyFormatNames = surveyFormatLabels;

/** Stances on the facilitator's buttons, short enough for one row; the full name is their label. */
export const stanceShortNames: Record<Stance, string> = {
  support: "Support",
  "support-with-changes": "With changes",
  oppose: "Oppose",
  "needs-consultation": "Consult first",
  abstain: "Abstain",
};

/** Resolutions on the facilitator's buttons, short enough for one row. */
export const resolutionShortNames: Record<Resolution, string> = {
  agreed: "Agreed",
  "agreed-with-conditions": "Agreed with conditions",
  divergent: "Divergent",
};

/** Findings as the check panel lists them: shorter than the core's labels, which head the draft's annex. */
export const findingKindNames: Record<FindingKind, string> = {
  "no-items": "Nothing selected",
  "open-item": "Still open",
  "unsettled-divergence": "Unsettled divergence",
  "missing-rationale": "No rationale",
  "missing-wording": "No national wording",
  "missing-lead": "No lead authority",
  "missing-priority": "No priority",
  "missing-due": "No target date",
  "past-due": "Target date before the document date",
  "missing-property": "Empty document property",
};

/** "1 Open, 2 Adopt, …": a value set's labels numbered by their keys, in the contract's order. */
function numbered<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>): string {
  return codes.map((code, i) => `${i + 1} ${labels[code]}`).join(", ");
}

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
  openDemo: "Open the demo workspace",
  demoOpened: (name: string): string => `Workspace “${name}” created: the worked example of a clinic in Lesotho.`,
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
  tabDiscussion: "Discussion",
  tabSurvey: "Survey",
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
  /** Where the app fixes an empty document property (the CLI names its flag instead). */
  findingPropertyHint: (field: string): string => `fill in “${field}” in the document properties`,
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
  historyBaseline: (code: string): string => `Survey answer of ${code}`,
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

  // completeness check (Export tab)
  checkHeading: "Completeness check",
  checkDate: (date: string): string => `Checked against the document date, ${date}.`,
  checkClean: "Complete: nothing is missing. The draft is exported without the “DRAFT — INCOMPLETE” marking.",
  checkCount: (findings: number, items: number): string =>
    `${findings === 1 ? "1 finding" : `${findings} findings`}${items === 0 ? "" : items === 1 ? " on 1 item" : ` on ${items} items`}.`,
  checkNote:
    "You can still export. Until the check is clean, the document is marked “DRAFT — INCOMPLETE” and ends with an annex listing these findings.",
  checkAgain: "Check again",
  checking: "Checking…",
  checkFailed: "The completeness check could not run.",
  openFindingItem: (id: string): string => `Open ${id} in the Decisions view`,
  workspaceFinding: "Document",
  openProperties: "Document properties…",
  exportedIncomplete: "The draft carries the “DRAFT — INCOMPLETE” marking and the findings annex.",
  exportedComplete: "The draft passed the completeness check: no incomplete marking.",

  // survey
  surveyHeading: "Gap-analysis survey",
  surveyIntro:
    "Before the clinic each authority says, for every recommendation, whether it is in place today, through which instrument and what is missing. The answers become the baseline shown beside each item: they suggest decisions but never make them.",
  templateHeading: "Write the survey to fill in",
  templateHint: "One row per recommendation and authority, with the id and title filled in; send it to each authority.",
  surveyFormatLabel: "Format",
  surveyItemsLabel: "Recommendations",
  surveySelectedItems: (count: number): string => (count === 1 ? "The selected item (1)" : `The selected items (${count})`),
  surveyAllItems: (count: number): string => `The whole catalog (${count})`,
  writeTemplate: "Write survey template…",
  templateSaved: (path: string): string => `Survey template saved to ${path}.`,
  templateFailed: "The survey template was not written.",
  templateNothingSelected: "Nothing is selected yet: write the whole catalog, or select recommendations first.",
  importHeading: "Import the answers",
  importHint:
    "A filled survey as XLSX or CSV (comma or semicolon). You see what will change before anything is imported, and a file with any mistake imports nothing.",
  authorityFilterLabel: "Authority",
  authorityFilterAll: "As the file says (its authority column)",
  authorityFilterOne: (code: string, name: string): string => `Only ${code} · ${name}`,
  authorityFilterHint: "Name the authority when its file has no authority column, or to take only its rows.",
  chooseSurveyFile: "Choose file and preview…",
  readingSurvey: "Reading the file…",
  previewAgain: "Preview again",
  surveyFilter: "Survey (XLSX or CSV)",
  previewHeading: (file: string): string => `Preview of ${file}`,
  previewCounts: (rows: number, changes: number, unchanged: number, skipped: number): string =>
    `${rows === 1 ? "1 row" : `${rows} rows`} read: ${changes === 1 ? "1 answer" : `${changes} answers`} will change, ${unchanged} unchanged${
      skipped === 0 ? "" : `, ${skipped === 1 ? "1 row" : `${skipped} rows`} of other authorities left out`
    }.`,
  previewNothing: "Nothing to import: every answer in the file is already in the baseline.",
  previewNote: "Nothing is imported yet. Import applies the file exactly as previewed; if you edit it, preview it again.",
  itemColumn: "Item",
  authorityColumn: "Authority",
  surveyStatusColumn: "Status before → after",
  instrumentColumn: "Instrument",
  evidenceGapColumn: "Evidence and gap",
  noAnswer: "No answer",
  applyImport: (count: number): string => (count === 1 ? "Import 1 answer" : `Import ${count} answers`),
  importing: "Importing…",
  discardPreview: "Discard",
  problemsHeading: (count: number, file: string): string =>
    `Nothing can be imported: ${count === 1 ? "1 problem" : `${count} problems`} in ${file}`,
  problemsHint:
    "Correct these rows in the file, save it, and preview it again. Lines are numbered as the spreadsheet numbers rows: the header is line 1.",
  lineColumn: "Line",
  columnColumn: "Column",
  problemColumn: "Problem",
  columnCell: (letter: string, column: string): string => (letter === "—" ? column : `${letter} (${column})`),
  importApplied: (changed: number, unchanged: number): string =>
    `Imported: ${changed === 1 ? "1 answer" : `${changed} answers`} changed, ${unchanged} unchanged.`,
  importSuggestions: (count: number): string =>
    count === 1
      ? "1 open item is now suggested as already covered: see the suggestions below."
      : `${count} open items are now suggested as already covered: see the suggestions below.`,
  surveyImportFailed: "The survey was not imported.",
  baselineHeading: "Baseline of the selected items",
  baselineEmpty: "No answer imported yet: the baseline fills in when the surveys come back.",
  baselineNoSelection: "No recommendation is selected yet.",
  suggestionsHeading: "Suggestions",
  noSuggestions: "No suggestion: one is made for an open item every authority reports implemented.",
  suggestionLine: (status: string, reason: string): string => `Suggested: ${status} — ${reason}.`,
  applySuggestion: "Apply suggestion",
  applySuggestionLabel: (id: string, status: string): string => `Apply the suggestion on ${id}: ${status}`,
  suggestionApplied: (id: string, status: string): string => `${id}: ${status}, as the baseline suggests.`,
  suggestionBadge: "suggestion",

  // baseline beside an item
  baselineBesideHeading: "Baseline (gap-analysis survey)",
  baselineNone: "No survey answer on this item yet.",
  baselineDetailsSummary: "Survey answers in full: evidence, gaps and comments",
  evidenceLabel: "Evidence",
  gapLabel: "Gap",
  commentLabel: "Comment",
  answerDetails: (code: string): string => `Evidence and gap of ${code}`,
  answerTitle: (code: string, status: string, details: string): string => (details === "" ? `${code}: ${status}` : `${code}: ${status}. ${details}`),
  answeredBy: (by: string, at: string): string => `Imported by ${by}, ${at}`,
  surveyShort: "Survey",

  // overview: the baseline
  gapHeading: "Baseline against the decisions",
  gapNoBaseline: "No survey answers imported yet. Import them in the Survey view to see the baseline and the gaps the draft closes.",
  baselineByAuthorityHeading: "Baseline by authority",
  baselineByGroupHeading: "Baseline by group and authority",
  gapChartHeading: "Adopted items: in place today, or gaps the draft closes",
  gapInPlace: "In place today (or not applicable)",
  gapToClose: "Gap the draft closes",
  gapTotal: (code: string, gaps: number, adopted: number): string =>
    `${code}: ${gaps === 1 ? "1 gap" : `${gaps} gaps`} to close among ${adopted === 1 ? "1 adopted item" : `${adopted} adopted items`}.`,
  adoptedColumn: "Adopted",
  gapsColumn: "Gaps to close",
  gapRowLabel: (group: string, authority: string): string => `${group} · ${authority}`,

  // shortcuts
  shortcutsHeading: "Keyboard shortcuts",
  shortcutNext: "Next item",
  shortcutPrevious: "Previous item",
  shortcutToggle: "Select or deselect the focused catalog item",
  shortcutStatus: `Set the focused item's status: ${numbered(decisionStatuses, decisionStatusLabels)}`,
  shortcutSearch: "Search the catalog",
  shortcutUndo: "Undo the last saved change",
  shortcutRedo: "Redo",
  shortcutTabs: "Catalog, Decisions, Overview, Export, Discussion, Survey",
  facilitatorShortcutsHeading: "In the facilitator view (Discussion)",
  shortcutStanceFirst: `First authority's stance: ${numbered(stances, stanceLabels)}`,
  shortcutStanceSecond: "Second authority's stance, in the same order",
  shortcutStanceMore: "Third and fourth authorities' stances, in the same order",
  shortcutAgreed: "Resolve: agreed",
  shortcutConditions: "Resolve: agreed with conditions (write the conditions first)",
  shortcutDivergent: "Resolve: divergent — escalated",
  shortcutNextPreviousItem: "Next or previous agenda item",
  shortcutPark: "Park the item for later (asks for a reason)",
  shortcutNote: "Write in the minute note",
  shortcutRoom: "Open or close the room view",
  shortcutUndoDiscussion: "Undo or redo the last position, resolution, action, note or parking",
  shortcutSheet: "Show this sheet",
  shortcutClose: "Close a sheet or form",
  keyColumn: "Key",
  actionColumn: "Action",
  notSelectedForStatus: (id: string): string => `Select ${id} first to decide it.`,
  statusSet: (id: string, status: string): string => `${id}: ${status}.`,

  // discussion: sessions
  discussionHeading: "Open discussion",
  discussionIntro:
    "Run the clinic's discussion: plan a session with its participants and agenda, then go through the items one at a time in the facilitator view while the room view shows the current item on the projector.",
  discussionFailed: "The discussion could not be loaded.",
  sessionsHeading: "Sessions",
  noSessions: "No session yet. Create one to plan the discussion.",
  newSessionButton: "New session",
  sessionTitle: (id: string, date: string): string => `Session ${id} · ${date}`,
  sessionLine: (place: string, facilitator: string): string => `${place} · facilitated by ${facilitator}`,
  noPlace: "No place given",
  sessionCounts: (participants: number, agenda: number): string =>
    `${participants === 1 ? "1 participant" : `${participants} participants`}, ${agenda === 1 ? "1 item on the agenda" : `${agenda} items on the agenda`}`,
  sessionTimeBox: (minutes: number): string => `Time box ${minutes} min`,
  anonymisedBadge: "names removed",
  startFacilitating: "Facilitate",
  editSession: "Edit",
  editSessionHeading: (id: string): string => `Session ${id}`,
  newSessionHeading: "New session",
  sessionDateLabel: "Date",
  placeLabel: "Place",
  placePlaceholder: "e.g. Maseru, LCA boardroom",
  onlineLabel: "Online",
  facilitatorLabel: "Facilitator",
  sessionTimeBoxLabel: "Time box of the session (minutes)",
  participantsHeading: "Participants",
  participantsHint: "Who speaks for which authority. Rows left empty are ignored.",
  participantNameColumn: "Name",
  participantOrganisationColumn: "Organisation",
  participantAuthorityColumn: "Authority",
  participantRoleColumn: "Role",
  participantNameLabel: (n: number): string => `Name of participant ${n}`,
  participantOrganisationLabel: (n: number): string => `Organisation of participant ${n}`,
  participantAuthorityLabel: (n: number): string => `Authority of participant ${n}`,
  participantRoleLabel: (n: number): string => `Role of participant ${n}`,
  chooseAuthority: "Choose…",
  addParticipant: "Add participant",
  removeParticipant: (n: number): string => `Remove participant ${n}`,
  createSession: "Create session",
  saveSession: "Save session",
  sessionCreated: (id: string): string => `Session ${id} created. Set its agenda next.`,
  sessionSaved: (id: string): string => `Session ${id} saved.`,
  sessionNotSaved: "The session was not saved.",
  sessionDateProblem: "Give the date as a real calendar date.",
  facilitatorProblem: "Name the facilitator.",
  timeBoxProblem: (max: number): string => `Give the time box as a whole number of minutes, from 1 to ${max}, or leave it empty.`,
  participantNameProblem: "Give the participant's name.",
  participantOrganisationProblem: "Give the participant's organisation.",
  participantAuthorityProblem: "Choose the authority the participant speaks for.",
  anonymiseButton: "Remove participants' names…",
  anonymiseHeading: "Remove participants' names?",
  anonymiseExplanation:
    "In every session of this workspace, each participant's name is replaced by their organisation and the facilitator's by “Facilitator”. Positions, resolutions, notes and actions stay. This cannot be undone.",
  anonymiseConfirm: "Remove the names",
  anonymised: (count: number): string =>
    count === 0
      ? "No name was left to remove."
      : count === 1
        ? "1 name removed: people now appear as their organisations."
        : `${count} names removed: people now appear as their organisations.`,

  // discussion: agenda
  agendaHeading: "Agenda",
  agendaHint: "Choose the selected items to discuss, their order and the minutes set aside for each.",
  agendaOrderLabel: "Order",
  onAgendaHeading: (count: number): string => (count === 1 ? "On the agenda (1)" : `On the agenda (${count})`),
  offAgendaHeading: (count: number): string => (count === 1 ? "Not on the agenda (1)" : `Not on the agenda (${count})`),
  agendaEmpty: "Nothing on the agenda yet: add items from the list below.",
  allOnAgenda: "Every selected item is on the agenda.",
  noSelectionForAgenda: "Select recommendations in the Catalog view first: the agenda is made of them.",
  addToAgenda: "Add",
  addAllToAgenda: "Add all",
  removeFromAgenda: "Remove",
  moveUp: "Move up",
  moveDown: "Move down",
  moveUpLabel: (id: string): string => `Move ${id} up`,
  moveDownLabel: (id: string): string => `Move ${id} down`,
  addLabel: (id: string): string => `Add ${id} to the agenda`,
  removeLabel: (id: string): string => `Remove ${id} from the agenda`,
  itemTimeBoxLabel: (id: string): string => `Minutes for ${id}`,
  minutesShort: "min",
  saveAgenda: "Save agenda",
  agendaSaved: (count: number): string => (count === 1 ? "Agenda saved: 1 item." : `Agenda saved: ${count} items.`),
  agendaUnsaved: "Unsaved changes to the agenda.",
  agendaTotal: (minutes: number): string => `${minutes} min planned`,

  // discussion: facilitator view
  facilitatorHeading: "Facilitator view",
  backToSessions: "← Sessions",
  noAgendaToFacilitate: "This session has no agenda yet. Set its agenda first.",
  itemTimer: "Item",
  sessionTimer: "Session",
  timerOf: (elapsed: string, box: string): string => `${elapsed} of ${box}`,
  overTime: "over time",
  itemCounter: (n: number, total: number): string => `Item ${n} of ${total}`,
  previousItem: "Previous",
  nextItem: "Next",
  roomViewOpen: "Open room view",
  roomViewClose: "Close room view",
  roomViewFailed: "The room view could not be opened.",
  progressResolved: (count: number): string => `Resolved (${count})`,
  progressParked: (count: number): string => `Parked (${count})`,
  progressRemaining: (count: number): string => `Remaining (${count})`,
  progressNone: "None",
  notOnAgendaNow: "This item is not on the agenda.",
  positionsHeading: "Positions",
  positionNoteLabel: (code: string): string => `Note on ${code}'s position`,
  positionNotePlaceholder: "Short note (optional)",
  noPosition: "No position yet",
  stanceButtonLabel: (code: string, stance: string, key: string): string => `${code}: ${stance} (key ${key})`,
  resolutionHeading: "Joint resolution",
  conditionsLabel: "Conditions",
  conditionsHint: "Required for “agreed with conditions”.",
  conditionsNeeded: "Write the conditions first, then choose “agreed with conditions”.",
  statusOverrideLabel: "Decision status it sets",
  statusDefault: (status: string): string => `Default (${status})`,
  currentResolution: (from: string, to: string): string => `Decision status: ${from} → ${to}.`,
  currentResolutionSame: (status: string): string => `Decision status stays ${status}.`,
  conditionsLine: (conditions: string): string => `Conditions: ${conditions}`,
  noResolution: "Not resolved yet.",
  withdrawResolution: "Withdraw resolution",
  noteHeading: "Minute note",
  noteHint: "Saved as you type; the minutes are made from these notes.",
  noteState: {
    saved: "Saved",
    pending: "Unsaved…",
    saving: "Saving…",
    failed: "Not saved",
  },
  actionsHeading: "Action items",
  noActions: "No action item for this item yet.",
  actionWhatLabel: "What",
  actionOwnerLabel: "Owner",
  actionDueLabel: "Due",
  addAction: "Add action",
  removeAction: "Remove",
  removeActionLabel: (n: number): string => `Remove action ${n}`,
  actionLine: (owner: string, due: string): string => `${owner} · due ${due}`,
  actionProblem: "Give what is to be done, who owns it and a due date.",
  parkButton: "Park for later",
  parkReasonLabel: "Why is it parked?",
  parkConfirm: "Park",
  parkedBecause: (reason: string): string => `Parked for later: ${reason}`,
  unpark: "Take back onto the agenda",
  parkReasonNeeded: "Give a reason for parking the item.",
  decisionSection: "Decision on this item",
  statementUnavailable: "The statement of this item is not available.",
  undoneDiscussion: (id: string): string => `Discussion step on ${id} undone.`,
  redoneDiscussion: (id: string): string => `Discussion step on ${id} redone.`,
  discussionStepRefused: (id: string, why: string): string => `The step on ${id} could not be taken back: ${why}`,

  // discussion: minutes
  minutesDocx: "Minutes (DOCX)…",
  minutesPdf: "Minutes (PDF)…",
  minutesSaved: (path: string): string => `Minutes saved to ${path}.`,
  minutesFailed: "The minutes were not exported.",

  // room view
  roomTitle: "dfs-adopt — room view",
  roomWaiting: "Waiting for the facilitator to choose an item…",
  roomLoading: "Loading…",
  roomFailed: "The room view could not read the discussion.",
  roomNoTarget: "Open the room view from the facilitator view.",
  roomPositions: "Positions",
  roomResolution: "Outcome",
  roomConditions: "Conditions",
  roomNoPosition: "—",
  roomNotResolved: "Under discussion",
  roomDecision: (status: string): string => `Decision: ${status}`,
  roomSessionLine: (id: string, date: string, place: string): string => `Session ${id} · ${date} · ${place}`,

  // errors
  startupErrorHeading: "dfs-adopt could not open its database",
  startupErrorHint: "Nothing can be read or saved until it opens. Fix what the message above says, then close the app and start it again.",
  unexpectedError: "Something unexpected went wrong; the last action may not have been carried out.",
} as const;

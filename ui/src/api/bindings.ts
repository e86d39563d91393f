// Generated from the Rust types by `cargo test -p adopt-core` (UPDATE_BINDINGS=1). Do not edit.

export type DecisionStatus = "open" | "adopt" | "adopt-modified" | "already-covered" | "deferred" | "not-applicable";

export type ReasonCode = "existing-instrument" | "legal-requirement" | "risk-assessment" | "best-practice" | "no-legal-mandate" | "capacity-constraint" | "not-relevant-to-market" | "other";

export type Priority = "high" | "medium" | "low";

export type AuthorityKind = "telecom-regulator" | "central-bank" | "cybersecurity-agency" | "ministry" | "other";

export type Stakeholder = "TR" | "CB" | "MNO" | "DFSP" | "3P" | "DEV" | "OEM" | "USR";

export type CatalogGroup = "REG" | "TEL" | "SIM" | "PAY" | "APP" | "USR";

export type ThreatCategory = "account-session-hijacking" | "credential-attacks" | "system-platform-attacks" | "code-exploitation" | "data-misuse" | "denial-of-service" | "insider-attacks" | "mitm-social-engineering" | "infrastructure-compromise" | "sim-attacks" | "service-compromise" | "unauthorized-data-access" | "malware" | "zero-day" | "rogue-devices" | "unauthorized-device-access" | "personal-data-disclosure";

export type Flag = "verified" | "recalled";

export type SecurityDimension = "access-control" | "authentication" | "non-repudiation" | "data-confidentiality" | "communication-security" | "data-integrity" | "availability" | "privacy";

export type ExportFormat = "docx" | "pdf";

export type Stance = "support" | "support-with-changes" | "oppose" | "needs-consultation" | "abstain";

export type Resolution = "agreed" | "agreed-with-conditions" | "divergent";

export type AgendaOrder = "group" | "priority" | "manual";

export type SurveyStatus = "implemented" | "partially-implemented" | "planned" | "not-implemented" | "not-applicable" | "unknown";

export type Instrument = "law" | "regulation" | "directive" | "guideline" | "licence-condition" | "mou" | "none";

export type FindingKind = "no-items" | "unanswered-comment" | "unresolved-conflict" | "open-item" | "unsettled-divergence" | "missing-rationale" | "missing-wording" | "missing-lead" | "missing-priority" | "missing-due" | "past-due" | "missing-property";

export type SurveyFormat = "xlsx" | "csv";

export type ReviewKind = "comment" | "insertion" | "deletion" | "edit";

export type Disposition = "accepted" | "partly-accepted" | "rejected" | "noted";

export type Language = "en" | "fr";

export type SourceDocument = { 
/**
 * Stable id such as `S9`.
 */
id: string, 
/**
 * The title as the document gives it (English).
 */
title: string, 
/**
 * This project's French translation of the title: no official French title exists.
 * Empty in records frozen before the catalog had French.
 */
title_fr: string, publisher: string, 
/**
 * As the document gives it: "2021", "undated", "2023–2025".
 */
year: string, url: string, };

export type SourceRef = { 
/**
 * A source document id such as `S9`.
 */
document: string, 
/**
 * The section or control number as printed in that document, e.g. `§12.5` or `C53`.
 */
reference: string, };

export type Recommendation = { 
/**
 * Stable id such as `SIM-08`; never reused for another measure.
 */
id: string, title: string, 
/**
 * The French title, a paraphrase written for this project.
 */
title_fr: string, group: CatalogGroup, 
/**
 * The finer topic inside the group, e.g. "SIM recycling".
 */
topic: string, 
/**
 * The topic in French.
 */
topic_fr: string, 
/**
 * The weakness the measure addresses.
 */
vulnerability: string, 
/**
 * The weakness in French.
 */
vulnerability_fr: string, threat: ThreatCategory, stakeholders: Array<Stakeholder>, statement: string, 
/**
 * The French statement, a paraphrase of the source written for this project.
 */
statement_fr: string, flag: Flag, sources: Array<SourceRef>, 
/**
 * X.805 dimensions, only where a source tags the item with them.
 */
dimensions: Array<SecurityDimension>, 
/**
 * An editorial remark, e.g. that the source text was truncated.
 */
note: string | null, 
/**
 * The editorial remark in French, present exactly when `note` is.
 */
note_fr: string | null, };

export type CitedSource = { document: string, reference: string, title: string, publisher: string, year: string, url: string, };

export type RecommendationDetail = { id: string, title: string, group: CatalogGroup, topic: string, vulnerability: string, threat: ThreatCategory, stakeholders: Array<Stakeholder>, statement: string, flag: Flag, sources: Array<CitedSource>, dimensions: Array<SecurityDimension>, note: string | null, };

export type Authority = { 
/**
 * Short upper-case code, unique within a workspace.
 */
code: string, 
/**
 * Full name as it appears in the document.
 */
name: string, kind: AuthorityKind, };

export type Workspace = { 
/**
 * Short stable id printed by `workspace create`.
 */
id: string, name: string, jurisdiction: string, 
/**
 * The document template used for export.
 */
template: string, doc_version: string | null, reference: string | null, prepared_by: string | null, event: string | null, 
/**
 * The language of the workspace's documents (draft, minutes, survey template), whatever
 * the interface language. Files written before it existed are English.
 */
language: Language, authorities: Array<Authority>, created_at: string, created_by: string, };

export type WorkspaceSummary = { id: string, name: string, jurisdiction: string, authorities: Array<string>, selected: number, 
/**
 * Selected items whose status is no longer `open`.
 */
decided: number, created_at: string, 
/**
 * Archived workspaces are kept but left out of the recent list.
 */
archived: boolean, };

export type NewWorkspace = { name: string, jurisdiction: string, authorities: Array<Authority>, template: string, };

export type WorkspaceProperties = { name: string | null, doc_version: string | null, reference: string | null, prepared_by: string | null, event: string | null, template: string | null, 
/**
 * The language of the workspace's documents; a built-in template follows it to its
 * counterpart (joint-directive ↔ directive-conjointe, guideline ↔ ligne-directrice).
 */
language: Language | null, };

export type Decision = { status: DecisionStatus, reason: ReasonCode | null, rationale: string | null, 
/**
 * The national wording that replaces the catalog statement (for `adopt-modified`).
 */
wording: string | null, 
/**
 * Code of the lead authority.
 */
lead: string | null, 
/**
 * Codes of the supporting authorities.
 */
support: Array<string>, priority: Priority | null, 
/**
 * Target date for implementation.
 */
due: string | null, 
/**
 * Counts the changes; a change based on an older revision is refused.
 */
revision: number, updated_at: string | null, updated_by: string | null, };

export type DecisionField = "status" | "reason" | "rationale" | "wording" | "lead" | "support" | "priority" | "due";

export type DecisionPatch = { status: DecisionStatus | null, reason: ReasonCode | null, rationale: string | null, wording: string | null, lead: string | null, 
/**
 * Replaces the whole list of supporting authorities.
 */
support: Array<string> | null, priority: Priority | null, due: string | null, clear: Array<DecisionField>, };

export type SelectedItem = { id: string, title: string, group: CatalogGroup, topic: string, threat: ThreatCategory, stakeholders: Array<Stakeholder>, statement: string, 
/**
 * The French title and statement, frozen with the English ones; absent for items frozen
 * before the catalog was in French and not known to it any more. Left out of JSON when
 * absent, so records circulated before keep their fingerprint.
 */
title_fr?: string, statement_fr?: string, flag: Flag, sources: Array<SourceRef>, selected_at: string, selected_by: string, decision: Decision, };

export type WorkspaceDetail = { workspace: Workspace, items: Array<SelectedItem>, };

export type SelectionOutcome = { added: Array<string>, already: Array<string>, };

export type HistoryEntry = { 
/**
 * 32 hex digits, random: the same line on every laptop that has it. Files written before
 * lines had ids leave it empty, and the store gives the line a new one.
 */
id: string, 
/**
 * The name of the device that wrote the line; `null` for lines written before devices
 * were recorded.
 */
device: string | null, at: string, by: string, 
/**
 * The catalog item, or `null` for a change to the workspace itself.
 */
item: string | null, field: string, old: string | null, new: string | null, };

export type ErrorCode = "invalid-input" | "not-found" | "conflict" | "stale-revision" | "storage" | "export-failed";

export type ErrorPayload = { code: ErrorCode, message: string, message_id: string, params: { [key in string]: string }, };

export type TemplateInfo = { name: string, description: string, instrument: string, language: string, 
/**
 * The built-in template that writes the same instrument in the other language, which a
 * workspace switching language gets (`joint-directive` ↔ `directive-conjointe`).
 */
counterpart: string | null, };

export type StatusCount = { status: DecisionStatus, count: number, };

export type GroupProgress = { group: CatalogGroup, by_status: Array<StatusCount>, };

export type LeadProgress = { 
/**
 * The lead authority's code; `null` for items without one.
 */
lead: string | null, by_status: Array<StatusCount>, };

export type OpenItem = { id: string, title: string, };

export type Overview = { total: number, by_status: Array<StatusCount>, by_group: Array<GroupProgress>, by_lead: Array<LeadProgress>, open_items: Array<OpenItem>, };

export type Participant = { 
/**
 * The person's name; replaced by the organisation when personal data is removed.
 */
name: string, organisation: string, 
/**
 * Code of the authority the participant speaks for.
 */
authority: string, role: string | null, };

export type SessionDraft = { date: string, 
/**
 * Where it is held, or "Online".
 */
place: string | null, facilitator: string, participants: Array<Participant>, 
/**
 * The time box of the whole session, in minutes.
 */
time_box: number | null, };

export type AgendaEntry = { item: string, 
/**
 * Minutes set aside for the item.
 */
time_box: number | null, 
/**
 * Why the item was parked for later; `null` while it is not parked.
 */
parked: string | null, };

export type Session = { 
/**
 * Unique everywhere: "s-" and 16 random hex digits; sessions made before ids were
 * global keep their "s1", "s2"...
 */
id: string, 
/**
 * The display number ("session 2"), derived, never stored as a counter: sessions made
 * before ids were global keep theirs, later ones follow by date, creation time and id.
 */
number: number, date: string, place: string | null, facilitator: string, participants: Array<Participant>, time_box: number | null, 
/**
 * The selected items to discuss, in order.
 */
agenda: Array<AgendaEntry>, 
/**
 * The item the facilitator has on screen, and since when (the room view follows it).
 */
current_item: string | null, current_since: string | null, 
/**
 * Whether names were replaced by organisations.
 */
anonymised: boolean, created_at: string, created_by: string, };

export type Position = { item: string, authority: string, stance: Stance, note: string | null, session: string, at: string, by: string, };

export type PositionInput = { authority: string, stance: Stance, note: string | null, };

export type ItemResolution = { item: string, resolution: Resolution, conditions: string | null, 
/**
 * The decision status before and after this resolution set it (undo puts `before` back).
 */
status_before: DecisionStatus, status_after: DecisionStatus, session: string, at: string, by: string, };

export type ResolutionInput = { resolution: Resolution, conditions: string | null, 
/**
 * The decision status an agreement sets, instead of the resolution's default.
 */
status: DecisionStatus | null, };

export type ActionItem = { 
/**
 * Unique everywhere (used to remove it again): "a-" and 16 random hex digits; actions
 * made before ids were global are "a1", "a2"... (a number in older files).
 */
id: string, 
/**
 * The display number ("action 3"), derived like a session's: actions made before ids
 * were global keep theirs, later ones follow by creation time and id.
 */
number: number, item: string, what: string, owner: string, due: string, session: string, at: string, by: string, };

export type ActionInput = { what: string, owner: string, due: string, };

export type MinuteNote = { item: string, session: string, note: string, at: string, by: string, };

export type Discussion = { sessions: Array<Session>, positions: Array<Position>, 
/**
 * Every resolution, oldest first.
 */
resolutions: Array<ItemResolution>, actions: Array<ActionItem>, notes: Array<MinuteNote>, };

export type Divergence = { item: string, 
/**
 * The first divergent resolution.
 */
raised: ItemResolution, 
/**
 * The later agreement that settled it; `null` while it is still open.
 */
settled: ItemResolution | null, };

export type AgendaSlot = { item: string, 
/**
 * Minutes set aside for the item.
 */
time_box: number | null, };

export type PositionChange = { position: Position, previous: Position | null, };

export type ResolveOutcome = { resolution: ItemResolution, decision: Decision, };

export type BaselineAnswer = { item: string, authority: string, status: SurveyStatus, instrument: Instrument | null, 
/**
 * The instrument or practice that shows it, e.g. "SIM Registration Regulations 2021, s. 12".
 */
evidence: string | null, 
/**
 * What is missing.
 */
gap: string | null, comment: string | null, at: string, by: string, };

export type PropertyField = "name" | "doc_version" | "reference" | "prepared_by" | "event" | "template" | "language";

export type Finding = { kind: FindingKind, 
/**
 * The catalog item, or `null` for the workspace as a whole.
 */
item: string | null, 
/**
 * The empty document property, for `missing-property`.
 */
field: PropertyField | null, message: string, };

export type ReviewComment = { 
/**
 * Globally unique (the same comment imported on two laptops has the same id).
 */
id: string, 
/**
 * The item whose clause it sits in; `null` for a section or the document.
 */
item: string | null, 
/**
 * The section number when it is not in a clause; `null` otherwise.
 */
section: number | null, kind: ReviewKind, author: string, organisation: string | null, 
/**
 * When the reviewer wrote it, as the file says (ISO 8601); `null` when the file has no date.
 */
at: string | null, text: string, 
/**
 * The text it was anchored on, quoted.
 */
anchor_text: string, replies: Array<ReviewReply>, 
/**
 * Marked resolved in Word; it still needs a disposition here.
 */
resolved: boolean, source_file: string, 
/**
 * The circulated version the file came from; `null` when its fingerprint matched none.
 */
source_version: string | null, disposition: Disposition | null, response: string | null, responded_by: string | null, responded_at: string | null, };

export type ReviewReply = { author: string, at: string | null, text: string, };

export type ReviewImport = { 
/**
 * New entries attached to an item or a section.
 */
attached: number, 
/**
 * Entries the workspace holds already (or that the file repeats).
 */
skipped_known: number, 
/**
 * New entries per item.
 */
by_item: { [key in string]: number }, 
/**
 * New entries on the document as a whole (neither in a clause nor in a section).
 */
unattached: number, };

export type ReviewImportReport = { 
/**
 * What the import attached where (or would, with a dry run): the contract's JSON.
 */
counts: ReviewImport, 
/**
 * The circulated version the file came from, when its fingerprint names one.
 */
source_version: string | null, 
/**
 * What the user should know: edits that could not be checked, comments of our own skipped.
 */
notes: Array<string>, };

export type RowProblem = { 
/**
 * The line as a spreadsheet numbers rows: the header is line 1.
 */
line: number, 
/**
 * The column's header, e.g. "status".
 */
column: string, 
/**
 * The spreadsheet column letter, e.g. "D".
 */
letter: string, message: string, };

export type BaselineChange = { item: string, authority: string, old: BaselineAnswer | null, new: BaselineAnswer, };

export type SurveyImport = { 
/**
 * Answer rows read (blank rows are not counted).
 */
rows: number, 
/**
 * Answers that are new or differ from the current baseline.
 */
changes: Array<BaselineChange>, 
/**
 * Answers identical to the current baseline.
 */
unchanged: number, 
/**
 * Rows of other authorities left out because `authority` was given.
 */
skipped: number, 
/**
 * Bad rows; when there is any, nothing is imported.
 */
problems: Array<RowProblem>, 
/**
 * Whether the changes were written.
 */
applied: boolean, };

export type Suggestion = { item: string, status: DecisionStatus, reason: string, };

export type BaselineCount = { status: SurveyStatus | null, count: number, };

export type GapRow = { group: CatalogGroup, authority: string, 
/**
 * The selected items of the group by this authority's answer.
 */
by_status: Array<BaselineCount>, 
/**
 * Selected items of the group that are adopted.
 */
adopted: number, 
/**
 * Adopted items this authority does not report implemented (or not applicable to it): the
 * gaps the draft closes.
 */
gaps_to_close: number, };

export type GapOverview = { 
/**
 * Whether any answer was imported.
 */
has_baseline: boolean, rows: Array<GapRow>, };

export type VersionInfo = { label: string, 
/**
 * The document date printed on it.
 */
date: string, 
/**
 * Who circulated it.
 */
by: string, note: string | null, 
/**
 * SHA-256 of its record and template: 64 hex digits.
 */
fingerprint: string, template: string, circulated_at: string, 
/**
 * The "prepared by" property as it was when circulated.
 */
prepared_by: string | null, 
/**
 * When participants' names were removed from its files; `null` until then.
 */
names_removed_at: string | null, };

export type VersionFileSizes = { docx: number, pdf: number, };

export type VersionDetail = { items: number, files: VersionFileSizes, label: string, 
/**
 * The document date printed on it.
 */
date: string, 
/**
 * Who circulated it.
 */
by: string, note: string | null, 
/**
 * SHA-256 of its record and template: 64 hex digits.
 */
fingerprint: string, template: string, circulated_at: string, 
/**
 * The "prepared by" property as it was when circulated.
 */
prepared_by: string | null, 
/**
 * When participants' names were removed from its files; `null` until then.
 */
names_removed_at: string | null, };

export type Change = { item: string | null, field: string, old: string | null, new: string | null, };

export type VersionDiff = { from: string, to: string | null, changes: Array<Change>, };

export type VerifyStatus = "match" | "edited" | "working-draft" | "unknown";

export type Verification = { file: string, 
/**
 * The workspace id the file names, when this database has it.
 */
workspace: string | null, 
/**
 * The version label; `null` for a working draft or an unknown file.
 */
version: string | null, 
/**
 * The fingerprint the file carries (64 hex digits), if any.
 */
fingerprint: string | null, status: VerifyStatus, 
/**
 * Items whose clause no longer matches the stored text, in document order.
 */
changed_clauses: Array<string>, 
/**
 * Why the status is what it is, in words ("the clause bookmarks were lost: matched by
 * headings", "version 0.3 is not in this database"...).
 */
detail: string, };

export type PageMargins = { top_mm: number, right_mm: number, bottom_mm: number, left_mm: number, };

export type ReferencePage = { width_mm: number, height_mm: number, margins: PageMargins, };

export type ReferenceDocInfo = { file_name: string, 
/**
 * The font of running text and of headings, as the reference names them.
 */
body_font: string | null, heading_font: string | null, 
/**
 * Every font the reference's styles name.
 */
fonts: Array<string>, 
/**
 * Its page size and margins; `null` when it sets none (the template's are kept).
 */
page: ReferencePage | null, };

export type SyncExport = { workspace: string, 
/**
 * This laptop's device name, carried in the bundle.
 */
device: string, bytes: number, };

export type SyncImport = { workspace: string, created: boolean, fields_changed: number, items_added: Array<string>, items_removed: Array<string>, 
/**
 * Conflicts the merge raised that were not there before.
 */
conflicts: number, };

export type SyncImportReport = { counts: SyncImport, 
/**
 * The workspace's name on this laptop once merged (or as it would be, with a dry run).
 */
name: string, 
/**
 * The workspace's name here, when its own was taken and got the sender's device name.
 */
renamed: string | null, 
/**
 * The sending device's name.
 */
from_device: string, };

export type ConflictValueView = { value: string, device: string, by: string, at: string, };

export type ConflictView = { 
/**
 * `ITEM/FIELD`, or `-/FIELD` for the workspace: the same on every device.
 */
id: string, 
/**
 * The catalog id, or `None` for a workspace field.
 */
item: string | null, field: string, 
/**
 * The shown value first, then by time, then device.
 */
values: Array<ConflictValueView>, };

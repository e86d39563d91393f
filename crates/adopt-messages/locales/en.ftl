# dfs-adopt, English. Each message says what was wrong and what to do.

## This crate's own tests.
test-inner = the inner reason
test-outer = it failed ({ $count } times): { $reason }

## Names of fields and values, as parameters of other messages.
term-by-name = the --by name
term-action = action
term-action-owner = action owner
term-agenda-order = agenda order
term-authority-kind = authority kind
term-authority-name = authority name
term-conditions = conditions
term-disposition = disposition
term-facilitator = facilitator
term-field = field
term-finding = finding
term-flag = flag
term-format = format
term-group = group
term-history = history
term-history-line-id = history line id
term-history-field = history field
term-history-author = history author
term-history-value = history value
term-device-name = device name
term-instrument = instrument
term-item-id = item id
term-jurisdiction = jurisdiction
term-language = language
term-minute-note = minute note
term-national-wording = national wording
term-organisation = organisation
term-participant-name = participant name
term-participant-organisation = participant organisation
term-participant-role = participant role
term-place = place
term-position-note = position note
term-priority = priority
term-property = property
term-rationale = rationale
term-reason = reason
term-reason-for-parking = reason for parking
term-record-field = record field
term-record-id = record id
term-record-value = record value
term-resolution = resolution
term-response = response
term-review-entry-kind = review entry kind
term-reviewer = reviewer
term-security-dimension = security dimension
term-selected = selected
term-session = session
term-stakeholder = stakeholder
term-stance = stance
term-status = status
term-survey = survey
term-survey-format = survey format
term-survey-status = survey status
term-template = template
term-threat-category = threat category
term-version-label = version label
term-version-note = version note
term-workspace-id = workspace id
term-workspace-name = workspace name
term-workspace-property = workspace property
term-wording = national wording
term-lead = lead authority
term-support = supporting authorities
term-due = target date
term-name = name
term-doc-version = document version
term-reference = reference
term-prepared-by = prepared by
term-event = event

## adopt-domain: input that breaks a rule of the domain.
invalid-unknown-value = unknown { $what } "{ $value }"; use one of: { $allowed }
invalid-malformed-date = "{ $value }" is not a date; write dates as YYYY-MM-DD, e.g. 2027-03-31
invalid-impossible-date = { $value } is not a day of the calendar; check the month and the day
invalid-empty = { $field } must not be empty
invalid-too-long = { $field } is too long ({ $len } characters); keep it under { $max }
invalid-authority-code = authority code "{ $code }" is not valid; use 2 to 16 letters or digits, e.g. LCA or CBL
invalid-duplicate-authority = authority { $code } is listed twice; give each authority once
invalid-no-authority = a workspace needs at least one authority, e.g. LCA, the Lesotho Communications Authority
invalid-unknown-authority = "{ $code }" is not an authority of this workspace; use one of: { $allowed }
invalid-not-clearable = { $field } cannot be cleared; set another value instead
invalid-lead-also-supports = the lead authority { $code } cannot also be a supporting authority
invalid-nothing-to-change = nothing to change; name at least one field to set or clear
invalid-set-and-cleared = { $field } is both set and cleared; do one or the other
invalid-conditions-missing = agreed-with-conditions needs the conditions; write them, or resolve as agreed
invalid-divergent-with-status = a divergent resolution leaves the decision open; record it without a status
invalid-agreed-but-open = an agreement decides the item; choose a status other than open, or resolve as divergent
invalid-time-box = a time box of { $minutes } minutes is not possible; give between 1 and 1440 minutes
invalid-participant-format = "{ $value }" is not a participant; write NAME|ORG|CODE or NAME|ORG|CODE|ROLE (a | inside a value is written \|)
invalid-malformed-item-id = "{ $value }" is not a recommendation id; ids look like SIM-08
invalid-survey-file-name = { $file }: a survey is an .xlsx or a .csv file; name the file with one of these extensions
invalid-device-name = the device name { $problem }; give a short name such as "CBL legal laptop"
invalid-template-language = the template { $template } writes documents in { $template_language ->
    [fr] French
   *[en] English
  }, but this workspace's documents are in { $language ->
    [fr] French
   *[en] English
  }; use { $counterpart }

## adopt-sync: laptops in sync.
sync-device-id = device id "{ $id }" is not 32 hexadecimal digits; use the device id this database stores
sync-key = { $what } "{ $value }" cannot be used in a replicated workspace: use letters, digits, '-' or '_', no '/'
sync-status-not-clearable = the status of a decision cannot be cleared; set another status instead
sync-not-a-workspace = the document is not a dfs-adopt workspace ({ $reason }); it may come from a newer version of dfs-adopt
sync-unexpected-value = the document holds { $found } for "{ $key }" where { $expected } was expected; it may come from a newer version of dfs-adopt
sync-other-workspace = this copy is of workspace { $theirs }, not { $ours }; a bundle only merges into its own workspace
sync-unrelated = the two copies of workspace { $workspace } were created separately and share no history; import the bundle into a database without this workspace instead
sync-no-such-conflict = no conflict "{ $id }" in this workspace; list the conflicts to see their ids
sync-conflict-id = "{ $id }" is not a conflict id; use ITEM/FIELD, or -/FIELD for the workspace
sync-duplicate-change = two copies of this workspace wrote as device { $device } without seeing each other; their changes cannot be merged
sync-engine = the replication engine refused the document: { $reason }
bundle-not-a-bundle = this file is not a dfs-adopt sync bundle ({ $reason }); choose the .dfs-sync file the other laptop saved
bundle-truncated = the bundle is truncated: it ends after { $found } bytes of { $expected }; ask for the file to be sent again
bundle-corrupted = the bundle is corrupted ({ $reason }); ask for the file to be sent again
bundle-newer-format = the bundle was written in format { $found }, newer than this version of dfs-adopt reads ({ $supported }); update dfs-adopt, then import it again
bundle-other-project = the bundle comes from another program ("{ $project }"), not dfs-adopt; it cannot be merged

## adopt-office: files from outside (a returned DOCX, a reference document, a PDF).
office-too-large = the file is { $size } bytes, more than the { $limit } bytes accepted: save a smaller copy (without large pictures)
office-password-or-legacy = the file is password-protected or an old Word 97-2003 .doc: open it in Word or LibreOffice, remove the password and save it as a Word document (.docx)
office-not-docx = the file is not a Word document (.docx): { $detail }; save it from Word or LibreOffice as .docx
office-missing-part = the file is a zip package but not a Word document: it has no { $part }{ $hint }; save it as a Word document (.docx)
office-damaged = the Word document is damaged ({ $detail }): open it in Word or LibreOffice and save it again
office-encrypted-part = part { $part } of the Word document is encrypted: remove the password and save it again as .docx
office-unsafe = the Word document is refused as unsafe to unpack: { $detail }
office-malformed-xml = part { $part } of the Word document is not well-formed XML ({ $detail }): open it in Word or LibreOffice and save it again
office-no-styles = the reference document has no styles (word/styles.xml is missing): save a document with the house styles from Word or LibreOffice as .docx
office-not-pdf = the file is not a PDF: { $detail }
office-pdf-encrypted = the PDF is encrypted and needs a password to open: save or print it again without a password
office-pdf-unreadable = the PDF could not be read ({ $detail }): save or print it again as PDF
office-reader-failed = the file could not be read: the reader failed on { $what }; save it again from Word, LibreOffice or a PDF viewer

## adopt-document: template folders.
template-unknown = unknown template "{ $name }"; use one of: { $list }, or the path of a template folder
template-read = { $file }: cannot be read: { $reason }
template-malformed = { $file }: { $reason }
template-placeholder = { $file }, line { $line }: { $reason }

## adopt-store: the database.
store-workspace-not-found = no workspace with id or name "{ $workspace }"; check the name in the list of workspaces
store-name-taken = a workspace named "{ $name }" exists already; choose another name
store-not-selected = { $item } is not selected in this workspace; select it first
store-decided = { $item } is decided ({ $status }); deselecting it discards the decision and must be confirmed (its history is kept)
store-stale-revision = { $item } has changed since revision { $expected } (it is now at revision { $current }); reload it and apply your change again
store-session-not-found = no discussion session "{ $session }" in this workspace; check the list of sessions
store-no-session = this workspace has no discussion session yet; create one first
store-not-on-agenda = { $item } is not on the agenda of session { $session }; add it to the agenda first
store-no-resolution = { $item } has no resolution to take back
store-action-not-found = there is no action item { $action } in this workspace
store-version-label-taken = a version labelled "{ $label }" was circulated already (labels are compared regardless of case); choose another label
store-version-not-found = no circulated version "{ $label }" in this workspace; { $count ->
    [0] no version has been circulated yet
   *[other] the versions are: { $existing }
  }
store-version-files-missing = the files of circulated version "{ $label }" are neither in the bundle nor in this database; ask the other laptop to export the workspace again with this version of dfs-adopt. Nothing was changed
store-version-value-typed = conflict { $id } is between circulated versions, which cannot be typed as a value; keep one of the versions `conflicts list` shows with --keep N
store-comment-not-found = no reviewer's comment with id "{ $id }" in this workspace; `review list` shows the ids
store-comment-ambiguous = more than one reviewer's comment has an id starting "{ $id }"; give more of the id
store-folder = the folder { $path } cannot be created: { $reason }
store-open = the database { $path } cannot be opened: { $reason }
store-newer-schema = the database { $path } was written by a newer version of dfs-adopt (schema { $found }; this version knows up to { $known }); it was left as it was: install the newer dfs-adopt to open it
store-read = the database { $path } cannot be read: { $reason }; check that the file is there and readable
store-damaged-with-backup = the database { $path } is damaged ({ $detail }); nothing was written to it. Keep it as it is for now; to go back to the copy made before the last update, { $backup }, move the damaged file aside and copy that backup to { $path } (work done since that update is not in it)
store-damaged = the database { $path } is damaged ({ $detail }); nothing was written to it. Keep it as it is, and put a copy you trust in its place ({ $path }): a backup of the file, or start a new database and bring in workspace files exported earlier with `workspace import`
store-disk-full = the disk holding the database{ $path } is full; nothing was changed: free some space on it, then try again
store-read-only = the database{ $path } cannot be written: its folder is read-only (dfs-adopt keeps the database's -wal and -shm files beside it); nothing was changed: make the folder writable, or copy the database to a writable folder and open it there
store-io = the database could not be read or written ({ $reason }); nothing was changed: check that its disk is still connected and has free space, then try again
store-corrupt = the database is damaged ({ $reason }); the change was not made. Close dfs-adopt, keep the file as it is, and restore your work from the backup beside it (a .bak file) or from a copy you keep
store-backup = the database could not be backed up to { $path } before updating it ({ $reason }); nothing was changed: free some disk space and try again
store-migration = the database schema cannot be updated: { $reason }
store-busy = the database is busy or locked by another program; close it and try again
store-sqlite = database error: { $reason }
store-unknown-item = the copy from the other laptop selects { $item }, which this version's catalog lacks; update dfs-adopt, then import it again
store-no-randomness = the operating system gave no random numbers for a new id ({ $reason }); nothing was changed: try again

## adopt-core: what the shells ask of the core.
core-unknown-recommendation = unknown recommendation "{ $item }"; catalog ids look like SIM-08
core-unknown-template = unknown template "{ $name }"; use one of: { $list }
core-import-read = { $path } cannot be read: { $reason }
core-import-invalid = { $path } cannot be imported: { $reason }
core-already-running = { $reason }
core-survey-format = { $path }: a survey is an .xlsx or a .csv file; name the file with one of these extensions
core-survey-file = the survey cannot be read: { $reason }
core-survey-too-large = { $path } is { $megabytes } MB, too large for a survey (at most { $max } MB); choose the filled-in survey file
core-survey-rows = nothing was imported: { $count ->
    [one] 1 problem in the survey; correct it and import again:
   *[other] { $count } problems in the survey; correct them and import again:
  }
  { $list }
core-no-version-label = this version has no label: give one, or set the workspace's document version (doc_version), which is the default label
core-stored-record = the stored record of a circulated version cannot be read ({ $reason }); the database may have been edited by hand
core-reference-read = { $path } cannot be read: { $reason }
core-reference-too-large = { $path } is { $megabytes } MB, too large for a reference document (at most { $max } MB); choose the Word file with the house style
core-reference-invalid = { $name } cannot be used as a reference document: { $reason }. Choose a Word (.docx) file that holds the house style, saved without a password
core-verify-read = { $path } cannot be verified: { $reason }
core-review-read = { $file } cannot be imported: { $reason }; nothing was imported
core-response-required = a rejected comment needs a response saying why; nothing was recorded
core-nothing-to-apply = { $id } is a plain comment: only a tracked insertion, deletion or edit can be applied to the wording
core-apply-disposition = a change is applied only when it is accepted or partly accepted, not { $disposition }
core-proposed-text-unknown = the clause text with change { $id } applied is not known (its clause holds several tracked changes, or is not a clause of a selected item); write the wording with `decide --wording`, then record the disposition without applying
core-render = the document could not be produced: { $reason }
core-csv = the { $what } could not be written as CSV: { $reason }
core-xlsx = the survey workbook could not be produced: { $reason }
core-sync-read = { $path } cannot be read: { $reason }
core-sync-too-large = { $path } is { $bytes } bytes, too large for a sync bundle (at most { $max } bytes are read); choose the .dfs-sync file the other laptop saved
core-no-such-value = the conflict has { $count } values; --keep takes a number from 1 to { $count }
core-bundle-mismatch = the bundle names workspace { $header } but holds workspace { $document }; it was altered after it was saved: ask for the file to be sent again
core-write-disk-full = { $path } cannot be written: the disk is full; free some space on it or choose another folder
core-write-read-only = { $path } cannot be written: the folder is read-only; choose another folder
core-write-other = { $path } cannot be written: { $reason }; choose another folder or close the program that holds the file
term-accepted = accepted
term-partly-accepted = partly accepted
term-rejected = rejected
term-noted = noted

## The app's own refusals (src-tauri).
app-not-exported = { $path } was not exported from this window, so it is not shown
app-no-file-manager = no file manager answered on this computer, so the folder cannot be shown; the file is saved at { $path }: copy the path to find it
app-stopped = the operation stopped unexpectedly: { $reason }
app-not-a-comment-id = "{ $id }" is not a comment id (32 hex digits); read the comments again and choose one
app-not-a-full-path = { $path } is not a full path; choose the file again
app-not-a-bundle-file = { $path } is not a .{ $extension } file; choose a file whose name ends in .{ $extension }
app-not-a-conflict-id = "{ $id }" is not a conflict id (ITEM/FIELD); read the conflicts again and choose one
app-no-such-value = value { $n } does not exist: the values count from 1
app-one-choice = choose one of the values, or type another one, not both
app-unknown-language = unknown interface language "{ $language }"; use en or fr

## adopt-domain: the completeness check's findings.
finding-no-items = no recommendation is selected; select the items the draft adopts
finding-unanswered-comment = { $item }: { $count ->
    [one] 1 reviewer's comment
   *[other] { $count } reviewers' comments
  } without a disposition; answer each one
finding-unanswered-elsewhere = { $count ->
    [one] 1 reviewer's comment
   *[other] { $count } reviewers' comments
  } outside the clauses of the selected items without a disposition; answer each one
finding-unresolved-conflict = { $id }: changed on two laptops at the same time and not yet settled; keep one value
finding-unsettled-divergence = { $item }: the authorities diverged and have not settled it; record the settlement with a new resolution
finding-open-item = { $item }: still open; decide it, or deselect it if it is not part of this draft
finding-missing-rationale = { $item }: { $status ->
    [not-applicable] not applicable
   *[deferred] deferred
  } without a rationale; say why
finding-missing-wording = { $item }: adopted with national wording, but the wording is empty; write it
finding-missing-lead = { $item }: adopted without a lead authority; name one
finding-missing-priority = { $item }: adopted without a priority; set high, medium or low
finding-missing-due = { $item }: adopted without a target date; set one
finding-past-due = { $item }: target date { $due } is before the document date { $date }; move it later
finding-missing-property = the document property "{ $property ->
    [version] version
    [reference] reference
    [prepared-by] prepared by
   *[event] event
  }" is empty, so the draft shows a blank or "[to be completed]"

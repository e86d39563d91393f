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

## adopt-cli: what the command line says, and the refusals it makes itself.
cli-unknown-lang = --lang "{ $value }" is not a language dfs-adopt speaks; use en or fr
cli-hint-workspace-list = { $error } (`dfs-adopt workspace list` shows them)
cli-hint-select = { $error } with `dfs-adopt select`
cli-hint-force = { $error }; add --force to deselect it anyway
cli-hint-catalog-list = { $error } (`dfs-adopt catalog list` shows them)
cli-hint-session-create = { $error } with `dfs-adopt session create`
cli-hint-session-list = { $error } (`dfs-adopt session list` shows them)
cli-hint-label = { $error } with --label
cli-hint-doc-version = { $error } (--label TEXT, or `dfs-adopt workspace set WS --doc-version TEXT`)
cli-wrote = wrote { $path }
cli-wrote-size = wrote { $path } ({ $kb } KB)
cli-dry-run-note = (dry run: nothing was written)
cli-workspace-none = No workspace yet. Create one with `dfs-adopt workspace create`.
cli-workspace-line = { $id }  { $name }  ({ $jurisdiction }; { $authorities })  { $selected } selected, { $decided } decided
cli-workspace-archived = archived
cli-workspace-archived-done = archived
cli-workspace-unarchived = brought back from the archive
cli-authority-form = --authority "{ $spec }" needs the form CODE=FULL_NAME, e.g. LCA="Lesotho Communications Authority"
cli-kind-form = --kind "{ $spec }" needs the form CODE=KIND, e.g. LCA=telecom-regulator
cli-kind-without-authority = --kind names { $code }, which is not given with --authority
cli-reference-doc-stored = reference document { $name } stored
cli-reference-doc-removed = reference document removed
cli-reference-doc-none = there was no reference document
cli-properties-saved = { $name }: document properties saved
cli-selected = selected: { $items }
cli-already-selected = already selected: { $items }
cli-deselected = deselected: { $items }
cli-label-jurisdiction = Jurisdiction:
cli-label-template = Template:
cli-label-version = Version:
cli-label-reference = Reference:
cli-label-prepared-by = Prepared by:
cli-label-event = Event:
cli-authorities-heading = Authorities:
cli-no-item-selected = No item selected yet. Select items with `dfs-adopt select`.
cli-selected-items = Selected items ({ $count }):
cli-item-lead = lead { $lead }
cli-item-due = due { $due }
cli-sessions-heading = Discussion sessions:
cli-session-summary = { $date }  { $place }  facilitator { $facilitator }, { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }
cli-catalog-no-match = No catalog item matches.
cli-catalog-source-not-verified = source not verified
cli-catalog-count = { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
cli-label-group = Group:
cli-label-topic = Topic:
cli-label-threat = Threat:
cli-label-addresses = Addresses:
cli-label-vulnerability = Vulnerability:
cli-catalog-paraphrase = This statement summarises the sources in our own words; consult the source documents for the authoritative text.
cli-catalog-recalled = The source section of this item could not be verified.
cli-catalog-note = Note: { $note }
cli-catalog-sources = Sources:
cli-decide-changed = { $item }: status { $status }, revision { $revision }
cli-decide-unchanged = { $item }: nothing changed (status { $status }, revision { $revision })
cli-label-device = Device:
cli-label-device-id = Id:
cli-diff-to-version = version { $label }
cli-diff-to-now = now
cli-diff-none = No change from version { $from } to { $to }.
cli-diff-heading = Changes from version { $from } to { $to }:
cli-history-workspace = workspace
cli-history-none = No changes recorded.
cli-session-none = No discussion session yet. Create one with `dfs-adopt session create`.
cli-session-line = { $date }  { $place }  facilitator { $facilitator }  { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    } on the agenda
cli-session-anonymised = { $count ->
        [one] { $count } name removed
       *[other] { $count } names removed
    }: participants are now named by their organisation, facilitators as "Facilitator"
cli-position = { $item }: { $authority } { $stance } in session { $session }
cli-position-changed = { $item }: { $authority } { $stance } (was { $was }) in session { $session }
cli-resolved = { $item }: { $resolution } in session { $session }; status { $status }
cli-resolved-divergent = { $item }: { $resolution } in session { $session }; status { $status }; in the divergence register until settled
cli-action-added = action { $number } on { $item }: { $what } ({ $owner }, due { $due })
cli-comments-in-pdf = --comments adds Word comments, which a PDF cannot carry; use --format docx, or export the PDF without --comments
cli-folder-not-created = the folder { $path } cannot be created: { $reason }
cli-survey-no-answer = no answer
cli-survey-changed = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } read: { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } changed, { $unchanged } unchanged
cli-survey-would-change = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } read: { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } would change, { $unchanged } unchanged
cli-survey-skipped = , { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } of other authorities left out
cli-check-hint-review = { $finding } (`dfs-adopt review list { $workspace } --open`, then `dfs-adopt review respond`)
cli-check-hint-conflicts = { $finding } (`dfs-adopt conflicts list { $workspace }`, then `dfs-adopt conflicts resolve`)
cli-check-hint-property = { $finding }; set it with `dfs-adopt workspace set { $workspace } --{ $flag } TEXT`
cli-check-complete = complete: no findings
cli-check-summary = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }; the exported draft is marked "DRAFT — INCOMPLETE" until they are resolved
cli-review-none-open = No open reviewers' comments. Import a reviewer's file with `dfs-adopt review import`.
cli-review-none = No reviewers' comments. Import a reviewer's file with `dfs-adopt review import`.
cli-review-responded = { $id } { $place }: { $disposition }
cli-review-responded-applied = { $id } { $place }: { $disposition }; { $place } now has the reviewer's wording (adopt-modified)
cli-review-section = section { $section }
cli-review-whole-document = the document
cli-review-row-sections = sections
cli-review-row-document = document
cli-review-attached = attached { $attached } new, { $known } already known, { $unattached } on the document as a whole
cli-review-would-attach = would attach { $attached } new, { $known } already known, { $unattached } on the document as a whole
cli-review-from-version = (from version { $version })
cli-review-open = open
cli-review-open-resolved-in-word = open (resolved in Word)
cli-review-entry = { $kind } by { $who }{ $at } — { $state }
cli-review-anchor = on "{ $text }"
cli-review-response = response: { $text }
cli-sync-saved = Saved workspace { $workspace } from device "{ $device }" to { $path } ({ $bytes } bytes); open it on the other laptop with `dfs-adopt sync import`
cli-sync-dry-run = Dry run: nothing was changed.
cli-sync-created = Created workspace { $workspace } from device "{ $device }"
cli-sync-would-create = Would create workspace { $workspace } from device "{ $device }"
cli-sync-merged = Merged into workspace { $workspace } from device "{ $device }"
cli-sync-would-merge = Would merge into workspace { $workspace } from device "{ $device }"
cli-sync-renamed = Its name is taken here, so it is called "{ $name }" on this laptop
cli-sync-none = none
cli-sync-fields-changed = Fields changed: { $value }
cli-sync-items-added = Items added: { $value }
cli-sync-items-removed = Items removed: { $value }
cli-sync-new-conflicts = New conflicts: { $value }
cli-sync-settle = Settle them with `dfs-adopt conflicts list { $workspace }` and `conflicts resolve`
cli-conflicts-none = No conflicts.
cli-conflicts-empty = (empty)
cli-conflicts-keep-one = Keep one with `dfs-adopt conflicts resolve WS CONFLICT --keep N`
cli-conflicts-settled = Settled { $conflict }: kept { $kept }
cli-version-circulated = Version { $label } · { $fingerprint }
cli-version-none = No version circulated yet. Circulate one with `dfs-adopt version circulate`.
cli-version-by = by { $by }
cli-version-heading = Version { $label }
cli-label-date = Date:
cli-label-fingerprint = Fingerprint:
cli-label-circulated = Circulated:
cli-label-note = Note:
cli-label-names-removed = Names removed:
cli-label-items = Items:
cli-label-files = Files:
cli-version-at-by = { $at } by { $by }
cli-version-names-removed = { $at } (its files were rendered again without them)
cli-version-files = DOCX { $docx } bytes, PDF { $pdf } bytes
cli-verify-line = { $file }: { $result }
cli-verify-match = version { $version } of { $workspace } · { $fingerprint }, as circulated ({ $detail })
cli-verify-edited = version { $version } of { $workspace } · { $fingerprint }, edited: { $detail }
cli-verify-edited-clauses = version { $version } of { $workspace } · { $fingerprint }, edited: { $count ->
        [one] clause
       *[other] clauses
    } { $clauses } changed
cli-verify-working-draft = a working draft of { $workspace }, not a circulated version
cli-verify-unknown = { $file } is not a file of this database: { $detail }
cli-help-about = Adopt the ITU DFS security recommendations: browse the catalog, select and decide items per jurisdiction.
cli-help-exit-codes = Exit codes: 0 success, 1 error, 2 usage error, 3 `check` found findings.
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-help-flag = Print help
cli-help-version-flag = Print version
cli-help-db = Database file [default: the one the app uses, in the platform data folder]
cli-help-by = Who is making the change, as recorded in the history [default: your user name]
cli-help-device = Name this laptop: stored in the database and used until changed [default on first use: the host name]
cli-help-lang = Language of messages, titles and statements (en or fr) [default: from the locale: LC_ALL, LC_MESSAGES, LANG; else en]
cli-help-catalog = Browse the built-in catalog of recommendations and their sources
cli-help-workspace = Create, list, show and edit workspaces
cli-help-select = Select catalog items into a workspace
cli-help-deselect = Remove items from a workspace's selection
cli-help-decide = Record the decision on a selected item; changes only the fields given
cli-help-export = Export the draft adoption document as DOCX or PDF
cli-help-demo = Build a demo workspace (Lesotho, LCA and CBL; in French, Côte d'Ivoire, ARTCI and BCEAO) in a temporary database and export its draft
cli-help-template = List the document templates
cli-help-session = Create and list the open-discussion sessions of a workspace
cli-help-position = Record an authority's position on an item in a discussion session
cli-help-resolve = Record the joint resolution on an item; it sets the decision status
cli-help-action = Record an action item agreed on an item
cli-help-minutes = Export the minutes of a discussion session as DOCX or PDF
cli-help-survey = Write the gap-analysis survey template, or import the answers
cli-help-check = Check the draft is complete: exit 0 when clean, 3 with findings
cli-help-version = Circulate a version (frozen with its files), list and show the circulated versions
cli-help-diff = List the changes between two circulated versions, or between a version and now
cli-help-review = Import reviewers' comments from a returned DOCX, list them, and answer each one
cli-help-history = Show the append-only change log of a workspace
cli-help-device-command = This database's device: the id other laptops will know it by, and its name
cli-help-sync = Send a workspace to another laptop as a .dfs-sync file, and merge one from another laptop
cli-help-conflicts = Fields two laptops changed at the same time: list them and keep one value
cli-help-catalog-list = List catalog items, optionally of one group or matching a search
cli-help-catalog-show = Show one item with the source documents to consult
cli-help-catalog-sources = List the source documents the catalog cites
cli-help-workspace-create = Create a workspace and print its id
cli-help-workspace-list = List the workspaces
cli-help-workspace-show = Show a workspace with its selected items and decisions
cli-help-workspace-set = Change the document properties used by the templates
cli-help-workspace-export = Write a workspace, history included, to one file to carry to another machine
cli-help-workspace-import = Import a workspace file as a new workspace (never over an existing one)
cli-help-workspace-duplicate = Copy a workspace, with its selections and decisions, under a new name
cli-help-workspace-archive = Archive a workspace (kept, but out of the recent list); --undo brings it back
cli-help-template-list = List the built-in templates
cli-help-session-create = Create a discussion session and print its id
cli-help-session-list = List the sessions of a workspace
cli-help-session-anonymise = Replace participants' names by their organisation in every session (the record stays)
cli-help-survey-template = Write the survey to fill in: one row per item and authority (.xlsx or .csv, from the name)
cli-help-survey-import = Import survey answers (.xlsx or .csv); a file with any bad row imports nothing
cli-help-version-circulate = Freeze the workspace as it stands (record, template, DOCX and PDF) under a label
cli-help-version-list = List the circulated versions of a workspace, oldest first
cli-help-version-verify = Say which workspace and version a returned DOCX or PDF is, and which clauses changed (exit 0: as circulated, or a working draft; 3: edited; 1: unknown or unreadable)
cli-help-version-show = Show one circulated version
cli-help-review-import = Import the comments, replies, tracked changes and untracked clause edits of a reviewer's DOCX; importing the same file again, or a re-saved copy, adds nothing
cli-help-review-list = List the reviewers' comments of a workspace
cli-help-review-respond = Answer a comment: its disposition and a response (required with rejected)
cli-help-device-show = Show the device id and name (set the name with the global --device NAME)
cli-help-sync-export = Save a workspace as a bundle for another laptop
cli-help-sync-import = Merge a bundle from another laptop (creates the workspace when this database lacks it)
cli-help-conflicts-list = List the unresolved conflicts, each value with its device, author and time
cli-help-conflicts-resolve = Settle a conflict with one of its values, or another value

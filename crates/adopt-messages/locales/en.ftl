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

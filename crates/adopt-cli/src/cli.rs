//! The command line as clap sees it: names, flags and help texts of the contract.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "dfs-adopt",
    version,
    about = "Adopt the ITU DFS security recommendations: browse the catalog, select and decide items per jurisdiction.",
    long_about = None,
    after_help = "Exit codes: 0 success, 1 error, 2 usage error, 3 `check` found findings."
)]
pub struct Cli {
    /// Database file [default: the one the app uses, in the platform data folder]
    #[arg(long, global = true, env = "DFS_ADOPT_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Who is making the change, as recorded in the history [default: your user name]
    #[arg(long, global = true, value_name = "NAME")]
    pub by: Option<String>,
    /// Name this laptop: stored in the database and used until changed [default on first use: the host name]
    #[arg(long, global = true, value_name = "NAME")]
    pub device: Option<String>,
    /// Language of messages, titles and statements (en or fr) [default: from the locale: LC_ALL, LC_MESSAGES, LANG; else en]
    #[arg(long, global = true, env = "DFS_ADOPT_LANG", value_name = "en|fr")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Browse the built-in catalog of recommendations and their sources
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// Create, list, show and edit workspaces
    #[command(subcommand)]
    Workspace(WorkspaceCommand),
    /// Select catalog items into a workspace
    Select {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Catalog item ids, e.g. SIM-08
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
    },
    /// Remove items from a workspace's selection
    Deselect {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Catalog item ids
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
        /// Also remove items that have been decided (their history is kept)
        #[arg(long)]
        force: bool,
    },
    /// Record the decision on a selected item; changes only the fields given
    Decide(DecideArgs),
    /// Export the draft adoption document as DOCX or PDF
    Export(ExportArgs),
    /// Build a demo workspace (Lesotho, LCA and CBL; in French, Côte d'Ivoire, ARTCI and BCEAO) in a
    /// temporary database and export its draft
    Demo {
        /// Folder to write draft.docx and draft.pdf into (created if missing)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The demo's language: en (Lesotho) or fr (Côte d'Ivoire, French documents)
        #[arg(long, value_name = "en|fr")]
        language: Option<String>,
    },
    /// List the document templates
    #[command(subcommand)]
    Template(TemplateCommand),
    /// Create and list the open-discussion sessions of a workspace
    #[command(subcommand)]
    Session(SessionCommand),
    /// Record an authority's position on an item in a discussion session
    Position(PositionArgs),
    /// Record the joint resolution on an item; it sets the decision status
    Resolve(ResolveArgs),
    /// Record an action item agreed on an item
    Action(ActionArgs),
    /// Export the minutes of a discussion session as DOCX or PDF
    Minutes(MinutesArgs),
    /// Write the gap-analysis survey template, or import the answers
    #[command(subcommand)]
    Survey(SurveyCommand),
    /// Check the draft is complete: exit 0 when clean, 3 with findings
    Check {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
        /// The document date: target dates before it are past [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Circulate a version (frozen with its files), list and show the circulated versions
    #[command(subcommand)]
    Version(VersionCommand),
    /// List the changes between two circulated versions, or between a version and now
    Diff {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The label of the earlier version
        #[arg(value_name = "FROM")]
        from: String,
        /// The label of the later version [default: the workspace as it stands]
        #[arg(value_name = "TO")]
        to: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Import reviewers' comments from a returned DOCX, list them, and answer each one
    #[command(subcommand)]
    Review(ReviewCommand),
    /// Show the append-only change log of a workspace
    History {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Only the changes to this item
        #[arg(long, value_name = "ID")]
        item: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// This database's device: the id other laptops will know it by, and its name
    #[command(subcommand)]
    Device(DeviceCommand),
    /// Send a workspace to another laptop as a .dfs-sync file, and merge one from another laptop
    #[command(subcommand)]
    Sync(SyncCommand),
    /// Fields two laptops changed at the same time: list them and keep one value
    #[command(subcommand)]
    Conflicts(ConflictsCommand),
}

#[derive(Subcommand)]
pub enum ConflictsCommand {
    /// List the unresolved conflicts, each value with its device, author and time
    List {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Settle a conflict with one of its values, or another value
    #[command(group = clap::ArgGroup::new("choice").required(true).args(["keep", "value"]))]
    Resolve {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The conflict's id, ITEM/FIELD or -/FIELD (e.g. REG-01/rationale)
        #[arg(value_name = "CONFLICT", allow_hyphen_values = true)]
        conflict: String,
        /// Keep the Nth value of `conflicts list`, counting from 1
        #[arg(long, value_name = "N")]
        keep: Option<usize>,
        /// Keep this value instead (checked like the field itself)
        #[arg(long, value_name = "TEXT")]
        value: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum SyncCommand {
    /// Save a workspace as a bundle for another laptop
    Export {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The bundle to write (FILE.dfs-sync)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Merge a bundle from another laptop (creates the workspace when this database lacks it)
    Import {
        /// The .dfs-sync file
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Say what would change, and change nothing
        #[arg(long)]
        dry_run: bool,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum DeviceCommand {
    /// Show the device id and name (set the name with the global --device NAME)
    Show {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum VersionCommand {
    /// Freeze the workspace as it stands (record, template, DOCX and PDF) under a label
    Circulate {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The label, unique in the workspace regardless of case, e.g. 0.2 or "2025-06 draft"
        /// [default: the workspace's document version]
        #[arg(long, value_name = "TEXT")]
        label: Option<String>,
        /// A note for the document control table
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// The document date, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Print the version as JSON
        #[arg(long)]
        json: bool,
    },
    /// List the circulated versions of a workspace, oldest first
    List {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Say which workspace and version a returned DOCX or PDF is, and which clauses changed
    /// (exit 0: as circulated, or a working draft; 3: edited; 1: unknown or unreadable)
    Verify {
        /// The DOCX or PDF file
        #[arg(value_name = "FILE")]
        file: std::path::PathBuf,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show one circulated version
    Show {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The version's label
        #[arg(value_name = "LABEL")]
        label: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum CatalogCommand {
    /// List catalog items, optionally of one group or matching a search
    List {
        /// Only this group: REG, TEL, SIM, PAY, APP or USR
        #[arg(long, value_name = "G")]
        group: Option<String>,
        /// Full-text search over titles, topics, vulnerabilities and statements
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show one item with the source documents to consult
    Show {
        /// Catalog item id, e.g. SIM-08
        #[arg(value_name = "ID")]
        id: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// List the source documents the catalog cites
    Sources {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum WorkspaceCommand {
    /// Create a workspace and print its id
    Create(CreateArgs),
    /// List the workspaces
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show a workspace with its selected items and decisions
    Show {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Change the document properties used by the templates
    Set(SetArgs),
    /// Write a workspace, history included, to one file to carry to another machine
    Export {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Import a workspace file as a new workspace (never over an existing one)
    Import {
        /// A file written by `workspace export`
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Print the new workspace as JSON
        #[arg(long)]
        json: bool,
    },
    /// Copy a workspace, with its selections and decisions, under a new name
    Duplicate {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The copy's name
        #[arg(long, value_name = "TEXT")]
        name: String,
    },
    /// Archive a workspace (kept, but out of the recent list); --undo brings it back
    Archive {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Bring an archived workspace back
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Args)]
pub struct CreateArgs {
    /// Workspace name, unique (case does not matter)
    pub name: String,
    /// The jurisdiction, e.g. Lesotho
    #[arg(long, value_name = "TEXT")]
    pub jurisdiction: String,
    /// An authority as CODE=FULL_NAME, e.g. LCA="Lesotho Communications Authority"; repeat for each
    #[arg(long = "authority", value_name = "CODE=FULL_NAME", required = true)]
    pub authorities: Vec<String>,
    /// The kind of an authority as CODE=KIND (telecom-regulator, central-bank, cybersecurity-agency,
    /// ministry, other); repeat for each [default: other]
    #[arg(long = "kind", value_name = "CODE=KIND")]
    pub kinds: Vec<String>,
    /// Document template [default: joint-directive; directive-conjointe for a French workspace]
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// Language of the workspace's documents (draft, minutes, survey template): en or fr [default: en]
    #[arg(long, value_name = "en|fr")]
    pub language: Option<String>,
    /// Print the new workspace as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct SetArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// New name
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Document version, e.g. 0.3 (an empty text clears it)
    #[arg(long, value_name = "TEXT")]
    pub doc_version: Option<String>,
    /// Document reference number
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    /// Who prepared the draft
    #[arg(long, value_name = "TEXT")]
    pub prepared_by: Option<String>,
    /// The event the draft comes from, e.g. the clinic
    #[arg(long, value_name = "TEXT")]
    pub event: Option<String>,
    /// Document template
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// Language of the workspace's documents: en or fr; a built-in template follows it to its
    /// counterpart (joint-directive ↔ directive-conjointe, guideline ↔ ligne-directrice)
    #[arg(long, value_name = "en|fr")]
    pub language: Option<String>,
    /// A Word file whose styles, page set-up and letterhead the draft takes; the file is stored in
    /// the database
    #[arg(long, value_name = "FILE.docx", conflicts_with = "clear_reference_doc")]
    pub reference_doc: Option<PathBuf>,
    /// Remove the stored reference document
    #[arg(long)]
    pub clear_reference_doc: bool,
}

#[derive(Args)]
pub struct DecideArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// Catalog item id, e.g. SIM-08
    #[arg(value_name = "ID")]
    pub id: String,
    /// open, adopt, adopt-modified, already-covered, deferred or not-applicable
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// existing-instrument, legal-requirement, risk-assessment, best-practice, no-legal-mandate,
    /// capacity-constraint, not-relevant-to-market or other
    #[arg(long, value_name = "CODE")]
    pub reason: Option<String>,
    /// Why the decision was taken
    #[arg(long, value_name = "TEXT")]
    pub rationale: Option<String>,
    /// The national wording that replaces the catalog statement (for adopt-modified)
    #[arg(long, value_name = "TEXT")]
    pub wording: Option<String>,
    /// Code of the lead authority
    #[arg(long, value_name = "CODE")]
    pub lead: Option<String>,
    /// Code of a supporting authority; repeat for each (replaces the list)
    #[arg(long = "support", value_name = "CODE")]
    pub support: Vec<String>,
    /// high, medium or low
    #[arg(long, value_name = "P")]
    pub priority: Option<String>,
    /// Target date, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Empty a field: reason, rationale, wording, lead, support, priority or due; repeatable
    #[arg(long = "clear", value_name = "FIELD")]
    pub clear: Vec<String>,
    /// Refuse the change if the decision has moved on since this revision
    #[arg(long, value_name = "N")]
    pub if_revision: Option<u32>,
}

#[derive(Args)]
pub struct ExportArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// docx or pdf
    #[arg(long, value_name = "FORMAT")]
    pub format: String,
    /// File to write; an existing file is replaced only once the new one is complete
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// A built-in template (joint-directive, guideline) or a template folder [default: the workspace's]
    #[arg(long, value_name = "NAME|PATH")]
    pub template: Option<String>,
    /// The document date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Write the stored file of a circulated version, byte for byte
    #[arg(
        long,
        value_name = "LABEL",
        conflicts_with_all = ["template", "date", "compare_to", "comments", "reference_doc"]
    )]
    pub version: Option<String>,
    /// Show every change since this circulated version as tracked changes (DOCX) or a redline
    /// (PDF), with an annex listing them
    #[arg(long, value_name = "LABEL")]
    pub compare_to: Option<String>,
    /// Each decision's rationale as a Word comment on its clause
    #[arg(long)]
    pub comments: bool,
    /// A Word file whose styles, page set-up and letterhead the draft takes [default: the
    /// workspace's stored one]
    #[arg(long, value_name = "FILE.docx")]
    pub reference_doc: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum SessionCommand {
    /// Create a discussion session and print its id
    Create(SessionCreateArgs),
    /// List the sessions of a workspace
    List {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Replace participants' names by their organisation in every session (the record stays)
    Anonymise {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
    },
}

#[derive(Args)]
pub struct SessionCreateArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// The day of the session, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Who facilitates the discussion
    #[arg(long, value_name = "NAME")]
    pub facilitator: String,
    /// Where it is held, or "Online"
    #[arg(long, value_name = "TEXT")]
    pub place: Option<String>,
    /// A participant as "NAME|ORG|CODE[|ROLE]" (CODE: the authority they speak for; a literal | is
    /// written \|); repeat for each
    #[arg(long = "participant", value_name = "NAME|ORG|CODE[|ROLE]")]
    pub participants: Vec<String>,
    /// Time box of the whole session, in minutes
    #[arg(long, value_name = "MINUTES")]
    pub time_box: Option<u32>,
    /// Print the new session as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct PositionArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// Catalog item id, e.g. SIM-08
    #[arg(value_name = "ID")]
    pub id: String,
    /// Code of the authority whose position this is
    #[arg(long, value_name = "CODE")]
    pub authority: String,
    /// support, support-with-changes, oppose, needs-consultation or abstain
    #[arg(long, value_name = "STANCE")]
    pub stance: String,
    /// A short note on the position
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Session id [default: the most recent session]
    #[arg(long, value_name = "SID")]
    pub session: Option<String>,
}

#[derive(Args)]
pub struct ResolveArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// Catalog item id, e.g. SIM-08
    #[arg(value_name = "ID")]
    pub id: String,
    /// agreed, agreed-with-conditions or divergent
    #[arg(long, value_name = "RESOLUTION")]
    pub resolution: String,
    /// The conditions of an agreement (required for agreed-with-conditions)
    #[arg(long, value_name = "TEXT")]
    pub conditions: Option<String>,
    /// The decision status an agreement sets [default: adopt; adopt-modified with conditions]
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Session id [default: the most recent session]
    #[arg(long, value_name = "SID")]
    pub session: Option<String>,
}

#[derive(Args)]
pub struct ActionArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// Catalog item id, e.g. SIM-08
    #[arg(value_name = "ID")]
    pub id: String,
    /// What is to be done
    #[arg(long, value_name = "TEXT")]
    pub what: String,
    /// Who does it
    #[arg(long, value_name = "TEXT")]
    pub owner: String,
    /// By when, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub due: String,
    /// Session id [default: the most recent session]
    #[arg(long, value_name = "SID")]
    pub session: Option<String>,
}

#[derive(Args)]
pub struct MinutesArgs {
    /// Workspace id or name
    #[arg(value_name = "WS")]
    pub workspace: String,
    /// Session id, e.g. s1
    #[arg(value_name = "SID")]
    pub session: String,
    /// docx or pdf
    #[arg(long, value_name = "FORMAT")]
    pub format: String,
    /// File to write; an existing file is replaced only once the new one is complete
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// The date of the minutes, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[derive(Subcommand)]
pub enum SurveyCommand {
    /// Write the survey to fill in: one row per item and authority (.xlsx or .csv, from the name)
    Template {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The file to write: FILE.xlsx or FILE.csv
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Every catalog item, not only the selected ones
        #[arg(long)]
        all: bool,
    },
    /// Import survey answers (.xlsx or .csv); a file with any bad row imports nothing
    Import {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The filled-in survey
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Fill an empty authority column with this code, or keep only this authority's rows
        #[arg(long, value_name = "CODE")]
        authority: Option<String>,
        /// Print what would change and change nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
pub enum TemplateCommand {
    /// List the built-in templates
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum ReviewCommand {
    /// Import the comments, replies, tracked changes and untracked clause edits of a reviewer's
    /// DOCX; importing the same file again, or a re-saved copy, adds nothing
    Import {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The reviewer's DOCX
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Who the comments are from where the file names no one (or "Author", "User"...)
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
        /// The reviewer's organisation, for the comment-response table
        #[arg(long, value_name = "TEXT")]
        organisation: Option<String>,
        /// Say what would be imported and import nothing
        #[arg(long)]
        dry_run: bool,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// List the reviewers' comments of a workspace
    List {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// Only the comments on this item
        #[arg(long, value_name = "ID")]
        item: Option<String>,
        /// Only the comments without a disposition (resolved in Word or not)
        #[arg(long)]
        open: bool,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Answer a comment: its disposition and a response (required with rejected)
    Respond {
        /// Workspace id or name
        #[arg(value_name = "WS")]
        workspace: String,
        /// The comment's id, or enough of its start to name one
        #[arg(value_name = "COMMENT")]
        comment: String,
        /// accepted, partly-accepted, rejected or noted
        #[arg(long, value_name = "DISPOSITION")]
        disposition: String,
        /// The answer, as the comment-response table prints it
        #[arg(long, value_name = "TEXT")]
        response: Option<String>,
        /// Make a tracked change or edit the item's national wording (status adopt-modified)
        #[arg(long)]
        apply: bool,
    },
}

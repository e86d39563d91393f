//! What the core shares with the app, checked against the files the app is built from:
//!
//! - the TypeScript types of everything that crosses IPC (`ui/src/api/bindings.ts`) and the
//!   value sets' codes in order with their English and French labels (`ui/src/api/values.ts`), both
//!   generated from the Rust types. The test fails when a committed file is stale; run
//!   `UPDATE_BINDINGS=1 cargo test -p adopt-core bindings` to rewrite them.
//! - the app identifier, which names the database folder the CLI and the app share.
//!
//! The generator lives here, in a test, so it is never compiled into the app or the CLI.

use std::path::PathBuf;

use adopt_core::{
    AgendaSlot, BaselineChange, BaselineCount, Change, CitedSource, ConflictValueView, ConflictView, ErrorCode,
    ErrorPayload, FindingView, GapOverview, GapRow, GroupProgress, LeadProgress, OpenItem, Overview, PageMargins,
    PositionChange, RecommendationDetail, ReferenceDocInfo, ReferencePage, ResolveOutcome, ReviewImport,
    ReviewImportReport, RowProblem, SelectionOutcome, StatusCount, Suggestion, SurveyImport, SyncExport, SyncImport,
    SyncImportReport, TemplateInfo, Verification, VerifyStatus, VersionDetail, VersionDiff, VersionFileSizes,
    VersionInfo, WorkspaceDetail, WorkspaceProperties,
};
use adopt_domain::*;
use ts_rs::{Config, TS};

/// The generated types, relative to the workspace root.
const BINDINGS_PATH: &str = "ui/src/api/bindings.ts";
/// The generated value sets, relative to the workspace root.
const VALUES_PATH: &str = "ui/src/api/values.ts";

const HEADER: &str =
    "// Generated from the Rust types by `cargo test -p adopt-core` (UPDATE_BINDINGS=1). Do not edit.\n";

/// Every value set, named once: its type goes into bindings.ts, its codes and labels into values.ts.
macro_rules! value_sets {
    ($then:ident) => {
        $then!(
            DecisionStatus,
            ReasonCode,
            Priority,
            AuthorityKind,
            Stakeholder,
            CatalogGroup,
            ThreatCategory,
            Flag,
            SecurityDimension,
            ExportFormat,
            Stance,
            Resolution,
            AgendaOrder,
            SurveyStatus,
            Instrument,
            FindingKind,
            SurveyFormat,
            ReviewKind,
            Disposition,
            Language,
        )
    };
}

/// The TypeScript declaration of every type that crosses IPC.
fn typescript_bindings() -> String {
    let cfg = Config::new();
    let mut out = String::from(HEADER);
    macro_rules! declare {
        ($($t:ty),+ $(,)?) => {$(
            out.push_str("\nexport ");
            out.push_str(&<$t as TS>::decl(&cfg));
            out.push('\n');
        )+};
    }
    value_sets!(declare);
    declare!(
        SourceDocument,
        SourceRef,
        Recommendation,
        CitedSource,
        RecommendationDetail,
        Authority,
        Workspace,
        WorkspaceSummary,
        NewWorkspace,
        WorkspaceProperties,
        Decision,
        DecisionField,
        DecisionPatch,
        SelectedItem,
        WorkspaceDetail,
        SelectionOutcome,
        HistoryEntry,
        ErrorCode,
        ErrorPayload,
        TemplateInfo,
        StatusCount,
        GroupProgress,
        LeadProgress,
        OpenItem,
        Overview,
        Participant,
        SessionDraft,
        AgendaEntry,
        Session,
        Position,
        PositionInput,
        ItemResolution,
        ResolutionInput,
        ActionItem,
        ActionInput,
        MinuteNote,
        Discussion,
        Divergence,
        AgendaSlot,
        PositionChange,
        ResolveOutcome,
        BaselineAnswer,
        PropertyField,
        FindingView,
        ReviewComment,
        ReviewReply,
        ReviewImport,
        ReviewImportReport,
        RowProblem,
        BaselineChange,
        SurveyImport,
        Suggestion,
        BaselineCount,
        GapRow,
        GapOverview,
        VersionInfo,
        VersionFileSizes,
        VersionDetail,
        Change,
        VersionDiff,
        VerifyStatus,
        Verification,
        PageMargins,
        ReferencePage,
        ReferenceDocInfo,
        SyncExport,
        SyncImport,
        SyncImportReport,
        ConflictValueView,
        ConflictView,
    );
    out
}

/// "DecisionStatus" → "decisionStatus".
fn lower_camel(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// "decisionStatus" → "decisionStatuses", "priority" → "priorities", "flag" → "flags".
fn plural(name: &str) -> String {
    if let Some(stem) = name.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{stem}ies")
    } else if name.ends_with('s') {
        format!("{name}es")
    } else {
        format!("{name}s")
    }
}

/// One value set in TypeScript: its codes in the contract's order, and a label per code in
/// each interface language (the French record is typed like the English, so a code without a
/// French label fails the app's type check).
fn value_set_ts(name: &str, values: &[(&str, &str, &str)]) -> String {
    let quoted = |text: &str| serde_json::to_string(text).expect("a string is JSON");
    let var = lower_camel(name);
    let codes: Vec<String> = values.iter().map(|(code, _, _)| quoted(code)).collect();
    let list = format!("[{}]", codes.join(", "));
    let list = if list.len() > 80 {
        format!("[\n{}]", codes.iter().map(|c| format!("  {c},\n")).collect::<String>())
    } else {
        list
    };
    let labels: String = values
        .iter()
        .map(|(code, label, _)| format!("  {}: {},\n", quoted(code), quoted(label)))
        .collect();
    let labels_fr: String = values
        .iter()
        .map(|(code, _, label)| format!("  {}: {},\n", quoted(code), quoted(label)))
        .collect();
    format!(
        "\nexport const {list_name}: readonly {name}[] = {list};\n\nexport const {var}Labels: Readonly<Record<{name}, string>> = {{\n{labels}}};\n\nexport const {var}LabelsFr: Readonly<Record<{name}, string>> = {{\n{labels_fr}}};\n",
        list_name = plural(&var),
    )
}

/// Every value set: its codes in order and its English and French labels, so the UI copies none.
fn typescript_values() -> String {
    let mut names = Vec::new();
    let mut body = String::new();
    macro_rules! value_set {
        ($($t:ident),+ $(,)?) => {$(
            names.push(stringify!($t));
            let values: Vec<(&str, &str, &str)> = $t::ALL
                .iter()
                .map(|v| (v.code(), v.label_in(Language::En), v.label_in(Language::Fr)))
                .collect();
            body.push_str(&value_set_ts(stringify!($t), &values));
        )+};
    }
    value_sets!(value_set);
    names.sort_unstable();
    let imports: String = names.iter().map(|n| format!("  {n},\n")).collect();
    format!(
        "{HEADER}// Each value set: its codes in the contract's order, and their English and French labels.\n\nimport type {{\n{imports}}} from \"./bindings\";\n{body}"
    )
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn committed_typescript_bindings_are_fresh() {
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    for (relative, fresh) in [
        (BINDINGS_PATH, typescript_bindings()),
        (VALUES_PATH, typescript_values()),
    ] {
        let path = workspace_root().join(relative);
        if update {
            std::fs::write(&path, &fresh).expect("write bindings");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{relative} is stale: run `UPDATE_BINDINGS=1 cargo test -p adopt-core bindings` and commit it"
        );
    }
}

#[test]
fn value_set_names_read_as_typescript_plurals() {
    assert_eq!(plural(&lower_camel("DecisionStatus")), "decisionStatuses");
    assert_eq!(plural(&lower_camel("Priority")), "priorities");
    assert_eq!(plural(&lower_camel("ThreatCategory")), "threatCategories");
    assert_eq!(plural(&lower_camel("Flag")), "flags");
    assert_eq!(plural(&lower_camel("ExportFormat")), "exportFormats");
}

#[test]
fn the_app_identifier_matches_the_tauri_configuration() {
    let conf = workspace_root().join("src-tauri/tauri.conf.json");
    let text = std::fs::read_to_string(conf).expect("src-tauri/tauri.conf.json");
    let expected = format!("\"identifier\": \"{}\"", adopt_core::APP_IDENTIFIER);
    assert!(
        text.contains(&expected),
        "tauri.conf.json must set {expected}: the CLI and the app share one database"
    );
}

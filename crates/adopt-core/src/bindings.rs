//! The TypeScript types of everything that crosses IPC, generated from the Rust types into
//! `ui/src/api/bindings.ts`. The test fails when the committed file is stale; run it with
//! `UPDATE_BINDINGS=1` to rewrite the file.

use adopt_domain::*;
use ts_rs::{Config, TS};

use crate::{
    AgendaSlot, BaselineChange, BaselineCount, CitedSource, ErrorCode, ErrorPayload, ExportFormat, GapOverview, GapRow,
    GroupProgress, LeadProgress, OpenItem, Overview, PositionChange, RecommendationDetail, ResolveOutcome, RowProblem,
    SelectionOutcome, StatusCount, Suggestion, SurveyFormat, SurveyImport, TemplateInfo, WorkspaceDetail,
    WorkspaceProperties,
};

/// Path of the generated file, relative to the workspace root.
pub const BINDINGS_PATH: &str = "ui/src/api/bindings.ts";

/// The whole generated file.
pub fn typescript_bindings() -> String {
    let cfg = Config::new();
    let mut out = String::from(
        "// Generated from the Rust types by `cargo test -p adopt-core` (UPDATE_BINDINGS=1). Do not edit.\n",
    );
    macro_rules! declare {
        ($($t:ty),+ $(,)?) => {$(
            out.push_str("\nexport ");
            out.push_str(&<$t as TS>::decl(&cfg));
            out.push('\n');
        )+};
    }
    declare!(
        DecisionStatus,
        ReasonCode,
        Priority,
        AuthorityKind,
        Stakeholder,
        CatalogGroup,
        ThreatCategory,
        Flag,
        SecurityDimension,
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
        ExportFormat,
        TemplateInfo,
        StatusCount,
        GroupProgress,
        LeadProgress,
        OpenItem,
        Overview,
        Stance,
        Resolution,
        AgendaOrder,
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
        SurveyStatus,
        Instrument,
        FindingKind,
        BaselineAnswer,
        Finding,
        SurveyFormat,
        RowProblem,
        BaselineChange,
        SurveyImport,
        Suggestion,
        BaselineCount,
        GapRow,
        GapOverview,
    );
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn committed_typescript_bindings_are_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(BINDINGS_PATH);
        let fresh = typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).expect("write bindings");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{BINDINGS_PATH} is stale: run `UPDATE_BINDINGS=1 cargo test -p adopt-core bindings` and commit it"
        );
    }

    #[test]
    fn the_app_identifier_matches_the_tauri_configuration() {
        let conf = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/tauri.conf.json");
        let text = std::fs::read_to_string(conf).expect("src-tauri/tauri.conf.json");
        let expected = format!("\"identifier\": \"{}\"", crate::APP_IDENTIFIER);
        assert!(
            text.contains(&expected),
            "tauri.conf.json must set {expected}: the CLI and the app share one database"
        );
    }
}

// The app's commands, listed once. `build.rs` includes this file to declare them in the app
// manifest (Tauri then makes an `allow-<command>` permission for each), `lib.rs` registers their
// handlers from it, and a test checks `capabilities/*.json` and `ui/src/api/index.ts` against it.
// Adding a command: write it in `commands.rs`, name it here, grant it in a capability, call it
// from `ui/src/api/index.ts`.

/// Calls the macro `$then` with every app command's name.
macro_rules! app_commands {
    ($then:ident) => {
        $then! {
            interface_language_set,
            catalog_list,
            catalog_show,
            catalog_sources,
            workspace_list,
            workspace_create,
            workspace_show,
            workspace_set,
            workspace_duplicate,
            workspace_archive,
            workspace_export,
            workspace_import,
            demo_open,
            select,
            deselect,
            decide,
            decision_restore,
            history,
            history_csv,
            overview,
            template_list,
            export_draft,
            file_reveal,
            dialog_folder_override,
            survey_template,
            survey_preview,
            survey_import,
            baseline,
            suggestions,
            gap_overview,
            check,
            session_create,
            session_update,
            session_list,
            discussion_show,
            agenda_set,
            session_set_current,
            session_park,
            position_record,
            position_clear,
            resolve,
            resolution_withdraw,
            action_add,
            action_remove,
            note_set,
            session_anonymise,
            export_minutes,
            room_view_open,
            room_view_close,
            version_circulate,
            version_list,
            version_show,
            export_version,
            diff,
            version_verify,
            reference_doc_show,
            reference_doc_set,
            reference_doc_clear,
            review_import,
            review_list,
            review_respond,
            sync_export,
            sync_import,
            conflicts_list,
            conflicts_resolve,
        }
    };
}

/// The names as text: `app_commands!(command_names)`.
#[allow(unused_macros, reason = "build.rs and the tests use it, the app does not")]
macro_rules! command_names {
    ($($name:ident),+ $(,)?) => {
        &[$(stringify!($name)),+]
    };
}

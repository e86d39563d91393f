//! The dfs-adopt desktop window: a Tauri shell over [`adopt_core::Workbench`].
//!
//! What is here is the window's own business: opening the shared database once per machine
//! (a lock file keeps a second window off it), the commands the windows may call
//! ([`commands`], listed once in `command_list.rs`), the files this window wrote ([`state`]),
//! native dialogs and the room view ([`room`]). Rules about the data live in adopt-core, so
//! the CLI and the app accept and refuse the same input.
//! The app makes no network requests; the window loads only its bundled front end.

#[macro_use]
mod command_list;
mod commands;
mod dialogs;
mod room;
mod state;

use tauri::Manager;

use state::AppState;

/// The exit code of a second instance started on a database another window has open.
pub const ALREADY_RUNNING_EXIT: i32 = 4;

/// Registers every command of `command_list.rs`.
macro_rules! handlers {
    ($($name:ident),+ $(,)?) => {
        tauri::generate_handler![$(commands::$name),+]
    };
}

pub fn run() {
    let database = adopt_core::default_database_path();
    // One window per database: a second instance says why on stderr and exits. Any other
    // lock failure (an unwritable folder) is left to the database, whose error the window shows.
    let _lock = match adopt_core::InstanceLock::acquire(&database) {
        Ok(lock) => Some(lock),
        Err(e @ adopt_core::Error::AlreadyRunning(_)) => {
            eprintln!("dfs-adopt: {e}");
            // Started from the desktop menu, nobody reads stderr: say it in a native message,
            // except when dialogs are replaced for tests (DFS_ADOPT_EXPORT_DIR).
            if dialogs::folder_override().is_none() {
                rfd::MessageDialog::new()
                    .set_level(rfd::MessageLevel::Info)
                    .set_title("dfs-adopt")
                    .set_description(format!("{e}."))
                    .set_buttons(rfd::MessageButtons::Ok)
                    .show();
            }
            std::process::exit(ALREADY_RUNNING_EXIT);
        }
        Err(_) => None,
    };
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            app.manage(AppState::open(&database));
            app.manage(room::RoomState::default());
            Ok(())
        })
        .on_window_event(room::on_window_event)
        .invoke_handler(app_commands!(handlers))
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("dfs-adopt: the window cannot start: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// Every app command, as `command_list.rs` names them.
    fn commands() -> BTreeSet<String> {
        let names: &[&str] = app_commands!(command_names);
        names.iter().map(|n| n.to_string()).collect()
    }

    /// The app commands a capability file grants (its `allow-<command>` permissions).
    fn granted(capability: &str) -> BTreeSet<String> {
        let path = format!("{}/capabilities/{capability}.json", env!("CARGO_MANIFEST_DIR"));
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        json["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
            .map(|p| p.replace('-', "_"))
            .collect()
    }

    #[test]
    fn the_main_window_is_granted_every_command_and_nothing_else() {
        assert_eq!(granted("main"), commands());
    }

    #[test]
    fn the_room_view_is_granted_only_the_commands_that_read() {
        let room = granted("room");
        let expected: BTreeSet<String> = ["discussion_show", "workspace_show", "catalog_sources"]
            .map(String::from)
            .into();
        assert_eq!(room, expected, "the room view must not change anything");
        assert!(room.is_subset(&commands()));
    }

    #[test]
    fn the_ui_calls_exactly_the_commands_the_app_has() {
        let path = format!("{}/../ui/src/api/index.ts", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap();
        // The keys of `interface Commands { … }`: one line each, `  name: {`.
        let body = source
            .split_once("interface Commands {")
            .and_then(|(_, rest)| rest.split_once("\n}"))
            .map(|(body, _)| body)
            .expect("ui/src/api/index.ts declares interface Commands");
        let declared: BTreeSet<String> = body
            .lines()
            .filter_map(|line| line.strip_prefix("  ")?.split_once(": {").map(|(name, _)| name))
            .filter(|name| !name.starts_with(' ') && !name.is_empty())
            .map(String::from)
            .collect();
        assert_eq!(declared, commands(), "interface Commands in ui/src/api/index.ts");
        for name in commands() {
            assert!(
                source.contains(&format!("call(\"{name}\"")),
                "ui/src/api/index.ts has no function calling {name}"
            );
        }
    }
}

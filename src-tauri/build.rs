// The app manifest makes Tauri generate an `allow-<command>` permission per command, which
// capabilities/main.json grants by name. Keep this list in step with src/commands.rs.
const COMMANDS: &[&str] = &[
    "catalog_list",
    "catalog_show",
    "workspace_list",
    "workspace_create",
    "workspace_show",
    "select",
    "deselect",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step");
}

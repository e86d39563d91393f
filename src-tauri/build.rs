use std::path::Path;

// The app manifest makes Tauri generate an `allow-<command>` permission per command, which
// capabilities/main.json and capabilities/room.json grant by name. The list is the app's own.
include!("src/command_list.rs");
const COMMANDS: &[&str] = app_commands!(command_names);

/// Shown when the crate is compiled before the front end was built (clippy in a fresh clone).
const PLACEHOLDER: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>dfs-adopt</title></head>\n\
<body><h1>dfs-adopt</h1><p>The window's front end was not built. Run <code>npm --prefix ui run build</code>, \
then build the app again.</p></body></html>\n";

fn main() {
    // generate_context! embeds ../ui/dist and refuses to compile without it. Rather than fail
    // `cargo clippy --workspace` on a fresh clone, embed a page that says what to do.
    let dist = Path::new("../ui/dist");
    if !dist.join("index.html").exists() {
        std::fs::create_dir_all(dist).expect("create ui/dist");
        std::fs::write(dist.join("index.html"), PLACEHOLDER).expect("write ui/dist/index.html");
        println!(
            "cargo:warning=ui/dist was not built: the app embeds a placeholder page (run `npm --prefix ui run build`)"
        );
    }
    // The command list is compiled in here: a change to it must rebuild the manifest.
    println!("cargo:rerun-if-changed=src/command_list.rs");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step");
}

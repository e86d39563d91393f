//! Where the app and the CLI find their shared database, and whom changes are recorded under,
//! unless told otherwise.

use std::path::PathBuf;

/// The app's identifier: its data folder is `<platform data dir>/<APP_IDENTIFIER>/`.
/// Must equal `identifier` in `src-tauri/tauri.conf.json` (a test checks it).
pub const APP_IDENTIFIER: &str = "org.dfs-adopt.desktop";
/// Environment variable naming the database file, for the CLI and the app alike.
pub const DATABASE_ENV: &str = "DFS_ADOPT_DB";
/// The database the app and the CLI share by default: `$DFS_ADOPT_DB`, or
/// `dfs-adopt.sqlite3` in the app's data folder.
pub fn default_database_path() -> PathBuf {
    if let Some(path) = std::env::var_os(DATABASE_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(APP_IDENTIFIER)
        .join("dfs-adopt.sqlite3")
}

/// Who is at the keyboard, by default: the operating-system user name.
pub fn default_user() -> String {
    whoami::username()
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// What this laptop is called until someone names it (`--device`): the host name, or "this
/// laptop" when the system has none that is a valid device name.
pub fn default_device_name() -> String {
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    adopt_domain::validate_device_name(&host).unwrap_or_else(|_| "this laptop".to_string())
}

//! The native save and open dialogs are the dialog plugin's, called by the window. With
//! `DFS_ADOPT_EXPORT_DIR` set they are replaced by a folder (end-to-end tests: WebDriver cannot
//! drive a native dialog; README, "Testing without dialogs"), and no message box is shown.

/// The variable naming the folder that replaces the dialogs.
pub const EXPORT_DIR_ENV: &str = "DFS_ADOPT_EXPORT_DIR";

/// The folder that replaces the dialogs, when one is set.
pub fn folder_override() -> Option<String> {
    std::env::var(EXPORT_DIR_ENV).ok().filter(|dir| !dir.trim().is_empty())
}

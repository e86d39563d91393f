//! The room view: a second window, for the projector, that shows the item the facilitator has
//! on screen. It reads the discussion itself with read-only commands (capabilities/room.json);
//! every command that changes the discussion calls [`notify`], and the room reads again.
//!
//! Which workspace and session the room follows is kept here, not in the room: the facilitator
//! may move it to another session while it is open, and each notice carries the target along
//! with a counter the room uses to drop replies that arrive after a newer notice. A notice is
//! the JSON array `[workspace, session, seq]` (ui/src/lib/room.ts reads it).

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use tauri::{AppHandle, Emitter, Manager, Url, WebviewUrl, WebviewWindowBuilder};

/// The room window's label; `capabilities/room.json` grants it by this name.
pub const LABEL: &str = "room";
/// Sent to the room after every change: "read the discussion again".
pub const CHANGED_EVENT: &str = "discussion-changed";
/// Sent to the main window when the room view opens or closes (the window manager may close it).
pub const STATE_EVENT: &str = "room-view";

const TITLE: &str = "dfs-adopt — room view";

/// What the room shows, and the notice's number (a reply to an older notice is stale):
/// `(workspace, session, seq)`.
type Notice = (String, String, u64);

#[derive(Default)]
pub struct RoomState {
    target: Mutex<Option<(String, String)>>,
    seq: AtomicU64,
}

impl RoomState {
    fn target(&self) -> std::sync::MutexGuard<'_, Option<(String, String)>> {
        self.target.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The current target with the next notice number, or `None` while no room view is set up.
    fn next_notice(&self) -> Option<Notice> {
        let (workspace, session) = self.target().clone()?;
        let seq = self.seq.fetch_add(1, Ordering::Relaxed) + 1;
        Some((workspace, session, seq))
    }
}

/// Tells the room view to read the discussion again. Nothing happens while it is closed.
pub fn notify(app: &AppHandle) {
    if app.get_webview_window(LABEL).is_none() {
        return;
    }
    if let Some(notice) = app.state::<RoomState>().next_notice() {
        // A room that cannot be told keeps its last picture; the facilitator's change stands.
        let _ = app.emit_to(LABEL, CHANGED_EVENT, notice);
    }
}

/// Opens the room view on a session, or moves the open one to it.
pub fn open(app: &AppHandle, workspace: String, session: String) -> Result<(), String> {
    let state = app.state::<RoomState>();
    *state.target() = Some((workspace, session));
    if app.get_webview_window(LABEL).is_some() {
        notify(app);
        return Ok(());
    }
    let (workspace, session, seq) = state.next_notice().expect("the target was set above");
    // The first target travels in the address; later ones in the notices.
    let mut address = Url::parse("tauri://localhost/room.html").expect("a valid address");
    address
        .query_pairs_mut()
        .append_pair("workspace", &workspace)
        .append_pair("session", &session)
        .append_pair("seq", &seq.to_string());
    let page = format!("room.html?{}", address.query().unwrap_or_default());
    WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App(page.into()))
        .title(TITLE)
        .inner_size(1280.0, 720.0)
        .min_inner_size(640.0, 360.0)
        // The facilitator keeps the keyboard: the room is only watched.
        .focused(false)
        .build()
        .map_err(|e| format!("the room view could not be opened: {e}"))?;
    let _ = app.emit_to("main", STATE_EVENT, true);
    Ok(())
}

/// Closes the room view; closing one that is not open does nothing.
pub fn close(app: &AppHandle) -> Result<(), String> {
    match app.get_webview_window(LABEL) {
        Some(window) => window
            .destroy()
            .map_err(|e| format!("the room view could not be closed: {e}")),
        None => Ok(()),
    }
}

/// Keeps the two windows together: the room view closing (by the app or the window manager)
/// is reported to the main window, and closing the main window closes the room view, so the
/// app never lingers with only the projector's window left.
pub fn on_window_event(window: &tauri::Window, event: &tauri::WindowEvent) {
    if !matches!(event, tauri::WindowEvent::Destroyed) {
        return;
    }
    let app = window.app_handle();
    match window.label() {
        LABEL => {
            *app.state::<RoomState>().target() = None;
            let _ = app.emit_to("main", STATE_EVENT, false);
        }
        "main" => {
            if let Some(room) = app.get_webview_window(LABEL) {
                let _ = room.destroy();
            }
        }
        _ => {}
    }
}

//! A full disk and a read-only folder, made real with a small tmpfs and a read-only bind mount
//! (`chmod` does not stop root, and CI runs as root). An export that cannot be written leaves
//! the previous file whole; an edit that cannot be written leaves the database as it was. Each
//! says what was wrong and what to do. Where mounting is not permitted the tests say so and pass.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::Db;

/// A mount made for one test, undone when dropped, a failed assertion included.
struct Mount {
    point: PathBuf,
}

impl Mount {
    /// A tmpfs of `size` (e.g. "2m") over `point`, or `None` (with a message) where mounting
    /// is not permitted.
    fn tmpfs(point: &Path, size: &str) -> Option<Mount> {
        let options = format!("size={size}");
        run_mount(&["-t", "tmpfs", "-o", &options, "tmpfs", point.to_str()?])?;
        Some(Mount {
            point: point.to_path_buf(),
        })
    }

    /// `point` mounted over itself read-only: what was written stays readable, nothing can be
    /// added, changed or removed.
    fn read_only(point: &Path) -> Option<Mount> {
        let path = point.to_str()?;
        run_mount(&["--bind", path, path])?;
        let mount = Mount {
            point: point.to_path_buf(),
        };
        run_mount(&["-o", "remount,ro,bind", path])?;
        Some(mount)
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(&self.point)
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // Busy (a process still holds a file): detach it so the folder can go.
            let _ = Command::new("umount").arg("-l").arg(&self.point).status();
        }
    }
}

fn run_mount(args: &[&str]) -> Option<()> {
    match Command::new("mount").args(args).output() {
        Ok(out) if out.status.success() => Some(()),
        Ok(out) => {
            eprintln!(
                "skipped: mounting is not permitted here (mount {}: {})",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            None
        }
        Err(e) => {
            eprintln!("skipped: no mount command ({e})");
            None
        }
    }
}

/// Fills the file system holding `folder` until a write fails, leaving no free block.
fn fill(folder: &Path) {
    use std::io::Write;
    let mut filler = std::fs::File::create(folder.join("filler")).unwrap();
    let block = vec![0u8; 64 * 1024];
    while filler.write_all(&block).is_ok() {}
    // The last partial block: byte by byte until the disk refuses.
    while filler.write_all(&[0]).is_ok() && filler.flush().is_ok() {}
}

/// Files in `folder` other than `keep`: a temporary file left behind would show here.
fn strays(folder: &Path, keep: &[&str]) -> Vec<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !keep.contains(&name.as_str()))
        .collect()
}

/// The workspace with SIM-08 decided, and its draft exported once as `draft.docx` into `folder`.
fn exported_once(db: &Db, folder: &Path) -> (String, PathBuf, Vec<u8>) {
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    let draft = folder.join("draft.docx");
    let out = draft.to_str().unwrap();
    db.ok(&["export", &ws, "--format", "docx", "--out", out, "--date", "2025-06-06"]);
    let bytes = std::fs::read(&draft).unwrap();
    assert!(bytes.starts_with(b"PK"), "a DOCX was written");
    // The next export differs, so a file half replaced could not pass for the old one.
    db.ok(&["decide", &ws, "REG-01", "--status", "adopt", "--lead", "CBL"]);
    (ws, draft, bytes)
}

fn export_again(db: &Db, ws: &str, draft: &Path) -> crate::common::Output {
    db.run(&[
        "export",
        ws,
        "--format",
        "docx",
        "--out",
        draft.to_str().unwrap(),
        "--date",
        "2025-06-06",
    ])
}

#[test]
fn an_export_to_a_full_disk_fails_saying_so_and_the_previous_file_stays_whole() {
    let db = Db::new();
    let folder = db.dir.path().join("usb");
    std::fs::create_dir(&folder).unwrap();
    let Some(_mount) = Mount::tmpfs(&folder, "1m") else {
        return;
    };
    let (ws, draft, before) = exported_once(&db, &folder);
    fill(&folder);
    let out = export_again(&db, &ws, &draft);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("disk is full") && out.stderr.contains("free some space"),
        "says what is wrong and what to do: {}",
        out.stderr
    );
    assert!(std::fs::read(&draft).unwrap() == before, "the previous export is whole");
    assert_eq!(strays(&folder, &["draft.docx", "filler"]), Vec::<String>::new());
}

#[test]
fn an_export_into_a_read_only_folder_fails_saying_so_and_the_previous_file_stays_whole() {
    let db = Db::new();
    let folder = db.dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let (ws, draft, before) = exported_once(&db, &folder);
    let Some(_mount) = Mount::read_only(&folder) else {
        return;
    };
    let out = export_again(&db, &ws, &draft);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("read-only") && out.stderr.contains("choose another folder"),
        "says what is wrong and what to do: {}",
        out.stderr
    );
    assert!(std::fs::read(&draft).unwrap() == before, "the previous export is whole");
}

/// Everything a user could see of the workspace, read with the folder writable again.
fn state(db: &Db, ws: &str) -> (String, Vec<u8>) {
    let database = std::fs::read(db.dir.path().join("test.sqlite3")).unwrap();
    (db.snapshot(ws), database)
}

#[test]
fn an_edit_on_a_full_disk_fails_saying_so_and_the_database_stays_as_it_was() {
    let db = Db::new();
    let Some(mount) = Mount::tmpfs(db.dir.path(), "2m") else {
        return;
    };
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    let before = state(&db, &ws);
    fill(db.dir.path());
    let rationale = "Fraud after SIM swaps doubled in 2024. ".repeat(200);
    let out = db.run(&[
        "decide",
        &ws,
        "REG-01",
        "--status",
        "deferred",
        "--rationale",
        &rationale,
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("is full") && out.stderr.contains("free some space"),
        "says what is wrong and what to do: {}",
        out.stderr
    );
    std::fs::remove_file(db.dir.path().join("filler")).unwrap();
    assert!(state(&db, &ws) == before, "the database is as it was");
    drop(mount);
}

#[test]
fn an_edit_in_a_read_only_folder_fails_saying_so_and_the_database_stays_as_it_was() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    let before = state(&db, &ws);
    let Some(mount) = Mount::read_only(db.dir.path()) else {
        return;
    };
    let out = db.run(&["decide", &ws, "REG-01", "--status", "deferred"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("read-only") && out.stderr.contains("writable"),
        "says what is wrong and what to do: {}",
        out.stderr
    );
    drop(mount);
    assert!(state(&db, &ws) == before, "the database is as it was");
}

//! The fuzz corpora (`fuzz/corpus/<target>`) and every crash the fuzzer found
//! (`fuzz/regressions/<target>`) replayed through the same entry points the fuzz targets call:
//! each file is read or refused with a message, never a panic, and quickly.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use adopt_core::fuzz_entry::{Entry, TARGETS};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `entry` on every file of `dir`; returns how many it accepted.
fn replay(target: &str, entry: Entry, dir: &Path) -> usize {
    let mut accepted = 0;
    for file in files(dir) {
        let bytes = std::fs::read(&file).expect("a readable corpus file");
        let started = Instant::now();
        match entry(&bytes) {
            Ok(()) => accepted += 1,
            Err(e) => assert!(
                !e.to_string().trim().is_empty(),
                "{target}: {} was refused without saying why",
                file.display()
            ),
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{target}: {} took {:?}",
            file.display(),
            started.elapsed()
        );
    }
    accepted
}

#[test]
fn every_corpus_file_is_read_or_refused_with_a_message_and_real_files_are_read() {
    for (target, entry) in TARGETS {
        let dir = fuzz_dir().join("corpus").join(target);
        let count = files(&dir).len();
        let started = Instant::now();
        assert!(count > 0, "{target}: no corpus in {}", dir.display());
        let accepted = replay(target, *entry, &dir);
        eprintln!("{target}: {accepted} of {count} accepted in {:?}", started.elapsed());
        // The corpus grew from real files: some of them must still read as a user's file would.
        assert!(accepted > 0, "{target}: none of the {count} corpus files was accepted");
    }
}

#[test]
fn every_crash_the_fuzzer_found_is_now_read_or_refused() {
    for (target, entry) in TARGETS {
        replay(target, *entry, &fuzz_dir().join("regressions").join(target));
    }
}

#[test]
fn a_template_folder_written_as_one_text_splits_back_into_its_files() {
    let files = vec![
        ("manifest.toml".to_string(), "parts = []\n".to_string()),
        ("scope.md".to_string(), "# Scope\n\nText.\n".to_string()),
    ];
    let text = adopt_core::fuzz_entry::template_text(&files);
    assert_eq!(adopt_core::fuzz_entry::template_files(&text), files);
}

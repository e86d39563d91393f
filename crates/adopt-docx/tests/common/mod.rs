//! What the DOCX tests that run real clients share: finding a tool (a missing one fails the
//! test and says what to install) and running it with a time limit.
#![allow(dead_code)]

use std::io::Read;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// A tool the real-client test needs; missing tools fail the test, they do not skip it.
pub fn tool(name: &str) -> PathBuf {
    let found = if name.starts_with('/') {
        Some(PathBuf::from(name)).filter(|p| p.is_file())
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
    };
    found.unwrap_or_else(|| {
        panic!(
            "`{name}` is not installed: run scripts/install-deps.sh (libreoffice-writer-nogui, python3-uno, poppler-utils, qpdf)"
        )
    })
}

pub fn run(cmd: &mut Command, timeout: Duration) -> String {
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the tool starts");
    let start = Instant::now();
    // Read stdout as it comes: a large report must not block the child on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    while child.try_wait().expect("waits").is_none() {
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} took longer than {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("output");
    let stdout = reader.join().unwrap().expect("UTF-8 output");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

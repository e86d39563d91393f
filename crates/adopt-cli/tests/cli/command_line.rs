//! The command line as a whole: help for every command, where the database is.

use assert_cmd::Command;
use tempfile::TempDir;

use crate::common::Db;

#[test]
fn every_command_has_help() {
    let db = Db::new();
    let commands: &[&[&str]] = &[
        &[],
        &["catalog"],
        &["catalog", "list"],
        &["catalog", "show"],
        &["catalog", "sources"],
        &["workspace"],
        &["workspace", "create"],
        &["workspace", "list"],
        &["workspace", "show"],
        &["workspace", "set"],
        &["select"],
        &["deselect"],
        &["decide"],
        &["history"],
        &["export"],
        &["workspace", "export"],
        &["workspace", "import"],
        &["workspace", "duplicate"],
        &["workspace", "archive"],
        &["demo"],
        &["template"],
        &["template", "list"],
        &["session"],
        &["session", "create"],
        &["session", "list"],
        &["session", "anonymise"],
        &["position"],
        &["resolve"],
        &["action"],
        &["minutes"],
        &["survey"],
        &["survey", "template"],
        &["survey", "import"],
        &["check"],
        &["version"],
        &["version", "circulate"],
        &["version", "list"],
        &["version", "show"],
        &["diff"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let out = db.run(&args);
        assert_eq!(out.code, 0, "{args:?}");
        assert!(out.stdout.contains("Usage: dfs-adopt"), "{args:?}: {}", out.stdout);
    }
    let out = db.run(&["frobnicate"]);
    assert_eq!(out.code, 2, "an unknown command is a usage error");
}

#[test]
fn the_database_comes_from_the_environment_when_no_flag_is_given() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("from-env.sqlite3");
    let out = Command::cargo_bin("dfs-adopt")
        .unwrap()
        .env("DFS_ADOPT_DB", &path)
        .args([
            "workspace",
            "create",
            "Env",
            "--jurisdiction",
            "X",
            "--authority",
            "AB=Ab",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(path.exists(), "DFS_ADOPT_DB names the database file");
}

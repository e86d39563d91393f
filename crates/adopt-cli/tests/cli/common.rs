//! What every test of the command line uses: a scratch database, the CLI run on it, and
//! readers of what it prints.

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// A scratch database and a way to run the CLI on it.
pub struct Db {
    pub dir: TempDir,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Db {
    pub fn new() -> Db {
        Db {
            dir: TempDir::new().unwrap(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(&[], args)
    }

    /// Runs the CLI with these environment variables. The language comes only from them: the
    /// tester's own locale (LANG=fr_FR...) never reaches the CLI.
    pub fn run_with(&self, env: &[(&str, &str)], args: &[&str]) -> Output {
        let mut command = Command::cargo_bin("dfs-adopt").unwrap();
        for name in ["DFS_ADOPT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        command.envs(env.iter().copied());
        let out = command
            .env_remove("DFS_ADOPT_DB")
            .arg("--db")
            .arg(self.dir.path().join("test.sqlite3"))
            .args(["--by", "tester"])
            .args(args)
            .output()
            .unwrap();
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// Runs a command that must succeed and returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.code, 0, "`{}` failed: {}", args.join(" "), out.stderr);
        out.stdout
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("`{}` printed no JSON ({e}): {text}", args.join(" ")))
    }

    /// Everything a refused command could have touched.
    pub fn snapshot(&self, ws: &str) -> String {
        format!(
            "{}\n{}\n{}",
            self.ok(&["workspace", "list", "--json"]),
            self.ok(&["workspace", "show", ws, "--json"]),
            self.ok(&["history", ws, "--json"])
        )
    }

    /// A workspace with two authorities and three selected items.
    pub fn lesotho(&self) -> String {
        let id = self.ok(&[
            "workspace",
            "create",
            "Lesotho 2025",
            "--jurisdiction",
            "Lesotho",
            "--authority",
            "LCA=Lesotho Communications Authority",
            "--authority",
            "CBL=Central Bank of Lesotho",
            "--kind",
            "LCA=telecom-regulator",
            "--kind",
            "cbl=central-bank",
        ]);
        let id = id.trim().to_string();
        self.ok(&["select", &id, "SIM-08", "sim-11", "REG-01"]);
        id
    }

    /// Runs a command that must be refused with `code`, naming `needle`, and change nothing.
    pub fn refused(&self, ws: &str, args: &[&str], code: i32, needle: &str) {
        let before = self.snapshot(ws);
        let out = self.run(args);
        assert_eq!(out.code, code, "`{}` exit code; stderr: {}", args.join(" "), out.stderr);
        assert!(
            out.stderr.contains(needle),
            "`{}`: expected \"{needle}\" in: {}",
            args.join(" "),
            out.stderr
        );
        assert_eq!(out.stdout, "", "a refused command prints nothing on stdout");
        assert_eq!(self.snapshot(ws), before, "`{}` changed the database", args.join(" "));
    }

    /// Runs `command` with `--out` naming `file` in a folder that does not exist: exit 1, saying so.
    pub fn cannot_write(&self, command: &[&str], file: &str) {
        let out = format!("/nonexistent-folder/{file}");
        let mut args = command.to_vec();
        args.extend(["--out", &out]);
        let unwritable = self.run(&args);
        assert_eq!(unwritable.code, 1);
        assert!(unwritable.stderr.contains("cannot be written"), "{}", unwritable.stderr);
    }

    /// `workspace show --json`.
    pub fn show(&self, ws: &str) -> Value {
        self.json(&["workspace", "show", ws, "--json"])
    }

    /// A path in the scratch folder, as an argument.
    pub fn path(&self, name: &str) -> String {
        self.dir.path().join(name).to_str().unwrap().to_string()
    }

    /// Writes a file into the scratch folder and returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

pub fn item<'a>(show: &'a Value, id: &str) -> &'a Value {
    show["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in workspace"))
}

/// The keys of a JSON object, sorted.
pub fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

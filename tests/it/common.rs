//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// The shared test data folder, `../shared/data` from the crate root.
///
/// When the folder is missing, the test binary stops at the first test that needs it
/// with one message naming the path, instead of every such test failing on its own.
pub fn shared_data() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if !dir.is_dir() {
        eprintln!(
            "error: the shared test data folder {} is missing: the tests read real elections \
             and official results from ../shared/data beside the checkout (see README.md)",
            dir.display()
        );
        std::process::exit(2);
    }
    dir
}

/// A file under `examples/data/`.
pub fn example_data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name)
}

/// Runs the `rulebook` binary: its exit code, stdout and stderr.
#[cfg(feature = "cli")]
pub fn rulebook(args: &[&str]) -> (i32, String, String) {
    rulebook_in(None, args)
}

/// Runs the `rulebook` binary in the folder `dir` (the test's own when `None`): its
/// exit code, stdout and stderr.
#[cfg(feature = "cli")]
pub fn rulebook_in(dir: Option<&std::path::Path>, args: &[&str]) -> (i32, String, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_rulebook"));
    // The language comes from --lang alone: the machine's locale never changes a test.
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let out = command.args(args).output().expect("rulebook runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh scratch folder for one test, under the system's temporary folder.
pub fn scratch_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulebook-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// The policy groups most policy tests use: women and men, by gender (TOML).
pub const GROUPS: &str = r#"
[[groups]]
id = "women"
one = "woman"
many = "women"
select = { gender = "woman" }

[[groups]]
id = "men"
one = "man"
many = "men"
select = { gender = "man" }
"#;

//! Every command of the README runs as written: each `rulebook ...` and `cargo run
//! --release --features cli -- ...` line of its ```sh blocks is run with the built
//! binary, in order, in a scratch folder holding a copy of `examples/data` (so files a
//! command writes, such as `after.json`, are there for the next one). Each must exit 0
//! or 1 (never 2, bad input), and every file it names must exist when it runs.
//!
//! A line showing a command's synopsis is run with its optional `[...]` parts left
//! out, and not at all when a placeholder (`FILE`, `DIR`) remains.

use std::path::{Path, PathBuf};

use crate::common::{rulebook_in, scratch_dir};

/// The prefixes that run the tool; what follows them are its arguments.
const PREFIXES: &[&str] = &["rulebook ", "cargo run --release --features cli -- "];

/// Options whose value is a file the command writes.
const OUTPUTS: &[&str] = &["--out", "--patch"];

/// The extensions of the files commands read.
const FILE_EXTENSIONS: &[&str] = &[
    ".json", ".toml", ".csv", ".blt", ".soi", ".soc", ".toi", ".toc",
];

/// The lines of the README's ```sh blocks, with `\` continuations joined.
fn sh_lines(readme: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for line in readme.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_sh = !in_sh && t == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        match t.strip_suffix('\\') {
            Some(head) => {
                pending.push_str(head.trim_end());
                pending.push(' ');
            }
            None => {
                pending.push_str(t);
                lines.push(std::mem::take(&mut pending));
            }
        }
    }
    lines
}

/// The tool's arguments on `line`, if it runs the tool.
fn tool_args(line: &str) -> Option<String> {
    PREFIXES
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .map(str::to_owned)
}

/// The arguments with every `[...]` part removed, or `None` when a placeholder is left
/// (an upper-case word such as `FILE`).
fn runnable(args: &str) -> Option<Vec<String>> {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in args.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let words: Vec<String> = out.split_whitespace().map(str::to_owned).collect();
    let placeholder = |w: &str| {
        w.len() > 1
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c == '.')
            && w.chars().any(|c| c.is_ascii_uppercase())
    };
    (!words.iter().any(|w| placeholder(w))).then_some(words)
}

/// The files `args` read (not those it writes).
fn files_read(args: &[String]) -> Vec<&str> {
    let mut files = Vec::new();
    let mut writes = false;
    // `convert IN OUT` writes its second file.
    let convert = args.first().is_some_and(|a| a == "convert");
    for a in args {
        let is_file = FILE_EXTENSIONS.iter().any(|e| a.ends_with(e));
        if is_file && !writes && (!convert || files.is_empty()) {
            files.push(a.as_str());
        }
        writes = OUTPUTS.contains(&a.as_str());
    }
    files
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_readme_commands_are_found() {
    let lines = sh_lines(
        "text\n```sh\n# a comment\nrulebook tally a.blt \\\n    --method irv\n```\n```rust\nrulebook no\n```\n",
    );
    assert_eq!(lines, ["# a comment", "rulebook tally a.blt --method irv"]);
    assert_eq!(
        runnable("validate FILE [--as-of DATE]"),
        None,
        "a placeholder is not run"
    );
    assert_eq!(
        runnable("tally w.blt --method meek [--rounding new-zealand|parametric]"),
        Some(vec![
            "tally".into(),
            "w.blt".into(),
            "--method".into(),
            "meek".into()
        ])
    );
    let args: Vec<String> = [
        "elect", "a.json", "x", "--out", "b.json", "--policy", "p.toml",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(files_read(&args), ["a.json", "p.toml"]);
}

#[test]
fn every_readme_command_runs_as_written() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let dir = scratch_dir("readme");
    copy_dir(&root.join("examples/data"), &dir.join("examples/data"));
    let mut ran = 0;
    for line in sh_lines(&readme) {
        let Some(args) = tool_args(&line) else {
            continue;
        };
        let Some(args) = runnable(&args) else {
            continue;
        };
        for f in files_read(&args) {
            assert!(
                dir.join(f).is_file(),
                "README command `{line}` names {f}, which is not shipped"
            );
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = rulebook_in(Some(&dir), &refs);
        assert!(
            code == 0 || code == 1,
            "README command `{line}` exited {code}: {err}"
        );
        ran += 1;
    }
    // The README shows at least the commands of every section: validate, apportion,
    // tally (four simple methods and three STV), policy explain and check-list,
    // audit, decide and elect (two).
    assert!(ran >= 15, "only {ran} README commands found");
}

//! The CLI under faults of its environment and hostile input: a closed pipe, a full
//! disk, a panic, names longer than a formatting width, and output paths that clash
//! with each other or with an input. Nothing may panic, and nothing may be half written.

use crate::common::{example_data, rulebook, scratch_dir};
use std::path::Path;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rulebook"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// No trace of a panic or a backtrace in what the command wrote to stderr.
fn assert_no_panic(stderr: &str) {
    for needle in ["panicked", "backtrace", "RUST_BACKTRACE", "internal error"] {
        assert!(!stderr.contains(needle), "{needle} in stderr: {stderr}");
    }
}

/// The files in `dir`, sorted by name.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs `rulebook ARGS` with stdout a pipe whose reading end is closed before the
/// command writes. The input named by `fifo_name` is a FIFO that is only fed after
/// the pipe is closed, so the command cannot have written before: the write meets a
/// closed pipe every time.
#[cfg(unix)]
fn run_into_closed_pipe(test: &str, input: &Path, fifo_name: &str, args: &[&str]) -> (i32, String) {
    let dir = scratch_dir(test);
    let fifo = dir.join(fifo_name);
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo {}", fifo.display());
    let mut full_args: Vec<&str> = args.to_vec();
    for a in &mut full_args {
        if *a == "FIFO" {
            *a = s(&fifo);
        }
    }
    let mut child = bin()
        .args(&full_args)
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    // Opening the FIFO for writing waits for the command to open it for reading.
    let contents = std::fs::read(input).unwrap();
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(&fifo, contents))
    };
    let out = child.wait_with_output().unwrap();
    // Should the command have stopped without reading its input, the writer still
    // waits for a reader: opening the FIFO read-write (which never blocks on Linux)
    // releases it.
    let release = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .unwrap();
    writer.join().unwrap().unwrap();
    drop(release);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_command_quietly_with_0() {
    // `validate` of this document exits 1 (it has findings) when its output is read;
    // into a closed pipe it stops quietly with 0, as documented.
    let (code, stderr) = run_into_closed_pipe(
        "pipe-validate",
        &example_data("spn.json"),
        "spn.json",
        &["validate", "FIFO", "--format", "json"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "");
    let (code, stderr) = run_into_closed_pipe(
        "pipe-tally",
        &example_data("ward.blt"),
        "ward.blt",
        &["tally", "FIFO", "--method", "scottish-stv", "--transcript"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn schema_into_a_pipe_closed_at_once_never_panics() {
    let mut child = bin()
        .arg("schema")
        .env("RUST_BACKTRACE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_exits_2_with_one_line_naming_the_error_and_stdout() {
    for args in [
        &["schema"][..],
        &["validate", s(&example_data("spn.json")), "--format", "json"][..],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = bin()
            .args(args)
            .env("RUST_BACKTRACE", "1")
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(
            stderr.lines().collect::<Vec<_>>(),
            ["rulebook: error: cannot write to stdout: No space left on device (os error 28)"],
            "{args:?}"
        );
    }
}

#[test]
fn a_panic_prints_one_line_and_exits_70_even_with_rust_backtrace() {
    for backtrace in ["1", "full", "0"] {
        let out = bin()
            .arg("debug-panic")
            .env("RUST_BACKTRACE", backtrace)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(70), "{stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{stderr}");
        assert!(
            lines[0].starts_with("rulebook: internal error: debug-panic was asked to panic at ")
                && lines[0].ends_with(" (please report it)"),
            "{stderr}"
        );
        assert!(!stderr.contains("backtrace"), "{stderr}");
    }
}

/// 65,536 characters: one more than a Rust formatting width can hold.
fn long_name() -> String {
    "N".repeat(usize::from(u16::MAX) + 1)
}

#[test]
fn a_unit_name_longer_than_a_format_width_is_rendered() {
    let dir = scratch_dir("long-unit");
    let csv = dir.join("units.csv");
    let name = long_name();
    std::fs::write(&csv, format!("name,weight\n{name},300\nshort,100\n")).unwrap();
    let (code, stdout, stderr) = rulebook(&[
        "apportion",
        s(&csv),
        "--seats",
        "4",
        "--method",
        "largest-remainder",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_no_panic(&stderr);
    // The short name is padded to the long one's width, as any other column.
    let short = stdout.lines().find(|l| l.starts_with("short")).unwrap();
    let long = stdout.lines().find(|l| l.starts_with(&name)).unwrap();
    assert_eq!(
        short.find(|c: char| c.is_ascii_digit()),
        long.find(|c: char| c.is_ascii_digit())
    );
}

#[test]
fn a_candidate_name_longer_than_a_format_width_is_rendered_in_the_transcript() {
    let dir = scratch_dir("long-candidate");
    let blt = dir.join("long.blt");
    let name = long_name();
    std::fs::write(
        &blt,
        // First preferences 3, 2, 1: each stage has one lowest candidate, so no tie (and no
        // lot) is needed.
        format!("3 1\n3 1 2 0\n2 2 0\n1 3 0\n0\n\"{name}\"\n\"B\"\n\"C\"\n\"long names\"\n"),
    )
    .unwrap();
    let (code, stdout, stderr) =
        rulebook(&["tally", s(&blt), "--method", "scottish-stv", "--transcript"]);
    assert_eq!(code, 0, "{stderr}");
    assert_no_panic(&stderr);
    assert!(stdout.contains(&name));
}

fn elect_args<'a>(doc: &'a str, out: &'a str, patch: &'a str) -> Vec<&'a str> {
    vec!["elect", doc, "ketua", "--out", out, "--patch", patch]
}

#[test]
fn the_same_output_path_twice_is_refused_and_nothing_is_written() {
    let dir = scratch_dir("outputs-twice");
    let out = dir.join("after.json");
    let doc = example_data("psp-election.json");
    let (code, _, stderr) = rulebook(&elect_args(s(&doc), s(&out), s(&out)));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("named twice as an output"), "{stderr}");
    assert!(listing(&dir).is_empty(), "{:?}", listing(&dir));
    // The same file by another spelling is the same output.
    let other = dir.join(".").join("after.json");
    let (code, _, stderr) = rulebook(&elect_args(s(&doc), s(&out), s(&other)));
    assert_eq!(code, 2, "{stderr}");
    assert!(listing(&dir).is_empty(), "{:?}", listing(&dir));
}

#[cfg(unix)]
#[test]
fn an_output_over_an_input_through_a_symlink_is_refused() {
    let dir = scratch_dir("outputs-symlink");
    let doc = dir.join("doc.json");
    std::fs::copy(example_data("psp-election.json"), &doc).unwrap();
    let before = std::fs::read(&doc).unwrap();
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&doc, &link).unwrap();
    let patch = dir.join("changes.json");
    for (out, patch) in [(&link, &patch), (&patch, &link)] {
        let (code, _, stderr) = rulebook(&elect_args(s(&doc), s(out), s(patch)));
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains("refusing to overwrite an input file"),
            "{stderr}"
        );
        assert_eq!(std::fs::read(&doc).unwrap(), before);
        assert_eq!(listing(&dir), ["doc.json", "link.json"]);
    }
    // A hard link is the same file too.
    let hard = dir.join("hard.json");
    std::fs::hard_link(&doc, &hard).unwrap();
    let (code, _, stderr) = rulebook(&elect_args(s(&doc), s(&hard), s(&patch)));
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(std::fs::read(&doc).unwrap(), before);
}

#[test]
fn a_missing_folder_for_the_second_output_writes_neither() {
    let dir = scratch_dir("outputs-missing-folder");
    let out = dir.join("after.json");
    let patch = dir.join("no-such-folder").join("changes.json");
    let doc = example_data("psp-election.json");
    let (code, _, stderr) = rulebook(&elect_args(s(&doc), s(&out), s(&patch)));
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("changes.json: cannot write: folder ")
            && stderr.contains("No such file or directory"),
        "{stderr}"
    );
    assert!(listing(&dir).is_empty(), "{:?}", listing(&dir));
}

#[test]
fn both_outputs_are_written_and_no_temporary_file_is_left() {
    let dir = scratch_dir("outputs-both");
    let out = dir.join("after.json");
    let patch = dir.join("changes.json");
    let doc = example_data("psp-election.json");
    let (code, _, stderr) = rulebook(&elect_args(s(&doc), s(&out), s(&patch)));
    assert!(code == 0 || code == 1, "{stderr}");
    assert_eq!(listing(&dir), ["after.json", "changes.json"]);
    let after: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(after.is_object());
    let changes: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&patch).unwrap()).unwrap();
    assert!(changes.is_array());
    // Written with the usual permissions (less the umask), not the owner-only mode
    // of a temporary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let plain = dir.join("plain");
        std::fs::File::create(&plain).unwrap();
        let expected = std::fs::metadata(&plain).unwrap().permissions().mode();
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode, expected, "mode {mode:o}, expected {expected:o}");
    }
}

#[test]
fn schema_out_writes_every_file_and_nothing_else() {
    let dir = scratch_dir("schema-out");
    let (code, stdout, stderr) = rulebook(&["schema", "--out", s(&dir)]);
    assert_eq!(code, 0, "{stderr}");
    let files = listing(&dir);
    assert!(!files.is_empty());
    assert!(files.iter().all(|f| f.ends_with(".json")), "{files:?}");
    assert_eq!(stdout.lines().count(), files.len());
}

/// A band table that would give a unit more seats than a seat count holds is refused
/// (exit 2, naming the bands file), not silently cut to 4,294,967,295 seats.
#[test]
fn a_band_table_past_the_largest_seat_count_is_refused_with_its_file() {
    let dir = scratch_dir("band-overflow");
    let units = dir.join("units.csv");
    let bands = dir.join("bands.csv");
    std::fs::write(&units, "name,weight\nbig,5000000000\nsmall,10\n").unwrap();
    std::fs::write(&bands, "from,seats,per\n0,1,1\n").unwrap();
    let (code, out, err) = rulebook(&["apportion", s(&units), "--bands", s(&bands)]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("bands.csv"), "{err}");
    assert!(
        err.contains("5000000001 seats, more than the 4294967295"),
        "{err}"
    );
    assert_no_panic(&err);
    // With --max the cap applies and the count goes through.
    let (code, out, err) = rulebook(&["apportion", s(&units), "--bands", s(&bands), "--max", "9"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains('9'), "{out}");
}

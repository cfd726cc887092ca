//! What every subcommand shares: reading inputs, writing outputs atomically, output
//! formats and exit codes.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Everything was fine.
pub const EXIT_OK: u8 = 0;
/// The input was read, and rules are broken (validation errors, a failed audit).
pub const EXIT_VIOLATIONS: u8 = 1;
/// The input could not be read, or the arguments are wrong.
pub const EXIT_BAD_INPUT: u8 = 2;

/// Output format shared by the subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// For people.
    #[default]
    Text,
    /// For programs: stable JSON.
    Json,
}

/// A failure that stops a subcommand: bad input or usage (exit 2).
#[derive(Debug)]
pub struct CliError {
    message: String,
}

impl CliError {
    /// An error with its full message (`reading spn.json: line 3, column 5: ...`).
    pub fn new(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
        }
    }

    /// An error about a file: the message is prefixed with the file's path.
    pub fn in_file(path: &Path, message: impl fmt::Display) -> Self {
        CliError::new(format!("{}: {message}", path.display()))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Prints the error to stderr and returns exit code 2.
pub fn report(e: &CliError) -> ExitCode {
    eprintln!("rulebook: error: {e}");
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Reads a whole input file as UTF-8.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        CliError::in_file(
            path,
            format!(
                "not valid UTF-8 at byte {}: expected a UTF-8 text file",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// Reads a whole input file as bytes.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::in_file(path, format!("cannot read: {e}")))
}

/// Writes `contents` to `path` atomically: to a temporary file in the same folder,
/// flushed to disk, then renamed over the target. Refuses to write over any of
/// `inputs`, so a command never overwrites what it read.
pub fn write_atomic(path: &Path, contents: &[u8], inputs: &[&Path]) -> Result<(), CliError> {
    for input in inputs {
        if same_file(path, input) {
            return Err(CliError::in_file(
                path,
                "refusing to overwrite an input file: choose another output path",
            ));
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| CliError::in_file(path, "not a file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        CliError::in_file(path, format!("cannot write: {e}"))
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Prints a value as pretty JSON to stdout, with a closing newline.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<(), CliError> {
    let s = serde_json::to_string_pretty(value)
        .map_err(|e| CliError::new(format!("cannot render JSON: {e}")))?;
    println!("{s}");
    Ok(())
}

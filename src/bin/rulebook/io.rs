//! What every subcommand shares: reading inputs, printing, writing output files all or
//! none, output formats and exit codes.

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

/// Output format of the commands whose report also renders as HTML (`audit`, `policy
/// explain`, `tally`, `elect`, `decide`, `validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ReportFormat {
    /// For people.
    #[default]
    Text,
    /// For programs: stable JSON.
    Json,
    /// For people, in a browser or on paper: one self-contained HTML page in the
    /// chosen language (`union_rulebook::html`).
    Html,
}

/// The panic hook's exit code: an internal error (EX_SOFTWARE in sysexits.h).
pub const EXIT_INTERNAL: u8 = 70;

/// A failure that stops a subcommand: bad input or usage (exit 2), or stdout closed
/// by its reader (exit 0, quietly).
#[derive(Debug)]
pub struct CliError {
    message: String,
    broken_pipe: bool,
    /// Where in which input, when known (the server's error body shows it).
    location: Option<Location>,
}

/// Where an error is: the input's name (a file's path, or a request part's name), and
/// when known the 1-based line and column and the JSON path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The input's name, as the message shows it.
    pub input: String,
    /// The 1-based line.
    pub line: Option<u64>,
    /// The 1-based column.
    pub column: Option<u64>,
    /// The JSON path of the value, when the error names one.
    pub path: Option<String>,
}

/// An error that knows its line and column (the library's read errors).
pub trait Located: fmt::Display {
    /// The 1-based line and column, and the JSON path, as far as known.
    fn place(&self) -> (Option<u64>, Option<u64>, Option<String>);
}

impl Located for union_rulebook::read::ReadError {
    fn place(&self) -> (Option<u64>, Option<u64>, Option<String>) {
        let path = (!self.path().segments().is_empty()).then(|| self.path().to_string());
        (
            self.line().map(|l| l as u64),
            self.column().map(|c| c as u64),
            path,
        )
    }
}

impl Located for union_rulebook::election::ReadError {
    fn place(&self) -> (Option<u64>, Option<u64>, Option<String>) {
        (
            Some(u64::from(self.line())),
            Some(u64::from(self.column())),
            None,
        )
    }
}

impl Located for union_rulebook::policy::PolicyError {
    fn place(&self) -> (Option<u64>, Option<u64>, Option<String>) {
        use union_rulebook::policy::PolicyError as E;
        match self {
            E::Syntax { line, column, .. } => (Some(*line as u64), Some(*column as u64), None),
            E::Invalid { path, .. } => (None, None, Some(path.to_string())),
            _ => (None, None, None),
        }
    }
}

impl CliError {
    /// An error with its full message (`reading spn.json: line 3, column 5: ...`).
    pub fn new(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            broken_pipe: false,
            location: None,
        }
    }

    /// Stdout was closed by its reader (`rulebook schema | head -1`): not a failure of
    /// the command, so it ends quietly.
    pub fn broken_pipe() -> Self {
        CliError {
            message: "stdout closed".to_string(),
            broken_pipe: true,
            location: None,
        }
    }

    /// Whether this is [`CliError::broken_pipe`].
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }

    /// An error about a file: the message is prefixed with the file's path.
    pub fn in_file(path: &Path, message: impl fmt::Display) -> Self {
        CliError::new(format!("{}: {message}", path.display()))
    }

    /// An error about an input (a file or a request's part): the message is prefixed
    /// with its name, and the input is its location.
    pub fn in_input(input: &Input, message: impl fmt::Display) -> Self {
        let mut e = CliError::new(format!("{}: {message}", input.name()));
        e.location = Some(Location {
            input: input.name().to_string(),
            ..Location::default()
        });
        e
    }

    /// An input that could not be read: as [`CliError::in_input`], with the error's
    /// line, column and path in the location.
    pub fn unreadable(input: &Input, e: &impl Located) -> Self {
        let (line, column, path) = e.place();
        let mut err = CliError::in_input(input, e);
        err.location = Some(Location {
            input: input.name().to_string(),
            line,
            column,
            path,
        });
        err
    }

    /// Where the error is, when it is about an input (the server's error body).
    #[cfg_attr(not(feature = "serve"), allow(dead_code))]
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }
}

/// One input of a command: a file the CLI was given, or bytes a request carried, with
/// the name its messages show (a path, or the request part's name). The commands read
/// every input through it, so the CLI and the server read the same way.
#[derive(Debug)]
pub enum Input {
    /// A file, read when the command needs it (ballot files are streamed).
    File(PathBuf),
    /// Bytes already in memory, under a name whose extension says the format as a
    /// file's would (`policy.toml`).
    #[cfg_attr(not(feature = "serve"), allow(dead_code))]
    Memory {
        /// The name messages show.
        name: String,
        /// The contents.
        bytes: Vec<u8>,
    },
}

impl Input {
    /// The input's name in messages: the path as given, or the part's name.
    pub fn name(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Input::File(p) => p.to_string_lossy(),
            Input::Memory { name, .. } => std::borrow::Cow::Borrowed(name),
        }
    }

    /// The extension of the path or name, lowercase.
    pub fn extension(&self) -> Option<String> {
        match self {
            Input::File(p) => p.extension().and_then(|e| e.to_str()),
            Input::Memory { name, .. } => Path::new(name).extension().and_then(|e| e.to_str()),
        }
        .map(str::to_ascii_lowercase)
    }

    /// Whether the extension is `ext` (ASCII case ignored).
    pub fn has_extension(&self, ext: &str) -> bool {
        self.extension().is_some_and(|e| e == ext)
    }

    /// The path, for a file.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::File(p) => Some(p),
            Input::Memory { .. } => None,
        }
    }

    /// The name without its extension (a Universal Tabulator contest's name).
    pub fn stem(&self) -> String {
        match self {
            Input::File(p) => p
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
            Input::Memory { name, .. } => Path::new(name)
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        }
    }

    /// The whole input as UTF-8 text.
    pub fn text(&self) -> Result<String, CliError> {
        match self {
            Input::File(p) => read_text(p),
            Input::Memory { bytes, .. } => String::from_utf8(bytes.clone()).map_err(|e| {
                CliError::in_input(
                    self,
                    tr!("cli-not-utf8", byte = e.utf8_error().valid_up_to()),
                )
            }),
        }
    }

    /// The input as a buffered stream, with its size in bytes (see [`open_stream`]).
    pub fn stream(&self) -> Result<(Box<dyn std::io::BufRead + '_>, u64), CliError> {
        match self {
            Input::File(p) => open_stream(p),
            Input::Memory { bytes, .. } => Ok((
                Box::new(std::io::Cursor::new(bytes.as_slice())),
                bytes.len() as u64,
            )),
        }
    }
}

/// What a command prints on stdout, and its exit code: the one answer the CLI prints
/// and the server sends.
pub struct Answer {
    /// What is printed: text, or a report serialized as it is printed.
    body: Body,
    /// What the text is (the server's Content-Type).
    #[cfg_attr(not(feature = "serve"), allow(dead_code))]
    pub kind: Kind,
    /// The exit code: [`EXIT_OK`] or [`EXIT_VIOLATIONS`].
    pub exit: u8,
}

/// An answer's body: text made whole, or a report written as JSON while it is printed.
enum Body {
    /// Text already rendered (a text report, an HTML page, small JSON).
    Text(String),
    /// A report kept as it is, serialized to the output as it is printed: a large
    /// report (an audit of a million-member federation is 290 MB of JSON) is never
    /// held twice, as data and as text.
    Json(Box<dyn JsonBody>),
}

/// Stdout through a 64 KiB buffer: what [`print_with`] writes to.
pub type Stdout = std::io::BufWriter<std::io::StdoutLock<'static>>;

/// A report that can write itself as pretty JSON. The writers are concrete types, not
/// `dyn Write`: serde writes a report in millions of small pieces, each a call through
/// the writer.
trait JsonBody: Send {
    fn write_stdout(&self, out: &mut Stdout) -> serde_json::Result<()>;
    fn write_vec(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;
}

impl<T: serde::Serialize + Send> JsonBody for T {
    fn write_stdout(&self, out: &mut Stdout) -> serde_json::Result<()> {
        write_pretty(out, self)
    }
    fn write_vec(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        write_pretty(out, self)
    }
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = match &self.body {
            Body::Text(t) => t.as_str(),
            Body::Json(_) => "<JSON report>",
        };
        f.debug_struct("Answer")
            .field("body", &body)
            .field("kind", &self.kind)
            .field("exit", &self.exit)
            .finish()
    }
}

/// What an [`Answer`]'s text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text.
    Text,
    /// JSON.
    Json,
    /// An HTML page.
    Html,
}

impl Answer {
    /// An answer of pretty JSON with its closing newline, as [`print_json`] prints it.
    pub fn json<T: serde::Serialize>(value: &T, exit: u8) -> Result<Answer, CliError> {
        Ok(Answer {
            body: Body::Text(json_text(value)?),
            kind: Kind::Json,
            exit,
        })
    }

    /// An answer of pretty JSON, as [`Answer::json`], that keeps the report and
    /// serializes it only when it is printed, straight to stdout through a buffer
    /// ([`print_with`]): for reports that can be hundreds of megabytes (the audit).
    pub fn json_report<T: serde::Serialize + Send + 'static>(value: T, exit: u8) -> Answer {
        Answer {
            body: Body::Json(Box::new(value)),
            kind: Kind::Json,
            exit,
        }
    }

    /// A text answer.
    pub fn text(body: String, exit: u8) -> Answer {
        Answer {
            body: Body::Text(body),
            kind: Kind::Text,
            exit,
        }
    }

    /// An HTML answer.
    pub fn html(body: String, exit: u8) -> Answer {
        Answer {
            body: Body::Text(body),
            kind: Kind::Html,
            exit,
        }
    }

    /// The whole text of the answer (the server's response body): a JSON report is
    /// serialized here.
    ///
    /// # Errors
    ///
    /// The report cannot be serialized (never in practice).
    #[cfg_attr(not(feature = "serve"), allow(dead_code))]
    pub fn into_text(self) -> Result<String, CliError> {
        match self.body {
            Body::Text(t) => Ok(t),
            Body::Json(report) => {
                let mut bytes = Vec::new();
                report.write_vec(&mut bytes).map_err(json_error)?;
                bytes.push(b'\n');
                // serde_json writes UTF-8 only.
                String::from_utf8(bytes).map_err(|e| CliError::new(e.to_string()))
            }
        }
    }

    /// Prints the answer and returns its exit code.
    ///
    /// The process ends right after: a report is not freed here (`mem::forget`), as
    /// freeing the millions of small allocations of a large audit one by one only
    /// delays the exit (a third of a second for a million-member federation).
    pub fn print(self) -> Result<ExitCode, CliError> {
        let exit = ExitCode::from(self.exit);
        match &self.body {
            Body::Text(t) => print(t)?,
            Body::Json(report) => print_with(|out| {
                report.write_stdout(out).map_err(std::io::Error::from)?;
                out.write_all(b"\n")
            })?,
        }
        std::mem::forget(self);
        Ok(exit)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Prints the error to stderr and returns exit code 2; a closed stdout ends quietly
/// with 0, as Unix tools do when their reader has seen enough.
pub fn report(e: &CliError) -> ExitCode {
    if e.is_broken_pipe() {
        return ExitCode::from(EXIT_OK);
    }
    eprint(&format!("{}\n", tr!("cli-error", message = e.to_string())));
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Reads a whole input file as UTF-8.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        CliError::in_file(
            path,
            tr!("cli-not-utf8", byte = e.utf8_error().valid_up_to()),
        )
    })
}

/// Reads a whole input file as bytes.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path)
        .map_err(|e| CliError::in_file(path, tr!("cli-cannot-read", error = e.to_string())))
}

/// Opens an input file for reading as a stream (buffered), with its size in bytes. A
/// regular file is streamed; anything else (a pipe, a device) has no size to check
/// claims against, so it is read whole first, as before.
pub fn open_stream(path: &Path) -> Result<(Box<dyn std::io::BufRead>, u64), CliError> {
    let cannot =
        |e: std::io::Error| CliError::in_file(path, tr!("cli-cannot-read", error = e.to_string()));
    let mut file = std::fs::File::open(path).map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    if !meta.is_file() {
        // Read from this opening: a FIFO opened twice would wait for a second writer.
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).map_err(cannot)?;
        let len = bytes.len() as u64;
        return Ok((Box::new(std::io::Cursor::new(bytes)), len));
    }
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    // A folder opens but does not read: say so as reading it whole would.
    std::io::BufRead::fill_buf(&mut reader).map_err(cannot)?;
    Ok((Box::new(reader), meta.len()))
}

/// The output files of one command, written all or none.
///
/// Every path is checked when it is added: its folder must exist, it must not be a
/// folder, and it must differ from every input and every other output, symlinks
/// resolved (an existing path by [`std::fs::canonicalize`], a new one by its folder's
/// canonical path and its file name; on Unix also by device and inode, so a hard link
/// to an input is refused too). Nothing is written until [`Outputs::commit`], which
/// writes every file to a temporary file in its target's folder (`tempfile`), flushes
/// them to disk, and only when all are complete renames them over their targets. On
/// a failure before the renames nothing is left behind: the temporary files are
/// deleted. Only a rename failing after an earlier one succeeded (e.g. a target
/// replaced by a folder meanwhile) can leave part of the set written.
#[derive(Debug, Default)]
pub struct Outputs {
    inputs: Vec<(PathBuf, Resolved)>,
    files: Vec<Planned>,
}

#[derive(Debug)]
struct Planned {
    /// The path as the user gave it, for messages.
    shown: PathBuf,
    resolved: Resolved,
    contents: Vec<u8>,
}

/// A path with symlinks resolved, and the file's identity when it exists.
#[derive(Debug)]
struct Resolved {
    path: PathBuf,
    id: Option<FileId>,
}

impl Resolved {
    fn is(&self, other: &Resolved) -> bool {
        self.path == other.path || (self.id.is_some() && self.id == other.id)
    }
}

/// Device and inode on Unix; elsewhere, nothing beyond the canonical path.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct FileId(u64, u64);

#[cfg(unix)]
fn file_id(meta: &std::fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt as _;
    Some(FileId(meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_id(_meta: &std::fs::Metadata) -> Option<FileId> {
    None
}

impl Outputs {
    /// No outputs yet; `inputs` are the files the command read, never to be written.
    pub fn new(inputs: &[&Path]) -> Self {
        let inputs = inputs
            .iter()
            .filter_map(|p| {
                let path = std::fs::canonicalize(p).ok()?;
                let id = std::fs::metadata(&path).ok().as_ref().and_then(file_id);
                Some((p.to_path_buf(), Resolved { path, id }))
            })
            .collect();
        Outputs {
            inputs,
            files: Vec::new(),
        }
    }

    /// Plans to write `contents` to `path`: checks the path now, writes nothing.
    ///
    /// # Errors
    ///
    /// The path's folder is missing, the path is a folder, or it is an input or
    /// already an output of this command.
    pub fn add(&mut self, path: &Path, contents: Vec<u8>) -> Result<(), CliError> {
        let resolved = resolve(path)?;
        if let Some((input, _)) = self.inputs.iter().find(|(_, r)| r.is(&resolved)) {
            return Err(CliError::in_file(
                path,
                tr!(
                    "cli-refusing-overwrite",
                    input = input.display().to_string()
                ),
            ));
        }
        if let Some(other) = self.files.iter().find(|f| f.resolved.is(&resolved)) {
            return Err(CliError::in_file(
                path,
                tr!(
                    "cli-output-twice",
                    other = other.shown.display().to_string()
                ),
            ));
        }
        self.files.push(Planned {
            shown: path.to_path_buf(),
            resolved,
            contents,
        });
        Ok(())
    }

    /// Writes every planned file, all or none (see [`Outputs`]); returns the paths
    /// written, as given.
    ///
    /// # Errors
    ///
    /// A temporary file cannot be created, written, flushed or renamed; the message
    /// names the output and the OS error.
    pub fn commit(self) -> Result<Vec<PathBuf>, CliError> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(".rulebook-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            // As `File::create`: read-write for all, less the umask (tempfile's own
            // default is owner-only).
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let mut temps = Vec::with_capacity(self.files.len());
        for f in &self.files {
            let cannot = |e: std::io::Error| CliError::in_file(&f.shown, cannot_write(&e));
            let dir = f.resolved.path.parent().unwrap_or(Path::new("."));
            let mut tmp = builder.tempfile_in(dir).map_err(cannot)?;
            tmp.write_all(&f.contents).map_err(cannot)?;
            tmp.as_file().sync_all().map_err(cannot)?;
            temps.push(tmp);
        }
        let mut written = Vec::with_capacity(self.files.len());
        for (tmp, f) in temps.into_iter().zip(self.files) {
            tmp.persist(&f.resolved.path)
                .map_err(|e| CliError::in_file(&f.shown, cannot_write(&e.error)))?;
            written.push(f.shown);
        }
        Ok(written)
    }
}

/// `path` with symlinks resolved; for a path that does not exist yet, its folder's.
fn resolve(path: &Path) -> Result<Resolved, CliError> {
    match std::fs::canonicalize(path) {
        Ok(resolved) => {
            let meta = std::fs::metadata(&resolved)
                .map_err(|e| CliError::in_file(path, cannot_write(&e)))?;
            if meta.is_dir() {
                return Err(CliError::in_file(path, tr!("cli-cannot-write-folder")));
            }
            Ok(Resolved {
                path: resolved,
                id: file_id(&meta),
            })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let name = path
                .file_name()
                .ok_or_else(|| CliError::in_file(path, tr!("cli-cannot-write-no-name")))?;
            let parent = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            let dir = std::fs::canonicalize(parent).map_err(|e| {
                CliError::in_file(
                    path,
                    tr!(
                        "cli-cannot-write-parent",
                        folder = parent.display().to_string(),
                        error = e.to_string()
                    ),
                )
            })?;
            if !dir.is_dir() {
                return Err(CliError::in_file(
                    path,
                    tr!(
                        "cli-cannot-write-not-folder",
                        folder = parent.display().to_string()
                    ),
                ));
            }
            Ok(Resolved {
                path: dir.join(name),
                id: None,
            })
        }
        Err(e) => Err(CliError::in_file(path, cannot_write(&e))),
    }
}

/// `cannot write: ` and the OS error.
fn cannot_write(e: &std::io::Error) -> String {
    tr!("cli-cannot-write", error = e.to_string())
}

/// Prints a value as pretty JSON to stdout, with a closing newline (see [`print()`]).
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<(), CliError> {
    print(&json_text(value)?)
}

/// A value as pretty JSON with a closing newline: what [`print_json`] prints.
pub fn json_text<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
    let mut bytes = Vec::with_capacity(128);
    write_pretty(&mut bytes, value).map_err(json_error)?;
    bytes.push(b'\n');
    // serde_json writes UTF-8 only.
    String::from_utf8(bytes).map_err(|e| CliError::new(e.to_string()))
}

/// Writes `value` as pretty JSON: the same bytes as `serde_json::to_writer_pretty`.
fn write_pretty<W: std::io::Write, T: serde::Serialize + ?Sized>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut ser)
}

/// serde_json's `PrettyFormatter` with two-space indents, writing each line break and
/// its indent in one write (the stock formatter writes the indent once per level:
/// tens of millions of two-byte writes in a large audit report).
#[derive(Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

/// A line break and the spaces of 64 levels of indent.
const BREAK: &[u8; 129] = b"\n                                                                                                                                ";

impl Pretty {
    /// A line break and the indent of the current depth.
    fn newline<W: std::io::Write + ?Sized>(&self, w: &mut W) -> std::io::Result<()> {
        let n = self.depth * 2;
        match BREAK.get(..=n) {
            Some(line) => w.write_all(line),
            None => {
                w.write_all(b"\n")?;
                (0..self.depth).try_for_each(|_| w.write_all(b"  "))
            }
        }
    }

    /// Opens an array or an object (`[` or `{`) one level deeper.
    fn open<W: std::io::Write + ?Sized>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// Closes an array or an object (`]` or `}`), on a line of its own when it holds
    /// anything.
    fn close<W: std::io::Write + ?Sized>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }

    /// Starts an array value or an object key: after a comma unless it is the first,
    /// on a new line.
    fn item<W: std::io::Write + ?Sized>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: std::io::Write + ?Sized>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: std::io::Write + ?Sized>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: std::io::Write + ?Sized>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: std::io::Write + ?Sized>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: std::io::Write + ?Sized>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: std::io::Write + ?Sized>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: std::io::Write + ?Sized>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: std::io::Write + ?Sized>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: std::io::Write + ?Sized>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `cannot render JSON: ` and serde's error.
fn json_error(e: serde_json::Error) -> CliError {
    CliError::new(tr!("cli-cannot-render-json", error = e.to_string()))
}

/// Writes `text` to stdout and flushes it: the one way the commands print.
///
/// # Errors
///
/// A closed pipe gives [`CliError::is_broken_pipe`] (the command then exits quietly
/// with 0, as `head` or `true` expect); any other failure (a full disk) an error
/// naming stdout and the OS error.
pub fn print(text: &str) -> Result<(), CliError> {
    print_with(|out| out.write_all(text.as_bytes()))
}

/// Runs `write` on stdout through a 64 KiB buffer and flushes it: [`print()`] for output
/// made while it is written (a JSON report serialized straight to stdout). Errors as
/// [`print()`].
pub fn print_with(write: impl FnOnce(&mut Stdout) -> std::io::Result<()>) -> Result<(), CliError> {
    crate::progress::stop();
    let mut out: Stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write(&mut out).and_then(|()| out.flush()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::broken_pipe()
        } else {
            CliError::new(tr!("cli-cannot-write-stdout", error = e.to_string()))
        }
    })
}

/// Writes `text` to stderr, ignoring failures: there is nowhere left to report them.
pub fn eprint(text: &str) {
    crate::progress::stop();
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The one line the panic hook prints (see `main`): the panic's message and place,
/// never a backtrace.
pub fn panic_message(
    payload: &(dyn std::any::Any + Send),
    location: Option<&std::panic::Location<'_>>,
) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic without a message");
    let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
    match location {
        Some(l) => format!(
            "rulebook: internal error: {what} at {}:{}:{} (please report it)",
            l.file(),
            l.line(),
            l.column()
        ),
        None => format!("rulebook: internal error: {what} (please report it)"),
    }
}

/// Today's date in UTC, from the system clock: the default of every `--as-of`. Only the
/// CLI reads the clock; the library always takes the date as a parameter.
pub fn today() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(secs / 86_400)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_json_is_serde_jsons_pretty_json() {
        let deep = (0..70).fold(
            serde_json::json!([]),
            |v, i| serde_json::json!({"k": [v, i, {}]}),
        );
        let value = serde_json::json!({
            "a": [], "b": {}, "c": [1, {"d": null, "e": "x\"y"}], "deep": deep,
        });
        let ours = json_text(&value).unwrap();
        let theirs = serde_json::to_string_pretty(&value).unwrap() + "\n";
        assert_eq!(ours, theirs);
    }

    #[test]
    fn panic_message_is_one_line_with_the_place() {
        let payload: Box<dyn std::any::Any + Send> = Box::new("index out of\nbounds");
        let here = std::panic::Location::caller();
        let line = panic_message(payload.as_ref(), Some(here));
        assert_eq!(
            line,
            format!(
                "rulebook: internal error: index out of bounds at {}:{}:{} (please report it)",
                here.file(),
                here.line(),
                here.column()
            )
        );
        let owned: Box<dyn std::any::Any + Send> = Box::new(String::from("boom"));
        assert_eq!(
            panic_message(owned.as_ref(), None),
            "rulebook: internal error: boom (please report it)"
        );
        let other: Box<dyn std::any::Any + Send> = Box::new(7_u8);
        assert_eq!(
            panic_message(other.as_ref(), None),
            "rulebook: internal error: a panic without a message (please report it)"
        );
    }
}

//! `rulebook`: validate union documents, audit representation rules, count elections and
//! apportion delegates from the command line.
//!
//! A thin layer over the library: it parses arguments, reads files, calls the library
//! and prints. Exit codes: 0 ok (also when stdout is closed by its reader, as in
//! `rulebook schema | head -1`: the command stops quietly), 1 rule violations found,
//! 2 bad input, usage or an output that cannot be written, 70 an internal error (a
//! bug: one line on stderr, never a backtrace).

/// A message of the catalogues in the chosen language: `tr!(ID)` or
/// `tr!(ID, name = value, ...)` (see `union_rulebook::i18n`).
macro_rules! tr {
    ($id:literal) => {
        union_rulebook::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        union_rulebook::i18n::text(
            $id,
            &[$((stringify!($name), union_rulebook::i18n::Arg::from($value))),+],
        )
    };
}

mod apportion;
mod audit;
mod convert;
mod decide;
mod elect;
mod export;
mod import;
mod io;
mod policy;
mod progress;
mod schema;
#[cfg(feature = "serve")]
mod serve;
mod tally;
mod validate;

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use union_rulebook::i18n::{self, Lang};

/// Union rulebook: structure, quotas, elections and apportionment for trade unions.
#[derive(Debug, Parser)]
#[command(name = "rulebook", version, about, long_about = None)]
struct Cli {
    /// The language of messages and reports: en or id [default: from LC_ALL,
    /// LC_MESSAGES or LANG, else en].
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Decide a motion: quorum, majority and the numbers that decided it.
    Decide(decide::Args),
    /// Apportion seats among units in proportion to their weights (CSV).
    Apportion(apportion::ApportionArgs),
    /// Count an election from a ballot file (BLT or PrefLib).
    Tally(tally::TallyArgs),
    /// Run an election held under a rule of the document: eligibility, count, policy
    /// consequences and the new terms of office.
    Elect(elect::ElectArgs),
    /// Audits every body of an organization against a representation policy: exit 0
    /// compliant, 1 binding rules broken, 2 bad input.
    Audit(audit::AuditArgs),
    /// Drafting tools for representation policies: explain rules, check lists.
    Policy {
        #[command(subcommand)]
        command: policy::PolicyCommand,
    },
    /// Check a union document and report every finding.
    Validate(validate::ValidateArgs),
    /// Write the JSON Schemas of every file rulebook reads or writes.
    Schema(schema::SchemaArgs),
    /// Convert a ballot file between BLT and PrefLib (.soi, .soc, .toi, .toc).
    Convert(convert::ConvertArgs),
    /// Write a document in another tool's format (Popolo).
    Export {
        #[command(subcommand)]
        command: export::ExportCommand,
    },
    /// Read a document from another tool's format (Popolo).
    Import {
        #[command(subcommand)]
        command: import::ImportCommand,
    },
    /// Serve the JSON API (and the workbench page) on a local address until SIGINT
    /// or SIGTERM.
    #[cfg(feature = "serve")]
    Serve(serve::ServeArgs),
    /// Panics on purpose, for the test of the panic hook. Not part of the interface.
    #[doc(hidden)]
    #[command(name = "debug-panic", hide = true)]
    DebugPanic,
}

/// The last line of defence: a panic (a bug) prints one line naming it and exits 70
/// (EX_SOFTWARE), whatever `RUST_BACKTRACE` says; a release CLI never prints a
/// backtrace.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        progress::stop();
        io::eprint(&format!(
            "{}\n",
            io::panic_message(info.payload(), info.location())
        ));
        std::process::exit(i32::from(io::EXIT_INTERNAL));
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    let var = |name: &str| std::env::var(name).ok();
    let env_lang = Lang::from_env_values(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    );
    // Arguments are parsed in the language of a readable --lang, else the
    // environment's (a bad --lang is reported in it); the command runs in the chosen
    // one.
    let parse_lang = lang_argument(std::env::args().skip(1)).unwrap_or(env_lang);
    let cli = match i18n::with_lang(parse_lang, Cli::try_parse) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(io::EXIT_BAD_INPUT)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let lang = cli.lang.unwrap_or(env_lang);
    i18n::with_lang(lang, || run(cli.command))
}

/// The language of a `--lang LANG` or `--lang=LANG` argument, before clap reads the
/// arguments (so that their errors are in it); `None` when absent or unreadable. The
/// last one counts, as clap counts it; nothing after `--` is an option.
fn lang_argument(args: impl Iterator<Item = String>) -> Option<Lang> {
    let mut found = None;
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = args.peek().and_then(|v| v.parse().ok()).or(found);
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = v.parse().ok().or(found);
        }
    }
    found
}

/// Runs one command and turns its result into the exit code.
fn run(command: Command) -> ExitCode {
    // Everything but `schema` reads inputs whose size decides how long it takes.
    let verb = match &command {
        Command::Decide(_) => Some("decide"),
        Command::Apportion(_) => Some("apportion"),
        Command::Tally(_) => Some("tally"),
        Command::Elect(_) => Some("elect"),
        Command::Policy { .. } => Some("policy"),
        Command::Audit(_) => Some("audit"),
        Command::Validate(_) => Some("validate"),
        Command::Convert(_) => Some("convert"),
        Command::Export { .. } => Some("export"),
        Command::Import { .. } => Some("import"),
        Command::Schema(_) | Command::DebugPanic => None,
        #[cfg(feature = "serve")]
        Command::Serve(_) => None,
    };
    if let Some(verb) = verb {
        progress::start(&progress::label(verb));
    }
    let result = match command {
        Command::Decide(args) => decide::run(&args),
        Command::Apportion(args) => apportion::run(args),
        Command::Tally(args) => tally::run(&args),
        Command::Elect(args) => elect::run(&args),
        Command::Policy { command } => policy::run(command),
        Command::Audit(args) => audit::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Convert(args) => convert::run(&args),
        Command::Export { command } => export::run(&command),
        Command::Import { command } => import::run(&command),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::run(&args),
        #[allow(clippy::panic)]
        Command::DebugPanic => panic!("debug-panic was asked to panic"),
    };
    progress::stop();
    match result {
        Ok(code) => code,
        Err(e) => io::report(&e),
    }
}

//! `rulebook schema [--out DIR]`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::io::{self, CliError};

/// Write the JSON Schemas of the document and of the validation report. With `--out
/// DIR`, one file per schema in DIR; without it, the document schema on stdout.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The folder to write the schema files to (created if missing).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(args: SchemaArgs) -> Result<ExitCode, CliError> {
    let files = union_rulebook::schema::all()
        .map_err(|e| CliError::new(format!("cannot render a schema: {e}")))?;
    match args.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| CliError::in_file(&dir, format!("cannot create the folder: {e}")))?;
            let mut outputs = io::Outputs::new(&[]);
            for f in &files {
                outputs.add(&dir.join(f.name), f.contents.clone().into_bytes())?;
            }
            for path in outputs.commit()? {
                io::print(&format!("wrote {}\n", path.display()))?;
            }
        }
        None => {
            if let Some(f) = files.first() {
                io::print(&f.contents)?;
            }
        }
    }
    Ok(ExitCode::from(io::EXIT_OK))
}

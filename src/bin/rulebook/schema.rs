//! `rulebook schema [NAME] [--out DIR]`.

use std::path::PathBuf;
use std::process::ExitCode;

use union_rulebook::schema;

use crate::io::{self, CliError};

/// Write the JSON Schemas of every file rulebook reads or writes (documents, policies,
/// motions, the election patch, the reports). With `--out DIR`, every schema as
/// DIR/NAME.schema.json; without it, one schema (NAME, `organization` by default) on
/// stdout.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The schema to print (`organization`, `policy`, `motion`, ...); with `--out`, the
    /// only one to write.
    name: Option<String>,
    /// The folder to write the schema files to (created if missing).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(args: SchemaArgs) -> Result<ExitCode, CliError> {
    let chosen: Vec<&schema::Published> = match &args.name {
        Some(name) => vec![schema::find(name).ok_or_else(|| {
            let names: Vec<&str> = schema::PUBLISHED.iter().map(|p| p.name()).collect();
            CliError::new(tr!("cli-no-schema", name = name, names = names.join(", ")))
        })?],
        None if args.out.is_some() => schema::PUBLISHED.iter().collect(),
        None => schema::find("organization").into_iter().collect(),
    };
    let mut files = Vec::with_capacity(chosen.len());
    for p in chosen {
        files.push(p.file().map_err(|e| {
            CliError::new(tr!(
                "cli-cannot-render-schema",
                name = p.name(),
                error = e.to_string()
            ))
        })?);
    }
    match args.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| {
                CliError::in_file(&dir, tr!("cli-cannot-create-folder", error = e.to_string()))
            })?;
            let mut outputs = io::Outputs::new(&[]);
            for f in &files {
                outputs.add(&dir.join(&f.file_name), f.contents.clone().into_bytes())?;
            }
            for path in outputs.commit()? {
                let wrote = tr!("cli-wrote", path = path.display().to_string());
                io::print(&format!("{wrote}\n"))?;
            }
        }
        None => {
            for f in &files {
                io::print(&f.contents)?;
            }
        }
    }
    Ok(ExitCode::from(io::EXIT_OK))
}

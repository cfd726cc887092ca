//! JSON Schemas of the document types and of the validation report.
//!
//! Every document type derives `JsonSchema`, with descriptions
//! taken from the doc comments. The schemas are committed under `schemas/` in the
//! repository, and a test fails when the generated ones differ, so an accidental change
//! of the contract breaks CI. `rulebook schema --out DIR` writes them.
//!
//! ```
//! let files = union_rulebook::schema::all()?;
//! let names: Vec<&str> = files.iter().map(|f| f.name).collect();
//! assert!(names.contains(&"organization.schema.json"));
//! assert!(files[0].contents.ends_with("}\n"));
//! # Ok::<(), serde_json::Error>(())
//! ```

use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings};

use crate::model::Organization;
use crate::validate::ValidationReport;

/// One schema file: its file name and its pretty-printed JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFile {
    /// The file name (`organization.schema.json`).
    pub name: &'static str,
    /// The schema as pretty JSON with a closing newline.
    pub contents: String,
}

/// The schema of one type, JSON Schema draft 2020-12, as documents are read (the
/// deserialization contract).
pub fn schema_of<T: JsonSchema>() -> Schema {
    SchemaGenerator::new(SchemaSettings::draft2020_12()).into_root_schema_for::<T>()
}

fn file<T: JsonSchema>(name: &'static str) -> Result<SchemaFile, serde_json::Error> {
    let mut contents = serde_json::to_string_pretty(&schema_of::<T>())?;
    contents.push('\n');
    Ok(SchemaFile { name, contents })
}

/// Every schema this crate publishes: the [`Organization`] document and the
/// [`ValidationReport`] printed by `rulebook validate --format json`.
///
/// # Errors
///
/// Never in practice; a [`serde_json::Error`] is passed on if printing fails.
pub fn all() -> Result<Vec<SchemaFile>, serde_json::Error> {
    Ok(vec![
        file::<Organization>("organization.schema.json")?,
        file::<ValidationReport>("validation-report.schema.json")?,
        file::<crate::policy::AuditReport>("audit-report.schema.json")?,
        file::<crate::policy::Explanation>("explain-report.schema.json")?,
        file::<crate::policy::ListCheck>("check-list-report.schema.json")?,
        file::<crate::election::TallyReport>("tally-report.schema.json")?,
        file::<crate::apportionment::ApportionReport>("apportion-report.schema.json")?,
        file::<crate::election_rules::ElectionResult>("elect-report.schema.json")?,
        file::<crate::decision::Decision>("decide-report.schema.json")?,
        file::<crate::decision::DecisionErrors>("decide-errors.schema.json")?,
    ])
}

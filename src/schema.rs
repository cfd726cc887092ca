//! JSON Schemas of every file the crate reads or writes.
//!
//! Every document and report type derives `JsonSchema`, with descriptions taken from
//! the doc comments. [`PUBLISHED`] lists the schemas the crate publishes; each is
//! committed under `schemas/` in the repository as `NAME.schema.json`, and a test fails
//! when the generated ones differ, so an accidental change of the contract breaks CI.
//! `rulebook schema --out DIR` writes them all; `rulebook schema NAME` prints one.
//!
//! ```
//! let files = union_rulebook::schema::all()?;
//! let names: Vec<&str> = files.iter().map(|f| f.name).collect();
//! assert!(names.contains(&"organization"));
//! assert_eq!(files[0].file_name, "organization.schema.json");
//! assert!(files[0].contents.ends_with("}\n"));
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Identifiers
//!
//! Each schema has a stable `$id`, [`ID_BASE`] followed by its file name:
//! `https://union-rulebook.org/schemas/v1/organization.schema.json`. The `$id` is an
//! identifier, not a location: nothing is fetched from it, and the files are the ones
//! in `schemas/` (point an editor at them with a relative path). `v1` changes only when
//! a contract changes in a way that refuses files it used to accept; additions keep it.
//! Each schema also has a `title`, and the `description` of its type.
//!
//! Every input accepts a `$schema` key at its top (JSON `"$schema": "..."`, TOML
//! `"$schema" = "..."`), as editors insert it; it is kept as written and never read
//! otherwise. Any other unknown key is refused.
//!
//! # The files
//!
//! | NAME | file | Rust type | read or written by |
//! |---|---|---|---|
//! | `organization` | a union's document (JSON or TOML), with its election rules and, under `policy`, its representation policy | [`Organization`] | `rulebook validate`, `audit`, `elect` (and `elect --out`) |
//! | `policy` | a representation policy (TOML or JSON) | [`PolicyDoc`] | `rulebook audit --policy`, `elect --policy`, `policy explain`, `policy check-list` |
//! | `motion` | a motion with its decision rule, delegates and votes (JSON or TOML) | [`Motion`] | `rulebook decide` |
//! | `elect-patch` | the changes an election makes, as an RFC 6902 JSON Patch against the document | ([`elect_patch_schema`]) | `rulebook elect --patch` |
//! | `validation-report` | the findings of a validation | [`ValidationReport`] | `rulebook validate --format json` |
//! | `audit-report` | every body against a policy, by level and rule | [`AuditReport`](crate::policy::AuditReport) | `rulebook audit --format json` |
//! | `explain-report` | what each rule needs for each body size | [`Explanation`](crate::policy::Explanation) | `rulebook policy explain --format json` |
//! | `check-list-report` | a candidate list against order and share rules | [`ListCheck`](crate::policy::ListCheck) | `rulebook policy check-list --format json` |
//! | `tally-report` | a count with its stages and ties | [`TallyReport`](crate::election::TallyReport) | `rulebook tally --format json` |
//! | `apportion-report` | seats among units | [`ApportionReport`](crate::apportionment::ApportionReport) | `rulebook apportion --format json` |
//! | `elect-report` | an election run under a rule of the document | [`ElectionResult`](crate::election_rules::ElectionResult) | `rulebook elect --format json` |
//! | `decide-report` | a decided motion | [`Decision`](crate::decision::Decision) | `rulebook decide --format json` (exit 0) |
//! | `decide-errors` | the votes of a motion that cannot be counted | [`DecisionErrors`](crate::decision::DecisionErrors) | `rulebook decide --format json` (exit 2) |
//! | `list-election-report` | a list election with named candidates: lists, elected, list jump | [`ListElectionReport`](crate::election::ListElectionReport) | `rulebook tally VOTES.csv --candidates FILE --format json` |
//! | `biproportional-report` | a units × groups table apportioned biproportionally, with its divisors | [`BiproportionalReport`](crate::apportionment::BiproportionalReport) | `rulebook apportion FILE --biproportional --format json` |
//! | `universal-tabulator` | a count as the Universal Tabulator summary (RCTab, RCVis, rcvformats) | [`Summary`](crate::interchange::universal_tabulator::Summary) | `rulebook tally --format universal-tabulator`; read by `rulebook tally SUMMARY.json` |
//! | `popolo` | a document as a Popolo collection (persons, organizations, posts, memberships) | [`Popolo`](crate::interchange::popolo::Popolo) | `rulebook export popolo`; read by `rulebook import popolo` |
//! | `universal-tabulator-winners` | the winners of a Universal Tabulator summary | [`Winners`](crate::interchange::universal_tabulator::Winners) | `rulebook tally SUMMARY.json --format json` |
//! | `api-error` | why a request to the local JSON API was refused | [`ApiError`] | `rulebook serve` (status 400, 404, 405, 408, 413, 500) |
//!
//! # CSV inputs
//!
//! CSV files have no schema: their columns are these. Every CSV file starts with a
//! header line naming its columns, in any order; fields are comma-separated, may be
//! quoted with `"` (a quote inside written `""`), and blank lines are skipped. A
//! byte-order mark at the start is ignored. Whole numbers are written with digits only
//! (no sign, no separators).
//!
//! | file | read by | column | required | contents |
//! |---|---|---|---|---|
//! | unit weights | `rulebook apportion FILE` ([`read_weights_csv`](crate::apportionment::read_weights_csv)) | `name` | yes | the unit's name, not empty, unique |
//! | | | `weight` (or the name given by `--weight-column`) | yes | the unit's weight (members, votes), a whole number |
//! | | | any other | no | ignored |
//! | band table | `rulebook apportion --bands FILE` ([`BandTable::read_csv`](crate::apportionment::BandTable::read_csv)) | `from` | yes | the band's inclusive lower bound, a whole number; strictly ascending from row to row |
//! | | | `seats` | yes | the seats of a unit in the band, a whole number |
//! | | | `per` | no | on the last row: one more seat per that many members above the row's `from` (empty or 0: none) |
//! | list votes | `rulebook tally --method dhondt --seats N FILE.csv` (any list method) ([`read_list_votes_csv`](crate::election::read_list_votes_csv)) | `name` | yes | the list's name, not empty, unique |
//! | | | `votes` | yes | the list's votes, a whole number |
//! | | | any other | no | ignored |
//! | list candidates | `rulebook tally VOTES.csv --candidates FILE` ([`ListCandidates::from_csv`](crate::election::ListCandidates::from_csv)) | `list` | yes | the list's name, as the list-votes file writes it |
//! | | | `position` | yes | the place on the list, a whole number from 1, unique on the list; rows in any order |
//! | | | `id` | yes | the candidate's id, not empty, unique in the file |
//! | | | `name` | no | the candidate's name, shown only with `--include-personal` |
//! | | | `group` | no | the candidate's group (`woman`), as `--floor GROUP=N` names it |
//! | | | any other | no | ignored |
//! | vote table | `rulebook apportion FILE --biproportional` ([`VoteTable::from_csv`](crate::apportionment::VoteTable::from_csv)) | `unit` | yes | the unit's name, not empty, unique |
//! | | | `seats` | yes | the unit's seats, a whole number |
//! | | | every other | at least one | a group (list, party), named by its header: its votes in the unit, a whole number; empty for 0 |
//! | candidate list | `rulebook policy check-list POLICY FILE` ([`CandidateList::from_csv`](crate::policy::CandidateList::from_csv)) | `id` | yes | the candidate's id, not empty, unique; rows in list order, place 1 first |
//! | | | `gender` | no | the candidate's gender, as the policy's selectors name it |
//! | | | `birth_date` | no | `YYYY-MM-DD` |
//! | | | `name` | no | ignored (reports name candidates by id) |
//! | | | any other | no | an attribute, for the policy's `attribute` selectors |
//! | delegates (OpenSlides participants) | `rulebook decide --delegates FILE.csv` ([`read_delegates_csv`](crate::interchange::openslides::read_delegates_csv)) | `member_number` (else `username`) | yes | the delegate's id, not empty, unique |
//! | | | `vote_weight` | no | the delegate's votes, a decimal with at most 6 places, read exactly (`120`, `120.000000`, `333.333333`); 1 when absent or empty; negative or more than 6 places refused; a fraction is counted as the motion's `rule.fractions` says |
//! | | | `is_active` | no | `1`/`true` (default) or `0`/`false`: whether the delegate may vote |
//! | | | `is_present` | no | `1`/`true` or `0`/`false` (default) |
//! | | | any other | no | ignored |
//! | membership spreadsheet (also XLSX) | `rulebook import members FILE` ([`import_members`](crate::interchange::members::import_members)) | `member_number` | yes | the member's person id, new to the document and unique |
//! | | | `unit` | yes | a unit's id or name |
//! | | | `joined` | yes | the joining date, `YYYY-MM-DD` or `DD/MM/YYYY` |
//! | | | `name`, `gender`, `birth_date`, `dues_paid_until` | no | the person's name, gender, birth date; the last day paid (in arrears from the next) |
//! | | | any other | no | ignored |
//!
//! The weights, band and list-votes readers match a header exactly, then without
//! regard to ASCII case, and trim spaces around unquoted fields. The candidate-list
//! reader matches header names exactly (after trimming spaces), trims every cell, takes
//! an empty cell as missing, and wants every row as wide as the header. The delegates
//! reader matches header names without regard to ASCII case and trims every cell; the
//! membership reader also knows other header names for each column (English and
//! Indonesian, see [`ColumnMap::new`](crate::interchange::members::ColumnMap::new)) or
//! takes them from a mapping file.

mod api_error;

pub use api_error::{ApiError, ApiErrorLocation};

use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings};

use crate::decision::Motion;
use crate::model::Organization;
use crate::policy::PolicyDoc;
use crate::validate::ValidationReport;

/// The start of every published schema's `$id`; the file name follows.
pub const ID_BASE: &str = "https://union-rulebook.org/schemas/v1/";

/// Every schema the crate publishes, in the order of the table in the [module
/// docs](self): the inputs first, then the reports.
///
/// ```
/// use union_rulebook::schema::PUBLISHED;
/// let names: Vec<&str> = PUBLISHED.iter().map(|p| p.name()).collect();
/// assert_eq!(names[..3], ["organization", "policy", "motion"]);
/// ```
pub const PUBLISHED: &[Published] = &[
    // Inputs.
    Published::of::<Organization>("organization", "Organization document"),
    Published::of::<PolicyDoc>("policy", "Representation policy"),
    Published::of::<Motion>("motion", "Motion"),
    // Files the CLI writes besides its reports.
    Published::custom(
        "elect-patch",
        "Election changes (JSON Patch)",
        elect_patch_schema,
    ),
    // Reports (`--format json`).
    Published::of::<ValidationReport>("validation-report", "Validation report"),
    Published::of::<crate::policy::AuditReport>("audit-report", "Audit report"),
    Published::of::<crate::policy::Explanation>("explain-report", "Policy explanation"),
    Published::of::<crate::policy::ClauseReport>(
        "clause-report",
        "Policy rules as statute clauses",
    ),
    Published::of::<crate::policy::ListCheck>("check-list-report", "Candidate-list check"),
    Published::of::<crate::election::TallyReport>("tally-report", "Tally report"),
    Published::of::<crate::apportionment::ApportionReport>(
        "apportion-report",
        "Apportionment report",
    ),
    Published::of::<crate::election_rules::ElectionResult>("elect-report", "Election result"),
    Published::of::<crate::decision::Decision>("decide-report", "Decision"),
    Published::of::<crate::decision::DecisionErrors>(
        "decide-errors",
        "Votes that cannot be counted",
    ),
    Published::of::<crate::election::ListElectionReport>(
        "list-election-report",
        "List election with candidates",
    ),
    Published::of::<crate::apportionment::BiproportionalReport>(
        "biproportional-report",
        "Biproportional apportionment",
    ),
    // Interchange formats.
    Published::of::<crate::interchange::universal_tabulator::Summary>(
        "universal-tabulator",
        "Universal Tabulator summary",
    ),
    Published::of::<crate::interchange::universal_tabulator::Winners>(
        "universal-tabulator-winners",
        "Winners of a Universal Tabulator summary",
    ),
    Published::of::<crate::interchange::popolo::Popolo>("popolo", "Popolo collection"),
    // The error body of `rulebook serve`'s API.
    Published::of::<ApiError>("api-error", "API error"),
];

/// One published schema: its NAME (the file is `NAME.schema.json`), its title, and how
/// it is generated.
///
/// A type's schema is declared with [`Published::of`]; a schema written by hand (for a
/// format the crate does not model as a type) with [`Published::custom`].
#[derive(Debug, Clone, Copy)]
pub struct Published {
    name: &'static str,
    title: &'static str,
    generate: fn() -> Schema,
}

impl Published {
    /// The schema of `T` (as documents are read: the deserialization contract), under
    /// `name`, with `title`.
    pub const fn of<T: JsonSchema>(name: &'static str, title: &'static str) -> Published {
        Published {
            name,
            title,
            generate: schema_of::<T>,
        }
    }

    /// A schema generated by `generate`, under `name`, with `title`.
    pub const fn custom(
        name: &'static str,
        title: &'static str,
        generate: fn() -> Schema,
    ) -> Published {
        Published {
            name,
            title,
            generate,
        }
    }

    /// The schema's NAME (`organization`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The schema's title (`Organization document`).
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// The file name, `NAME.schema.json`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// The schema's `$id`: [`ID_BASE`] and the file name.
    ///
    /// ```
    /// let p = union_rulebook::schema::find("policy").ok_or("no policy schema")?;
    /// assert_eq!(p.id(), "https://union-rulebook.org/schemas/v1/policy.schema.json");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(&self) -> String {
        format!("{ID_BASE}{}", self.file_name())
    }

    /// The schema, with its `$id` and title.
    pub fn schema(&self) -> Schema {
        let mut schema = (self.generate)();
        schema.insert("$id".to_owned(), self.id().into());
        schema.insert("title".to_owned(), self.title.into());
        schema
    }

    /// The schema file: pretty JSON with a closing newline.
    ///
    /// # Errors
    ///
    /// Never in practice; a [`serde_json::Error`] is passed on if printing fails.
    pub fn file(&self) -> Result<SchemaFile, serde_json::Error> {
        let mut contents = serde_json::to_string_pretty(&self.schema())?;
        contents.push('\n');
        Ok(SchemaFile {
            name: self.name,
            file_name: self.file_name(),
            contents,
        })
    }
}

/// One schema file: its NAME, its file name and its pretty-printed JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SchemaFile {
    /// The schema's NAME (`organization`).
    pub name: &'static str,
    /// The file name (`organization.schema.json`).
    pub file_name: String,
    /// The schema as pretty JSON with a closing newline.
    pub contents: String,
}

/// The schema of one type, JSON Schema draft 2020-12, as documents are read (the
/// deserialization contract), without `$id`. Descriptions are the doc comments as
/// plain text: code examples left out, links to Rust items written as their names,
/// lines joined into paragraphs.
pub fn schema_of<T: JsonSchema>() -> Schema {
    let schema = SchemaGenerator::new(SchemaSettings::draft2020_12()).into_root_schema_for::<T>();
    let mut value = schema.to_value();
    tidy_descriptions(&mut value);
    Schema::try_from(value).unwrap_or_else(|_| {
        SchemaGenerator::new(SchemaSettings::draft2020_12()).into_root_schema_for::<T>()
    })
}

/// Makes every `description` in a schema plain text (see [`schema_of`]).
fn tidy_descriptions(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(text) if key == "description" => {
                        *text = plain_text(text);
                    }
                    _ => tidy_descriptions(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy_descriptions),
        _ => {}
    }
}

/// A doc comment as plain text: fenced code blocks dropped, intra-doc links
/// (``[`Policy`](crate::policy::Policy)``, ``[`Policy`]``) reduced to their text, and the
/// lines of each paragraph joined (list items keep their own line).
fn plain_text(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_code = false;
    for line in doc.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if trimmed.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            let item = trimmed.starts_with("- ") || trimmed.starts_with("* ");
            current.push(if item { '\n' } else { ' ' });
        }
        current.push_str(trimmed);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    unlink(&paragraphs.join("\n\n"))
}

/// ``[`x`](target)`` and ``[`x`]`` become `` `x` ``; web links `[text](https://...)` and
/// other brackets stay.
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(close) = after.find("`]") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..close + 1];
        let tail = &after[close + 2..];
        if inner.contains('[') {
            // Not a link (a TOML table header such as `[[groups]]` inside backticks).
            out.push_str("[`");
            rest = &rest[start + 2..];
            continue;
        }
        out.push_str(inner);
        rest = match tail.strip_prefix('(') {
            Some(target) => match target.find(')') {
                Some(end) if !target[..end].contains(' ') && !target.starts_with("http") => {
                    &target[end + 1..]
                }
                _ => tail,
            },
            None => tail,
        };
    }
    out.push_str(rest);
    out
}

/// The published schema named `name` (`organization`, `policy`, ...).
pub fn find(name: &str) -> Option<&'static Published> {
    PUBLISHED.iter().find(|p| p.name == name)
}

/// Every schema file this crate publishes (see [`PUBLISHED`]).
///
/// # Errors
///
/// Never in practice; a [`serde_json::Error`] is passed on if printing fails.
pub fn all() -> Result<Vec<SchemaFile>, serde_json::Error> {
    PUBLISHED.iter().map(Published::file).collect()
}

/// The schema of the file `rulebook elect --patch` writes: an RFC 6902 JSON Patch, an
/// array of operations applied in order to the organization document the election was
/// run on. The election writes `add` operations (a sitting term's `end`, a post's
/// `seats`, each new term appended with the path `/terms/-`); the schema admits the six
/// operations of RFC 6902 §4.
pub fn elect_patch_schema() -> Schema {
    schemars::json_schema!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": "The changes an election makes to the organization document it was run on, as an RFC 6902 JSON Patch: an array of operations applied in order. `rulebook elect` writes `add` operations (a sitting term's `end`, a post's `seats`, each new term appended at `/terms/-`).",
        "type": "array",
        "items": { "$ref": "#/$defs/Operation" },
        "$defs": {
            "Operation": {
                "description": "One operation (RFC 6902 §4).",
                "oneOf": [
                    op("add", "Adds a value, or sets an object member (RFC 6902 §4.1).", &["value"]),
                    op("remove", "Removes the value at `path` (§4.2).", &[]),
                    op("replace", "Replaces the value at `path` (§4.3).", &["value"]),
                    op("move", "Moves the value at `from` to `path` (§4.4).", &["from"]),
                    op("copy", "Copies the value at `from` to `path` (§4.5).", &["from"]),
                    op("test", "Checks that the value at `path` equals `value` (§4.6).", &["value"]),
                ]
            },
            "JsonPointer": {
                "description": "An RFC 6901 JSON Pointer into the document (`/terms/3/end`; `-` names the end of an array).",
                "type": "string",
                "pattern": "^(/([^~/]|~[01])*)*$"
            }
        }
    })
}

/// The schema of one JSON Patch operation with the members it needs besides `op` and
/// `path`.
fn op(name: &str, description: &str, needs: &[&str]) -> serde_json::Value {
    let mut properties = serde_json::Map::new();
    properties.insert("op".into(), serde_json::json!({ "const": name }));
    properties.insert(
        "path".into(),
        serde_json::json!({ "$ref": "#/$defs/JsonPointer" }),
    );
    let mut required = vec!["op", "path"];
    for &n in needs {
        let schema = if n == "from" {
            serde_json::json!({ "$ref": "#/$defs/JsonPointer" })
        } else {
            serde_json::json!({ "description": "Any JSON value." })
        };
        properties.insert(n.into(), schema);
        required.push(n);
    }
    serde_json::json!({
        "description": description,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_plain_text() {
        let doc = "A selector, see [`Selector`](crate::policy::Selector) or\n[`Policy`].\n\n```\nlet x = 1;\n```\n\n- one\n- two\n\nSee [the act](https://example.org/act) and `[[groups]]`.";
        assert_eq!(
            plain_text(doc),
            "A selector, see `Selector` or `Policy`.\n\n- one\n- two\n\nSee [the act](https://example.org/act) and `[[groups]]`."
        );
    }

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for p in PUBLISHED {
            assert!(seen.insert(p.name()), "{} published twice", p.name());
            assert!(
                p.name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                p.name()
            );
        }
    }

    #[test]
    fn every_schema_has_id_title_and_description() {
        for p in PUBLISHED {
            let s = p.schema();
            assert_eq!(s.get("$id").and_then(|v| v.as_str()), Some(p.id().as_str()));
            assert_eq!(s.get("title").and_then(|v| v.as_str()), Some(p.title()));
            assert!(
                s.get("description")
                    .and_then(|v| v.as_str())
                    .is_some_and(|d| !d.is_empty()),
                "{} has no description",
                p.name()
            );
        }
    }
}

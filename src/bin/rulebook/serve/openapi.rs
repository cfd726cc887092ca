//! `GET /api/v1/openapi.json`: an OpenAPI 3.1 description of the API, assembled from
//! the crate's published JSON Schemas ([`union_rulebook::schema::PUBLISHED`]) and the
//! commands' own options (their clap definitions: names, help, possible values,
//! defaults), so it cannot drift from what the endpoints read.
//!
//! Each published schema becomes `components/schemas/NAME`, its `$defs` become
//! `components/schemas/NAME.DEF` (references rewritten), without `$id` and `$schema`
//! (a component's references resolve against the OpenAPI document).

use clap::ArgAction;
use serde_json::{Map, Value, json};

use super::api::{self, Role, Sort};

/// One endpoint: its path under `/api/v1`, what it does, its inputs, its query
/// parameters, and the schemas of its JSON answers.
pub(crate) struct Endpoint {
    /// The path (`/explain`).
    pub(crate) path: &'static str,
    /// The command it runs, for the summary.
    pub(crate) command: &'static str,
    /// What it does.
    pub(crate) about: &'static str,
    /// Its inputs.
    pub(crate) roles: &'static [Role],
    /// Its query parameters (the command's options).
    pub(crate) parameters: fn() -> Vec<clap::Arg>,
    /// The schemas of a 200 JSON answer (by `format` and options).
    pub(crate) reports: &'static [&'static str],
}

/// Every POST endpoint.
pub(crate) const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        path: "/validate",
        command: "rulebook validate",
        about: "Checks a union document and reports every finding (exit 1: errors found).",
        roles: api::VALIDATE,
        parameters: api::parameters::<crate::validate::ValidateOptions>,
        reports: &["validation-report"],
    },
    Endpoint {
        path: "/audit",
        command: "rulebook audit",
        about: "Audits every body of an organization against a representation policy (exit 1: binding rules broken).",
        roles: api::AUDIT,
        parameters: api::parameters::<crate::audit::AuditOptions>,
        reports: &["audit-report"],
    },
    Endpoint {
        path: "/explain",
        command: "rulebook policy explain",
        about: "For each rule, what it requires for each body size (with clause=true: the rules as statute clauses).",
        roles: api::EXPLAIN,
        parameters: api::parameters::<crate::policy::ExplainOptions>,
        reports: &["explain-report", "clause-report"],
    },
    Endpoint {
        path: "/check-list",
        command: "rulebook policy check-list",
        about: "Checks a candidate list against the policy's order and list rules (exit 1: rules broken).",
        roles: api::CHECK_LIST,
        parameters: api::parameters::<crate::policy::CheckListOptions>,
        reports: &["check-list-report"],
    },
    Endpoint {
        path: "/tally",
        command: "rulebook tally",
        about: "Counts an election from its ballots.",
        roles: api::TALLY,
        parameters: api::parameters::<crate::tally::TallyOptions>,
        reports: &[
            "tally-report",
            "universal-tabulator",
            "universal-tabulator-winners",
        ],
    },
    Endpoint {
        path: "/apportion",
        command: "rulebook apportion",
        about: "Apportions seats among units in proportion to their weights.",
        roles: api::APPORTION,
        parameters: api::parameters::<crate::apportion::ApportionOptions>,
        reports: &["apportion-report"],
    },
    Endpoint {
        path: "/decide",
        command: "rulebook decide",
        about: "Decides a motion: quorum, majority and the numbers that decided it (votes that cannot be counted: 400 votes-not-counted, the decide-errors report in details).",
        roles: api::DECIDE,
        parameters: api::parameters::<crate::decide::DecideOptions>,
        reports: &["decide-report"],
    },
    Endpoint {
        path: "/elect",
        command: "rulebook elect",
        about: "Runs an election held under a rule of the document: eligibility, count, policy consequences and new terms (exit 1: a binding rule left broken).",
        roles: api::ELECT,
        parameters: api::parameters::<crate::elect::ElectOptions>,
        reports: &["elect-report"],
    },
];

/// The components: every published schema, its `$defs` hoisted.
fn components() -> Map<String, Value> {
    let mut out = Map::new();
    for p in union_rulebook::schema::PUBLISHED {
        let mut schema = p.schema().to_value();
        let name = p.name();
        if let Value::Object(map) = &mut schema {
            map.remove("$id");
            map.remove("$schema");
            if let Some(Value::Object(defs)) = map.remove("$defs") {
                for (def, mut value) in defs {
                    rewrite_refs(&mut value, name);
                    out.insert(format!("{name}.{def}"), value);
                }
            }
        }
        rewrite_refs(&mut schema, name);
        out.insert(name.to_string(), schema);
    }
    out
}

/// `#/$defs/D` becomes `#/components/schemas/NAME.D`, and `#` the schema itself.
fn rewrite_refs(value: &mut Value, name: &str) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if k == "$ref"
                    && let Value::String(r) = v
                {
                    if let Some(def) = r.strip_prefix("#/$defs/") {
                        *r = format!("#/components/schemas/{name}.{def}");
                    } else if r == "#" {
                        *r = format!("#/components/schemas/{name}");
                    }
                } else {
                    rewrite_refs(v, name);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_refs(v, name)),
        _ => {}
    }
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The schema of an input's part: the published schema for a document, policy or
/// motion; text otherwise.
fn input_schema(role: &Role) -> Value {
    match (role.sort, role.name) {
        (Sort::Document, "document") => schema_ref("organization"),
        (Sort::Document, "policy") => schema_ref("policy"),
        (Sort::Document, "motion") => schema_ref("motion"),
        _ => json!({ "type": "string", "description": role.about }),
    }
}

/// The request body: the first input alone (JSON, TOML, CSV or text), or every input
/// as a multipart part.
fn request_body(e: &Endpoint) -> Value {
    let mut content = Map::new();
    if let Some(first) = e.roles.first() {
        let types: &[&str] = match first.sort {
            Sort::Document => &["application/json", "application/toml"],
            Sort::Csv => &["text/csv"],
            Sort::Ballots => &["text/plain", "text/csv", "application/json"],
        };
        for t in types {
            let schema = if *t == "application/json" && first.sort == Sort::Document {
                input_schema(first)
            } else {
                json!({ "type": "string", "description": first.about })
            };
            content.insert((*t).to_string(), json!({ "schema": schema }));
        }
    }
    let mut properties = Map::new();
    for r in e.roles {
        properties.insert(
            r.name.to_string(),
            json!({ "type": "string", "format": "binary", "description": r.about }),
        );
    }
    let required: Vec<&str> = e
        .roles
        .iter()
        .filter(|r| r.required)
        .map(|r| r.name)
        .collect();
    content.insert(
        "multipart/form-data".to_string(),
        json!({ "schema": { "type": "object", "properties": properties, "required": required } }),
    );
    json!({
        "required": true,
        "description": "The first input as the body, or every input as a multipart part named as the input; a part's file name extension (.json, .toml, .csv, .blt, .soi, ...) says its format as a file's does in the CLI.",
        "content": content,
    })
}

/// The query parameters: the command's options, as its parser reads them, and `lang`.
fn parameters(e: &Endpoint) -> Vec<Value> {
    let mut out = Vec::new();
    for arg in (e.parameters)() {
        let id = arg.get_id().as_str().to_string();
        let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
        let flag = matches!(arg.get_action(), ArgAction::SetTrue);
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        let mut schema = if flag {
            json!({ "type": "boolean", "default": false })
        } else if !values.is_empty() {
            json!({ "type": "string", "enum": values })
        } else {
            json!({ "type": "string" })
        };
        if id == "format" {
            schema["default"] = json!("json");
        } else if let Some(d) = arg.get_default_values().first() {
            schema["default"] = json!(d.to_string_lossy());
        }
        out.push(json!({
            "name": id,
            "in": "query",
            "required": arg.is_required_set(),
            "description": help,
            "schema": schema,
        }));
    }
    out.push(json!({
        "name": "lang",
        "in": "query",
        "required": false,
        "description": "The language of messages and reports (en or id); else Accept-Language, else en.",
        "schema": { "type": "string", "enum": ["en", "id"] },
    }));
    out
}

fn error_response(what: &str) -> Value {
    json!({
        "description": what,
        "content": { "application/json": { "schema": schema_ref("api-error") } },
    })
}

fn operation(e: &Endpoint) -> Value {
    let reports: Vec<Value> = e.reports.iter().map(|r| schema_ref(r)).collect();
    let json_schema = if reports.len() == 1 {
        reports[0].clone()
    } else {
        json!({ "oneOf": reports })
    };
    json!({
        "summary": format!("{} ({})", e.about, e.command),
        "operationId": e.path.trim_start_matches('/'),
        "parameters": parameters(e),
        "requestBody": request_body(e),
        "responses": {
            "200": {
                "description": "The command's report, as it prints it with --format json (or text, html); X-Rulebook-Exit is its exit code.",
                "headers": {
                    "X-Rulebook-Exit": {
                        "description": "The CLI's exit code: 0, or 1 when rules are broken.",
                        "schema": { "type": "integer", "enum": [0, 1] },
                    },
                },
                "content": {
                    "application/json": { "schema": json_schema },
                    "text/html": { "schema": { "type": "string" } },
                    "text/plain": { "schema": { "type": "string" } },
                },
            },
            "400": error_response("Bad input or parameters (X-Rulebook-Exit: 2)."),
            "408": error_response("The request took longer than the time limit."),
            "413": error_response("The body is over the size limit."),
        },
    })
}

/// The OpenAPI 3.1 document.
pub(crate) fn document() -> Value {
    let mut paths = Map::new();
    for e in ENDPOINTS {
        paths.insert(
            format!("/api/v1{}", e.path),
            json!({ "post": operation(e) }),
        );
    }
    paths.insert(
        "/api/v1/openapi.json".to_string(),
        json!({ "get": {
            "summary": "This description.",
            "operationId": "openapi",
            "responses": { "200": {
                "description": "The OpenAPI 3.1 document.",
                "content": { "application/json": { "schema": { "type": "object" } } },
            } },
        } }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "union-rulebook local API (rulebook serve)",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The rulebook commands over HTTP: each endpoint takes the command's inputs in the body and its options as query parameters, and answers what the command prints.",
        },
        "servers": [{ "url": "/" }],
        "paths": paths,
        "components": { "schemas": components() },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt as _;

    #[test]
    fn the_document_describes_every_route_of_the_router_and_only_those() {
        let doc = document();
        let mut described: Vec<(String, String)> = Vec::new();
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for method in item.as_object().into_iter().flatten().map(|(m, _)| m) {
                described.push((path.clone(), method.clone()));
            }
        }
        let mut routed: Vec<(String, String)> = api::ROUTES
            .iter()
            .map(|(p, m)| ((*p).to_string(), (*m).to_string()))
            .collect();
        described.sort();
        routed.sort();
        assert_eq!(described, routed);
    }

    #[tokio::test]
    async fn every_listed_route_is_served_by_the_router() {
        let app = super::super::router(
            super::super::AppState { max_body: 1 << 20 },
            std::time::Duration::from_secs(10),
            4,
        );
        for (path, method) in api::ROUTES {
            let req = Request::builder()
                .method(method.to_ascii_uppercase().as_str())
                .uri(*path)
                .body(Body::empty());
            let Ok(req) = req else {
                panic!("a request for {path}")
            };
            let Ok(r) = app.clone().oneshot(req).await;
            assert!(
                ![StatusCode::NOT_FOUND, StatusCode::METHOD_NOT_ALLOWED].contains(&r.status()),
                "{method} {path}: {}",
                r.status()
            );
        }
    }

    #[test]
    fn every_ref_of_a_component_is_rewritten_into_the_components() {
        let doc = document();
        let text = doc.to_string();
        assert!(!text.contains("\"#/$defs/"), "a $defs reference was left");
        assert!(doc["components"]["schemas"]["api-error.ApiErrorLocation"].is_object());
    }
}

//! The integration tests: one binary, a module per area.

// Test code may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod apportionment;
mod biproportional_table;
mod blt;
mod calendar_events;
#[cfg(feature = "cli")]
mod cli_faults;
mod common;
mod conditions;
mod constrained;
mod constrained_stv;
#[cfg(feature = "cli")]
mod contract;
mod decision;
mod decision_scale;
mod elect;
#[cfg(feature = "cli")]
mod elect_cli;
#[cfg(feature = "cli")]
mod elect_lists;
mod elect_patch;
mod election_rules;
mod escapes;
mod formats_props;
mod fractional_weights;
mod hostile;
#[cfg(feature = "cli")]
mod hostile_repro;
#[cfg(feature = "html")]
mod html_browser;
#[cfg(feature = "html")]
mod html_reports;
mod i18n;
mod i18n_count;
#[cfg(feature = "cli")]
mod i18n_examples;
mod i18n_interchange;
mod interchange_convert;
mod interchange_members;
mod interchange_openslides;
mod interchange_popolo;
mod interchange_ut;
mod list_pr;
#[cfg(feature = "cli")]
mod lists_cli;
mod model;
mod one_type;
mod policy;
mod policy_audit;
mod policy_props;
mod preflib;
mod quotas;
mod readers_props;
#[cfg(feature = "cli")]
mod readme;
mod schemas;
mod seat_plans;
#[cfg(feature = "serve")]
mod serve_api;
#[cfg(feature = "serve")]
mod serve_browser;
#[cfg(feature = "serve")]
mod serve_page;
mod simple;
mod statutes_law;
mod streaming;
mod stv;
#[cfg(feature = "cli")]
mod stv_cli;
#[cfg(feature = "cli")]
mod tally_cli;
#[cfg(feature = "cli")]
mod tally_list;
#[cfg(feature = "cli")]
mod ties_lines;
mod two_round_runoff;
mod vocab;

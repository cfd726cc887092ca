//! The Universal Tabulator summary: what we write meets the format's published schema
//! (rcvformats' universaltabulator.schema.json) and agrees with our transcript to the
//! last decimal; the format's sample summaries are read for their winners.

use std::path::{Path, PathBuf};

use union_rulebook::election::{self, Method, TallyReport, TieBreak, Votes, blt};
use union_rulebook::interchange::universal_tabulator::{
    Decimal, EXHAUSTED, RESIDUAL_SURPLUS, Summary,
};

use crate::common::{example_data, shared_data};

fn ut_dir() -> PathBuf {
    shared_data().join("interchange/universal-tabulator")
}

/// The format's own schema (draft-07), as rcvformats publishes it.
fn ut_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(ut_dir().join("universaltabulator.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn assert_valid(v: &jsonschema::Validator, value: &serde_json::Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

/// The count of a BLT file by `method` (IRV for one seat, whatever the file says).
fn count(path: &Path, method: &str) -> TallyReport {
    let mut e = blt::read_election(&std::fs::read(path).unwrap()).unwrap();
    if method == "irv" {
        e.seats = 1;
    }
    let m = Method::from_name(method).unwrap();
    election::tally(&e, &m, &TieBreak::Backward { seed: Some(1) }, None)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn votes(d: &Decimal) -> Votes {
    d.to_votes().unwrap()
}

/// `a - b` exactly, both with the same places.
fn sub(a: Votes, b: Votes) -> Votes {
    assert_eq!(a.places(), b.places());
    Votes::from_raw(a.raw() - b.raw(), a.places())
}

fn sum(vs: impl IntoIterator<Item = Votes>, places: u8) -> Votes {
    Votes::from_raw(
        vs.into_iter()
            .map(|v| {
                assert_eq!(v.places(), places);
                v.raw()
            })
            .sum(),
        places,
    )
}

/// The wards and elections the checks run on: the bundled examples and a sample of
/// the Scottish council wards of 2017 and 2012.
fn ballot_files() -> Vec<PathBuf> {
    let mut files = vec![example_data("ward.blt"), example_data("board.blt")];
    let dir = shared_data().join("scotland-stv/blt-original/8_cands");
    let mut wards: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "blt"))
        .collect();
    wards.sort();
    files.extend(wards.into_iter().take(8));
    files.push(shared_data().join("stv-rs-testdata/ballots/vegetables.blt"));
    files
}

/// Checks one summary against the transcript it was written from: every round's tally
/// is the stage's totals, written the same; a candidate leaves after their
/// elimination; the transfers of a surplus or an exclusion add up, to the last
/// decimal, to what the source lost (for methods that move one source at a time).
fn check_against_transcript(report: &TallyReport, s: &Summary, what: &str) {
    assert_eq!(s.results.len(), report.stages.len(), "{what}");
    let one_source = report.method != "meek";
    for (r, stage) in s.results.iter().zip(&report.stages) {
        // Every name in the tally has the transcript's total, as a string.
        for (name, d) in &r.tally.0 {
            let c = report
                .candidates
                .iter()
                .find(|c| &c.name == name)
                .unwrap_or_else(|| panic!("{what}: {name} is not a candidate"));
            assert_eq!(
                d.as_str(),
                stage.votes[c.candidate as usize].to_string(),
                "{what}, round {}",
                r.round
            );
        }
        // Conservation: the candidates in the tally plus the exhausted and the loss
        // so far add up to the same total in every round (the eliminated hold 0).
        let places = stage.non_transferable.places();
        let total = sum(
            r.tally
                .0
                .iter()
                .map(|(_, d)| votes(d))
                .chain([stage.non_transferable, stage.loss]),
            places,
        );
        let first = &report.stages[0];
        let poll = sum(
            first
                .votes
                .iter()
                .copied()
                .chain([first.non_transferable, first.loss]),
            places,
        );
        if r.round > 1 {
            assert_eq!(total, poll, "{what}, round {}", r.round);
        }
        let Some(next) = s.results.get(r.round as usize) else {
            continue;
        };
        for t in &r.tally_results {
            if t.transfers.is_empty() || !one_source {
                continue;
            }
            let source = t.event.name();
            let before = votes(r.tally.get(source).unwrap());
            let after = next
                .tally
                .get(source)
                .map_or(Votes::from_raw(0, places), votes);
            let moved = sum(t.transfers.0.iter().map(|(_, d)| votes(d)), places);
            assert_eq!(moved, sub(before, after), "{what}, round {}", r.round);
            for (name, _) in &t.transfers.0 {
                assert!(
                    name == EXHAUSTED || name == RESIDUAL_SURPLUS || next.tally.get(name).is_some(),
                    "{what}: {name} receives votes but is not in the next round"
                );
            }
        }
    }
}

#[test]
fn summaries_of_irv_and_every_stv_method_meet_the_published_schema_and_the_transcript() {
    let validator = ut_validator();
    let mut written = 0;
    for file in ballot_files() {
        for method in ["scottish-stv", "meek", "wigm", "irv"] {
            let report = count(&file, method);
            let what = format!("{} by {method}", file.display());
            let s = Summary::from_report(&report, "contest").unwrap();
            let json = serde_json::to_value(&s).unwrap();
            assert_valid(&validator, &json, &what);
            check_against_transcript(&report, &s, &what);
            // The winners read back are ours, in our order of election (every
            // elected candidate is listed once, in election order, for these counts).
            let winners: Vec<String> = s.winners().elected.into_iter().map(|w| w.name).collect();
            let ours: Vec<String> = report.elected.iter().map(|e| e.name.clone()).collect();
            let mut sorted_w = winners.clone();
            sorted_w.sort();
            let mut sorted_o = ours.clone();
            sorted_o.sort();
            assert_eq!(sorted_w, sorted_o, "{what}");
            // And it reads back as the same summary.
            let back = Summary::from_json_str(&serde_json::to_string(&s).unwrap()).unwrap();
            assert_eq!(back, s, "{what}");
            written += 1;
        }
    }
    assert!(written >= 40);
}

/// North Lanarkshire 2017 ward 11: the official result elects Carragher and Castles
/// at stage 1, MacGregor at stage 2 and Encinias at stage 8 (candidates 3, 4, 7, 5).
#[test]
fn the_summary_of_north_lanarkshire_2017_ward_11_lists_the_official_winners_in_order() {
    let file =
        shared_data().join("scotland-stv/blt-original/8_cands/north_lanarkshire_2017_ward11.blt");
    let report = count(&file, "scottish-stv");
    let s = Summary::from_report(&report, "x").unwrap();
    let e = blt::read_election(&std::fs::read(&file).unwrap()).unwrap();
    let official: Vec<String> = [3, 4, 7, 5]
        .iter()
        .map(|&n: &usize| e.candidates[n - 1].name.clone())
        .collect();
    let winners: Vec<String> = s.winners().elected.into_iter().map(|w| w.name).collect();
    assert_eq!(winners, official);
    assert_eq!(
        s.config.threshold.as_ref().map(Decimal::as_str),
        report.quota.map(|q| q.to_string()).as_deref()
    );
}

/// The three sample summaries of rcvformats: read, with the winners each lists
/// (read off the files by hand).
#[test]
fn the_sample_summaries_are_read_with_their_winners() {
    let cases: [(&str, &[&str], u32); 3] = [
        ("simple.json", &["Blackberry"], 3),
        ("one-round.json", &["Won"], 1),
        (
            "macomb-multiwinner.json",
            &["Harvey Curley", "Larry Edwards"],
            5,
        ),
    ];
    let validator = ut_validator();
    for (file, winners, rounds) in cases {
        let text = std::fs::read_to_string(ut_dir().join(file)).unwrap();
        let s = Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let w = s.winners();
        let names: Vec<&str> = w.elected.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, winners, "{file}");
        assert_eq!(w.rounds, rounds, "{file}");
        // Written back, it still meets the format's schema, with every number a string.
        let json = serde_json::to_value(&s).unwrap();
        assert_valid(&validator, &json, file);
    }
    // Numbers written as JSON numbers read as their decimals, exactly.
    let simple =
        Summary::from_json_str(&std::fs::read_to_string(ut_dir().join("simple.json")).unwrap())
            .unwrap();
    assert_eq!(
        simple.results[0].tally.get("Vanilla").map(Decimal::as_str),
        Some("500")
    );
    let macomb = Summary::from_json_str(
        &std::fs::read_to_string(ut_dir().join("macomb-multiwinner.json")).unwrap(),
    )
    .unwrap();
    let t = &macomb.results[3].tally_results[0].transfers;
    assert_eq!(t.get(EXHAUSTED).map(Decimal::as_str), Some("0.3040"));
    assert_eq!(t.get(RESIDUAL_SURPLUS).map(Decimal::as_str), Some("0.0160"));
}

#[test]
fn a_summary_with_a_bad_number_is_refused_where_it_is() {
    let text = "{\"config\": {\"contest\": \"c\"},\n \"results\": [{\"round\": 1, \"tally\": {\"A\": \"-3\"}, \"tallyResults\": []}]}";
    let err = Summary::from_json_str(text).unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert_eq!(err.path().to_string(), "$.results[0].tally.A");
    assert!(err.message().contains("\"-3\""), "{err}");
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use crate::common::rulebook;

    #[test]
    fn tally_reads_the_sample_summaries_and_prints_their_winners() {
        let f = ut_dir().join("macomb-multiwinner.json");
        let (code, out, err) = rulebook(&["tally", f.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("1. Harvey Curley (round 2)"), "{out}");
        assert!(out.contains("2. Larry Edwards (round 4)"), "{out}");
        let (code, out, _) = rulebook(&["tally", f.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["elected"][1]["name"], "Larry Edwards");
        assert_eq!(v["threshold"], "134");
    }

    #[test]
    fn tally_writes_a_summary_that_meets_the_format_schema() {
        let f = example_data("ward.blt");
        let (code, out, err) = rulebook(&[
            "tally",
            f.to_str().unwrap(),
            "--method",
            "scottish-stv",
            "--format",
            "universal-tabulator",
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_valid(&ut_validator(), &v, "ward.blt");
        assert_eq!(v["config"]["threshold"], "2183.00000");
        let (code, _, err) = rulebook(&[
            "tally",
            f.to_str().unwrap(),
            "--method",
            "plurality",
            "--format",
            "universal-tabulator",
        ]);
        assert_eq!(code, 2);
        assert!(
            err.contains("method plurality cannot be written as a universal tabulator summary"),
            "{err}"
        );
    }

    #[test]
    fn tally_of_a_ballot_file_without_a_method_says_what_to_give() {
        let f = example_data("ward.blt");
        let (code, _, err) = rulebook(&["tally", f.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("give --method NAME"), "{err}");
    }
}

/// What the CLI prints for the interchange commands is the library's value, reads
/// back, and meets its published schema (as `contract.rs` checks for the reports).
#[cfg(feature = "cli")]
mod contract {
    use super::*;
    use crate::common::rulebook;

    fn published(name: &str) -> jsonschema::Validator {
        let p = union_rulebook::schema::find(name).unwrap();
        jsonschema::validator_for(&serde_json::to_value(p.schema()).unwrap()).unwrap()
    }

    #[test]
    fn the_summary_and_the_winners_printed_are_the_library_s_and_meet_their_schemas() {
        let f = example_data("ward.blt");
        let (code, out, err) = rulebook(&[
            "tally",
            f.to_str().unwrap(),
            "--method",
            "scottish-stv",
            "--format",
            "universal-tabulator",
        ]);
        assert_eq!(code, 0, "{err}");
        let report = count(&f, "scottish-stv");
        let library = Summary::from_report(&report, "ward").unwrap();
        assert_eq!(
            out,
            format!("{}\n", serde_json::to_string_pretty(&library).unwrap())
        );
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_valid(&published("universal-tabulator"), &value, "summary");
        let sample = ut_dir().join("macomb-multiwinner.json");
        let (_, out, _) = rulebook(&["tally", sample.to_str().unwrap(), "--format", "json"]);
        let text = std::fs::read_to_string(&sample).unwrap();
        let winners = Summary::from_json_str(&text).unwrap().winners();
        assert_eq!(
            out,
            format!("{}\n", serde_json::to_string_pretty(&winners).unwrap())
        );
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_valid(&published("universal-tabulator-winners"), &value, "winners");
        // The samples themselves meet our schema of the format.
        for file in ["simple.json", "one-round.json", "macomb-multiwinner.json"] {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(ut_dir().join(file)).unwrap())
                    .unwrap();
            assert_valid(&published("universal-tabulator"), &v, file);
        }
    }
}

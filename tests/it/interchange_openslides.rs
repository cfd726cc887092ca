//! OpenSlides: the participant-import CSV written for a body's post holders, and read
//! back as a motion's delegates.

use chrono::NaiveDate;
use union_rulebook::decision::{self, Motion};
use union_rulebook::interchange::openslides::{
    self, COLUMNS, ParticipantOptions, participants, read_delegates_csv, write_csv,
};
use union_rulebook::model::{BodyId, Organization};

use crate::common::example_data;

fn spn() -> Organization {
    Organization::from_json_str(&std::fs::read_to_string(example_data("spn.json")).unwrap())
        .unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The columns are OpenSlides' own names (the interchange README's list).
#[test]
fn the_columns_are_openslides_participant_import_columns() {
    let openslides = [
        "title",
        "first_name",
        "last_name",
        "email",
        "member_number",
        "structure_level",
        "groups",
        "number",
        "vote_weight",
        "gender",
        "pronoun",
        "is_active",
        "is_physical_person",
        "is_present",
        "comment",
        "username",
        "default_password",
    ];
    for c in COLUMNS {
        assert!(openslides.contains(c), "{c}");
    }
}

#[test]
fn the_congress_is_written_one_row_per_delegate_with_openslides_values() {
    let doc = spn();
    let body = BodyId::new("spn/kongres").unwrap();
    let as_of = day(2026, 1, 1);
    let mut options = ParticipantOptions::new(as_of);
    options.include_personal = true;
    options.card_votes = true;
    let rows = participants(&doc, &body, &options).unwrap();
    // The holders of the congress's posts on that day, counted from the document.
    let posts: Vec<_> = doc
        .bodies
        .iter()
        .find(|b| b.id == body)
        .unwrap()
        .posts
        .iter()
        .map(|p| &p.id)
        .collect();
    let mut holders: Vec<_> = doc
        .terms
        .iter()
        .filter(|t| posts.contains(&&t.post) && t.active_on(as_of))
        .map(|t| t.person.as_str())
        .collect();
    holders.sort();
    holders.dedup();
    assert!(!holders.is_empty());
    assert_eq!(rows.len(), holders.len());
    let csv = write_csv(&rows).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), COLUMNS.join(","));
    for r in &rows {
        assert!(
            ["male", "female", "diverse", "non-binary", ""].contains(&r.gender.as_str()),
            "{r:?}"
        );
        let (whole, frac) = r.vote_weight.split_once('.').unwrap();
        assert!(
            whole.bytes().all(|b| b.is_ascii_digit()) && frac.len() == 6,
            "{r:?}"
        );
        assert!(!r.structure_level.is_empty(), "{r:?}");
    }
    // Without personal data: no names and no genders.
    let plain = participants(&doc, &body, &ParticipantOptions::new(as_of)).unwrap();
    assert!(
        plain
            .iter()
            .all(|r| r.last_name.is_empty() && r.gender.is_empty() && r.vote_weight == "1.000000")
    );
    // Read back as delegates: the ids and whole weights.
    let delegates = read_delegates_csv(&csv).unwrap();
    assert_eq!(delegates.len(), rows.len());
    assert_eq!(delegates[0].id, rows[0].member_number);
    assert_eq!(
        delegates[0].weight.to_string() + ".000000",
        rows[0].vote_weight
    );
}

/// Three delegates from a unit of 100 members each carry 100/3 votes, cut to
/// 33.333333 (worked by hand).
#[test]
fn card_votes_share_a_unit_s_members_among_its_delegates() {
    let doc = Organization::from_json_str(
        r#"{
      "name": "x",
      "levels": [{"id": "psp", "name": "PSP"}],
      "units": [{"id": "a", "name": "A", "level": "psp",
                 "membership_stats": [{"date": "2025-01-01", "total": 90, "groups": {}},
                                      {"date": "2025-12-31", "total": 100, "groups": {}},
                                      {"date": "2027-01-01", "total": 999, "groups": {}}]}],
      "bodies": [{"id": "k", "unit": "a", "kind": "congress", "name": "K",
                  "posts": [{"id": "k/d", "role": "delegate", "seats": 3}]}],
      "people": [{"id": "p1"}, {"id": "p2"}, {"id": "p3"}],
      "memberships": [{"person": "p1", "unit": "a", "start": "2020-01-01"},
                      {"person": "p2", "unit": "a", "start": "2020-01-01"},
                      {"person": "p3", "unit": "a", "start": "2020-01-01"}],
      "terms": [{"person": "p1", "post": "k/d", "start": "2026-01-01"},
                {"person": "p2", "post": "k/d", "start": "2026-01-01"},
                {"person": "p3", "post": "k/d", "start": "2026-01-01"}]
    }"#,
    )
    .unwrap();
    let mut options = ParticipantOptions::new(day(2026, 6, 1));
    options.card_votes = true;
    let rows = participants(&doc, &BodyId::new("k").unwrap(), &options).unwrap();
    let weights: Vec<&str> = rows.iter().map(|r| r.vote_weight.as_str()).collect();
    assert_eq!(weights, ["33.333333"; 3]);
    let err = participants(&doc, &BodyId::new("nope").unwrap(), &options).unwrap_err();
    assert_eq!(err.to_string(), "body nope is not in the document");
    assert!(matches!(
        err,
        openslides::OpenSlidesError::UnknownBody { .. }
    ));
}

/// The card-vote motion decided with its delegates from an OpenSlides CSV equals the
/// motion decided with its own list.
#[test]
fn a_motion_decided_with_delegates_from_an_openslides_csv_is_decided_the_same() {
    let text = std::fs::read_to_string(example_data("motion-card-vote.json")).unwrap();
    let motion: Motion = union_rulebook::read::from_json_str(&text).unwrap();
    let mut csv = String::from("username,member_number,vote_weight,is_active,is_present\n");
    for d in &motion.delegates {
        csv.push_str(&format!(
            "{0},{0},{1}.000000,{2},{3}\n",
            d.id,
            d.weight,
            u8::from(d.voting),
            if d.present { "true" } else { "false" }
        ));
    }
    let mut from_csv = motion.clone();
    from_csv.delegates = read_delegates_csv(&csv).unwrap();
    assert_eq!(from_csv.delegates, motion.delegates);
    assert_eq!(
        decision::decide(&from_csv).unwrap(),
        decision::decide(&motion).unwrap()
    );
}

#[test]
fn bad_delegate_rows_are_reported_with_line_and_column() {
    let err = read_delegates_csv("member_number,vote_weight\np-1,12\n,3\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 3, column member_number: empty delegate id: expected one"
    );
    let err = read_delegates_csv("Member_Number,Vote_Weight\np-1,-4\n").unwrap_err();
    assert_eq!((err.line, err.column.as_deref()), (2, Some("vote_weight")));
    let err = read_delegates_csv("first_name\nSari\n").unwrap_err();
    assert!(
        err.to_string()
            .contains("no member_number or username column"),
        "{err}"
    );
}

/// American Federation of Musicians v. Wittstein, 379 U.S. 171 (1964): a local's
/// votes, "equal to the local's membership", apportioned among its delegates. Local A
/// (1,000 members, 3 delegates: 2 yes, 1 no) and local B (300, 1 delegate: no), in
/// OpenSlides, which keeps each weight with 6 decimals: 333.333333 for each of A's
/// delegates. Worked by hand: yes 666.666666, rounded half up 667; no 633.333333,
/// 633; the exact weights (1000/3) give the same 667 and 633
/// (`examples/data/motion-split-local-vote.toml`).
#[test]
fn wittstein_afm_split_local_votes_read_from_openslides_six_place_weights_decide_as_the_exact_ones()
{
    let text = std::fs::read_to_string(example_data("motion-split-local-vote.toml")).unwrap();
    let motion: Motion = union_rulebook::read::from_toml_str(&text).unwrap();
    let csv = "username,member_number,vote_weight,is_active,is_present\n\
        local-a/1,local-a/1,333.333333,1,1\n\
        local-a/2,local-a/2,333.333333,1,1\n\
        local-a/3,local-a/3,333.333333,1,1\n\
        local-b/1,local-b/1,300.000000,1,1\n";
    let delegates = read_delegates_csv(csv).unwrap();
    assert_eq!(
        delegates[0].weight,
        decision::Weight::ratio(333_333_333, 1_000_000).unwrap()
    );
    assert_eq!(delegates[3].weight, decision::Weight::from(300));
    let mut from_csv = motion.clone();
    from_csv.delegates = delegates.clone();
    let (six, exact) = (
        decision::decide(&from_csv).unwrap(),
        decision::decide(&motion).unwrap(),
    );
    let votes = |d: &decision::Decision| {
        d.tally
            .options
            .iter()
            .map(|o| (o.option.clone(), o.votes))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        votes(&six),
        [("yes".to_string(), 667), ("no".to_string(), 633)]
    );
    assert_eq!(votes(&six), votes(&exact));
    assert_eq!(six.verdict, exact.verdict);
    // Written back for OpenSlides: the six-place weights as they were read ...
    let rows = openslides::delegate_rows(&delegates).unwrap();
    assert_eq!(rows[0].vote_weight, "333.333333");
    assert_eq!(rows[3].vote_weight, "300.000000");
    assert_eq!(
        read_delegates_csv(&write_csv(&rows).unwrap()).unwrap(),
        delegates
    );
    // ... while the exact 1000/3 cannot be written without losing a fraction of a vote.
    let err = openslides::delegate_rows(&motion.delegates).unwrap_err();
    assert_eq!(
        err.to_string(),
        "delegate local-a/1 has vote weight 1000/3, which 6 decimal places cannot hold exactly (333.333333 would lose a fraction of a vote): OpenSlides stores 6 places, so round it first as the statute says"
    );
}

#[test]
fn vote_weights_with_more_than_six_places_negative_or_not_decimal_are_refused_at_line_and_column() {
    for (cell, message) in [
        (
            "1.1234567",
            "vote weight \"1.1234567\" has 7 decimal places: OpenSlides stores at most 6",
        ),
        ("-4", "vote weight \"-4\" is negative: expected 0 or more"),
        (
            "-0.5",
            "vote weight \"-0.5\" is negative: expected 0 or more",
        ),
        (
            "1,5",
            "vote weight \"1,5\" is not a decimal number: expected digits, with at most 6 decimals after a point (120 or 333.333333)",
        ),
        (
            "1e3",
            "vote weight \"1e3\" is not a decimal number: expected digits, with at most 6 decimals after a point (120 or 333.333333)",
        ),
        (
            "99999999999999999999",
            "vote weight \"99999999999999999999\" is too large",
        ),
    ] {
        let csv = format!("member_number,vote_weight\np-1,2\n\"p-2\",\"{cell}\"\n");
        let err = read_delegates_csv(&csv).unwrap_err();
        assert_eq!(
            (err.line, err.column.as_deref(), err.message.as_str()),
            (3, Some("vote_weight"), message),
            "{cell}"
        );
    }
    // Six places, fewer, none, and spaces around: read exactly.
    let d = read_delegates_csv("member_number,vote_weight\na,0.000001\nb, 12.4 \nc,7.\n");
    assert!(d.is_err(), "7. has a point and no decimals");
    let d = read_delegates_csv("member_number,vote_weight\na,0.000001\nb, 12.4 \n").unwrap();
    assert_eq!(d[0].weight, decision::Weight::ratio(1, 1_000_000).unwrap());
    assert_eq!(d[1].weight.to_string(), "12.4");
}

proptest::proptest! {
    /// Any weight of at most 6 decimals, and any voting and presence, written for
    /// OpenSlides reads back as the same delegate.
    #[test]
    fn delegates_with_six_place_weights_round_trip_through_the_openslides_csv(
        weights in proptest::collection::vec((0u64..=u64::MAX / 1_000_000, 0u32..=6, proptest::bool::ANY, proptest::bool::ANY), 1..20)
    ) {
        let delegates: Vec<decision::Delegate> = weights
            .iter()
            .enumerate()
            .map(|(i, &(n, places, voting, present))| {
                let w = decision::Weight::ratio(n, 10u64.pow(places)).unwrap();
                serde_json::from_value(serde_json::json!({
                    "id": format!("d-{i}"), "weight": w, "voting": voting, "present": present
                }))
                .unwrap()
            })
            .collect();
        let rows = openslides::delegate_rows(&delegates).unwrap();
        proptest::prop_assert!(rows.iter().all(|r| r.vote_weight.split_once('.').is_some_and(|(_, f)| f.len() == 6)));
        let back = read_delegates_csv(&write_csv(&rows).unwrap()).unwrap();
        proptest::prop_assert_eq!(back, delegates);
    }
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use crate::common::{rulebook, scratch_dir};

    #[test]
    fn export_openslides_and_decide_with_its_delegates() {
        let dir = scratch_dir("openslides");
        let out = dir.join("kongres.csv");
        let doc = example_data("spn.json");
        let (code, _, err) = rulebook(&[
            "export",
            "openslides",
            doc.to_str().unwrap(),
            "--body",
            "spn/kongres",
            "--as-of",
            "2026-01-01",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let csv = std::fs::read_to_string(&out).unwrap();
        assert!(csv.starts_with("username,member_number,"));
        let (code, _, err) = rulebook(&[
            "export",
            "openslides",
            doc.to_str().unwrap(),
            "--body",
            "spn/none",
        ]);
        assert_eq!(code, 2);
        assert!(
            err.contains("body spn/none is not in the document"),
            "{err}"
        );

        let delegates = dir.join("delegates.csv");
        std::fs::write(
            &delegates,
            "member_number,vote_weight,is_present\ndpd-jabar,12400,1\ndpd-jateng,8100,1\ndpd-banten,6300,1\ndpd-jatim,4200,1\ndpd-sumut,2900,0\n",
        )
        .unwrap();
        let motion = example_data("motion-card-vote.json");
        let (code, with_csv, err) = rulebook(&[
            "decide",
            motion.to_str().unwrap(),
            "--delegates",
            delegates.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{err}");
        let (_, own, _) = rulebook(&["decide", motion.to_str().unwrap(), "--format", "json"]);
        assert_eq!(with_csv, own);
        std::fs::write(
            &delegates,
            "member_number,vote_weight\ndpd-jabar,1.1234567\n",
        )
        .unwrap();
        let (code, _, err) = rulebook(&[
            "decide",
            motion.to_str().unwrap(),
            "--delegates",
            delegates.to_str().unwrap(),
        ]);
        assert_eq!(code, 2);
        assert!(err.contains("line 2, column vote_weight"), "{err}");
    }
}

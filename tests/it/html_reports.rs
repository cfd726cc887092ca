//! The HTML reports (`union_rulebook::html`): every report of the bundled examples, in
//! both languages, parsed by an HTML5 parser (html5ever, through `scraper`): no parse
//! error, nothing loaded from anywhere (no script, no external URL), tables and charts
//! labelled; and the key figures in the DOM, taken from outside the code: the official
//! 2017 Scottish result, and figures worked by hand from the rules' texts and the
//! example files.

use chrono::NaiveDate;
use scraper::{ElementRef, Html, Selector};
use union_rulebook::decision::{self, Motion};
use union_rulebook::election::{
    self, RankedElection, TallyReport, TallySettings, blt,
    preflib::{self, PreflibKind},
};
use union_rulebook::election_rules::{ElectRequest, elect};
use union_rulebook::html;
use union_rulebook::i18n::{self, Lang};
use union_rulebook::model::Organization;
use union_rulebook::policy::{self, Policy};
use union_rulebook::validate::ValidationReport;

use crate::common::{GROUPS, example_data, shared_data};

/// One rendered page and the figures its DOM must hold.
pub struct Page {
    /// `tally-psp-election-scottish-stv`.
    pub name: String,
    pub lang: Lang,
    pub html: String,
    /// Texts the page's DOM must contain (key figures, in the page's language).
    pub expect: Vec<String>,
}

impl Page {
    /// `name-lang`, for file names and messages.
    pub fn file_stem(&self) -> String {
        format!("{}-{}", self.name, self.lang)
    }
}

fn read(name: &str) -> String {
    std::fs::read_to_string(example_data(name)).unwrap()
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// A decimal figure as the page's language writes it (a decimal comma in Indonesian).
fn dec(lang: Lang, figure: &str) -> String {
    match lang {
        Lang::En => figure.to_owned(),
        Lang::Id => figure.replace('.', ","),
    }
}

fn blt_file(path: &std::path::Path) -> blt::BltFile {
    blt::read(&std::fs::read(path).unwrap()).unwrap()
}

fn count(e: &RankedElection, method: &str, file_ties: Option<election::TieBreak>) -> TallyReport {
    let settings = TallySettings::new(method);
    election::tally(
        e,
        &settings.method().unwrap(),
        &settings.tie_break(file_ties),
        None,
    )
    .unwrap_or_else(|err| panic!("{method}: {err}"))
}

/// The official 2017 result of Torry/Ferryhill (Aberdeen, ward 12): seats, quota and
/// the elected, from `official-2017/scotland2017_official_winners.csv`.
pub struct Official {
    pub blt: std::path::PathBuf,
    pub seats: u32,
    pub quota: String,
    pub elected: Vec<String>,
}

pub fn official_torry_ferryhill() -> Official {
    let base = shared_data().join("scotland-stv");
    let csv = std::fs::read_to_string(base.join("official-2017/scotland2017_official_winners.csv"))
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[col("blt_strict_path")] == "2017/aberdeen_2017_ward12.blt")
        .expect("Torry/Ferryhill in the official results");
    Official {
        blt: base.join("blt-strict").join(&row[col("blt_strict_path")]),
        seats: row[col("seats")].parse().unwrap(),
        quota: row[col("quota")].to_owned(),
        elected: row[col("elected_names_in_order")]
            .split(';')
            .map(|n| n.trim().to_owned())
            .collect(),
    }
}

/// The seats and the women among the holders on 2026-01-01 of body `id` in
/// `examples/data/spn.json`, counted here from the file itself.
fn spn_body_women(id: &str) -> (usize, u64, u64) {
    let doc: serde_json::Value = serde_json::from_str(&read("spn.json")).unwrap();
    let bodies = doc["bodies"].as_array().unwrap();
    let index = bodies.iter().position(|b| b["id"] == id).unwrap();
    let posts = bodies[index]["posts"].as_array().unwrap();
    let seats: u64 = posts.iter().map(|p| p["seats"].as_u64().unwrap_or(1)).sum();
    let day = "2026-01-01";
    let women = doc["terms"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| posts.iter().any(|p| p["id"] == t["post"]))
        .filter(|t| t["start"].as_str().unwrap() <= day)
        .filter(|t| t["end"].as_str().is_none_or(|e| e >= day))
        .filter(|t| {
            doc["people"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["id"] == t["person"] && p["gender"] == "woman")
        })
        .count() as u64;
    (index, seats, women)
}

/// Every report of the bundled examples (README's example table) in `lang`, each with
/// its key figures. Reports are built inside `with_lang`, as the CLI builds them, so
/// that their messages are in the page's language too.
pub fn example_pages(lang: Lang) -> Vec<Page> {
    i18n::with_lang(lang, || build_pages(lang))
}

fn build_pages(lang: Lang) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut push = |name: &str, html: String, expect: Vec<String>| {
        pages.push(Page {
            name: name.to_owned(),
            lang,
            html,
            expect,
        })
    };

    // validate: README's example says spn.json has 9 errors, 0 warnings and 6 infos.
    let spn = Organization::from_json_str(&read("spn.json")).unwrap();
    let report = ValidationReport::new(&spn, as_of());
    push(
        "validate-spn",
        html::render_validation(&report, lang),
        vec!["(9)".into(), "(6)".into()],
    );
    for file in ["spn-clean.json", "psp-election.json"] {
        let doc = Organization::from_json_str(&read(file)).unwrap();
        let report = ValidationReport::new(&doc, as_of());
        push(
            &format!("validate-{}", file.trim_end_matches(".json")),
            html::render_validation(&report, lang),
            vec![],
        );
    }
    let contoh = Organization::from_toml_str(&read("psp-contoh.toml")).unwrap();
    push(
        "validate-psp-contoh",
        html::render_validation(&ValidationReport::new(&contoh, as_of()), lang),
        vec![],
    );

    // audit: spn/dpp counts 13 seats (its posts' seats in spn.json); 30% of 13 is 3.9,
    // rounded up (the rule's text) 4.
    let spn_policy = Policy::from_toml_str(&read("spn-policy.toml")).unwrap();
    let (_, seats, women) = spn_body_women("spn/dpp");
    assert_eq!(seats, 13);
    let report = policy::audit(&spn, &spn_policy, as_of());
    push(
        "audit-spn",
        html::render_audit(&report, lang),
        vec![
            "spn/dpp".into(),
            match lang {
                Lang::En => format!("{women} of 13; at least 4"),
                Lang::Id => format!("{women} dari 13; sekurang-kurangnya 4"),
            },
        ],
    );
    let clean = Organization::from_json_str(&read("spn-clean.json")).unwrap();
    push(
        "audit-spn-clean",
        html::render_audit(&policy::audit(&clean, &spn_policy, as_of()), lang),
        vec![],
    );

    // policy explain: 30% of 7 seats is 2.1, rounded up 3 (the rule's text).
    let table = policy::explain(&spn_policy, 1..=15, None);
    push(
        "explain-spn-policy",
        html::render_explanation(&table, lang),
        vec!["women: 3–7".into()],
    );
    let psp_policy = Policy::from_toml_str(&read("psp-election-policy.toml")).unwrap();
    push(
        "explain-psp-election-policy",
        html::render_explanation(&policy::explain(&psp_policy, 1..=9, None), lang),
        vec![],
    );

    // tally: the worked example of tests/it/elect.rs: quota floor(100 / 6) + 1 = 17;
    // Scottish STV elects p-1, p-3, p-4, p-6, p-2.
    let psp = blt_file(&example_data("psp-election.blt"));
    let report = count(&psp.election, "scottish-stv", psp.tie_break());
    push(
        "tally-psp-election-scottish-stv",
        html::render_tally(&report, lang),
        vec![
            dec(lang, "17.00000"),
            "p-1".into(),
            "p-6".into(),
            "p-2".into(),
        ],
    );
    for method in ["meek", "wigm"] {
        let report = count(&psp.election, method, psp.tie_break());
        push(
            &format!("tally-psp-election-{method}"),
            html::render_tally(&report, lang),
            vec![],
        );
    }
    let ward = blt_file(&example_data("ward.blt"));
    for method in ["scottish-stv", "irv"] {
        let mut e = ward.election.clone();
        if method == "irv" {
            e.seats = 1;
        }
        push(
            &format!("tally-ward-{method}"),
            html::render_tally(&count(&e, method, ward.tie_break()), lang),
            vec![],
        );
    }
    let poll = preflib::read(read("poll.soi").as_bytes(), PreflibKind::Soi).unwrap();
    push(
        "tally-poll-plurality",
        html::render_tally(&count(&poll, "plurality", None), lang),
        vec![],
    );
    let board = blt_file(&example_data("board.blt"));
    let settings = TallySettings::new("limited").limit(2).seed(2026);
    let report = election::tally(
        &board.election,
        &settings.method().unwrap(),
        &settings.tie_break(board.tie_break()),
        None,
    )
    .unwrap();
    push(
        "tally-board-limited",
        html::render_tally(&report, lang),
        vec![],
    );
    let round1 = blt_file(&example_data("round1.blt"));
    let mut round2 = blt_file(&example_data("round2.blt")).election;
    round2.seats = round1.election.seats;
    let settings = TallySettings::new("two-round").runoff(true);
    let report = election::tally(
        &round1.election,
        &settings.method().unwrap(),
        &settings.tie_break(round1.tie_break()),
        Some(&round2),
    )
    .unwrap();
    push(
        "tally-round-two-round",
        html::render_tally(&report, lang),
        vec![],
    );
    let votes = election::read_list_votes_csv(&read("list-votes.csv"), 7).unwrap();
    let settings = TallySettings::new("dhondt");
    let report = election::tally_lists(
        &votes,
        &settings.method().unwrap(),
        &settings.tie_break(None),
    )
    .unwrap();
    push(
        "tally-list-votes-dhondt",
        html::render_tally(&report, lang),
        vec!["Daftar Merah".into()],
    );

    // The official result of a real ward: Torry/Ferryhill, Aberdeen, 2017.
    let official = official_torry_ferryhill();
    let ward12 = blt_file(&official.blt);
    assert_eq!(ward12.election.seats, official.seats);
    let mut expect = official.elected.clone();
    expect.push(dec(lang, &format!("{}.00000", official.quota)));
    push(
        "tally-aberdeen-2017-ward12",
        html::render_tally(&count(&ward12.election, "scottish-stv", None), lang),
        expect,
    );

    // elect: the worked example (README, tests/it/elect.rs): the count elects one
    // woman of five; the SPN 30% rule (6 seats with the Ketua: ceil(1.8) = 2 women)
    // replaces p-6, the lowest-placed man, by p-5, the best-placed woman.
    let doc = Organization::from_json_str(&read("psp-election.json")).unwrap();
    let ties = election::TiePolicy::default().tie_break(None, psp.tie_break());
    let request = ElectRequest::new("pengurus")
        .ballots(psp.election.clone())
        .policy(&psp_policy)
        .ties(ties);
    let result = elect(&doc, &request).unwrap();
    push(
        "elect-psp-election",
        html::render_election(&result, lang),
        vec!["p-5".into(), "p-6".into()],
    );

    // decide: figures worked by hand from the motion files (see `decide_figures`).
    for (file, expect) in decide_figures() {
        let motion: Motion = serde_json::from_str(&read(file)).unwrap();
        let d = decision::decide(&motion).unwrap();
        push(
            &format!("decide-{}", file.trim_end_matches(".json")),
            html::render_decision(&d, lang),
            expect,
        );
    }
    pages
}

/// The quorum and majority of each bundled motion, worked by hand from its file: the
/// delegates and votes are counted here, the thresholds are the rule's shares rounded
/// up as "at least" requires.
fn decide_figures() -> Vec<(&'static str, Vec<String>)> {
    let kongres: serde_json::Value =
        serde_json::from_str(&read("motion-kongres-amendment.json")).unwrap();
    let delegates = kongres["delegates"].as_array().unwrap();
    let present = delegates.iter().filter(|d| d["present"] == true).count();
    let votes = kongres["votes"].as_array().unwrap();
    let choice = |c: &str| votes.iter().filter(|v| v["choice"] == c).count();
    // Majority: at least 2/3 of yes + no + abstentions (base yes-no-abstain).
    let base = choice("yes") + choice("no") + choice("abstain");
    let needed = (2 * base).div_ceil(3);
    // Quorum: at least 2/3 of all delegates.
    let quorum = (2 * delegates.len()).div_ceil(3);
    assert_eq!(
        (delegates.len(), present, base, needed, quorum),
        (40, 29, 26, 18, 27)
    );
    vec![
        (
            "motion-kongres-amendment.json",
            vec![
                format!("{needed}"),
                format!("{present}"),
                format!("{quorum}"),
                format!("{}", choice("yes")),
            ],
        ),
        ("motion-card-vote.json", vec![]),
    ]
}

/// The DOM's text, whitespace collapsed.
pub fn dom_text(doc: &Html) -> String {
    doc.root_element()
        .text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Attributes through which a page could load something.
const LOADING: &[&str] = &[
    "src",
    "href",
    "xlink:href",
    "action",
    "formaction",
    "data",
    "poster",
    "srcset",
    "background",
    "manifest",
    "ping",
];

/// Everything the HTML check asks of one page, with messages naming the page.
pub fn check_dom(name: &str, lang: Lang, doc: &Html) {
    let root = doc.root_element();
    assert_eq!(
        root.value().attr("lang"),
        Some(lang.tag()),
        "{name}: lang attribute"
    );
    assert!(
        doc.select(&sel("script")).next().is_none(),
        "{name}: a script element"
    );
    for el in doc.select(&sel("*")) {
        for (attr, value) in el.value().attrs() {
            let v = value.to_ascii_lowercase();
            assert!(
                !LOADING.contains(&attr) || v.starts_with('#'),
                "{name}: <{} {attr}={value:?}> loads something",
                el.value().name()
            );
            assert!(
                !v.contains("http:")
                    && !v.contains("https:")
                    && !v.contains("url(")
                    && !v.starts_with("//"),
                "{name}: <{} {attr}={value:?}> names a URL",
                el.value().name()
            );
            assert!(!attr.starts_with("on"), "{name}: event handler {attr}");
        }
    }
    for style in doc.select(&sel("style")) {
        let css: String = style.text().collect::<String>().to_ascii_lowercase();
        for bad in ["url(", "@import", "http:", "https:", "@font-face"] {
            assert!(!css.contains(bad), "{name}: the CSS has {bad}");
        }
    }
    for svg in doc.select(&sel("svg")) {
        assert_eq!(svg.value().attr("role"), Some("img"), "{name}: svg role");
        let id = svg
            .value()
            .attr("aria-labelledby")
            .expect("svg aria-labelledby");
        let title = svg
            .select(&sel("title"))
            .next()
            .unwrap_or_else(|| panic!("{name}: an svg without a title"));
        assert_eq!(title.value().attr("id"), Some(id), "{name}: svg title id");
        assert!(
            !title.text().collect::<String>().trim().is_empty(),
            "{name}: empty svg title"
        );
    }
    let ids: Vec<&str> = doc
        .select(&sel("[id]"))
        .filter_map(|e| e.value().attr("id"))
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "{name}: ids repeat");
    for table in doc.select(&sel("table")) {
        assert!(
            table.select(&sel("caption")).next().is_some(),
            "{name}: a table without a caption"
        );
        assert!(
            table.select(&sel("th[scope]")).next().is_some(),
            "{name}: a table without th scope"
        );
    }
    assert!(
        doc.select(&sel("meta[name=viewport]")).next().is_some(),
        "{name}: viewport"
    );
    let css: String = doc.select(&sel("style")).flat_map(|s| s.text()).collect();
    assert!(
        css.contains("@media print") && css.contains("size:A4"),
        "{name}: print CSS"
    );
}

/// The figures a page must show, in its DOM's text.
pub fn check_figures(page: &Page, text: &str) {
    // Names compared without case: the official results write `Alan Donnelly` where
    // the ballot file writes `Alan DONNELLY`.
    let text = text.to_lowercase();
    for figure in &page.expect {
        assert!(
            text.contains(&figure.to_lowercase()),
            "{}: the page does not show {figure:?}",
            page.file_stem()
        );
    }
}

/// The labels of the English HTML catalogue that have no placeable, long enough to be
/// a phrase (no Indonesian page may show one).
fn english_phrases() -> Vec<String> {
    let (_, _, ftl) = i18n::catalogues()
        .find(|(l, area, _)| *l == Lang::En && *area == "html")
        .unwrap();
    ftl.lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.contains('{') && v.len() > 12)
        .collect()
}

#[test]
fn every_example_report_is_valid_self_contained_html_in_both_languages() {
    let english = english_phrases();
    assert!(english.len() > 40);
    let mut count = 0;
    for lang in Lang::ALL {
        for page in example_pages(lang) {
            let doc = Html::parse_document(&page.html);
            assert!(
                doc.errors.is_empty(),
                "{}: parse errors {:?}",
                page.file_stem(),
                doc.errors
            );
            assert!(
                !page.html.to_ascii_lowercase().contains("<script"),
                "{}",
                page.file_stem()
            );
            check_dom(&page.file_stem(), lang, &doc);
            let text = dom_text(&doc);
            check_figures(&page, &text);
            if lang == Lang::Id {
                for phrase in &english {
                    assert!(
                        !text.contains(phrase.as_str()),
                        "{}: English {phrase:?}",
                        page.file_stem()
                    );
                }
            }
            count += 1;
        }
    }
    assert!(count >= 40, "{count} pages");
}

fn cells(row: ElementRef<'_>) -> Vec<String> {
    row.select(&sel("th, td"))
        .map(|c| c.text().collect::<String>().trim().to_owned())
        .collect()
}

#[test]
fn spn_audit_draws_dpp_against_the_30_percent_line_and_lists_its_shortfall() {
    let (index, seats, women) = spn_body_women("spn/dpp");
    // 13 seats, 30% rounded up: ceil(3.9) = 4.
    let min = (seats * 3).div_ceil(10);
    assert_eq!(min, 4);
    let spn = Organization::from_json_str(&read("spn.json")).unwrap();
    let policy = Policy::from_toml_str(&read("spn-policy.toml")).unwrap();
    let page = html::render_audit(&policy::audit(&spn, &policy, as_of()), Lang::En);
    let doc = Html::parse_document(&page);
    let row = doc
        .select(&sel("tr"))
        .map(cells)
        .find(|c| {
            c.first().map(String::as_str) == Some("spn/dpp")
                && c.get(3).map(String::as_str) == Some("women-30")
        })
        .expect("the spn/dpp row for women-30");
    assert_eq!(
        row[5..8],
        [seats.to_string(), women.to_string(), min.to_string()]
    );
    assert_eq!(row[9], "breaks the rule");
    // Its bar: drawn to women / seats of the scale, with the line at min / seats.
    let text = dom_text(&doc);
    assert!(
        text.contains(&format!("{women} of {seats}; at least {min}")),
        "{text}"
    );
    // And the shortfall is listed with the body's path.
    let path = format!("$.bodies[{index}]");
    let shortfalls = doc.select(&sel("table")).find(|t| {
        t.select(&sel("caption"))
            .next()
            .is_some_and(|c| c.text().collect::<String>().contains("short of"))
    });
    let listed = shortfalls
        .expect("the shortfalls table")
        .select(&sel("tr"))
        .map(cells)
        .any(|c| c.first() == Some(&path) && c[1].contains(&format!("needs at least {min}")));
    assert!(listed, "{path} not among the shortfalls");
}

#[test]
fn the_etuc_band_cannot_be_met_at_3_seats_and_the_table_says_so() {
    // ETUC's 40-60% band, rounded up: at 3 seats the minimum is ceil(1.2) = 2 and the
    // maximum 3 - ceil(1.2) = 1, so it cannot be met (the explain doc example).
    let policy = Policy::from_toml_str(&format!(
        "{GROUPS}
[[rules]]
id = \"etuc-band\"
effective_from = \"2019-05-21\"
hardness = \"binding\"
base = \"all-seats\"
consequence = \"report-only\"
require = {{ shape = \"band\", groups = [\"women\", \"men\"], min = \"40%\", max = \"60%\", rounding = \"up\" }}
"
    ))
    .unwrap();
    for lang in Lang::ALL {
        let page = html::render_explanation(&policy::explain(&policy, 1..=6, None), lang);
        let doc = Html::parse_document(&page);
        assert!(doc.errors.is_empty());
        let row = doc
            .select(&sel("tbody tr"))
            .find(|r| cells(*r).first().map(String::as_str) == Some("3"))
            .unwrap();
        let cell = row.select(&sel("td")).next().unwrap();
        assert_eq!(cell.value().attr("class"), Some("err"));
        let text: String = cell.text().collect();
        assert!(text.contains("women: 2–1") && text.contains('✗'), "{text}");
    }
}

#[test]
fn the_official_aberdeen_2017_ward12_result_is_on_the_page() {
    let official = official_torry_ferryhill();
    let file = blt_file(&official.blt);
    let page = html::render_tally(&count(&file.election, "scottish-stv", None), Lang::Id);
    let doc = Html::parse_document(&page);
    let elected: Vec<String> = doc
        .select(&sel("ol.elected li strong"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert_eq!(elected.len(), official.elected.len());
    for (got, want) in elected.iter().zip(&official.elected) {
        assert!(
            got.to_lowercase().starts_with(&want.to_lowercase()),
            "{got} is not {want}"
        );
    }
    assert!(dom_text(&doc).contains(&format!("Kuota: {},00000 suara", official.quota)));
}

#[test]
fn the_psp_election_shows_the_policy_replacing_p6_by_p5() {
    let doc = Organization::from_json_str(&read("psp-election.json")).unwrap();
    let policy = Policy::from_toml_str(&read("psp-election-policy.toml")).unwrap();
    let psp = blt_file(&example_data("psp-election.blt"));
    let ties = election::TiePolicy::default().tie_break(None, psp.tie_break());
    let request = ElectRequest::new("pengurus")
        .ballots(psp.election)
        .policy(&policy)
        .ties(ties);
    let page = html::render_election(&elect(&doc, &request).unwrap(), Lang::En);
    let dom = Html::parse_document(&page);
    let rows: Vec<Vec<String>> = dom.select(&sel("tbody tr")).map(cells).take(5).collect();
    let by_count: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    let last: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(by_count, ["p-1", "p-3", "p-4", "p-6", "p-2"]);
    assert_eq!(last, ["p-1", "p-3", "p-4", "p-2", "p-5"]);
    assert!(
        dom_text(&dom).contains("p-6 gives way to p-5: women held 1, fewer than its floor of 2")
    );
}

#[test]
fn hostile_names_are_escaped() {
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let e = RankedElection {
        title: Some(format!(
            "\"><style>@import url(https://evil.example/x.css)</style>{hostile}"
        )),
        candidates: vec![
            election::Candidate::new(hostile),
            election::Candidate::new("Budi"),
        ],
        seats: 1,
        withdrawn: vec![],
        ballots: vec![
            election::RankedBallot::strict(3, [0, 1]),
            election::RankedBallot::strict(2, [1]),
        ]
        .into(),
    };
    let motion: Motion = serde_json::from_value(serde_json::json!({
        "id": "m1",
        "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
        "options": [hostile, "b"],
        "delegates": [ { "id": "a" }, { "id": "c" } ],
        "votes": [ { "delegate": "a", "choice": hostile }, { "delegate": "c", "choice": "b" } ]
    }))
    .unwrap();
    let d = decision::decide(&motion).unwrap();
    for lang in Lang::ALL {
        for page in [
            html::render_tally(&count(&e, "irv", None), lang),
            html::render_decision(&d, lang),
        ] {
            let doc = Html::parse_document(&page);
            assert!(doc.errors.is_empty(), "{:?}", doc.errors);
            check_dom("hostile", lang, &doc);
            assert_eq!(doc.select(&sel("img")).count(), 0);
            assert_eq!(doc.select(&sel("style")).count(), 1);
            assert!(dom_text(&doc).contains("<script>alert(1)</script>"));
            assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }
}

/// `--format html` prints the library's page, in the language of `--lang`.
#[cfg(feature = "cli")]
#[test]
fn the_cli_prints_the_library_page() {
    let path = |n: &str| example_data(n).display().to_string();
    let psp = blt_file(&example_data("psp-election.blt"));
    let report = count(&psp.election, "scottish-stv", psp.tie_break());
    let (code, out, err) = crate::common::rulebook(&[
        "--lang",
        "id",
        "tally",
        &path("psp-election.blt"),
        "--method",
        "scottish-stv",
        "--format",
        "html",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, html::render_tally(&report, Lang::Id));
    for args in [
        vec![
            "audit",
            "spn.json",
            "--policy",
            "spn-policy.toml",
            "--as-of",
            "2026-01-01",
        ],
        vec!["policy", "explain", "spn-policy.toml"],
        vec!["validate", "spn.json", "--as-of", "2026-01-01"],
        vec!["decide", "motion-card-vote.json"],
        vec![
            "elect",
            "psp-election.json",
            "pengurus",
            "--ballots",
            "psp-election.blt",
            "--policy",
            "psp-election-policy.toml",
        ],
    ] {
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                if a.contains('.') && !a.starts_with("2026") {
                    path(a)
                } else {
                    (*a).to_owned()
                }
            })
            .chain(["--format".to_owned(), "html".to_owned()])
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = crate::common::rulebook(&args);
        assert!(code == 0 || code == 1, "{args:?}: {err}");
        assert!(
            out.starts_with("<!DOCTYPE html><html lang=\"en\">"),
            "{args:?}"
        );
        assert!(Html::parse_document(&out).errors.is_empty(), "{args:?}");
    }
}

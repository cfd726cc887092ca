//! The interchange formats (Popolo, membership spreadsheets, OpenSlides, the Universal
//! Tabulator summary, PrefLib) report their errors and notes in the chosen language,
//! with their location (line, column, JSON path), and the Indonesian holds no English
//! sentence. The English texts are the ones the formats' own tests pin.

use union_rulebook::i18n::{self, Lang};

/// Common English words of the interchange messages that no Indonesian sentence has;
/// ids, file names, paths, codes and quoted values are not words here.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "expected",
    "not",
    "and",
    "of",
    "cannot",
    "each",
    "has",
    "no",
    "line",
    "column",
    "row",
    "rows",
    "date",
    "member",
    "number",
    "note",
    "left",
    "out",
    "made",
    "file",
    "votes",
    "round",
    "rounds",
    "elected",
    "winners",
    "candidate",
    "ballot",
    "nothing",
    "written",
    "skipped",
    "bad",
    "error",
    "with",
    "or",
    "be",
    "read",
    "weight",
    "whole",
];

/// The English words of `text` (tokens of letters only, lowercased); a token with a
/// digit, `-`, `_`, `/`, `.`, `$`, `#`, a backtick or a quote is an id, a path, a code
/// or a value.
fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "(),;".contains(c))
        .map(|t| t.trim_end_matches([':', '.']))
        .filter(|t| !t.is_empty() && t.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

fn assert_indonesian(text: &str) {
    let found = english_words(text);
    assert!(found.is_empty(), "English words {found:?} in: {text}");
}

#[test]
fn an_openslides_delegate_list_is_reported_in_indonesian_with_its_line_and_column() {
    use union_rulebook::interchange::openslides::read_delegates_csv;
    let text = "member_number,vote_weight\np-1,1.1234567\n";
    let en = read_delegates_csv(text).unwrap_err().to_string();
    let id = i18n::with_lang(Lang::Id, || {
        read_delegates_csv(text).unwrap_err().to_string()
    });
    assert_eq!(
        en,
        "line 2, column vote_weight: vote weight \"1.1234567\" has 7 decimal places: OpenSlides stores at most 6"
    );
    assert_eq!(
        id,
        "baris 2, kolom vote_weight: bobot suara \"1.1234567\" memiliki 7 angka di belakang titik: OpenSlides menyimpan paling banyak 6"
    );
    let twice = "member_number\np-1\np-1\n";
    let id = i18n::with_lang(Lang::Id, || {
        read_delegates_csv(twice).unwrap_err().to_string()
    });
    assert!(
        id.starts_with("baris 3, kolom member_number: utusan p-1 juga tercantum pada baris 2"),
        "{id}"
    );
    assert_indonesian(&id);
}

#[test]
fn a_universal_tabulator_summary_out_of_order_is_refused_in_indonesian_at_its_path() {
    use union_rulebook::interchange::universal_tabulator::Summary;
    let text = r#"{"config": {"contest": "c"}, "results": [{"round": 2, "tally": {}, "tallyResults": []}]}"#;
    let id = i18n::with_lang(Lang::Id, || {
        Summary::from_json_str(text).unwrap_err().to_string()
    });
    assert!(
        id.contains("results[0] adalah putaran 2: seharusnya putaran 1"),
        "{id}"
    );
    assert!(id.starts_with("di $: "), "{id}");
    let both = r#"{"config": {"contest": "c"}, "results": [{"round": 1, "tally": {"A": "1"}, "tallyResults": [{"elected": "A", "eliminated": "A"}]}]}"#;
    let id = i18n::with_lang(Lang::Id, || {
        Summary::from_json_str(both).unwrap_err().to_string()
    });
    assert!(
        id.contains("menyebut `elected` dan `eliminated` sekaligus"),
        "{id}"
    );
}

/// The two-group refusal of `biproportional` (its bound `MAX_MOVE_WORK`), in both
/// languages; the inputs are those of the hostile-input test.
#[test]
fn the_refusal_to_move_billions_of_seats_is_in_the_catalogues() {
    use union_rulebook::apportionment::{DivisorMethod, TiePolicy, biproportional};
    let run = || {
        biproportional(
            DivisorMethod::SainteLague,
            &[[1_000u64, 1], [1_000, 1]],
            &[2_147_483_648u32, 2_147_483_647],
            [1, u32::MAX - 1],
            &TiePolicy::Fail,
        )
        .unwrap_err()
        .to_string()
    };
    let en = run();
    let id = i18n::with_lang(Lang::Id, run);
    assert!(
        en.contains("move so many seats between the two groups"),
        "{en}"
    );
    assert!(
        id.contains("memindahkan kursi sebanyak itu antara kedua kelompok"),
        "{id}"
    );
    assert!(id.contains("MAX_MOVE_WORK"), "{id}");
    assert_indonesian(&id);
}

#[cfg(feature = "cli")]
mod cli {
    use super::assert_indonesian;
    use crate::common::{example_data, rulebook, scratch_dir};

    #[test]
    fn a_broken_popolo_file_is_reported_in_indonesian() {
        let dir = scratch_dir("i18n-popolo");
        let file = dir.join("popolo.json");
        let out = dir.join("doc.json");
        std::fs::write(
            &file,
            r#"{"persons": [{"id": "p-1"}], "organizations": [{"id": "unit:psp", "name": "PSP"}],
               "memberships": [{"person_id": "p-1", "organization_id": "unit:psp", "start_date": "soon"}]}"#,
        )
        .unwrap();
        let args = |lang: &'static str| {
            vec![
                "--lang".to_owned(),
                lang.to_owned(),
                "import".to_owned(),
                "popolo".to_owned(),
                file.display().to_string(),
                "--out".to_owned(),
                out.display().to_string(),
            ]
        };
        let run = |lang| {
            let a = args(lang);
            rulebook(&a.iter().map(String::as_str).collect::<Vec<_>>())
        };
        let (code, _, err) = run("en");
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("start_date of membership #1 \"soon\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
            "{err}"
        );
        let (code, _, err) = run("id");
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("rulebook: kesalahan: ")
                && err.contains("start_date pada keanggotaan #1 \"soon\" bukan tanggal"),
            "{err}"
        );
        assert_indonesian(&err);
        assert!(!out.exists());

        // A year for a date: read, with a note in Indonesian.
        std::fs::write(
            &file,
            r#"{"persons": [{"id": "p-1"}], "organizations": [{"id": "unit:psp", "name": "PSP"}],
               "memberships": [{"person_id": "p-1", "organization_id": "unit:psp", "start_date": "2020"}]}"#,
        )
        .unwrap();
        let (code, _, err) = run("id");
        assert_eq!(code, 0, "{err}");
        assert!(
            err.contains("rulebook: catatan: ")
                && err.contains("hanya menyebut tahun: yang diambil adalah hari pertama tahun itu"),
            "{err}"
        );
        assert_indonesian(&err);

        // An object of another Popolo class: refused at its place in the file.
        std::fs::write(
            &file,
            r#"{"organization_id": "x", "text": "That the house adjourn"}"#,
        )
        .unwrap();
        let _ = std::fs::remove_file(&out);
        let (code, _, err) = run("id");
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("di $: ") && err.contains("objek Popolo ini adalah usulan atau pidato"),
            "{err}"
        );
    }

    #[test]
    fn a_broken_members_sheet_is_reported_in_indonesian_row_by_row() {
        let dir = scratch_dir("i18n-members");
        let sheet = dir.join("anggota.csv");
        let out = dir.join("doc.json");
        let doc = example_data("psp-contoh.toml");
        std::fs::write(
            &sheet,
            "member_number,unit,joined\nm-1,psp-contoh,2020-01-01\nm-2,nowhere,soon\n",
        )
        .unwrap();
        let run = |lang: &str, extra: &[&str]| {
            let mut a = vec![
                "--lang",
                lang,
                "import",
                "members",
                sheet.to_str().unwrap(),
                "--into",
                doc.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ];
            a.extend_from_slice(extra);
            rulebook(&a)
        };
        let (code, _, err) = run("en", &[]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("2 bad rows: nothing written (--skip-bad leaves them out)"),
            "{err}"
        );
        let (code, _, err) = run("id", &[]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("baris 3, kolom unit: unit \"nowhere\" bukan unit dalam dokumen (menurut id maupun nama)"),
            "{err}"
        );
        assert!(
            err.contains("baris 3, kolom joined: \"soon\" bukan tanggal"),
            "{err}"
        );
        assert!(
            err.contains("2 baris bermasalah: tidak ada yang ditulis"),
            "{err}"
        );
        assert_indonesian(&err);
        assert!(!out.exists());
        let (code, _, err) = run("id", &["--skip-bad"]);
        assert_eq!(code, 0, "{err}");
        assert!(
            err.contains("rulebook: dilewati: ") && err.contains("baris 3"),
            "{err}"
        );
        assert_indonesian(&err);

        // A sheet without the columns it needs: each named, the header names joined.
        std::fs::write(&sheet, "nama\nSari\n").unwrap();
        let _ = std::fs::remove_file(&out);
        let (code, _, err) = run("id", &[]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("baris 1: tidak ada kolom member_number: seharusnya ada kolom berjudul \"member_number\" atau \"member number\""),
            "{err}"
        );
        assert_indonesian(&err);
    }

    /// A summary's winners: text and an HTML page in both languages (issue 13: every
    /// report in HTML); the figures are the summary's.
    #[test]
    fn the_winners_of_a_summary_render_as_text_and_html_in_both_languages() {
        let dir = scratch_dir("i18n-summary");
        let file = dir.join("summary.json");
        std::fs::write(
            &file,
            r#"{"config": {"contest": "Ketua PSP", "threshold": "5.5"},
                "results": [
                  {"round": 1, "tally": {"Sari": "5", "Budi": "4", "Ani": "2"},
                   "tallyResults": [{"eliminated": "Ani", "transfers": {"Sari": "2"}}]},
                  {"round": 2, "tally": {"Sari": "7", "Budi": "4"},
                   "tallyResults": [{"elected": "Sari"}]}]}"#,
        )
        .unwrap();
        let f = file.to_str().unwrap();
        let (code, en, err) = rulebook(&["tally", f]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            en,
            "Ketua PSP: 2 rounds\nthreshold: 5.5\nelected:\n  1. Sari (round 2)\n"
        );
        let (code, id, err) = rulebook(&["--lang", "id", "tally", f]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            id,
            "Ketua PSP: 2 putaran\nbatas suara untuk terpilih: 5.5\ncalon terpilih:\n  1. Sari (putaran ke-2)\n"
        );
        for (lang, title, threshold) in [
            ("en", "Winners of Ketua PSP", "5.5"),
            ("id", "Calon terpilih Ketua PSP", "5,5"),
        ] {
            let (code, page, err) = rulebook(&["--lang", lang, "tally", f, "--format", "html"]);
            assert_eq!(code, 0, "{err}");
            assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
            assert!(page.contains(&format!("<html lang=\"{lang}\">")));
            assert!(page.contains(title), "{page}");
            assert!(page.contains(threshold), "{page}");
            assert!(page.contains("<td>Sari</td>"), "{page}");
            assert!(
                !page.contains("<script") && !page.contains("http://"),
                "{page}"
            );
        }
    }

    #[test]
    fn a_ballot_file_preflib_cannot_hold_is_refused_in_indonesian() {
        let dir = scratch_dir("i18n-convert");
        let blt = dir.join("ketua.blt");
        let soi = dir.join("ketua.soi");
        // Candidate 2 withdrawn: PrefLib has no way to say so.
        std::fs::write(
            &blt,
            "3 1\n-2\n1 1 3 0\n1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Ketua\"\n",
        )
        .unwrap();
        let (code, _, err) = rulebook(&[
            "--lang",
            "id",
            "convert",
            blt.to_str().unwrap(),
            soi.to_str().unwrap(),
        ]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("tidak dapat ditulis: calon nomor 2 telah mengundurkan diri"),
            "{err}"
        );
        assert_indonesian(&err);
        let (code, _, err) = rulebook(&[
            "--lang",
            "id",
            "convert",
            blt.to_str().unwrap(),
            dir.join("ketua.txt").to_str().unwrap(),
        ]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("format yang akan ditulis tidak dapat ditentukan"),
            "{err}"
        );
        assert_indonesian(&err);
        assert!(!soi.exists());
    }
}

//! The message catalogues: every id the code uses exists in both languages, and the
//! language follows `--lang`, then the locale variables.

use std::path::Path;

use union_rulebook::i18n::{self, Lang};

/// Every `tr!("id"` literal in the crate's sources.
fn ids_used(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_used(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
            // (i18n.rs defines `tr!` and shows it in its docs.)
            let text = std::fs::read_to_string(&path).unwrap();
            let mut rest = text.as_str();
            while let Some(i) = rest.find("tr!(") {
                // `tr!` itself, not `include_str!` or another macro ending in `tr`.
                let own = !rest[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                rest = rest[i + 4..].trim_start();
                if let Some(literal) = rest.strip_prefix('"').filter(|_| own) {
                    let end = literal.find('"').unwrap();
                    out.push((path.display().to_string(), literal[..end].to_owned()));
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_uses_is_in_both_catalogues() {
    let mut used = Vec::new();
    ids_used(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(used.len() >= 20, "{} message ids found", used.len());
    for (file, id) in &used {
        for lang in Lang::ALL {
            assert!(
                i18n::has_message(lang, id),
                "{file}: {id} missing in {lang}"
            );
        }
    }
}

#[test]
fn a_bad_identifier_is_reported_in_the_chosen_language() {
    let parse = || {
        "".parse::<union_rulebook::model::UnitId>()
            .unwrap_err()
            .to_string()
    };
    assert_eq!(parse(), "unit id is empty; expected 1 to 128 characters");
    assert_eq!(
        i18n::with_lang(Lang::Id, parse),
        "id unit kosong; seharusnya 1 sampai 128 karakter"
    );
}

#[cfg(feature = "cli")]
mod cli {
    use crate::common::{rulebook, scratch_dir};

    fn bad_document(test: &str) -> String {
        let dir = scratch_dir(test);
        let path = dir.join("doc.json");
        std::fs::write(
            &path,
            r#"{"name": "x", "levels": [{"id": "psp", "name": "PSP"}], "units": [{"id": "", "name": "u", "level": "psp"}]}"#,
        )
        .unwrap();
        path.display().to_string()
    }

    #[test]
    fn lang_id_gives_indonesian_errors() {
        let doc = bad_document("i18n-lang-id");
        let (code, _, err) = rulebook(&["--lang", "id", "validate", &doc]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("id unit kosong"), "{err}");
        let (code, _, err) = rulebook(&["validate", &doc, "--lang", "en"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("unit id is empty"), "{err}");
    }

    #[test]
    fn the_locale_chooses_when_lang_is_not_given() {
        let doc = bad_document("i18n-locale");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rulebook"))
            .args(["validate", &doc])
            .env_remove("LC_ALL")
            .env("LC_MESSAGES", "")
            .env("LANG", "id_ID.UTF-8")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("id unit kosong"), "{err}");
    }

    #[test]
    fn an_unknown_lang_is_a_usage_error() {
        let (code, _, err) = rulebook(&["--lang", "fr", "schema", "organization"]);
        assert_eq!(code, 2);
        assert!(
            err.contains("unknown language \"fr\"; expected en or id"),
            "{err}"
        );
    }
}

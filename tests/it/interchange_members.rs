//! Membership spreadsheets: a union office's export (CSV, XLSX) into people and
//! memberships; every bad row located; nothing changed when a row is bad unless asked.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use union_rulebook::interchange::members::{ColumnMap, Table, import_members};
use union_rulebook::model::{Gender, Organization};

use crate::common::example_data;

fn psp() -> Organization {
    let text = std::fs::read_to_string(example_data("psp-contoh.toml")).unwrap();
    Organization::from_toml_str(&text).unwrap()
}

const CSV: &str = "\u{feff}No Anggota,Nama,Jenis Kelamin,Tanggal Lahir,Unit,Tanggal Masuk,Iuran Lunas Sampai\r\n\
m-101,Sri Wahyuni,P,1990-05-17,psp-contoh,01/03/2019,2026-06-30\r\n\
m-102,\"Santoso, Agus\",L,,PSP SPN PT Contoh Garmen,2021-07-01,\r\n";

#[test]
fn a_membership_export_becomes_people_and_memberships() {
    let doc = psp();
    let table = Table::from_csv(CSV).unwrap();
    let done = import_members(&doc, &table, &ColumnMap::new(), false).unwrap();
    assert_eq!(done.added, 2);
    assert_eq!(done.document.people.len(), doc.people.len() + 2);
    let sri = done
        .document
        .people
        .iter()
        .find(|p| p.id.as_str() == "m-101")
        .unwrap();
    assert_eq!(sri.gender, Some(Gender::Woman)); // P: perempuan
    assert_eq!(
        sri.birth_date.map(|d| d.to_string()).as_deref(),
        Some("1990-05-17")
    );
    let agus = done
        .document
        .people
        .iter()
        .find(|p| p.id.as_str() == "m-102")
        .unwrap();
    assert_eq!(agus.name.as_deref(), Some("Santoso, Agus"));
    assert_eq!(agus.gender, Some(Gender::Man)); // L: laki-laki
    let m: Vec<_> = done.document.memberships.iter().rev().take(2).collect();
    assert_eq!(m[1].start().to_string(), "2019-03-01"); // DD/MM/YYYY
    assert_eq!(
        table.rows.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        [2, 3]
    );
    assert_eq!(
        m[1].arrears_since.map(|d| d.to_string()).as_deref(),
        Some("2026-07-01")
    );
    assert_eq!(m[0].unit.as_str(), "psp-contoh"); // by the unit's name
    assert_eq!(m[0].arrears_since, None);
    // The result is a document that reads back.
    let json = done.document.to_json_string().unwrap();
    assert_eq!(Organization::from_json_str(&json).unwrap(), done.document);
}

#[test]
fn every_bad_row_is_reported_and_nothing_changes_unless_skipped() {
    let doc = psp();
    let csv = "member_number,unit,joined\nm-1,psp-contoh,2020-01-01\nm 2,psp-contoh,2020-01-01\nm-3,nowhere,2020-13-01\nm-1,psp-contoh,2020-01-01\n";
    let table = Table::from_csv(csv).unwrap();
    let bad = import_members(&doc, &table, &ColumnMap::new(), false).unwrap_err();
    let lines: Vec<String> = bad.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert!(
        lines[0].starts_with("line 3, column member_number: member number \"m 2\""),
        "{lines:#?}"
    );
    assert_eq!(
        lines[1],
        "line 4, column unit: unit \"nowhere\" is not a unit of the document (by id or name)"
    );
    assert_eq!(
        lines[2],
        "line 4, column joined: \"2020-13-01\" is not a date: expected YYYY-MM-DD or DD/MM/YYYY"
    );
    assert_eq!(
        lines[3],
        "line 5, column member_number: member m-1 is already a person of the document or of an earlier row"
    );
    let done = import_members(&doc, &table, &ColumnMap::new(), true).unwrap();
    assert_eq!(done.added, 1);
    assert_eq!(done.skipped.len(), 4);
}

#[test]
fn a_mapping_file_names_the_headers() {
    let doc = psp();
    let csv = "No.,Cabang,Masuk\nm-9,psp-contoh,2022-02-02\n";
    let table = Table::from_csv(csv).unwrap();
    let missing = import_members(&doc, &table, &ColumnMap::new(), false).unwrap_err();
    assert_eq!(missing.len(), 3);
    assert!(
        missing[0]
            .to_string()
            .starts_with("line 1: no member_number column"),
        "{}",
        missing[0]
    );
    let map = ColumnMap::from_toml_str(
        "[columns]\nmember_number = \"no.\"\nunit = \"Cabang\"\njoined = \"MASUK\"\n",
    )
    .unwrap();
    let done = import_members(&doc, &table, &map, false).unwrap();
    assert_eq!(done.added, 1);
    let err = ColumnMap::from_toml_str("[columns]\nshoe = \"x\"\n").unwrap_err();
    assert_eq!(
        (err.line(), err.path().to_string().as_str()),
        (Some(2), "$.columns.shoe")
    );
}

/// A small real-looking export written as XLSX (dates as date cells, member numbers
/// as numbers), read back through calamine.
#[test]
fn an_xlsx_export_is_read_with_its_date_cells() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in [
        "Member No",
        "Name",
        "Gender",
        "Unit",
        "Joining Date",
        "Dues Paid Until",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_number(1, 0, 1001).unwrap();
    sheet.write_string(1, 1, "Dewi Lestari").unwrap();
    sheet.write_string(1, 2, "F").unwrap();
    sheet.write_string(1, 3, "psp-contoh").unwrap();
    sheet
        .write_datetime_with_format(1, 4, ExcelDateTime::from_ymd(2018, 2, 1).unwrap(), &date)
        .unwrap();
    sheet
        .write_datetime_with_format(1, 5, ExcelDateTime::from_ymd(2025, 12, 31).unwrap(), &date)
        .unwrap();
    sheet.write_number(3, 0, 1002).unwrap(); // a blank row 3 before it
    sheet.write_string(3, 3, "psp-contoh").unwrap();
    sheet.write_string(3, 4, "yesterday").unwrap();
    let bytes = book.save_to_buffer().unwrap();

    let table = Table::from_spreadsheet(&bytes).unwrap();
    assert_eq!(table.headers[0], "Member No");
    let bad = import_members(&psp(), &table, &ColumnMap::new(), false).unwrap_err();
    assert_eq!(bad.len(), 1);
    assert_eq!(
        bad[0].to_string(),
        "line 4, column Joining Date: \"yesterday\" is not a date: expected YYYY-MM-DD or DD/MM/YYYY"
    );
    let done = import_members(&psp(), &table, &ColumnMap::new(), true).unwrap();
    let dewi = done
        .document
        .people
        .iter()
        .find(|p| p.id.as_str() == "1001")
        .unwrap();
    assert_eq!(dewi.gender, Some(Gender::Woman));
    let m = done.document.memberships.last().unwrap();
    assert_eq!(m.start().to_string(), "2018-02-01");
    assert_eq!(
        m.arrears_since.map(|d| d.to_string()).as_deref(),
        Some("2026-01-01")
    );
    assert!(Table::from_spreadsheet(b"not a spreadsheet").is_err());
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use crate::common::{rulebook, scratch_dir};
    use std::path::Path;

    /// `rulebook import members SHEET --into INTO --out OUT`, then `extra`.
    fn import(sheet: &Path, into: &Path, out: &Path, extra: &[&str]) -> (i32, String, String) {
        let (sheet, into, out) = (sheet.to_str(), into.to_str(), out.to_str());
        let mut args = vec!["import", "members", sheet.unwrap(), "--into"];
        args.extend([into.unwrap(), "--out", out.unwrap()]);
        args.extend(extra);
        rulebook(&args)
    }

    #[test]
    fn import_members_writes_all_or_nothing_and_never_over_an_input() {
        let dir = scratch_dir("members");
        let sheet = dir.join("members.csv");
        std::fs::write(&sheet, CSV).unwrap();
        let doc = example_data("psp-contoh.toml");
        let out = dir.join("new.json");
        let (code, _, err) = import(&sheet, &doc, &out, &[]);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = rulebook(&[
            "validate",
            out.to_str().unwrap(),
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ]);
        assert!(code == 0 || code == 1, "{err}");
        // Over an input: refused.
        std::fs::write(
            &sheet,
            "member_number,unit,joined\nm-200,psp-contoh,2020-01-01\n",
        )
        .unwrap();
        let (code, _, err) = import(&sheet, &out, &out, &[]);
        assert_eq!(code, 2);
        assert!(err.contains("refusing to overwrite an input file"), "{err}");
        // A bad row: nothing written, the row named; with --skip-bad, listed and left out.
        std::fs::write(
            &sheet,
            "member_number,unit,joined\nm-1,psp-contoh,2020-01-01\nm-2,nowhere,2020-01-01\n",
        )
        .unwrap();
        let out2 = dir.join("new2.json");
        let (code, _, err) = import(&sheet, &doc, &out2, &[]);
        assert_eq!(code, 2);
        assert!(
            err.contains("line 3, column unit: unit \"nowhere\""),
            "{err}"
        );
        assert!(!out2.exists());
        let (code, _, err) = import(&sheet, &doc, &out2, &["--skip-bad"]);
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("skipped") && err.contains("line 3"), "{err}");
        assert!(out2.exists());
    }
}

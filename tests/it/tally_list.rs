//! `rulebook tally` with the list methods (list PR on the apportionment engine).

use std::process::Command;

fn tally(args: &[&str], file: &std::path::Path) -> (Option<i32>, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rulebook"))
        .arg("tally")
        .arg(file)
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code(),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn seats(v: &serde_json::Value) -> Vec<u64> {
    v["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["seats"].as_u64().unwrap_or(0))
        .collect()
}

#[test]
fn csv_of_list_votes_with_and_without_threshold() {
    let dir = std::env::temp_dir().join(format!("rulebook-tally-list-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("kongres-lists.csv");
    std::fs::write(&csv, "name,votes\nList A,5000\nList B,3000\nList C,1500\n").unwrap();
    // d'Hondt, 7 seats: quotients 5000 3000 2500 1666.7 1500(B) 1500(C) 1250: A 4, B 2, C 1.
    let (code, v, err) = tally(
        &["--method", "dhondt", "--seats", "7", "--format", "json"],
        &csv,
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(seats(&v), [4, 2, 1]);
    assert_eq!(v["elected"][0]["name"], "List A");
    // A 20% threshold leaves C (1500 of 9500, 15.8%) out; 6 seats: 5000 3000 2500 1666.7
    // 1500 1250: A 4, B 2.
    let (code, v, _) = tally(
        &[
            "--method",
            "dhondt",
            "--seats",
            "6",
            "--threshold",
            "20",
            "--format",
            "json",
        ],
        &csv,
    );
    assert_eq!(code, Some(0));
    assert_eq!(seats(&v), [4, 2, 0]);
    // Largest remainder (Hare), 7 seats: quotas 3.68, 2.21, 1.11 -> 3, 2, 1 and the last
    // seat to A's .68: A 4, B 2, C 1.
    let (_, v, _) = tally(
        &[
            "--method",
            "largest-remainder",
            "--seats",
            "7",
            "--format",
            "json",
        ],
        &csv,
    );
    assert_eq!(seats(&v), [4, 2, 1]);
    // A CSV has no seat count: usage error.
    let (code, _, err) = tally(&["--method", "dhondt"], &csv);
    assert_eq!(code, Some(2));
    assert!(err.contains("--seats"), "{err}");
    // A threshold with a method that has no lists: usage error.
    let (code, _, _) = tally(&["--method", "irv", "--threshold", "5"], &csv);
    assert_eq!(code, Some(2));
}

#[test]
fn ballot_file_counts_first_preferences_as_list_votes() {
    // A BLT file with three "lists": first preferences 60, 30, 14 for 5 seats by
    // Sainte-Laguë: quotients 60 30(B) 20 14(C) 12 (B's next is 10) -> A 60, 20, 12;
    // B 30; C 14: A 3, B 1, C 1. (With C at 10, B's 10 and C's 10 tie for the fifth
    // seat: only a lot settles that.)
    let dir = std::env::temp_dir().join(format!("rulebook-tally-list-blt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let blt = dir.join("lists.blt");
    std::fs::write(
        &blt,
        "3 5\n60 1 2 0\n30 2 0\n14 3 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"lists\"\n",
    )
    .unwrap();
    let (code, v, err) = tally(&["--method", "sainte-lague", "--format", "json"], &blt);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(seats(&v), [3, 1, 1]);
}

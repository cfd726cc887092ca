//! The benches' representation policy: 50 rules over the four levels of the
//! generated federation.

use std::fmt::Write as _;

/// 50 rules over the four levels, every shape and rounding, binding and targets.
pub fn fifty_rules() -> String {
    let mut t = String::from(
        "[[groups]]\nid = \"women\"\none = \"woman\"\nmany = \"women\"\nselect = { gender = \"woman\" }\n\
         [[groups]]\nid = \"men\"\none = \"man\"\nmany = \"men\"\nselect = { gender = \"man\" }\n\
         [[groups]]\nid = \"young\"\none = \"young member\"\nmany = \"young members\"\nselect = { age-below = 35 }\n",
    );
    let levels = ["federation", "dpd", "dpc", "psp"];
    let roundings = ["up", "down", "half-up", "half-even", "dhondt"];
    for i in 0..50 {
        let level = levels[i % levels.len()];
        let rounding = roundings[(i / 5) % roundings.len()];
        let hardness = if i % 3 == 0 { "target" } else { "binding" };
        let require = match i % 6 {
            0 => format!("{{ shape = \"share-floor\", group = \"women\", share = \"{}%\", rounding = \"{rounding}\" }}", 20 + (i % 4) * 10),
            1 => format!("{{ shape = \"band\", groups = [\"women\", \"men\"], min = \"{}%\", max = \"{}%\", rounding = \"{rounding}\" }}", 20 + i % 3 * 10, 80 - i % 3 * 10),
            2 => format!("{{ shape = \"proportional\", group = \"women\", reference = {{ population = \"unit-membership\" }}, rounding = \"{rounding}\" }}"),
            3 => "{ shape = \"count-floor\", group = \"women\", count = 1 }".to_owned(),
            4 => "{ shape = \"from-size\", from_seats = 3, then = { shape = \"count-floor\", group = \"young\", count = 1 } }".to_owned(),
            _ => format!("{{ shape = \"share-floor\", group = \"men\", share = \"{}%\", rounding = \"{rounding}\" }}", 10 + (i % 3) * 10),
        };
        let _ = write!(
            t,
            "[[rules]]\nid = \"rule-{i:02}\"\neffective_from = \"2020-01-01\"\nhardness = \"{hardness}\"\nbase = \"{}\"\nconsequence = \"report-only\"\nscope = {{ targets = [\"bodies\", \"delegations\"], levels = [\"{level}\"] }}\nrequire = {require}\n",
            if i % 2 == 0 {
                "all-seats"
            } else {
                "filled-seats"
            }
        );
    }
    t
}

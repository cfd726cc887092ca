//! Unit weights from CSV, read by the crate's one CSV reader ([`crate::read::csv`]).

pub use crate::read::csv::{CsvError, CsvErrorKind};
use crate::read::csv::{Table, Unique};

/// A unit and its weight (members, votes, population), as read from a CSV file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UnitWeight {
    /// The unit's name.
    pub name: String,
    /// Its weight.
    pub weight: u64,
}

/// Reads a name column and a whole-number column from a CSV text with a header,
/// checking that names are present and unique.
pub(crate) fn named_numbers(
    text: &str,
    name_column: &str,
    value_column: &str,
) -> Result<Vec<UnitWeight>, CsvError> {
    let table = Table::read(text)?;
    let names = table.column(name_column)?;
    let values = table.column(value_column)?;
    let mut seen = Unique::default();
    let mut out = Vec::with_capacity(table.rows().len());
    for row in table.rows() {
        let name = row.non_empty(&names)?;
        seen.insert(row, &names, name)?;
        let weight = row.whole(&values, u64::MAX)?;
        out.push(UnitWeight {
            name: name.to_owned(),
            weight,
        });
    }
    Ok(out)
}

/// Reads units and weights from CSV text with a header naming a `name` column and a
/// weight column (`weight`, or another given name); other columns are ignored. Commas
/// or semicolons, a byte-order mark and header names in any case are read as
/// [`crate::read::csv`] says; weights are whole numbers written with digits only.
///
/// ```
/// use union_rulebook::apportionment::read_weights_csv;
/// let units = read_weights_csv("name,members,region\n\"Bekasi, DPC\",1200,west\nBogor,800,west\n", "members")?;
/// assert_eq!(units[0].name, "Bekasi, DPC");
/// assert_eq!(units[1].weight, 800);
/// // A semicolon-separated export with a byte-order mark and capitalised headers:
/// let units = read_weights_csv("\u{feff}Name;Members\r\nBekasi;1200\r\n", "members")?;
/// assert_eq!(units[0].weight, 1200);
/// # Ok::<(), union_rulebook::apportionment::CsvError>(())
/// ```
///
/// # Errors
/// A [`CsvError`] with the line and the column's name at the first problem: an
/// unclosed quote, a missing column or field, a weight that is not a whole number, an
/// empty or repeated name.
pub fn read_weights_csv(text: &str, weight_column: &str) -> Result<Vec<UnitWeight>, CsvError> {
    named_numbers(text, "name", weight_column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_where() {
        let e = read_weights_csv("name,weight\nA,12x\n", "weight").err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some(
                "line 2, column \"weight\": \"12x\" is not a whole number: expected digits only, \
                 such as 1200, with no thousands separator or decimal mark"
            )
        );
        let e = read_weights_csv("name,weight\n\"A,1\n", "weight").err();
        assert_eq!(
            e.map(|e| (e.line, e.kind)),
            Some((2, CsvErrorKind::UnclosedQuote))
        );
        let e = read_weights_csv("name,members\nA,1\n", "weight").err();
        assert!(
            e.as_ref()
                .is_some_and(|e| e.to_string().contains("no column named \"weight\"")),
            "{e:?}"
        );
        let e = read_weights_csv("name,weight\nA,1\nA,2\n", "weight").err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some(
                "line 3, column \"name\": \"A\" appears again (first on line 2): expected each once"
            )
        );
        let e = read_weights_csv("name,weight\nA\n", "weight").err();
        assert_eq!(
            e.map(|e| (e.line, e.column, e.kind)),
            Some((2, Some("weight".to_owned()), CsvErrorKind::MissingField))
        );
    }
}

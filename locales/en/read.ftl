## Read errors of JSON, TOML and CSV inputs (src/read/messages.rs). The location
## ($line, $column, $path) comes first; $message is what is wrong. Messages of the
## JSON and TOML parsers themselves (serde's "invalid type: ..., expected ...") are
## theirs and stay in English.

read-at-line-column = line { $line }, column { $column }: { $message }
read-at-line-column-path = line { $line }, column { $column }, at { $path }: { $message }
read-at-line-path = line { $line }, at { $path }: { $message }
read-at-path = at { $path }: { $message }
read-not-plain-date = { $value } is not a plain date: expected a date without a time, such as 2020-01-01

read-csv-at-line-column = line { $line }, column { $column }: { $message }
read-csv-at-line = line { $line }: { $message }
read-csv-empty = the file is empty: expected a header line
read-csv-no-rows = the file has a header but no rows: expected a row below it
read-csv-syntax = unreadable CSV: { $message }
read-csv-unclosed-quote = a quoted field is not closed: expected a closing '"' before the end of the file
read-csv-missing-column = no column named { $name } in the header ({ $header }): expected a column { $name }
read-csv-duplicate-column = the header names column { $name } twice: expected each column once
read-csv-missing-field = the row stops before this column: expected a field for it
read-csv-extra-fields = the row has { $found } fields: expected at most { $expected }, one per header column
read-csv-not-a-number = { $value } is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark
read-csv-too-large = { $value } is too large: expected at most { $max }
read-csv-empty-field = the field is empty: expected a value
read-csv-duplicate = { $value } appears again (first on line { $first_line }): expected each once
read-csv-not-a-date = { $value } is not a date: expected YYYY-MM-DD
read-csv-band-order = band starting at { $from } does not start above the band before it ({ $previous }): expected ascending lower bounds
read-csv-zero = 0 is not a place: expected a whole number from 1, such as 1 for the first place

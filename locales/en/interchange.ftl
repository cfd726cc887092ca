## Reading and writing other tools' formats (src/interchange/): Popolo, the Universal
## Tabulator summary, OpenSlides participant lists, membership spreadsheets, and the
## CLI's export, import and convert. $what names the value a message is about (one
## of the interchange-popolo-what-* texts); $value is the text as the file wrote it,
## in quotes.

## Popolo (src/interchange/popolo.rs)
interchange-popolo-not-a-date = { $what } { $value } is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD
interchange-popolo-month-first = { $what } { $value } gives a month: taken as its first day
interchange-popolo-month-last = { $what } { $value } gives a month: taken as its last day
interchange-popolo-year-first = { $what } { $value } gives a year: taken as its first day
interchange-popolo-year-last = { $what } { $value } gives a year: taken as its last day
interchange-popolo-no-id = { $what } has no id: expected one
interchange-popolo-bad-id = { $what } { $value }: { $error }
interchange-popolo-post-made = post { $post } is not in the file: made from a membership
interchange-popolo-organization-made = organization { $organization } is not in the file: made a unit
interchange-popolo-organization-no-id = organization { $name } has no id: left out
interchange-popolo-level-made = level { $level } made for unit { $unit }
interchange-popolo-body-parent = body { $body }: its parent_id { $parent } is not a unit of the file
interchange-popolo-body-made = body { $body } made for the posts of unit { $unit }
interchange-popolo-post-organization = post { $post }: its organization_id { $organization } is not a unit or body of the file
interchange-popolo-member-not-person = { $what }: its member is not a person: left out
interchange-popolo-no-start = { $what } has no start_date: left out (terms and memberships need their first day)
interchange-popolo-post-not-in-file = { $what }: post_id { $post } is not a post of the file
interchange-popolo-what-error = { $what }: { $error }
interchange-popolo-no-post = { $what }: of organization { $organization } without a post: left out (only memberships of units and terms of posts are read)
interchange-popolo-refused = this popolo object is { $class }, not part of an organization document: expected persons, organizations, posts or memberships
interchange-popolo-what-level = level
interchange-popolo-what-body = body
interchange-popolo-what-unit = unit
interchange-popolo-what-post = post
interchange-popolo-what-person = person
interchange-popolo-what-unit-level = the level of unit { $unit }
interchange-popolo-what-birth-date = birth date of person { $person }
interchange-popolo-what-membership = membership { $membership }
interchange-popolo-what-person-of = the person of { $what }
interchange-popolo-what-start = start_date of { $what }
interchange-popolo-what-end = end_date of { $what }
interchange-popolo-what-post-of = the post of { $what }
interchange-popolo-class-area = an area or a vote event
interchange-popolo-class-motion = a motion or a speech
interchange-popolo-class-vote = a vote
interchange-popolo-class-count = a count
interchange-popolo-class-event = an event
interchange-popolo-class-vote-event = a vote event
interchange-popolo-class-contact = a contact detail
interchange-popolo-class-other = another class

## The Universal Tabulator summary (src/interchange/universal_tabulator.rs)
interchange-ut-votes-unreadable = number of votes { $value } cannot be read: expected digits with at most one point, such as "104.8832"
interchange-ut-votes-negative = number of votes { $value } is negative: expected 0 or more
interchange-ut-votes-not-number = number of votes { $value } cannot be read: expected a number of 0 or more
interchange-ut-name-twice = name { $name } occurs twice: expected each name once
interchange-ut-round-order = { $path } is round { $round }: expected round { $expected } (rounds are numbered from 1 in order)
interchange-ut-both-events = a tally result names both `elected` and `eliminated`: expected one
interchange-ut-neither-event = a tally result names neither `elected` nor `eliminated`: expected one
interchange-ut-method = method { $method } cannot be written as a universal tabulator summary: expected one of irv, scottish-stv, meek, wigm
interchange-ut-transcript = stage { $stage } of the transcript: { $what }
interchange-ut-negative-votes = candidate { $number } has negative votes { $votes }
interchange-ut-too-many-stages = too many stages
interchange-ut-different-places = totals { $from } and { $to } have different decimal places
interchange-ut-change-overflows = the change from { $from } to { $to } overflows
interchange-ut-winners-heading = { $contest }: { $rounds } { $rounds ->
        [one] round
       *[other] rounds
    }
interchange-ut-winners-threshold = threshold: { $threshold }
interchange-ut-winners-elected = elected:
interchange-ut-winners-none = (none)
interchange-ut-winner = { $number }. { $name } (round { $round })
interchange-ut-html-title = Winners of { $contest }
interchange-ut-html-intro = The winners as the Universal Tabulator summary lists them: { $rounds } { $rounds ->
        [one] round
       *[other] rounds
    }.
interchange-ut-html-threshold = Votes needed to win (threshold): { $threshold }
interchange-ut-html-none = The summary lists no one elected.
interchange-ut-html-caption = The elected, in the order the summary lists them
interchange-ut-html-number = No.
interchange-ut-html-name = Candidate
interchange-ut-html-round = Round elected

## OpenSlides (src/interchange/openslides.rs)
interchange-openslides-unknown-body = body { $body } is not in the document
interchange-openslides-no-weight = person { $person } holds a seat of body { $body } but is a member of no unit with membership statistics on { $date }: card votes need one
interchange-openslides-cannot-read-header = cannot read the header: { $error }
interchange-openslides-no-id-column = no member_number or username column: expected one to name each delegate
interchange-openslides-cannot-read-row = cannot read the row: { $error }
interchange-openslides-empty-id = empty delegate id: expected one
interchange-openslides-delegate-twice = delegate { $delegate } is also on line { $first_line }: expected each once
interchange-openslides-weight-not-decimal = vote weight { $value } is not a decimal number: expected digits, with at most 6 decimals after a point (120 or 333.333333)
interchange-openslides-weight-too-many-places = vote weight { $value } has { $places } decimal places: OpenSlides stores at most 6
interchange-openslides-weight-negative = vote weight { $value } is negative: expected 0 or more
# $cut is what 6 decimal places keep of the weight.
interchange-openslides-weight-not-six-places = delegate { $delegate } has vote weight { $weight }, which 6 decimal places cannot hold exactly ({ $cut } would lose a fraction of a vote): OpenSlides stores 6 places, so round it first as the statute says
interchange-openslides-weight-too-large = vote weight { $value } is too large
interchange-openslides-not-boolean = { $name } { $value } is not a boolean: expected 1, 0, true or false

## Membership spreadsheets (src/interchange/members.rs)
interchange-at-line = line { $line }: { $message }
interchange-at-line-column = line { $line }, column { $column }: { $message }
interchange-members-cannot-read-row = cannot read the row: { $error }
interchange-members-sheet-empty = the sheet is empty: expected a header row
interchange-members-cannot-read-spreadsheet = cannot read the spreadsheet: { $error }
interchange-members-no-sheet = the workbook has no sheet
interchange-members-cannot-read-sheet = cannot read the first sheet: { $error }
interchange-members-no-column = no { $field } column: expected a header named { $names }
interchange-members-or = { $left } or { $right }
interchange-members-already = member { $member } is already a person of the document or of an earlier row
interchange-members-bad-number = member number { $value }: { $error }
interchange-members-unknown-unit = unit { $value } is not a unit of the document (by id or name)
interchange-members-date-empty = empty: expected a date (YYYY-MM-DD or DD/MM/YYYY)
interchange-members-not-a-date = { $value } is not a date: expected YYYY-MM-DD or DD/MM/YYYY

## The CLI's export, import and convert (src/bin/rulebook/)
interchange-cli-note = rulebook: note: { $file }: { $note }
interchange-cli-skipped = rulebook: skipped: { $file }: { $row }
interchange-cli-bad-rows = { $count ->
        [one] 1 bad row
       *[other] { $count } bad rows
    }: nothing written (--skip-bad leaves them out)
interchange-cli-cannot-write-csv = cannot write csv: { $error }
interchange-cli-cannot-write-json = cannot write json: { $error }
interchange-cli-convert-format = cannot tell the format to write from { $file }: expected a .blt, .soi, .soc, .toi or .toc file

## The PrefLib writer (src/election/preflib/write.rs), which `rulebook convert` uses
preflib-write-no-candidates = the election has no candidates: a preflib file needs at least one
preflib-write-withdrawn = candidate { $candidate } is withdrawn: a preflib file cannot say so (remove the candidate or write blt)
preflib-write-bad-title = title { $title } cannot be a preflib header: expected one line with no space at either end
preflib-write-bad-name = the name { $name } of candidate { $candidate } cannot be a preflib header: expected one line, not empty, with no space at either end
preflib-write-zero-weight = ballot { $ballot } has weight 0: preflib counts start at 1
preflib-write-too-many-voters = the ballots' weights total more than u64 holds
preflib-write-empty-rank = ballot { $ballot } has an empty rank { $rank }
preflib-write-tie = ballot { $ballot } ranks candidates equal: a .{ $extension } file holds strict orders (write .toi or .toc)
preflib-write-twice = ballot { $ballot } ranks candidate { $candidate } twice
preflib-write-beyond = ballot { $ballot } ranks candidate { $candidate }, beyond the { $candidates } candidates
preflib-write-incomplete = ballot { $ballot } ranks { $ranked } of the { $candidates } candidates: a .{ $extension } file holds complete orders (write .soi or .toi)

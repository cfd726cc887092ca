## Elections: tally reports and transcripts, the counting methods, the BLT and PrefLib
## readers and writer (src/election/**/messages.rs).
## $seats, $stage, $candidate and other counts are numbers; names and lists arrive
## formatted.

## Tally reports (src/election/report/messages.rs).

election-report-header = method { $method }, { $seats } { $seats ->
        [one] seat
       *[other] seats
    }, { $ballots } ballots
election-report-elected-heading = elected, in order of election:
election-report-elected-at-stage = { $name } (candidate { $candidate }), at stage { $stage }
election-report-elected = { $name } (candidate { $candidate })
election-report-nobody = nobody
election-report-unfilled = unfilled seats: { $seats } (candidates ran out)
election-report-quota = quota: { $quota }
election-report-ties-heading = ties:
election-report-tie = at stage { $stage }, { $tied } tied for { $purpose }; settled { $how }: { $chosen }
election-settled-earlier = by the totals at stage { $stage }
election-settled-lot = by lot (seed { $seed })
election-settled-order = by the given order
election-stage-heading = stage { $stage }: { $action }
election-action-first-count = first count
election-action-surplus = surplus of { $name } transferred at value { $value }
election-action-exclusion = exclusion of { $names }
election-action-allocation = allocation of seats
election-row-non-transferable = non-transferable
election-row-loss = lost to rounding
election-mark-elected = elected
election-mark-excluded = excluded
election-mark-withdrawn = withdrawn

## STV counts (src/election/stv/messages.rs).

election-mark-doomed = candidate { $candidate } is doomed and excluded at stage { $stage }: { $why }
election-mark-guarded = candidate { $candidate } is guarded from exclusion from stage { $stage }: { $why }
election-reason-ceiling-reached = group { $group } already holds its ceiling of { $seats } { $seats ->
        [one] seat
       *[other] seats
    }
election-reason-seats-for-floors = the { $seats } { $seats ->
        [one] seat left is
       *[other] seats left are
    } all needed for groups below their floors
election-reason-floor-needs-every = group { $group } needs every continuing candidate to reach its floor of { $seats } { $seats ->
        [one] seat
       *[other] seats
    }
election-reason-seats-need-every = the { $seats } { $seats ->
        [one] seat left needs
       *[other] seats left need
    } every candidate who can still be elected within the ceilings
election-ceiling-vacancies = { $seats } { $seats ->
        [one] seat
       *[other] seats
    } left empty: the groups' ceilings admit no more of the candidates who stood
election-too-many-candidates = { $candidates } candidates; at most 65535 can be counted
election-unknown-withdrawn = withdrawn candidate { $candidate }: there are only { $candidates } candidates (numbered from 1)
election-equal-rankings-undefined = at one place, which the rule does not define
election-too-many-places = { $places } decimal places; at most 9 are supported
election-bad-omega = omega 1/10^{ $exponent }; the exponent must be between 1 and 9
# What a tie decides, inserted as $purpose ("tied for ...").
election-purpose-exclusion = exclusion
election-purpose-surplus-order = order of surplus transfer
election-purpose-election-order = order of election
election-purpose-last-seat = the last seat
election-purpose-elect = election
election-purpose-runoff = a place in the runoff
election-meek-round = round { $round }, { $iterations } iterations

## The simple methods (src/election/simple/messages.rs).

election-equal-rank-at-cut = across its mark limit of { $limit }, where the marks stop
election-equal-rank-first = at the preference it counts for
election-one-seat-only = { $seats } seats: it fills exactly 1 seat
election-limit-not-below-seats = a mark limit of { $limit } with { $seats } seats: the limited vote needs a limit from 1 to { $max }
election-runoff-candidates = second-round ballots for { $found } candidates: the first round has { $expected }
election-runoff-label = runoff

## Constrained outcomes (src/election/constrained/messages.rs).

election-change-replaces = candidate { $added } replaces candidate { $removed }
election-change-added-seat = candidate { $added } takes an added seat
election-change-floor = group { $group } held { $had } { $had ->
        [one] seat
       *[other] seats
    }; its floor is { $min } { $min ->
        [one] seat
       *[other] seats
    }
election-change-ceiling = group { $group } held { $had } { $had ->
        [one] seat
       *[other] seats
    }; its ceiling is { $max } { $max ->
        [one] seat
       *[other] seats
    }
election-change-added-seat-reason = group { $group } held { $had } { $had ->
        [one] seat
       *[other] seats
    } of { $size }; its floor is { $min } { $min ->
        [one] seat
       *[other] seats
    }
election-shortfall-no-candidates = group { $group } holds { $holds } { $holds ->
        [one] seat
       *[other] seats
    }, below its floor of { $bound } { $bound ->
        [one] seat
       *[other] seats
    }: no more candidates of the group stood
election-shortfall-no-seat-to-free = group { $group } holds { $holds } { $holds ->
        [one] seat
       *[other] seats
    }, below its floor of { $bound } { $bound ->
        [one] seat
       *[other] seats
    }: every other winner belongs to a group already at its own floor
election-shortfall-no-replacement = group { $group } holds { $holds } { $holds ->
        [one] seat
       *[other] seats
    }, above its ceiling of { $bound } { $bound ->
        [one] seat
       *[other] seats
    }: no candidate of another group can take the seat
election-shortfall-added-seat-limit = group { $group } holds { $holds } { $holds ->
        [one] seat
       *[other] seats
    }, below its floor of { $bound } { $bound ->
        [one] seat
       *[other] seats
    }: no more seats may be added

## Errors of a count, of the settings, of ballot files (src/election/messages.rs).

election-ballot-on-line = the ballot on line { $line }
election-ballot-number = ballot { $ballot } (counted from 1)
election-no-seats = no seats to fill: expected at least 1 seat
election-unsupported = method { $method } cannot count { $what }
election-unknown-candidate = { $ballot } names candidate { $candidate }, but there are only { $candidates } candidates (numbered from 1)
election-equal-ranking = method { $method } cannot count { $ballot }: it ranks candidates equally { $what }
election-tie = tie at stage { $stage } between candidates { $candidates } for { $purpose }: settle it and count again with a given order
election-lot-needed = tie at stage { $stage } between candidates { $candidates } for { $purpose } that only a lot can settle: draw the lot with --seed N (the seed is recorded in the result), give an order (a `[tie ...]` line in the BLT file), or settle it by earlier stages where they differ (--ties backward or forward)
election-runoff-needed = no candidate has a majority of the votes cast: the runoff is between candidates { $first } and { $second } (numbered from 1); give the second-round ballots
election-overflow = vote totals overflow the counting arithmetic
election-unknown-method = unknown method `{ $found }`: expected one of { $names }
election-unknown-tie-policy = unknown tie policy `{ $found }`: expected one of { $names }
election-option-not-for-method = { $option } is not used by method { $method }: expected it only with the method that needs it
election-limit-needed = method limited needs --limit L: the number of candidates each voter may mark, below the seats
election-read-error = line { $line }, column { $column }: { $message }
election-candidate-number-out-of-range = candidate number { $number } is out of range: expected a number from 1 (candidates are numbered from 1, as in the ballot file)
election-bad-votes = vote total { $text } cannot be read: expected a decimal such as 12 or 1234.56789
election-list-shared-first-preference = a first preference shared between lists
election-lists-and-totals = { $lists } lists with { $totals } vote totals
election-votes-per-list = votes per list (expected a list method)
election-constraint-duplicate-candidate = candidate { $candidate } appears more than once in the ranking
election-constraint-duplicate-group = group { $group } has more than one set of bounds
election-constraint-contradictory = group { $group } must hold at least { $min } and at most { $max } seats: no number can
election-constraint-candidate-count = the constraints give groups for { $given } candidates, but the election has { $expected }
election-constraint-floors-exceed = the groups' floors need { $needed } seats, but only { $seats } are to be filled

## The BLT reader and writer (src/election/blt/messages.rs).
## Found text ($found, $nick, $text) is inserted as it is, inside backquotes.

# The phrases inserted as $what.
blt-what-candidates = the number of candidates
blt-what-seats = the number of seats
blt-what-ballot-weight = ballot weight
blt-what-candidate-name = candidate name
blt-what-title = title
blt-what-withdrawn-list = the withdrawn list
blt-what-tie-order = the tie order

blt-invalid-utf8 = invalid UTF-8 in text: expected a UTF-8 file
blt-header-ends-early = file ends early: expected { $what } in the first line
blt-expected-header = found `{ $found }`, expected { $what } in the first line
blt-number-too-large = { $what } is too large
blt-no-candidates = the file declares 0 candidates: expected at least 1
blt-too-many-candidates = the header declares { $claimed } candidates, but a file of { $bytes } bytes cannot hold { $claimed } name lines: expected the number of candidates the file names
blt-no-seats = the file declares 0 seats: expected at least 1
blt-candidate-out-of-range = candidate { $n } does not exist: expected a candidate number from 1 to { $candidates }
blt-expected-candidate = found `{ $found }`, expected a candidate number from 1 to { $candidates } or a nickname
blt-unknown-nick = unknown nickname `{ $found }`: expected one of the nicknames in the [nick] line
blt-duplicate-on-ballot = candidate { $candidate } appears twice on this ballot: expected each candidate at most once
blt-ballot-without-zero = ballot line ends without its closing 0: expected `0` after the preferences
blt-after-closing-zero = found `{ $found }` after the ballot's closing 0: expected the end of the line
blt-ends-in-ballots = file ends in the ballots: expected a ballot line or the lone 0 that ends the ballots
blt-expected-weight = found `{ $found }`, expected a ballot weight (a whole number) or the lone 0 that ends the ballots
blt-zero-weight-with-id = ballot weight 0 after a ballot id: expected a weight of at least 1
blt-after-end-of-ballots = found `{ $found }` after the lone 0 that ends the ballots: expected the end of the line
blt-total-weight-overflow = the ballots' total weight exceeds 18446744073709551615: expected a smaller total
blt-unclosed-ballot-id = unclosed ballot id: expected `)` on the same line
blt-unclosed-comment = unclosed comment: expected `*/`
blt-unclosed-option = unclosed option: expected `]` on the same line
blt-empty-option = empty option `[]`: expected an option name such as nick, withdrawn or tie
blt-nick-count = [nick] gives { $found } nicknames: expected one for each of the { $candidates } candidates
blt-duplicate-nick = nickname `{ $nick }` is given twice: expected distinct nicknames
blt-bad-nick = nickname `{ $nick }` cannot be used: expected a word without `=`, `,`, `#` and not a number
blt-option-before-nick = [{ $option }] names `{ $found }`: expected candidate numbers, or nicknames declared by an earlier [nick] line
blt-duplicate-tie = [tie] lists candidate { $candidate } twice: expected each candidate exactly once
blt-tie-count = [tie] lists { $found } candidates: expected each of the { $candidates } candidates exactly once
blt-repeated-option = [{ $option }] is given twice: expected it at most once
blt-missing-names = file ends after { $found } candidate names: expected { $candidates } names (quoted lines, or `# ALTERNATIVE NAME` comments) and then the title
blt-unclosed-quote = unclosed quote: expected a closing `"` on the same line
blt-bad-alternative-name = malformed `# ALTERNATIVE NAME` comment: expected `# ALTERNATIVE NAME <number>: <name>`
blt-write-zero-weight = ballot { $ballot } has weight 0: BLT needs a weight of at least 1
blt-write-bad-candidate = ballot { $ballot } names candidate { $candidate }, but there are only { $candidates } candidates (numbered from 1)
blt-write-duplicate = ballot { $ballot } names candidate { $candidate } twice
blt-write-empty-rank = ballot { $ballot } has an empty rank: every rank needs at least one candidate
blt-write-bad-text = { $what } `{ $text }` cannot be written as strict BLT: expected text without `"` or line breaks, and without repeated, leading or trailing spaces or trailing commas
blt-write-bad-nick = nickname `{ $nick }` cannot be written: expected a word without spaces, `=`, `,`, `#`, brackets, and not a number
blt-write-bad-index = { $what } names candidate { $candidate }, but there are only { $candidates } candidates (numbered from 1)
blt-write-no-candidates = the election has no candidates: BLT needs at least 1
blt-write-no-seats = the election has 0 seats: BLT needs at least 1

## The PrefLib reader (src/election/preflib/messages.rs).

preflib-missing-alternatives = file ends before any data: expected a `# NUMBER ALTERNATIVES: n` header line
preflib-data-before-header = order line before the `# NUMBER ALTERNATIVES: n` header: expected the header first
preflib-bad-header-number = found `{ $found }` in `# { $header }`: expected a whole number
preflib-no-alternatives = `# NUMBER ALTERNATIVES` is 0: expected at least 1
preflib-too-many-alternatives = `# NUMBER ALTERNATIVES` is { $claimed }, more than the file's { $bytes } bytes can name or rank: expected the number of alternatives the file describes
preflib-data-type-mismatch = the file says `# DATA TYPE: { $found }`: expected { $expected }
preflib-unknown-data-type = unknown data type `{ $found }`: expected soc, soi, toc or toi
preflib-expected-count = found `{ $found }`, expected a line `count: preferences` with a whole-number count
preflib-expected-colon = found `{ $found }` after the count: expected `:`
preflib-expected-alternative = found `{ $found }`, expected an alternative number from 1 to { $n }
preflib-alternative-out-of-range = alternative { $k } does not exist: expected an alternative number from 1 to { $n }
preflib-duplicate-alternative = alternative { $k } appears twice in this order: expected each at most once
preflib-ties-not-allowed = `{ "{" }` starts a tie, but { $kind } data has strict orders: expected an alternative number
preflib-empty-tie = empty tie `{ "{" }{ "}" }`: expected at least one alternative inside the braces
preflib-unclosed-tie = unclosed tie: expected `{ "}" }` on the same line
preflib-incomplete-order = this order ranks { $found } alternatives, but { $kind } data has complete orders: expected all { $n }
preflib-expected-separator = found `{ $found }`, expected `,` or the end of the line
preflib-zero-count = count 0: expected a count of at least 1
preflib-total-overflow = the counts' total exceeds 18446744073709551615: expected a smaller total
preflib-bad-alternative-name = malformed `# ALTERNATIVE NAME` line: expected `# ALTERNATIVE NAME <number>: <name>`
preflib-default-name = alternative { $k }
blt-read-failed = the file could not be read to its end ({ $error }): expected a readable file

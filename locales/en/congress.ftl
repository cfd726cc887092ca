## Decisions at congress scale (issue 11, item 8): fractional vote weights and the
## two-round vote's runoff (src/decision/weight.rs, src/election/simple/runoff.rs).

congress-runoff-ballot-on-line = the second-round ballot on line { $line }
congress-runoff-ballot-at = the second-round ballot on line { $line }, column { $column },
congress-runoff-ballot-number = second-round ballot { $ballot } (counted from 1)
congress-candidate-named = candidate { $number } ({ $name })
congress-candidate-number = candidate { $number }
congress-not-in-runoff = { $ballot } votes for { $candidate }, who is not in the runoff between { $first } and { $second }; a second-round ballot may mark only the two candidates of the runoff
congress-runoff-status = runoff needed: no candidate has a majority of the votes cast; the second round is between { $first } and { $second }
congress-runoff-finalist = { $name } (candidate { $number }, { $votes } votes in the first round)
congress-weight-unreadable = vote weight "{ $text }" does not read: expected a whole number, a decimal such as "2.5" or a fraction such as "1000/3", at most 19 digits
congress-weight-expected = a vote weight: a whole number, or as text a decimal ("2.5") or a fraction ("1000/3")
congress-weight-negative = vote weight { $value } is negative: expected a whole number of votes or more
congress-weight-float = vote weight { $value } is a floating-point number: write a fractional weight as text ("2.5" or "5/2") so that it is read exactly
congress-fractions-dhondt = rule.fractions: rounding dhondt shares seats between groups and does not round a fraction of a vote; expected down, up, half-up or half-even
congress-fractional-weight-without-rounding = { $who } has the fractional vote weight { $weight }, but the rule states no rounding of a fraction: give rule.fractions (rounding down, up, half-up or half-even, of each weight or of the totals)
congress-fractions-line = fractions of a vote rounded { $rounding } { $of ->
        [total] of each total
       *[weight] of each weight
    }: { $items }

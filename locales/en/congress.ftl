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

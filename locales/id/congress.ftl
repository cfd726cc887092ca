## Decisions at congress scale (issue 11, item 8): fractional vote weights and the
## two-round vote's runoff (src/decision/weight.rs, src/election/simple/runoff.rs).


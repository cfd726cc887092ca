## Apportionment: the engine's errors and the text report (src/apportionment/messages.rs).
## Quoted values ($method in apportion-unknown-method, $share) arrive already quoted.

apportion-unknown-method = unknown apportionment method { $method }: expected one of { $names }
apportion-names-list = { $canonical } (also read: { $aliases })
apportion-not-a-list-method = method { $method } apportions seats among units but does not count party lists: expected dhondt, sainte-lague, modified-sainte-lague, largest-remainder, largest-remainder-droop or largest-remainder-hagenbach-bischoff
apportion-no-units = no units to apportion seats among
apportion-no-weight = { $seats } seats to apportion but no unit has a positive weight that reaches the threshold
apportion-min-above-max = minimum of { $min } seats per unit is above the maximum of { $max }
apportion-minimums-exceed-seats = the minimums need { $needed } seats but only { $seats } are to be apportioned
apportion-maximums-below-seats = the maximums allow only { $allowed } seats but { $seats } are to be apportioned
apportion-length-mismatch = { $what } has { $found } entries; expected one per unit, { $expected }
# The lists inserted as $what above.
apportion-list-thresholds = the threshold list
apportion-list-row-seats = the row seats
apportion-bad-share = share { $share } is not between 0 and 1: expected a part no larger than its whole
apportion-unsupported = method { $method } cannot { $what }
# What a method cannot do, inserted as $what above.
apportion-no-bounds = honour a minimum or maximum per unit: use a divisor method
apportion-quota-too-large = fill every seat: the weights are too small for its quota
apportion-no-table = apportion a general table (its divisors are square roots): use the two-group function or another method
apportion-too-many-moves = move so many seats between the two groups one at a time (seats to move times rows above 100000000, MAX_MOVE_WORK): use biproportional_table, whose scaling does not grow with the seats
apportion-tie = tie for the last { $seats } seat(s) between units { $units }: give a lot seed or a tie order
apportion-tie-order-incomplete = the tie order does not name unit { $unit }, which is tied: expected every tied unit
apportion-bad-bands = bad band table: { $reason }
apportion-infeasible = no biproportional apportionment: { $reason }
apportion-overflow = totals exceed the exact arithmetic of the apportionment (weights or seats too large)
apportion-no-convergence = no biproportional apportionment: alternating scaling did not meet every unit and group total within { $iterations } iterations
apportion-table-tie = tie in the biproportional table: cells { $cells } sit exactly on a rounding point and their seats can move between them; settle the tie by changing the weights or totals

## The reasons given inside bad-bands and infeasible.

apportion-no-bands = no bands: expected at least one
apportion-band-order = band starting at { $from } does not start above the band before it ({ $previous })
apportion-per-zero = { $what } per 0 members: expected a positive number
apportion-band-per-zero = { $what } per 0 members: expected a positive number, or no `per` for no more seats
apportion-band-seats-overflow = a unit of { $members } members would get { $seats } seats, more than the { $most } a seat count holds: expected a cap (--max) or a larger `per`
apportion-per-one-seat = one seat
apportion-per-one-more-seat = one more seat
apportion-margins-disagree = the units' seats add up to { $rows } but the groups' to { $groups }
apportion-row-without-weight = unit { $unit } has { $seats } seats but no members in either group
apportion-group-cannot-fill = group { $group } cannot get { $seats } seats: its members are in units with too few seats
apportion-ragged-row = unit { $unit } has { $found } group weights; expected { $expected }, one per group
apportion-units-overfull = units { $units } have { $seats } seats but the groups where they have members can take only { $room }
apportion-axis-unit = unit
apportion-axis-group = group
apportion-first-seats-exceed = { $what } { $number } has members in { $cells } cells and method { $method } gives each a seat, but it has only { $seats } seats
apportion-seats-without-weight = { $what } { $number } has { $seats } seats but no members
apportion-key-rounding = a key rounds members per seat and cannot use rounding { $rounding }: expected up, down, half-up or half-even

## The text report (src/apportionment/report.rs).

apportion-report-heading = { $seats } seats by { $method }
apportion-report-tie = tie for the last { $seats } seat(s) between { $units }: { $chosen } chosen { $how }
apportion-settled-lot = by lot (seed { $seed })
apportion-settled-order = by the given order
apportion-below-threshold = below the threshold

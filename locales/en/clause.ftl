## A rule as the article a drafter puts in the statutes (src/policy/clause.rs), and
## the notes on its effects. Numbers arrive in figures and words ("30% (thirty per
## cent)", "2 (two)"); $scope is a clause-scope-* text.

clause-share-floor = At least { $share } of the members of { $scope } shall be { $many }
clause-band = { $groups } shall each be at least { $min } and at most { $max } of the members of { $scope }
clause-band-max = the maximum is the number of seats less { $complement } of them, rounded the same way
clause-proportional = The number of { $many } among the members of { $scope } shall be at least in proportion to their share of { $population }
clause-population-unit = the membership of the unit concerned, by its membership statistics in force
clause-population-given = the { $label }, { $count } of { $total }
clause-count-floor = At least { $count } of the members of { $scope } shall be { $who }
clause-order-fixed = In every { $block } places of a candidate list, counted from the first place, there shall be at least { $count } { $who }
clause-order-sliding = In any { $block } consecutive places of a candidate list there shall be at least { $count } { $who }
clause-from-size = This applies only where there are at least { $from } seats.

clause-rounding-up = any fraction in the result is rounded up
clause-rounding-down = any fraction in the result is rounded down
clause-rounding-half-up = a fraction below one half is rounded down and a fraction of one half or more is rounded up
clause-rounding-half-even = a fraction is rounded to the nearest whole number, and a fraction of exactly one half to the nearest even number
clause-rounding-dhondt = the seats are divided between { $many } and the other members by the d'Hondt method in proportion to their shares, and a tie for the last seat is decided by lot

clause-base-all-seats = The share is taken of all seats, vacant seats included.
clause-base-filled-seats = The share is taken of the filled seats.
clause-base-voting-seats = The share is taken of the seats that carry a vote.
clause-seats-titular = Only titular seats count, not substitute seats.
clause-seats-substitute = Only substitute seats count.
clause-target = This is a target to aim for: falling short of it is reported, not enforced.

clause-consequence-corrective-replacement = Where this is not met, the elected candidate with the fewest votes from an over-represented group is replaced by the unelected { $one } candidate with the most votes, until it is met or no such candidate remains.
clause-consequence-fill-floor-first = The seats for { $many } are filled first, then the other seats in order of votes.
clause-consequence-list-jump = Where this is not met, a seat passes to the next { $one } candidate on the same or another list.
clause-consequence-add-seats = Where this is not met, seats are added and filled by { $many } until it is met.
clause-consequence-refuse-delegation = A delegation that does not meet this is not seated.
clause-consequence-report-only = Where this is not met, it is recorded and reported, with no other consequence.
clause-consequence-constrained-count = The votes are counted under these bounds, so that the result meets them.

# The scope.
clause-scope-and = { ", and of " }
clause-scope-every-body = every body
clause-scope-kinds = every { $kinds }
clause-scope-delegations = every delegation
clause-scope-lists = every candidate list
clause-scope-offices = the holders of posts { $posts }
clause-scope-bodies = bodies { $bodies }
clause-scope-levels = at level { $levels }
clause-scope-every-level = at every level
clause-scope-units = within { $units }
clause-kind-congress = Congress
clause-kind-council = council
clause-kind-executive = executive board
clause-kind-committee = committee
clause-kind-delegation = delegation
clause-kind-class = class
clause-kind-audit = audit board

# Notes on effects.
clause-note-one-seat = a body or post of 1 (one) seat must go to { $who }: at 1 seat the floor, after rounding, is 1 seat
clause-note-every-seat = at { $sizes } seats the floor is every seat: all of them must go to { $many }
clause-note-half-or-more = rounding lifts the { $share } floor to half the seats or more: { $sizes }
clause-note-half-size = { $floor } of { $seats }
clause-note-no-seat = at { $sizes } seats the floor rounds to 0 (zero): the rule requires no seat for { $many }
clause-note-infeasible = { $seats ->
    [one] at { $seats } seat
   *[other] at { $seats } seats
} the rule cannot be met: { $why }
clause-note-lot = at { $sizes } seats the last seat is tied by d'Hondt and decided by lot; the floor does not count it
clause-note-contradiction = { $seats ->
    [one] at { $seats } seat
   *[other] at { $seats } seats
} this rule and rule { $with } cannot both be met: { $why }
clause-note-needs-reference = the floor follows each unit's membership statistics on the date; a unit with none in force cannot be judged

# The clauses as text.
clause-heading = Rule { $rule }
clause-notes = Effects to consider:
clause-no-notes = No surprising effect at { $from } to { $to } seats.

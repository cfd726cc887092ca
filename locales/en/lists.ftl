## List elections with named candidates (src/election/list_candidates.rs) and
## biproportional apportionment of a units × groups table (src/apportionment/vote_table.rs).
## $list, $group, $removed, $added, $unit are names or ids as the files write them;
## $lists a comma-separated list of quoted names.

lists-place = list { $list }, position { $position }
lists-not-a-list-method = { $method } is not a list method: expected dhondt, sainte-lague, modified-sainte-lague or a largest-remainder method for lists with candidates
lists-differ = the lists of the votes and of the candidates differ: { $problems }
lists-without-candidates = { $lists } have votes but no candidates
lists-without-votes = { $lists } have candidates but no votes
lists-jump-needs-divisors = a floor by list jump (WO §15(5)) needs highest numbers: the method is { $method }, expected dhondt or sainte-lague
lists-jump-lot-needed = lists { $lists } tie for a seat moved by list jump (WO §15(5) no. 2 draws a lot): give --seed N to draw it
lists-bad-floor = { $value } is not a floor: expected GROUP=N, such as woman=3
lists-heading = list election, method { $method }, { $seats } seats
lists-lists = lists:
lists-list-line = { $list }: { $votes } votes, { $won ->
    [one] 1 seat
   *[other] { $won } seats
} by the count, { $seats } held ({ $candidates ->
    [one] 1 candidate
   *[other] { $candidates } candidates
})
lists-elected = elected ({ $count }):
lists-elected-line = { $number }. { $who }, list { $list }, position { $position }
lists-elected-line-group = { $number }. { $who } ({ $group }), list { $list }, position { $position }
lists-by-jump = , by list jump (WO §15(5))
lists-unfilled = { $count ->
    [one] 1 seat
   *[other] { $count } seats
} unfilled: no list has a candidate left (WO §15(3))
lists-floor = floor: { $group } at least { $min } seats; { $before } after the count, { $held } in the end
lists-move-same = list { $list }: { $removed } gave way to { $added } (WO §15(5) no. 1)
lists-move-other = a seat of list { $from } went to list { $to }: { $removed } gave way to { $added } (WO §15(5) no. 2)
lists-by-lot = , by lot
lists-floor-unmet = the floor of { $min } seats for { $group } is not met: no list has another candidate of { $group } (WO §15(5) no. 5)

biprop-a-group = a group (one column of votes per list or party)
biprop-unit = unit
biprop-seats = seats
biprop-divisor = divisor
biprop-total = total
biprop-heading = biproportional apportionment, method { $method }, { $seats } seats, { $units } units × { $groups } groups
biprop-voter-numbers = upper apportionment by voter numbers (each unit's votes divided by its seats)
biprop-not-qualified = below the threshold, no seats: { $groups }

lists-no-universal-tabulator = a list election with candidates has no Universal Tabulator summary: expected --format text, json or html
lists-html-title = List election
lists-html-lists = Votes and seats of the lists
lists-html-list = List
lists-html-votes = Votes
lists-html-candidates = Candidates
lists-html-won = Seats by the count
lists-html-seats = Seats held
lists-html-number = No.
lists-html-id = Id
lists-html-name = Name
lists-html-position = Place on the list
lists-html-group = Group
lists-html-how = Elected
lists-html-by-place = by place on the list
lists-html-by-jump = by list jump (WO §15(5))
biprop-needs-divisor-method = --biproportional needs a divisor method: { $method } is not one; expected sainte-lague (Zurich), dhondt, modified-sainte-lague, adams or dean
lists-policy-needs-reference = rule { $rule } needs the unit's membership to set its floor, which a list election does not know: give the reference population in the rule (population = "given") or the floor with --floor GROUP=N
lists-policy-two-floors = the policy sets floors for { $groups }: list jump (WO §15(5)) meets the floor of one minority; expected one binding list-jump rule with one group
lists-floor-and-policy = a floor is given both by --floor and by a policy: expected one of them
lists-floor-rule = rule { $rule }

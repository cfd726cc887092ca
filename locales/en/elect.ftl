## Election rules: the calendar, eligibility and `elect` (src/election_rules/messages.rs).
## Dates arrive as YYYY-MM-DD; ids and names as they are.

elect-no-election-recorded = election rule { $rule } requires an election at least every { $months } months, but no election is recorded
elect-election-overdue = election rule { $rule }: the last election was on { $last }; the next was due by { $due } (every { $months } months) and none was held by { $as_of }
elect-election-overdue-no-date = election rule { $rule }: the last election was on { $last }; none was held within { $months } months
elect-notice-too-short = election rule { $rule }: notice for the election of { $date } was sent on { $sent }, { $given } days before; the rule needs at least { $days }
elect-notice-not-recorded = election rule { $rule }: no notice is recorded for the election of { $date }; the rule needs at least { $days } days' notice
elect-nominations-close-late = election rule { $rule }: nominations for the election of { $date } closed on { $close }, { $before } days before; the rule needs them closed at least { $days } days before
elect-nominations-too-short = election rule { $rule }: nominations were open from { $open } to { $close }, { $open_days } days; the rule needs at least { $days }
# Whose conditions, inserted as $what below.
elect-conditions-voters = voters
elect-conditions-candidates = candidates
elect-excludes-too-many = election rule { $rule }: the conditions for { $what } exclude { $excluded } of { $electorate } members ({ $share }), more than { $tolerated }; a qualification that excludes most members needs review (Wirtz v. Hotel Employees Local 6, 1968)
elect-unknown-body = election rule { $rule } names body { $body }, which the document does not have

## Errors of `elect`.

elect-bad-selector = election { $text }: { $date } is not a date ({ $reason }); expected RULE or RULE@YYYY-MM-DD
elect-unknown-rule = the document has no election rule { $rule }
elect-no-such-election = election rule { $rule } records no election on { $date }
elect-no-election = election rule { $rule } records no election: add one to its elections with its date
elect-unknown-method = election rule { $rule } names method { $method }, which is not one of { $names }
elect-method-differs = election rule { $rule } is counted by { $rule_method }, not { $given }
elect-unknown-post = election rule { $rule } elects post { $post }, which its body does not have
elect-unknown-candidate = ballot candidate { $number } "{ $name }" is not a person id of the document; name the candidates of the ballot file by person id
elect-seats-differ = the ballot file fills { $ballots } seats, but the posts elected have { $posts }
elect-count-needed = { $candidates } eligible candidates stand for { $seats } seats: a count is needed; give the ballots
elect-no-candidates = election rule { $rule }: no candidates; give the ballots or record the nominations in the election's nominated list
elect-count-failed = the count failed: { $error }
elect-constraint-failed = policy rule { $rule } cannot be applied: { $error }

## Findings of `elect`.

elect-effect-review = election rule { $rule }: { $message }
elect-reason-not-a-member = not a member of the unit on the day
elect-reason-not-in-body = does not sit on the body on the day
elect-reason-tenure = member since { $since }, short of the { $months } months required
elect-reason-arrears = in arrears since { $since }, beyond the { $grace_days } days of grace
elect-reason-age = aged { $age }, outside the age band
elect-reason-no-birth-date = no birth date recorded for the age band
elect-reason-barred-post = holds post { $post }, which bars
elect-reason-term-limit = has held post { $post } for { $terms } consecutive terms, the most allowed
elect-candidate-withdrawn = candidate { $person } may not stand ({ $reasons }) and is withdrawn from the count
elect-candidate-review = candidate { $person } stands, but eligibility needs review: { $reasons }
elect-seats-vacant = { $filled } of { $seats } seats filled; { $vacant } left vacant for want of eligible candidates
elect-delegation-refused = delegation { $body } falls short of policy rule { $rule } and is refused: no terms are written
elect-list-jump-not-applicable = policy rule { $rule } moves seats along party lists (list jump); this election has no lists, so it is not applied
elect-constrained-count-not-applicable = policy rule { $rule } constrains the count, which needs a counted Scottish STV or WIGM election; this one is { $method }, so it is not applied
elect-floor-not-met = body { $body }, policy rule { $rule }: { $shortfall }
elect-reference-missing = body { $body }: policy rule { $rule } is proportional to the unit's membership, which has no statistics for the day; it is not applied

## The text report of `elect`.

elect-report-heading = election rule { $rule }: body { $body } on { $date }, { $seats } { $seats ->
        [one] seat
       *[other] seats
    } by { $method }
elect-report-voters = voters: { $eligible } eligible, { $not_eligible } not eligible, { $review } to review
elect-report-candidates = candidates:
elect-standing-eligible = eligible
elect-standing-not-eligible = not eligible: { $reasons }
elect-standing-needs-review = needs review: { $reasons }
elect-decided-unopposed = decided: unopposed, elected without a count
elect-decided-count = decided: by a count, which elected { $elected }
elect-bound-at-least = { $group } at least { $min }
elect-bound-range = { $group } { $min } to { $max }
elect-policy-applied = applied
elect-policy-reported = reported only
elect-policy-line = policy rule { $rule } (version { $version }, { $consequence }): { $bounds }; { $what }
elect-mark-line = stage { $stage }: { $person } { $mark }
elect-mark-doomed = doomed (excluded at once): { $why }
elect-mark-guarded = guarded (not excluded): { $why }
elect-change-floor = group { $group } held { $had }, below its floor of { $min }
elect-change-ceiling = group { $group } held { $had }, above its ceiling of { $max }
elect-change-added-seat = group { $group } held { $had } of a floor of { $min }; a seat is added
elect-person-replaces = { $added } replaces { $removed }: { $why }
elect-person-added-seat = { $added } takes an added seat: { $why }
elect-report-elected = elected: { $elected }
elect-nobody = nobody
elect-report-refused = no terms written: the delegation is refused
elect-term-until = term: { $person } in { $post } from { $start } until { $end } ({ $how })
elect-term-open = term: { $person } in { $post } from { $start } open-ended ({ $how })
elect-term-ends = ends: { $person } in { $post } on { $end }
# How a term was obtained, inserted as $how above.
elect-how-elected = elected
elect-how-appointed = appointed
elect-how-co-opted = co-opted
elect-how-acting = acting
# List elections through `rulebook elect` (src/election_rules/elect/lists.rs).
# $id and $list arrive quoted.
elect-unknown-list-candidate = line { $line }, column "id": candidate { $id } of list { $list } is not a person id of the document; name the candidates of the lists by person id
elect-lists-need-list-method = election rule { $rule } is counted by { $method }, not by a list method: give its ballots, not list votes and candidates
elect-ballots-and-lists = give either ballots or list votes with candidates, not both
elect-candidate-struck = candidate { $person } may not stand ({ $reasons }) and is struck from list { $list } (place { $position })
elect-ranking-consequence-on-lists = policy rule { $rule } ({ $consequence }) reorders a ranking of candidates; the seats of a list election follow the lists' votes and places (Wahlordnung BetrVG §15), so it is not applied
elect-report-struck = struck from list { $list } (place { $position }): { $person }

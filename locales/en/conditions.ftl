## Eligibility as a language of conditions (issue 11, item 1): reference points,
## conditions in words, their reasons, and unreasonable conditions
## (src/election_rules/condition_messages.rs).

conditions-point-election-day = election day
conditions-point-nominations-open = the opening of nominations
conditions-point-nominations-close = the close of nominations
conditions-point-process-start = the start of the election process
conditions-point-date = { $date }
conditions-point-event = event { $name }
# $point is another reference point in words.
conditions-point-month-of = the first day of the month of { $point }

# $condition is a condition in words, $point a reference point.
conditions-at = { $condition } on { $point }
conditions-all-of = all of ({ $items })
conditions-any-of = any of ({ $items })
conditions-not = not { $condition }
conditions-tenure = { $months } months of membership
conditions-good-standing = dues paid up within { $grace_days } days of grace
conditions-good-standing-months = { $months } months of continuous good standing, with { $grace_days } days of grace
conditions-age-band = aged at least { $min } and under { $under }
conditions-age-min = aged at least { $min }
conditions-age-under = aged under { $under }
conditions-age-any = of any age
conditions-holds-post = holding post { $post }
conditions-attendance = attendance at { $share } of the regular meetings in the { $months } months before
conditions-term-limits = within the body's term limits

conditions-reason-not-holding = does not hold post { $post }
conditions-reason-attendance = attended { $attended } of the { $counted } regular meetings counted from { $from } to before { $to }, short of the { $share } required
conditions-reason-no-attendance-record = no attendance record, so meeting attendance cannot be judged
conditions-reason-no-meetings = no regular meeting recorded from { $from } to before { $to }, so attendance cannot be judged
conditions-reason-no-reference-date = the election record gives no date for { $point }, so the condition measured then cannot be judged
conditions-reason-measured-at = on { $date } ({ $point }): { $reasons }
conditions-reason-none-of = meets none of the alternatives: { $alternatives }
# $number is 1-based.
conditions-alternative = ({ $number }) { $reasons }
conditions-reason-excluded = meets the excluded condition { $condition }

conditions-unreasonable = election rule { $rule }: the condition of candidacy { $condition } ({ $field }) alone disqualifies { $disqualified } of { $electorate } members ({ $share }), more than { $threshold }; a condition that disqualifies most members is unreasonable (29 CFR 452.38(a); Steelworkers v. Usery, 429 U.S. 305 (1977): 96.5% disqualified)

## Validation of meetings and attendance records (src/election_rules/attendance_check.rs).
conditions-unknown-meeting-unit = meeting { $meeting } names unit { $unit }, which the document does not have
# $number is the 1-based position of the first meeting with that id.
conditions-duplicate-meeting = meeting id { $meeting } is given twice (first as meeting { $number })
conditions-unknown-attendance-person = attendance record of person { $person }, whom the document does not have
# $number is the 1-based position of the first record.
conditions-duplicate-attendance = person { $person } has a second attendance record (the first is record { $number }, which counts)
conditions-unknown-meeting = attendance record of { $person } names meeting { $meeting }, which the document does not have
conditions-present-and-excused = attendance record of { $person } gives meeting { $meeting } as both attended and excused: it counts as attended

## Validation of the conditions against the document and the election records
## (src/election_rules/condition_check.rs). $what is "voters" or "candidates" (translated),
## $point a reference point in words, $stated where the rule names it.
conditions-reference-not-recorded = election rule { $rule }: the { $what }' conditions are measured on { $point } ({ $stated }), which the election of { $date } does not date: they cannot be judged, and everyone they concern needs review
# $day is the day measured on, $event the event in words, $to its latest date, $from its earlier dates.
conditions-reference-moved = election rule { $rule }: the { $what }' conditions are measured on { $point } ({ $stated }); { $event } moved from { $from } to { $to }, and its latest date counts: they are measured on { $day }, for the election of { $date }
# $condition is the condition in words, $path where it is in the rule.
conditions-unknown-post = election rule { $rule }: the condition { $condition } ({ $path }) names post { $post }, which the document does not have, so nobody can hold it
conditions-attendance-no-meetings = election rule { $rule }: the attendance condition ({ $path }) counts the regular meetings of unit { $unit }, and the document records none: everyone it concerns needs review

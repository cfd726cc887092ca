## Statutes as unions write them (issue 11): lawful escapes of policy consequences
## (src/model/policy/escape.rs, src/election_rules/elect/escape.rs).

statutes-escape-not-applicable = rule { $rule } states escape { $escape }, but its consequence ({ $consequence }) elects no one; an escape applies to corrective replacement, filling the floor first, added seats, a constrained count and list jump
# $shortfall is a sentence from election-shortfall-*.
statutes-floor-accepted = body { $body }, policy rule { $rule }: { $shortfall }; the rule accepts the result when the group's candidates run out (escape accept), so its remaining seats go to the other candidates in vote order
statutes-floor-accepted-by-default = body { $body }, policy rule { $rule }: { $shortfall }; { $consequence } accepts the result when the group's candidates run out ({ $source }), so its remaining seats go to the other candidates in vote order
statutes-source-corrective-replacement = replacement goes on "until the floor is met or no candidates are left"
statutes-source-floor-first = Wahlordnung BetrVG §22(4): seats the minority cannot fill go to the general allocation
statutes-source-list-jump = Wahlordnung BetrVG §15(5) no. 5: when no other list has a candidate of the minority, the seat stays with its list
statutes-list-floor-accepted = body { $body }, policy rule { $rule }: { $shortfall }; the rule accepts the result when the group's candidates run out (escape accept), so the seats stay with the lists that hold them
statutes-list-floor-accepted-by-default = body { $body }, policy rule { $rule }: { $shortfall }; { $consequence } accepts the result when the group's candidates run out ({ $source }), so the seats stay with the lists that hold them
statutes-seats-left-vacant = body { $body }, policy rule { $rule }: { $shortfall }; the rule leaves the seats the group cannot fill vacant (escape vacant): { $count } { $count ->
        [one] seat
       *[other] seats
    } left vacant, taken from { $people }
statutes-election-void = body { $body }, policy rule { $rule }: { $shortfall }; the rule voids the election when the group's candidates run out (escape void): no terms are written
statutes-vacant-line = seat of { $person } left vacant: { $reason }
statutes-report-void = the election is void under a policy rule's escape: no terms are written

## Quorum formulas of decisions (src/decision/formula.rs).

statutes-formula-syntax = formula `{ $formula }` does not read at column { $column }: expected { $expected }
statutes-formula-expected-operand = a number, a variable, `(` or `-`
statutes-formula-expected-operator = an operator (`+`, `-`, `*`, `/`) or the end
statutes-formula-expected-close = `)`
statutes-formula-expected-close-or-comma = `,` or `)`
statutes-formula-expected-digit = a digit after the decimal point
statutes-formula-expected-function = a function max, min, floor or ceil
statutes-formula-expected-one-argument = one argument
statutes-formula-expected-shorter = a formula of at most 1000 bytes
statutes-formula-expected-shallower = at most 32 levels of nesting
statutes-formula-unknown-variable = the formula names variable { $name }, which has no value; known: { $known }
statutes-formula-division-by-zero = the formula divides by zero
statutes-quorum-formula-unknown-variable = quorum formula `{ $formula }` names variable { $name }, which the motion does not give; give it under `variables` (known: { $known })
statutes-quorum-formula = { $comparison } { $formula } = { $value } { $whom }: { $present } present, { $required } needed: { $met }
statutes-quorum-formula-division-by-zero = quorum formula `{ $formula }` divides by zero with the motion's numbers
statutes-reserved-variable = variable { $name } is counted from the delegates and cannot be given; choose another name

## Delegates entitled as counts per group (src/decision/groups.rs).

statutes-duplicate-delegate-group = delegate group { $group } is given twice
statutes-present-above-count = delegate group { $group } has { $present } present but only { $count } delegates
statutes-too-many-delegates = delegate group { $group } brings the delegates beyond 18446744073709551615
statutes-unknown-delegate-group = votes are given for delegate group { $group }, which the motion does not list in delegate_groups
statutes-non-voting-group = delegate group { $group } has no vote, but votes are given for it
statutes-too-many-group-votes = delegate group { $group } casts { $votes } votes but has only { $count } delegates
statutes-majority-formula-unknown-variable = majority minimum `{ $formula }` names variable { $name }, which the motion does not give; give it under `variables` (known: { $known })
statutes-majority-formula-division-by-zero = majority minimum `{ $formula }` divides by zero with the motion's numbers
# $formula is the majority's minimum, $value its exact value, $votes the whole votes needed.
statutes-majority-minimum-line = and at least { $formula } = { $value }, so { $votes } votes

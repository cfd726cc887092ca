## Statutes as unions write them (issue 11): lawful escapes of policy consequences
## (src/model/policy/escape.rs, src/election_rules/elect/escape.rs).

statutes-escape-not-applicable = rule { $rule } states escape { $escape }, but its consequence ({ $consequence }) elects no one; an escape applies to corrective replacement, filling the floor first, added seats and a constrained count
# $shortfall is a sentence from election-shortfall-*.
statutes-floor-accepted = body { $body }, policy rule { $rule }: { $shortfall }; the rule accepts the result when the group's candidates run out (escape accept), so its remaining seats go to the other candidates in vote order
statutes-floor-accepted-by-default = body { $body }, policy rule { $rule }: { $shortfall }; { $consequence } accepts the result when the group's candidates run out ({ $source }), so its remaining seats go to the other candidates in vote order
statutes-source-corrective-replacement = replacement goes on "until the floor is met or no candidates are left"
statutes-source-floor-first = Wahlordnung BetrVG §22(4): seats the minority cannot fill go to the general allocation
statutes-seats-left-vacant = body { $body }, policy rule { $rule }: { $shortfall }; the rule leaves the seats the group cannot fill vacant (escape vacant): { $count } { $count ->
        [one] seat
       *[other] seats
    } left vacant, taken from { $people }
statutes-election-void = body { $body }, policy rule { $rule }: { $shortfall }; the rule voids the election when the group's candidates run out (escape void): no terms are written
statutes-vacant-line = seat of { $person } left vacant: { $reason }
statutes-report-void = the election is void under a policy rule's escape: no terms are written

## Calendar events (issue 11, item 4): notices counted from any event of an election,
## and moves of its dates (src/election_rules/notices.rs).

calendar-period-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
calendar-period-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
calendar-event-election-day = election day
calendar-event-nominations-open = the opening of nominations
calendar-event-nominations-close = the close of nominations
calendar-event-process-start = the start of the election process
calendar-event-named = event { $name }
calendar-notice-rule-invalid = election rule { $rule }: notice { $notice } needs exactly one of days and months and exactly one of before and after
calendar-duplicate-notice = election rule { $rule }: notice { $notice } is defined twice in the calendar
calendar-unknown-notice = election rule { $rule }: the election of { $date } records notice { $notice }, which the calendar does not define (defined: { $known })
calendar-event-not-recorded = election rule { $rule }: notice { $notice } counts from { $event }, which the election of { $date } does not date
calendar-notice-late-before = election rule { $rule }: notice { $notice } for the election of { $date } was sent on { $sent }, { $given } before { $event } ({ $event_date }); the rule needs it at least { $period } before, by { $latest }
calendar-notice-missing-before = election rule { $rule }: notice { $notice } for the election of { $date } is not recorded; it was due by { $latest }, { $period } before { $event } ({ $event_date })
calendar-notice-late-after = election rule { $rule }: notice { $notice } for the election of { $date } was sent on { $sent }, { $given } after { $event } ({ $event_date }); the rule needs it within { $period } after, by { $deadline }
calendar-notice-early-after = election rule { $rule }: notice { $notice } for the election of { $date } was sent on { $sent }, before { $event } ({ $event_date }) that it must follow
calendar-notice-missing-after = election rule { $rule }: notice { $notice } for the election of { $date } is not recorded; it was due by { $deadline }, within { $period } after { $event } ({ $event_date })
calendar-move-late-notice = election rule { $rule }: move { $nth } of { $event }, from { $from } to { $to }, got its new notice on { $sent }, { $given } before the new date; notice { $notice } needs at least { $period }, by { $latest }
calendar-move-no-notice = election rule { $rule }: move { $nth } of { $event }, from { $from } to { $to }, has no new notice; notice { $notice } needs one with the new date by { $latest }, { $period } before it
calendar-move-gap = election rule { $rule }: move { $nth } of { $event } starts from { $from }, but the date before it was { $expected }
calendar-move-end = election rule { $rule }: the last move of { $event } ends on { $to }, but the election record gives { $current }
calendar-move-undated = election rule { $rule }: move { $nth } of { $event } ends on { $to }, but the election record does not date { $event }
calendar-notice-after-event = election rule { $rule }: notice { $notice } for the election of { $date } was sent on { $sent }, after { $event } ({ $event_date }); the rule needs it at least { $period } before, by { $latest }

## Acara kalender pemilihan (isu 11, butir 4): pemberitahuan yang dihitung dari acara
## mana pun dalam pemilihan, dan perubahan tanggalnya (src/election_rules/notices.rs).

calendar-period-days = { $n } hari
calendar-period-months = { $n } bulan
calendar-event-election-day = hari pemilihan
calendar-event-nominations-open = pembukaan pencalonan
calendar-event-nominations-close = penutupan pencalonan
calendar-event-process-start = dimulainya proses pemilihan
calendar-event-named = acara { $name }
calendar-notice-rule-invalid = ketentuan pemilihan { $rule }: pemberitahuan { $notice } harus memuat tepat satu dari days dan months serta tepat satu dari before dan after
calendar-duplicate-notice = ketentuan pemilihan { $rule }: pemberitahuan { $notice } ditetapkan dua kali dalam kalender
calendar-unknown-notice = ketentuan pemilihan { $rule }: pemilihan tanggal { $date } mencatat pemberitahuan { $notice }, yang tidak ditetapkan dalam kalender (yang ditetapkan: { $known })
calendar-event-not-recorded = ketentuan pemilihan { $rule }: pemberitahuan { $notice } dihitung dari { $event }, yang tanggalnya tidak dicatat untuk pemilihan tanggal { $date }
calendar-notice-late-before = ketentuan pemilihan { $rule }: pemberitahuan { $notice } untuk pemilihan tanggal { $date } dikirim pada { $sent }, { $given } sebelum { $event } ({ $event_date }); ketentuan ini mensyaratkan sekurang-kurangnya { $period } sebelumnya, selambat-lambatnya { $latest }
calendar-notice-missing-before = ketentuan pemilihan { $rule }: pemberitahuan { $notice } untuk pemilihan tanggal { $date } tidak tercatat; batas waktunya { $latest }, { $period } sebelum { $event } ({ $event_date })
calendar-notice-late-after = ketentuan pemilihan { $rule }: pemberitahuan { $notice } untuk pemilihan tanggal { $date } dikirim pada { $sent }, { $given } setelah { $event } ({ $event_date }); ketentuan ini mensyaratkan paling lama { $period } setelahnya, selambat-lambatnya { $deadline }
calendar-notice-early-after = ketentuan pemilihan { $rule }: pemberitahuan { $notice } untuk pemilihan tanggal { $date } dikirim pada { $sent }, sebelum { $event } ({ $event_date }) yang seharusnya mendahuluinya
calendar-notice-missing-after = ketentuan pemilihan { $rule }: pemberitahuan { $notice } untuk pemilihan tanggal { $date } tidak tercatat; batas waktunya { $deadline }, paling lama { $period } setelah { $event } ({ $event_date })
calendar-move-late-notice = ketentuan pemilihan { $rule }: perubahan tanggal ke-{ $nth } untuk { $event }, dari { $from } ke { $to }, mendapat pemberitahuan baru pada { $sent }, { $given } sebelum tanggal baru; pemberitahuan { $notice } mensyaratkan sekurang-kurangnya { $period }, selambat-lambatnya { $latest }
calendar-move-no-notice = ketentuan pemilihan { $rule }: perubahan tanggal ke-{ $nth } untuk { $event }, dari { $from } ke { $to }, tidak disertai pemberitahuan baru; pemberitahuan { $notice } dengan tanggal baru harus dikirim selambat-lambatnya { $latest }, { $period } sebelumnya
calendar-move-gap = ketentuan pemilihan { $rule }: perubahan tanggal ke-{ $nth } untuk { $event } berangkat dari { $from }, padahal tanggal sebelumnya { $expected }
calendar-move-end = ketentuan pemilihan { $rule }: perubahan tanggal terakhir untuk { $event } berakhir pada { $to }, padahal catatan pemilihan memberikan { $current }
calendar-move-undated = ketentuan pemilihan { $rule }: perubahan tanggal ke-{ $nth } untuk { $event } berakhir pada { $to }, padahal catatan pemilihan tidak mencatat tanggal { $event }
calendar-notice-after-event = ketentuan pemilihan { $rule }: pemberitahuan { $notice } untuk pemilihan tanggal { $date } dikirim pada { $sent }, setelah { $event } ({ $event_date }); ketentuan ini mensyaratkan sekurang-kurangnya { $period } sebelumnya, selambat-lambatnya { $latest }

## `rulebook tally`'s own messages (src/bin/rulebook/tally/messages.rs).

tally-unknown-format = cannot tell the ballot format of { $path }: expected a .blt, .soi, .soc, .toc or .toi file, or --input-format
tally-cannot-count = cannot count: { $error }
tally-seats-needed-for-csv = a CSV of list votes gives no seat count: give --seats N
tally-csv-only-for-lists = a CSV holds votes per list: use it with a list method (dhondt, sainte-lague, largest-remainder...)
tally-method-needed = a ballot file is counted by a method: give --method NAME (irv, scottish-stv, meek, wigm, plurality...)
tally-summary-not-ballots = a Universal Tabulator summary holds rounds, not ballots: it cannot be counted again

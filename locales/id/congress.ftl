## Decisions at congress scale (issue 11, item 8): fractional vote weights and the
## two-round vote's runoff (src/decision/weight.rs, src/election/simple/runoff.rs).

congress-runoff-ballot-on-line = surat suara putaran kedua pada baris { $line }
congress-runoff-ballot-at = surat suara putaran kedua pada baris { $line }, kolom { $column },
congress-runoff-ballot-number = surat suara putaran kedua ke-{ $ballot } (dihitung dari 1)
congress-candidate-named = calon { $number } ({ $name })
congress-candidate-number = calon { $number }
congress-not-in-runoff = { $ballot } memilih { $candidate }, yang tidak masuk putaran kedua antara { $first } dan { $second }; surat suara putaran kedua hanya boleh menandai kedua calon putaran kedua
congress-runoff-status = perlu putaran kedua: tidak ada calon yang memperoleh suara mayoritas dari suara yang diberikan; putaran kedua antara { $first } dan { $second }
congress-runoff-finalist = { $name } (calon { $number }, { $votes } suara pada putaran pertama)

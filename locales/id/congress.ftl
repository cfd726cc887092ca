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
congress-weight-unreadable = bobot suara "{ $text }" tidak terbaca: seharusnya bilangan bulat, pecahan desimal seperti "2.5" atau pecahan seperti "1000/3", paling banyak 19 angka
congress-weight-expected = bobot suara: bilangan bulat, atau sebagai teks pecahan desimal ("2.5") atau pecahan ("1000/3")
congress-weight-negative = bobot suara { $value } negatif: seharusnya nol suara atau lebih
congress-weight-float = bobot suara { $value } adalah bilangan titik mengambang: tulis bobot pecahan sebagai teks ("2.5" atau "5/2") agar terbaca dengan tepat
congress-fractions-dhondt = rule.fractions: pembulatan dhondt membagi kursi antarkelompok dan tidak membulatkan pecahan suara; seharusnya down, up, half-up atau half-even
congress-fractional-weight-without-rounding = { $who } memiliki bobot suara pecahan { $weight }, tetapi ketentuan tidak menyatakan cara membulatkan pecahan: isi rule.fractions (pembulatan down, up, half-up atau half-even, untuk setiap bobot atau untuk jumlahnya)
congress-fractions-line = pecahan suara dibulatkan { $rounding } { $of ->
        [total] pada setiap jumlah
       *[weight] pada setiap bobot
    }: { $items }

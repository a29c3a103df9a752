# Month names. `month-N` is the month standing alone («2022 жылғы қараша»); `month-date-N` is
# the form that follows a day number («16 сәуір»), which in Kazakh is the same word. Case
# endings are not typed here: KK_DATIVE, KK_ABLATIVE, KK_DATED and KK_AND apply the rules of
# Kazakh to any word or number (src/kazakh.rs), so every month and every year comes out right.
#
# Date variables in every message: $year $month $mdate $day for the first date and
# $year2 $month2 $mdate2 $day2 for the second.

month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан

month-date-1 = қаңтар
month-date-2 = ақпан
month-date-3 = наурыз
month-date-4 = сәуір
month-date-5 = мамыр
month-date-6 = маусым
month-date-7 = шілде
month-date-8 = тамыз
month-date-9 = қыркүйек
month-date-10 = қазан
month-date-11 = қараша
month-date-12 = желтоқсан

# «2022 жылғы 16 сәуір»
date-words = { $year } жылғы { $day } { $mdate }
# «30.03.2026»: the same in both languages.
date-numeric = { $dd }.{ $mm }.{ $year }

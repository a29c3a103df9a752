# Month names. `month-N` is the month standing alone, nominative («ноябрь 2022 года»);
# `month-date-N` is the form that follows a day number, genitive («16 апреля»).
#
# Date variables in every message: $year $month $mdate $day for the first date and
# $year2 $month2 $mdate2 $day2 for the second.

month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь

month-date-1 = января
month-date-2 = февраля
month-date-3 = марта
month-date-4 = апреля
month-date-5 = мая
month-date-6 = июня
month-date-7 = июля
month-date-8 = августа
month-date-9 = сентября
month-date-10 = октября
month-date-11 = ноября
month-date-12 = декабря

# «16 апреля 2022 года»
date-words = { $day } { $mdate } { $year } года
# «30.03.2026»: the same in both languages.
date-numeric = { $dd }.{ $mm }.{ $year }

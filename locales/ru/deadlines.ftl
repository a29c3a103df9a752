# Deadline phrases. Date variables are described in dates.ftl; also $quarter (1–4), $every
# (month | quarter | year), $dd $mm (two-digit day and month).

due-by = до { $day } { $mdate } { $year } года
due-on = { $day } { $mdate } { $year } года
due-on-numeric = { $dd }.{ $mm }.{ $year }
due-range = с { $day } { $mdate } по { $day2 } { $mdate2 } { $year } года
due-range-years = с { $day } { $mdate } { $year } года по { $day2 } { $mdate2 } { $year2 } года
due-between = в период с { $day } { $mdate } по { $day2 } { $mdate2 } { $year } года
due-between-years = в период с { $day } { $mdate } { $year } года по { $day2 } { $mdate2 } { $year2 } года
due-month = { $month } { $year } года
due-months = { $month }–{ $month2 } { $year } года
due-months-years = { $month } { $year } года – { $month2 } { $year2 } года
due-quarter = { $quarter ->
    [1] I
    [2] II
    [3] III
   *[4] IV
} квартал
due-quarter-year = { $quarter ->
    [1] I
    [2] II
    [3] III
   *[4] IV
} квартал { $year } года
due-every = { $every ->
    [month] ежемесячно, до { $day } числа месяца, следующего за отчётным
    [quarter] ежеквартально, до { $day } числа месяца, следующего за отчётным периодом
   *[year] ежегодно, до { $day } января года, следующего за отчётным
}
due-daily = ежедневно
due-monthly = ежемесячно
due-quarterly = ежеквартально
due-yearly = ежегодно
due-ongoing = постоянно
due-as-received = по мере поступления
due-as-carried-out = по мере исполнения
due-immediately = незамедлительно
due-none = —

# Deadline phrases. Date variables are described in dates.ftl; also $quarter (1–4), $every
# (month | quarter | year), $dd $mm (two-digit day and month).

due-by = { $year } жылғы { $day } { KK_DATIVE($mdate) } дейін
due-on = { $year } жылғы { $day } { $mdate }
due-on-numeric = { $dd }.{ $mm }.{ $year }
due-range = { $year } жылғы { $day } { KK_ABLATIVE($mdate) } { $day2 } { KK_DATIVE($mdate2) } дейін
due-range-years = { $year } жылғы { $day } { KK_ABLATIVE($mdate) } { $year2 } жылғы { $day2 } { KK_DATIVE($mdate2) } дейін
due-between = { $year } жылғы { $day } { $mdate } { KK_AND($mdate) } { $day2 } { $mdate2 } аралығында
due-between-years = { $year } жылғы { $day } { $mdate } { KK_AND($mdate) } { $year2 } жылғы { $day2 } { $mdate2 } аралығында
due-month = { $year } жылғы { $month }
due-months = { $year } жылғы { $month }–{ $month2 }
due-months-years = { $year } жылғы { $month } – { $year2 } жылғы { $month2 }
due-quarter = { $quarter }-тоқсан
due-quarter-year = { $year } жылғы { $quarter }-тоқсан
due-every = { $every ->
    [month] ай сайын, есепті айдан кейінгі айдың { $day }-күніне дейін
    [quarter] тоқсан сайын, есепті кезеңнен кейінгі айдың { $day }-күніне дейін
   *[year] жыл сайын, есепті жылдан кейінгі { $day } { KK_DATIVE("қаңтар") } дейін
}
due-daily = күн сайын
due-monthly = ай сайын
due-quarterly = тоқсан сайын
due-yearly = жыл сайын
due-ongoing = тұрақты
due-as-received = түсуіне қарай
due-as-carried-out = орындалуына қарай
due-immediately = дереу
due-none = —

# The changes to a plan that a board approves («… жоспарына өзгерістер мен толықтырулар»): the
# document's title and the legal drafting formulas of its numbered instructions.
#
# Check: the row, section and title formulas are those in use in acts amending action plans
# (shared/reference/amendments.md); the notes, legend and "text unchanged" wordings follow the
# same pattern and are defaults a native-speaking lawyer should confirm. Change them here: the
# program only fills in the numbers and the quoted words.
#
# $number: a row number of the plan being amended («5», or «14-1» for a row added after row 14);
# $section: a section's number in that plan; $old, $new: quoted words; $old-n, $new-n: one | many
# (how many words are quoted). The ending of a noun after a number comes from the rules of
# the language (KK_…), whatever the number.

# The title: the plan's title with its last noun in the possessive dative («жоспары» →
# «жоспарына»). $kind: both | changes | additions.
amend-title = { $kind ->
    [changes] { KK_POSS_DATIVE($title) } өзгерістер
    [additions] { KK_POSS_DATIVE($title) } толықтырулар
   *[both] { KK_POSS_DATIVE($title) } өзгерістер мен толықтырулар
}

# The number of an instruction, and what ends it: «;», or «.» after the last one.
amend-number = { $number })
amend-end-next = ;
amend-end-last = .

amend-row-replaced = реттік нөмірі { $number }-жол мынадай редакцияда жазылсын:
amend-row-added = мынадай мазмұндағы реттік нөмірі { $number }-{ KK_INSTRUMENTAL("жол") } толықтырылсын:
# A row added at the start of a section, after the last row of the section before it.
amend-row-added-in-section = { $section }-бөлім мынадай мазмұндағы реттік нөмірі { $number }-{ KK_INSTRUMENTAL("жол") } толықтырылсын:
amend-row-removed = реттік нөмірі { $number }-жол алып тасталсын
amend-row-words = реттік нөмірі { $number }-{ KK_DATED("жол") } «{ $old }» деген { $old-n ->
        [one] сөз
       *[many] сөздер
    } «{ $new }» деген { $new-n ->
        [one] сөзбен
       *[many] сөздермен
    } ауыстырылсын
# Only the other language's text of the row changes.
amend-row-unchanged = реттік нөмірі { $number }-{ KK_DATED("жол") } қазақ тіліндегі мәтін өзгермейді

amend-section-renamed = { $section }-{ KK_GENITIVE("бөлім") } тақырыбы мынадай редакцияда жазылсын:
# $number: 2-1 for a section added after section 2.
amend-section-added = мынадай мазмұндағы { $number }-{ KK_INSTRUMENTAL("бөлім") } толықтырылсын:
amend-section-removed = { $section }-бөлім алып тасталсын
amend-section-unchanged = { $section }-{ KK_GENITIVE("бөлім") } тақырыбындағы қазақ тіліндегі мәтін өзгермейді

amend-title-replaced = тақырыбы мынадай редакцияда жазылсын:
amend-title-unchanged = тақырыптағы қазақ тіліндегі мәтін өзгермейді

# A unit's short name, wherever the table and the legend print it.
amend-everywhere-words = бүкіл мәтін бойынша «{ $old }» деген { $old-n ->
        [one] сөз
       *[many] сөздер
    } «{ $new }» деген { $new-n ->
        [one] сөзбен
       *[many] сөздермен
    } ауыстырылсын
amend-everywhere-unchanged = бүкіл мәтін бойынша қазақ тіліндегі мәтін өзгермейді

# The legend of abbreviations after the table («Қысқартулар:»).
amend-legend-replaced = қысқартулар мынадай редакцияда жазылсын:
amend-legend-added = мынадай мазмұндағы қысқартулармен толықтырылсын:
amend-legend-removed = қысқартулар алып тасталсын
amend-legend-words = қысқартулардағы «{ $old }» деген { $old-n ->
        [one] сөз
       *[many] сөздер
    } «{ $new }» деген { $new-n ->
        [one] сөзбен
       *[many] сөздермен
    } ауыстырылсын
amend-legend-unchanged = қысқартулардағы қазақ тіліндегі мәтін өзгермейді

amend-notes-replaced = ескертпе мынадай редакцияда жазылсын:
amend-notes-added = мынадай мазмұндағы ескертпемен толықтырылсын:
amend-notes-removed = ескертпе алып тасталсын
amend-notes-unchanged = ескертпедегі қазақ тіліндегі мәтін өзгермейді

# The comparative table («Салыстырмалы кесте») that goes with the changes to the board: one row
# per instruction. Check: the column names are those in use (shared/reference/amendments.md);
# the element names follow the formulas above and are defaults a native-speaking lawyer should
# confirm.
compare-title = Салыстырмалы кесте
compare-col-number = №
compare-col-element = Құрылымдық элемент
compare-col-current = Қолданыстағы редакция
compare-col-proposed = Ұсынылып отырған редакция
compare-col-justification = Негіздеме
# The structural element: $number as in the formulas («5», «14-1»); $section a section's number.
compare-row = реттік нөмірі { $number }-жол
compare-section = { $section }-бөлімнің тақырыбы
compare-section-whole = { $section }-бөлім
compare-title-element = тақырып
compare-everywhere = бүкіл мәтін бойынша
compare-notes = ескертпе
compare-legend = қысқартулар
# The proposed wording where only the other language's text changes.
compare-unchanged = Қазақ тіліндегі мәтін өзгермейді.
# The wording of an element the plan in force does not have, and of one the new version drops.
compare-absent = Жоқ.
compare-removed = Алып тасталсын.

"""French: the words of UN meeting documents the ingester reads."""

LANGUAGE = "fr"

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MONTH_VARIANTS = {"fevrier": 2, "aout": 8, "decembre": 12}

ORDINALS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
    "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19,
    "vingtième": 20,
}
# the tens and the compounds of covers ("Vingt-deuxième session", "Trentième session")
_UNITS = {"et unième": 1, "-deuxième": 2, "-troisième": 3, "-quatrième": 4, "-cinquième": 5, "-sixième": 6,
          "-septième": 7, "-huitième": 8, "-neuvième": 9}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
ORDINALS.update({"vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60,
                 "soixante-dixième": 70})
ORDINALS.update({tens + (" " if unit.startswith("et") else "") + unit: t + u
                 for tens, t in _TENS.items() for unit, u in _UNITS.items()})
# seventy to ninety-nine, counted in twenties: "soixante et onzième" (71), "soixante-dix-septième" (77),
# "quatre-vingtième" (80), "quatre-vingt-unième" (81), "Quatre‑vingt‑neuvième session" (CCPR/C/89/1)
_TEENS = {"dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
          "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19}
ORDINALS.update({("soixante et " if n == 11 else "soixante-") + w: 60 + n for w, n in _TEENS.items()})
ORDINALS.update({"quatre-vingtième": 80, "quatre-vingt-unième": 81})
ORDINALS.update({"quatre-vingt" + unit: 80 + u for unit, u in _UNITS.items() if unit.startswith("-")})
ORDINALS.update({"quatre-vingt-" + w: 80 + n for w, n in _TEENS.items()})
# the hundreds of a board that meets several times a year ("Cent sixième session", "Cent dix-huitième session":
# IFAD's Executive Board, tests/ingest_eval/pristine/IFAD_EB_106_Rev.1_fr.txt, IFAD_EB_118_fr.txt): "cent" before
# the ordinal of 2 to 99 ("cent unième" for the 101st, never "cent premier")
ORDINALS.update({"centième": 100, "cent unième": 101,
                 **{"cent " + w: 100 + n for w, n in list(ORDINALS.items())
                    if n > 1 and w not in ("second", "seconde")}})

# the words before a resumed session's ordinal on a cover ("Reprise de la soixante-deuxième session",
# unseen/E_CN.7_2019_Add.1_fr): the session line, not prose ("de la huitième réunion")
RESUMED = ["reprise de la"]

SESSION_WORDS = {"session": "session", "session extraordinaire": "session", "réunion": "meeting",
                 "réunion extraordinaire": "meeting"}

# "Point 3 de l'ordre du jour provisoire"; the apostrophe lost in a mirror's text ("Point 6 de l ordre du jour
# provisoire", sealed/A_CONF.223_INF_1_fr)
ITEM_HEADING = (r"Points?\s+(?P<list>\d{1,3}(?:\.\d{1,2})?"
                r"(?:\s*\(?[a-z]\))?(?:\s*(?:,|et|à)\s*\d{1,2}(?:\s*\(?[a-z]\))?)*)"
                r"\s+(?:de\s+l(?:[’']\s*|\s+)ordre\s+du\s+jour(?:\s+provisoire|(?!\s+(?:de|du|des)\b))"
                r"|de\s+la\s+liste\s+préliminaire)")
# (the agenda the Assembly adopted, after its opening: "Point 26 de l’ordre du jour", novel/A_RES_71_162_fr; never
# "de l'ordre du jour de la session")
# (an item of the General Assembly's preliminary list: "Point 107 de la liste préliminaire")

KIND_LINES = {"note du secrétariat": "note", "note de la secrétaire exécutive": "note",
              "note du secrétaire exécutif": "note", "note du secrétaire général": "note",
              "rapport du secrétaire général": "report",
              "note explicative du secrétaire général": "note"}  # (an addendum's explanatory note)

AGENDA_TITLES = ["ordre du jour provisoire annoté révisé", "ordre du jour provisoire annoté",
                 "ordre du jour provisoire révisé", "ordre du jour provisoire et annotations",
                 "ordre du jour provisoire"]

# the words a document's title begins with that name its genre ("Rapport de la Conférence ...",
# "Informations à l'intention des participants"; an apostrophe in them may be printed as any other)
# the line over a resolution's text that says it is one and who adopted it ("Resolution adopted by the General
# Assembly on ..."): its first word as printed (capitalised) and the words of its adopting
ADOPTED_LINE = ("Résolution", "adoptée par")
TITLE_WORDS = {"rapport de la": "report", "rapport du": "report", "rapport sur": "report",
               "rapport annuel du": "report", "rapport annuel de la": "report",  # ("Quatrième rapport annuel du ...")
               "projet de rapport": "report",  # "PROJET DE RAPPORT Partie 1" (unseen/IOC_A-29_draft_report_part1_fr)
               "rapport de l'": "report",  # "RAPPORT DE L ORGANE SUBSIDIAIRE DE MISE EN ŒUVRE" (FCCC/SBI/2002/17)
               "informations à l'intention des participants": "information paper",
               "renseignements à l'intention des participants": "information paper",
               "règlement intérieur": "rules of procedure"}  # CAT/C/3/Rev.5, the Committee's rules
# ("Renseignements à l'intention des participants": A/CONF.223/INF/1, sealed/A_CONF.223_INF_1_fr)
# the possessive of a title's "sur les travaux de sa septième session" (the document's own session)
ITS = ["sa"]

ACTIONS = {
    "a décidé": "decides", "décidé": "decides", "décide": "decides", "a prié": "requests",
    "prie": "requests", "prié": "requests", "a demandé": "requests", "demande": "requests",
    "a exhorté": "urges", "exhorte": "urges", "prie instamment": "urges", "a engagé": "urges",
    "engage": "urges", "s'est félicitée": "welcomes", "s’est félicitée": "welcomes",
    "se félicite": "welcomes", "a accueilli avec satisfaction": "welcomes",
    "accueille avec satisfaction": "welcomes", "a pris note": "takesNote", "pris note": "takesNote",
    "prend note": "takesNote", "a encouragé": "encourages", "encouragé": "encourages",
    "encourage": "encourages", "a invité": "invites", "invité": "invites", "invite": "invites",
    "a rappelé": "recalls", "rappelle": "recalls", "rappelant": "recalls", "a créé": "establishes",
    "a établi": "establishes", "crée": "establishes", "a réaffirmé": "reaffirms",
    "réaffirme": "reaffirms", "a fait sienne": "endorses", "fait sienne": "endorses",
    "est convenue": "agrees", "a noté": "notes", "note": "notes",
}

KINDS = {
    "résolution": "resolution", "résolutions": "resolution", "décision": "decision",
    "décisions": "decision", "recommandation": "recommendation", "recommandations": "recommendation",
    "article": "article", "articles": "article", "paragraphe": "paragraph", "paragraphes": "paragraph",
}
# rules of procedure: "l'article 6 du règlement intérieur"
RULES_OF_PROCEDURE = "règlement intérieur"

BODIES = {"assemblée générale": "ga", "conseil économique et social": "ecosoc",
          "conseil de sécurité": "sc", "conseil des droits de l'homme": "hrc",
          "conseil des droits de l’homme": "hrc",
          # the Conferences of the two Conventions by their full names ("Dans sa résolution 1/4, la Conférence des
          # États parties à la Convention des Nations Unies contre la corruption a mis en place ...")
          "conférence des parties à la convention des nations unies contre la criminalité transnationale organisée":
              "ctoc-cop",
          "conférence des états parties à la convention des nations unies contre la corruption": "cac-cosp",
          # the treaty bodies of the human rights system, whose series the registry knows by their English names
          # (a cover's "Comité des droits de l'enfant", tests/ingest_eval/blind/CRC_C_138_fr.txt)
          **{name.replace("'", q): slug for q in ("'", "’") for name, slug in {
              "comité contre la torture": "cat-c", "comité des droits de l'homme": "ccpr-c",
              "comité des droits de l'enfant": "crc-c",
              "comité pour l'élimination de la discrimination raciale": "cerd-c",
              "comité pour l'élimination de la discrimination à l'égard des femmes": "cedaw-c",
              "comité des droits économiques, sociaux et culturels": "e-c12"}.items()}}

# the instruments whose articles are cited ("l'article 27 du Protocole") -> their English name
INSTRUMENTS = {"pacte": "Covenant", "convention": "Convention", "protocole": "Protocol"}

# capitalised words a sentence begins with but an item title never has inside ("Conformément à l’article 23.1 ..."):
# on a page flattened onto one line, an item heading's title ends before the first of them
SENTENCE_OPENERS = ["Conformément", "En", "Dans", "Un", "Une", "Au", "Aux", "À", "Il", "Selon", "Par", "Lors"]
# articles begin a sentence only before a lower-case word or a body ("La Conférence sera saisie"), never
# before a name ("El Salvador", "La Haye"): they end a title only so
ARTICLES = ["Le", "La", "Les", "L’", "L'"]
BODY_NOUNS = ["Conférence", "Comité", "Commission", "Conseil", "Groupe", "Secrétariat", "Secrétaire", "Président",
                "Présidente", "Bureau", "Assemblée", "Réunion", "Directeur", "Directrice"]

# the words of a sentence that names the documents of an item
# ("La Conférence sera saisie du rapport ... (CTOC/COP/2020/2)")
DOC_PHRASES = ["documentation", "ordre du jour provisoire", "saisi", "saisie", "figure dans", "figurent dans",
               "publié sous la cote", "paru sous la cote", "document", "documents", "rapport", "note",
               "présenté", "présentée"]

# whose rules of procedure a rule is of, as printed after them ("du règlement intérieur de la Conférence",
# "del reglamento de la Asamblea General", "правил процедуры Конференции") -> the English word for that body
RULES_OWNERS = {"conférence": "Conference", "comité": "Committee", "commission": "Commission", "conseil": "Council",
                "assemblée générale": "General Assembly"}
# words after the owner that name no other body ("de la Conférence des États parties"), lower case
OWNER_GENERIC = ["des états parties", "des parties", "des états membres"]

# the Organization and its system, and the words of a meeting document (see lexicon.en.ORGANIZATION)
ORGANIZATION = ["nations unies", "assemblée générale", "conseil économique et social", "conseil de sécurité",
                "conseil des droits de l'homme", "conseil des droits de l’homme", "secrétaire général",
                "organisation mondiale de la santé", "organisation météorologique mondiale", "unesco",
                "organisation mondiale de la propriété intellectuelle",
                # the treaty bodies of the human rights system
                "comité contre la torture", "comité des droits de l'homme", "comité des droits de l’homme",
                "comité des droits de l'enfant", "comité des droits de l’enfant",
                "comité pour l'élimination de la discrimination raciale",
                "comité pour l’élimination de la discrimination raciale",
                "comité pour l'élimination de la discrimination à l'égard des femmes",
                "comité pour l’élimination de la discrimination à l’égard des femmes",
                "comité des droits économiques, sociaux et culturels",
                "comité des droits des personnes handicapées",
                # a subsidiary organ of the General Assembly ("Annuaire de la Commission du droit international 2010",
                # tests/ingest_eval/novel/ILC_Yearbook_2010_ch_XI_nosymbol_fr.txt)
                "commission du droit international"]
MEETING_WORDS = ["session", "sessions", "résolution", "résolutions", "décision", "décisions",
                 "ordre du jour", "rapport de la", "rapport du", "état partie", "états parties",
                 "observations finales", "séance plénière"]

# the places of sessions as this language prints them -> their English names (see lexicon.es.PLACES)
PLACES = {"Vienne": "Vienna", "Genève": "Geneva", "New York": "New York", "Doha": "Doha",
          "Charm el-Cheikh": "Sharm el-Sheikh", "Charm el Cheikh": "Sharm el-Sheikh",
          "Sharm el-Sheikh": "Sharm el-Sheikh",
          "Saint-Pétersbourg": "St. Petersburg", "Marrakech": "Marrakech", "Abou Dhabi": "Abu Dhabi",
          "Abu Dhabi": "Abu Dhabi", "Amman": "Amman",
          # the seats of the organs whose sessions meet at home (see lexicon.en.PLACES)
          "Rome": "Rome", "Nairobi": "Nairobi", "Bonn": "Bonn", "Montréal": "Montreal", "Santiago": "Santiago",
          "Santiago du Chili": "Santiago", "Bangkok": "Bangkok", "Addis-Abeba": "Addis Ababa", "Beyrouth": "Beirut",
          "Paris": "Paris"}
# "sa", "ses", "son" before a cited mandate ("Réaffirmant les dispositions de sa résolution 70/1"), and the
# words that name an organ
OWN_WORDS = ["sa", "ses", "son"]
ORGAN_WORDS = ["assemblée", "conseil", "commission", "comité", "conférence", "groupe", "congrès"]

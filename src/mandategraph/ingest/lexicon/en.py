"""English: the words of UN meeting documents the ingester reads."""

LANGUAGE = "en"

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_VARIANTS: dict[str, int] = {}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

# the verb as printed -> the local name of its mg:Action concept
ACTIONS = {
    "decided": "decides", "decides": "decides", "requested": "requests", "requests": "requests",
    "urged": "urges", "urges": "urges", "welcomed": "welcomes", "welcomes": "welcomes",
    "welcoming": "welcomes", "took note": "takesNote", "takes note": "takesNote",
    "taking note": "takesNote", "noted": "notes", "notes": "notes", "noting": "notes",
    "encouraged": "encourages", "encourages": "encourages", "encouraging": "encourages",
    "invited": "invites", "invites": "invites", "inviting": "invites",
    "recalled": "recalls", "recalling": "recalls", "recalls": "recalls",
    "established": "establishes", "establishes": "establishes",
    "agreed": "agrees", "agrees": "agrees",
    "reaffirmed": "reaffirms", "reaffirms": "reaffirms", "reaffirming": "reaffirms",
    "reiterated": "reiterates", "reiterates": "reiterates", "reiterating": "reiterates",
    "called upon": "callsUpon", "calls upon": "callsUpon", "calling upon": "callsUpon",
    "called on": "callsUpon", "calls on": "callsUpon",
    "adopts": "adopts", "acknowledged": "acknowledges", "acknowledges": "acknowledges",
    "acknowledging": "acknowledges", "expressed": "expresses", "expresses": "expresses",
    "expressing": "expresses", "endorsed": "endorses", "endorses": "endorses",
    "endorsing": "endorses",
}

# the word as printed (lower case, singular and plural) -> the kind of mandate or document
KINDS = {
    "resolution": "resolution", "resolutions": "resolution", "decision": "decision",
    "decisions": "decision", "recommendation": "recommendation", "recommendations": "recommendation",
    "rule": "rule", "rules": "rule", "article": "article", "articles": "article",
    "paragraph": "paragraph", "paragraphs": "paragraph",
}

# a body as the prose names it -> the registry slug of the issuer of its mandates
BODIES = {
    "general assembly": "ga", "assembly": "ga", "economic and social council": "ecosoc",
    "ecosoc": "ecosoc", "security council": "sc", "human rights council": "hrc",
    # the Conferences of the two Conventions, by their full names (whatever the document is, the words say which)
    "conference of the parties to the united nations convention against transnational organized crime": "ctoc-cop",
    "conference of the states parties to the united nations convention against corruption": "cac-cosp",
    "commission on crime prevention and criminal justice": "e-cn15",
    # the other functional commission of the Council whose resolutions texts cite by its name ("Commission on Narcotic
    # Drugs resolution 3 (XXXII) of 11 February 1987", pristine/ECOSOC_res_1987-05-26_HONLEA_Latin_America_nosymbol)
    "commission on narcotic drugs": "e-cn7",
}

# the issuer slug -> its English name (what a citation read in any language names)
ISSUER_NAMES = {"ga": "General Assembly", "ecosoc": "Economic and Social Council", "sc": "Security Council",
                "hrc": "Human Rights Council",
                "ctoc-cop": "Conference of the Parties to the United Nations Convention against Transnational "
                            "Organized Crime",
                "cac-cosp": "Conference of the States Parties to the United Nations Convention against Corruption",
                "e-cn15": "Commission on Crime Prevention and Criminal Justice",
                # the bodies the other languages' lexicons name too (a citation read with their names needs them)
                "e-cn7": "Commission on Narcotic Drugs", "cat-c": "Committee against Torture",
                "ccpr-c": "Human Rights Committee", "crc-c": "Committee on the Rights of the Child",
                "cerd-c": "Committee on the Elimination of Racial Discrimination",
                "cedaw-c": "Committee on the Elimination of Discrimination against Women",
                "e-c12": "Committee on Economic, Social and Cultural Rights"}

# the kind line under a cover's title, as flattened covers run it on ("... Note by the Executive Secretary")
KIND_LINES = {"note by the secretariat": "note", "note by the executive secretary": "note",
              "note by the unctad secretariat": "note", "note by the secretary-general": "note",
              "report of the secretary-general": "report",
              # the explanatory note of an addendum to the Secretary-General's report (A/59/2005/Add.2)
              "explanatory note by the secretary-general": "note"}

# the titles of agendas, word for word (what a flattened cover's title is recognised by)
AGENDA_TITLES = ["provisional agenda and annotations", "annotations to the provisional agenda",
                 "annotated provisional agenda", "provisional annotated agenda"]

# the words a document's title begins with that name its genre, on a cover of any layout
# ("Report of the Conference ...", "Information for participants"); -> the genre
# the line over a resolution's text that says it is one and who adopted it ("Resolution adopted by the General
# Assembly on ..."): its first word as printed (capitalised) and the words of its adopting
ADOPTED_LINE = ("Resolution", "adopted by")
TITLE_WORDS = {"report of the": "report", "report on the": "report", "report to the": "report",
               "progress report on the": "report",
               "information for participants": "information paper",
               # "Rules of Procedure of the Functional Commissions of the Economic and Social Council" (E/5975/Rev.1):
               # a kind no genre reads, its class written as dcterms:type only (genres.NAMED_ONLY)
               "rules of procedure": "rules of procedure"}

# capitalised words a sentence begins with but an item title never has inside ("In accordance with rule 9 ..."):
# on a page flattened onto one line, an item heading's title ends before the first of them
SENTENCE_OPENERS = ["In", "Under", "Pursuant", "At", "By", "It", "This", "According", "As"]
# articles begin a sentence only before a lower-case word or a body ("La Conférence sera saisie"), never
# before a name ("El Salvador", "La Haye"): they end a title only so
ARTICLES = ["The"]
BODY_NOUNS = ["Conference", "Committee", "Commission", "Council", "Board", "Working", "Group", "Secretariat",
                "Secretary-General", "President", "Chair", "Chairperson", "Bureau", "Assembly", "Meeting", "Executive",
                "Parties", "Governing", "Subsidiary", "Expert"]

# the words of a sentence that names the documents of an item
# ("will have before it ... (CTOC/COP/2020/2)")
DOC_PHRASES = ["documentation", "provisional agenda", "before it", "contained in", "issued as", "available as",
               "available in", "document", "documents", "submitted", "report", "note"]

# the names of the Organization, its principal organs and officers and the agencies of its system, as printed: a
# text without a symbol that names one of them and speaks as a meeting document does (MEETING_WORDS) is read as
# a UN document text (document.UN_SYSTEM_NAME)
ORGANIZATION = ["united nations", "general assembly", "economic and social council", "security council",
                "human rights council", "secretary-general", "world health organization",
                "international telecommunication union", "international maritime organization",
                "world meteorological organization", "food and agriculture organization", "unesco",
                "world intellectual property organization", "international atomic energy agency",
                "international labour organization",
                # the treaty bodies of the United Nations human rights system
                "committee against torture", "human rights committee", "committee on the rights of the child",
                "committee on the elimination of racial discrimination",
                "committee on the elimination of discrimination against women",
                "committee on economic, social and cultural rights",
                "committee on the rights of persons with disabilities", "committee on enforced disappearances",
                # a subsidiary organ of the General Assembly (A/CN.4)
                "international law commission"]
# the words with which a meeting document speaks of its own business (a session, an agenda, a resolution)
MEETING_WORDS = ["session", "sessions", "resolution", "resolutions", "decision", "decisions", "agenda",
                 "report of the", "state party", "states parties", "presents its compliments",
                 "concluding observations", "plenary meeting"]

# the places of sessions -> their names as the curated registry gives a session's venue (see lexicon.es.PLACES)
PLACES = {"Vienna": "Vienna", "Geneva": "Geneva", "New York": "New York", "Doha": "Doha",
          "Sharm el-Sheikh": "Sharm el-Sheikh", "Sharm El-Sheikh": "Sharm el-Sheikh",
          "St. Petersburg": "St. Petersburg",
          "Saint Petersburg": "St. Petersburg", "Marrakech": "Marrakech", "Marrakesh": "Marrakech",
          "Abu Dhabi": "Abu Dhabi", "Amman": "Amman",
          # the seats of the organs whose sessions meet at home (FAO, IFAD and WFP; UNEP and UN-Habitat; the UNFCCC;
          # the CBD and ICAO; ECLAC; ESCAP; ECA; ESCWA; UNESCO)
          "Rome": "Rome", "Nairobi": "Nairobi", "Bonn": "Bonn", "Montreal": "Montreal", "Santiago": "Santiago",
          "Santiago de Chile": "Santiago", "Bangkok": "Bangkok", "Addis Ababa": "Addis Ababa", "Beirut": "Beirut",
          "Paris": "Paris"}
# "its" before a cited mandate ("Recalling its resolutions 58/17 ..."), and the words that name an organ: in a
# resolution's text opened by its body's name ("The General Assembly,"), a mandate cited with "its" and no organ
# named before it in its paragraph is that body's (papers.read_named_citations)
OWN_WORDS = ["its"]
ORGAN_WORDS = ["assembly", "council", "commission", "committee", "conference", "board", "group", "bureau",
               "congress", "meeting"]

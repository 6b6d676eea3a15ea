"""Spanish: the words of UN meeting documents the ingester reads."""

LANGUAGE = "es"

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
MONTH_VARIANTS = {"setiembre": 9}

# masculine and feminine forms of the session lines ("Sexto período de sesiones", "octava reunión")
ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
    "séptimo": 7, "séptima": 7, "septimo": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9,
    "décimo": 10, "décima": 10, "decimo": 10, "undécimo": 11, "undécima": 11, "decimoprimero": 11,
    "decimoprimera": 11, "duodécimo": 12, "duodécima": 12, "decimosegundo": 12, "decimosegunda": 12,
    "decimotercero": 13, "decimotercera": 13, "decimocuarto": 14, "decimocuarta": 14,
    "decimoquinto": 15, "decimoquinta": 15, "decimosexto": 16, "decimosexta": 16,
    "decimoséptimo": 17, "decimoséptima": 17, "decimoctavo": 18, "decimoctava": 18,
    "decimonoveno": 19, "decimonovena": 19, "vigésimo": 20, "vigésima": 20,
}
# the tens ("Sexagésimo período de sesiones") and the apocopated forms before a masculine noun
# ("decimotercer período de sesiones", "vigésimo primer período de sesiones")
ORDINALS.update({
    "decimotercer": 13, "vigésimo primer": 21, "trigésimo": 30, "trigésima": 30, "cuadragésimo": 40,
    "cuadragésima": 40, "quincuagésimo": 50, "quincuagésima": 50, "sexagésimo": 60, "sexagésima": 60,
    "septuagésimo": 70, "septuagésima": 70, "octogésimo": 80, "octogésima": 80, "nonagésimo": 90,
    "nonagésima": 90,
})
# the compounds: a tens ordinal before a unit ordinal ("trigésimo sexto período de sesiones")
ORDINALS.update({tens + " " + unit: t + u for tens, t in list(ORDINALS.items()) if t in range(20, 100, 10)
                 for unit, u in list(ORDINALS.items()) if u < 10 and " " not in unit})

# the words of a session line after its ordinal ("Sexto período de sesiones", "13 er período de
# sesiones", "octava reunión") -> session or meeting
# the words before a resumed session's ordinal on a cover ("Continuación del sexagésimo segundo período de
# sesiones"): the session line, not prose ("del sexto período de sesiones")
RESUMED = ["continuación del", "reanudación del"]

SESSION_WORDS = {"período de sesiones": "session", "período extraordinario de sesiones": "session",
                 "periodo de sesiones": "session", "sesión": "session", "reunión": "meeting"}

# "Tema 2 a) del programa provisional", "Temas 3 y 4 del programa provisional",
# "Punto 1.6 del orden del día provisional"
# (UNESCO: item "punto", agenda "orden del día"; an item number may be dotted, "1.6")
ITEM_HEADING = (r"(?:Temas?|Puntos?)\s+(?P<list>\d{1,3}(?:\.\d{1,2})?"
                r"(?:\s*\(?[a-z]\))?(?:\s*(?:,|y|a)\s*\d{1,2}(?:\s*\(?[a-z]\))?)*)"
                r"\s+(?:del\s+(?:programa|orden\s+del\s+d[ií]a)(?:\s+provisional|(?!\s+de\b))|de\s+la\s+lista\s+preliminar)")
# (the agenda the Assembly adopted, after its opening: "Tema 104 del programa", novel/A_57_551_es; never "del
# programa de trabajo")
# (the General Assembly's documents issued before its session are under an item of its preliminary list: "Tema 107
# de la lista preliminar*", sealed/A_65_92_es)

# the kind line under a cover's title: "Nota de la Secretaría", "Nota del Secretario Ejecutivo"
KIND_LINES = {"nota de la secretaría": "note", "nota de la secretaria": "note",
              "nota del secretario general": "note", "nota del secretario ejecutivo": "note",
              "nota de la secretaria ejecutiva": "note", "informe del secretario general": "report",
              # ICAO's working paper, as its Spanish covers name it (tests/ingest_eval/pristine/A39-WP_18_es.txt:
              # "A39-WP/18 / NOTA DE ESTUDIO / EX/6 31/5/16")
              "nota de estudio": "note",
              # the explanatory note of an addendum to the Secretary-General's report (tests/ingest_eval/unread/
              # A_59_2005_Add.2_es.txt line 26, "Nota explicativa del Secretario General*" under "Adición")
              "nota explicativa del secretario general": "note"}

# the titles of agendas ("Programa provisional y anotaciones", "Programa provisional anotado")
AGENDA_TITLES = ["programa provisional y anotaciones", "programa provisional anotado",
                 "programa provisional", "programa provisional revisado"]

# the words a document's title begins with that name its genre ("Informe de la Conferencia ...")
# the line over a resolution's text that says it is one and who adopted it ("Resolution adopted by the General
# Assembly on ..."): its first word as printed (capitalised) and the words of its adopting
ADOPTED_LINE = ("Resolución", "aprobada por")
TITLE_WORDS = {"informe de la": "report", "informe del": "report", "informe sobre": "report",
               # an annual report after its ordinal ("Cuarto informe anual del Subcomité para la Prevención de la
               # Tortura", tests/ingest_eval/unread/CAT_C_46_2_es.txt line 24)
               "informe anual del": "report", "informe anual de la": "report",
               "información para los participantes": "information paper",
               # an organ's rules of procedure ("REGLAMENTO DE LA ASAMBLEA DE LAS NACIONES UNIDAS SOBRE EL MEDIO
               # AMBIENTE", UNEP/EA.3/3: tests/ingest_eval/untouched/UNEP_EA.3_3_es.txt); never "Reglamento
               # Financiero" or "Reglamento del Personal" (financial and staff regulations)
               "reglamento de la": "rules of procedure"}
# the possessive of a title's "sobre su quinto período de sesiones" (the document's own session)
ITS = ["su"]

ACTIONS = {
    "decidió": "decides", "decide": "decides", "solicitó": "requests", "solicita": "requests",
    "pidió": "requests", "pide": "requests", "instó": "urges", "insta": "urges",
    "exhortó": "callsUpon", "exhorta": "callsUpon", "acogió con beneplácito": "welcomes",
    "acoge con beneplácito": "welcomes", "acogió con satisfacción": "welcomes",
    "acoge con satisfacción": "welcomes", "tomó nota": "takesNote", "toma nota": "takesNote",
    "alentó": "encourages", "alienta": "encourages", "invitó": "invites", "invita": "invites",
    "recordó": "recalls", "recuerda": "recalls", "recordando": "recalls",
    "estableció": "establishes", "establece": "establishes", "reafirmó": "reaffirms",
    "reafirma": "reaffirms", "hizo suya": "endorses", "hace suya": "endorses",
    "convino": "agrees", "observó": "notes", "observa": "notes",
}

KINDS = {
    "resolución": "resolution", "resoluciones": "resolution", "decisión": "decision",
    "decisiones": "decision", "recomendación": "recommendation", "recomendaciones": "recommendation",
    "artículo": "article", "artículos": "article", "párrafo": "paragraph", "párrafos": "paragraph",
}
# rules of procedure: "el artículo 6 del reglamento" (Spanish calls a rule an article of the rules)
RULES_OF_PROCEDURE = "reglamento"

BODIES = {"asamblea general": "ga", "consejo económico y social": "ecosoc",
          "consejo de seguridad": "sc", "consejo de derechos humanos": "hrc",
          # the Conferences of the two Conventions by their full names ("En su decisión 4/4, la Conferencia de las
          # Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional reconoció",
          # tests/ingest_eval/fresh/CTOC_COP_WG.4_2017_report_es_nosymbol)
          "conferencia de las partes en la convención de las naciones unidas contra la delincuencia organizada "
          "transnacional": "ctoc-cop",
          "conferencia de los estados partes en la convención de las naciones unidas contra la corrupción": "cac-cosp",
          # the treaty bodies of the human rights system, whose series the registry knows by their English names
          # (a cover's "Comité de Derechos Humanos", tests/ingest_eval/fresh/CCPR_C_SR.1781_es.txt)
          "comité contra la tortura": "cat-c", "comité de derechos humanos": "ccpr-c",
          "comité de los derechos del niño": "crc-c",
          "comité para la eliminación de la discriminación racial": "cerd-c",
          "comité para la eliminación de la discriminación contra la mujer": "cedaw-c",
          "comité de derechos económicos, sociales y culturales": "e-c12",
          # UN-Habitat's Governing Council, as its reports in the Assembly's Official Records name it ("Informe del
          # Consejo de Administración del Programa de las Naciones Unidas para los Asentamientos Humanos",
          # tests/ingest_eval/pristine/A_58_8_es.txt)
          "consejo de administración del programa de las naciones unidas para los asentamientos humanos": "hsp-gc",
          # the Committee on Migrant Workers, as its reports in the Assembly's Official Records name it ("Informe del
          # Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de sus Familiares",
          # tests/ingest_eval/unread/A_66_48_es.txt, Suplemento Nº 48)
          "comité de protección de los derechos de todos los trabajadores migratorios y de sus familiares": "cmw-c"}

# the instruments whose articles are cited ("el artículo 32 de la Convención") -> their English name
INSTRUMENTS = {"pacto": "Covenant", "convención": "Convention", "protocolo": "Protocol"}

# capitalised words a sentence begins with but an item title never has inside ("De conformidad con el artículo 6 ..."):
# on a page flattened onto one line, an item heading's title ends before the first of them
SENTENCE_OPENERS = ["De", "En", "Con", "Un", "Una", "Según", "Por", "Se", "Al"]
# articles begin a sentence only before a lower-case word or a body ("La Conférence sera saisie"), never
# before a name ("El Salvador", "La Haye"): they end a title only so
ARTICLES = ["El", "La", "Los", "Las"]
BODY_NOUNS = ["Conferencia", "Comité", "Comisión", "Consejo", "Grupo", "Secretaría", "Secretario", "Secretaria",
                "Presidente", "Presidenta", "Mesa", "Asamblea", "Reunión", "Director", "Directora", "Órgano"]

# the words of a sentence that names the documents of an item
# ("La Conferencia tendrá ante sí el informe ... (CTOC/COP/2020/2)")
DOC_PHRASES = ["documentación", "programa provisional", "tendrá ante sí", "tendrá a la vista", "figura en",
               "figuran en", "publicado con la signatura", "documento", "documentos", "informe", "nota",
               "presentado", "presentada"]

# whose rules of procedure a rule is of, as printed after them ("du règlement intérieur de la Conférence",
# "del reglamento de la Asamblea General", "правил процедуры Конференции") -> the English word for that body
RULES_OWNERS = {"conferencia": "Conference", "comité": "Committee", "comisión": "Commission", "consejo": "Council",
                "asamblea general": "General Assembly"}
# words after the owner that name no other body ("de la Conférence des États parties"), lower case
OWNER_GENERIC = ["de los estados partes", "de las partes", "de los estados miembros"]

# the Organization and its system, and the words of a meeting document (see lexicon.en.ORGANIZATION)
ORGANIZATION = ["naciones unidas", "asamblea general", "consejo económico y social", "consejo de seguridad",
                "consejo de derechos humanos", "secretario general", "organización mundial de la salud",
                "organización meteorológica mundial", "organización marítima internacional", "unesco",
                # the treaty bodies of the human rights system
                "comité contra la tortura", "comité de derechos humanos", "comité de los derechos del niño",
                "comité para la eliminación de la discriminación racial",
                "comité para la eliminación de la discriminación contra la mujer",
                "comité de derechos económicos, sociales y culturales",
                "comité sobre los derechos de las personas con discapacidad"]
MEETING_WORDS = ["período de sesiones", "periodo de sesiones", "resolución", "resoluciones", "decisión",
                 "decisiones", "programa provisional", "informe de la", "informe del", "estado parte",
                 "estados partes", "observaciones finales", "sesión plenaria",
                 # a specialised agency's session ("Comité del Programa y Presupuesto Vigesimoquinta sesión", WIPO's:
                 # tests/ingest_eval/pristine/WO_PBC_25_7_page44_es.txt)
                 "sesión"]

# the places of sessions as this language prints them -> their English names (as the curated registry gives a
# session's venue): a cover's "Viena" names the venue "Vienna" (lexicon.same_place)
PLACES = {"Viena": "Vienna", "Ginebra": "Geneva", "Nueva York": "New York", "Doha": "Doha",
          "Sharm el-Sheikh": "Sharm el-Sheikh", "Sharm el Sheikh": "Sharm el-Sheikh",
          "San Petersburgo": "St. Petersburg",
          "Marrakech": "Marrakech", "Abu Dhabi": "Abu Dhabi", "Abu Dabi": "Abu Dhabi",
          "Ammán": "Amman", "Amman": "Amman",
          # the seats of the organs whose sessions meet at home (see lexicon.en.PLACES)
          "Roma": "Rome", "Nairobi": "Nairobi", "Bonn": "Bonn", "Montreal": "Montreal", "Santiago": "Santiago",
          "Santiago de Chile": "Santiago", "Bangkok": "Bangkok", "Addis Abeba": "Addis Ababa", "Beirut": "Beirut",
          "París": "Paris"}
# "su", "sus" before a cited mandate ("Recordando su resolución 55/59"), and the words that name an organ
OWN_WORDS = ["su", "sus"]
ORGAN_WORDS = ["asamblea", "consejo", "comisión", "comité", "conferencia", "junta", "grupo", "congreso"]

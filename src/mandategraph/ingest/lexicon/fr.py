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
          "conseil des droits de l’homme": "hrc"}

"""The sentences and headings that open a notice's requirement lists when its ESSENTIAL and
DESIRABLE headings are missing ("The incumbent must:", "Qualifications and Experience:",
"Le titulaire du poste doit :", "Would be an advantage:"), and the small words that tell an
English list from a French one. requirement_lists.py finds the lists with them."""

from __future__ import annotations

import re

from screener.importer.wished_lead_ins import EN_WISHED_LEAD_IN, FR_WISHED_LEAD_IN

_SUBJECT_EN = (
    r"(?:the |all )?(?:incumbent|successful candidate|selected candidate|candidate|applicant"
    r"|post ?holder|job ?holder|individual)s?"
)
EN_LEAD_IN = re.compile(
    rf"^(?:(?:essential|minimum)\s(?:requirements|qualifications)[,:]?\s)?{_SUBJECT_EN}"
    r"\s(?:must|should|shall|will need to|is required to|are required to)\b[^.;]{0,80}:$"
    # A careers page's "Must-have" list, "You must have:", "What you must bring:".
    r"|^(?:must[- ]haves?|what you (?:must|need to|should) (?:bring|have|offer)"
    r"|you (?:must|need to|should|will need(?: to)?) (?:have|bring|possess|hold|meet)\b[^.;]{0,60})"
    r"\s?:?$"
)
EN_DESIRABLE_LEAD_IN = re.compile(
    r"^[^.;]{0,80}\b(?:(?:would|will|could|might) (?:also )?be|are|is) (?:considered |regarded as )?"
    r"(?:an? |as an? )?(?:distinct |strong |additional )?(?:advantage|asset|plus)s?\b[^.;]{0,40}:$"
    r"|^(?:\d{1,2}\s?\.?\s?)?(?:(?:additional|other) )?(?:desirable|preferred|additional|desired)"
    r" (?:qualifications"
    r"|requirements|skills)(?:\s?(?:and|&|/|and/or)\s?(?:experience|skills))?"
    r"(?:\s?\((?:an? )?(?:advantage|asset|plus|desirable|optional)\))?\s?:?$"
    r"|^(?:nice to have|good to have|good to know|bonus points|assets|advantages|would be a plus"
    r"|advantageous"
    r"|preferred|an advantage|what (?:would|will) (?:be )?(?:a plus|an asset|an advantage"
    r"|nice to have)|what we would (?:also )?like)\s?:?$"
    # A careers page's heading: "What would set you apart", "What would make you stand out".
    r"|^what (?:would|will|could|might) (?:set you apart|make you stand out|make the difference"
    r"|be a plus)\s?:?$"
    # "What is desirable", "What would be desirable", "What we would appreciate".
    r"|^what (?:is|would be|will be) (?:desirable|advantageous|preferred|welcome)\s?:?$"
    r"|^what we would (?:also )?(?:appreciate|value|welcome)\s?:?$"
    r"|^[^.;]{0,80}\b(?:(?:is|are|would be|will be) (?:considered )?(?:desirable|preferred"
    r"|advantageous)|(?:have|has|give|gives) an? (?:advantage|edge))\b[^.;]{0,60}:$"
    rf"|{EN_WISHED_LEAD_IN}"
)
FR_LEAD_IN = re.compile(
    r"^(?:(?:le|la|les|la/le|le/la|le ou la|la personne)\s)?(?:titulaires?(?: du poste)?"
    r"|candidate?s?(?: retenue?s?)?|candidat\(e\)s?)"
    # ("Le/la titulaire devra :": the same said in the future, over infinitive items.)
    r"\s(?:doit|doivent|devra|devront)\b[^.;]{0,80}:$"
)
FR_DESIRABLE_LEAD_IN = re.compile(
    r"^[^.;]{0,80}\b(?:seraient|serait|seront|sera|sont|constitueraient|constituerait|represente"
    r"|representeraient)\b[^.;]{0,40}\b(?:atouts?|avantages?|plus)\b[^.;]{0,20}:$"
    # "Qualifications appréciées", "CONDITIONS SOUHAITABLES", "Qualifications minimales
    # souhaitables": the list's heading in other French words.
    r"|^(?:\d{1,2}\s?\.?\s?)?(?:qualifications|competences|exigences|criteres|conditions"
    r"|connaissances|elements|experiences?)(?: et experiences?)?(?: minimales| complementaires"
    r"| supplementaires)? (?:souhaitee?s|souhaitables|appreciee?s)\s?:?$"
    # "Atouts (conditions souhaitables)": the heading with its note in brackets.
    r"|^(?:atouts?|souhaitable|un plus)(?: supplementaires| complementaires)?"
    r"(?:\s?\([^()]{2,60}\))?\s?:?$"
    # "Ce qui ferait la différence :", a careers page's heading for the assets.
    r"|^ce qui (?:ferait|fera|serait) (?:la difference|un plus)\s?:?$"
    # "CE QUI EST SOUHAITABLE", "Ce qui serait un atout", "Ce que nous apprécierions".
    r"|^ce qui (?:est|serait|sera) (?:souhaitable|apprecie|un atout|un avantage|un plus"
    r"|considere comme un (?:atout|avantage|plus))\s?:?$"
    r"|^ce que nous (?:apprecierions|souhaiterions|aimerions)(?: aussi| egalement)?\s?:?$"
    rf"|{FR_WISHED_LEAD_IN}"
)
QUALIFICATIONS = re.compile(
    r"^(?:\d{1,2}\s?\.?\s?)?(?:(?:essential |required |minimum )?qualifications"
    r"(?:\s?(?:and|&|/|and/or)\s?(?:experience|skills))?"
    r"|(?:(?:job|post|position|role) )?(?:essential |minimum |required )?requirements"
    r"|(?:candidate|person) (?:profile|specification)|qualifications et experience"
    r"|profil (?:requis|du candidat)|(?:competences|qualifications|conditions) requises"
    r"|exigences (?:minimales|essentielles)"
    # "Compétences et expérience exigées", "Qualifications minimales requises", "Ce que nous
    # attendons de vous": French notices' names for the essential list.
    r"|(?:competences|qualifications|conditions)(?: et experiences?)?(?: minimales)?"
    r" (?:requises|exigees)|ce que nous attendons(?: de vous)?"
    # "CE QUE L'EMPLOYEUR EXIGE" (a national circular's words), "Ce que nous demandons",
    # "Profil recherché", "What we require", "What the employer expects": what is asked.
    r"|ce que (?:l'employeur|nous|le poste|l'organisation|l'agence) (?:exige|exigeons|demande"
    r"|demandons|attend|attendons|requiert|recherche|recherchons)(?: de vous| du candidat)?"
    r"|ce qui est (?:exige|requis|demande|indispensable|obligatoire|attendu)"
    r"|profil recherche|what (?:we|the employer|the post|the organi[sz]ation|the agency)"
    r" (?:require|requires|ask for|asks for|expect|expects|need|needs|look for|looks for)"
    r"(?: from you| of you| of the candidate)?|what is (?:required|expected|essential))"
    # "Qualifications and experience (E = essential, D = desirable)": a note on the marks.
    r"(?:\s?\([^()]{2,60}\))?\s?:?$"
)
EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "in",
        "with",
        "have",
        "has",
        "be",
        "to",
        "experience",
        "knowledge",
        "ability",
    ]
)
FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "et",
        "des",
        "du",
        "avoir",
        "etre",
        "une",
        "experience",
        "connaissance",
        "dans",
        # Short French items ("Un certificat d'études", "Au moins 3 ans d'expérience"):
        # their small words tell them from English ones.
        "un",
        "de",
        "au",
        "ans",
        "ou",
    ]
)

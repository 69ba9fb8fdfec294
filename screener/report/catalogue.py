"""The core's words in English and French: verdicts, deadlines, conditions, the reports'
headings, and the names of languages, levels, education levels and months.

Data only; screener.report.messages puts them together. The words of each kind's reasons
and its name sit with its rule (screener.domain.kinds) and join TEXT on first need (merge_kind_words);
the adviser's words sit in screener.report.adviser_words and join TEXT at import.
"""

from __future__ import annotations

from screener.report.adviser_words import ADVISER_TEXT

LANGS = ("en", "fr")

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "fr": "French", "ru": "Russian", "de": "German", "es": "Spanish",
           "it": "Italian", "ar": "Arabic", "uk": "Ukrainian", "zh": "Chinese", "tr": "Turkish",
           "pl": "Polish", "nl": "Dutch", "pt": "Portuguese"},
    "fr": {"en": "anglais", "fr": "français", "ru": "russe", "de": "allemand", "es": "espagnol",
           "it": "italien", "ar": "arabe", "uk": "ukrainien", "zh": "chinois", "tr": "turc",
           "pl": "polonais", "nl": "néerlandais", "pt": "portugais"},
}  # fmt: skip

LEVEL_NAMES: dict[str, dict[str, str]] = {
    "en": {"I": "Beginner", "II": "Elementary", "III": "Intermediate", "IV": "Upper Intermediate",
           "V": "Advanced", "VI": "Proficiency"},
    "fr": {"I": "débutant", "II": "élémentaire", "III": "intermédiaire", "IV": "intermédiaire supérieur",
           "V": "avancé", "VI": "maîtrise"},
}  # fmt: skip

EDUCATION_NAMES: dict[str, dict[str, str]] = {
    "en": {"secondary": "secondary school", "higher_secondary": "higher secondary level",
           "bachelor": "university degree (bachelor)", "master": "master's degree",
           "doctorate": "doctorate"},
    "fr": {"secondary": "enseignement secondaire", "higher_secondary": "secondaire supérieur",
           "bachelor": "diplôme universitaire (licence)", "master": "master",
           "doctorate": "doctorat"},
}  # fmt: skip

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "verdict.eligible": "Eligible",
        "verdict.not_eligible": "Not eligible",
        "verdict.incomplete": "Can't tell yet",
        "status.met": "Met",
        "status.not_met": "Not met",
        "status.unknown": "Can't tell yet",
        "deadline.open": "Open until {date}",
        "deadline.closing_soon": "Closes in {days} days ({date})",
        "deadline.closing_today": "Closes today ({date})",
        "deadline.closed": "Closed since {date}",
        "reading.split": "You have {answer}: enough for {met}, as one reading of the notice has it, not for {not_met}, as the other has it. {note} Ask NATO which applies.",
        "declared.yes": "You said yes.",
        "declared.no": "You said no.",
        "declared.unsure": "You said you are not sure.",
        "declared.unanswered": "Not answered yet.",
        "remedy.languages": "{levels}.",
        "none": "none",
        "mother_tongue": "mother tongue",
        "level_in": "{language} at level {level}",
        "and": " and ",
        "condition.security_clearance": "A national security clearance{level}, requested after selection (it can take months).",
        "condition.security_clearance.level": " at {level} level",
        "condition.medical_approval": "Approval of your medical file by the NATO Medical Adviser.",
        "condition.verification": "Verification of your studies and work experience.",
        "condition.accreditation": "Completion of the accreditation and notification process.",
        "condition.lower_grade_appointment": "This is a twin-graded post: appointment is at the lower grade ({grade}).",
        "clearance.NS": "NATO SECRET",
        "clearance.CTS": "COSMIC TOP SECRET",
        "clearance.NC": "NATO CONFIDENTIAL",
        "draft": "Draft vacancy: imported from a notice and not yet fully reviewed.",
        "draft.reviewed": "Draft vacancy: imported from a notice; every point flagged for "
        "review has been checked.",
        "yes": "Yes",
        "no": "No",
        "unsure": "Not sure",
        "deadline.closing_tomorrow": "Closes tomorrow ({date})",
        "report.reference": "Reference {reference}",
        "report.title": "Self-screening: {title} ({reference})",
        "report.screened_on": "Screening date: {date}",
        "report.estimate": "This is a self-screening estimate based on your own answers, not a decision by NATO.",
        "report.essential": "Essential requirements",
        "report.desirable": "Desirable qualifications (an advantage, not required)",
        "report.desirable_count": "{met} of {total} desirable qualifications met",
        "report.no_desirable": "This notice lists no desirable qualifications.",
        "report.status": "Status",
        "report.requirement": "Requirement",
        "report.answer": "Your answer",
        "report.explanation": "Explanation",
        "report.remedy": "What would change it: {remedy}",
        "report.answer_line": "Your answer: {answer}",
        "report.warnings": "Please note about this notice",
        "report.conditions": "What self-screening cannot settle",
        "report.conditions_intro": "Even with every requirement met, appointment depends on:",
        "report.fees_ai": "NATO never asks candidates for money at any stage of recruitment, and it rejects applications prepared with generative AI tools: write your application in your own words.",
        "report.generated_by": "Prepared with Screener, an offline self-screening tool.",
        "show.nato_body": "NATO body",
        "show.location": "Location",
        "show.schedule": "Schedule",
        "show.grade": "Grade",
        "show.salary": "Salary",
        "show.salary.monthly": "{amount} {currency} per month",
        "show.salary.yearly": "{amount} {currency} per year",
        "show.clearance": "Security clearance",
        "show.review_open": "Review items still open: {count}",
        "list.reference": "Reference",
        "list.grade": "Grade",
        "list.deadline": "Deadline",
        "list.title": "Title",
        "list.draft": "(draft)",
        "list.empty": "No vacancies found.",
    },
    "fr": {
        "verdict.eligible": "Admissible",
        "verdict.not_eligible": "Non admissible",
        "verdict.incomplete": "Impossible de conclure pour l'instant",
        "status.met": "Rempli",
        "status.not_met": "Non rempli",
        "status.unknown": "À préciser",
        "deadline.open": "Ouvert jusqu'au {date}",
        "deadline.closing_soon": "Clôture dans {days} jours ({date})",
        "deadline.closing_today": "Clôture aujourd'hui ({date})",
        "deadline.closed": "Clôturé depuis le {date}",
        "reading.split": "Vous avez {answer} : assez pour {met}, selon une lecture de l'avis, pas pour {not_met}, selon l'autre. {note} Demandez à l'OTAN laquelle s'applique.",
        "declared.yes": "Vous avez répondu oui.",
        "declared.no": "Vous avez répondu non.",
        "declared.unsure": "Vous avez répondu que vous n'êtes pas sûr(e).",
        "declared.unanswered": "Pas encore de réponse.",
        "remedy.languages": "{levels}.",
        "none": "aucun",
        "mother_tongue": "langue maternelle",
        "level_in": "{language} au niveau {level}",
        "and": " et ",
        "condition.security_clearance": "Une habilitation de sécurité nationale{level}, demandée après la sélection (cela peut prendre des mois).",
        "condition.security_clearance.level": " de niveau {level}",
        "condition.medical_approval": "L'approbation de votre dossier médical par le médecin-conseil de l'OTAN.",
        "condition.verification": "La vérification de vos diplômes et de votre expérience professionnelle.",
        "condition.accreditation": "L'achèvement du processus d'accréditation et de notification.",
        "condition.lower_grade_appointment": "Poste à double grade : la nomination se fait au grade inférieur ({grade}).",
        "clearance.NS": "NATO SECRET",
        "clearance.CTS": "COSMIC TRÈS SECRET",
        "clearance.NC": "NATO CONFIDENTIEL",
        "draft": "Avis importé, pas encore entièrement vérifié (brouillon).",
        "draft.reviewed": "Avis importé (brouillon) ; chaque point à vérifier a été vérifié.",
        "yes": "Oui",
        "no": "Non",
        "unsure": "Pas sûr(e)",
        "deadline.closing_tomorrow": "Clôture demain ({date})",
        "report.reference": "Référence {reference}",
        "report.title": "Auto-évaluation : {title} ({reference})",
        "report.screened_on": "Date de l'évaluation : {date}",
        "report.estimate": "Il s'agit d'une auto-évaluation fondée sur vos propres réponses, et non d'une décision de l'OTAN.",
        "report.essential": "Acquis essentiels",
        "report.desirable": "Acquis souhaitables (un atout, sans être obligatoires)",
        "report.desirable_count": "Acquis souhaitables remplis : {met} sur {total}",
        "report.no_desirable": "Cet avis ne mentionne aucun acquis souhaitable.",
        "report.status": "Statut",
        "report.requirement": "Exigence",
        "report.answer": "Votre réponse",
        "report.explanation": "Explication",
        "report.remedy": "Ce qui changerait le résultat : {remedy}",
        "report.answer_line": "Votre réponse : {answer}",
        "report.warnings": "À noter au sujet de cet avis",
        "report.conditions": "Ce que l'auto-évaluation ne peut pas établir",
        "report.conditions_intro": "Même si toutes les exigences sont remplies, la nomination dépend encore des éléments suivants :",
        "report.fees_ai": "L'OTAN ne demande jamais d'argent aux candidats, à aucune étape du recrutement, et elle rejette les candidatures préparées à l'aide d'outils d'intelligence artificielle générative : rédigez votre candidature avec vos propres mots.",
        "report.generated_by": "Document établi avec Screener, un outil d'auto-évaluation hors ligne.",
        "show.nato_body": "Organisme de l'OTAN",
        "show.location": "Lieu d'affectation",
        "show.schedule": "Temps de travail",
        "show.grade": "Grade",
        "show.salary": "Salaire",
        "show.salary.monthly": "{amount} {currency} par mois",
        "show.salary.yearly": "{amount} {currency} par an",
        "show.clearance": "Habilitation de sécurité",
        "show.review_open": "Points de vérification encore ouverts : {count}",
        "list.reference": "Référence",
        "list.grade": "Grade",
        "list.deadline": "Date limite",
        "list.title": "Intitulé",
        "list.draft": "(brouillon)",
        "list.empty": "Aucun avis de vacance trouvé.",
    },
}

_kind_words_merged = False


def merge_kind_words() -> None:
    """Each kind's name ("kind.driving_licence") and the words of its reasons, from its module.

    Merged into TEXT the first time a text is not found there, not at import: the kinds are
    pydantic models, and the first screen (the catalogue and a vacancy's details) needs none.
    """
    global _kind_words_merged
    if _kind_words_merged:
        return
    from screener.domain.kinds import KINDS

    for kind in KINDS:
        for lang, label in zip(LANGS, kind.label, strict=True):
            TEXT[lang][f"kind.{kind.name}"] = label
        for code, pair in kind.words.items():
            for lang, text in zip(LANGS, pair, strict=True):
                TEXT[lang][code] = text
    _kind_words_merged = True


# --- The assessment record's sentences (screener/report/record.py) --------------------------
# Kept in a block of their own, merged into TEXT below.
RECORD_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "headline.eligible": "Eligible: you meet every essential requirement",
        "headline.not_eligible": "Not eligible: {count} essential requirements not met",
        "headline.not_eligible.one": "Not eligible: 1 essential requirement not met",
        "headline.incomplete": "Can't tell yet: {count} answers to settle",
        "headline.incomplete.one": "Can't tell yet: 1 answer to settle",
        "headline.incomplete.unread": "Can't tell yet: this draft does not list the notice's requirements yet",
        "headline.deadline.closed": "this post closed on {date}",
        "headline.deadline.open": "applications are open until {date}",
        "headline.deadline.closing_soon": "applications close in {days} days, on {date}",
        "headline.deadline.closing_tomorrow": "applications close tomorrow, {date}",
        "headline.deadline.closing_today": "applications close today, {date}",
        "headline.deadline.brussels": "{deadline} (Brussels time)",
        "headline.join.but": "{verdict}, but {deadline}.",
        "headline.join.and": "{verdict}, and {deadline}.",
        "headline.join.then": "{verdict}. {deadline}.",
        "record.reference_grade": "Reference {reference} · Grade {grade}",
        "record.candidate": "Profile: {name}",
        "record.unnamed": "not named",
        "record.result": "Result",
        "record.closed_note": "You can still check yourself against a closed vacancy, for a reserve list, for practice or for similar posts in future.",
        "record.unsure_count": "Questions answered “Not sure”: {count}",
        "record.unanswered_count": "Questions not answered yet: {count}",
        "record.readings_count": "Requirements the notice states in two ways: {count}",
        "record.to_settle": "What to settle first",
        "record.met": "Essential requirements met: {count}",
        "record.notes": "Notes",
        "record.warning": "About this notice: {warning}",
        "record.change.answer": "an answer to this question.",
        "record.change.find_out": "finding out, then answering “Yes” or “No” instead of “Not sure”.",
        "record.change.ask_nato": "NATO telling you which reading of the notice applies.",
        "record.change.declared_no": "only a truthful “Yes” to this requirement.",
        "record.change.none": "nothing in your answers, unless one of them is wrong.",
    },
    "fr": {
        "headline.eligible": "Admissible : vous remplissez tous les acquis essentiels",
        "headline.not_eligible": "Non admissible : {count} acquis essentiels non remplis",
        "headline.not_eligible.one": "Non admissible : 1 acquis essentiel non rempli",
        "headline.incomplete": "Impossible de conclure pour l'instant : {count} réponses à préciser",
        "headline.incomplete.one": "Impossible de conclure pour l'instant : 1 réponse à préciser",
        "headline.incomplete.unread": "Impossible de conclure pour l'instant : ce brouillon ne reprend pas encore les exigences de l'avis",
        "headline.deadline.closed": "ce poste est clôturé depuis le {date}",
        "headline.deadline.open": "les candidatures sont ouvertes jusqu'au {date}",
        "headline.deadline.closing_soon": "les candidatures ferment dans {days} jours, le {date}",
        "headline.deadline.closing_tomorrow": "les candidatures ferment demain, le {date}",
        "headline.deadline.closing_today": "les candidatures ferment aujourd'hui, le {date}",
        "headline.deadline.brussels": "{deadline} (heure de Bruxelles)",
        "headline.join.but": "{verdict}, mais {deadline}.",
        "headline.join.and": "{verdict}, et {deadline}.",
        "headline.join.then": "{verdict}. {deadline}.",
        "record.reference_grade": "Référence {reference} · Grade {grade}",
        "record.candidate": "Profil : {name}",
        "record.unnamed": "sans nom",
        "record.result": "Résultat",
        "record.closed_note": "Vous pouvez tout de même vous évaluer au regard d'un avis clôturé : pour une liste de réserve, pour vous entraîner ou en vue de postes similaires à l'avenir.",
        "record.unsure_count": "Questions auxquelles vous avez répondu « Pas sûr(e) » : {count}",
        "record.unanswered_count": "Questions encore sans réponse : {count}",
        "record.readings_count": "Exigences que l'avis formule de deux façons : {count}",
        "record.to_settle": "À régler d'abord",
        "record.met": "Acquis essentiels remplis : {count}",
        "record.notes": "À noter",
        "record.warning": "Au sujet de cet avis : {warning}",
        "record.change.answer": "une réponse à cette question.",
        "record.change.find_out": "vous renseigner, puis répondre « Oui » ou « Non » plutôt que « Pas sûr(e) ».",
        "record.change.ask_nato": "la réponse de l'OTAN sur la lecture de l'avis qui s'applique.",
        "record.change.declared_no": "seulement un « Oui » sincère à cette exigence.",
        "record.change.none": "rien dans vos réponses, à moins que l'une d'elles soit inexacte.",
    },
}  # fmt: skip
# ... and the batch matrix's and the adviser's words (screener.report.adviser_words).
for _lang in LANGS:
    TEXT[_lang].update(RECORD_TEXT[_lang])
    TEXT[_lang].update(ADVISER_TEXT[_lang])

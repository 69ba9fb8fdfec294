"""Words for the engine's codes, in English and French.

The core renders its own reasons so the CLI and the reports need no Qt; the GUI uses the
same functions with the UI's current language, so every surface says the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from screener.domain.assessment import DeadlineState, DeadlineStatus, Reason, Status, Verdict
from screener.domain.countries import country_name
from screener.domain.vacancy import Clearance, Condition

LANGS = ("en", "fr")

_MONTHS_FR = [
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
_MONTHS_EN = [
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

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "verdict.eligible": "Eligible",
        "verdict.not_eligible": "Not eligible",
        "verdict.incomplete": "Can't tell yet",
        "status.met": "Met",
        "status.not_met": "Not met",
        "status.unknown": "Not sure",
        "deadline.open": "Open until {date}",
        "deadline.closing_soon": "Closes in {days} days ({date})",
        "deadline.closing_today": "Closes today ({date})",
        "deadline.closed": "Closed since {date}",
        "nationality.member": "{country} is a NATO member state.",
        "nationality.not_member": "{country} is not a NATO member state; only nationals of member states may apply.",
        "nationality.listed": "{country} is one of the nations this post is open to.",
        "nationality.not_listed": "{country} is not among the nations this post is open to ({countries}).",
        "nationality.missing": "Your nationality is not given yet.",
        "education.meets": "You have {has}; the notice asks for {needs}.",
        "education.below": "You have {has}; the notice asks for at least {needs}.",
        "education.missing": "Your education is not given yet; the notice asks for {needs}.",
        "education.unsure": "You are not sure your education matches {needs}.",
        "education.field_unconfirmed": "Your level ({has}) is enough; you are not sure your field of study fits.",
        "education.field_other": "Your level ({has}) is enough, but your field of study does not fit.",
        "experience.meets": "You have {has}; the notice asks for at least {needs}.",
        "experience.short": "You have {has}; the notice asks for at least {needs}.",
        "experience.missing": "Years of experience not given yet; the notice asks for at least {needs}.",
        "languages.one_and_other.met": "English {has_en}, French {has_fr}: at least {one} in one and {other} in the other.",
        "languages.one_and_other.not_met": "English {has_en}, French {has_fr}: the notice asks for {one} in one and {other} in the other.",
        "languages.both.met": "English {has_en}, French {has_fr}: at least {level} in both.",
        "languages.both.not_met": "English {has_en}, French {has_fr}: the notice asks for {level} in both.",
        "languages.per_language.met": "English {has_en}, French {has_fr}: the levels asked for are reached ({required}).",
        "languages.per_language.not_met": "English {has_en}, French {has_fr}: the notice asks for {required}.",
        "languages.missing": "Your English and French levels are not given yet.",
        "language.meets": "{language}: you have {has}; the notice asks for {needs}.",
        "language.below": "{language}: you have {has}; the notice asks for at least {needs}.",
        "language.mother_tongue": "{language} is your mother tongue.",
        "language.not_mother_tongue": "The notice asks for {language} as mother tongue.",
        "language.missing": "Your level in {language} is not given yet.",
        "licence.held": "You hold category {categories}.",
        "licence.missing_categories": "You do not hold category {missing}.",
        "licence.missing": "Your driving licences are not given yet.",
        "declared.yes": "You said yes.",
        "declared.no": "You said no.",
        "declared.unsure": "You said you are not sure.",
        "declared.unanswered": "Not answered yet.",
        "remedy.education": "An education at {needs} level or above.",
        "remedy.more_years": "Another {years} of experience.",
        "remedy.more_years.one": "One more year of experience.",
        "remedy.languages": "{levels}.",
        "remedy.licence": "A driving licence of category {categories}.",
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
        "yes": "Yes",
        "no": "No",
        "unsure": "Not sure",
        "deadline.closing_tomorrow": "Closes tomorrow ({date})",
        "report.reference": "Reference {reference}",
        "report.title": "Self-screening: {title} ({reference})",
        "report.screened_on": "Screening date: {date}",
        "report.verdict": "Result: {verdict}",
        "report.deadline": "Application deadline: {deadline}",
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
        "report.before_applying": "Before you apply",
        "report.fees_ai": "NATO never asks candidates for money at any stage of recruitment, and it rejects applications prepared with generative AI tools: write your application in your own words.",
        "report.not_met_count": "Essential requirements not met: {count}",
        "report.unknown_count": "Essential requirements still to settle: {count}",
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
        "kind.nationality": "nationality",
        "kind.education": "education",
        "kind.experience": "experience",
        "kind.official_languages": "official languages",
        "kind.language": "other language",
        "kind.driving_licence": "driving licence",
        "kind.fitness_test": "fitness test",
        "kind.firearms": "firearms",
        "kind.availability": "availability",
        "kind.certification": "certification",
        "kind.statement": "self-declared",
    },
    "fr": {
        "verdict.eligible": "Admissible",
        "verdict.not_eligible": "Non admissible",
        "verdict.incomplete": "Impossible de conclure pour l'instant",
        "status.met": "Rempli",
        "status.not_met": "Non rempli",
        "status.unknown": "Incertain",
        "deadline.open": "Ouvert jusqu'au {date}",
        "deadline.closing_soon": "Clôture dans {days} jours ({date})",
        "deadline.closing_today": "Clôture aujourd'hui ({date})",
        "deadline.closed": "Clôturé depuis le {date}",
        "nationality.member": "Pays membre de l'OTAN : {country}.",
        "nationality.not_member": "Pays non membre de l'OTAN : {country} ; seuls les ressortissants des pays membres peuvent postuler.",
        "nationality.listed": "Ce poste est ouvert aux ressortissants de ce pays : {country}.",
        "nationality.not_listed": "Ce poste n'est pas ouvert aux ressortissants de ce pays : {country} (pays admis : {countries}).",
        "nationality.missing": "Votre nationalité n'est pas encore indiquée.",
        "education.meets": "Vous avez le niveau {has} ; l'avis demande {needs}.",
        "education.below": "Vous avez le niveau {has} ; l'avis demande au minimum {needs}.",
        "education.missing": "Votre formation n'est pas encore indiquée ; l'avis demande {needs}.",
        "education.unsure": "Vous n'êtes pas sûr(e) que votre formation corresponde au niveau {needs}.",
        "education.field_unconfirmed": "Votre niveau ({has}) suffit ; vous n'êtes pas sûr(e) que votre domaine d'études convienne.",
        "education.field_other": "Votre niveau ({has}) suffit, mais votre domaine d'études ne convient pas.",
        "experience.meets": "Vous avez {has} d'expérience ; l'avis en demande au moins {needs}.",
        "experience.short": "Vous avez {has} d'expérience ; l'avis en demande au moins {needs}.",
        "experience.missing": "Années d'expérience non indiquées ; l'avis en demande au moins {needs}.",
        "languages.one_and_other.met": "Anglais {has_en}, français {has_fr} : au moins {one} dans l'une et {other} dans l'autre.",
        "languages.one_and_other.not_met": "Anglais {has_en}, français {has_fr} : l'avis demande {one} dans l'une et {other} dans l'autre.",
        "languages.both.met": "Anglais {has_en}, français {has_fr} : au moins {level} dans les deux.",
        "languages.both.not_met": "Anglais {has_en}, français {has_fr} : l'avis demande {level} dans les deux.",
        "languages.per_language.met": "Anglais {has_en}, français {has_fr} : les niveaux demandés sont atteints ({required}).",
        "languages.per_language.not_met": "Anglais {has_en}, français {has_fr} : l'avis demande {required}.",
        "languages.missing": "Vos niveaux d'anglais et de français ne sont pas encore indiqués.",
        "language.meets": "{language} : vous avez le niveau {has} ; l'avis demande {needs}.",
        "language.below": "{language} : vous avez le niveau {has} ; l'avis demande au minimum {needs}.",
        "language.mother_tongue": "Votre langue maternelle est la langue demandée ({language}).",
        "language.not_mother_tongue": "L'avis demande une langue maternelle que vous n'avez pas indiquée ({language}).",
        "language.missing": "Votre niveau de {language} n'est pas encore indiqué.",
        "licence.held": "Vous êtes titulaire de la catégorie {categories}.",
        "licence.missing_categories": "Vous n'êtes pas titulaire de la catégorie {missing}.",
        "licence.missing": "Vos permis de conduire ne sont pas encore indiqués.",
        "declared.yes": "Vous avez répondu oui.",
        "declared.no": "Vous avez répondu non.",
        "declared.unsure": "Vous avez répondu que vous n'êtes pas sûr(e).",
        "declared.unanswered": "Pas encore de réponse.",
        "remedy.education": "Une formation de niveau {needs} ou plus.",
        "remedy.more_years": "{years} d'expérience de plus.",
        "remedy.more_years.one": "Une année d'expérience de plus.",
        "remedy.languages": "{levels}.",
        "remedy.licence": "Un permis de conduire de catégorie {categories}.",
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
        "yes": "Oui",
        "no": "Non",
        "unsure": "Pas sûr(e)",
        "deadline.closing_tomorrow": "Clôture demain ({date})",
        "report.reference": "Référence {reference}",
        "report.title": "Auto-évaluation : {title} ({reference})",
        "report.screened_on": "Date de l'évaluation : {date}",
        "report.verdict": "Résultat : {verdict}",
        "report.deadline": "Date limite de candidature : {deadline}",
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
        "report.before_applying": "Avant de postuler",
        "report.fees_ai": "L'OTAN ne demande jamais d'argent aux candidats, à aucune étape du recrutement, et elle rejette les candidatures préparées à l'aide d'outils d'intelligence artificielle générative : rédigez votre candidature avec vos propres mots.",
        "report.not_met_count": "Acquis essentiels non remplis : {count}",
        "report.unknown_count": "Acquis essentiels encore à préciser : {count}",
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
        "kind.nationality": "nationalité",
        "kind.education": "formation",
        "kind.experience": "expérience",
        "kind.official_languages": "langues officielles",
        "kind.language": "autre langue",
        "kind.driving_licence": "permis de conduire",
        "kind.fitness_test": "test d'aptitude physique",
        "kind.firearms": "armes à feu",
        "kind.availability": "disponibilité",
        "kind.certification": "certification",
        "kind.statement": "déclaration",
    },
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


# French typography: a no-break space before « : ; ? ! » and inside « », so a line is never
# broken between a word and its punctuation.
_FRENCH_SPACING = re.compile(r" ([:;?!»])|(«) ")


def _french_spacing(rendered: str) -> str:
    return _FRENCH_SPACING.sub(lambda m: f"\u00a0{m[1]}" if m[1] else f"{m[2]}\u00a0", rendered)


def text(key: str, lang: str, **values: Any) -> str:
    language = _lang(lang)
    template = _TEXT[language].get(key) or _TEXT["en"][key]
    rendered = template.format(**values)
    return _french_spacing(rendered) if language == "fr" else rendered


def format_date(day: dt.date, lang: str) -> str:
    if _lang(lang) == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_number(value: float, lang: str) -> str:
    shown = f"{value:g}"
    return shown.replace(".", ",") if _lang(lang) == "fr" else shown


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES[_lang(lang)].get(code, code)


def level_label(level: str | None, lang: str) -> str:
    if level is None:
        return text("none", lang)
    if level == "mother_tongue":
        return text("mother_tongue", lang)
    return f"{level} ({LEVEL_NAMES[_lang(lang)].get(level, level)})"


def education_name(level: str, lang: str) -> str:
    return EDUCATION_NAMES[_lang(lang)].get(level, level)


def _join(items: list[str], lang: str) -> str:
    return text("and", lang).join(items)


def years_text(value: float, lang: str) -> str:
    """A number of years with its unit: "1 year", "2.5 years"; "0,5 an", "1,5 an", "2 ans"."""
    number = format_number(value, lang)
    if _lang(lang) == "fr":
        # French takes the singular below two.
        return f"{number} an" if value < 2 else f"{number} ans"
    return f"{number} year" if value == 1 else f"{number} years"


def _value(key: str, value: Any, lang: str, in_years: bool = False) -> str:
    """Render one reason value by what it is, so templates stay simple."""
    if in_years and isinstance(value, int | float) and not isinstance(value, bool):
        return years_text(value, lang)
    if key in {"has_en", "has_fr", "one", "other", "level"}:
        return level_label(value, lang)
    if key == "needs" and isinstance(value, str) and value in EDUCATION_NAMES["en"]:
        return education_name(value, lang)
    if key == "has" and isinstance(value, str) and value in EDUCATION_NAMES["en"]:
        return education_name(value, lang)
    if key in {"has", "needs"} and isinstance(value, str | None):
        return level_label(value, lang)
    if key in {"has", "needs", "short", "years"} and isinstance(value, int | float):
        return format_number(value, lang)
    if key == "country":
        return country_name(value, lang)
    if key == "countries":
        return ", ".join(country_name(code, lang) for code in value)
    if key == "language":
        return language_name(value, lang)
    if key in {"required", "levels"}:
        parts = [text("level_in", lang, language=language_name(code, lang), level=level_label(lvl, lang))
                 for code, lvl in value.items()]  # fmt: skip
        return _join(parts, lang)
    if key in {"categories", "missing"}:
        return _join([str(v) for v in value], lang)
    return str(value)


def render_reason(reason: Reason, lang: str) -> str:
    in_years = reason.code.startswith(("experience.", "remedy.more_years"))
    values = {key: _value(key, value, lang, in_years) for key, value in reason.values.items()}
    if reason.code == "remedy.more_years" and reason.values.get("years") == 1:
        return text("remedy.more_years.one", lang)
    rendered = text(reason.code, lang, **values)
    return rendered[:1].upper() + rendered[1:]


def verdict_label(verdict: Verdict, lang: str) -> str:
    return text(f"verdict.{verdict.value}", lang)


def status_label(status: Status, lang: str) -> str:
    return text(f"status.{status.value}", lang)


def deadline_text(deadline: DeadlineStatus, lang: str) -> str:
    date = format_date(deadline.closes_at.date(), lang)
    if deadline.closes_at.timetz().hour != 23 or deadline.closes_at.minute != 59:
        date += f" {deadline.closes_at:%H:%M}"
    if deadline.state is DeadlineState.CLOSED:
        return text("deadline.closed", lang, date=date)
    if deadline.state is DeadlineState.CLOSING_SOON:
        if deadline.days_left == 0:
            return text("deadline.closing_today", lang, date=date)
        if deadline.days_left == 1:
            return text("deadline.closing_tomorrow", lang, date=date)
        return text("deadline.closing_soon", lang, days=deadline.days_left, date=date)
    return text("deadline.open", lang, date=date)


def condition_text(
    condition: Condition, lang: str, clearance: Clearance | None, lower_grade: str | None
) -> str:
    if condition is Condition.SECURITY_CLEARANCE:
        level = ""
        if clearance is not None:
            level = text(
                "condition.security_clearance.level",
                lang,
                level=text(f"clearance.{clearance.value}", lang),
            )
        return text("condition.security_clearance", lang, level=level)
    if condition is Condition.LOWER_GRADE_APPOINTMENT:
        return text("condition.lower_grade_appointment", lang, grade=lower_grade or "")
    return text(f"condition.{condition.value}", lang)


def answer_text(answer: Any, lang: str) -> str:
    """An answer as the user gave it: yes/no/not sure, years, a level or levels, licences."""
    if answer is None:
        return "—"
    if answer is True:
        return text("yes", lang)
    if answer is False:
        return text("no", lang)
    if answer == "unsure":
        return text("unsure", lang)
    if isinstance(answer, int | float):
        return years_text(answer, lang)
    if isinstance(answer, dict):
        return ", ".join(
            f"{language_name(k, lang)} {level_label(v, lang)}" for k, v in answer.items()
        )
    if isinstance(answer, list):
        return ", ".join(answer) or text("none", lang)
    if isinstance(answer, str) and answer in EDUCATION_NAMES["en"]:
        return education_name(answer, lang)
    # Levels first: "VI" is also a country code (U.S. Virgin Islands).
    if isinstance(answer, str) and (answer in LEVEL_NAMES["en"] or answer == "mother_tongue"):
        return level_label(answer, lang)
    if isinstance(answer, str) and len(answer) == 2 and answer.isupper():
        return country_name(answer, lang)
    return str(answer)

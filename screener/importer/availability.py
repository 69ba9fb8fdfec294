"""Availability bullets: shifts, nights, weekends, short notice, overtime, travel, on-call.

A bullet is about availability when it asks the candidate to be willing or able to work in a
way; the needs are listed in the order the notice names them, as the bundled files keep them.
"""

from __future__ import annotations

import re

from screener.domain.criteria import AvailabilityNeed
from screener.importer.bullet_typing import Lang, Typing
from screener.importer.fitness_and_firearms import opens_with_fitness
from screener.importer.wording import fold

# A share of the working time or days a year: "up to 25% of working time", "30 days per year",
# "environ 20 jours par an", "for up to 3 weeks".
_SHARE = (
    r"(?:\b\d{1,3} ?%|\b\d{1,3} (?:working |calendar )?(?:days?|jours?|weeks?|semaines?|months?"
    r"|mois)\b(?: (?:per|a|each|every|par) (?:year|annum|an|annee))?"
    # "approx. 6 times a year", "4 fois par an".
    r"|\b\d{1,2} (?:times|fois) (?:a|per|par) (?:year|an|annee)\b)"
)

# A person deployed, not software: "release deployments", "continuous deployment" and
# "deploy applications/patches" are a developer's duties, never time away.
_DEPLOYED = (
    r"(?<!release )(?<!software )(?<!application )(?<!production )(?<!continuous )(?<!code )"
    r"\bdeploy(?:s|ed|ing|ments?)?\b"
    r"(?! (?:(?:new|the|and (?:test|maintain|configure)) )?(?:software|applications?|apps?"
    r"|releases?|patch(?:es)?|updates?|upgrades?|code|builds?|containers?|databases?|scripts?"
    r"|fixes|configurations?)\b)"
)
_NEEDS: tuple[tuple[AvailabilityNeed, re.Pattern[str]], ...] = (
    (
        AvailabilityNeed.SHIFTS,
        re.compile(
            r"\bshifts?\b|travail poste|horaires? postes?|par roulement|\bquarts?\b"
            # "travailler en service posté": French for shift work.
            r"|\bservices? postes?\b"
            # (Not "travailler en équipe": that is teamwork.)
            r"|\ben equipes? (?:alternantes|successives)|\b3 ?x ?8\b"
            # "travailler en équipes (matin/après-midi)", "travailler par postes": the times say
            # shifts (no teamwork has a morning).
            r"|\ben equipes? \(?(?:du |de )?(?:matin|apres-midi|jour|nuit|2 ?x ?8)\b"
            r"|\btravail(?:ler)? (?:par|en) postes\b"
            r"|horaires? decales?"
            # "a 24/7 watch rota", "a rotating watch roster": shifts round the clock.
            r"|\b24/7 (?:watch )?(?:rota|roster|schedule|duty)|\bwatch (?:rota|roster|bill)\b"
            # "willing to work in a 24/7 operations centre", "on a 24/7 basis".
            r"|\bwork(?:ing)? (?:in )?(?:an? )?24/7\b|\b(?:on )?an? 24/7 basis\b"
        ),
    ),
    (
        AvailabilityNeed.OUTSIDE_OFFICE_HOURS,
        re.compile(
            # ("outside normal duty hours": a military headquarters' working hours.)
            r"outside (?:of )?(?:the )?(?:normal |regular |standard |usual )?(?:office |working "
            r"|business |duty |core )?hours"
            r"|en dehors des heures (?:normales )?(?:de (?:service|bureau|travail))?"
            r"|irregular hours|horaires? irreguliers?|\bevenings?\b|\ble soir\b|en soiree"
            r"|\bles soirs\b|\ben soirees?\b"
            # "respond to incidents out of hours", "after-hours call-outs", "beyond normal
            # working hours".
            r"|\bout[- ]of[- ](?:(?:normal|office|working|business) )*hours|\bafter[- ]hours\b"
            r"|beyond (?:the )?(?:normal |regular |standard |usual )?(?:office |working |duty )?hours"
            r"|hors des heures (?:de (?:service|bureau|travail)|ouvrables)|hors heures ouvrables"
            # "extended hours during exercises", "long hours at times", "horaires prolongés":
            # a working day beyond the usual one.
            r"|\b(?:long|extended|longer) (?:working )?(?:hours|days)\b"
            r"|\bhoraires? (?:prolonges?|etendus?|elargis?)\b|\blongues journees\b"
        ),
    ),
    # ("les fins de semaine": Canadian French for weekends.)
    # "Shifts, including occasional Saturdays", "le samedi et le dimanche": a weekend's days.
    (
        AvailabilityNeed.WEEKENDS,
        re.compile(
            r"week-?ends?|\bfins? de semaine\b|\b(?:satur|sun)days?\b|\b(?:samedi|dimanche)s?\b"
        ),
    ),
    (AvailabilityNeed.HOLIDAYS, re.compile(r"\b(?:public )?holidays?\b|jours? feries?")),
    (AvailabilityNeed.NIGHTS, re.compile(r"\bnights?\b|\bnuits?\b|night-?time")),
    (
        AvailabilityNeed.SHORT_NOTICE,
        # ("short-notice recall": the hyphened adjective.)
        re.compile(
            r"short[- ]notice|court preavis|bref delai|breve echeance|immediately available"
        ),
    ),
    (
        AvailabilityNeed.OVERTIME,
        # (Only overtime named as such: "extended hours" says when, not how the time counts.)
        re.compile(r"\bovertime\b|heures supplementaires"),
    ),
    (
        AvailabilityNeed.TRAVEL,
        re.compile(
            r"\btravel(?:l?ing)?\b|" + _DEPLOYED + r"|deplacements?|\bse deplacer\b|\bvoyager\b"
            # ("embark on research vessels", "embarquer sur des navires": time at sea.)
            r"|sea trials|\bat sea\b|aboard|embarked|\bembark(?:ing)? on\b|\bembarquer\b"
            # "willing to sail for periods of up to 4 months", "naviguer jusqu'à 4 mois par an".
            r"|\b(?:to|and|or) sail(?:ing)?\b(?=[^.;]{0,40}\b(?:periods?|months?|weeks?|days?)\b)"
            r"|\bnaviguer\b(?=[^.;]{0,40}\b(?:periodes?|mois|semaines?|jours?)\b)"
            r"|missions?\b[^.;]{0,30}\ba l'etranger|missions? abroad"
            # "effectuer des missions (environ 20 % du temps)": French for duty trips.
            r"|effectuer des missions\b|\b(?:duty|business|official) trips?\b"
            r"|\bvoyages? (?:d'affaires|de service)\b"
            # "des missions fréquentes chez les fournisseurs", "frequent missions to suppliers".
            r"|\bmissions (?:frequentes|regulieres|occasionnelles|ponctuelles)\b"
            r"|\b(?:frequent|regular|occasional) missions\b"
            # "undertake overnight trips across Italy", "sea periods of up to 6 weeks".
            r"|\b(?:overnight|long-distance|multi-day) trips?\b|\bsea periods?\b"
            # "to accompany participants on field study trips", "visites d'étude".
            r"|\b(?:field|study|site|field study) (?:trips?|visits?)\b|\bvoyages? d'etudes?\b"
            # Travel named by its abbreviations and synonyms: "TDY travel", "TDYs", "temporary
            # duty assignments", "duty visits", "short missions", "partir en mission",
            # "missions de courte durée"; a mission with a share or days per year is a trip.
            r"|\btdys?\b|\btemporary duty\b|\bduty visits?\b|\bmission travel\b"
            r"|\b(?:short(?:-term)?|official|field) missions\b|\bmissions? de courte duree\b"
            r"|\b(?:partir|aller|etre envoye(?:\(?e\)?)?) en missions?\b|\bordres? de mission\b"
            # French deployments: "déploiements", "être déployé(e)", "partir en opération",
            # "projections en opérations extérieures".
            r"|\bdeploiements?\b|\bdeploye(?:e|\(e\))?s?\b|\bpartir en operations?\b"
            r"|\bprojections? en (?:operations?|opex)\b|\bopex\b"
            r"|\bmissions?\b(?=[^;]{0,40}" + _SHARE + ")"
            # "to take part in exercises outside Poland", "operations abroad": away from the
            # duty station (not "outside normal working hours").
            r"|\b(?:exercises?|operations?|courses?|conferences?|meetings?) (?:held )?(?:abroad"
            r"|outside (?!(?:of )?(?:the )?(?:normal |regular |standard |usual |office |working"
            r" |business |duty |core )*hours\b)(?:the )?[a-z]{4,})"
        ),
    ),
    (
        AvailabilityNeed.ON_CALL,
        # ("a call-out rota": the British words for an on-call rota.)
        re.compile(
            r"on[- ]call|stand-?by|astreintes?|permanences?|\bpiquet\b|\bcall-?outs?\b"
            # "to be recalled outside working hours in case of outages": called back in.
            r"|\b(?:be|being|get) recalled\b|\brecall (?:to duty|roster|rota)\b|\betre rappele"
            r"|\b(?:service|tours?) de garde\b|\brufbereitschaft|\bbereitschaftsdienst"
        ),
    ),
)
_WILLING = re.compile(
    r"\b(?:willing|able to work|be flexible|flexib|availab|prepared to|ready to|work in a shift"
    # "Ready for shift work and short-notice recall", "prêt(e) pour le travail posté",
    # "readiness for business trips, including to exercises abroad".
    r"|(?:ready|prepared|readiness|preparedness|willingness) for|pret(?:e|\(e\))? pour"
    # "Acceptance of shift work including nights and weekends".
    r"|acceptance of|accept(?:s|ing)? (?:to work|working|shift|night|weekend|travel|deploy)"
    r"|work outside|disposee?|disposition a|disponib|pret(?:e|\(e\))? a|accepter d(?:e\b|')"
    r"|accepter (?:le|les|un|des)\b"
    r"|travailler en dehors"
    r"|effectuer (?:un travail|des deplacements)|to travel|to work|to deploy|to participate"
    # "Readiness to take part in an on-call duty roster".
    r"|readiness to|to take part in|\baptitude aux?\b"
    # "Participation in the standby duty roster", "participer aux permanences".
    r"|participation in|participate in|participer a(?:ux?)?\b|participation a(?:ux?)?\b)"
)


# The need named as the requirement itself: "Frequent duty travel (up to 40%)", "Shift work".
_NEED_ITSELF = re.compile(
    r"^(?:(?:frequent|regular|occasional|extensive|considerable|some|international|duty"
    r"|business|operational|short|tdy)\s){1,3}(?:travel(?:l?ing)?|deployments?|trips?|tdys?"
    r"|missions|duty visits)\b"
    r"|^(?:(?:occasional|regular|frequent|some) )?(?:shift|night|weekend|evening) work\b"
    r"|^(?:on-call|standby) (?:duty|duties|service)\b"
    # "Déplacements fréquents en Europe", "De fréquents déplacements à l'étranger".
    r"|^(?:des |de )?(?:(?:frequents|nombreux|reguliers|courts) deplacements|deplacements"
    r" (?:frequents|reguliers|occasionnels|nombreux|professionnels|de service|a l'etranger"
    r"|internationaux))\b"
)


# "be part of the duty roster", "the duty officer rota": taking one's turn to answer outside
# the working day; but "shifts according to the duty roster", "the 24/7 duty roster" is the
# shift plan (shifts, above).
_DUTY_ROSTER = re.compile(r"\bduty (?:officer |personnel |staff )?(?:roster|rota)s?\b")


# "Ability to undertake TDY travel", "able to go on missions", "en mesure d'effectuer des
# déplacements": being able to travel is asked, as being willing is; not travel's paperwork
# ("ability to prepare travel claims").
# Travel's paperwork, not travel: "travel claims", "TDY requests", "frais de déplacement".
_PAPERWORK = (
    r"(?! (?:budgets?|claims?|arrangements?|regulations?|expenses?|plans?|polic(?:y|ies)"
    r"|bookings?|requests?|orders?|documents?|management|administration|costs?|funds?"
    r"|allowances?|reimbursements?|authori[sz]ations?))"
)
_ABLE_TO_TRAVEL = re.compile(
    r"\b(?:abilit(?:y|ies)|able|capacity|capable|en mesure|apte|aptitude)\b (?:to|of|d'|de|a)"
    r" ?(?:[\w'-]+ ){0,4}?(?:(?:tdy )?travel(?:l?ing)?|trips?|tdys?|missions?|deploy\w*"
    r"|deplacements?|se deplacer|voyager|sail|naviguer)\b" + _PAPERWORK
)
# The travel asked with its share of the working time: "TDY travel, up to 25% of working time".
_TRAVEL_SHARE = re.compile(
    r"(?<!frais de )\b(?:travel(?:l?ing)?|trips?|tdys?|missions?|visits?|deplacements?)\b"
    + _PAPERWORK
    + r"[^;]{0,40}"
    + _SHARE
)


def availability_needs(text: str) -> list[AvailabilityNeed]:
    """The needs a text names, in the order of the notice's own words (as the bundled files
    keep them), whether or not it asks the candidate for them."""
    folded = fold(text)
    found: list[tuple[int, AvailabilityNeed]] = []
    for need, pattern in _NEEDS:
        if match := pattern.search(folded):
            found.append((match.start(), need))
    needs = {need for _, need in found}
    roster = _DUTY_ROSTER.search(folded)
    if roster and not needs & {AvailabilityNeed.SHIFTS, AvailabilityNeed.ON_CALL}:
        found.append((roster.start(), AvailabilityNeed.ON_CALL))
    return [need for _, need in sorted(found, key=lambda pair: pair[0])]


# "Frequent travel ... is required", "The post involves travel", "Works outside normal office
# hours when required", "Deploys to exercises": the post's need stated, not the candidate's
# willingness asked; not when the bullet is about knowing of it ("Knowledge of travel
# regulations is required").
_STATED_NEED = re.compile(
    r"\b(?:is|are|will be|when|as|if|where) required\b|\binvolves?\b|\bentails?\b"
    # "The position requires frequent travel", "le poste implique des déplacements".
    r"|\brequires?\b|\bimpliquen?t?\b|\bnecessiten?t?\b|\bcomporten?t?\b"
    r"|^(?:deploys|works|travels)\b"
    # "During exercises the incumbent will work extended hours and weekends": the post's
    # hours said in the future, of its holder (never "may").
    r"|\b(?:the )?(?:incumbent|post ?holder|job ?holder|successful candidate|employee)"
    r" will (?:be required to )?(?:work|travel|deploy)\b"
    r"|\b(?:le |la |le/la )?titulaire (?:du poste )?(?:devra )?(?:travaillera|se deplacera"
    r"|travailler|se deplacer)\b"
    # An item in the imperative, under "The incumbent must:" or alone: "Travel frequently, often
    # at short notice", "Deploy to operational theatres" (one need, with its short notice).
    r"|^(?:travel|deploy)\s(?:frequently|regularly|often|occasionally|extensively|widely|abroad"
    r"|internationally|overseas|at short notice|to|within|outside|across|throughout|as|when"
    r"|up to|on)\b"
    r"|^(?:se deplacer|voyager|partir en mission)\s(?:frequemment|regulierement|souvent"
    r"|occasionnellement|a l'etranger|a court|a bref|dans|en dehors|hors|jusqu|au sein)\b"
)
_ABOUT_KNOWING = re.compile(
    r"\b(?:knowledge|experience|understanding|familiarity|expertise|skills?|proficiency"
    r"|connaissance|experience)\b"
)


# Needs that only ever speak of the candidate's availability, unlike travel (a travel budget)
# or shifts (a shift supervisor's duties).
_ONLY_AVAILABILITY = re.compile(
    r"\b(?:outside|out[- ]of|beyond|after)[- ](?:the )?(?:(?:normal|regular|standard|usual"
    r"|office|working|business|duty|core) )*hours\b|\bon[- ]call\b|\bcall-?outs?\b|\bastreintes?\b"
    r"|(?:en dehors|hors) des heures (?:normales )?(?:de (?:service|bureau|travail)|ouvrables)"
    r"|\bon stand-?by\b|\bduty (?:officer |personnel |staff )?(?:roster|rota)s?\b"
)


# "Manage the on-call rota": a duty of organising others' availability.
_ORGANISES = re.compile(
    r"^(?:manages?|organi[sz]es?|coordinates?|plans?|schedules?|gere|organise|maintains?"
    r"|prepares?|compiles?|drafts?|updates?|keeps?)\b"
)


# "Travel: frequent travel to Europe, up to 25% of the time": the need named as a label.
_NEED_LABEL = re.compile(
    r"^(?:travel|availability|deployments?|shift work|on[- ]call|standby|disponibilite"
    r"|deplacements?|missions|travail poste|astreintes?"
    # "Working pattern: shift work, including nights", "Horaires : travail posté".
    r"|work(?:ing)? (?:pattern|hours|schedule|time)|hours of work|horaires?(?: de travail)?"
    r"|rythme de travail)\s?:\s?"
)


def names_need_itself(text: str) -> bool:
    """The text opens with the need as the requirement ("Frequent short duty trips ...",
    "Travel: up to 25% of the time")."""
    folded = fold(text).strip()
    if label := _NEED_LABEL.match(folded):
        return bool(availability_needs(text[label.end() :]))
    return bool(_NEED_ITSELF.match(folded))


# "Travel: the post holder plans travel": a sentence under the label, saying what the post does.
_SUBJECT = re.compile(r"(?:the|this|he|she|they|it|le|la|les|il|elle)\b")


def _labelled_needs(folded: str) -> bool:
    """ "Working pattern: shift work, including nights, weekends": the needs listed under
    their label."""
    label = _NEED_LABEL.match(folded)
    rest = folded[label.end() :] if label else ""
    return bool(rest and availability_needs(rest) and not _SUBJECT.match(rest))


def recognize_availability(text: str, lang: Lang) -> Typing | None:
    folded = fold(text).strip()
    if opens_with_fitness(folded):
        return None  # "Medically fit to deploy ...": fitness, declared (fitness_and_firearms.py)
    stated = bool(_STATED_NEED.search(folded)) and not _ABOUT_KNOWING.search(folded)
    # Work outside normal hours, on call or at weekends is asked of a candidate whatever the
    # verb ("respond to incidents outside normal working hours"); knowing of it is not.
    own = (
        bool(_ONLY_AVAILABILITY.search(folded))
        and not _ABOUT_KNOWING.search(folded)
        and not _ORGANISES.match(folded)
    )
    asked = bool(_ABLE_TO_TRAVEL.search(folded) or _TRAVEL_SHARE.search(folded))
    asked = asked and not _ORGANISES.match(folded)  # "Plan missions of up to 10 days": a duty
    itself = bool(_NEED_ITSELF.match(folded)) or _labelled_needs(folded)
    if not (_WILLING.search(folded) or stated or own or asked or itself):
        return None
    needs = availability_needs(text)
    return Typing("availability", {"needs": needs}, 0.85) if needs else None

"""A qualification below the degree that the notice accepts instead of it: "a bachelor's
degree in nursing or a state-recognised nursing diploma", "a university degree in
engineering or a Higher National Diploma (HND)", "une licence en soins infirmiers ou un
diplôme d'État d'infirmier", "a degree in finance, or a recognised professional accountancy
qualification".

An education criterion holds one minimum level. Kept at the degree alone, it would tell a
diploma-trained nurse that she does not meet a notice that accepts her; lowered to the level
below the degree, it would pass anyone with that level, diploma or not. So the degree stays the
minimum and the other qualification is the criterion's alternative reading at higher
secondary level: a candidate with the degree meets it, one between the two readings is told
it cannot be said yet, with the notice's words for the alternative, and the review list says
so. Never dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from screener.domain.scales import EducationLevel
from screener.importer.bullet_typing import Typing, note
from screener.importer.wording import fold

# "or a state-recognised nursing diploma", "or a Higher National Diploma (HND)", "ou un
# diplôme d'État", "or a recognised professional accountancy qualification": a qualification
# named after "or", up to the end of its clause.
_OR_QUALIFICATION = re.compile(
    r"(?:,\s?|\s)(?:or|ou)\s(?:else\s)?(?:an?\s|the\s|une?\s|le\s|la\s|d'une?\s)?"
    r"(?P<words>(?:[\w'-]+\s){0,5}?(?:diplomas?|certificates?|qualifications?|diplomes?"
    r"|certificats?|brevets?|titres? professionnels?|hnd|hnc|bts|dut|deug)\b(?:\([^();]{0,60}\)|[^;,.()]){0,60})"
)
# A degree or a level named in the alternative: another reading of the degree itself ("or an
# equivalent qualification", "or a postgraduate diploma", "ou un diplôme universitaire").
_DEGREE_WORDS = re.compile(
    r"\b(?:degrees?|university|universit\w*|bachelor\w*|master\w*"
    r"|doctor\w*|ph\.?d|post-?graduate|graduate|licence|secondary|secondaire\w*|baccalaureat"
    r"|higher education|enseignement superieur|bac ?\+|academic|academique)\b"
)
# "or an equivalent qualification", "ou diplôme équivalent": the degree's equivalent; but "or
# equivalent professional qualification (MCIPS)" is another kind of qualification.
_EQUIVALENT = re.compile(r"\bequivalente?s?\b")
_NOT_ACADEMIC = re.compile(r"\b(?:professional|vocational|professionnel\w*|technical|technique)\b")
_ABOVE = (EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTORATE)
OR_DIPLOMA = "or_diploma"


def alternative_qualification(text: str) -> str | None:
    """The notice's words for a qualification below the degree accepted instead of it."""
    folded = fold(text)
    for found in _OR_QUALIFICATION.finditer(folded):
        words = found.group("words")
        if _DEGREE_WORDS.search(words) or (
            _EQUIVALENT.search(words) and not _NOT_ACADEMIC.search(words)
        ):
            continue
        start = found.start("words")
        return text[start : start + len(words.rstrip())].strip()
    return None


def with_alternative_qualification(text: str, typing: Typing) -> Typing:
    """The degree's criterion with the qualification it accepts instead as its alternative
    reading at higher secondary level, flagged; unchanged when there is none (or the criterion
    already has another reading)."""
    level = typing.params.get("min_level")
    if typing.kind != "education" or "alternative" in typing.params or level not in _ABOVE:
        return typing
    words = alternative_qualification(text)
    if words is None:
        return typing
    lower = EducationLevel.HIGHER_SECONDARY
    said = {
        "en": f"The notice also accepts '{words}' instead of the degree.",
        "fr": f"L'avis accepte aussi « {words} » au lieu du diplôme universitaire.",
    }
    params = {**typing.params, "alternative": {"params": {"min_level": lower.value}, "note": said}}
    field = params.get("field")
    if isinstance(field, str) and (at := field.find(words.split("(")[0].strip())) > 0:
        # "in nursing or a state-recognised nursing diploma": the degree's field is nursing.
        params["field"] = re.sub(
            r"[\s,]+(?:or|ou)(?:\s+(?:an?|une?|le|la|the))?\s*$", "", field[:at]
        )
    flag = note(OR_DIPLOMA, words=words)
    notes = (*(n for n in typing.notes if n.code != "or_qualification"), flag)
    return replace(typing, params=params, confidence=min(typing.confidence, 0.6), notes=notes)

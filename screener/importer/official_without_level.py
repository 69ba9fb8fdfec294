"""An official language named without a NATO level: "Knowledge of French" asks for the language
(a criterion without a level); "Professional level of English" says a level the notice does not
give, so it stays a statement flagged for review. (Split out of language_requirements.py, which
had passed 400 lines.)"""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Typing, note

# "Knowledge of French", "connaissance de l'anglais": the language, no level and no qualifier.
_PLAIN_KNOWLEDGE = re.compile(
    r"^(?:an? |la |une )?(?:knowledge|connaissance) (?:of |de l'|de la langue |du |de )(?:the )?"
    # ("Knowledge of French at any level": no level either.)
    r"[a-z]{3,20}(?: language)?(?: at any level| a (?:n'importe quel|tout) niveau)?"
    r"(?: (?:is|would be|serait|est) (?:an? |un )?"
    r"(?:asset|advantage|plus|atout|avantage))?$"
)
# "Professional level of English", "Good knowledge of English", "fluent English".
_QUALIFIED = re.compile(
    r"\b(?:professional|good|very good|excellent|fluen\w*|working|sound|thorough|basic|strong"
    r"|bonne|tres bonne|excellente|courant\w*|professionnel\w*)\b"
)
NO_LEVEL_NOTE = note("no_level")


def official_without_level(folded: str, code: str) -> Typing | None:
    """One official language named without a NATO level: a language criterion without a level
    for plain knowledge; a statement flagged for review when a word like 'professional' says a
    level the notice does not give."""
    sentence = folded.strip(" .;")
    if _PLAIN_KNOWLEDGE.match(sentence):
        return Typing("language", {"language": code, "min_level": None, "mother_tongue": False})
    if _QUALIFIED.search(sentence) and len(sentence) <= 80:
        return Typing("statement", {}, 0.6, (NO_LEVEL_NOTE,))
    return None
